"""The demo store's helpdesk as Zendesk shapes it: who is asking (bearer tokens, API token,
the demo-only default of the API user), ticket audits authored by that user, the reads that
verify an approval, and an approval verified end to end through the real connector (no
Kafka: default run)."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

import supportloop.adapters.connectors.helpdesk as helpdesk_connector
from supportloop.adapters.approval_check import ApprovalCheck
from supportloop.adapters.connectors import RetryPolicy, ZendeskHelpdesk
from supportloop.core.handoff import (
    ApprovalRefused,
    HandoffSettings,
    PendingApproval,
    VerifiedApproval,
)
from supportloop.devtools.demo_data.helpdesk import (
    AGENT_ANA,
    AGENT_BEN,
    API_TOKEN,
    API_USER_ID,
    FINANCE_CHIOMA,
    FINANCE_GROUP_ID,
    SUPPORT_GROUP_ID,
    SUSPENDED_DAN,
    TOKENS,
    end_user_id,
)
from supportloop.devtools.demo_store import start_demo_store_in_thread

TICKET = "DEMO-0050"
APPROVE = "supportloop_approve"


@pytest.fixture
async def desk(store: str) -> AsyncIterator[ZendeskHelpdesk]:
    helpdesk = ZendeskHelpdesk(store)  # no token: acts as the API user (demo only)
    try:
        yield helpdesk
    finally:
        await helpdesk.aclose()


def bearer(user_id: int) -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKENS[user_id]}"}


def tag(store: str, ticket_id: str, tags: list[str], user_id: int, remove: bool = False) -> int:
    method = "DELETE" if remove else "PUT"
    response = httpx.request(
        method,
        f"{store}/api/v2/tickets/{ticket_id}/tags.json",
        json={"tags": tags},
        headers={**bearer(user_id), "Idempotency-Key": f"t:{ticket_id}:{tags}:{user_id}:{method}"},
    )
    return response.status_code


def fail_helpdesk(store: str) -> None:
    httpx.post(f"{store}/_demo/faults", json={"prefix": "/api/v2", "status": 503, "count": 99})


def pending(ticket_id: str = TICKET, amount: float = 114.0) -> PendingApproval:
    return PendingApproval(
        ticket_id=ticket_id,
        category="refund_request",
        action="refund_order",
        params={"order_id": "1034", "refund_amount": amount, "order_total": amount},
        requested_at=datetime.now(UTC),
    )


def test_who_is_asking(store: str) -> None:
    me = f"{store}/api/v2/users/me.json"
    assert httpx.get(me).json()["user"]["id"] == API_USER_ID  # demo-only default
    assert httpx.get(me, headers=bearer(AGENT_ANA)).json()["user"]["id"] == AGENT_ANA
    basic = base64.b64encode(f"ben@fernhill.example/token:{API_TOKEN}".encode()).decode()
    as_ben = httpx.get(me, headers={"Authorization": f"Basic {basic}"})
    assert as_ben.json()["user"]["id"] == AGENT_BEN
    wrong = base64.b64encode(b"ben@fernhill.example/token:nope").decode()
    assert httpx.get(me, headers={"Authorization": f"Basic {wrong}"}).status_code == 401
    assert httpx.get(me, headers={"Authorization": "Bearer forged"}).status_code == 401
    assert httpx.get(me, headers=bearer(SUSPENDED_DAN)).status_code == 401


def test_every_ticket_change_is_audited_with_its_author(store: str) -> None:
    assert tag(store, TICKET, [APPROVE], AGENT_ANA) == 200
    assert tag(store, TICKET, [APPROVE], AGENT_ANA) == 200  # same key: no second audit
    assert tag(store, TICKET, [APPROVE], AGENT_BEN, remove=True) == 200
    httpx.put(
        f"{store}/api/v2/tickets/{TICKET}.json",
        json={"ticket": {"comment": {"body": "note", "public": False}}},
        headers={"Idempotency-Key": "note-1"},
    )
    audits = httpx.get(f"{store}/api/v2/tickets/{TICKET}/audits.json").json()["audits"]
    assert [a["author_id"] for a in audits] == [AGENT_ANA, AGENT_BEN, API_USER_ID]
    added, removed, note = (a["events"] for a in audits)
    assert added == [
        {"id": added[0]["id"], "type": "Change", "field_name": "tags", "value": [APPROVE],
         "previous_value": []}
    ]  # fmt: skip
    assert (removed[0]["value"], removed[0]["previous_value"]) == ([], [APPROVE])
    assert (note[0]["type"], note[0]["public"], note[0]["author_id"]) == (
        "Comment",
        False,
        API_USER_ID,
    )
    ticket = httpx.get(f"{store}/api/v2/tickets/{TICKET}.json").json()["ticket"]
    assert ticket["requester_id"] == end_user_id(7178)  # its customer, Oliver Santos


def test_an_end_user_may_not_use_the_agent_api(store: str) -> None:
    ticket = httpx.get(f"{store}/api/v2/tickets/{TICKET}.json").json()["ticket"]
    requester = httpx.get(f"{store}/api/v2/users/{ticket['requester_id']}.json").json()["user"]
    assert requester["role"] == "end-user" and requester["id"] == ticket["requester_id"]
    token = base64.b64encode(f"{requester['email']}/token:{API_TOKEN}".encode()).decode()
    response = httpx.put(
        f"{store}/api/v2/tickets/{TICKET}/tags.json",
        json={"tags": [APPROVE]},
        headers={"Authorization": f"Basic {token}"},
    )
    assert response.status_code == 403
    assert httpx.get(f"{store}/api/v2/tickets/{TICKET}/audits.json").json()["audits"] == []


def note(store: str, ticket_id: str, body: str) -> None:
    httpx.put(
        f"{store}/api/v2/tickets/{ticket_id}.json",
        json={"ticket": {"comment": {"body": body, "public": False}}},
        headers={"Idempotency-Key": f"note:{ticket_id}:{body}"},
    )


def get(url: str) -> dict[str, Any]:
    body: dict[str, Any] = httpx.get(url).json()
    return body


async def test_the_connector_pages_audits_and_reads_users_and_groups(
    store: str, desk: ZendeskHelpdesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(5):
        note(store, "T-pages", f"n{n}")
    first = get(f"{store}/api/v2/tickets/T-pages/audits.json?page[size]=2")
    assert (len(first["audits"]), first["meta"]["has_more"]) == (2, True)
    assert first["links"]["next"].endswith("page[size]=2&page[after]=2")
    audits, complete = await desk.ticket_audits("T-pages", max_pages=10)
    assert complete and [a["events"][0]["body"] for a in audits] == [f"n{n}" for n in range(5)]
    monkeypatch.setattr(helpdesk_connector, "PAGE_SIZE", "2")
    assert await desk.ticket_audits("T-pages", max_pages=3) == (audits, True)
    partial, complete = await desk.ticket_audits("T-pages", max_pages=2)
    assert (partial, complete) == (audits[:4], False)
    assert (await desk.current_user() or {}).get("id") == API_USER_ID
    assert (await desk.get_user(str(AGENT_ANA)) or {}).get("role") == "agent"
    assert await desk.get_user("424242") is None
    assert await desk.get_user("../tickets/1") is None
    groups = [m["group_id"] for m in await desk.user_group_memberships(str(FINANCE_CHIOMA))]
    assert groups == [SUPPORT_GROUP_ID, FINANCE_GROUP_ID]
    assert (await desk.get_group(str(FINANCE_GROUP_ID)) or {}).get("name") == "Finance"
    assert await desk.get_group("99") is None


async def test_a_reply_tags_its_ticket_and_a_requesters_tickets_are_listed(
    store: str, desk: ZendeskHelpdesk
) -> None:
    """The reply and its tags in one update (``additional_tags``), recorded as the reply; the
    requester's tickets (List Tickets by requester) carry those tags for the next hand-off."""
    requester = (await desk.get_ticket(TICKET) or {})["requester_id"]
    await desk.public_reply(
        TICKET, "Your parcel is on its way.", "k-reply", ["supportloop_ai_reply"]
    )
    ticket = await desk.get_ticket(TICKET) or {}
    assert "supportloop_ai_reply" in ticket["tags"]
    last = ticket["comments"][-1]
    assert (last["body"], last["public"]) == ("Your parcel is on its way.", True)
    listed = await desk.requested_tickets(str(requester))
    assert TICKET in [t["id"] for t in listed]
    assert all(t["requester_id"] == requester for t in listed)
    assert next(t for t in listed if t["id"] == TICKET)["tags"] == ticket["tags"]
    assert await desk.requested_tickets("424242") == []  # no such user: 404 → nothing
    assert await desk.requested_tickets("../tickets") == []  # never a path of its own
    page = get(f"{store}/api/v2/users/{requester}/tickets/requested.json?page[size]=1")
    assert len(page["tickets"]) == 1


