"""The demo store's Recharge: the subset of Recharge's REST API 2021-11 SupportLoop calls,
served strictly (https://developer.rechargepayments.com/2021-11).

- Every request must carry ``X-Recharge-Version: 2021-11`` (400 otherwise: this emulator
  speaks no other version). ``X-Recharge-Access-Token`` is not checked (demo only).
- ``GET /customers?email=`` (customers_list), ``GET /subscriptions?customer_id=`` and
  ``GET /subscriptions/{id}`` (subscriptions_list, subscriptions_retrieve),
  ``POST /subscriptions/{id}/set_next_charge_date`` (subscriptions_change_next_charge),
  ``PUT /subscriptions/{id}`` with ``external_variant_id`` or the three interval fields
  together (subscriptions_update), ``GET /charges?purchase_item_id=&status=`` and
  ``POST /charges/{id}/skip`` with ``purchase_item_ids`` (charge_list, charge_skip),
  ``GET /products`` and ``GET /plans`` (products_list, plans_list). Lists page with
  ``limit`` (≤ 250) and ``cursor``; ``next_cursor``/``previous_cursor`` in the body.
- Anything else under the prefix is 404 (Recharge has no ``/subscriptions/{id}/pause`` or
  ``/subscriptions/{id}/skip``); an unknown filter or body field is 422.

The shop keeps subscriptions in its own documents; this module renders them as Recharge
objects. Recharge has no paused status (``active``, ``cancelled``, ``expired``): a
subscription the demo seed marks paused is shown ``cancelled``, with that as its
cancellation reason. Each active subscription has one queued charge, on its next charge
date, whose id is derived from the subscription and the date; a skip moves the
subscription's next charge on by one interval, as Recharge's regenerated charges do.
Product and variant ids are derived from each product's position in the catalogue.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from aiohttp import web

from supportloop.devtools.demo_store.shop import DemoShop, Doc

API_VERSION = "2021-11"
MAX_LIMIT = 250
PRODUCT_ID_BASE = 7_100_000_000
VARIANT_ID_BASE = 4_300_000_000
PLAN_ID_BASE = 15_400_000
ADDRESS_ID_BASE = 90_000_000
_INTERVAL_FIELDS = ("order_interval_frequency", "order_interval_unit", "charge_interval_frequency")
_UNITS = ("day", "week", "month")
SHOP: web.AppKey[DemoShop] = web.AppKey("recharge_shop", DemoShop)
PREFIX: web.AppKey[str] = web.AppKey("recharge_prefix", str)


def _error(status: int, errors: Any) -> web.Response:
    return web.json_response({"errors": errors}, status=status)


def _ids(products: list[Doc]) -> dict[str, tuple[str, str]]:
    """SKU → (product id, variant id), from the catalogue's order (sorted by SKU)."""
    return {
        p["sku"]: (str(PRODUCT_ID_BASE + n), str(VARIANT_ID_BASE + n))
        for n, p in enumerate(sorted(products, key=lambda p: p["sku"]), start=1)
    }


def subscription_object(sub: Doc, ids: dict[str, tuple[str, str]]) -> Doc:
    product_id, variant_id = ids.get(sub["sku"], ("", ""))
    paused = sub["status"] == "paused"
    weeks = int(sub["order_interval_frequency"])
    return {
        "id": int(sub["id"]),
        "address_id": ADDRESS_ID_BASE + int(sub["customer_id"]),
        "customer_id": int(sub["customer_id"]),
        "status": "cancelled" if paused else sub["status"],
        "cancelled_at": None,
        "cancellation_reason": "paused (demo seed)" if paused else None,
        "product_title": sub["product_title"],
        "variant_title": None,
        "sku": sub["sku"],
        "sku_override": False,
        "price": sub["price"],
        "quantity": int(sub["quantity"]),
        "external_product_id": {"ecommerce": product_id},
        "external_variant_id": {"ecommerce": variant_id},
        "order_interval_frequency": weeks,
        "order_interval_unit": sub.get("order_interval_unit") or "week",
        "charge_interval_frequency": int(sub.get("charge_interval_frequency") or weeks),
        "next_charge_scheduled_at": None if paused else sub["next_charge_scheduled_at"],
        "has_queued_charges": sub["status"] == "active",
        "is_skippable": True,
        "is_swappable": True,
        "is_prepaid": False,
        "max_retries_reached": False,
        "created_at": "2025-01-01T00:00:00+00:00",
        "updated_at": "2025-01-01T00:00:00+00:00",
    }


