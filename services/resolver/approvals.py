"""Tier-3 approvals in the resolver: an escalated action waits (in a ticket table) for a
person's approval or rejection from the helpdesk.

Approval → verified at the source first (``check``: the helpdesk's ticket, audit trail and
approver, see ``supportloop.core.handoff.verification``), then
``ResolutionWorkflow.execute``, the same operation a live decision runs through: re-read the
facts, check they still match what was approved, act (idempotency key ``<ticket>:<action>``),
verify, reply, build the TicketResolved (event id stage "approved") recording the approver
the audit shows, and tell the agents on the ticket who approved.

An approval that does not verify (forged, withdrawn, by the wrong person, or unverifiable
because the helpdesk is down) does nothing: it is recorded in the book with its reason,
counted (``outcome=<reason>``), logged without customer data and explained to the agents in
an internal note. It never closes the pending approval: a later, real approval still runs.
Rejection → recorded, nothing happens. An approval seen again (redelivered, or approved
twice) republishes the first result and never executes twice.
Only a live category executes: shadow and paused never act, even when approved.

A conversation can ask for approval more than once: the book keeps the latest turn's
pending action per ticket (the one the latest hand-off note names). A later turn that needs
approval replaces an entry that is waiting (its action withdrawn) or finished; a turn that
needs none leaves a waiting one as it is; an execution in progress is never replaced.

An entry expires like every ticket table entry, ``SUPPORTLOOP_STATE_TTL_DAYS`` after its last
write, whatever its status, and never before. One still waiting (nobody answered it in that
time) or executing (it failed after it was approved, and no approval since finished it) is
logged and counted as open (``supportloop_table_entries_expired{entry="open"}``); an approval
that arrives after that finds nothing pending and does nothing (``nothing_pending``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Literal, Protocol

from supportloop.adapters.runtime.stage import Publish
from supportloop.core import events as ev
from supportloop.core.handoff import (
    ApprovalRefused,
    Execute,
    PendingApproval,
    Record,
    VerifiedApproval,
    decide_approval,
    pending_approval,
)
from supportloop.core.resolution import DecidedAction, Execution, Mode
from supportloop.core.topics import RESOLUTIONS
from supportloop.errors import ConnectorError

log = logging.getLogger(__name__)
Status = Literal["waiting", "executing", "executed", "rejected", "stale", "unverified"]
FINAL: frozenset[str] = frozenset({"executed", "rejected", "stale", "unverified"})
KEPT_REFUSALS = 20  # the most recent refused approvals an entry remembers


class IgnoredApproval(ev.Frozen):
    """An approval that did not verify, and why."""

    reason: str
    event_id: str
    claimed_by: str | None = None  # who the webhook said approved
    author_id: str | None = None  # who the helpdesk's audit shows, when it got that far
    at: datetime


class ApprovalEntry(ev.Frozen):
    status: Status = "waiting"
    pending: PendingApproval
    classified: ev.TicketClassified
    by: str | None = None  # the verified approver (or the rejecter)
    by_role: str | None = None
    note: str = ""
    resolved: ev.TicketResolved | None = None
    ignored: tuple[IgnoredApproval, ...] = ()


def still_open(raw: bytes) -> bool:
    """An approval a person may still answer, or one whose execution is to be finished."""
    status = json.loads(raw).get("status", "waiting")
    return status not in FINAL


class ApprovalBook:
    """Pending approvals in a mapping keyed by ticket id bytes (a Faust ticket table in the
    service), written only while handling that ticket's event."""

    def __init__(self, table: MutableMapping[bytes, bytes]) -> None:
        self.table = table

    def remember(self, classified: ev.TicketClassified, escalated: ev.TicketEscalated) -> bool:
        pending = pending_approval(escalated)
        if pending is None:
            return False
        known = self.get(escalated.ticket_id)
        if known is not None and not _later_turn(classified, known):
            return False  # this turn again (a redelivery), or one in the middle of executing
        self.put(ApprovalEntry(pending=pending, classified=classified))
        return True

    def get(self, ticket_id: str) -> ApprovalEntry | None:
        raw = self.table.get(ticket_id.encode())
        return None if raw is None else ApprovalEntry.model_validate_json(raw)

    def put(self, entry: ApprovalEntry) -> None:
        self.table[entry.pending.ticket_id.encode()] = entry.model_dump_json().encode()


def _turn(entry: ApprovalEntry) -> str:
    """Notes name the turn the approval is about (the ticket alone for the opening one)."""
    return entry.classified.turn


def _later_turn(classified: ev.TicketClassified, known: ApprovalEntry) -> bool:
    before = known.classified
    return (
        known.status != "executing"
        and classified.message_id != before.message_id
        and classified.received_at >= before.received_at
    )


class Executor(Protocol):
    """Carries out a decided action (``ResolutionWorkflow`` in the service) and posts the
    internal notes that explain what an approval did or why it did nothing."""

    async def execute(self, decided: DecidedAction) -> Execution: ...
    async def tell(self, ticket_id: str, note: str, key: str) -> None: ...


