"""The commerce connector on Shopify's GraphQL Admin API: every document validated against
Shopify's own Admin schema (each supported version), and the connector's behaviour on
userErrors, THROTTLED, ACCESS_DENIED, 5xx and the cancel job."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from graphql import FieldNode, OperationDefinitionNode, parse, validate

from supportloop.adapters.connectors import RetryPolicy, ShopifyCommerce
from supportloop.adapters.connectors.commerce import (
    ACTION_SCOPES,
    DEFAULT_API_VERSION,
    REQUIRED_SCOPES,
    SUPPORTED_API_VERSIONS,
    missing_scopes,
)
from supportloop.adapters.connectors.shopify import OPERATIONS, document
from supportloop.devtools.demo_store.shop import DemoShop
from supportloop.devtools.demo_store.shopify_graphql import (
    SUPPORTED_VERSIONS,
    admin_schema,
    order_node,
)
from supportloop.errors import (
    ConfigurationError,
    ConnectorRejected,
    ConnectorUnavailable,
    ConnectorUserError,
)

REPO = Path(__file__).resolve().parents[3]
SEED = json.loads((REPO / "data/demo/store_seed.json").read_text())


def _node(order_id: int) -> dict[str, object]:
    return order_node(next(o for o in SEED["orders"] if o["id"] == order_id))


# --- the documents against the real schema ------------------------------------------------
@pytest.mark.parametrize("version", SUPPORTED_API_VERSIONS)
def test_every_document_validates_against_shopifys_admin_schema(version: str) -> None:
    schema = admin_schema(version)  # fails naming `make shopify-schema` when not fetched
    for operation in OPERATIONS:
        errors = validate(schema, parse(document(operation)))
        assert errors == [], f"{operation} @ {version}: {[e.message for e in errors]}"


def test_the_schema_check_is_real_a_wrong_field_is_named() -> None:
    schema = admin_schema(DEFAULT_API_VERSION)
    errors = validate(schema, parse('query { order(id: "gid://shopify/Order/1") { grandTotal } }'))
    assert [e.message for e in errors] == ["Cannot query field 'grandTotal' on type 'Order'."]
    wrong_directive = document("refundCreate").replace("@idempotent(key:", "@idempotent(id:")
    assert validate(schema, parse(wrong_directive))


def test_refund_create_carries_idempotent_with_the_key_variable() -> None:
    parsed = parse(document("refundCreate"))
    [operation] = [d for d in parsed.definitions if isinstance(d, OperationDefinitionNode)]
    [field] = [s for s in operation.selection_set.selections if isinstance(s, FieldNode)]
    assert field.name.value == "refundCreate"
    [directive] = field.directives or ()
    assert directive.name.value == "idempotent"
    assert [a.name.value for a in directive.arguments] == ["key"]


def test_versions_agree_and_unsupported_ones_are_refused() -> None:
    assert SUPPORTED_API_VERSIONS == SUPPORTED_VERSIONS
    assert SUPPORTED_API_VERSIONS[-1] == DEFAULT_API_VERSION
    with pytest.raises(ConfigurationError, match="2024-04"):
        ShopifyCommerce("http://shop.test", api_version="2024-04")


def test_scopes_are_listed_once_and_write_implies_read() -> None:
    assert set(REQUIRED_SCOPES) == {s for scopes in ACTION_SCOPES.values() for s in scopes}
    full = {"write_orders", "write_order_edits", "write_returns", "read_products"}
    assert missing_scopes(full) == []
    assert missing_scopes({"read_orders", "write_returns"}) == [
        "read_products",
        "write_order_edits",
        "write_orders",
    ]


# --- the connector over a mock Shopify ---------------------------------------------------
class Shopify:
    """Answers in order; records each request's operation name and variables."""

    def __init__(self, answers: list[httpx.Response | Exception]) -> None:
        self.answers = answers
        self.calls: list[tuple[str, str, dict[str, object]]] = []
        self.sleeps: list[float] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        name = parse(body["query"]).definitions[0].name.value  # type: ignore[attr-defined]
        self.calls.append((request.url.path, name, body["variables"]))
        assert request.method == "POST"
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def connector(self, **kwargs: object) -> ShopifyCommerce:
        return ShopifyCommerce(
            "http://shop.test",
            transport=httpx.MockTransport(self.handler),
            retry=RetryPolicy(attempts=3, backoff_s=0.1),
            sleep=self.sleep,
            headers={"X-Shopify-Access-Token": "shpat_test"},
            **kwargs,  # type: ignore[arg-type]
        )


def ok(data: dict[str, object]) -> httpx.Response:
    return httpx.Response(200, json={"data": data})


def found(order_id: int) -> httpx.Response:
    return ok({"orders": {"nodes": [_node(order_id)]}})