async def test_an_approval_is_verified_through_the_connector(
    store: str, desk: ZendeskHelpdesk
) -> None:
    check = ApprovalCheck(desk)
    refused = await check(pending(), str(AGENT_ANA))
    assert isinstance(refused, ApprovalRefused) and refused.reason == "tag_not_on_ticket"
    await desk.add_tags(TICKET, [APPROVE], "by-the-api-user")
    refused = await check(pending(), str(AGENT_ANA))
    assert isinstance(refused, ApprovalRefused) and refused.reason == "approver_is_bot"
    assert tag(store, TICKET, [APPROVE], API_USER_ID, remove=True) == 200
    assert tag(store, TICKET, [APPROVE], AGENT_ANA) == 200
    verified = await check(pending(), str(AGENT_BEN))
    assert verified == VerifiedApproval(
        str(AGENT_ANA),
        "agent",
        verified.audit_id,
        str(AGENT_BEN),  # type: ignore[union-attr]
    )
    finance = ApprovalCheck(
        desk, HandoffSettings(approval_money_threshold=0, approval_money_groups=("Finance",))
    )
    refused = await finance(pending(), str(AGENT_ANA))
    assert isinstance(refused, ApprovalRefused)
    assert refused.reason == "approver_lacks_role_or_group"
    assert tag(store, TICKET, [APPROVE], FINANCE_CHIOMA, remove=True) == 200
    assert tag(store, TICKET, [APPROVE], FINANCE_CHIOMA) == 200
    verified = await finance(pending(), str(FINANCE_CHIOMA))
    assert isinstance(verified, VerifiedApproval) and verified.user_id == str(FINANCE_CHIOMA)


