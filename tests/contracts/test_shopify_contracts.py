"""Shopify contract fixtures (tests/contracts/shopify/*.json, transcribed from shopify.dev):
the connector sends exactly the fixture's request and reads the fixture's response; the demo
store answers the fixture's request in the fixture's shape; the fixture's variables are valid
for the connector's document on Shopify's schema."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from graphql import OperationDefinitionNode, parse
from graphql.execution.values import get_variable_values

from supportloop.adapters.connectors import RetryPolicy, ShopifyCommerce
from supportloop.adapters.connectors.shopify import document
from supportloop.devtools.demo_store.shop import DemoShop
from supportloop.devtools.demo_store.shopify_graphql import (
    ShopifyGraphQL,
    admin_schema,
    order_node,
)
from tests.contracts.shapes import contains, fixture_loader, shape

HERE = Path(__file__).parent / "shopify"
REPO = Path(__file__).resolve().parents[2]
SEED = json.loads((REPO / "data/demo/store_seed.json").read_text())
FIXTURES = sorted(HERE.glob("*.json"))
load = fixture_loader(HERE)


def test_every_fixture_names_its_doc_pages_and_version() -> None:
    assert len(FIXTURES) >= 4
    for path in FIXTURES:
        fixture = json.loads(path.read_text())
        assert fixture["vendor"] == "shopify" and fixture["api_version"] == "2026-10"
        assert all(url.startswith("https://shopify.dev/") for url in fixture["doc"]), path.name


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_fixture_variables_are_valid_for_the_connectors_document(path: Path) -> None:
    fixture = json.loads(path.read_text())
    parsed = parse(document(fixture["operation"]))
    [operation] = [d for d in parsed.definitions if isinstance(d, OperationDefinitionNode)]
    coerced = get_variable_values(
        admin_schema(fixture["api_version"]),
        operation.variable_definitions or (),
        fixture["request"]["variables"],
    )
    assert isinstance(coerced, dict), [e.message for e in coerced]
    if fixture["request"].get("directive"):
        assert f"@{fixture['request']['directive']}(" in document(fixture["operation"])


class Recorder:
    def __init__(self, answers: list[dict[str, Any]]) -> None:
        self.answers = answers
        self.sent: list[tuple[str, dict[str, Any]]] = []
        self.sleeps: list[float] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        name = parse(body["query"]).definitions[0].name.value  # type: ignore[attr-defined]
        self.sent.append((name, body["variables"]))
        return httpx.Response(200, json=self.answers.pop(0))

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def connector(self) -> ShopifyCommerce:
        return ShopifyCommerce(
            "http://shop.test",
            transport=httpx.MockTransport(self.handler),
            retry=RetryPolicy(attempts=1),
            sleep=self.sleep,
            cancel_checks=1,
        )


def _order(order_id: int) -> dict[str, Any]:
    node = order_node(next(o for o in SEED["orders"] if o["id"] == order_id))
    return {"data": {"orders": {"nodes": [node]}}}


def _sent(recorder: Recorder, operation: str) -> dict[str, Any]:
    return next(v for name, v in recorder.sent if name == operation)


def _without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


async def test_the_connector_sends_the_refund_fixture_and_reads_its_answer() -> None:
    fixture = load("refundCreate")
    recorder = Recorder([_order(1003), fixture["response"]])
    result = await recorder.connector().refund_order("1003", "5.00", "T-1:refund_order")
    assert _sent(recorder, "refundCreate") == fixture["request"]["variables"]
    assert result["refund"] == {"id": "gid://shopify/Refund/1003001", "amount": "5.00"}


async def test_the_connector_sends_the_cancel_fixture_and_reads_its_answer() -> None:
    fixture = load("orderCancel")
    recorder = Recorder([_order(1001), fixture["response"], _order(1001)["data"] and {
        "data": {"order": _order(1001)["data"]["orders"]["nodes"][0]}}])  # fmt: skip
    await recorder.connector().cancel_order("1001", "T-1:cancel_order")
    assert _sent(recorder, "orderCancel") == fixture["request"]["variables"]


async def test_the_connector_sends_the_address_fixture() -> None:
    fixture = load("orderUpdate")
    recorder = Recorder([_order(1001), fixture["response"]])
    address = {"address1": "1 New Street", "city": "Boston", "province_code": "MA", "zip": "02101"}
    await recorder.connector().update_shipping_address("1001", address, "T-1:address")
    assert _without_nulls(_sent(recorder, "orderUpdate")) == fixture["request"]["variables"]


async def test_the_connector_waits_out_the_throttled_fixture() -> None:
    fixture = load("throttled")
    recorder = Recorder([fixture["response"], _order(1001)])
    assert await recorder.connector().get_order("1001") is not None
    cost = fixture["response"]["extensions"]["cost"]
    status = cost["throttleStatus"]
    wanted = (cost["requestedQueryCost"] - status["currentlyAvailable"]) / status["restoreRate"]
    assert recorder.sleeps == [pytest.approx(wanted)]


@pytest.fixture
def shop() -> Iterator[DemoShop]:
    demo = DemoShop(":memory:", SEED, strict_idempotency=True)
    yield demo
    demo.close()


@pytest.mark.parametrize("name", ["refundCreate", "orderCancel", "orderUpdate"])
def test_the_demo_store_answers_each_fixture_in_its_shape(shop: DemoShop, name: str) -> None:
    fixture = load(name)
    api = ShopifyGraphQL(shop, strict_idempotency=True)
    body = {"query": document(name), "variables": fixture["request"]["variables"]}
    status, answer = api.handle(fixture["api_version"], body, None, "T-1:key")
    assert status == 200
    assert "errors" not in answer, answer.get("errors")
    contains(shape(answer), shape(fixture["response"]))


def test_the_demo_store_throttles_in_the_fixtures_shape(shop: DemoShop) -> None:
    fixture = load("throttled")
    api = ShopifyGraphQL(shop, plan="standard", clock=lambda: 0.0)
    api.bucket.available = 10.0
    body = {"query": document("orders"), "variables": fixture["request"]["variables"]}
    status, answer = api.handle(fixture["api_version"], body, None, None)
    assert status == 200
    expected = shape(fixture["response"])
    expected["extensions"]["cost"].pop("actualQueryCost", None)
    contains(shape(answer), expected)
    assert answer["errors"][0]["extensions"]["code"] == "THROTTLED"