THROTTLED = httpx.Response(
    200,
    json={
        "errors": [{"message": "Throttled", "extensions": {"code": "THROTTLED"}}],
        "extensions": {"cost": {"requestedQueryCost": 502, "actualQueryCost": None,
                                "throttleStatus": {"maximumAvailable": 2000.0,
                                                   "currentlyAvailable": 102,
                                                   "restoreRate": 100.0}}},
    },
)  # fmt: skip


async def test_an_order_number_is_searched_by_name_and_a_gid_read_directly() -> None:
    shopify = Shopify([found(1002), ok({"order": _node(1002)})])
    commerce = shopify.connector()
    order = await commerce.get_order("#1002")
    assert order is not None and order["id"] == "gid://shopify/Order/1002"
    assert order["fulfillments"][0]["tracking_number"] == "DH998869256893"
    assert order["fulfillment_status"] == "fulfilled" and order["financial_status"] == "paid"
    assert [li["id"] for li in order["line_items"]] == [500003, 500004, 500005]
    assert await commerce.get_order(order["id"]) == order
    assert shopify.calls == [
        ("/admin/api/2026-10/graphql.json", "orders", {"query": "name:#1002", "first": 1}),
        ("/admin/api/2026-10/graphql.json", "order", {"id": "gid://shopify/Order/1002"}),
    ]


async def test_references_never_become_search_syntax() -> None:
    shopify = Shopify([])
    commerce = shopify.connector()
    assert await commerce.get_order("1001 OR email:*") is None
    assert await commerce.latest_order_for('x" OR name:*@example.com') is None
    assert shopify.calls == []


async def test_user_errors_are_typed_with_field_and_message() -> None:
    refused = ok({"orderUpdate": {"order": None, "userErrors": [
        {"field": ["input", "shippingAddress", "zip"], "message": "Zip is invalid"}]}})  # fmt: skip
    shopify = Shopify([found(1001), refused])
    with pytest.raises(ConnectorUserError) as caught:
        await shopify.connector().update_shipping_address("1001", {"zip": "x"}, "T-1:addr")
    assert caught.value.field == ["input", "shippingAddress", "zip"]
    assert caught.value.user_message == "Zip is invalid"
    assert caught.value.status == 422
    sent = shopify.calls[1][2]["input"]
    assert sent["id"] == "gid://shopify/Order/1001"  # type: ignore[index]
    # orderUpdate overwrites the address: what the request leaves out keeps its current value
    assert sent["shippingAddress"]["city"] == "Providence"  # type: ignore[index]
    assert sent["shippingAddress"]["zip"] == "x"  # type: ignore[index]


async def test_throttled_waits_by_the_reported_cost_then_succeeds() -> None:
    shopify = Shopify([THROTTLED, found(1001)])
    assert await shopify.connector().get_order("1001") is not None
    assert shopify.sleeps == [pytest.approx(4.0)]  # (502 - 102) / 100 points per second


async def test_throttled_is_bounded() -> None:
    shopify = Shopify([THROTTLED, THROTTLED, THROTTLED])
    with pytest.raises(ConnectorUnavailable, match="THROTTLED"):
        await shopify.connector(throttle_attempts=3).get_order("1001")
    assert len(shopify.calls) == 3 and len(shopify.sleeps) == 2


async def test_access_denied_is_a_rejection_naming_the_scope() -> None:
    denied = httpx.Response(200, json={"errors": [{
        "message": "Access denied for orderCancel field. Required access: `write_orders` "
                   "access scope.", "extensions": {"code": "ACCESS_DENIED"}}]})  # fmt: skip
    shopify = Shopify([found(1001), denied])
    with pytest.raises(ConnectorRejected, match="write_orders") as caught:
        await shopify.connector().cancel_order("1001", "T-1:cancel")
    assert caught.value.status == 403


async def test_server_errors_and_timeouts_retry_boundedly() -> None:
    shopify = Shopify([httpx.Response(502), httpx.ReadTimeout("slow"), found(1001)])
    assert await shopify.connector().get_order("1001") is not None
    assert shopify.sleeps == [0.1, 0.2]


async def test_cancel_is_a_job_verified_by_reading_the_order_back_bounded() -> None:
    job = ok({"orderCancel": {"job": {"id": "gid://shopify/Job/1", "done": False},
                              "orderCancelUserErrors": []}})  # fmt: skip
    cancelled = {**_node(1001), "cancelledAt": "2026-01-01T00:00:00Z"}
    shopify = Shopify([found(1001), job, ok({"order": _node(1001)}), ok({"order": cancelled})])
    order = await shopify.connector(cancel_poll_s=0.25).cancel_order("1001", "T-1:cancel")
    assert order["cancelled_at"] == "2026-01-01T00:00:00Z"
    assert [c[1] for c in shopify.calls] == ["orders", "orderCancel", "order", "order"]
    assert shopify.calls[1][2]["reason"] == "CUSTOMER" and shopify.sleeps == [0.25]
    never = Shopify([found(1001), job] + [ok({"order": _node(1001)}) for _ in range(3)])
    order = await never.connector(cancel_checks=3).cancel_order("1001", "T-1:cancel")
    assert order["cancelled_at"] is None  # not verified: the workflow hands it to a person
    assert len(never.calls) == 5


