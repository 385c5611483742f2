"""Composition root of the resolver service."""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Gauge

from services.resolver.handler import Workflow, make_handler
from supportloop import events as ev
from supportloop.resolution import ResolverSettings, build_workflow
from supportloop.runtime.config_view import ModeView
from supportloop.runtime.dedupe import OnceByTicket
from supportloop.runtime.faust_app import ServiceApp, process_events
from supportloop.runtime.ledger import TicketTableLedger
from supportloop.settings import KafkaSettings, ServiceSettings
from supportloop.topics import CLASSIFIED

# Tickets are independent: overlap their HTTP round trips (acks stay in offset order).
CONCURRENCY = 16


def build_app(
    kafka: KafkaSettings | None = None,
    settings: ServiceSettings | None = None,
    registry: CollectorRegistry | None = None,
    workflow: Workflow | None = None,
    resolver_settings: ResolverSettings | None = None,
) -> ServiceApp:
    service = ServiceApp(
        "resolver", kafka or KafkaSettings(), settings or ServiceSettings(), registry
    )
    stage = service.stage(accepts=(ev.TicketClassified,))
    ledger = TicketTableLedger(service.ticket_table("resolver-ledger"))
    if workflow is None:
        config = resolver_settings or ResolverSettings()
        # Policies are compiled here: a malformed policy stops the service before it starts.
        workflow = build_workflow(
            config.store_url, config.policies_dir, config.kb_dir, ledger, settings=config
        )
    modes = ModeView()
    mode_gauge = Gauge(
        "supportloop_autonomy_mode",
        "1 for the autonomy mode each category is in, as this resolver sees it.",
        ["category", "mode"],
        registry=service.metrics.registry,
    )
    decisions = service.ticket_table("resolver-decisions")
    duplicates = service.metrics.messages.labels("resolver", CLASSIFIED.name, "duplicate")
    handle = OnceByTicket(decisions, duplicates.inc).wrap(make_handler(workflow, modes.mode))

    @service.app.task
    async def follow_modes() -> None:
        await modes.run(service.kafka)

    @service.app.timer(5.0)
    async def export_modes() -> None:
        for category, mode in modes.modes.items():
            for candidate in ("off", "shadow", "live", "paused"):
                mode_gauge.labels(category, candidate).set(1 if candidate == mode else 0)

    @service.app.agent(service.topic(CLASSIFIED), concurrency=CONCURRENCY, name="resolve-tickets")
    async def resolve_tickets(stream: Any) -> None:
        await modes.caught_up.wait()
        await process_events(stream, lambda message: stage.run_one(message, handle))

    return service
