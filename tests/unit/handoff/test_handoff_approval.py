from __future__ import annotations

from supportloop.core import events as ev
from supportloop.core.handoff import (
    Execute,
    Record,
    approval_still_matches,
    decide_approval,
    needs_approval,
    pending_approval,
)
from tests.unit.autonomy.autonomy_events import at, escalated, outcome

FACTS: dict[str, ev.FactValue] = {
    "order_id": "1001",
    "refund_amount": 250.0,
    "customer_vip": False,
    "order_found": True,
}


def _refund_escalation() -> ev.TicketEscalated:
    return escalated("T1", "refund_request", at(0), draft="Refund on its way.", facts=dict(FACTS))


def test_a_refund_above_the_cap_waits_for_approval() -> None:
    pending = pending_approval(_refund_escalation())
    assert pending is not None
    assert (pending.ticket_id, pending.category, pending.action) == (
        "T1",
        "refund_request",
        "refund_order",
    )
    assert pending.params == {"order_id": "1001", "refund_amount": 250.0}
    assert (pending.idempotency_key, pending.draft_reply, pending.requested_at) == (
        "T1:refund_order",
        "Refund on its way.",
        at(0),
    )


def test_only_state_changing_actions_with_an_approval_reason_wait() -> None:
    assert (
        needs_approval(
            escalated("T", "wismo", at(0), reason="out_of_policy", recommended="send_tracking")
        )
        is False
    )
    assert (
        needs_approval(escalated("T", "legal", at(0), reason="legal", recommended="refund_order"))
        is False
    )
    assert (
        needs_approval(
            escalated(
                "T", "c", at(0), reason="classifier_escalated", reasons=("approval_required:tier3",)
            )
        )
        is True
    )
    assert pending_approval(escalated("T", "x", at(0), reason="facts_missing")) is None


def test_approval_executes_once_with_the_idempotency_key() -> None:
    pending = pending_approval(_refund_escalation())
    assert pending is not None
    decision = decide_approval(pending, outcome("T1", "approval", at(1), agent="lead-ann"))
    assert decision == Execute(
        "T1",
        "refund_order",
        {"order_id": "1001", "refund_amount": 250.0},
        "T1:refund_order",
        "lead-ann",
        "Refund on its way.",
    )


def test_rejection_is_recorded_and_executes_nothing() -> None:
    pending = pending_approval(_refund_escalation())
    assert pending is not None
    decision = decide_approval(pending, outcome("T1", "rejection", at(1), agent="lead-ann"))
    assert decision == Record("T1", "refund_order", "rejected", "lead-ann", "rejected")


def test_approval_of_another_action_is_ignored() -> None:
    pending = pending_approval(_refund_escalation())
    assert pending is not None
    decision = decide_approval(pending, outcome("T1", "approval", at(1), action="cancel_order"))
    assert decision == Record(
        "T1",
        "refund_order",
        "ignored",
        "anna",
        "approval names cancel_order, the pending action is refund_order",
    )
    same = decide_approval(pending, outcome("T1", "approval", at(1), action="Refund_Order: ok"))
    assert isinstance(same, Execute)


def test_other_outcomes_and_other_tickets_keep_waiting() -> None:
    pending = pending_approval(_refund_escalation())
    assert pending is not None
    assert decide_approval(pending, outcome("T1", "agent_reply", at(1), reply="hi")) is None
    assert decide_approval(pending, outcome("T1", "csat", at(1), score=4)) is None
    assert decide_approval(pending, outcome("T9", "approval", at(1))) is None


def test_execution_needs_the_approved_facts_unchanged() -> None:
    pending = pending_approval(_refund_escalation())
    assert pending is not None
    assert approval_still_matches(pending, {**FACTS, "order_found": True}) is True
    assert approval_still_matches(pending, {**FACTS, "refund_amount": 300.0}) is False
    assert approval_still_matches(pending, {"order_id": "1001"}) is False


def test_pending_approval_survives_a_json_round_trip() -> None:
    pending = pending_approval(_refund_escalation())
    assert pending is not None
    assert type(pending).model_validate_json(pending.model_dump_json()) == pending
