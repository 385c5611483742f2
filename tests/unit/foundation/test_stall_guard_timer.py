"""The stall guard's timer against a consumer shaped like faust-streaming's aiokafka one:
what it reads, what it asks the broker when Faust's own record is empty, what it does."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from prometheus_client import CollectorRegistry

from supportloop.adapters.runtime import faust_offsets, partition_monitor
from supportloop.adapters.runtime.metrics import ServiceMetrics


class TP(NamedTuple):
    topic: str
    partition: int


TOPIC = "test-stall.tickets.classified.v1"
WEDGED, BUSY = TP(TOPIC, 1), TP(TOPIC, 0)


@dataclass
class AioKafka:
    group_offsets: dict[TP, int]

    async def committed(self, tp: TP) -> int | None:
        return self.group_offsets.get(tp)


@dataclass
class ConsumerThread:
    aio: AioKafka

    def _ensure_consumer(self) -> AioKafka:
        return self.aio

    async def call_thread(self, fn: Callable[..., Awaitable[Any]], *args: Any) -> Any:
        return await fn(*args)


@dataclass
class Consumer:
    """BUSY moves on every check; WEDGED was handed over mid-rebalance: Faust holds no commit
    for it, its position never moves and aiokafka has none to give (position waits)."""

    _thread: ConsumerThread
    _committed_offset: dict[TP, int | None] = field(default_factory=dict)
    _unacked_messages: list[Any] = field(default_factory=list)
    positions: dict[TP, int] = field(default_factory=lambda: {BUSY: 10})
    resumed: list[TP] = field(default_factory=list)
    sought: list[tuple[TP, int]] = field(default_factory=list)

    def assignment(self) -> set[TP]:
        return {WEDGED, BUSY, TP("test-stall.resolver-ledger-changelog", 1)}

    async def highwaters(self, *tps: TP) -> dict[TP, int]:
        return {WEDGED: 245, BUSY: 500}

    async def position(self, tp: TP) -> int:
        if tp not in self.positions:
            await asyncio.sleep(3600)  # aiokafka: until the partition has a position
        self.positions[tp] += 7
        self._committed_offset[tp] = self.positions[tp] - 3
        return self.positions[tp]

    def resume_partitions(self, tps: list[TP]) -> None:
        self.resumed.extend(tps)

    async def seek(self, tp: TP, offset: int) -> None:
        self.sought.append((tp, offset))


@dataclass
class App:
    consumer: Consumer
    rebalancing: bool = False
    in_recovery: bool = False
    timers: list[Callable[[], Awaitable[None]]] = field(default_factory=list)

    def timer(self, interval: float) -> Callable[[Any], Any]:
        def register(fn: Callable[[], Awaitable[None]]) -> Callable[[], Awaitable[None]]:
            self.timers.append(fn)
            return fn

        return register


async def test_a_wedged_partition_is_resumed_at_the_groups_commit_after_three_checks(
    monkeypatch: Any,
) -> None:
    monkeypatch.setattr(partition_monitor, "POSITION_WAIT_S", 0.01)
    faust_offsets.declare_contiguous([TOPIC])
    consumer = Consumer(ConsumerThread(AioKafka({WEDGED: 96, BUSY: 5})))
    app = App(consumer)
    metrics = ServiceMetrics.create(CollectorRegistry())
    partition_monitor.add_stall_guard(app, metrics, "resolver")  # type: ignore[arg-type]
    [check] = app.timers

    await check()
    await check()
    assert consumer.sought == []  # patience: two checks are not enough
    await check()
    assert consumer.resumed == [WEDGED]
    assert consumer.sought == [(WEDGED, 96)]  # the group's commit, not Faust's empty record
    counted = metrics.partition_rewinds.labels("resolver", TOPIC, "not_fetched")._value.get()
    assert counted == 1


async def test_nothing_is_done_while_the_group_rebalances() -> None:
    faust_offsets.declare_contiguous([TOPIC])
    consumer = Consumer(ConsumerThread(AioKafka({WEDGED: 96})))
    app = App(consumer, rebalancing=True)
    partition_monitor.add_stall_guard(app, ServiceMetrics.create(CollectorRegistry()), "r")  # type: ignore[arg-type]
    for _ in range(5):
        await app.timers[0]()
    assert consumer.sought == [] and consumer.resumed == []


class RebalancedAway(Consumer):
    """A rebalance took the partitions away between the snapshot and the reads."""

    async def highwaters(self, *tps: TP) -> dict[TP, int]:
        raise ConnectionError("broker away")

    def highwater(self, tp: TP) -> int:
        raise AssertionError("Partition is not assigned")  # what aiokafka does


async def test_a_rebalance_between_two_reads_costs_the_timers_one_round_not_the_worker() -> None:
    # In the scale-out test the lag timer raised "Partition is not assigned" and Faust took
    # the whole resolver down ("We experienced a crash!").
    faust_offsets.declare_contiguous([TOPIC])
    consumer = RebalancedAway(ConsumerThread(AioKafka({WEDGED: 96, BUSY: 5})))
    consumer.positions = {WEDGED: 96, BUSY: 10}
    app = App(consumer)
    metrics = ServiceMetrics.create(CollectorRegistry())
    partition_monitor.add_lag_timer(app, metrics, "resolver")  # type: ignore[arg-type]
    [record_lag] = app.timers
    await record_lag()  # would raise AssertionError unguarded
    assert record_lag.__name__ == "record_lag"  # Faust names the timer after the function
