"""Gorgias contract fixtures (tests/contracts/gorgias/*.json, transcribed from
developers.gorgias.com): the connector sends the fixture's request and reads the fixture's
response; the demo store's Gorgias emulation answers the fixture's request in the fixture's
shape."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from supportloop.adapters.connectors import GorgiasHelpdesk, RetryPolicy
from supportloop.adapters.connectors.gorgias import basic_auth
from supportloop.devtools.demo_data.helpdesk import (
    API_TOKEN,
    API_USER_ID,
    FINANCE_GROUP_ID,
)
from supportloop.devtools.demo_store import start_demo_store_in_thread
from tests.contracts.shapes import contains, fixture_loader, shape

HERE = Path(__file__).parent / "gorgias"
FIXTURES = sorted(HERE.glob("*.json"))
TICKET, CUSTOMER = 123, 3924  # the fixtures' example ids
DEMO_TICKET = "DEMO-0050"
DEMO_AUTH = basic_auth("supportloop@fernhill.example", API_TOKEN)
load = fixture_loader(HERE)


def test_every_fixture_names_its_doc_pages() -> None:
    assert len(FIXTURES) >= 10
    for path in FIXTURES:
        fixture = json.loads(path.read_text())
        assert fixture["vendor"] == "gorgias" and fixture["operation"] == path.stem
        assert fixture["doc"] and all(
            url.startswith("https://developers.gorgias.com/") for url in fixture["doc"]
        ), path.name


# the connector ---------------------------------------------------------------------------
class Vendor:
    """Gorgias as the fixtures describe it: each request answered with its fixture's
    response; every request kept."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.throttle = 0  # how many requests to answer 429 first
        self.waits: list[float] = []  # what the connector slept before retrying

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.throttle:
            self.throttle -= 1
            throttled = load("throttled")["response"]
            return httpx.Response(429, headers=throttled["headers"], json=throttled["json"])
        method, path = request.method, request.url.path
        routes = {
            ("GET", f"/api/tickets/{TICKET}"): "retrieve-ticket",
            ("GET", f"/api/tickets/{TICKET}/messages"): "list-ticket-messages",
            ("POST", f"/api/tickets/{TICKET}/tags"): "add-ticket-tags",
            ("PUT", f"/api/tickets/{TICKET}"): "update-ticket-assignee",
            ("GET", "/api/tickets"): "list-tickets-by-customer",
            ("GET", "/api/users/0"): "retrieve-current-user",
            ("GET", f"/api/customers/{CUSTOMER}"): "retrieve-customer",
        }
        if (method, path) == ("POST", f"/api/tickets/{TICKET}/messages"):
            note = json.loads(request.content)["channel"] == "internal-note"
            name = "create-message-internal-note" if note else "create-message-reply"
        else:
            name = routes[(method, path)]
        response = load(name)["response"]
        if response["json"] is None:
            return httpx.Response(response["status"] or 200)
        return httpx.Response(response["status"] or 200, json=response["json"])

    def sent(self, name: str) -> httpx.Request:
        """The one request the connector sent for this fixture's operation."""
        request = load(name)["request"]
        path = request["path"].format(ticket_id=TICKET, customer_id=CUSTOMER)
        found = [r for r in self.requests if (r.method, r.url.path) == (request["method"], path)]
        if "json" in request:
            found = [r for r in found if shape(json.loads(r.content)) == shape(request["json"])]
        assert len(found) == 1, f"{name}: {len(found)} matching requests"
        return found[0]


@pytest.fixture
def vendor() -> Vendor:
    return Vendor()


async def call(vendor: Vendor, act: Callable[[GorgiasHelpdesk], Awaitable[Any]]) -> Any:
    async def no_wait(seconds: float) -> None:
        vendor.waits.append(seconds)

    desk = GorgiasHelpdesk(
        "https://fernhill.gorgias.com",
        transport=httpx.MockTransport(vendor.answer),
        retry=RetryPolicy(attempts=3, backoff_s=0.0, max_backoff_s=60.0),
        sleep=no_wait,
    )
    try:
        return await act(desk)
    finally:
        await desk.aclose()


def assert_body(vendor: Vendor, name: str) -> None:
    expected = load(name)["request"]["json"]
    actual = json.loads(vendor.sent(name).content)
    assert {k: actual[k] for k in expected} == expected, name


async def test_the_reply_is_the_documented_outgoing_message(vendor: Vendor) -> None:
    text = "Your parcel left today."
    created = await call(vendor, lambda d: d.public_reply(str(TICKET), text, "k", ["billing"]))
    assert_body(vendor, "create-message-reply")
    assert created["from_agent"] is True
    assert json.loads(vendor.sent("add-ticket-tags").content) == {"names": ["billing"]}


async def test_the_note_is_the_documented_internal_note(vendor: Vendor) -> None:
    await call(vendor, lambda d: d.internal_note(str(TICKET), "Checked the carrier.", "k"))
    assert_body(vendor, "create-message-internal-note")


async def test_tags_and_assignment_are_the_documented_requests(vendor: Vendor) -> None:
    updated = await call(
        vendor,
        lambda d: d.update_ticket(
            str(TICKET), "k", tags=["refund", "billing"], assignee_id=3925, group_id=2
        ),
    )
    assert_body(vendor, "add-ticket-tags")
    assert_body(vendor, "update-ticket-assignee")
    assert (updated["assignee_id"], updated["group_id"], updated["tags"]) == (3925, 2, ["urgent"])