async def test_a_helpdesk_that_does_not_answer_is_a_refusal(store: str) -> None:
    assert tag(store, TICKET, [APPROVE], AGENT_ANA) == 200
    fail_helpdesk(store)
    desk = ZendeskHelpdesk(store, retry=RetryPolicy(attempts=1))
    try:
        refused = await ApprovalCheck(desk)(pending(), str(AGENT_ANA))
    finally:
        await desk.aclose()
    assert isinstance(refused, ApprovalRefused) and refused.reason == "helpdesk_unavailable"
    assert refused.detail == "the helpdesk could not be read to verify it"


async def test_a_safe_update_never_overwrites_a_concurrent_change(tmp_path: Path) -> None:
    """The demo store refuses a stale ``updated_stamp`` with 409 as Zendesk does; the
    connector re-reads and retries, so both changes survive."""
    url, stop = start_demo_store_in_thread(db_path=tmp_path / "safe.db", strict_idempotency=True)
    try:
        async with httpx.AsyncClient(base_url=url) as client:
            await client.put("/api/v2/tickets/T-77.json", json={"ticket": {"assignee_id": 5}})
            read = (await client.get("/api/v2/tickets/T-77.json")).json()["ticket"]
            await client.put("/api/v2/tickets/T-77.json", json={"ticket": {"assignee_id": 6}})
            note = {"body": "x", "public": False}
            stale = {"ticket": {"comment": note, "assignee_id": 9, "safe_update": True,
                                "updated_stamp": read["updated_at"]}}  # fmt: skip
            refused = await client.put("/api/v2/tickets/T-77.json", json=stale)
            assert refused.status_code == 409 and refused.json()["error"] == "UpdateConflict"
        helpdesk = ZendeskHelpdesk(url)
        await helpdesk.update_ticket(
            "T-77", "T-77:handoff", note="hand-off", tags=["h"], group_id=None
        )
        ticket = await helpdesk.get_ticket("T-77")
        assert ticket is not None and ticket["assignee_id"] == 6 and "h" in ticket["tags"]
        await helpdesk.aclose()
    finally:
        stop()
