"""Composition root of the resolver service."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge

from services.resolver.approvals import ApprovalBook, ApprovalHandler, still_open
from services.resolver.handler import (
    ReplyBlocker,
    Workflow,
    ai_resumed_for,
    make_handler,
    note_agent_reply,
    reply_blocker_for,
    thread_of_for,
)
from supportloop.adapters.approval_check import ApprovalCheck
from supportloop.adapters.connectors import HttpConnector
from supportloop.adapters.runtime.config_view import ModeView
from supportloop.adapters.runtime.dedupe import OnceByTicket
from supportloop.adapters.runtime.faust_app import ServiceApp, process_events
from supportloop.adapters.runtime.ledger import TicketTableLedger
from supportloop.adapters.runtime.stage import Publish
from supportloop.adapters.runtime.timers import never_crashes
from supportloop.adapters.wiring import build_workflow
from supportloop.core import events as ev
from supportloop.core.autonomy.modes import MODES
from supportloop.core.handoff import HandoffSettings
from supportloop.core.resolution import ResolutionWorkflow, ResolverSettings
from supportloop.core.topics import CLASSIFIED, HUMAN_OUTCOMES
from supportloop.settings import KafkaSettings, ServiceSettings

# Tickets are independent: overlap their HTTP round trips (acks stay in offset order).
CONCURRENCY = 16


def build_app(
    kafka: KafkaSettings | None = None,
    settings: ServiceSettings | None = None,
    registry: CollectorRegistry | None = None,
    workflow: Workflow | None = None,
    resolver_settings: ResolverSettings | None = None,
    handoff_settings: HandoffSettings | None = None,
) -> ServiceApp:
    service = ServiceApp(
        "resolver", kafka or KafkaSettings(), settings or ServiceSettings(), registry
    )
    stage = service.stage(accepts=(ev.TicketClassified,))
    ledger = TicketTableLedger(service.ticket_table("resolver-ledger"), service.flush_tables)
    if workflow is None:
        config = resolver_settings or ResolverSettings()
        # Policies are compiled here: a malformed policy stops the service before it starts.
        workflow = build_workflow(
            config.store_url,
            config.policies_dir,
            config.kb_dir,
            ledger,
            settings=config,
            registry=service.metrics.registry,
        )
        # The connectors' connection pools, closed once the agents have stopped.
        ports = workflow.ports
        service.close_on_shutdown(
            *(
                port
                for port in (ports.commerce, ports.helpdesk, ports.subscriptions, ports.accounts)
                if isinstance(port, HttpConnector)
            )
        )
    # Config messages that are no flip are counted (as skipped), not dead-lettered.
    modes = ModeView(
        limits=service.decode_limits,
        on_skip=lambda topic, _: service.metrics.messages.labels(
            "resolver", topic, "skipped"
        ).inc(),
    )
    mode_gauge = Gauge(
        "supportloop_autonomy_mode",
        "1 for the autonomy mode each category is in, as this resolver sees it.",
        ["category", "mode"],
        registry=service.metrics.registry,
    )
    approvals_total = Counter(
        "supportloop_approvals",
        "Approval and rejection outcomes handled by the resolver (executed, rejected, stale, "
        "unverified, not_live, failed, ignored, duplicate, nothing_pending; an approval that "
        "does not verify at the helpdesk counts under its refusal reason, e.g. "
        "unknown_approver, tag_not_on_ticket, helpdesk_unavailable).",
        ["outcome"],
        registry=service.metrics.registry,
    )
    abstained_total = Counter(
        "supportloop_abstained_tickets",
        "Tickets the classifier abstained on (below the category's live threshold), "
        "drafted as shadow instead of acted on.",
        ["category"],
        registry=service.metrics.registry,
    )
    approvals = ApprovalBook(service.ticket_table("resolver-approvals", still_open=still_open))
    blocker: ReplyBlocker | None = None
    if isinstance(workflow, ResolutionWorkflow):
        handoff = handoff_settings or HandoffSettings()
        blocker = reply_blocker_for(workflow.ports.helpdesk, handoff)
    decisions = service.ticket_table("resolver-decisions")
    duplicates = service.metrics.messages.labels("resolver", CLASSIFIED.name, "duplicate")
    once = OnceByTicket(decisions, duplicates.inc, service.flush_tables)
    # Each customer message is a turn, decided with the ticket's earlier turns in view.
    conversation: dict[str, Any] = {}
    if isinstance(workflow, ResolutionWorkflow):
        handoff_conf = handoff_settings or HandoffSettings()
        conversation = {
            "thread_of": thread_of_for(once.history, ledger),
            "ai_resumed": ai_resumed_for(workflow.ports.helpdesk, handoff_conf),
            "max_ai_turns": (resolver_settings or ResolverSettings()).max_ai_turns,
        }
    handle = once.wrap(
        make_handler(
            workflow,
            modes.mode,
            blocker,
            approvals.remember,
            lambda category: abstained_total.labels(category).inc(),
            **conversation,
        )
    )

    @service.app.task
    async def follow_modes() -> None:
        await modes.run(service.kafka)

    @service.app.timer(5.0)
    @never_crashes
    async def export_modes() -> None:
        for category, mode in modes.modes.items():
            for candidate in MODES:
                mode_gauge.labels(category, candidate).set(1 if candidate == mode else 0)

    @service.app.agent(service.topic(CLASSIFIED), concurrency=CONCURRENCY, name="resolve-tickets")
    async def resolve_tickets(stream: Any) -> None:
        await modes.caught_up.wait()
        await process_events(stream, lambda message: stage.run_one(message, handle))

    if isinstance(workflow, ResolutionWorkflow):
        # The escalator's webhook owns HUMAN_OUTCOMES: read it as an observer.
        outcome_stage = service.stage(accepts=(ev.HumanOutcome,), observer=True)
        approval_settings = handoff_settings or HandoffSettings()
        on_outcome = ApprovalHandler(
            approvals,
            workflow,
            modes.mode,
            lambda outcome: approvals_total.labels(outcome).inc(),
            # Verified at the source: the helpdesk's ticket, audit trail and approver.
            check=ApprovalCheck(workflow.ports.helpdesk, approval_settings),
            approve_tag=approval_settings.approve_tag,
        )

        async def on_human(event: ev.HumanOutcome) -> Sequence[Publish]:
            await note_agent_reply(ledger, event)  # the ticket is a person's from now on
            return await on_outcome(event)

        @service.app.agent(service.topic(HUMAN_OUTCOMES), name="act-on-approvals")
        async def act_on_approvals(stream: Any) -> None:
            await modes.caught_up.wait()
            await process_events(stream, lambda message: outcome_stage.run_one(message, on_human))

    return service
