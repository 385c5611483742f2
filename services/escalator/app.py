"""Composition root of the escalator service."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from prometheus_client import CollectorRegistry

from services.escalator.handler import hand_off
from supportloop import events as ev
from supportloop.runtime.dedupe import OnceByTicket
from supportloop.runtime.faust_app import ServiceApp, process_events
from supportloop.runtime.stage import Publish
from supportloop.settings import KafkaSettings, ServiceSettings
from supportloop.topics import ESCALATIONS

# Tickets are independent: overlap their HTTP round trips (acks stay in offset order).
CONCURRENCY = 8


def build_app(
    kafka: KafkaSettings | None = None,
    settings: ServiceSettings | None = None,
    registry: CollectorRegistry | None = None,
) -> ServiceApp:
    service = ServiceApp(
        "escalator", kafka or KafkaSettings(), settings or ServiceSettings(), registry
    )
    stage = service.stage(accepts=(ev.TicketEscalated,))
    handoffs = service.ticket_table("escalator-handoffs")
    duplicates = service.metrics.messages.labels("escalator", ESCALATIONS.name, "duplicate")

    async def escalate(event: ev.Event) -> Sequence[Publish]:
        return hand_off(cast(ev.TicketEscalated, event), ev.utcnow())

    handle = OnceByTicket(handoffs, duplicates.inc).wrap(escalate)

    @service.app.agent(
        service.topic(ESCALATIONS), concurrency=CONCURRENCY, name="hand-off-escalations"
    )
    async def hand_off_escalations(stream: Any) -> None:
        await process_events(stream, lambda message: stage.run_one(message, handle))

    return service
