"""A reply already on the ticket (the ledger lost its record: a crash between sending and
recording) is not sent again: the helpdesk's audit trail is the state checked."""

from __future__ import annotations

from resolution_harness import Harness

from supportloop.core.audit_comments import replied_this_turn
from supportloop.core.events import TicketResolved
from supportloop.core.resolution import InMemoryLedger


async def test_a_reply_on_the_ticket_is_not_sent_again_when_the_ledger_lost_it(
    harness: Harness,
) -> None:
    harness.shop.strict_idempotency = True  # the helpdesk absorbs no repeated key
    tid = str(harness.ticket_ids("wismo", "in_transit")[0])
    [first] = await harness.workflow.handle(harness.classified(tid), "live")
    assert isinstance(first, TicketResolved)
    decision = await harness.workflow.ledger.get(f"{tid}:decision")
    assert decision is not None  # durable: persisted before acting
    harness.workflow.ledger = InMemoryLedger()  # the reply's record was lost in a crash
    await harness.workflow.ledger.record(f"{tid}:decision", decision)
    [again] = await harness.workflow.handle(harness.classified(tid), "live")
    assert isinstance(again, TicketResolved) and again.reply == first.reply
    assert len(harness.effects("helpdesk.public_reply")) == 1


async def test_a_reply_sent_by_a_previous_owner_is_not_sent_again(harness: Harness) -> None:
    """A rebalance: the partition's new owner has neither the reply's record nor the
    decision (its ledger never reached the changelog), decides afresh and finds the reply
    already on the ticket."""
    harness.shop.strict_idempotency = True
    tid = str(harness.ticket_ids("wismo", "in_transit")[0])
    [first] = await harness.workflow.handle(harness.classified(tid), "live")
    assert isinstance(first, TicketResolved)
    harness.workflow.ledger = InMemoryLedger()  # nothing at all of the first attempt
    [again] = await harness.workflow.handle(harness.classified(tid), "live")
    assert isinstance(again, TicketResolved) and again.reply == first.reply
    assert "audits" in harness.helpdesk.reads
    assert len(harness.effects("helpdesk.public_reply")) == 1


def test_the_same_answer_to_a_new_message_is_a_new_reply() -> None:
    """Only what follows the customer's latest message counts: a customer who asks the same
    thing twice gets the same answer twice."""
    answer = "Order #1001 is on its way."

    def comment(body: str) -> dict[str, object]:
        return {"events": [{"type": "Comment", "public": True, "body": body}]}

    asked = [comment("Where is my order?")]
    answered = [*asked, comment(answer)]
    asked_again = [*answered, comment("Where is it now?")]
    assert not replied_this_turn(asked, answer)
    assert replied_this_turn(answered, answer)
    assert not replied_this_turn(asked_again, answer)
    assert replied_this_turn([*asked_again, comment(answer + "\n")], answer)
    internal = {"events": [{"type": "Comment", "public": False, "body": "a note"}]}
    assert replied_this_turn([*answered, internal], answer)  # notes are not messages


async def test_a_draft_note_on_the_ticket_is_not_posted_again(harness: Harness) -> None:
    harness.shop.strict_idempotency = True
    tid = str(harness.ticket_ids("wismo", "in_transit")[0])
    await harness.workflow.handle(harness.classified(tid), "shadow")
    harness.workflow.ledger = InMemoryLedger()  # the note's record was lost in a crash
    await harness.workflow.handle(harness.classified(tid), "shadow")
    assert len(harness.effects("helpdesk.internal_note")) == 1
