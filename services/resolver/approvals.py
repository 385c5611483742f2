"""Tier-3 approvals in the resolver: an escalated action waits (in a ticket table) for a
person's approval or rejection from the helpdesk.

Approval → re-read the facts, check they still match what was approved, execute through the
connectors (idempotency key ``<ticket>:<action>``), verify, reply, publish a TicketResolved
(event id stage "approved"). Rejection → recorded, nothing happens. An approval seen again
(redelivered, or approved twice) republishes the first result and never executes twice.
Only a live category executes: shadow and paused never act, even when approved.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol, cast

from supportloop.adapters.runtime.stage import Publish
from supportloop.core import events as ev
from supportloop.core.handoff import (
    Execute,
    PendingApproval,
    Record,
    approval_still_matches,
    decide_approval,
    pending_approval,
)
from supportloop.core.policy import ACTIONS
from supportloop.core.resolution import ResolutionWorkflow
from supportloop.core.resolution.effects import EFFECTS, perform
from supportloop.core.resolution.ports import Clock, SystemClock
from supportloop.core.resolution.workflow import render
from supportloop.core.topics import RESOLUTIONS
from supportloop.errors import ConnectorError

log = logging.getLogger(__name__)
APPROVED_STAGE = "approved"
Status = Literal["waiting", "executing", "executed", "rejected", "stale", "unverified"]
FINAL: frozenset[str] = frozenset({"executed", "rejected", "stale", "unverified"})


class ApprovalEntry(ev.Frozen):
    status: Status = "waiting"
    pending: PendingApproval
    classified: ev.TicketClassified
    by: str | None = None
    note: str = ""
    resolved: ev.TicketResolved | None = None


class ApprovalBook:
    """Pending approvals in a mapping keyed by ticket id bytes (a Faust ticket table in the
    service), written only while handling that ticket's event."""

    def __init__(self, table: MutableMapping[bytes, bytes]) -> None:
        self.table = table

    def remember(self, classified: ev.TicketClassified, escalated: ev.TicketEscalated) -> bool:
        pending = pending_approval(escalated)
        if pending is None or self.get(escalated.ticket_id) is not None:
            return False
        self.put(ApprovalEntry(pending=pending, classified=classified))
        return True

    def get(self, ticket_id: str) -> ApprovalEntry | None:
        raw = self.table.get(ticket_id.encode())
        return None if raw is None else ApprovalEntry.model_validate_json(raw)

    def put(self, entry: ApprovalEntry) -> None:
        self.table[entry.pending.ticket_id.encode()] = entry.model_dump_json().encode()


@dataclass(frozen=True)
class Execution:
    status: Literal["executed", "stale", "unverified"]
    resolved: ev.TicketResolved | None = None
    note: str = ""


class Executor(Protocol):
    async def execute(self, entry: ApprovalEntry, order: Execute, recheck: bool) -> Execution: ...
    async def tell(self, ticket_id: str, note: str, key: str) -> None: ...


