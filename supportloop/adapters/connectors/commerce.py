"""The commerce connector: Shopify's GraphQL Admin API.

One endpoint, ``POST /admin/api/<version>/graphql.json`` with ``X-Shopify-Access-Token``
(https://shopify.dev/docs/api/admin-graphql, versions 2026-01 … 2026-10). Every call is a
``.graphql`` document in ``supportloop/adapters/connectors/shopify/`` named as in Shopify's
reference; the REST Admin API is legacy since 2024-10 and order edits and returns never were
REST operations.

- Ids are global ids (``gid://shopify/Order/…``) in and out: the order document's ``id`` is
  the order's gid; an order number ("1001", "#1001") is looked up with
  ``orders(query: "name:#1001")``, a customer's latest order with ``orders(query: "email:…")``.
- ``refundCreate`` carries ``@idempotent(key: …)`` with the ticket's idempotency key
  (mandatory since 2026-04:
  https://shopify.dev/changelog/making-idempotency-mandatory-for-inventory-adjustments-and-refund-mutations).
  The other mutations have no idempotency in Shopify: the pipeline's ledger and its
  read-before-act state checks are what stop repeats.
- ``userErrors`` (``orderCancelUserErrors`` for ``orderCancel``) raise
  :class:`~supportloop.errors.ConnectorUserError` with the field and message.
- A ``THROTTLED`` error waits for the bucket to refill by the cost the response reports
  (``extensions.cost``: ``requestedQueryCost`` and ``throttleStatus.currentlyAvailable`` /
  ``restoreRate``; https://shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits), a
  bounded number of times; 5xx, 429 and timeouts retry boundedly in :class:`HttpConnector`.
- ``orderCancel`` runs as a job: the connector reads the order back until ``cancelledAt`` is
  set, a bounded number of times.

Access scopes each action needs are :data:`ACTION_SCOPES` (also in the README's "Connect your
store"); ``write_*`` implies ``read_*`` (https://shopify.dev/docs/api/usage/access-scopes).
"""

from __future__ import annotations

import re
from typing import Any

from supportloop.adapters.connectors.http import HttpConnector
from supportloop.adapters.connectors.shopify import document
from supportloop.adapters.connectors.shopify_pacing import CostPacer
from supportloop.errors import (
    ConfigurationError,
    ConnectorRejected,
    ConnectorUnavailable,
    ConnectorUserError,
)

Doc = dict[str, Any]

SUPPORTED_API_VERSIONS = ("2026-01", "2026-04", "2026-07", "2026-10")
DEFAULT_API_VERSION = "2026-10"
ORDER_GID = "gid://shopify/Order/"
LINE_ITEM_GID = "gid://shopify/LineItem/"
CALCULATED_LINE_ITEM_GID = "gid://shopify/CalculatedLineItem/"

#: The access scopes each commerce action needs (reads of an order include its returns).
ACTION_SCOPES: dict[str, tuple[str, ...]] = {
    "look up orders": ("read_orders", "read_returns"),
    "update_shipping_address": ("write_orders",),
    "remove_line_item": ("write_order_edits",),
    "cancel_order": ("write_orders",),
    "refund_order": ("write_orders",),
    "refund_line_items": ("write_orders",),
    "create_return": ("write_returns",),
    "answer_size_question": ("read_products",),
}
#: Mutations that do the same sent twice: refundCreate carries @idempotent(key:), Shopify
#: deduplicates it; orderUpdate sets the address; orderEditBegin opens a calculated order
#: (nothing changes until commit); orderEditSetQuantity sets an absolute quantity on it.
#: orderEditCommit, orderCancel and returnCreate are not sent again after an unclear answer.
REPLAY_SAFE_MUTATIONS = frozenset(
    {"refundCreate", "orderUpdate", "orderEditBegin", "orderEditSetQuantity"}
)
REQUIRED_SCOPES = tuple(sorted({s for scopes in ACTION_SCOPES.values() for s in scopes}))

