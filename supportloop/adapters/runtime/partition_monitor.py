"""Timers over the consumer's assigned partitions: the lag gauge, and the stall guard."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from typing import Any

import faust

from supportloop.adapters.runtime import faust_offsets
from supportloop.adapters.runtime.metrics import ServiceMetrics
from supportloop.adapters.runtime.stall_guard import PartitionState, StallGuard, StallKind
from supportloop.adapters.runtime.timers import never_crashes

log = logging.getLogger(__name__)


def partition_lag(highwater: int | None, committed: int | None, position: int | None) -> int | None:
    """Messages of a partition not yet done: from the group's committed offset (the next
    offset to handle) to the end of the log, as Kafka's tools and KEDA's lag scaler count it.

    Not from the fetch position: Faust reads ahead into its stream buffers (thousands of
    messages per agent), so a worker stuck on a dead helpdesk would show almost no lag while
    its whole backlog waits in memory. `highwater` is the log end asked of the broker, for
    the same reason (the fetcher's stops with the fetching). Without a committed offset
    (a changelog, or the broker unreachable) the position is all there is. None when the
    log end is not known yet."""
    start = committed if committed is not None else position
    if highwater is None or start is None:
        return None
    return max(0, highwater - start)


async def fetch_position(consumer: Any, tp: Any) -> int | None:
    """The partition's fetch position, or None while it has none: aiokafka's `position`
    waits until one is set, which for a wedged partition is never."""
    try:
        return await asyncio.wait_for(consumer.position(tp), timeout=POSITION_WAIT_S)
    except TimeoutError:
        return None


async def group_committed(consumer: Any, tp: Any) -> int | None:
    """The group's committed offset for a partition, asked of the coordinator: Faust's own
    record of it is empty for a partition whose seek was cut short by a rebalance, exactly
    the partition the stall guard is for."""
    thread = consumer._thread
    offset = await thread.call_thread(thread._ensure_consumer().committed, tp)
    return int(offset) if offset is not None else None


POSITION_WAIT_S = 2.0
STATE_READ_S = 4.0


def add_lag_timer(app: faust.App, metrics: ServiceMetrics, service: str) -> None:
    @app.timer(5.0)
    @never_crashes
    async def record_lag() -> None:
        consumer = app.consumer
        assigned = list(consumer.assignment())
        if not assigned:
            return
        # Changelogs and compacted topics are read, not committed: their position counts.
        committed = {
            tp: consumer._committed_offset.get(tp)
            for tp in assigned
            if faust_offsets.is_contiguous(tp.topic)
        }
        never_committed = [tp for tp, offset in committed.items() if offset is None]
        try:
            # The log end from the broker: the fetcher's own highwater stops moving while
            # Faust's buffers are full, exactly when the lag matters.
            ends: Mapping[Any, int] = await consumer.highwaters(*assigned)
            # Nothing committed yet (Faust also keeps a commit at 0 as None): the group
            # starts at the log's beginning (auto_offset_reset=earliest).
            if never_committed:
                committed.update(await consumer.earliest_offsets(*never_committed))
        except Exception as exc:  # broker unreachable: fall back to the fetcher's view
            log.debug("log offsets unavailable (%s); using the fetcher's highwater", exc)
            ends = {}
        for tp in assigned:
            lag = partition_lag(
                ends.get(tp, consumer.highwater(tp)),
                committed.get(tp),
                await fetch_position(consumer, tp),
            )
            if lag is not None:
                metrics.consumer_lag.labels(service, tp.topic, str(tp.partition)).set(lag)


def add_stall_guard(app: faust.App, metrics: ServiceMetrics, service: str) -> None:
    guard: StallGuard[Any] = StallGuard(patience=3)

    @app.timer(5.0)
    @never_crashes
    async def restart_stalled_partitions() -> None:
        consumer = app.consumer
        if app.rebalancing or not consumer.assignment():
            return
        ours = [tp for tp in consumer.assignment() if faust_offsets.is_contiguous(tp.topic)]
        if not ours:
            return  # changelogs and compacted topics are not ours to restart
        in_flight = {m.tp for m in list(consumer._unacked_messages) if not m.acked}

        async def read_states() -> dict[Any, PartitionState]:
            log_ends: Mapping[Any, int] = await consumer.highwaters(*ours)
            states = {}
            for tp in ours:
                committed = consumer._committed_offset.get(tp)
                if committed is None:
                    committed = await group_committed(consumer, tp)
                states[tp] = PartitionState(
                    committed=committed,
                    position=await fetch_position(consumer, tp),
                    in_flight=tp in in_flight,
                    log_end=log_ends.get(tp),
                )
            return states

        try:  # bounded: with the broker away the log-end request would wait its full timeout
            states = await asyncio.wait_for(read_states(), timeout=STATE_READ_S)
        except Exception as exc:  # a rebalance, or the broker went away meanwhile
            log.debug("stall guard skipped a check: %r", exc)
            return
        for tp, stall in guard.check(states, recovering=app.in_recovery).items():
            state = states[tp]
            log.warning(
                "%s[%d]: %s (position %s, committed %d, log end %s, nothing in flight, "
                "in recovery: %s); resuming it and reading again from %d",
                tp.topic, tp.partition, STALL_WORDS[stall.kind], state.position,
                stall.offset, state.log_end, app.in_recovery, stall.offset,
            )  # fmt: skip
            metrics.partition_rewinds.labels(service, tp.topic, stall.kind.value).inc()
            consumer.resume_partitions([tp])
            await consumer.seek(tp, stall.offset)


STALL_WORDS = {
    StallKind.READ_PAST: "read past its commit without handing anything on",
    StallKind.NOT_FETCHED: "records waiting but the partition is not being fetched",
}