async def test_the_documented_reads_become_neutral_documents(vendor: Vendor) -> None:
    ticket = await call(vendor, lambda d: d.get_ticket(str(TICKET)))
    assert ticket == {
        "id": TICKET, "status": "open", "subject": "Where is my order?",
        "requester_id": f"customer:{CUSTOMER}", "tags": ["urgent"], "assignee_id": 3925,
        "group_id": 2, "created_at": "2019-11-16T15:59:41.966927",
        "updated_at": "2019-11-16T16:01:02.123456", "via": {"channel": "email"},
    }  # fmt: skip
    audits, complete = await call(vendor, lambda d: d.ticket_audits(str(TICKET), 2))
    assert complete and audits[0]["author_id"] == "3925"
    assert audits[0]["events"][0]["body"] == "Your parcel left today."
    query = load("list-ticket-messages")["request"]["query"]
    assert dict(vendor.sent("list-ticket-messages").url.params) == query
    customer = await call(vendor, lambda d: d.get_user(f"customer:{CUSTOMER}"))
    assert (customer["email"], customer["role"]) == ("john@example.com", "end-user")
    me = await call(vendor, lambda d: d.current_user())
    assert (me["id"], me["role"], me["active"]) == (3925, "agent", True)
    tickets = await call(vendor, lambda d: d.requested_tickets(f"customer:{CUSTOMER}"))
    assert [t["status"] for t in tickets] == ["closed"]
    query = load("list-tickets-by-customer")["request"]["query"]
    assert dict(vendor.sent("list-tickets-by-customer").url.params) == query


async def test_a_throttled_request_waits_the_documented_retry_after(vendor: Vendor) -> None:
    vendor.throttle = 1
    ticket = await call(vendor, lambda d: d.get_ticket(str(TICKET)))
    assert ticket is not None
    assert vendor.waits == [5.0]


# the demo store --------------------------------------------------------------------------
DEMO_IDS = {3925: API_USER_ID, 2: FINANCE_GROUP_ID}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    db = tmp_path_factory.mktemp("gorgias-contracts") / "store.db"
    url, stop = start_demo_store_in_thread(db_path=db, strict_idempotency=True)
    try:
        with httpx.Client(base_url=f"{url}/gorgias", headers=DEMO_AUTH) as client:
            yield client
    finally:
        stop()


def demo_customer(demo: httpx.Client) -> int:
    return int(demo.get(f"/api/tickets/{DEMO_TICKET}").json()["customer"]["id"])


def with_ids(value: Any, ids: dict[Any, Any]) -> Any:
    """``value`` with every ``id`` found in ``ids`` replaced by its counterpart."""
    if isinstance(value, dict):
        return {
            k: ids.get(v, v) if k in ("id", "ticket_id") else with_ids(v, ids)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [with_ids(item, ids) for item in value]
    return value


def demo_request(demo: httpx.Client, name: str) -> httpx.Response:
    """The fixture's request with the demo's ids in place of the example's."""
    request = load(name)["request"]
    customer = demo_customer(demo)
    path = request["path"].format(ticket_id=DEMO_TICKET, customer_id=customer)
    body = with_ids(request.get("json"), {**DEMO_IDS, CUSTOMER: customer})
    query = dict(request.get("query") or {})
    if "customer_id" in query:
        query["customer_id"] = str(customer)
    return demo.request(request["method"], path, json=body, params=query)


# writes first, so the reads have every field to show
DEMO_ORDER = [
    "add-ticket-tags",
    "update-ticket-assignee",
    "create-message-reply",
    "create-message-internal-note",
    "retrieve-ticket",
    "list-ticket-messages",
    "list-tickets-by-customer",
    "retrieve-current-user",
    "retrieve-customer",
]


def test_the_demo_order_covers_every_fixture() -> None:
    assert sorted([*DEMO_ORDER, "throttled"]) == sorted(p.stem for p in FIXTURES)


@pytest.mark.parametrize("name", DEMO_ORDER)
def test_the_demo_store_answers_in_the_documented_shape(demo: httpx.Client, name: str) -> None:
    expected = load(name)["response"]
    response = demo_request(demo, name)
    if expected["status"] is not None:
        assert response.status_code == expected["status"], response.text
    else:
        assert response.is_success, response.text
    if expected["json"] is None:
        assert not response.content
    else:
        # the demo's tickets keep the pipeline's ids (DEMO-0050) where Gorgias's are integers
        answer = with_ids(response.json(), {DEMO_TICKET: TICKET})
        contains(shape(answer), shape(expected["json"]))


def test_the_demo_store_throttles_with_retry_after(demo: httpx.Client) -> None:
    throttled = load("throttled")["response"]
    fault = {"prefix": "/gorgias/api", "status": 429, "count": 1, "retry_after": 5}
    httpx.post(f"{str(demo.base_url).removesuffix('/gorgias/')}/_demo/faults", json=fault)
    response = demo.get(f"/api/tickets/{DEMO_TICKET}")
    assert response.status_code == throttled["status"]
    assert response.headers["Retry-After"] == throttled["headers"]["Retry-After"]


def test_the_demo_store_refuses_a_request_without_basic_auth(demo: httpx.Client) -> None:
    response = httpx.get(f"{demo.base_url}api/tickets/{DEMO_TICKET}")
    assert response.status_code == 401
