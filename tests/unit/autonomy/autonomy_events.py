"""Builders for the events autonomy and hand-off tests need. Times are offsets from MONDAY."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from supportloop.core import events as ev

MONDAY = datetime(2025, 3, 3, tzinfo=UTC)  # ISO 2025-W10
_ids = itertools.count()


def at(days: float = 0, *, weeks: int = 0, minutes: float = 0) -> datetime:
    return MONDAY + timedelta(weeks=weeks, days=days, minutes=minutes)


def _id() -> str:
    return f"e-{next(_ids)}"


def flip(
    category: str, mode: str, when: datetime, previous: str | None = None, by: str = "ops"
) -> ev.AutonomyModeChanged:
    return ev.AutonomyModeChanged.model_validate(
        {
            "event_id": _id(),
            "ticket_id": f"flip:{category}",
            "occurred_at": when,
            "category": category,
            "mode": mode,
            "previous_mode": previous,
            "changed_by": by,
            "reason": f"to {mode}",
        }
    )


def drafted(
    ticket_id: str, category: str, when: datetime, reply: str = "draft"
) -> ev.TicketResolved:
    return ev.TicketResolved(
        event_id=_id(),
        ticket_id=ticket_id,
        occurred_at=when,
        category=category,
        mode="shadow",
        outcome="drafted",
        reply=reply,
        rule_id="r",
        rule_version="1",
        received_at=when,
        latency_ms=10.0,
    )


def resolved(ticket_id: str, category: str, when: datetime) -> ev.TicketResolved:
    return ev.TicketResolved(
        event_id=_id(),
        ticket_id=ticket_id,
        occurred_at=when,
        category=category,
        mode="live",
        outcome="resolved",
        reply="done",
        rule_id="r",
        rule_version="1",
        received_at=when,
        latency_ms=10.0,
    )


def escalated(
    ticket_id: str,
    category: str,
    when: datetime,
    *,
    reason: str = "out_of_policy",
    recommended: str = "refund_order",
    draft: str = "",
    facts: dict[str, ev.FactValue] | None = None,
    reasons: tuple[str, ...] = (),
    vip: bool = False,
) -> ev.TicketEscalated:
    return ev.TicketEscalated(
        event_id=_id(),
        ticket_id=ticket_id,
        occurred_at=when,
        category=category,
        tier=3,
        stage="resolver",
        reason=reason,
        reasons=reasons,
        recommended_action=recommended,
        draft_reply=draft,
        facts=facts or {},
        customer_vip=vip,
        received_at=when,
    )


def handed_off(
    ticket_id: str, category: str, when: datetime, priority: str = "normal", queue: str = "general"
) -> ev.TicketHandedOff:
    return ev.TicketHandedOff.model_validate(
        {
            "event_id": _id(),
            "ticket_id": ticket_id,
            "occurred_at": when,
            "category": category,
            "queue": queue,
            "priority": priority,
            "reason": "out_of_policy",
            "recommended_action": "refund_order",
            "received_at": when,
            "latency_ms": 5.0,
        }
    )


def outcome(
    ticket_id: str,
    kind: str,
    when: datetime,
    *,
    reply: str | None = None,
    action: str | None = None,
    score: int | None = None,
    resolved_by: str | None = None,
    agent: str | None = "anna",
    category: str | None = None,
) -> ev.HumanOutcome:
    return ev.HumanOutcome.model_validate(
        {
            "event_id": _id(),
            "ticket_id": ticket_id,
            "occurred_at": when,
            "kind": kind,
            "reply": reply,
            "action": action,
            "csat_score": score,
            "resolved_by": resolved_by,
            "agent": agent,
            "category": category,
        }
    )


def reviewed(
    ticket_id: str, category: str, when: datetime, verdict: str, edit_ratio: float
) -> ev.DraftReviewed:
    return ev.DraftReviewed.model_validate(
        {
            "event_id": _id(),
            "ticket_id": ticket_id,
            "occurred_at": when,
            "category": category,
            "verdict": verdict,
            "edit_ratio": edit_ratio,
        }
    )