def charge_id(sub_id: int, day: str) -> int:
    return int(f"{sub_id}{day.replace('-', '')}")


def charge_object(sub: Doc, day: str, status: str, ids: dict[str, tuple[str, str]]) -> Doc:
    product_id, variant_id = ids.get(sub["sku"], ("", ""))
    return {
        "id": charge_id(int(sub["id"]), day),
        "address_id": ADDRESS_ID_BASE + int(sub["customer_id"]),
        "customer": {"id": int(sub["customer_id"]), "email": sub["email"]},
        "status": status,
        "scheduled_at": day,
        "type": "recurring",
        "line_items": [
            {
                "purchase_item_id": int(sub["id"]),
                "purchase_item_type": "subscription",
                "external_product_id": {"ecommerce": product_id},
                "external_variant_id": {"ecommerce": variant_id},
                "sku": sub["sku"],
                "title": sub["product_title"],
                "quantity": int(sub["quantity"]),
                "unit_price": sub["price"],
            }
        ],
        "total_price": sub["price"],
    }


def charges_of(sub: Doc, ids: dict[str, tuple[str, str]]) -> list[Doc]:
    out = [charge_object(sub, day, "skipped", ids) for day in sub.get("skipped_charges") or []]
    if sub["status"] == "active":
        out.append(charge_object(sub, sub["next_charge_scheduled_at"], "queued", ids))
    return out


def product_object(product: Doc, ids: dict[str, tuple[str, str]]) -> Doc:
    product_id, variant_id = ids[product["sku"]]
    return {
        "external_product_id": {"ecommerce": product_id},
        "title": product["title"],
        "vendor": "Fernhill & Co.",
        "requires_shipping": True,
        "variants": [
            {
                "external_variant_id": {"ecommerce": variant_id},
                "sku": product["sku"],
                "title": "Default Title",
                "prices": {"unit_price": product["price"], "compare_at_price": None},
                "requires_shipping": True,
                "taxable": True,
            }
        ],
    }


def plan_object(product: Doc, ids: dict[str, tuple[str, str]]) -> Doc:
    product_id, _ = ids[product["sku"]]
    return {
        "id": PLAN_ID_BASE + int(product_id) - PRODUCT_ID_BASE,
        "title": "Subscribe and save",
        "type": "subscription",
        "external_product_id": {"ecommerce": product_id},
        "external_variant_ids": [],
        "has_variant_restrictions": False,
        "deleted_at": None,
        "subscription_preferences": {
            "interval_unit": "week",
            "order_interval_frequency": 4,
            "charge_interval_frequency": 4,
        },
    }


# requests ---------------------------------------------------------------------------------
def _shop(request: web.Request) -> DemoShop:
    return request.app[SHOP]


@web.middleware
async def require_version(request: web.Request, handler: Any) -> web.StreamResponse:
    ours = request.path.startswith(request.app[PREFIX] + "/")
    if ours and request.headers.get("X-Recharge-Version") != API_VERSION:
        return _error(400, f"X-Recharge-Version: {API_VERSION} required (the demo store "
                           "speaks only this version)")  # fmt: skip
    response: web.StreamResponse = await handler(request)
    return response


def _query(request: web.Request, allowed: set[str]) -> dict[str, str] | web.Response:
    unknown = set(request.query) - allowed - {"limit", "cursor"}
    if unknown:
        return _error(422, {name: "is not a supported filter" for name in sorted(unknown)})
    if "cursor" in request.query and set(request.query) - {"cursor", "limit"}:
        return _error(422, "cursor can only be combined with limit")
    return dict(request.query)


def _page(request: web.Request, items: list[Doc], name: str) -> web.Response:
    """2021-11 cursor pagination: ``limit`` (default 50, at most 250); the cursor is the
    offset of the next page, opaque to the client."""
    try:
        limit = int(request.query.get("limit", "50"))
        start = int(request.query.get("cursor", "0") or 0)
    except ValueError:
        return _error(422, "invalid limit or cursor")
    if not 1 <= limit <= MAX_LIMIT:
        return _error(422, {"limit": f"must be between 1 and {MAX_LIMIT}"})
    chunk = items[start : start + limit]
    more = start + limit < len(items)
    return web.json_response(
        {
            "next_cursor": str(start + limit) if more else None,
            "previous_cursor": str(max(start - limit, 0)) if start else None,
            name: chunk,
        }
    )


