"""The resolver's workflow, unchanged, on Gorgias: the real GorgiasHelpdesk connector over
HTTP to the demo store's Gorgias emulation (in process), the other ports the harness's fakes.
Replies and notes land as Gorgias messages, a second customer message is a second turn, and a
reply whose record was lost is found among the ticket's messages instead of being sent again
(Gorgias keeps no idempotency keys)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiohttp.test_utils import TestServer
from resolution_harness import REPO, FixedClock, Harness
from test_conversations import ADDRESS, Conversation, _only

from supportloop.adapters.connectors import GorgiasHelpdesk
from supportloop.adapters.connectors.gorgias import basic_auth
from supportloop.core import events as ev
from supportloop.core.knowledge import load_knowledge_base
from supportloop.core.policy import load_policies
from supportloop.core.resolution import InMemoryLedger, ResolutionWorkflow
from supportloop.devtools.demo_data.helpdesk import API_TOKEN, API_USER_ID
from supportloop.devtools.demo_store.server import create_app


@pytest.fixture
async def gorgias(harness: Harness) -> AsyncIterator[GorgiasHelpdesk]:
    """The harness with its helpdesk swapped for Gorgias over HTTP."""
    server = TestServer(create_app(harness.shop))
    await server.start_server()
    desk = GorgiasHelpdesk(
        str(server.make_url("/gorgias")),
        headers=basic_auth("supportloop@fernhill.example", API_TOKEN),
    )
    harness.helpdesk = desk  # type: ignore[assignment]
    harness.workflow = ResolutionWorkflow(
        load_policies(REPO / "policies"),
        harness.commerce,
        desk,
        harness.subscriptions,
        harness.accounts,
        load_knowledge_base(REPO / "knowledge_base"),
        harness.ledger,
        FixedClock(),
        history=desk,
    )
    try:
        yield desk
    finally:
        await desk.aclose()
        await server.close()


async def replies_on(desk: GorgiasHelpdesk, ticket_id: str) -> list[str]:
    audits, _ = await desk.ticket_audits(ticket_id, 3)
    return [
        a["events"][0]["body"]
        for a in audits
        if a["events"][0]["public"] and a["author_id"] == str(API_USER_ID)
    ]


async def test_a_resolved_ticket_is_answered_on_gorgias(
    harness: Harness, gorgias: GorgiasHelpdesk
) -> None:
    tid = str(harness.ticket_ids("wismo", "in_transit")[0])
    [resolved] = await harness.workflow.handle(harness.classified(tid), "live")
    assert isinstance(resolved, ev.TicketResolved) and resolved.reply
    assert await replies_on(gorgias, tid) == [resolved.reply.strip()]
    ticket = await gorgias.get_ticket(tid)
    assert ticket is not None and "supportloop_ai_reply" in ticket["tags"]


async def test_a_lost_reply_record_does_not_send_it_twice(
    harness: Harness, gorgias: GorgiasHelpdesk
) -> None:
    tid = str(harness.ticket_ids("wismo", "in_transit")[0])
    [first] = await harness.workflow.handle(harness.classified(tid), "live")
    harness.workflow.ledger = InMemoryLedger()  # a rebalance: nothing of the first attempt
    [again] = await harness.workflow.handle(harness.classified(tid), "live")
    assert isinstance(again, ev.TicketResolved) and again.reply == first.reply  # type: ignore[union-attr]
    assert len(harness.effects("helpdesk.public_reply")) == 1
    assert len(await replies_on(gorgias, tid)) == 1


async def test_a_draft_note_is_an_internal_note_posted_once(
    harness: Harness, gorgias: GorgiasHelpdesk
) -> None:
    tid = str(harness.ticket_ids("wismo", "in_transit")[0])
    await harness.workflow.handle(harness.classified(tid), "shadow")
    harness.workflow.ledger = InMemoryLedger()
    await harness.workflow.handle(harness.classified(tid), "shadow")
    assert len(harness.effects("helpdesk.internal_note")) == 1
    audits, _ = await gorgias.ticket_audits(tid, 3)
    assert [a["events"][0]["channel"] for a in audits] == ["internal-note"]


async def test_a_second_customer_message_is_a_second_turn(
    harness: Harness, gorgias: GorgiasHelpdesk
) -> None:
    unshipped = harness.ticket_ids("wismo", "unshipped")[0]
    chat = Conversation(harness)
    first = _only(await chat.send(chat.message(unshipped)))
    second = _only(
        await chat.send(chat.message(unshipped, ADDRESS, "m2", category="address_change"))
    )
    assert isinstance(first, ev.TicketResolved) and isinstance(second, ev.TicketResolved)
    assert second.action is not None and second.action.name == "update_shipping_address"
    assert await replies_on(gorgias, unshipped) == [first.reply.strip(), second.reply.strip()]
    history = await gorgias.requested_tickets(
        str((await gorgias.get_ticket(unshipped) or {})["requester_id"])
    )
    assert unshipped in {t["id"] for t in history}
