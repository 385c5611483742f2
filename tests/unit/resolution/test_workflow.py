from __future__ import annotations

from resolution_harness import Harness

from supportloop.adapters.connectors import ConnectorUnavailable
from supportloop.core.events import (
    IdStage,
    KnowledgeGapFound,
    TicketEscalated,
    TicketResolved,
    derive_event_id,
)
from supportloop.core.resolution import InMemoryLedger


def _first(h: Harness, category: str, scenario: str) -> str:
    """The scenario's first ticket about a whole order (item-level ones: test_item_scope)."""
    return str((h.whole_order_ids(category, scenario) or h.ticket_ids(category, scenario))[0])


async def test_live_refund_acts_once_verifies_and_replies(harness: Harness) -> None:
    tid = _first(harness, "refund_request", "within_cap")
    [event] = await harness.workflow.handle(harness.classified(tid), "live")
    assert isinstance(event, TicketResolved)
    assert event.event_id == derive_event_id(tid, IdStage.RESOLVED)
    assert event.latency_ms == 250.0
    assert event.rule_id == "policy:refund_request"
    assert event.rule_version == harness.workflow.policies["refund_request"].version
    refunds = harness.effects("order.refund")
    assert [r["idempotency_key"] for r in refunds] == [f"{tid}:refund_order"]
    assert event.action is not None
    assert event.action.params["amount"] == float(refunds[0]["payload"]["amount"])
    assert event.action.result["financial_status"] == "refunded"
    [reply] = harness.effects("helpdesk.public_reply")
    assert reply["target"] == tid and reply["payload"]["body"] == event.reply
    assert refunds[0]["payload"]["amount"] in event.reply.replace("$", "")


async def test_same_ticket_twice_refunds_once_and_replies_once(harness: Harness) -> None:
    tid = _first(harness, "refund_request", "within_cap")
    first = await harness.workflow.handle(harness.classified(tid), "live")
    second = await harness.workflow.handle(harness.classified(tid), "live")
    assert [e.model_dump(exclude={"occurred_at"}) for e in first] == [
        e.model_dump(exclude={"occurred_at"}) for e in second
    ]
    assert len(harness.effects("order.refund")) == 1
    assert len(harness.effects("helpdesk.public_reply")) == 1


async def test_restart_without_ledger_still_never_refunds_twice(harness: Harness) -> None:
    tid = _first(harness, "cancellation", "before_fulfilment")
    await harness.workflow.handle(harness.classified(tid), "live")
    harness.workflow.ledger = InMemoryLedger()  # the ledger was lost; external state remains
    [event] = await harness.workflow.handle(harness.classified(tid), "live")
    assert len(harness.effects("order.cancel")) == 1
    assert len(harness.effects("helpdesk.public_reply")) == 1  # same idempotency key
    assert isinstance(event, TicketEscalated)  # the policy now sees a cancelled order
    assert event.reason == "out_of_policy"


async def test_killed_after_acting_keeps_its_decision_and_target(harness: Harness) -> None:
    """Only the decision (made durable before acting) survives a worker killed after the
    effect: the redelivered ticket must not look its target up in the changed order."""
    tid = _first(harness, "order_modification", "remove_in_window")
    [first] = await harness.workflow.handle(harness.classified(tid), "live")
    assert isinstance(first, TicketResolved)
    survivors = InMemoryLedger()
    survivors.entries = {k: v for k, v in harness.workflow.ledger.entries.items()
                         if k.endswith(":decision")}  # fmt: skip
    harness.workflow.ledger = survivors
    [again] = await harness.workflow.handle(harness.classified(tid), "live")
    assert isinstance(again, TicketResolved), again
    assert again.reply == first.reply
    assert len(harness.effects("order.edit")) == 1
    assert len(harness.effects("helpdesk.public_reply")) == 1


async def test_above_cap_refund_is_drafted_for_a_person(harness: Harness) -> None:
    tid = _first(harness, "refund_request", "above_cap")
    [event] = await harness.workflow.handle(harness.classified(tid), "live")
    assert isinstance(event, TicketEscalated)
    assert event.recommended_action == "refund_order"
    amount = event.facts["refund_amount"]
    assert isinstance(amount, float) and amount > 100
    assert f"${amount:,.2f}" in event.draft_reply
    assert any("refund_amount is at most 100" in r for r in event.reasons)
    assert harness.effects() == []


