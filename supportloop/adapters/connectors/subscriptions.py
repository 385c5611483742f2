"""Recharge's REST API, version 2021-11: every request carries ``X-Recharge-Version: 2021-11``
and the token as ``X-Recharge-Access-Token``
(https://developer.rechargepayments.com/2021-11, "Authentication", "API versioning").

Each call, with its page in Recharge's reference (API version 2021-11):

- the customer by e-mail: ``GET /customers?email=…`` → ``{"customers": [...]}``
  (https://developer.rechargepayments.com/2021-11/customers/customers_list);
- their subscriptions: ``GET /subscriptions?customer_id=…&limit=250`` → ``{"subscriptions":
  [...], "next_cursor": …}``; a further page is asked for with ``cursor`` and ``limit`` only
  (https://developer.rechargepayments.com/2021-11/subscriptions/subscriptions_list,
  https://developer.rechargepayments.com/2021-11/cursor_pagination);
- one subscription: ``GET /subscriptions/{id}`` → ``{"subscription": {...}}``
  (https://developer.rechargepayments.com/2021-11/subscriptions/subscriptions_retrieve);
- move the next charge: ``POST /subscriptions/{id}/set_next_charge_date`` with
  ``{"date": "YYYY-MM-DD"}`` (https://developer.rechargepayments.com/2021-11/subscriptions/subscriptions_change_next_charge);
- skip the next charge: a skip is an operation on a charge. The subscription's next queued
  charge, ``GET /charges?purchase_item_id={id}&status=queued&sort_by=scheduled_at-asc``
  (https://developer.rechargepayments.com/2021-11/charges/charge_list), is skipped for this
  subscription only: ``POST /charges/{charge_id}/skip`` with ``{"purchase_item_ids": [id]}``
  (https://developer.rechargepayments.com/2021-11/charges/charge_skip);
- swap the product: ``PUT /subscriptions/{id}`` with ``{"external_variant_id": {"ecommerce":
  "<variant id>"}}``; change the frequency: the same call with ``order_interval_frequency``,
  ``order_interval_unit`` and ``charge_interval_frequency``, which must be set together
  (https://developer.rechargepayments.com/2021-11/subscriptions/subscriptions_update,
  https://docs.getrecharge.com/docs/subscriptions "Updating a subscription");
- the catalogue a swap picks from: the products Recharge knows, ``GET /products``
  (https://developer.rechargepayments.com/2021-11/products/products_list: ``title``,
  ``external_product_id`` and ``variants`` with ``sku`` and ``external_variant_id``), and which
  of them can be subscribed to, a ``subscription`` plan for the product, ``GET /plans``
  (https://developer.rechargepayments.com/2021-11/plans/plans_list;
  https://docs.getrecharge.com/docs/deprecation-notice-products-v2021-01 "Check if a product
  supports subscriptions"). The port names products by SKU; the connector maps a SKU to its
  variant id through this catalogue. Recharge's release notes for 2021-11 say its Products
  resource is filled by custom (API) integrations; a Shopify or BigCommerce shop's catalogue
  stays there, so for such a shop the list may be empty: no product to swap to is then
  found and the swap goes to a person (``swap_product_found`` is false).
- pause: Recharge 2021-11 has no pause call and no paused status (a subscription is
  ``active``, ``cancelled`` or ``expired``; Recharge's own help centre, "Pausing or delaying
  orders", moves the upcoming charge dates instead). A pause until a date is
  ``set_next_charge_date`` (the ``delay_subscription`` action); :meth:`pause` refuses,
  sending nothing, so an open-ended pause is never faked with a far-off date or a
  cancellation.

Subscriptions come back as Recharge has them; the keys the resolver reads (``id``,
``status``, ``product_title``, ``sku``, ``next_charge_scheduled_at``,
``order_interval_frequency``, ``order_interval_unit``) are Recharge's own, the status lower
case and the date ``YYYY-MM-DD``.
"""

from __future__ import annotations

from typing import Any

import httpx

from supportloop.adapters.connectors.http import HttpConnector, RetryPolicy, Sleep
from supportloop.errors import ConnectorRejected

API_VERSION = "2021-11"
PAGE_LIMIT = "250"  # Recharge's maximum page size
MAX_PAGES = 20  # a customer's subscriptions, the catalogue: never more than 5,000 records


