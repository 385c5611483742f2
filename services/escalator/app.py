"""Composition root of the escalator service."""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram

from services.escalator.follow_up import FollowUp, ReviewBook, SlaWatch, renotify
from services.escalator.handler import HandOff, HandoffDesk
from services.escalator.note_retry import UnpostedNotes
from services.escalator.settings import EscalatorSettings
from supportloop.adapters.connectors import GorgiasHelpdesk, RetryPolicy, ZendeskHelpdesk
from supportloop.adapters.connectors.helpdesks import build_helpdesk
from supportloop.adapters.runtime.dedupe import OnceByTicket
from supportloop.adapters.runtime.expiry import always_open
from supportloop.adapters.runtime.faust_app import ServiceApp, process_events
from supportloop.adapters.runtime.gorgias_webhook import add_gorgias_webhook
from supportloop.adapters.runtime.helpdesk_webhook import add_helpdesk_webhook
from supportloop.adapters.runtime.stage import RawMessage, Stage
from supportloop.adapters.runtime.timers import never_crashes
from supportloop.core import events as ev
from supportloop.core.handoff import HandoffSettings, Renotification
from supportloop.core.resolution import ResolverSettings
from supportloop.core.topics import ESCALATIONS, HANDOFFS, HUMAN_OUTCOMES, RESOLUTIONS
from supportloop.settings import HelpdeskSettings, KafkaSettings, ServiceSettings

# Tickets are independent: overlap their HTTP round trips (acks stay in offset order).
CONCURRENCY = 8
FOLLOWED_TOPICS = (RESOLUTIONS, HANDOFFS, HUMAN_OUTCOMES)


def helpdesk_from(
    config: EscalatorSettings, helpdesk: HelpdeskSettings | None = None
) -> ZendeskHelpdesk | GorgiasHelpdesk:
    """The helpdesk SUPPORTLOOP_HELPDESK names (Zendesk by default)."""
    url, token = config.helpdesk()
    return build_helpdesk(
        helpdesk or HelpdeskSettings(),
        zendesk_url=url,
        zendesk_token=token,
        store_url=ResolverSettings().store_url,
        retry=RetryPolicy(attempts=config.retry_attempts, backoff_s=config.retry_backoff_s),
        timeout_s=config.timeout_s,
    )


def build_app(
    kafka: KafkaSettings | None = None,
    settings: ServiceSettings | None = None,
    registry: CollectorRegistry | None = None,
    helpdesk: HandoffDesk | None = None,
    escalator_settings: EscalatorSettings | None = None,
    handoff_settings: HandoffSettings | None = None,
) -> ServiceApp:
    service = ServiceApp(
        "escalator", kafka or KafkaSettings(), settings or ServiceSettings(), registry
    )
    config = escalator_settings or EscalatorSettings()
    handoff = handoff_settings or HandoffSettings()
    desk = helpdesk
    if desk is None:
        desk = helpdesk_from(config)
        service.close_on_shutdown(desk)  # its connection pool, once the agents have stopped
    metrics = service.metrics.registry
    note_failures = Counter(
        "supportloop_handoff_note_failures",
        "Hand-offs published without their helpdesk note/tags (helpdesk down after retries).",
        ["error"],
        registry=metrics,
    )
    first_response = Histogram(
        "supportloop_handoff_first_response_seconds",
        "From hand-off to the first public reply of a person, in seconds.",
        buckets=(60, 300, 900, 1800, 3600, 7200, 14400, 28800, 86400, 172800),
        registry=metrics,
    )
    breaches = Counter(
        "supportloop_handoff_sla_breaches",
        "First-response SLA breaches re-notified on the helpdesk, by queue, priority and level.",
        ["queue", "priority", "level"],
        registry=metrics,
    )

    stage = service.stage(accepts=(ev.TicketEscalated,))
    handoffs = service.ticket_table("escalator-handoffs")
    duplicates = service.metrics.messages.labels("escalator", ESCALATIONS.name, "duplicate")
    owed = UnpostedNotes(service.ticket_table("escalator-unposted", still_open=always_open))
    hand_off = HandOff(
        desk,
        handoff,
        on_note_failure=lambda error: note_failures.labels(error).inc(),
        on_unposted=owed.owe,
        on_posted=owed.posted,
    )
    handle = OnceByTicket(handoffs, duplicates.inc, service.flush_tables).wrap(hand_off)

    # Others own these topics: read them as an observer (count bad input, don't dead-letter).
    follow_stage: Stage[ev.Event] = service.stage(
        accepts=tuple(t for spec in (ESCALATIONS, *FOLLOWED_TOPICS) for t in spec.events),
        observer=True,
        topics=(ESCALATIONS, *FOLLOWED_TOPICS),
    )
    # The re-notification timer keeps each breach level sent in the table (not in memory).
    sla = SlaWatch(service.ticket_table("escalator-sla", still_open=always_open), handoff)
    reviews = ReviewBook(service.ticket_table("escalator-reviews", still_open=always_open))
    follow_up = FollowUp(sla, reviews, first_response.observe)

    async def hand_off_and_follow(message: RawMessage) -> None:
        await stage.run_one(message, handle)
        await follow_stage.run_one(message, follow_up)

    # Escalations feed both the hand-off and the follow-up in one agent: see ServiceApp.topics.
    @service.app.agent(
        service.topic(ESCALATIONS), concurrency=CONCURRENCY, name="hand-off-escalations"
    )
    async def hand_off_escalations(stream: Any) -> None:
        await process_events(stream, hand_off_and_follow)

    @service.app.agent(service.topics(*FOLLOWED_TOPICS), name="follow-hand-offs")
    async def follow_hand_offs(stream: Any) -> None:
        await process_events(stream, lambda message: follow_stage.run_one(message, follow_up))

    def count_breach(item: Renotification) -> None:
        breaches.labels(item.queue, item.priority, str(item.level)).inc()

    @service.app.timer(config.sla_check_interval_s)
    @never_crashes
    async def renotify_breaches() -> None:
        await hand_off.post_owed(owed.owed(), owed.posted)  # notes the helpdesk refused
        await renotify(desk, sla.due(ev.utcnow()), sla.mark_notified, count_breach)

    add_helpdesk_webhook(service, desk, handoff)
    if isinstance(desk, GorgiasHelpdesk):  # its customers' messages come by their own webhook
        token = HelpdeskSettings().gorgias_webhook_token
        add_gorgias_webhook(service, desk, token.get_secret_value() if token else None)
    return service
