"""The demo store's Shopify GraphQL endpoint enforces what the real API does: documents
validated against Shopify's schema, refundCreate only with @idempotent, userErrors for invalid
edits, THROTTLED from a cost bucket, access scopes, and strict idempotency."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from supportloop.adapters.connectors.shopify import document
from supportloop.devtools.demo_store.shop import DemoShop
from supportloop.devtools.demo_store.shopify_graphql import CostBucket, ShopifyGraphQL

REPO = Path(__file__).resolve().parents[3]
SEED = json.loads((REPO / "data/demo/store_seed.json").read_text())
V = "2026-10"
ORDER = "gid://shopify/Order/1003"  # fulfilled, paid
OPEN = "gid://shopify/Order/1001"  # not fulfilled yet


@pytest.fixture
def shop() -> Iterator[DemoShop]:
    demo = DemoShop(":memory:", SEED)
    yield demo
    demo.close()


def run(
    api: ShopifyGraphQL,
    query: str,
    variables: dict[str, Any] | None = None,
    token: str | None = None,
    key: str | None = None,
) -> dict[str, Any]:
    status, body = api.handle(V, {"query": query, "variables": variables or {}}, token, key)
    assert status == 200, body
    return body


def refund_vars(key: str = "T-1:refund_order", amount: str = "5.00") -> dict[str, Any]:
    parent = "gid://shopify/OrderTransaction/1003001"
    transaction = {"orderId": ORDER, "kind": "REFUND", "gateway": "shopify_payments",
                   "amount": amount, "parentId": parent}  # fmt: skip
    return {"input": {"orderId": ORDER, "transactions": [transaction]}, "idempotencyKey": key}


def kinds(shop: DemoShop) -> list[str]:
    return [e["kind"] for e in shop.side_effects()]


def test_documents_are_validated_against_shopifys_schema(shop: DemoShop) -> None:
    api = ShopifyGraphQL(shop)
    body = run(api, 'query { order(id: "gid://shopify/Order/1003") { grandTotal } }')
    assert body["errors"][0]["message"] == "Cannot query field 'grandTotal' on type 'Order'."
    assert "data" not in body
    status, _ = api.handle("2024-04", {"query": document("order")}, None, None)
    assert status == 404  # REST-era and unsupported versions are not served
    assert api.handle(V, {"variables": {}}, None, None)[0] == 400


def test_refund_create_without_idempotent_is_refused_and_moves_nothing(shop: DemoShop) -> None:
    api = ShopifyGraphQL(shop)
    without = document("refundCreate").replace(" @idempotent(key: $idempotencyKey)", "")
    without = without.replace(", $idempotencyKey: String!", "")
    variables = refund_vars()
    del variables["idempotencyKey"]
    body = run(api, without, variables)
    assert body["data"] == {"refundCreate": None}
    assert "@idempotent directive is required" in body["errors"][0]["message"]
    assert kinds(shop) == []


def test_a_repeated_idempotent_key_refunds_once_even_when_strict() -> None:
    shop = DemoShop(":memory:", SEED, strict_idempotency=True)
    api = ShopifyGraphQL(shop, strict_idempotency=True)
    first = run(api, document("refundCreate"), refund_vars())
    second = run(api, document("refundCreate"), refund_vars())
    assert first["data"]["refundCreate"]["refund"] == second["data"]["refundCreate"]["refund"]
    assert kinds(shop) == ["order.refund"]
    other = run(api, document("refundCreate"), refund_vars("T-2:refund_order", "1.00"))
    assert other["data"]["refundCreate"]["userErrors"] == []
    assert kinds(shop) == ["order.refund", "order.refund"]
    too_much = run(api, document("refundCreate"), refund_vars("T-3:refund_order", "9999.00"))
    [error] = too_much["data"]["refundCreate"]["userErrors"]
    assert error["message"] == "refund exceeds the refundable amount"
    shop.close()


def test_strict_mode_records_header_keys_but_absorbs_no_repeat() -> None:
    strict = DemoShop(":memory:", SEED, strict_idempotency=True)
    lenient = DemoShop(":memory:", SEED)
    address = {"input": {"id": OPEN, "shippingAddress": {"address1": "9 Elm St"}}}
    for shop in (strict, lenient):
        api = ShopifyGraphQL(shop)
        for _ in range(2):
            body = run(api, document("orderUpdate"), address, key="T-1:update_shipping_address")
            assert body["data"]["orderUpdate"]["userErrors"] == []
    assert [e["idempotency_key"] for e in strict.side_effects()] == [
        "T-1:update_shipping_address", "T-1:update_shipping_address",
    ]  # fmt: skip
    assert len(lenient.side_effects()) == 1
    strict.close()
    lenient.close()


def test_invalid_edits_are_user_errors(shop: DemoShop) -> None:
    api = ShopifyGraphQL(shop)
    begun = run(api, document("orderEditBegin"), {"id": OPEN})["data"]["orderEditBegin"]
    calc = begun["calculatedOrder"]["id"]
    line = begun["calculatedOrder"]["lineItems"]["nodes"][0]["id"]
    cases = [
        ({"id": calc, "lineItemId": "gid://shopify/CalculatedLineItem/1", "quantity": 0},
         "lineItemId"),
        ({"id": calc, "lineItemId": line, "quantity": -1}, "quantity"),
        ({"id": "gid://shopify/CalculatedOrder/0", "lineItemId": line, "quantity": 0}, "id"),
    ]  # fmt: skip
    for variables, field in cases:
        result = run(api, document("orderEditSetQuantity"), variables)
        [error] = result["data"]["orderEditSetQuantity"]["userErrors"]
        assert error["field"] == [field]
    nothing = run(api, document("orderEditCommit"), {"id": calc})["data"]["orderEditCommit"]
    assert nothing["userErrors"][0]["message"] == "There are no staged changes to commit."
    assert kinds(shop) == []
    begun = run(api, document("orderEditBegin"), {"id": OPEN})["data"]["orderEditBegin"]
    calc = begun["calculatedOrder"]["id"]
    run(api, document("orderEditSetQuantity"), {"id": calc, "lineItemId": line, "quantity": 0})
    done = run(api, document("orderEditCommit"), {"id": calc})["data"]["orderEditCommit"]
    assert done["userErrors"] == [] and kinds(shop) == ["order.edit"]
    again = run(api, document("orderEditCommit"), {"id": calc})["data"]["orderEditCommit"]
    assert again["userErrors"][0]["field"] == ["id"]  # a session commits once


def test_cancelling_twice_is_a_cancel_user_error(shop: DemoShop) -> None:
    api = ShopifyGraphQL(shop)
    variables = {"orderId": OPEN, "reason": "CUSTOMER", "restock": True, "refund": True}
    first = run(api, document("orderCancel"), variables)["data"]["orderCancel"]
    assert first["orderCancelUserErrors"] == [] and first["job"]["id"].startswith("gid://")
    second = run(api, document("orderCancel"), variables)["data"]["orderCancel"]
    assert second["orderCancelUserErrors"][0]["code"] == "INVALID"
    assert kinds(shop) == ["order.cancel"]


def test_a_cost_bucket_with_shopifys_standard_figures_throttles(shop: DemoShop) -> None:
    now = [0.0]
    api = ShopifyGraphQL(shop, plan="standard", clock=lambda: now[0])
    assert (api.bucket.maximum, api.bucket.restore_rate) == (2000.0, 100.0)
    variables = {"query": "name:#1003", "first": 1}
    first = run(api, document("orders"), variables)["extensions"]["cost"]
    assert first["actualQueryCost"] < first["requestedQueryCost"]  # the difference comes back
    assert first["throttleStatus"]["currentlyAvailable"] == 2000.0 - first["actualQueryCost"]
    throttled = []
    for _ in range(300):  # the clock stands still: nothing refills
        answer = run(api, document("orders"), variables)
        if "errors" in answer:
            throttled.append(answer)
            break
    assert throttled, "a standard bucket of 2,000 points must run dry"
    error = throttled[0]
    assert error["errors"][0]["extensions"]["code"] == "THROTTLED"
    cost = error["extensions"]["cost"]
    assert cost["throttleStatus"]["restoreRate"] == 100.0
    assert cost["requestedQueryCost"] > cost["throttleStatus"]["currentlyAvailable"]
    wait = (cost["requestedQueryCost"] - cost["throttleStatus"]["currentlyAvailable"]) / 100.0
    now[0] += wait + 0.01  # what the connector waits
    assert "errors" not in run(api, document("orders"), variables)


def test_cost_bucket_refills_at_its_rate_and_caps() -> None:
    now = [0.0]
    bucket = CostBucket(10.0, 100.0, lambda: now[0])
    assert bucket.take(100) and not bucket.take(1)
    now[0] = 5.0
    assert bucket.take(50) and not bucket.take(1)
    now[0] = 1000.0
    assert bucket.status()["currentlyAvailable"] == 0.0 and bucket.take(100)


def test_tokens_are_checked_and_scopes_enforced(shop: DemoShop) -> None:
    tokens = {"shpat_ro": {"read_orders"}, "shpat_rw": {"write_orders", "read_returns"}}
    api = ShopifyGraphQL(shop, tokens=tokens)
    status, body = api.handle(V, {"query": document("shop")}, "shpat_nope", None)
    assert status == 401 and "Invalid API key or access token" in body["errors"]
    denied = run(api, document("order"), {"id": ORDER}, token="shpat_ro")
    assert [e["extensions"]["requiredAccess"] for e in denied["errors"]] == [
        "`read_returns` access scope."
    ]
    variables = {"orderId": ORDER, "reason": "CUSTOMER", "restock": True}
    cancel = run(api, document("orderCancel"), variables, token="shpat_ro")
    assert cancel["errors"][0]["extensions"]["code"] == "ACCESS_DENIED"
    assert "`write_orders`" in cancel["errors"][0]["message"]
    assert kinds(shop) == []
    assert "errors" not in run(api, document("order"), {"id": ORDER}, token="shpat_rw")
    scopes = run(api, document("shop"), token="shpat_ro")["data"]["currentAppInstallation"]
    assert scopes == {"accessScopes": [{"handle": "read_orders"}]}


def test_the_unlimited_bucket_never_throttles_and_reports_finite_numbers() -> None:
    from supportloop.devtools.demo_store.shopify_graphql import UNLIMITED, CostBucket

    bucket = CostBucket.for_plan(UNLIMITED, clock=lambda: 0.0)
    assert all(bucket.take(1_000) for _ in range(10_000))
    assert bucket.status()["currentlyAvailable"] == 1e9
