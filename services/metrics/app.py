"""Composition root of the metrics service.

Run one replica: the weekly book and the circuit breaker need every partition's events.
"""

from __future__ import annotations

import logging
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from services.metrics.handler import MetricsHandler
from services.metrics.rebuild import rebuild_book
from supportloop.adapters.runtime.faust_app import ServiceApp, process_events
from supportloop.adapters.runtime.stage import Stage
from supportloop.core import events as ev
from supportloop.core.metrics import (
    BookCollector,
    CircuitBreaker,
    MetricsSettings,
    WeeklyBook,
    names,
)
from supportloop.core.metrics.repeat_collector import RepeatCollector
from supportloop.core.metrics.repeats import RepeatContacts
from supportloop.core.outcomes import RecentIds
from supportloop.core.topics import (
    ALL_TOPICS,
    CONFIG,
    CONFIG_AUDIT,
    HANDOFFS,
    HUMAN_OUTCOMES,
    KNOWLEDGE_GAPS,
    RESOLUTIONS,
    REVIEWS,
)
from supportloop.settings import KafkaSettings, ServiceSettings

log = logging.getLogger(__name__)
# The audit topic repeats the config topic's flips; reading one of them is enough.
WATCHED_TOPICS = tuple(spec for spec in ALL_TOPICS if spec is not CONFIG_AUDIT)
# Topics whose other readers only observe them (or read them without a group, as every
# resolver worker reads the config topic): the metrics service reads each once in its group,
# so it dead-letters their poison — exactly one dead letter per poison message.
OWNED_TOPICS = (RESOLUTIONS, HANDOFFS, HUMAN_OUTCOMES, KNOWLEDGE_GAPS, REVIEWS, CONFIG)


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
    stage: Stage[ev.Event] = service.stage(
        accepts=all_events, observer=True, topics=WATCHED_TOPICS, owns=OWNED_TOPICS
    )
    config = metrics_settings or MetricsSettings()
    book = WeeklyBook(config)
    breaker = CircuitBreaker(config)
    service.metrics.registry.register(BookCollector(book, breaker))
    repeats = RepeatCollector(RepeatContacts(), config.exposed_weeks)
    service.metrics.registry.register(repeats)
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
        repeats=repeats,
        handoffs=Counter(
            names.HANDOFFS,
            "Hand-offs to a person, by category, whether they carry a draft reply (yes, no, "
            "not_expected: legal, business and human requests) and whether the order was "
            "looked up.",
            ["category", "draft", "order"],
            registry=service.metrics.registry,
        ),
        handoff_draft_reviews=Counter(
            names.HANDOFF_DRAFT_REVIEWS,
            "Hand-off drafts reviewed when a person finished the escalated ticket, by category "
            "and how the draft was used against their first public reply (sent_as_is, edited, "
            "discarded; an approval sends it as is). Shadow-mode drafts are not counted here.",
            ["category", "verdict"],
            registry=service.metrics.registry,
        ),
    )
    channel = service.topics(*WATCHED_TOPICS)
    rebuild_events = Gauge(
        names.REBUILD_EVENTS,
        "Events read back into the weekly book when this process started.",
        registry=service.metrics.registry,
    )
    rebuild_failed = Gauge(
        names.REBUILD_FAILED,
        "1 when the weekly book could not be rebuilt at start: weeks lack earlier events.",
        registry=service.metrics.registry,
    )
    rebuilt = service.startup_step("weekly book rebuild")

    @service.app.task
    async def rebuild() -> None:
        kafka = service.kafka
        topic_names = [spec.full_name(kafka.topic_prefix) for spec in WATCHED_TOPICS]
        try:
            done = await rebuild_book(
                book,
                breaker,
                kafka,
                service.app.conf.id,
                topic_names,
                lambda count: log.info("rebuilding the weekly book: %d events so far", count),
                limits=service.decode_limits,
                observers=(repeats.repeats.observe,),
            )
        except Exception:
            # The live numbers still work from here on; only the history before is missing.
            log.exception("could not rebuild the weekly book; counting from now on")
            rebuild_failed.set(1)
        else:
            rebuild_events.set(done.events)
            log.info(
                "weekly book rebuilt from %d events in %.1f s (%d unreadable skipped)",
                done.events,
                done.seconds,
                done.unreadable,
            )
        rebuilt.set()

    @service.app.agent(channel, name="observe-events")
    async def observe_events(stream: Any) -> None:
        await rebuilt.wait()
        await process_events(stream, lambda message: stage.run_batch([message], handler.handle))

    return service