async def test_shadow_posts_an_internal_note_only(harness: Harness) -> None:
    tid = _first(harness, "refund_request", "within_cap")
    [event] = await harness.workflow.handle(harness.classified(tid), "shadow")
    assert isinstance(event, TicketResolved)
    assert (event.outcome, event.mode) == ("drafted", "shadow")
    assert event.action is not None and event.action.verified is False
    assert [e["kind"] for e in harness.effects()] == ["helpdesk.internal_note"]
    assert event.reply in harness.effects()[0]["payload"]["body"]


async def test_paused_drafts_like_shadow(harness: Harness) -> None:
    tid = _first(harness, "wismo", "in_transit")
    [event] = await harness.workflow.handle(harness.classified(tid), "paused")
    assert isinstance(event, TicketResolved)
    assert (event.outcome, event.mode) == ("drafted", "paused")
    assert [e["kind"] for e in harness.effects()] == ["helpdesk.internal_note"]


async def test_off_escalates_with_the_recommendation_and_does_nothing(harness: Harness) -> None:
    tid = _first(harness, "cancellation", "before_fulfilment")
    [event] = await harness.workflow.handle(harness.classified(tid), "off")
    assert isinstance(event, TicketEscalated)
    assert (event.reason, event.recommended_action) == ("autonomy_off", "cancel_order")
    assert "cancelled" in event.draft_reply
    assert harness.effects() == []


async def test_vip_without_opt_in_is_never_automated(harness: Harness) -> None:
    tid = next(
        t
        for t, ticket in harness.tickets.items()
        if ticket.customer.vip
        and not ticket.customer.automation_opt_in
        and harness.labels[t]["scenario"] == "in_transit"
        and harness.labels[t]["category"] == "wismo"
    )
    [event] = await harness.workflow.handle(harness.classified(tid), "live")
    assert isinstance(event, TicketEscalated)
    assert (event.reason, event.customer_vip) == ("vip_customer", True)
    assert harness.effects() == []


async def test_classifier_escalation_is_respected(harness: Harness) -> None:
    tid = _first(harness, "wismo", "in_transit")
    [event] = await harness.workflow.handle(harness.classified(tid, escalate=True), "live")
    assert isinstance(event, TicketEscalated)
    assert event.reason == "classifier_escalated"  # (no reason given: the generic one)
    # nothing acted on, but the order is looked up for the person, with a draft
    assert harness.effects() == []
    assert event.facts["order_found"] is True and event.draft_reply.startswith("Hi ")


async def test_connector_down_escalates_with_the_reason(harness: Harness) -> None:
    harness.commerce.fail_with = ConnectorUnavailable("commerce", "HTTP 503 after 3 attempts")
    tid = _first(harness, "refund_request", "within_cap")
    [event] = await harness.workflow.handle(harness.classified(tid), "live")
    assert isinstance(event, TicketEscalated)
    assert event.reason == "connector_error"
    assert event.reasons == ("commerce: HTTP 503 after 3 attempts",)


async def test_unanswerable_policy_question_reports_a_knowledge_gap(harness: Harness) -> None:
    tid = _first(harness, "policy_question", "kb_unanswered")
    events = await harness.workflow.handle(harness.classified(tid), "live")
    assert [e.type for e in events] == ["ticket.escalated", "kb.gap"]
    gap = events[1]
    assert isinstance(gap, KnowledgeGapFound)
    assert gap.question.endswith("?") and "Hi" not in gap.question.split()[0]


async def test_late_parcel_gets_an_apology_and_a_carrier_check_tag(harness: Harness) -> None:
    tid = _first(harness, "wismo", "late")
    [event] = await harness.workflow.handle(harness.classified(tid), "live")
    assert isinstance(event, TicketResolved)
    assert "sorry" in event.reply
    assert harness.shop.get_ticket(tid)["tags"] == [
        "carrier_check",
        "supportloop_action_apologize_and_check_carrier",
        "supportloop_ai_reply",
    ]
