from __future__ import annotations

import pytest

from supportloop.core.handoff import (
    Assignment,
    HandoffSettings,
    TicketState,
    ai_may_reply,
    build_handoff_note,
    choose_assignment,
    handoff_tags,
    ticket_state,
)
from supportloop.core.routing import Route
from tests.unit.autonomy.autonomy_events import at, escalated


def test_note_has_reason_recommendation_draft_facts_queue_and_priority() -> None:
    event = escalated(
        "T1",
        "refund_request",
        at(0),
        reasons=("refund_amount is at most 100 (actual: 250.0)",),
        draft="Hi Ann,\n\nyour refund | is on its way.",
        facts={
            "order_id": "1001",
            "refund_amount": 250.0,
            "already_refunded": False,
            "carrier": None,
        },
        vip=True,
    )
    note = build_handoff_note(event, Route("tier3_approval", "high"), due_at=at(0, minutes=60))
    assert note.splitlines() == [
        "**SupportLoop hand-off** · queue: tier3_approval · priority: high",
        "First response due by 2025-03-03 01:00 UTC",
        "",
        "**Why:** out_of_policy (category refund_request, tier 3)",
        "- refund_amount is at most 100 (actual: 250.0)",
        "",
        "**Recommended action:** refund_order (250.00)",
        "**Customer:** VIP",
        "",
        "**Draft reply** (not sent):",
        "> Hi Ann,",
        ">",
        "> your refund | is on its way.",
        "",
        "**Facts looked up:**",
        "",
        "| fact | value |",
        "|---|---|",
        "| already_refunded | False |",
        "| carrier | — |",
        "| order_id | 1001 |",
        "| refund_amount | 250.0 |",
        "",
        "The AI will not reply on this ticket from now on.",
    ]


def test_note_without_draft_or_facts_says_so() -> None:
    event = escalated(
        "T1", "legal", at(0), reason="legal", recommended="route_to_legal: do not act"
    )
    note = build_handoff_note(event, Route("legal", "urgent"))
    assert "**Draft reply:** none" in note.splitlines()
    assert "**Facts looked up:** none" in note.splitlines()
    assert not any(line.startswith("First response due") for line in note.splitlines())


def test_tags_name_queue_and_priority() -> None:
    assert handoff_tags(Route("vip", "high")) == [
        "supportloop_handoff",
        "supportloop_queue_vip",
        "supportloop_priority_high",
    ]


def test_assignment_per_queue_with_general_fallback() -> None:
    settings = HandoffSettings(
        assignments={"legal": Assignment(group_id=12), "general": Assignment(assignee_id=7)}
    )
    assert choose_assignment("legal", settings) == Assignment(group_id=12)
    assert choose_assignment("vip", settings) == Assignment(assignee_id=7)
    assert choose_assignment("vip", HandoffSettings()) is None


def test_assignments_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUPPORTLOOP_HANDOFF_ASSIGNMENTS", '{"vip": {"group_id": 3}}')
    monkeypatch.setenv("SUPPORTLOOP_HANDOFF_SLA_FIRST_RESPONSE_MINUTES", '{"urgent": 5}')
    settings = HandoffSettings()
    assert settings.assignments == {"vip": Assignment(group_id=3)}
    assert settings.sla_first_response_minutes == {
        "urgent": 5.0,
        "high": 60.0,
        "normal": 240.0,
        "low": 1440.0,
    }


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (TicketState(), True),
        (TicketState(status="open", tags=frozenset({"vip"})), True),
        (TicketState(handed_off=True), False),
        (TicketState(tags=frozenset({"supportloop_handoff"})), False),
        (TicketState(status="solved"), False),
        (TicketState(status="closed"), False),
    ],
)
def test_ai_may_reply_only_before_hand_off(state: TicketState, expected: bool) -> None:
    assert ai_may_reply(state) is expected


def test_ticket_state_from_a_helpdesk_ticket() -> None:
    doc = {"id": 5, "status": "Open", "tags": ["supportloop_handoff", "vip"]}
    state = ticket_state(doc)
    assert state == TicketState(False, "open", frozenset({"supportloop_handoff", "vip"}))
    assert ai_may_reply(state) is False
    assert ticket_state(None, handed_off=True) == TicketState(handed_off=True)
