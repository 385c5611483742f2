"""Composition root of the metrics service.

Run one replica: the weekly book and the circuit breaker need every partition's events.
"""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram

from services.metrics.handler import MetricsHandler
from supportloop.metrics_core import BookCollector, CircuitBreaker, MetricsSettings, WeeklyBook
from supportloop.outcomes import RecentIds
from supportloop.runtime.faust_app import ServiceApp, process_events
from supportloop.settings import KafkaSettings, ServiceSettings
from supportloop.topics import ALL_TOPICS, CONFIG_AUDIT

# The audit topic repeats the config topic's flips; reading one of them is enough.
WATCHED_TOPICS = tuple(spec for spec in ALL_TOPICS if spec is not CONFIG_AUDIT)


def build_app(
    kafka: KafkaSettings | None = None,
    settings: ServiceSettings | None = None,
    registry: CollectorRegistry | None = None,
    metrics_settings: MetricsSettings | None = None,
) -> ServiceApp:
    service = ServiceApp(
        "metrics", kafka or KafkaSettings(), settings or ServiceSettings(), registry
    )
    all_events = tuple(t for spec in WATCHED_TOPICS for t in spec.events)
    stage = service.stage(accepts=all_events, observer=True)
    config = metrics_settings or MetricsSettings()
    book = WeeklyBook(config)
    breaker = CircuitBreaker(config)
    service.metrics.registry.register(BookCollector(book, breaker))
    handler = MetricsHandler(
        book=book,
        breaker=breaker,
        outcomes=Counter(
            "supportloop_terminal_outcomes",
            "Tickets that reached a terminal outcome, by category and outcome "
            "(resolved, drafted, escalated, dead_lettered).",
            ["category", "outcome"],
            registry=service.metrics.registry,
        ),
        time_to_outcome=Histogram(
            "supportloop_time_to_outcome_seconds",
            "From ticket received to terminal outcome, in seconds.",
            ["outcome"],
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300),
            registry=service.metrics.registry,
        ),
        seen=RecentIds(),
    )
    channel = service.topics(*WATCHED_TOPICS)

    @service.app.agent(channel, name="observe-events")
    async def observe_events(stream: Any) -> None:
        await process_events(stream, lambda message: stage.run_batch([message], handler.handle))

    return service