class RechargeSubscriptions(HttpConnector):
    service = "subscriptions"

    def __init__(
        self,
        base_url: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        headers: dict[str, str] | None = None,
        retry: RetryPolicy | None = None,
        timeout_s: float = 10.0,
        read_only: bool = False,
        sleep: Sleep | None = None,
        max_connections: int = 8,
    ) -> None:
        extra: dict[str, Any] = {} if sleep is None else {"sleep": sleep}
        super().__init__(
            base_url,
            transport=transport,
            headers={**(headers or {}), "X-Recharge-Version": API_VERSION},
            retry=retry,
            timeout_s=timeout_s,
            read_only=read_only,
            max_connections=max_connections,
            **extra,
        )

    async def _list(self, path: str, name: str, params: dict[str, str]) -> list[dict[str, Any]]:
        """Every page of a 2021-11 list: the filters on the first request, then ``cursor``
        and ``limit`` only, as Recharge requires, until ``next_cursor`` is empty."""
        items: list[dict[str, Any]] = []
        query = {**params, "limit": PAGE_LIMIT}
        for _ in range(MAX_PAGES):
            data = await self.request("GET", path, params=query) or {}
            items.extend(data.get(name) or [])
            cursor = data.get("next_cursor")
            if not cursor:
                break
            query = {"cursor": str(cursor), "limit": PAGE_LIMIT}
        return items

    async def subscriptions_for(self, email: str) -> list[dict[str, Any]]:
        data = await self.request("GET", "/customers", params={"email": email})
        subscriptions: list[dict[str, Any]] = []
        for customer in (data or {}).get("customers") or []:
            found = await self._list(
                "/subscriptions", "subscriptions", {"customer_id": str(customer["id"])}
            )
            subscriptions.extend(normalise(s) for s in found)
        return subscriptions

    async def get_subscription(self, subscription_id: str) -> dict[str, Any] | None:
        data = await self.request("GET", f"/subscriptions/{subscription_id}", allow_404=True)
        sub = None if data is None else data.get("subscription")
        return None if sub is None else normalise(sub)

    async def products(self) -> list[dict[str, Any]]:
        """One entry per variant: ``sku``, ``title`` (the product's), ``price``,
        ``subscribable`` (a subscription plan covers it), ``external_variant_id``."""
        products = await self._list("/products", "products", {})
        plans = await self._list("/plans", "plans", {})
        return catalogue(products, plans)

    async def _write(
        self, method: str, path: str, body: dict[str, Any], key: str, replay_safe: bool = True
    ) -> dict[str, Any]:
        """``replay_safe``: every write here sets a value (a date, a variant, an interval)
        except a skip, which skips whichever charge is queued each time it is sent."""
        data = await self.request(
            method, path, json=body, idempotency_key=key, replay_safe=replay_safe
        )
        return dict(data or {})

    async def pause(self, subscription_id: str, key: str) -> dict[str, Any]:
        raise ConnectorRejected(
            self.service,
            f"Recharge API {API_VERSION} has no pause: move the next charge to a date "
            "(set_next_charge_date) or pause it in Recharge's merchant portal",
            501,
        )

    async def skip_next(self, subscription_id: str, key: str) -> dict[str, Any]:
        query = {
            "purchase_item_id": subscription_id,
            "status": "queued",
            "sort_by": "scheduled_at-asc",
            "limit": "1",
        }
        data = await self.request("GET", "/charges", params=query)
        charges = (data or {}).get("charges") or []
        if not charges:
            raise ConnectorRejected(
                self.service, f"no queued charge for subscription {subscription_id}", 422
            )
        body = {"purchase_item_ids": [int(subscription_id)]}
        path = f"/charges/{charges[0]['id']}/skip"
        return (await self._write("POST", path, body, key, replay_safe=False)).get("charge") or {}

    async def set_next_charge_date(
        self, subscription_id: str, day: str, key: str
    ) -> dict[str, Any]:
        """The next charge, and the ones after it, move to ``day``."""
        path = f"/subscriptions/{subscription_id}/set_next_charge_date"
        data = await self._write("POST", path, {"date": day}, key)
        return normalise(data.get("subscription") or {})

    async def swap(self, subscription_id: str, sku: str, key: str) -> dict[str, Any]:
        variant = next(
            (p for p in await self.products() if p["sku"] == sku and p["subscribable"]), None
        )
        if variant is None:
            raise ConnectorRejected(
                self.service, f"no subscribable variant with SKU {sku} in Recharge", 422
            )
        body = {"external_variant_id": {"ecommerce": variant["external_variant_id"]}}
        data = await self._write("PUT", f"/subscriptions/{subscription_id}", body, key)
        return normalise(data.get("subscription") or {})

    async def set_frequency(self, subscription_id: str, weeks: int, key: str) -> dict[str, Any]:
        body = {
            "order_interval_frequency": weeks,
            "order_interval_unit": "week",
            "charge_interval_frequency": weeks,
        }
        data = await self._write("PUT", f"/subscriptions/{subscription_id}", body, key)
        return normalise(data.get("subscription") or {})


def normalise(sub: dict[str, Any]) -> dict[str, Any]:
    """Recharge's subscription with the status lower case and the next charge a date."""
    out = dict(sub)
    if isinstance(out.get("status"), str):
        out["status"] = out["status"].lower()
    if isinstance(out.get("next_charge_scheduled_at"), str):
        out["next_charge_scheduled_at"] = out["next_charge_scheduled_at"][:10]
    return out


def _external(value: Any) -> str | None:
    """``{"ecommerce": "123"}`` (2021-11's external ids), or a bare id."""
    if isinstance(value, dict):
        value = value.get("ecommerce")
    return None if value in (None, "") else str(value)


def catalogue(products: list[dict[str, Any]], plans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Variants by SKU, each marked subscribable when a ``subscription`` plan of its
    product covers it (all its variants, unless the plan lists ``external_variant_ids``)."""
    covered: dict[str, set[str] | None] = {}
    for plan in plans:
        product_id = _external(plan.get("external_product_id"))
        if plan.get("type") != "subscription" or product_id is None or plan.get("deleted_at"):
            continue
        variants = [str(v) for v in plan.get("external_variant_ids") or []]
        if not plan.get("has_variant_restrictions") or not variants:
            covered[product_id] = None  # every variant
        elif covered.get(product_id, set()) is not None:
            covered[product_id] = (covered.get(product_id) or set()) | set(variants)
    out: list[dict[str, Any]] = []
    for product in products:
        product_id = _external(product.get("external_product_id"))
        for variant in product.get("variants") or []:
            variant_id = _external(variant.get("external_variant_id"))
            if not variant.get("sku") or variant_id is None:
                continue
            allowed = covered.get(product_id or "", set())
            out.append(
                {
                    "sku": str(variant["sku"]),
                    "title": str(product.get("title") or ""),
                    "variant_title": variant.get("title"),
                    "price": (variant.get("prices") or {}).get("unit_price"),
                    "subscribable": product_id in covered
                    and (allowed is None or variant_id in allowed),
                    "external_product_id": product_id,
                    "external_variant_id": variant_id,
                }
            )
    return out