_ORDER_NUMBER = re.compile(r"#?([A-Za-z0-9-]{1,32})")
_EMAIL = re.compile(r"[^\s\"'\\:()]{1,200}@[^\s\"'\\:()]{1,200}")
_GID = re.compile(r"gid://shopify/Order/(\d{1,20})")


def granted_implies(granted: set[str]) -> set[str]:
    """Scopes ``granted`` gives, counting that ``write_x`` includes ``read_x``."""
    return granted | {"read_" + s.removeprefix("write_") for s in granted if s.startswith("write_")}


def missing_scopes(granted: set[str], needed: tuple[str, ...] = REQUIRED_SCOPES) -> list[str]:
    have = granted_implies(granted)
    return [s for s in needed if s not in have]


def _legacy(gid: str | None) -> int | None:
    tail = str(gid or "").rsplit("/", 1)[-1]
    return int(tail) if tail.isdigit() else None


def _amount(money_set: Doc | None) -> str | None:
    amount = ((money_set or {}).get("shopMoney") or {}).get("amount")
    return None if amount is None else f"{float(amount):.2f}"


def _lower(value: Any) -> str | None:
    return None if value is None else str(value).lower()


def _nodes(connection: Any) -> list[Doc]:
    if isinstance(connection, list):
        return [n for n in connection if isinstance(n, dict)]
    return [n for n in (connection or {}).get("nodes") or () if isinstance(n, dict)]


def _label_url(ret: Doc) -> str | None:
    for rfo in _nodes(ret.get("reverseFulfillmentOrders")):
        for delivery in _nodes(rfo.get("reverseDeliveries")):
            label = (delivery.get("deliverable") or {}).get("label") or {}
            if label.get("publicFileUrl"):
                return str(label["publicFileUrl"])
    return None


def order_document(node: Doc) -> Doc:
    """A GraphQL ``Order`` (the ``OrderFields`` selection) as the order document the decision
    core reads: snake_case, amounts as 2-decimal strings, removed line items (current quantity
    0 after an edit) left out, the order's gid as ``id``."""
    address = node.get("shippingAddress") or {}
    items = [
        {
            "id": _legacy(li.get("id")),
            "admin_graphql_api_id": li.get("id"),
            "sku": li.get("sku"),
            "title": li.get("title"),
            "variant_title": li.get("variantTitle"),
            "quantity": int(li.get("currentQuantity", li.get("quantity")) or 0),
            "price": _amount(li.get("originalUnitPriceSet")),
            "final_sale": "final-sale"
            in [str(t).lower() for t in (li.get("product") or {}).get("tags") or ()],
            "product_type": (li.get("product") or {}).get("productType") or None,
        }
        for li in _nodes(node.get("lineItems"))
    ]
    fulfillments = []
    for f in _nodes(node.get("fulfillments")):
        tracking = (f.get("trackingInfo") or [{}])[0] or {}
        fulfillments.append(
            {
                "id": _legacy(f.get("id")),
                "admin_graphql_api_id": f.get("id"),
                "status": _lower(f.get("status")),
                "created_at": f.get("createdAt"),
                "tracking_company": tracking.get("company"),
                "tracking_number": tracking.get("number"),
                "tracking_url": tracking.get("url"),
                "shipment_status": _lower(f.get("displayStatus")),
                "estimated_delivery_at": f.get("estimatedDeliveryAt"),
                "delivered_at": f.get("deliveredAt"),
            }
        )
    fulfillment = str(node.get("displayFulfillmentStatus") or "UNFULFILLED")
    orders_count = (node.get("customer") or {}).get("numberOfOrders")  # UnsignedInt64: a string
    return {
        "id": node.get("id"),
        "legacy_resource_id": node.get("legacyResourceId"),
        "name": node.get("name"),
        "email": str(node.get("email") or "").lower(),
        "created_at": node.get("createdAt"),
        "currency": node.get("currencyCode"),
        "total_price": _amount(node.get("currentTotalPriceSet")) or "0.00",
        # received minus refunded: what is left to refund (currentTotalPriceSet is already
        # net of returned and removed items, so it minus the refunds counts those twice)
        "net_payment": _amount(node.get("netPaymentSet")),
        "financial_status": _lower(node.get("displayFinancialStatus")),
        "fulfillment_status": None if fulfillment == "UNFULFILLED" else fulfillment.lower(),
        "cancelled_at": node.get("cancelledAt"),
        "customer_orders_count": int(str(orders_count)) if str(orders_count).isdigit() else None,
        "line_items": [li for li in items if int(li["quantity"] or 0) > 0],
        "shipping_address": {
            "name": address.get("name"),
            "address1": address.get("address1"),
            "address2": address.get("address2"),
            "city": address.get("city"),
            "province_code": address.get("provinceCode"),
            "zip": address.get("zip"),
            "country_code": address.get("countryCodeV2"),
        },
        "fulfillments": fulfillments,
        "refunds": [
            {
                "id": r.get("id"),
                "amount": _amount(r.get("totalRefundedSet")) or "0.00",
                "note": r.get("note"),
                "created_at": r.get("createdAt"),
            }
            for r in _nodes(node.get("refunds"))
        ],
        "returns": [
            {
                "id": r.get("id"),
                "name": r.get("name"),
                "status": _lower(r.get("status")),
                "label_url": _label_url(r),
            }
            for r in _nodes(node.get("returns"))
        ],
        "transactions": [
            {
                "id": t.get("id"),
                "kind": t.get("kind"),
                "status": t.get("status"),
                "gateway": t.get("gateway"),
                "amount": _amount(t.get("amountSet")),
            }
            for t in _nodes(node.get("transactions"))
        ],
    }


