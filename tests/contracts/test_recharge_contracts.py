"""Recharge contract fixtures (tests/contracts/recharge/*.json, transcribed from Recharge's
API 2021-11 reference, each naming its pages): the connector sends exactly each fixture's
request, with the version header, and reads the fixture's response; the demo store answers
each fixture's request in the fixture's shape and refuses what Recharge does not have."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from supportloop.adapters.connectors import ConnectorRejected, RechargeSubscriptions, RetryPolicy
from supportloop.devtools.demo_store import start_demo_store_in_thread
from tests.contracts.shapes import contains, fixture_loader, shape

HERE = Path(__file__).parent / "recharge"
FIXTURES = sorted(HERE.glob("*.json"))
VERSION = {"X-Recharge-Version": "2021-11"}
load = fixture_loader(HERE)


def test_every_fixture_names_its_doc_pages_and_version() -> None:
    assert len(FIXTURES) == 10
    for path in FIXTURES:
        fixture = json.loads(path.read_text())
        assert (fixture["vendor"], fixture["api_version"]) == ("recharge", "2021-11"), path.name
        assert fixture["doc"][0].startswith("https://developer.rechargepayments.com/2021-11/")
        assert fixture["request"]["headers"] == VERSION, path.name


# the connector -------------------------------------------------------------------------------
class Vendor:
    """Answers each request with the response of the fixture whose method and path it has."""

    def __init__(self, *names: str) -> None:
        self.fixtures = [load(n) for n in names]
        self.sent: list[httpx.Request] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        for fixture in self.fixtures:
            wanted = fixture["request"]
            if (request.method, request.url.path) == (wanted["method"], wanted["path"]):
                return httpx.Response(200, json=fixture["response"])
        return httpx.Response(404, json={"errors": "Not Found"})

    def connector(self) -> RechargeSubscriptions:
        return RechargeSubscriptions(
            "http://recharge.test",
            transport=httpx.MockTransport(self.handler),
            headers={"X-Recharge-Access-Token": "token"},
            retry=RetryPolicy(attempts=1),
        )

    def check(self) -> None:
        """Exactly the fixtures' requests, in order, each with the version header."""
        assert len(self.sent) == len(self.fixtures), [str(r.url) for r in self.sent]
        for request, fixture in zip(self.sent, self.fixtures, strict=True):
            wanted = fixture["request"]
            assert (request.method, request.url.path) == (wanted["method"], wanted["path"])
            assert dict(request.url.params) == wanted["query"], fixture["operation"]
            body = json.loads(request.content) if request.content else None
            assert body == wanted.get("body"), fixture["operation"]
            assert request.headers["X-Recharge-Version"] == "2021-11"
            assert request.headers["X-Recharge-Access-Token"] == "token"


async def test_a_customers_subscriptions_are_found_by_email() -> None:
    vendor = Vendor("customers_list", "subscriptions_list")
    subs = await vendor.connector().subscriptions_for("elliot.hoffman147@example.co.uk")
    vendor.check()
    assert [(s["id"], s["status"], s["sku"], s["next_charge_scheduled_at"]) for s in subs] == [
        (30001, "active", "FH-COF-SO", "2025-06-18")
    ]


async def test_the_next_page_is_asked_for_with_the_cursor_and_limit_only() -> None:
    first = load("subscriptions_list")["response"]
    pages = [{**first, "next_cursor": "abc"}, {**first, "subscriptions": []}]
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=pages.pop(0))

    recharge = RechargeSubscriptions("http://r.test", transport=httpx.MockTransport(answer))
    found = await recharge._list("/subscriptions", "subscriptions", {"customer_id": "7147"})
    assert len(found) == 1
    assert [dict(r.url.params) for r in sent] == [
        {"customer_id": "7147", "limit": "250"},
        {"cursor": "abc", "limit": "250"},
    ]


async def test_one_subscription_is_read() -> None:
    vendor = Vendor("subscriptions_retrieve")
    sub = await vendor.connector().get_subscription("30001")
    vendor.check()
    assert sub is not None and sub["order_interval_frequency"] == 4


async def test_the_next_charge_moves_with_set_next_charge_date() -> None:
    vendor = Vendor("subscriptions_change_next_charge")
    sub = await vendor.connector().set_next_charge_date("30001", "2025-08-01", "T-1:delay")
    vendor.check()
    assert sub["next_charge_scheduled_at"] == "2025-08-01"