async def _json_body(request: web.Request) -> Doc | web.Response:
    try:
        body = await request.json() if request.can_read_body else {}
    except ValueError:
        return _error(400, "invalid JSON")
    return body if isinstance(body, dict) else _error(400, "a JSON object is required")


async def list_customers(request: web.Request) -> web.Response:
    query = _query(request, {"email"})
    if isinstance(query, web.Response):
        return query
    shop = _shop(request)
    if "email" in query:
        account = shop.get_account(query["email"])
        accounts = [account] if account else []
    else:
        accounts = shop.accounts()
    customers = [
        {"id": int(a["id"]), "email": a["email"], "first_name": a.get("first_name"),
         "external_customer_id": {"ecommerce": str(a["id"])}}
        for a in accounts
    ]  # fmt: skip
    return _page(request, customers, "customers")


async def list_subscriptions(request: web.Request) -> web.Response:
    query = _query(request, {"customer_id", "status"})
    if isinstance(query, web.Response):
        return query
    shop = _shop(request)
    ids = _ids(shop.products())
    subs = [subscription_object(s, ids) for s in shop.subscriptions()]
    if "customer_id" in query:
        subs = [s for s in subs if str(s["customer_id"]) == query["customer_id"]]
    if "status" in query:
        subs = [s for s in subs if s["status"] == query["status"].lower()]
    return _page(request, subs, "subscriptions")


async def get_subscription(request: web.Request) -> web.Response:
    shop = _shop(request)
    sub = shop.get_subscription(request.match_info["id"])
    if sub is None:
        return _error(404, "Not Found")
    return web.json_response({"subscription": subscription_object(sub, _ids(shop.products()))})


def _key(request: web.Request) -> str | None:
    return request.headers.get("Idempotency-Key")


async def set_next_charge_date(request: web.Request) -> web.Response:
    body = await _json_body(request)
    if isinstance(body, web.Response):
        return body
    if set(body) != {"date"} or not isinstance(body["date"], str):
        return _error(422, {"date": "is required (YYYY-MM-DD), and nothing else"})
    try:
        date.fromisoformat(body["date"])
    except ValueError:
        return _error(422, {"date": "must be YYYY-MM-DD"})
    shop, sub_id = _shop(request), request.match_info["id"]
    sub = shop.update_subscription(sub_id, "set_next_charge_date", body, _key(request))
    return web.json_response({"subscription": subscription_object(sub, _ids(shop.products()))})


async def update_subscription(request: web.Request) -> web.Response:
    body = await _json_body(request)
    if isinstance(body, web.Response):
        return body
    allowed = {"external_variant_id", "external_product_id", *_INTERVAL_FIELDS}
    unknown = set(body) - allowed
    if unknown or not body:
        return _error(422, {name: "is not supported by the demo store" for name in unknown}
                      or "nothing to update")  # fmt: skip
    shop, sub_id = _shop(request), request.match_info["id"]
    products = shop.products()
    ids = _ids(products)
    payload: Doc
    if "external_variant_id" in body:
        variant = body["external_variant_id"]
        wanted = variant.get("ecommerce") if isinstance(variant, dict) else None
        sku = next((s for s, (_, v) in ids.items() if v == str(wanted)), None)
        if sku is None:
            return _error(422, {"external_variant_id": "no such variant in the catalogue"})
        operation, payload = "swap", {"sku": sku}
    elif set(_INTERVAL_FIELDS) & set(body):
        if not set(_INTERVAL_FIELDS) <= set(body):
            return _error(422, "order_interval_frequency, order_interval_unit and "
                               "charge_interval_frequency must be updated together")  # fmt: skip
        freq, charge = body["order_interval_frequency"], body["charge_interval_frequency"]
        if body["order_interval_unit"] not in _UNITS or not all(
            isinstance(v, int) and v >= 1 for v in (freq, charge)
        ):
            return _error(422, "intervals are whole numbers of day, week or month")
        if body["order_interval_unit"] != "week" or freq != charge:
            return _error(422, "the demo store keeps weekly, pay-as-you-go intervals only")
        operation, payload = "frequency", {"order_interval_frequency": freq}
    else:
        return _error(422, "external_product_id alone changes nothing")
    sub = shop.update_subscription(sub_id, operation, payload, _key(request))
    return web.json_response({"subscription": subscription_object(sub, ids)})


