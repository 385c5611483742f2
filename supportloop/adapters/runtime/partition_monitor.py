"""Timers over the consumer's assigned partitions: the lag gauge, and the stall guard's rewinds."""

from __future__ import annotations

import logging
from typing import Any

import faust

from supportloop.adapters.runtime import faust_offsets
from supportloop.adapters.runtime.metrics import ServiceMetrics
from supportloop.adapters.runtime.stall_guard import PartitionState, StallGuard

log = logging.getLogger(__name__)


def add_lag_timer(app: faust.App, metrics: ServiceMetrics, service: str) -> None:
    @app.timer(5.0)
    async def record_lag() -> None:
        consumer = app.consumer
        for tp in consumer.assignment():
            position = await consumer.position(tp)
            highwater = consumer.highwater(tp)
            if position is None or highwater is None:
                continue
            metrics.consumer_lag.labels(service, tp.topic, str(tp.partition)).set(
                max(0, highwater - position)
            )


def add_stall_guard(app: faust.App, metrics: ServiceMetrics, service: str) -> None:
    guard: StallGuard[Any] = StallGuard(patience=3)

    @app.timer(5.0)
    async def rewind_stalled_partitions() -> None:
        consumer = app.consumer
        if app.rebalancing or not consumer.assignment():
            return
        in_flight = {m.tp for m in list(consumer._unacked_messages) if not m.acked}
        states = {}
        for tp in consumer.assignment():
            if not faust_offsets.is_contiguous(tp.topic):
                continue  # changelogs and compacted topics are not ours to rewind
            states[tp] = PartitionState(
                committed=consumer._committed_offset.get(tp),
                position=await consumer.position(tp),
                in_flight=tp in in_flight,
            )
        for tp, offset in guard.check(states).items():
            log.warning(
                "%s[%d]: read up to %s but committed %d and nothing in flight for 15 s; "
                "reading again from %d",
                tp.topic, tp.partition, states[tp].position, offset, offset,
            )  # fmt: skip
            metrics.partition_rewinds.labels(service, tp.topic).inc()
            await consumer.seek(tp, offset)
