"""GorgiasHelpdesk's edges: a read-only connector never writes, ids from payloads never become
paths of their own, messages are read page by page up to a bound (then reported incomplete),
and a customer's message is authored by ``customer:<id>``, never by an agent's id."""

from __future__ import annotations

import json

import httpx
import pytest

from supportloop.adapters.connectors import GorgiasHelpdesk, RetryPolicy
from supportloop.adapters.connectors.gorgias import neutral_audit, neutral_ticket
from supportloop.errors import ReadOnlyViolation


def desk(handler: httpx.MockTransport, **kwargs: object) -> GorgiasHelpdesk:
    return GorgiasHelpdesk(
        "https://shop.gorgias.com", transport=handler, retry=RetryPolicy(attempts=1), **kwargs
    )  # type: ignore[arg-type]


async def test_a_read_only_connector_sends_no_write() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        user = {"id": 9, "customer": {"id": 4}}  # serves as the API user and as the ticket
        return httpx.Response(200, json=user)

    connector = desk(httpx.MockTransport(answer), read_only=True)
    for write in (
        connector.public_reply("1", "hi", "k", ["t"]),
        connector.internal_note("1", "note", "k"),
        connector.add_tags("1", ["t"], "k"),
        connector.update_ticket("1", "k", tags=["t"], assignee_id=2),
    ):
        with pytest.raises(ReadOnlyViolation):
            await write
    assert {r.method for r in sent} <= {"GET"}
    await connector.aclose()


async def test_ids_from_payloads_never_become_paths() -> None:
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        return httpx.Response(200, json={"id": 5, "email": "c@example.com"})

    connector = desk(httpx.MockTransport(answer))
    for bad in ("0", "../users/1", "customer:../x", "customer:", "5 6"):
        assert await connector.get_user(bad) is None
    assert await connector.requested_tickets("12") == []  # an agent's id: no customer
    assert await connector.get_group("a/b") is None
    assert sent == []
    customer = await connector.get_user("customer:5")
    assert customer is not None and customer["id"] == "customer:5"
    assert sent == ["/api/customers/5"]
    await connector.aclose()


async def test_messages_are_read_up_to_the_page_bound() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("cursor") or 0)
        message = {"id": page, "created_datetime": f"2026-01-0{page + 1}T00:00:00",
                   "public": True, "channel": "email", "from_agent": True,
                   "sender": {"id": 7}, "body_text": f"m{page}"}  # fmt: skip
        return httpx.Response(200, json={"data": [message], "meta": {"next_cursor": str(page + 1)}})

    connector = desk(httpx.MockTransport(answer))
    audits, complete = await connector.ticket_audits("1", 3)
    assert not complete and [a["events"][0]["body"] for a in audits] == ["m0", "m1", "m2"]
    await connector.aclose()


def test_a_customers_message_is_the_customers_and_a_note_is_never_public() -> None:
    incoming = neutral_audit({"id": 1, "public": True, "from_agent": False, "channel": "email",
                              "sender": {"id": 7}, "body_text": "help"})  # fmt: skip
    assert incoming["author_id"] == "customer:7"
    note = neutral_audit({"id": 2, "public": True, "from_agent": True, "sender": {"id": 7},
                          "channel": "internal-note", "body_html": "x"})  # fmt: skip
    assert (note["author_id"], note["events"][0]["public"]) == ("7", False)
    assert note["events"][0]["body"] == "x"
    ticket = neutral_ticket({"id": 3, "customer": None, "tags": ["plain"], "status": "closed"})
    assert (ticket["requester_id"], ticket["tags"]) == (None, ["plain"])
    assert json.dumps(ticket)  # plain JSON, as the core's documents are
