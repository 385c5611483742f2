"""Prometheus metrics every service exports (one registry per app, so tests can build many)."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, disable_created_metrics

# `_created` samples double every counter's series and no dashboard reads them.
disable_created_metrics()  # type: ignore[no-untyped-call]

OUTCOMES = ("ok", "retried", "dead_lettered", "duplicate", "skipped")


@dataclass(frozen=True)
class ServiceMetrics:
    registry: CollectorRegistry
    messages: Counter
    dead_letters: Counter
    processing: Histogram
    consumer_lag: Gauge
    published: Counter

    @classmethod
    def create(cls, registry: CollectorRegistry | None = None) -> ServiceMetrics:
        registry = registry or CollectorRegistry()
        return cls(
            registry=registry,
            messages=Counter(
                "supportloop_messages",
                "Messages consumed, by service, topic and outcome "
                "(ok, retried, dead_lettered, duplicate, skipped).",
                ["service", "topic", "outcome"],
                registry=registry,
            ),
            dead_letters=Counter(
                "supportloop_dead_letters",
                "Messages sent to the dead-letter topic, by stage and reason.",
                ["service", "stage", "reason"],
                registry=registry,
            ),
            processing=Histogram(
                "supportloop_processing_seconds",
                "Time to handle one message in a service, in seconds.",
                ["service"],
                buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
                registry=registry,
            ),
            consumer_lag=Gauge(
                "supportloop_consumer_lag_messages",
                "Messages in a partition not yet consumed by this service.",
                ["service", "topic", "partition"],
                registry=registry,
            ),
            published=Counter(
                "supportloop_events_published",
                "Events published, by service and topic.",
                ["service", "topic"],
                registry=registry,
            ),
        )
