"""Tier-3 approvals in the resolver: an escalated action waits (in a ticket table) for a
person's approval or rejection from the helpdesk.

Approval → ``ResolutionWorkflow.execute``, the same operation a live decision runs through:
re-read the facts, check they still match what was approved, act (idempotency key
``<ticket>:<action>``), verify, reply, build the TicketResolved (event id stage "approved").
Rejection → recorded, nothing happens. An approval seen again (redelivered, or approved
twice) republishes the first result and never executes twice.
Only a live category executes: shadow and paused never act, even when approved.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from supportloop.adapters.runtime.stage import Publish
from supportloop.core import events as ev
from supportloop.core.handoff import (
    Execute,
    PendingApproval,
    Record,
    decide_approval,
    pending_approval,
)
from supportloop.core.resolution import DecidedAction, Execution, Mode
from supportloop.core.topics import RESOLUTIONS
from supportloop.errors import ConnectorError

log = logging.getLogger(__name__)
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


class Executor(Protocol):
    """Carries out a decided action (``ResolutionWorkflow`` in the service) and posts the
    internal notes that explain why an approval did nothing."""

    async def execute(self, decided: DecidedAction) -> Execution: ...
    async def tell(self, ticket_id: str, note: str, key: str) -> None: ...


@dataclass
class ApprovalHandler:
    book: ApprovalBook
    executor: Executor
    mode_of: Callable[[str], Mode]
    count: Callable[[str], None] = lambda outcome: None

    async def __call__(self, outcome: ev.HumanOutcome) -> Sequence[Publish]:
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
        decided = DecidedAction.by_approval(
            entry.classified,
            order.action,
            approved_by=order.approved_by,
            reply=order.reply,
            expected=entry.pending.params,
            recheck=not resuming,
        )
        try:
            done = await self.executor.execute(decided)
        except ConnectorError as error:
            log.warning("approved %s on %s failed: %s", order.action, ticket, error)
            self.count("failed")  # stays "executing": the next approval resumes it
            return []
        status: Status = "unverified" if done.status == "reply_missing" else done.status
        if status in ("stale", "unverified"):
            await self._tell(ticket, f"**SupportLoop:** {done.note}", f"{ticket}:approval_{status}")
        self.book.put(
            entry.model_copy(
                update={"status": status, "resolved": done.resolved, "note": done.note}
            )
        )
        self.count(status)
        return [Publish(RESOLUTIONS, done.resolved)] if done.resolved else []

    async def _tell(self, ticket: str, note: str, key: str) -> None:
        try:
            await self.executor.tell(ticket, note, key)
        except ConnectorError as error:
            log.warning("note on %s not posted: %s", ticket, error)