def product_sizes(options: list[Doc]) -> list[str]:
    """A product's sizes: its "Size" option's values, else those of its only real option."""
    real = [o for o in options if str(o.get("name")).casefold() != "title"]
    sized = [o for o in real if str(o.get("name")).casefold() in ("size", "sizes")]
    chosen = sized[0] if sized else real[0] if len(real) == 1 else None
    return [str(v) for v in (chosen or {}).get("values") or ()]


def _refund_lines(lines: list[Doc]) -> list[Doc]:
    """{line_item_id, quantity} as Shopify's RefundLineItemInput (lineItemId, quantity)."""
    return [
        {"lineItemId": f"{LINE_ITEM_GID}{int(li['line_item_id'])}", "quantity": int(li["quantity"])}
        for li in lines
    ]


def order_gid(order_id: str) -> str | None:
    """``order_id`` as an order gid when it is one (or a bare legacy id is not accepted:
    a number is an order *number*, looked up by name)."""
    return order_id if _GID.fullmatch(order_id) else None


class ShopifyCommerce(HttpConnector):
    service = "commerce"

    def __init__(
        self,
        base_url: str,
        *,
        api_version: str = DEFAULT_API_VERSION,
        throttle_attempts: int = 40,
        max_throttle_wait_s: float = 20.0,
        cancel_checks: int = 5,
        cancel_poll_s: float = 0.5,
        **kwargs: Any,
    ) -> None:
        if api_version not in SUPPORTED_API_VERSIONS:
            raise ConfigurationError(
                f"Shopify API version {api_version!r} is not one SupportLoop supports "
                f"({', '.join(SUPPORTED_API_VERSIONS)})"
            )
        super().__init__(base_url, **kwargs)
        self.api_version = api_version
        self.endpoint = f"/admin/api/{api_version}/graphql.json"
        self._throttle_attempts = max(1, throttle_attempts)
        self._max_throttle_wait_s = max_throttle_wait_s
        self._cancel_checks = max(1, cancel_checks)
        self._cancel_poll_s = cancel_poll_s
        self.pacer = CostPacer(max_wait_s=max_throttle_wait_s)

    # transport ---------------------------------------------------------------------------
    async def graphql(
        self, operation: str, variables: Doc, *, mutation: bool = False, key: str | None = None
    ) -> Doc:
        """Run one document; return its ``data``. GraphQL-level errors raise: THROTTLED is
        waited out (bounded), ACCESS_DENIED and the rest are rejections."""
        body = {"query": document(operation), "variables": variables}
        for attempt in range(1, self._throttle_attempts + 1):
            wait = self.pacer.reserve(operation)
            if wait > 0:
                await self._sleep(wait)
            data = await self.request(
                "POST",
                self.endpoint,
                json=body,
                idempotency_key=key,
                write=mutation,
                replay_safe=not mutation or operation in REPLAY_SAFE_MUTATIONS,
            )
            response = data or {}
            self.pacer.observe(operation, response)
            errors = [e for e in response.get("errors") or () if isinstance(e, dict)]
            if not errors:
                result = response.get("data")
                if not isinstance(result, dict):
                    raise ConnectorRejected(self.service, f"{operation}: response without data")
                return result
            codes = {str((e.get("extensions") or {}).get("code")) for e in errors}
            if "THROTTLED" in codes:
                if attempt < self._throttle_attempts:
                    pause = self._throttle_wait(response)
                    await self._sleep(pause)
                    self.pacer.waited(pause)
                    continue
                raise ConnectorUnavailable(
                    self.service, f"{operation} THROTTLED after {attempt} attempts", 429
                )
            message = "; ".join(str(e.get("message"))[:200] for e in errors[:3])
            status = 403 if "ACCESS_DENIED" in codes else 400
            raise ConnectorRejected(self.service, f"{operation}: {message}", status)
        raise AssertionError("unreachable")  # pragma: no cover

    def _throttle_wait(self, response: Doc) -> float:
        """Seconds until the bucket holds the requested cost again."""
        cost = (response.get("extensions") or {}).get("cost") or {}
        status = cost.get("throttleStatus") or {}
        try:
            requested = float(cost.get("requestedQueryCost") or 0)
            available = float(status.get("currentlyAvailable") or 0)
            rate = float(status.get("restoreRate") or 0)
        except (TypeError, ValueError):
            return 1.0
        if rate <= 0:
            return 1.0
        return min(max((requested - available) / rate, 0.05), self._max_throttle_wait_s)

    def _user_errors(self, operation: str, payload: Doc | None, name: str = "userErrors") -> None:
        errors = [e for e in (payload or {}).get(name) or () if isinstance(e, dict)]
        if errors:
            first = errors[0]
            field = [str(f) for f in first.get("field") or ()]
            raise ConnectorUserError(self.service, operation, field, str(first.get("message")))

    # reads ---------------------------------------------------------------------------------
    async def _search(self, query: str) -> Doc | None:
        data = await self.graphql("orders", {"query": query, "first": 1})
        nodes = _nodes(data.get("orders"))
        return order_document(nodes[0]) if nodes else None

    async def get_order(self, order_id: str) -> Doc | None:
        """An order by gid, or by its number ("1001" / "#1001"); None when there is none."""
        gid = order_gid(order_id)
        if gid is not None:
            data = await self.graphql("order", {"id": gid})
            node = data.get("order")
            return order_document(node) if isinstance(node, dict) else None
        number = _ORDER_NUMBER.fullmatch(order_id.strip())
        if number is None:  # never let a reference become search syntax
            return None
        return await self._search(f"name:#{number.group(1)}")

    async def latest_order_for(self, email: str) -> Doc | None:
        if not _EMAIL.fullmatch(email.strip()):
            return None
        return await self._search(f'email:"{email.strip().lower()}"')

    async def find_product(self, title: str) -> Doc | None:
        """The product with this title (case aside), or the only one whose title contains it:
        its title, type and sizes (the
        values of its "Size" option, else of its only option; Shopify's placeholder option
        "Title" / "Default Title" is no size)."""
        clean = " ".join(title.replace('"', " ").replace("\\", " ").split())
        if not clean:
            return None
        data = await self.graphql("products", {"query": f'title:"{clean}"'})
        nodes = _nodes(data.get("products"))
        exact = [n for n in nodes if str(n.get("title")).casefold() == clean.casefold()]
        # the only product whose title contains it ("House Blend Coffee" → "… 1 lb"); several
        # ("Wool" → socks and a blanket) name none of them
        chosen = exact or (nodes if len(nodes) == 1 else [])
        if not chosen:
            return None
        node = chosen[0]
        return {
            "id": node.get("id"),
            "title": node.get("title"),
            "product_type": node.get("productType") or None,
            "sizes": product_sizes(node.get("options") or []),
        }

    async def recent_order(self) -> Doc | None:
        """The newest order (no search filter): a read-only connection check."""
        return await self._search("")

    async def _require(self, order_id: str) -> Doc:
        order = await self.get_order(order_id)
        if order is None:
            raise ConnectorRejected(self.service, f"order {order_id} not found", 404)
        return order

    # writes --------------------------------------------------------------------------------
    async def update_shipping_address(self, order_id: str, address: Doc, key: str) -> Doc:
        """orderUpdate overwrites the whole address: fields the request leaves out keep the
        order's current values."""
        order = await self._require(order_id)
        merged = {**order["shipping_address"], **{k: v for k, v in address.items() if v}}
        first, _, last = str(merged.get("name") or "").partition(" ")
        shipping = {
            "firstName": first or None,
            "lastName": last or None,
            "address1": merged.get("address1"),
            "address2": merged.get("address2"),
            "city": merged.get("city"),
            "provinceCode": merged.get("province_code"),
            "zip": merged.get("zip"),
            "countryCode": merged.get("country_code"),
        }
        variables = {"input": {"id": order["id"], "shippingAddress": shipping}}
        data = await self.graphql("orderUpdate", variables, mutation=True, key=key)
        payload = data.get("orderUpdate") or {}
        self._user_errors("orderUpdate", payload)
        return order_document(payload["order"]) if payload.get("order") else order

    async def remove_line_item(
        self, order_id: str, line_item_id: int, key: str, quantity: int | None = None
    ) -> Doc:
        """orderEditBegin → orderEditSetQuantity(current − ``quantity``, restock; 0 when
        ``quantity`` is None: the whole line) → orderEditCommit."""
        order = await self._require(order_id)
        begun = (await self.graphql("orderEditBegin", {"id": order["id"]}, mutation=True)).get(
            "orderEditBegin"
        )
        self._user_errors("orderEditBegin", begun)
        calculated = (begun or {}).get("calculatedOrder") or {}
        wanted = f"{CALCULATED_LINE_ITEM_GID}{int(line_item_id)}"
        current = {
            li.get("id"): int(li.get("quantity") or 0) for li in _nodes(calculated.get("lineItems"))
        }
        if wanted not in current or (quantity is not None and not 0 < quantity <= current[wanted]):
            raise ConnectorUserError(
                self.service, "orderEditSetQuantity", ["lineItemId"],
                f"line item {line_item_id} (x{quantity or 'all'}) is not in order {order_id}",
            )  # fmt: skip
        left = 0 if quantity is None else current[wanted] - quantity
        variables = {
            "id": calculated["id"],
            "lineItemId": wanted,
            "quantity": left,
            "restock": True,
        }
        staged = await self.graphql("orderEditSetQuantity", variables, mutation=True)
        self._user_errors("orderEditSetQuantity", staged.get("orderEditSetQuantity"))
        commit = {"id": calculated["id"], "notifyCustomer": True, "staffNote": f"SupportLoop {key}"}
        data = await self.graphql("orderEditCommit", commit, mutation=True, key=key)
        payload = data.get("orderEditCommit") or {}
        self._user_errors("orderEditCommit", payload)
        return order_document(payload["order"]) if payload.get("order") else order

    async def cancel_order(self, order_id: str, key: str) -> Doc:
        """orderCancel (refund, restock, notify) starts a job; read the order back until it
        shows ``cancelledAt``, at most ``cancel_checks`` times. The caller verifies."""
        order = await self._require(order_id)
        variables = {
            "orderId": order["id"],
            "reason": "CUSTOMER",
            "refund": True,
            "restock": True,
            "notifyCustomer": True,
            "staffNote": f"SupportLoop {key}",
        }
        data = await self.graphql("orderCancel", variables, mutation=True, key=key)
        self._user_errors("orderCancel", data.get("orderCancel"), "orderCancelUserErrors")
        latest = order
        for check in range(self._cancel_checks):
            latest = await self.get_order(order["id"]) or latest
            if latest.get("cancelled_at"):
                break
            if check + 1 < self._cancel_checks:
                await self._sleep(self._cancel_poll_s)
        return latest

    async def refund_order(self, order_id: str, amount: str, key: str) -> Doc:
        """refundCreate against the order's captured payment, @idempotent(key: ticket key)."""
        order = await self._require(order_id)
        parents = [
            t
            for t in order["transactions"]
            if t.get("kind") in ("SALE", "CAPTURE") and t.get("status") == "SUCCESS"
        ]
        if not parents:
            raise ConnectorUserError(
                self.service, "refundCreate", ["transactions"],
                f"order {order_id} has no captured payment to refund",
            )  # fmt: skip
        parent = parents[-1]
        refund = {
            "orderId": order["id"],
            "notify": True,
            "note": f"SupportLoop {key}",
            "transactions": [
                {"orderId": order["id"], "kind": "REFUND", "gateway": parent["gateway"],
                 "amount": f"{float(amount):.2f}", "parentId": parent["id"]}
            ],
        }  # fmt: skip
        return await self._refund_create(refund, key, order)

    async def _refund_create(self, refund: Doc, key: str, fallback: Doc | None) -> Doc:
        """refundCreate @idempotent(key): the refund made and the order as it is after."""
        variables = {"input": refund, "idempotencyKey": key}
        data = await self.graphql("refundCreate", variables, mutation=True, key=key)
        payload = data.get("refundCreate") or {}
        self._user_errors("refundCreate", payload)
        refunded = payload.get("refund") or {}
        return {
            "refund": {
                "id": refunded.get("id"),
                "amount": _amount(refunded.get("totalRefundedSet")),
            },
            "order": order_document(payload["order"]) if payload.get("order") else fallback,
        }

    async def suggested_refund(self, order_id: str, lines: list[Doc]) -> Doc:
        """``Order.suggestedRefund`` for ``lines`` ({line_item_id, quantity}): the amount the
        shop computes (discounts and taxes allocated), capped at what is refundable, and the
        transaction to refund it against. Read-only."""
        order = await self._require(order_id)
        data = await self.graphql(
            "suggestedRefund", {"id": order["id"], "refundLineItems": _refund_lines(lines)}
        )
        suggested = (data.get("order") or {}).get("suggestedRefund") or {}
        transactions = [
            {"gateway": t.get("gateway"), "amount": _amount(t.get("amountSet")),
             "parent_id": (t.get("parentTransaction") or {}).get("id")}
            for t in suggested.get("suggestedTransactions") or () if isinstance(t, dict)
        ]  # fmt: skip
        return {
            "order_id": order["id"],
            "amount": _amount(suggested.get("amountSet")) or "0.00",
            "maximum": _amount(suggested.get("maximumRefundableSet")),
            "lines": [
                {"line_item_id": _legacy((li.get("lineItem") or {}).get("id")),
                 "quantity": int(li.get("quantity") or 0)}
                for li in suggested.get("refundLineItems") or () if isinstance(li, dict)
            ],
            "transactions": transactions,
        }  # fmt: skip

    async def refund_line_items(self, order_id: str, lines: list[Doc], key: str) -> Doc:
        """refundCreate with ``refundLineItems`` for the named units and, as its transaction,
        exactly what ``suggestedRefund`` computes for them (never more), @idempotent."""
        suggested = await self.suggested_refund(order_id, lines)
        parents = [t for t in suggested["transactions"] if t.get("parent_id") and t.get("amount")]
        if not parents or float(suggested["amount"]) <= 0:
            raise ConnectorUserError(
                self.service, "refundCreate", ["transactions"],
                f"order {order_id}: nothing refundable for those line items",
            )  # fmt: skip
        gid = suggested["order_id"]
        refund = {
            "orderId": gid,
            "notify": True,
            "note": f"SupportLoop {key}",
            "refundLineItems": [
                {**line, "restockType": "NO_RESTOCK"} for line in _refund_lines(lines)
            ],
            "transactions": [
                {"orderId": gid, "kind": "REFUND", "gateway": t["gateway"],
                 "amount": t["amount"], "parentId": t["parent_id"]}
                for t in parents
            ],
        }  # fmt: skip
        return await self._refund_create(refund, key, None)

    async def create_return(self, order_id: str, key: str, lines: list[Doc] | None = None) -> Doc:
        """returnCreate for ``lines`` ({line_item_id, quantity}) or, when None, every fulfilled
        line item of the order."""
        order = await self._require(order_id)
        data = await self.graphql("orderFulfillmentLineItems", {"id": order["id"]})
        shipped = (data.get("order") or {}).get("fulfillments") or []
        wanted = (
            None
            if lines is None
            else {f"{LINE_ITEM_GID}{int(li['line_item_id'])}": int(li["quantity"]) for li in lines}
        )
        return_lines = []
        for f in shipped:
            if not isinstance(f, dict):
                continue
            for fli in _nodes(f.get("fulfillmentLineItems")):
                available = int(fli.get("quantity") or 0)
                line_gid = str((fli.get("lineItem") or {}).get("id"))
                asked = available if wanted is None else wanted.pop(line_gid, 0)
                if asked > available:
                    raise ConnectorUserError(
                        self.service, "returnCreate", ["returnLineItems"],
                        f"only {available} of {line_gid} were fulfilled",
                    )  # fmt: skip
                units = asked
                if fli.get("id") and units > 0:
                    return_lines.append(
                        {"fulfillmentLineItemId": fli["id"], "quantity": units,
                         "returnReasonNote": "Requested by the customer (SupportLoop)"}
                    )  # fmt: skip
        if not return_lines or wanted:
            raise ConnectorUserError(
                self.service, "returnCreate", ["returnLineItems"],
                f"order {order_id} has no fulfilled line items to return",
            )  # fmt: skip
        variables = {"returnInput": {"orderId": order["id"], "returnLineItems": return_lines}}
        data = await self.graphql("returnCreate", variables, mutation=True, key=key)
        payload = data.get("returnCreate") or {}
        self._user_errors("returnCreate", payload)
        created = payload.get("return") or {}
        return {"id": created.get("id"), "name": created.get("name"),
                "status": _lower(created.get("status"))}  # fmt: skip

    # connection check ------------------------------------------------------------------------
    async def granted_scopes(self) -> tuple[Doc, set[str]]:
        """The shop and the access scopes this token was granted (read-only)."""
        data = await self.graphql("shop", {})
        installation = data.get("currentAppInstallation") or {}
        scopes = {str(s.get("handle")) for s in installation.get("accessScopes") or ()}
        return data.get("shop") or {}, scopes
