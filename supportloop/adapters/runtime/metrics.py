"""Prometheus metrics every service exports (one registry per app, so tests can build many)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, disable_created_metrics
from prometheus_client.metrics_core import Metric
from prometheus_client.samples import Sample

# `_created` samples double every counter's series and no dashboard reads them.
disable_created_metrics()  # type: ignore[no-untyped-call]

OUTCOMES = ("ok", "retried", "dead_lettered", "duplicate", "skipped")
MILLISECONDS_HELP_SUFFIX = " in ms"


def in_seconds(metric: Metric) -> Metric:
    """A millisecond histogram re-expressed in seconds, the Prometheus base unit.

    Faust's Prometheus sensor registers its latency histograms in milliseconds (its help
    text ends with "in ms", one name ends in ``_ms``), which `promtool check metrics`
    rejects. The families keep their buckets; bounds and sums are divided by 1000.
    """
    base = metric.name.removesuffix("_ms").removesuffix("_seconds")
    converted = Metric(
        f"{base}_seconds",
        metric.documentation.removesuffix(MILLISECONDS_HELP_SUFFIX) + ", in seconds.",
        metric.type,
    )
    for sample in metric.samples:
        labels = dict(sample.labels)
        value = sample.value
        if sample.name.endswith("_bucket") and "le" in labels and labels["le"] != "+Inf":
            labels["le"] = repr(float(labels["le"]) / 1000)
        if sample.name.endswith("_sum"):
            value = value / 1000
        suffix = sample.name[len(metric.name) :]
        converted.samples.append(
            Sample(f"{base}_seconds{suffix}", labels, value, sample.timestamp, sample.exemplar)
        )
    return converted


class ServiceRegistry(CollectorRegistry):
    """A registry whose exposition passes `promtool check metrics` (see ``in_seconds``)."""

    def collect(self) -> Iterable[Metric]:
        for metric in super().collect():
            if metric.type == "histogram" and metric.documentation.endswith(
                MILLISECONDS_HELP_SUFFIX
            ):
                yield in_seconds(metric)
            else:
                yield metric


@dataclass(frozen=True)
class ServiceMetrics:
    registry: CollectorRegistry
    messages: Counter
    dead_letters: Counter
    processing: Histogram
    consumer_lag: Gauge
    published: Counter
    partition_rewinds: Counter
    expired_entries: Counter

    @classmethod
    def create(cls, registry: CollectorRegistry | None = None) -> ServiceMetrics:
        registry = registry or ServiceRegistry()
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
            partition_rewinds=Counter(
                "supportloop_partition_rewinds",
                "Partitions the stall guard resumed and sought back to their committed offset "
                "(a Faust fetch problem worked around): read past without progress, or with "
                "records waiting but not fetched.",
                ["service", "topic", "stall"],
                registry=registry,
            ),
            expired_entries=Counter(
                "supportloop_table_entries_expired",
                "Ticket table entries deleted a lifetime (SUPPORTLOOP_STATE_TTL_DAYS) after "
                "their last write, by table and whether something still waited on them "
                "(entry=open: an approval nobody answered, a hand-off without a first "
                "response, a review without its outcome; else closed).",
                ["service", "table", "entry"],
                registry=registry,
            ),
        )