# Verifies an approval at the source: (pending, the webhook's claimed approver) → verdict.
# ``supportloop.adapters.approval_check.ApprovalCheck`` in the service.
Check = Callable[[PendingApproval, str | None], Awaitable[VerifiedApproval | ApprovalRefused]]


def refusal_note(action: str, refused: ApprovalRefused, approve_tag: str) -> str:
    still = (
        "The approval is still pending: once the helpdesk answers again, remove and re-add "
        f"the {approve_tag} tag."
        if refused.reason == "helpdesk_unavailable"
        else "The approval is still pending: an agent allowed to approve it can remove and "
        f"re-add the {approve_tag} tag."
    )
    return (
        f"**SupportLoop:** an approval of {action} was not executed ({refused.reason}): "
        f"{refused.detail}. {still}"
    )


def executed_note(action: str, approver: VerifiedApproval) -> str:
    lines = [
        f"**SupportLoop:** {action} executed, approved by user {approver.user_id} "
        f"({approver.role}), as the ticket's audit shows."
    ]
    if approver.claim_differs:
        lines.append(
            f"The webhook named user {str(approver.claimed_by)[:40]}; the audit's author, user "
            f"{approver.user_id}, is recorded as the approver."
        )
    return " ".join(lines)


@dataclass
class ApprovalHandler:
    book: ApprovalBook
    executor: Executor
    mode_of: Callable[[str], Mode]
    count: Callable[[str], None] = lambda outcome: None
    check: Check = field(kw_only=True)
    approve_tag: str = field(default="supportloop_approve", kw_only=True)

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
        if entry.status == "executing":  # verified before; a crash after acting: finish
            approver = VerifiedApproval(entry.by or "", entry.by_role or "", None, entry.by)
        else:
            verdict = await self.check(entry.pending, outcome.agent)
            if isinstance(verdict, ApprovalRefused):
                return await self._refuse(entry, outcome, verdict)
            approver = verdict
        order = replace(decision, approved_by=approver.user_id)
        return await self._execute(entry, order, approver)

    async def _refuse(
        self, entry: ApprovalEntry, outcome: ev.HumanOutcome, refused: ApprovalRefused
    ) -> Sequence[Publish]:
        ticket, action = entry.pending.ticket_id, entry.pending.action
        log.warning(
            "approval of %s on %s not executed: %s (webhook actor %.40r, audit author %s)",
            action, ticket, refused.reason, outcome.agent, refused.author_id,
        )  # fmt: skip
        self.count(refused.reason)
        ignored = IgnoredApproval(
            reason=refused.reason,
            event_id=outcome.event_id,
            claimed_by=outcome.agent,
            author_id=refused.author_id,
            at=outcome.occurred_at,
        )
        kept = (*entry.ignored, ignored)[-KEPT_REFUSALS:]
        self.book.put(entry.model_copy(update={"ignored": kept}))
        note = refusal_note(action, refused, self.approve_tag)
        await self._tell(ticket, note, f"{_turn(entry)}:approval_refused:{outcome.event_id}")
        return []

    async def _execute(
        self, entry: ApprovalEntry, order: Execute, approver: VerifiedApproval
    ) -> Sequence[Publish]:
        ticket, category = entry.pending.ticket_id, entry.pending.category
        mode = self.mode_of(category)
        if mode != "live":  # keeps waiting: a later approval in live mode executes
            self.count("not_live")
            note = (
                f"**SupportLoop:** approval of {order.action} by user {approver.user_id} "
                f"received, but {category} is in {mode} mode: the AI does not act. Please "
                "carry it out by hand."
            )
            await self._tell(ticket, note, f"{_turn(entry)}:approval_not_live")
            return []
        resuming = entry.status == "executing"  # a crash after acting: finish, don't re-check
        if not resuming:
            entry = entry.model_copy(
                update={"status": "executing", "by": approver.user_id, "by_role": approver.role}
            )
            self.book.put(entry)
        decided = DecidedAction.by_approval(
            entry.classified,
            order.action,
            approved_by=approver.user_id,
            approver_role=approver.role or None,
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
        # an approval is never judged by scope (a person decided it): scope_violation is
        # the policy path's only
        status: Status = "unverified"
        if done.status in ("executed", "stale"):
            status = "executed" if done.status == "executed" else "stale"
        if status in ("stale", "unverified"):
            await self._tell(
                ticket, f"**SupportLoop:** {done.note}", f"{_turn(entry)}:approval_{status}"
            )
        self.book.put(
            entry.model_copy(
                update={"status": status, "resolved": done.resolved, "note": done.note}
            )
        )
        if status == "executed":
            note = executed_note(order.action, approver)
            await self._tell(ticket, note, f"{_turn(entry)}:approval_executed")
        self.count(status)
        return [Publish(RESOLUTIONS, done.resolved)] if done.resolved else []

    async def _tell(self, ticket: str, note: str, key: str) -> None:
        try:
            await self.executor.tell(ticket, note, key)
        except ConnectorError as error:
            log.warning("note on %s not posted: %s", ticket, error)
