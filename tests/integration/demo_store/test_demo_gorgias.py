"""The Gorgias connector against the demo store's Gorgias emulation over HTTP: a public reply
and an internal note read back as neutral audits, tags, the assignee and team, the
customer's tickets, Basic auth required, a 429's Retry-After honoured, and no deduplication of
a repeated reply (Gorgias keeps no idempotency keys). No Kafka: default run."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from services.escalator.handler import HandOff
from supportloop.adapters.approval_check import ApprovalCheck
from supportloop.adapters.connectors import GorgiasHelpdesk, RetryPolicy
from supportloop.adapters.connectors.gorgias import basic_auth
from supportloop.core.audit_comments import has_comment, has_marked_comment, replied_this_turn
from supportloop.core.handoff import (
    ApprovalRefused,
    Assignment,
    HandoffSettings,
    PendingApproval,
)
from supportloop.devtools.demo_data.helpdesk import (
    AGENT_BEN,
    API_TOKEN,
    API_USER_ID,
    FINANCE_GROUP_ID,
)
from supportloop.devtools.demo_store import start_demo_store_in_thread
from supportloop.devtools.demo_store.gorgias_api import LIMIT_HEADER, RateLimit
from supportloop.errors import ConnectorRejected
from tests.unit.autonomy.autonomy_events import at, escalated

TICKET = "DEMO-0050"
API_USER_EMAIL = "supportloop@fernhill.example"


def connector(store: str, **kwargs: object) -> GorgiasHelpdesk:
    return GorgiasHelpdesk(
        f"{store}/gorgias", headers=basic_auth(API_USER_EMAIL, API_TOKEN), **kwargs
    )  # type: ignore[arg-type]


@pytest.fixture
async def desk(store: str) -> AsyncIterator[GorgiasHelpdesk]:
    helpdesk = connector(store)
    try:
        yield helpdesk
    finally:
        await helpdesk.aclose()


def inject(store: str, prefix: str, status: int, **extra: object) -> None:
    httpx.post(f"{store}/_demo/faults", json={"prefix": prefix, "status": status, **extra})


def first_page(store: str, limit: int) -> dict[str, object]:
    response = httpx.get(
        f"{store}/gorgias/api/tickets/{TICKET}/messages",
        params={"limit": str(limit)},
        headers=basic_auth(API_USER_EMAIL, API_TOKEN),
    )
    return dict(response.json())


def limited_request(store: str) -> httpx.Response:
    return httpx.get(
        f"{store}/gorgias/api/tickets/{TICKET}", headers=basic_auth(API_USER_EMAIL, API_TOKEN)
    )


def side_effects(store: str, kind: str) -> list[dict[str, object]]:
    effects = httpx.get(f"{store}/_demo/side-effects").json()["side_effects"]
    return [e for e in effects if e["kind"] == kind and e["target"] == TICKET]


async def test_reply_and_note_read_back_as_audits(store: str, desk: GorgiasHelpdesk) -> None:
    ticket = await desk.get_ticket(TICKET)
    assert ticket is not None and ticket["status"] == "open"
    requester = ticket["requester_id"]
    assert isinstance(requester, str) and requester.startswith("customer:")

    await desk.public_reply(TICKET, "Your parcel left today.", f"{TICKET}:t1", ["ai_replied"])
    await desk.internal_note(TICKET, "checked the carrier", f"{TICKET}:note")
    audits, complete = await desk.ticket_audits(TICKET, 3)

    assert complete and len(audits) == 2
    reply, note = (audit["events"][0] for audit in audits)
    assert reply == {
        "id": reply["id"], "type": "Comment", "author_id": str(API_USER_ID),
        "body": "Your parcel left today.", "public": True, "channel": "email",
    }  # fmt: skip
    assert note["public"] is False and note["channel"] == "internal-note"
    assert replied_this_turn(audits, "Your parcel left today.")
    assert has_comment(audits, "checked the carrier", public=False)
    after = await desk.get_ticket(TICKET)
    assert after is not None and "ai_replied" in after["tags"] and after["status"] == "closed"


async def test_a_repeated_reply_is_not_deduplicated(store: str, desk: GorgiasHelpdesk) -> None:
    for _ in range(2):
        await desk.public_reply(TICKET, "Same words.", f"{TICKET}:same")
    audits, _ = await desk.ticket_audits(TICKET, 3)
    assert [a["events"][0]["body"] for a in audits] == ["Same words.", "Same words."]
    assert len(side_effects(store, "helpdesk.public_reply")) == 2


async def test_hand_off_update_sets_tags_team_assignee_and_note(
    store: str, desk: GorgiasHelpdesk
) -> None:
    updated = await desk.update_ticket(
        TICKET,
        f"{TICKET}:handoff",
        note="hand-off note",
        tags=["supportloop_handoff"],
        assignee_id=AGENT_BEN,
        group_id=FINANCE_GROUP_ID,
    )
    assert updated["assignee_id"] == AGENT_BEN and updated["group_id"] == FINANCE_GROUP_ID
    ticket = await desk.get_ticket(TICKET)
    assert ticket is not None and "supportloop_handoff" in ticket["tags"]
    assert (ticket["assignee_id"], ticket["group_id"]) == (AGENT_BEN, FINANCE_GROUP_ID)
    audits, _ = await desk.ticket_audits(TICKET, 3)
    assert has_comment(audits, "hand-off note", public=False)
    assert await desk.get_group(str(FINANCE_GROUP_ID)) == {
        "id": FINANCE_GROUP_ID, "name": "Finance", "deleted": False,
    }  # fmt: skip


async def test_people_and_the_customers_tickets(desk: GorgiasHelpdesk) -> None:
    me = await desk.current_user()
    assert me is not None and me["id"] == API_USER_ID and me["role"] == "agent"
    ticket = await desk.get_ticket(TICKET)
    assert ticket is not None
    customer = await desk.get_user(ticket["requester_id"])
    assert customer is not None and customer["role"] == "end-user" and "@" in customer["email"]
    agent = await desk.get_user(str(AGENT_BEN))
    assert agent is not None and agent["name"] == "Ben Okafor"
    assert await desk.get_user("0") is None  # never the API user by a payload's id
    tickets = await desk.requested_tickets(ticket["requester_id"])
    assert TICKET in {t["id"] for t in tickets}
    assert all(t["requester_id"] == ticket["requester_id"] for t in tickets)
    assert await desk.requested_tickets("12345") == []  # an agent id is no customer


async def test_messages_are_read_page_by_page(store: str, desk: GorgiasHelpdesk) -> None:
    for n in range(3):
        await desk.internal_note(TICKET, f"note {n}", f"k{n}")
    page = first_page(store, 2)
    assert len(page["data"]) == 2 and page["meta"]["next_cursor"]  # type: ignore[arg-type,index]
    audits, complete = await desk.ticket_audits(TICKET, 1)
    assert complete and [a["events"][0]["body"] for a in audits] == ["note 0", "note 1", "note 2"]


async def test_basic_auth_is_required(store: str) -> None:
    anonymous = GorgiasHelpdesk(f"{store}/gorgias")
    wrong = GorgiasHelpdesk(f"{store}/gorgias", headers=basic_auth(API_USER_EMAIL, "nope"))
    try:
        for desk in (anonymous, wrong):
            with pytest.raises(ConnectorRejected) as refused:
                await desk.get_ticket(TICKET)
            assert refused.value.status == 401
    finally:
        await anonymous.aclose()
        await wrong.aclose()


async def test_a_429_is_retried_after_retry_after(store: str) -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    inject(store, "/gorgias/api", 429, count=1, retry_after=3)
    desk = connector(store, retry=RetryPolicy(attempts=3, backoff_s=0.0), sleep=sleep)
    try:
        await desk.internal_note(TICKET, "after the limit", "k")
    finally:
        await desk.aclose()
    assert waits == [3.0]
    assert len(side_effects(store, "helpdesk.internal_note")) == 1


async def test_a_reply_that_may_have_been_sent_is_not_sent_again(store: str) -> None:
    inject(store, f"/gorgias/api/tickets/{TICKET}/messages", 502, count=1)
    desk = connector(store, retry=RetryPolicy(attempts=3, backoff_s=0.0))
    try:
        with pytest.raises(Exception, match="outcome unknown"):
            await desk.internal_note(TICKET, "once", "k")
    finally:
        await desk.aclose()


async def test_the_escalators_hand_off_unchanged_on_gorgias(
    store: str, desk: GorgiasHelpdesk
) -> None:
    """The escalator's HandOff, as is: tags, assignee and the marked note reach Gorgias once;
    a redelivered escalation finds the note among the messages and sends nothing again."""
    settings = HandoffSettings.model_validate(
        {"assignments": {"tier3_approval": Assignment(assignee_id=AGENT_BEN)}}
    )
    handler = HandOff(desk, settings, clock=lambda: at(0, minutes=2))
    escalation = escalated(
        TICKET, "refund_request", at(0), draft="Refund of $250.00 on its way.",
        facts={"order_id": "1001", "refund_amount": 250.0},
        reasons=("refund_amount is at most 100 (actual: 250.0)",),
    )  # fmt: skip
    await handler(escalation)
    await handler(escalation)
    ticket = await desk.get_ticket(TICKET)
    assert ticket is not None and ticket["assignee_id"] == AGENT_BEN
    assert "supportloop_handoff" in ticket["tags"]
    audits, _ = await desk.ticket_audits(TICKET, 3)
    assert [a["events"][0]["public"] for a in audits] == [False]
    assert has_marked_comment(audits, f"{escalation.turn}:handoff", public=False)
    assert len(side_effects(store, "helpdesk.internal_note")) == 1


async def test_an_approval_cannot_be_verified_on_gorgias_and_is_refused(
    desk: GorgiasHelpdesk,
) -> None:
    """Gorgias's messages carry no tag changes: an approve tag an agent added has no author
    to check, so the approval is refused (fail closed), never executed unverified."""
    ben = GorgiasHelpdesk(
        str(desk._client.base_url), headers=basic_auth("ben@fernhill.example", API_TOKEN)
    )
    try:
        await ben.add_tags(TICKET, ["supportloop_approve"], "approve")
    finally:
        await ben.aclose()
    pending = PendingApproval(
        ticket_id=TICKET, category="refund_request", action="refund_order",
        params={"order_id": "1034", "refund_amount": 20.0, "order_total": 20.0},
        requested_at=datetime.now(UTC),
    )  # fmt: skip
    refused = await ApprovalCheck(desk)(pending, str(AGENT_BEN))
    assert isinstance(refused, ApprovalRefused) and refused.reason == "approval_not_audited"


class Clock:
    """The rate limit's clock, moved by the connector's sleeps (one process)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


async def test_the_leaky_bucket_answers_429_and_the_connector_waits_it_out(
    tmp_path: Path,
) -> None:
    clock = Clock()
    bucket = RateLimit(capacity=4, window_s=2.0, clock=clock)  # drains 2 per second
    url, stop = start_demo_store_in_thread(
        db_path=tmp_path / "limited.db", strict_idempotency=True, gorgias_rate_limit=bucket
    )
    desk = connector(url, retry=RetryPolicy(attempts=3, backoff_s=0.0), sleep=clock.sleep)
    try:
        for _ in range(4):
            assert await desk.get_ticket(TICKET) is not None
        throttled = limited_request(url)
        assert throttled.status_code == 429
        assert throttled.headers["Retry-After"] == "1"
        assert throttled.headers[LIMIT_HEADER] == "4/4"
        started = clock.now
        await desk.internal_note(TICKET, "after the wait", "k")  # GET users/0, then POST
        assert clock.now - started >= 1.0  # it waited Retry-After, then went through
    finally:
        await desk.aclose()
        stop()
