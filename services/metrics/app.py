"""Composition root of the metrics service."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram

from supportloop import events as ev
from supportloop.outcomes import RecentIds, terminal_outcome
from supportloop.runtime.faust_app import ServiceApp, raw_message
from supportloop.runtime.stage import Publish
from supportloop.settings import KafkaSettings, ServiceSettings
from supportloop.topics import TERMINAL_TOPICS

BATCH_SIZE = 1000
BATCH_WITHIN_S = 0.05


def build_app(
    kafka: KafkaSettings | None = None,
    settings: ServiceSettings | None = None,
    registry: CollectorRegistry | None = None,
) -> ServiceApp:
    service = ServiceApp("metrics", kafka or KafkaSettings(), settings or ServiceSettings(), registry)
    kafka_settings = service.kafka
    terminal_events = tuple(t for spec in TERMINAL_TOPICS for t in spec.events)
    stage = service.stage(accepts=terminal_events)
    outcomes = Counter(
        "supportloop_terminal_outcomes",
        "Tickets that reached a terminal outcome, by category and outcome "
        "(resolved, drafted, escalated, dead_lettered).",
        ["category", "outcome"],
        registry=service.metrics.registry,
    )
    time_to_outcome = Histogram(
        "supportloop_time_to_outcome_seconds",
        "From ticket received to terminal outcome, in seconds.",
        ["outcome"],
        buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300),
        registry=service.metrics.registry,
    )
    seen = RecentIds()

    async def count(events: Sequence[ev.Event]) -> list[list[Publish]]:
        for event in events:
            outcome = terminal_outcome(event)
            if outcome is None or not seen.add(outcome.event_id):
                continue
            outcomes.labels(outcome.category, outcome.outcome).inc()
            if outcome.latency_ms is not None:
                time_to_outcome.labels(outcome.outcome).observe(outcome.latency_ms / 1000)
        return [[] for _ in events]

    channel = service.app.topic(
        *(spec.full_name(kafka_settings.topic_prefix) for spec in TERMINAL_TOPICS),
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
    )

    @service.app.agent(channel, name="count-outcomes")
    async def count_outcomes(stream: Any) -> None:
        async for batch in stream.take_events(BATCH_SIZE, within=BATCH_WITHIN_S):
            await stage.run_batch([raw_message(e) for e in batch], count)

    return service
