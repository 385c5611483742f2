"""Tier-3 approvals: a drafted action waits for a person; approval executes it once,
rejection records it and does nothing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from supportloop.core import events as ev
from supportloop.core.autonomy.review import action_name, changes_state
from supportloop.core.routing import reason_bases

# Tier 3 too (issue 24): an augment policy's recommendation, or a tier-3 / upset ticket's
# policy decision, is run by one approve tag like an out-of-policy one.
APPROVAL_REASONS = frozenset(
    {"out_of_policy", "approval_required", "augment_review", "tier_requires_human",
     "upset_customer"}
)  # fmt: skip
# Facts that identify what exactly was approved (an amount, an order, a subscription …).
PARAM_FACTS = frozenset(
    {
        "order_id", "order_name", "refund_amount", "order_total", "subscription_id",
        "requested_subscription_change", "requested_frequency_weeks", "requested_account_action",
        "requested_edit", "requested_items", "requested_refund_amount",
    }
)  # fmt: skip


class PendingApproval(ev.Frozen):
    ticket_id: str
    category: str
    action: str
    params: dict[str, ev.FactValue]
    draft_reply: str = ""
    requested_at: datetime

    @property
    def idempotency_key(self) -> str:
        return f"{self.ticket_id}:{self.action}"


@dataclass(frozen=True)
class Execute:
    ticket_id: str
    action: str
    params: dict[str, ev.FactValue]
    idempotency_key: str
    approved_by: str | None
    reply: str  # the drafted reply to send once the action is verified


@dataclass(frozen=True)
class Record:
    ticket_id: str
    action: str
    outcome: Literal["rejected", "ignored"]
    by: str | None
    note: str


def needs_approval(escalated: ev.TicketEscalated) -> bool:
    reasons = reason_bases((escalated.reason, *escalated.reasons))
    return bool(reasons & APPROVAL_REASONS) and changes_state(escalated.recommended_action)


def pending_approval(escalated: ev.TicketEscalated) -> PendingApproval | None:
    """The action waiting for a person, when the escalation asks for one that changes state."""
    if not needs_approval(escalated):
        return None
    name = action_name(escalated.recommended_action)
    assert name is not None  # changes_state() needs a name
    return PendingApproval(
        ticket_id=escalated.ticket_id,
        category=escalated.category,
        action=name,
        params={k: v for k, v in escalated.facts.items() if k in PARAM_FACTS},
        draft_reply=escalated.draft_reply,
        requested_at=escalated.occurred_at,
    )


def decide_approval(pending: PendingApproval, outcome: ev.HumanOutcome) -> Execute | Record | None:
    """None: the outcome is no approval or rejection of this ticket (keep waiting)."""
    if outcome.ticket_id != pending.ticket_id or outcome.kind not in ("approval", "rejection"):
        return None
    named = action_name(outcome.action)
    if named is not None and named != pending.action:
        return Record(
            pending.ticket_id,
            pending.action,
            "ignored",
            outcome.agent,
            f"{outcome.kind} names {named}, the pending action is {pending.action}",
        )
    if outcome.kind == "rejection":
        return Record(pending.ticket_id, pending.action, "rejected", outcome.agent, "rejected")
    return Execute(
        pending.ticket_id,
        pending.action,
        dict(pending.params),
        pending.idempotency_key,
        outcome.agent,
        pending.draft_reply,
    )


def approval_still_matches(pending: PendingApproval, facts: Mapping[str, ev.FactValue]) -> bool:
    """Re-read facts before executing: what was approved (e.g. the refund amount) must not
    have changed since the person saw it."""
    return all(facts.get(name) == value for name, value in pending.params.items())