async def test_a_skip_skips_this_subscription_on_its_next_queued_charge() -> None:
    vendor = Vendor("charge_list", "charge_skip")
    charge = await vendor.connector().skip_next("30001", "T-1:skip_next_charge")
    vendor.check()
    assert (charge["id"], charge["status"]) == (3000120250618, "skipped")


async def test_a_swap_names_the_skus_variant_from_the_catalogue() -> None:
    vendor = Vendor("products_list", "plans_list", "subscriptions_update_variant")
    sub = await vendor.connector().swap("30001", "FH-COF-HOUSE", "T-1:swap")
    vendor.check()
    assert sub["sku"] == "FH-COF-HOUSE"


async def test_the_catalogue_marks_what_a_subscription_plan_covers() -> None:
    vendor = Vendor("products_list", "plans_list")
    products = await vendor.connector().products()
    assert products == [
        {"sku": "FH-COF-HOUSE", "title": "House Blend Coffee 1 lb",
         "variant_title": "Default Title", "price": "18.00", "subscribable": True,
         "external_product_id": "7100000007", "external_variant_id": "4300000007"},
    ]  # fmt: skip
    no_plans = load("plans_list")
    no_plans["response"]["plans"][0]["type"] = "onetime"
    vendor.fixtures[1] = no_plans
    assert [p["subscribable"] for p in await vendor.connector().products()] == [False]


async def test_a_frequency_change_sets_the_three_interval_fields_together() -> None:
    vendor = Vendor("subscriptions_update_frequency")
    sub = await vendor.connector().set_frequency("30001", 6, "T-1:frequency")
    vendor.check()
    assert sub["order_interval_frequency"] == 6


async def test_a_pause_is_refused_without_calling_recharge() -> None:
    vendor = Vendor()
    with pytest.raises(ConnectorRejected) as refused:
        await vendor.connector().pause("30001", "T-1:pause")
    assert refused.value.status == 501 and vendor.sent == []


# the demo store ------------------------------------------------------------------------------
@pytest.fixture
def store() -> Iterator[str]:
    url, stop = start_demo_store_in_thread(strict_idempotency=True)
    try:
        yield f"{url}/recharge"
    finally:
        stop()


def _send(store: str, request: dict[str, Any], headers: dict[str, str]) -> httpx.Response:
    return httpx.request(
        request["method"],
        store + request["path"],
        params=request["query"],
        json=request.get("body"),
        headers=headers,
    )


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_the_demo_store_answers_each_fixture_in_its_shape(store: str, path: Path) -> None:
    fixture = json.loads(path.read_text())
    answer = _send(store, fixture["request"], fixture["request"]["headers"])
    assert answer.status_code == 200, answer.text
    contains(shape(answer.json()), shape(fixture["response"]))
    without = _send(store, fixture["request"], {})
    assert without.status_code == 400, without.text  # the version is required


def test_the_demo_store_skip_moves_the_next_charge_and_lists_the_skipped_one(store: str) -> None:
    skip = load("charge_skip")["request"]
    assert _send(store, skip, VERSION).status_code == 200
    assert _send(store, skip, VERSION).status_code == 404  # that charge is no longer queued
    sub = httpx.get(f"{store}/subscriptions/30001", headers=VERSION).json()["subscription"]
    assert sub["next_charge_scheduled_at"] == "2025-07-16"  # four weeks on
    charges = httpx.get(f"{store}/charges", params={"purchase_item_id": "30001"}, headers=VERSION)
    assert [(c["scheduled_at"], c["status"]) for c in charges.json()["charges"]] == [
        ("2025-06-18", "skipped"), ("2025-07-16", "queued")]  # fmt: skip


@pytest.mark.parametrize(
    ("method", "path", "query", "body", "status"),
    [
        ("GET", "/subscriptions", {"email": "elliot.hoffman147@example.co.uk"}, None, 422),
        ("POST", "/subscriptions/30001/pause", {}, {}, 404),
        ("POST", "/subscriptions/30001/skip", {}, {}, 404),
        ("PUT", "/subscriptions/30001", {}, {"sku": "FH-COF-HOUSE"}, 422),
        ("PUT", "/subscriptions/30001", {}, {"order_interval_frequency": 6}, 422),
        ("POST", "/charges/3000120250618/skip", {}, {}, 422),
        ("GET", "/subscriptions", {"cursor": "1", "customer_id": "7147"}, None, 422),
    ],
)
def test_the_demo_store_refuses_what_recharge_does_not_have(
    store: str, method: str, path: str, query: dict[str, str], body: Any, status: int
) -> None:
    request = {"method": method, "path": path, "query": query, "body": body}
    assert _send(store, request, VERSION).status_code == status