async def test_cancel_user_errors_use_the_cancel_specific_list() -> None:
    error = {"field": ["orderId"], "message": "Order is already cancelled", "code": "INVALID"}
    refused = ok({"orderCancel": {"job": None, "orderCancelUserErrors": [error]}})
    shopify = Shopify([found(1001), refused])
    with pytest.raises(ConnectorUserError, match="already cancelled"):
        await shopify.connector().cancel_order("1001", "T-1:cancel")


async def test_refund_goes_against_the_captured_payment_with_the_ticket_key() -> None:
    created = ok({"refundCreate": {"refund": {"id": "gid://shopify/Refund/9",
                  "totalRefundedSet": {"shopMoney": {"amount": "12.5"}}},
                  "order": None, "userErrors": []}})  # fmt: skip
    shopify = Shopify([found(1001), created])
    result = await shopify.connector().refund_order("1001", "12.5", "T-1:refund_order")
    assert result["refund"] == {"id": "gid://shopify/Refund/9", "amount": "12.50"}
    variables = shopify.calls[1][2]
    assert variables["idempotencyKey"] == "T-1:refund_order"
    [transaction] = variables["input"]["transactions"]  # type: ignore[index]
    assert transaction == {
        "orderId": "gid://shopify/Order/1001", "kind": "REFUND", "gateway": "shopify_payments",
        "amount": "12.50", "parentId": "gid://shopify/OrderTransaction/1001001",
    }  # fmt: skip


async def test_removing_a_line_item_is_begin_set_quantity_commit() -> None:
    begun = ok({"orderEditBegin": {"calculatedOrder": {"id": "gid://shopify/CalculatedOrder/5",
                "lineItems": {"nodes": [{"id": "gid://shopify/CalculatedLineItem/500001"}]}},
                "userErrors": []}})  # fmt: skip
    staged = ok({"orderEditSetQuantity": {"calculatedOrder": {"id": "x"}, "userErrors": []}})
    committed = ok({"orderEditCommit": {"order": _node(1001), "userErrors": []}})
    shopify = Shopify([found(1001), begun, staged, committed])
    await shopify.connector().remove_line_item("1001", 500001, "T-1:edit")
    assert [c[1] for c in shopify.calls] == [
        "orders", "orderEditBegin", "orderEditSetQuantity", "orderEditCommit",
    ]  # fmt: skip
    assert shopify.calls[2][2] == {
        "id": "gid://shopify/CalculatedOrder/5",
        "lineItemId": "gid://shopify/CalculatedLineItem/500001",
        "quantity": 0,
        "restock": True,
    }
    missing = Shopify([found(1001), begun])
    with pytest.raises(ConnectorUserError, match="not in order"):
        await missing.connector().remove_line_item("1001", 999, "T-1:edit")
    assert [c[1] for c in missing.calls] == ["orders", "orderEditBegin"]  # nothing staged


async def test_a_return_covers_the_fulfilled_line_items() -> None:
    created = ok({"returnCreate": {"return": {"id": "gid://shopify/Return/7", "name": "#1002-R1",
                  "status": "OPEN"}, "userErrors": []}})  # fmt: skip
    shopify = Shopify([found(1002), ok({"order": _node(1002)}), created])
    ret = await shopify.connector().create_return("1002", "T-1:return")
    assert ret == {"id": "gid://shopify/Return/7", "name": "#1002-R1", "status": "open"}
    assert [c[1] for c in shopify.calls] == ["orders", "orderFulfillmentLineItems", "returnCreate"]
    lines = shopify.calls[2][2]["returnInput"]["returnLineItems"]  # type: ignore[index]
    assert [li["fulfillmentLineItemId"] for li in lines] == [
        f"gid://shopify/FulfillmentLineItem/{n}" for n in (500003, 500004, 500005)
    ]
    unshipped = Shopify([found(1001), ok({"order": _node(1001)})])
    with pytest.raises(ConnectorUserError, match="no fulfilled line items"):
        await unshipped.connector().create_return("1001", "T-1:return")


def test_a_demo_shop_order_round_trips_through_the_graphql_shape() -> None:
    from supportloop.adapters.connectors.commerce import order_document

    shop = DemoShop(":memory:", SEED)
    original = shop.get_order("1002")
    assert original is not None
    doc = order_document(order_node(original))
    for name in ("name", "email", "created_at", "total_price", "cancelled_at"):
        assert doc[name] == original[name], name
    assert [li["id"] for li in doc["line_items"]] == [li["id"] for li in original["line_items"]]
    for key in ("tracking_number", "estimated_delivery_at", "delivered_at"):
        assert doc["fulfillments"][0][key] == original["fulfillments"][0][key]
    shop.close()
