"""Composition root of the resolver service."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from prometheus_client import CollectorRegistry

from services.resolver.handler import escalate_without_policy
from supportloop import events as ev
from supportloop.runtime.dedupe import OnceByTicket
from supportloop.runtime.faust_app import ServiceApp, raw_message
from supportloop.runtime.stage import Publish
from supportloop.settings import KafkaSettings, ServiceSettings
from supportloop.topics import CLASSIFIED


def build_app(
    kafka: KafkaSettings | None = None,
    settings: ServiceSettings | None = None,
    registry: CollectorRegistry | None = None,
) -> ServiceApp:
    service = ServiceApp("resolver", kafka or KafkaSettings(), settings or ServiceSettings(), registry)
    stage = service.stage(accepts=(ev.TicketClassified,))
    decisions = service.app.Table(
        "resolver-decisions", key_type=str, value_type=str
    )
    duplicates = service.metrics.messages.labels("resolver", CLASSIFIED.name, "duplicate")

    async def resolve(event: ev.Event) -> Sequence[Publish]:
        return escalate_without_policy(cast(ev.TicketClassified, event))

    handle = OnceByTicket(decisions, duplicates.inc).wrap(resolve)

    @service.app.agent(service.topic(CLASSIFIED), name="resolve-tickets")
    async def resolve_tickets(stream: Any) -> None:
        async for event in stream.events():
            await stage.run_one(raw_message(event), handle)

    return service
