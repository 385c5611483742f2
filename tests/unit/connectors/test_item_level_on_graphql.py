"""Item-level actions through the real commerce connector and the demo store's GraphQL Admin
API (documents validated against Shopify's schema on every call): suggestedRefund, a refund
of line items by exactly that amount (@idempotent), a partial quantity removal, and a return
of named items only."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from supportloop.adapters.connectors import ShopifyCommerce
from supportloop.devtools.demo_data import generate
from supportloop.devtools.demo_store.shop import DemoShop
from supportloop.devtools.demo_store.shopify_graphql import ShopifyGraphQL
from supportloop.errors import ConnectorUserError

DATA = generate()
LABELS = {label["id"]: label for label in DATA.labels}


def _order_for(scenario: str, category: str = "refund_request") -> dict[str, Any]:
    [ticket] = [
        t for t in DATA.tickets
        if (LABELS[t["id"]]["category"], LABELS[t["id"]]["scenario"]) == (category, scenario)
    ]  # fmt: skip
    return next(o for o in DATA.store_seed["orders"] if o["email"] == ticket["customer"]["email"])


@pytest.fixture
def shop() -> Iterator[DemoShop]:
    demo = DemoShop(":memory:", DATA.store_seed, strict_idempotency=True)
    yield demo
    demo.close()


def connector(shop: DemoShop) -> ShopifyCommerce:
    api = ShopifyGraphQL(shop, strict_idempotency=True)

    def answer(request: httpx.Request) -> httpx.Response:
        version = request.url.path.split("/")[3]
        status, body = api.handle(
            version, json.loads(request.content), None, request.headers.get("Idempotency-Key")
        )
        return httpx.Response(status, json=body)

    return ShopifyCommerce("http://shop.test", transport=httpx.MockTransport(answer))


async def test_one_discounted_unit_is_refunded_by_the_shops_own_figure(shop: DemoShop) -> None:
    order = _order_for("one_unit")
    socks = next(li for li in order["line_items"] if li["sku"] == "FH-SOCK-3PK")
    lines = [{"line_item_id": socks["id"], "quantity": 1}]
    commerce = connector(shop)
    suggested = await commerce.suggested_refund(str(order["id"]), lines)
    assert suggested["amount"] == "22.00"  # $24.00 less half the line's $4.00 discount
    assert suggested["lines"] == lines
    done = await commerce.refund_line_items(str(order["id"]), lines, "T-9:refund_line_items")
    assert done["refund"]["amount"] == "22.00"
    again = await commerce.refund_line_items(str(order["id"]), lines, "T-9:refund_line_items")
    assert again["refund"]["id"] == done["refund"]["id"]  # @idempotent: one refund
    [effect] = [e for e in shop.side_effects() if e["kind"] == "order.refund"]
    assert effect["payload"]["line_items"] == lines
    # the second pack is still refundable; a third is not
    assert (await commerce.suggested_refund(str(order["id"]), lines))["amount"] == "22.00"
    with pytest.raises(Exception, match="can be refunded"):
        await commerce.suggested_refund(
            str(order["id"]), [{"line_item_id": socks["id"], "quantity": 2}]
        )


async def test_refunded_units_leave_the_lines_current_quantity(shop: DemoShop) -> None:
    """Shopify's LineItem.currentQuantity excludes refunded units: after refunding one of two
    packs the order reads one, after the second the line is no longer offered."""
    order = _order_for("one_unit")
    oid = str(order["id"])
    socks = next(li for li in order["line_items"] if li["sku"] == "FH-SOCK-3PK")
    assert socks["quantity"] == 2
    commerce = connector(shop)

    def units(doc: dict[str, Any] | None) -> list[int]:
        return [li["quantity"] for li in (doc or {})["line_items"] if li["id"] == socks["id"]]

    assert units(await commerce.get_order(oid)) == [2]
    one = [{"line_item_id": socks["id"], "quantity": 1}]
    await commerce.refund_line_items(oid, one, "T-10:first")
    assert units(await commerce.get_order(oid)) == [1]
    await commerce.refund_line_items(oid, one, "T-10:second")
    assert units(await commerce.get_order(oid)) == []


async def test_one_unit_of_a_line_is_removed_and_the_rest_stays(shop: DemoShop) -> None:
    order = next(
        o for o in DATA.store_seed["orders"]
        if not o["fulfillment_status"] and not o["cancelled_at"]
        and any(li["quantity"] == 2 for li in o["line_items"])
    )  # fmt: skip
    line = next(li for li in order["line_items"] if li["quantity"] == 2)
    after = await connector(shop).remove_line_item(str(order["id"]), line["id"], "T-8:edit", 1)
    [kept] = [li for li in after["line_items"] if li["id"] == line["id"]]
    assert kept["quantity"] == 1
    with pytest.raises(ConnectorUserError, match="not in order"):
        await connector(shop).remove_line_item(str(order["id"]), line["id"], "T-8:edit2", 2)


async def test_a_return_covers_only_the_named_item(shop: DemoShop) -> None:
    order = _order_for("one_item", "return_request")
    chino = next(li for li in order["line_items"] if li["sku"] == "FH-PANT-CHI")
    await connector(shop).create_return(
        str(order["id"]), "T-7:create_return", [{"line_item_id": chino["id"], "quantity": 1}]
    )
    [ret] = (shop.get_order(str(order["id"])) or {})["returns"]
    assert ret["line_items"] == [{"line_item_id": chino["id"], "quantity": 1}]


async def test_recharge_moves_the_next_charge_with_set_next_charge_date() -> None:
    from supportloop.adapters.connectors.subscriptions import RechargeSubscriptions

    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, json={"subscription": {"id": 7, "next_charge_scheduled_at": "2025-08-01"}}
        )

    recharge = RechargeSubscriptions("http://recharge.test", transport=httpx.MockTransport(answer))
    sub = await recharge.set_next_charge_date("7", "2025-08-01", "T-1:delay_subscription")
    assert sub["next_charge_scheduled_at"] == "2025-08-01"
    [request] = seen
    assert (request.method, request.url.path) == ("POST", "/subscriptions/7/set_next_charge_date")
    assert json.loads(request.content) == {"date": "2025-08-01"}
    assert request.headers["Idempotency-Key"] == "T-1:delay_subscription"


async def test_the_customers_order_count_comes_from_customer_number_of_orders(
    shop: DemoShop,
) -> None:
    order = _order_for("one_unit")
    doc = await connector(shop).get_order(str(order["id"]))
    assert doc is not None
    expected = len(shop.orders_by_email(order["email"]))
    assert expected >= 1 and doc["customer_orders_count"] == expected


async def test_what_is_left_to_refund_after_an_edit_and_an_item_refund_is_the_net_payment(
    shop: DemoShop,
) -> None:
    """Issue 16: currentTotalPriceSet is already net of removed items; less the refunds it
    counted them twice. refund_amount is netPaymentSet (received − refunded), and the shop
    accepts a refund of exactly that and nothing more."""
    from datetime import UTC, datetime

    from supportloop.core.events import Customer, Ticket
    from supportloop.core.resolution.facts import order_facts

    order = next(
        o for o in DATA.store_seed["orders"]
        if not o["fulfillment_status"] and not o["cancelled_at"] and not o["refunds"]
        and len(o["line_items"]) >= 3
    )  # fmt: skip
    commerce = connector(shop)
    oid = str(order["id"])
    paid = (await commerce.get_order(oid) or {})["total_price"]
    first, second = order["line_items"][:2]
    await commerce.remove_line_item(oid, first["id"], "T-16:edit")
    removed = await commerce.suggested_refund(oid, [{"line_item_id": second["id"], "quantity": 1}])
    await commerce.refund_line_items(
        oid, [{"line_item_id": second["id"], "quantity": 1}], "T-16:refund_line_items"
    )
    doc = await commerce.get_order(oid) or {}
    ticket = Ticket(
        id="T-16", subject="s", body="b", created_at=datetime.now(UTC),
        customer=Customer(email=order["email"]),
    )  # fmt: skip
    facts = order_facts(doc, ticket, order["name"])
    edit = sum(float(r["amount"]) for r in shop.get_order(oid)["refunds"] if r["note"] == "edit")
    expected = round(float(paid) - edit - float(removed["amount"]), 2)
    assert facts["refund_amount"] == expected > 0
    assert doc["net_payment"] == f"{expected:.2f}"
    total_less_refunds = float(doc["total_price"]) - sum(float(r["amount"]) for r in doc["refunds"])
    assert total_less_refunds < expected  # the old figure: the edit counted twice
    with pytest.raises(Exception, match="exceeds"):
        await commerce.refund_order(oid, f"{expected + 0.01:.2f}", "T-16:too_much")
    await commerce.refund_order(oid, f"{expected:.2f}", "T-16:refund_order")
    after = order_facts(await commerce.get_order(oid), ticket, order["name"])
    assert after["refund_amount"] == 0.0
