"""A reply already on the ticket (the ledger lost its record: a crash between sending and
recording) is not sent again: the helpdesk's audit trail is the state checked."""

from __future__ import annotations

from resolution_harness import Harness

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


async def test_a_first_delivery_replies_without_reading_the_audits(harness: Harness) -> None:
    tid = str(harness.ticket_ids("wismo", "in_transit")[0])
    [first] = await harness.workflow.handle(harness.classified(tid), "live")
    assert isinstance(first, TicketResolved)
    assert "audits" not in harness.helpdesk.reads
    assert len(harness.effects("helpdesk.public_reply")) == 1


async def test_a_draft_note_on_the_ticket_is_not_posted_again(harness: Harness) -> None:
    harness.shop.strict_idempotency = True
    tid = str(harness.ticket_ids("wismo", "in_transit")[0])
    await harness.workflow.handle(harness.classified(tid), "shadow")
    harness.workflow.ledger = InMemoryLedger()  # the note's record was lost in a crash
    await harness.workflow.handle(harness.classified(tid), "shadow")
    assert len(harness.effects("helpdesk.internal_note")) == 1
