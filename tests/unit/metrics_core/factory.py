"""Small builders for the events the weekly book reads. Times are offsets from MONDAY."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

from supportloop.core import events as ev

MONDAY = datetime(2025, 3, 3, tzinfo=UTC)  # ISO 2025-W10
W10, W11, W12 = "2025-W10", "2025-W11", "2025-W12"
_ids = itertools.count()


def at(days: float = 0, *, weeks: int = 0, seconds: float = 0) -> datetime:
    return MONDAY + timedelta(weeks=weeks, days=days, seconds=seconds)


def _base(ticket_id: str, when: datetime) -> dict[str, Any]:
    return {"event_id": f"e-{next(_ids)}", "ticket_id": ticket_id, "occurred_at": when}


def received(ticket_id: str, when: datetime) -> ev.TicketReceived:
    ticket = ev.Ticket(
        id=ticket_id,
        body="where is my parcel?",
        customer=ev.Customer(email="a@example.com"),
        created_at=when,
    )
    return ev.TicketReceived(
        **_base(ticket_id, when), ticket=ticket, source="test", received_at=when
    )


def classified(ticket_id: str, category: str, when: datetime) -> ev.TicketClassified:
    ticket = ev.Ticket(
        id=ticket_id,
        body="where is my parcel?",
        customer=ev.Customer(email="a@example.com"),
        created_at=when,
    )
    return ev.TicketClassified(
        **_base(ticket_id, when),
        ticket=ticket,
        received_at=when,
        category=category,
        tier=1,
        confidence=0.9,
        escalate=False,
        classifier="test",
        model_version="1",
    )


def resolved(
    ticket_id: str,
    category: str,
    when: datetime,
    *,
    outcome: str = "resolved",
    latency_ms: float = 1000.0,
) -> ev.TicketResolved:
    return ev.TicketResolved(
        **_base(ticket_id, when),
        category=category,
        mode="live" if outcome == "resolved" else "shadow",
        outcome=outcome,
        reply="done",
        rule_id="r",
        rule_version="1",
        received_at=when,
        latency_ms=latency_ms,
    )


def handed_off(ticket_id: str, category: str, when: datetime) -> ev.TicketHandedOff:
    return ev.TicketHandedOff(
        **_base(ticket_id, when),
        category=category,
        queue="q",
        priority="normal",
        reason="policy",
        recommended_action="refund",
        received_at=when,
        latency_ms=5.0,
    )


def dead_lettered(ticket_id: str, when: datetime) -> ev.DeadLettered:
    return ev.DeadLettered(
        **_base(ticket_id, when),
        stage="resolver",
        reason="boom",
        error_type="ValueError",
        source_topic="t",
        payload="{}",
    )


def csat(
    ticket_id: str,
    score: int,
    when: datetime,
    *,
    category: str | None = "wismo",
    resolved_by: str | None = "ai",
) -> ev.HumanOutcome:
    return ev.HumanOutcome(
        **_base(ticket_id, when),
        kind="csat",
        category=category,
        csat_score=score,
        resolved_by=resolved_by,
    )


def agent_reply(ticket_id: str, when: datetime, category: str | None = None) -> ev.HumanOutcome:
    return ev.HumanOutcome(**_base(ticket_id, when), kind="agent_reply", category=category)


def escalation_reviewed(
    ticket_id: str,
    category: str,
    when: datetime,
    *,
    different: bool,
    draft_verdict: str | None = None,
    draft_edit_ratio: float | None = None,
) -> ev.EscalationReviewed:
    if draft_verdict is not None and draft_edit_ratio is None:
        draft_edit_ratio = {"sent_as_is": 0.0, "edited": 0.3}.get(draft_verdict, 1.0)
    return ev.EscalationReviewed(
        **_base(ticket_id, when),
        category=category,
        recommended_action="refund",
        human_action="refund",
        same_action=not different,
        reply_similarity=0.5,
        materially_different=different,
        draft_verdict=draft_verdict,  # type: ignore[arg-type]
        draft_edit_ratio=draft_edit_ratio,
    )


def escalated(
    ticket_id: str,
    category: str,
    when: datetime,
    *,
    draft: str = "",
    order_named: bool = False,
    reasons: tuple[str, ...] = (),
    message_id: str | None = None,
    **facts: ev.FactValue,
) -> ev.TicketEscalated:
    return ev.TicketEscalated(
        **_base(ticket_id, when),
        message_id=message_id,
        category=category,
        tier=3,
        stage="resolver",
        reason=reasons[0] if reasons else "out_of_policy",
        reasons=reasons,
        recommended_action="refund_order",
        draft_reply=draft,
        facts=facts,
        order_named=order_named,
        received_at=when,
    )


def draft_reviewed(
    ticket_id: str, category: str, when: datetime, verdict: str, edit_ratio: float = 0.0
) -> ev.DraftReviewed:
    return ev.DraftReviewed(
        **_base(ticket_id, when),
        category=category,
        verdict=verdict,  # type: ignore[arg-type]
        edit_ratio=edit_ratio,
    )


def knowledge_gap(
    ticket_id: str, category: str, question: str, when: datetime
) -> ev.KnowledgeGapFound:
    return ev.KnowledgeGapFound(**_base(ticket_id, when), category=category, question=question)


def mode_changed(
    category: str, mode: str, when: datetime, *, by: str = "ops:alice", previous: str | None = None
) -> ev.AutonomyModeChanged:
    return ev.AutonomyModeChanged(
        **_base(f"config:{category}", when),
        category=category,
        mode=mode,
        previous_mode=previous,
        changed_by=by,
        reason="test",
    )


def ratings(
    prefix: str, scores: list[int], when: datetime, category: str = "wismo", resolved_by: str = "ai"
) -> list[ev.HumanOutcome]:
    return [
        csat(
            f"{prefix}-{i}",
            s,
            when + timedelta(seconds=i),
            category=category,
            resolved_by=resolved_by,
        )
        for i, s in enumerate(scores)
    ]