async def list_charges(request: web.Request) -> web.Response:
    query = _query(request, {"purchase_item_id", "customer_id", "status", "sort_by"})
    if isinstance(query, web.Response):
        return query
    if query.get("sort_by", "scheduled_at-asc") not in ("scheduled_at-asc", "id-asc"):
        return _error(422, {"sort_by": "the demo store sorts by scheduled_at-asc or id-asc"})
    shop = _shop(request)
    ids = _ids(shop.products())
    subs = shop.subscriptions()
    if "purchase_item_id" in query:
        subs = [s for s in subs if str(s["id"]) == query["purchase_item_id"]]
    if "customer_id" in query:
        subs = [s for s in subs if str(s["customer_id"]) == query["customer_id"]]
    charges = [c for s in subs for c in charges_of(s, ids)]
    if "status" in query:
        charges = [c for c in charges if c["status"] == query["status"].lower()]
    key = "scheduled_at" if query.get("sort_by", "scheduled_at-asc") == "scheduled_at-asc" else "id"
    charges.sort(key=lambda c: (c[key], c["id"]))
    return _page(request, charges, "charges")


async def skip_charge(request: web.Request) -> web.Response:
    body = await _json_body(request)
    if isinstance(body, web.Response):
        return body
    items = body.get("purchase_item_ids")
    if set(body) != {"purchase_item_ids"} or not isinstance(items, list) or not items:
        return _error(422, {"purchase_item_ids": "is required: the items of the charge to skip"})
    shop = _shop(request)
    ids = _ids(shop.products())
    wanted = request.match_info["id"]
    sub = next(
        (s for s in shop.subscriptions() if s["status"] == "active"
         and str(charge_id(int(s["id"]), s["next_charge_scheduled_at"])) == wanted),
        None,
    )  # fmt: skip
    if sub is None:
        return _error(404, "Not Found: no queued charge with that id")
    if [int(i) for i in items] != [int(sub["id"])]:
        return _error(422, {"purchase_item_ids": "not items of this charge"})
    day = sub["next_charge_scheduled_at"]
    skipped = shop.update_subscription(str(sub["id"]), "skip", {"charge_id": wanted}, _key(request))
    return web.json_response({"charge": charge_object(skipped, day, "skipped", ids)})


async def list_products(request: web.Request) -> web.Response:
    query = _query(request, set())
    if isinstance(query, web.Response):
        return query
    products = sorted(_shop(request).products(), key=lambda p: p["sku"])
    ids = _ids(products)
    return _page(request, [product_object(p, ids) for p in products], "products")


async def list_plans(request: web.Request) -> web.Response:
    query = _query(request, set())
    if isinstance(query, web.Response):
        return query
    products = sorted(_shop(request).products(), key=lambda p: p["sku"])
    ids = _ids(products)
    plans = [plan_object(p, ids) for p in products if p.get("subscribable")]
    return _page(request, plans, "plans")


def add_routes(app: web.Application, shop: DemoShop, prefix: str) -> None:
    app[SHOP] = shop
    app[PREFIX] = prefix
    app.add_routes(
        [
            web.get(f"{prefix}/customers", list_customers),
            web.get(f"{prefix}/subscriptions", list_subscriptions),
            web.get(f"{prefix}/subscriptions/{{id:\\d+}}", get_subscription),
            web.put(f"{prefix}/subscriptions/{{id:\\d+}}", update_subscription),
            web.post(
                f"{prefix}/subscriptions/{{id:\\d+}}/set_next_charge_date", set_next_charge_date
            ),
            web.get(f"{prefix}/charges", list_charges),
            web.post(f"{prefix}/charges/{{id:\\d+}}/skip", skip_charge),
            web.get(f"{prefix}/products", list_products),
            web.get(f"{prefix}/plans", list_plans),
        ]
    )