@dataclass
class ApprovalHandler:
    book: ApprovalBook
    executor: Executor
    mode_of: Callable[[str], str]
    count: Callable[[str], None] = lambda outcome: None

    async def __call__(self, event: ev.Event) -> Sequence[Publish]:
        outcome = cast(ev.HumanOutcome, event)
        if outcome.kind not in ("approval", "rejection"):
            return []
        entry = self.book.get(outcome.ticket_id)
        if entry is None:
            self.count("nothing_pending")
            return []
        if entry.status in FINAL:
            self.count("duplicate")
            return [Publish(RESOLUTIONS, entry.resolved)] if entry.resolved else []
        decision = decide_approval(entry.pending, outcome)
        if decision is None:
            return []
        if isinstance(decision, Record):
            self.count(decision.outcome)
            if decision.outcome == "rejected":
                self.book.put(entry.model_copy(update={"status": "rejected", "by": decision.by}))
            else:
                log.warning("approval ignored on %s: %s", outcome.ticket_id, decision.note)
            return []
        return await self._execute(entry, decision)

    async def _execute(self, entry: ApprovalEntry, order: Execute) -> Sequence[Publish]:
        ticket, category = entry.pending.ticket_id, entry.pending.category
        mode = self.mode_of(category)
        if mode != "live":  # keeps waiting: a later approval in live mode executes
            self.count("not_live")
            note = (
                f"**SupportLoop:** approval of {order.action} received, but {category} is in "
                f"{mode} mode: the AI does not act. Please carry it out by hand."
            )
            await self._tell(ticket, note, f"{ticket}:approval_not_live")
            return []
        resuming = entry.status == "executing"  # a crash after acting: finish, don't re-check
        if not resuming:
            entry = entry.model_copy(update={"status": "executing", "by": order.approved_by})
            self.book.put(entry)
        try:
            done = await self.executor.execute(entry, order, recheck=not resuming)
        except ConnectorError as error:
            log.warning("approved %s on %s failed: %s", order.action, ticket, error)
            self.count("failed")  # stays "executing": the next approval resumes it
            return []
        self.book.put(
            entry.model_copy(
                update={"status": done.status, "resolved": done.resolved, "note": done.note}
            )
        )
        self.count(done.status)
        return [Publish(RESOLUTIONS, done.resolved)] if done.resolved else []

    async def _tell(self, ticket: str, note: str, key: str) -> None:
        try:
            await self.executor.tell(ticket, note, key)
        except ConnectorError as error:
            log.warning("note on %s not posted: %s", ticket, error)


class WorkflowExecutor:
    """Executes approved actions with the resolution workflow's connectors and policies."""

    def __init__(self, workflow: ResolutionWorkflow, clock: Clock | None = None) -> None:
        self.workflow = workflow
        self.clock = clock or SystemClock()

    async def tell(self, ticket_id: str, note: str, key: str) -> None:
        await self.workflow.ports.helpdesk.internal_note(ticket_id, note, key)

    async def execute(self, entry: ApprovalEntry, order: Execute, recheck: bool) -> Execution:
        classified, pending = entry.classified, entry.pending
        ticket = classified.ticket_id
        rule = self.workflow.policies.get(classified.category)
        if rule is None:
            return Execution("stale", note=f"no policy for {classified.category} any more")
        sheet = await self.workflow.gatherer.gather(classified.ticket, rule.facts_used)
        if recheck and not approval_still_matches(pending, sheet.facts):
            changed = ", ".join(
                f"{name}: {value!r} → {sheet.facts.get(name)!r}"
                for name, value in sorted(pending.params.items())
                if sheet.facts.get(name) != value
            )
            note = f"approved {order.action} not executed: facts changed since ({changed})"
            await self.tell(ticket, f"**SupportLoop:** {note}", f"{ticket}:approval_stale")
            return Execution("stale", note=note)
        params: dict[str, ev.FactValue] = dict(order.params)
        result: dict[str, ev.FactValue] = {}
        if order.action in EFFECTS:
            ports = self.workflow.ports
            outcome = await perform(
                order.action, ports, sheet, ticket, order.idempotency_key, False
            )
            if not outcome.verified:
                note = f"approved {order.action} is not visible after acting"
                await self.tell(ticket, f"**SupportLoop:** {note}", f"{ticket}:approval_unverified")
                return Execution("unverified", note=note)
            params, result = outcome.params, outcome.result
            if "label_url" in result:
                sheet.facts["return_label_url"] = result["label_url"]
        reply = order.reply or render(ACTIONS[order.action].template, sheet.facts) or ""
        if reply:
            await self.workflow.ports.helpdesk.public_reply(
                ticket, reply, f"{ticket}:approved_reply"
            )
        latency = (self.clock.now() - classified.received_at).total_seconds() * 1000
        resolved = ev.TicketResolved(
            event_id=ev.derive_event_id(ticket, APPROVED_STAGE),
            ticket_id=ticket,
            category=classified.category,
            mode="live",
            outcome="resolved",
            action=ev.ActionTaken(
                name=order.action,
                idempotency_key=order.idempotency_key,
                params=params,
                verified=True,
                result={**result, "approved_by": order.approved_by},
            ),
            reply=reply,
            rule_id=rule.rule_id,
            rule_version=rule.version,
            received_at=classified.received_at,
            latency_ms=max(latency, 0.0),
        )
        return Execution("executed", resolved)
