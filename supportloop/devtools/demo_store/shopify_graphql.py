"""The demo store's Shopify GraphQL Admin API: ``POST /admin/api/<version>/graphql.json``.

Each incoming document is parsed and validated against Shopify's own Admin schema for that
version (the introspection ``@shopify/dev-mcp`` ships, fetched by ``make shopify-schema``), then
executed by graphql-core with resolvers for the fields SupportLoop uses, over the same SQLite
state as the rest of the demo store. What the real API enforces, this enforces:

- ``refundCreate`` without ``@idempotent(key: …)`` fails (mandatory since 2026-04:
  https://shopify.dev/changelog/making-idempotency-mandatory-for-inventory-adjustments-and-refund-mutations);
  a repeated key returns the first refund, never a second one.
- Invalid edits, cancels, refunds and returns come back as ``userErrors``
  (``orderCancelUserErrors`` for ``orderCancel``), HTTP 200.
- Access scopes: a token configured with scopes gets ``ACCESS_DENIED`` for fields it may
  not use; an unknown token gets 401. No token at all acts with every scope (demo only).
- A cost bucket (https://shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits): the
  requested cost must be available, else ``THROTTLED`` with ``extensions.cost``; the
  bucket refills at the plan's restore rate (Standard 100 points/s … Enterprise 2000) and holds
  20 seconds of it (Standard: 2,000), a single query may cost at most 1,000.

Costs are computed the way Shopify documents them, simplified: scalars and enums 0, objects 1,
a connection or list with ``first: n`` 2 + n × its selection, a mutation 10. The requested
cost is taken before running; what the answer actually held is the actual cost, and the
difference goes back into the bucket.
"""

from __future__ import annotations

import gzip
import json
import math
import os
import re
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    build_client_schema,
    execute,
    get_directive_values,
    parse,
    validate,
)
from graphql.language import IntValueNode, VariableNode

from supportloop.devtools.demo_store.shop import (
    DemoShop,
    Doc,
    ShopError,
    net_payment,
    refunded_units,
)

SUPPORTED_VERSIONS = ("2026-01", "2026-04", "2026-07", "2026-10")
SCHEMA_DIR_ENV = "SUPPORTLOOP_SHOPIFY_SCHEMA_DIR"
_REPO_SCHEMA_DIR = Path(__file__).resolve().parents[3] / ".cache" / "shopify" / "schema"
PLAN_RESTORE_RATES = {"standard": 100.0, "advanced": 200.0, "plus": 1000.0, "enterprise": 2000.0}
# Not a Shopify plan: no throttling, for the benchmark, which measures SupportLoop rather than
# the emulated store's rate limit.
UNLIMITED = "unlimited"
BUCKET_SECONDS = 20.0  # Standard: 2,000 points at 100/s
MAX_QUERY_COST = 1000
MUTATION_COST = 10
GATEWAY = "shopify_payments"

#: The access scope each root field needs (write_x includes read_x).
ROOT_SCOPES = {
    "order": "read_orders",
    "orders": "read_orders",
    "products": "read_products",
    "orderUpdate": "write_orders",
    "orderCancel": "write_orders",
    "refundCreate": "write_orders",
    "orderEditBegin": "write_order_edits",
    "orderEditSetQuantity": "write_order_edits",
    "orderEditCommit": "write_order_edits",
    "returnCreate": "write_returns",
}
NESTED_SCOPES = {"returns": "read_returns"}
ALL_SCOPES = frozenset(
    {"read_orders", "write_orders", "write_order_edits", "read_returns", "write_returns",
     "read_products"}
)  # fmt: skip


class SchemaMissing(RuntimeError):
    pass


def schema_dir() -> Path:
    configured = os.environ.get(SCHEMA_DIR_ENV)
    return Path(configured) if configured else _REPO_SCHEMA_DIR


_SCHEMA_LOCK = threading.Lock()


def admin_schema(version: str) -> GraphQLSchema:
    """Shopify's Admin schema for ``version``, from its introspection result (built once)."""
    with _SCHEMA_LOCK:
        return _build_schema(version)


@cache
def _build_schema(version: str) -> GraphQLSchema:
    path = schema_dir() / f"admin_{version}.json.gz"
    if not path.is_file():
        raise SchemaMissing(
            f"Shopify Admin schema {path} not found: run `make shopify-schema` (or set "
            f"{SCHEMA_DIR_ENV})"
        )
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        introspection = json.load(handle)
    return build_client_schema(introspection["data"])


@lru_cache(maxsize=256)
def checked_document(version: str, query: str) -> tuple[DocumentNode | None, list[Doc]]:
    """The parsed document, or None and the errors: syntax, then validation against the
    schema (cached per text: a connector sends the same few documents)."""
    try:
        document = parse(query)
    except GraphQLError as error:
        return None, [dict(error.formatted)]
    problems = validate(admin_schema(version), document)
    if problems:
        return None, [dict(p.formatted) for p in problems]
    return document, []


# --- cost ---------------------------------------------------------------------------------
def _fragments(document: DocumentNode) -> dict[str, FragmentDefinitionNode]:
    return {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}


def _first(node: FieldNode, variables: dict[str, Any]) -> int | None:
    for argument in node.arguments or ():
        if argument.name.value in ("first", "last"):
            value = argument.value
            if isinstance(value, IntValueNode):
                return int(value.value)
            if isinstance(value, VariableNode):
                found = variables.get(value.name.value)
                return int(found) if isinstance(found, int) else None
    return None


def selection_cost(
    selection_set: SelectionSetNode | None,
    fragments: dict[str, FragmentDefinitionNode],
    variables: dict[str, Any],
) -> int:
    total = 0
    for selection in selection_set.selections if selection_set else ():
        if isinstance(selection, FieldNode):
            if selection.selection_set is None:
                continue
            inner = selection_cost(selection.selection_set, fragments, variables)
            first = _first(selection, variables)
            total += 2 + first * inner if first is not None else 1 + inner
        elif isinstance(selection, InlineFragmentNode):
            total += selection_cost(selection.selection_set, fragments, variables)
        elif isinstance(selection, FragmentSpreadNode):
            fragment = fragments.get(selection.name.value)
            if fragment is not None:
                total += selection_cost(fragment.selection_set, fragments, variables)
    return total


def _actual(
    selection_set: SelectionSetNode | None,
    fragments: dict[str, FragmentDefinitionNode],
    value: Any,
) -> int:
    if not isinstance(value, dict):
        return 0
    total = 0
    for selection in selection_set.selections if selection_set else ():
        if isinstance(selection, FieldNode):
            if selection.selection_set is None:
                continue
            found = value.get(selection.alias.value if selection.alias else selection.name.value)
            if isinstance(found, list):
                total += 2 + sum(_actual(selection.selection_set, fragments, i) for i in found)
            elif isinstance(found, dict):
                total += 1 + _actual(selection.selection_set, fragments, found)
        elif isinstance(selection, InlineFragmentNode):
            total += _actual(selection.selection_set, fragments, value)
        elif isinstance(selection, FragmentSpreadNode):
            fragment = fragments.get(selection.name.value)
            if fragment is not None:
                total += _actual(fragment.selection_set, fragments, value)
    return total


def actual_cost(operation: OperationDefinitionNode, document: DocumentNode, data: Any) -> int:
    """What the query cost once run: objects and list items actually returned (Shopify
    refunds the difference to the requested cost)."""
    cost = _actual(operation.selection_set, _fragments(document), data)
    return cost + (MUTATION_COST if operation.operation.value == "mutation" else 0)


def requested_cost(
    operation: OperationDefinitionNode, document: DocumentNode, variables: Doc
) -> int:
    cost = selection_cost(operation.selection_set, _fragments(document), variables)
    return cost + (MUTATION_COST if operation.operation.value == "mutation" else 0)


@dataclass
class CostBucket:
    """A leaky bucket of query-cost points."""

    restore_rate: float
    maximum: float
    clock: Callable[[], float] = time.monotonic
    available: float = field(init=False)
    _at: float = field(init=False)

    def __post_init__(self) -> None:
        self.available = self.maximum
        self._at = self.clock()

    @classmethod
    def for_plan(cls, plan: str, clock: Callable[[], float] = time.monotonic) -> CostBucket:
        if plan == UNLIMITED:
            return cls(math.inf, math.inf, clock)
        if plan not in PLAN_RESTORE_RATES:
            raise ValueError(f"unknown Shopify plan {plan!r}: {', '.join(PLAN_RESTORE_RATES)}")
        rate = PLAN_RESTORE_RATES[plan]
        return cls(rate, rate * BUCKET_SECONDS, clock)

    def _refill(self) -> None:
        if math.isinf(self.restore_rate):
            return
        now = self.clock()
        self.available = min(self.maximum, self.available + (now - self._at) * self.restore_rate)
        self._at = now

    def take(self, cost: float) -> bool:
        self._refill()
        if cost > self.available:
            return False
        self.available -= cost
        return True

    def refund(self, points: float) -> None:
        self.available = min(self.maximum, self.available + max(points, 0.0))

    def status(self) -> Doc:
        return {
            "maximumAvailable": min(self.maximum, 1e9),
            "currentlyAvailable": round(min(self.available, 1e9), 1),
            "restoreRate": min(self.restore_rate, 1e9),
        }


# --- shapes -------------------------------------------------------------------------------
def _gid(kind: str, value: Any) -> str:
    return f"gid://shopify/{kind}/{value}"


def _legacy(gid: Any, kind: str) -> str | None:
    text = str(gid or "")
    prefix = f"gid://shopify/{kind}/"
    tail = text.removeprefix(prefix)
    return tail if text.startswith(prefix) and tail.isdigit() else None


def _money(amount: Any, currency: str = "USD") -> Doc:
    return {"shopMoney": {"amount": f"{float(amount or 0):.2f}", "currencyCode": currency}}


def _return_gid(order_id: Any, ret: Doc) -> str:
    number = str(ret.get("id", "")).rsplit("-", 1)[-1]
    return _gid("Return", f"{order_id}{int(number) if number.isdigit() else 0:03d}")


def order_node(order: Doc) -> Doc:
    """The demo shop's order as a GraphQL ``Order``."""
    oid = order["id"]
    currency = str(order.get("currency") or "USD")
    items = order.get("line_items") or []
    original_total = float(order["total_price"]) + sum(
        float(r["amount"]) for r in order.get("refunds") or () if r.get("note") == "edit"
    )
    address = order.get("shipping_address") or {}
    return {
        "__typename": "Order",
        "id": _gid("Order", oid),
        "legacyResourceId": str(oid),
        "name": order.get("name") or f"#{oid}",
        "email": order.get("email"),
        "createdAt": order.get("created_at"),
        "cancelledAt": order.get("cancelled_at"),
        "currencyCode": currency,
        "displayFinancialStatus": str(order.get("financial_status") or "paid").upper(),
        "displayFulfillmentStatus": "FULFILLED"
        if order.get("fulfillment_status")
        else "UNFULFILLED",
        "currentTotalPriceSet": _money(order["total_price"], currency),
        "netPaymentSet": _money(f"{net_payment(order):.2f}", currency),
        "customer": {"id": _gid("Customer", order.get("customer_id"))},  # + numberOfOrders
        "shippingAddress": {
            "name": address.get("name"),
            "address1": address.get("address1"),
            "address2": address.get("address2"),
            "city": address.get("city"),
            "provinceCode": address.get("province_code"),
            "zip": address.get("zip"),
            "countryCodeV2": address.get("country_code"),
        },
        "lineItems": {
            "nodes": [
                {
                    "id": _gid("LineItem", li["id"]),
                    "sku": li.get("sku"),
                    "title": li.get("title"),
                    "variantTitle": li.get("variant_title"),
                    "quantity": li.get("quantity"),
                    # Shopify: units ordered less those removed or refunded.
                    "currentQuantity": int(li.get("quantity") or 0)
                    - refunded_units(order, int(li["id"])),
                    "originalUnitPriceSet": _money(li.get("price"), currency),
                    "product": {
                        "tags": ["final-sale"] if li.get("final_sale") else [],
                        "productType": li.get("product_type") or "",
                    },
                }
                for li in items
            ]
        },
        "fulfillments": [
            {
                "id": _gid("Fulfillment", f["id"]),
                "status": str(f.get("status") or "success").upper(),
                "displayStatus": str(f.get("shipment_status") or "fulfilled").upper(),
                "createdAt": f.get("created_at"),
                "estimatedDeliveryAt": f.get("estimated_delivery_at"),
                "deliveredAt": f.get("delivered_at"),
                "trackingInfo": [
                    {
                        "company": f.get("tracking_company"),
                        "number": f.get("tracking_number"),
                        "url": f.get("tracking_url"),
                    }
                ],
                "fulfillmentLineItems": {
                    "nodes": [
                        {
                            "id": _gid("FulfillmentLineItem", li["id"]),
                            "quantity": li["quantity"],
                            "lineItem": {"id": _gid("LineItem", li["id"])},
                        }
                        for li in items
                    ]
                },
            }
            for f in order.get("fulfillments") or ()
        ],
        "refunds": [
            {
                "id": _gid("Refund", f"{oid}{r['id']:03d}"),
                "note": r.get("note"),
                "createdAt": r.get("created_at"),
                "totalRefundedSet": _money(r["amount"], currency),
            }
            for r in order.get("refunds") or ()
        ],
        "returns": {
            "nodes": [
                {
                    "id": _return_gid(oid, ret),
                    "name": f"#{oid}-R{str(ret.get('id', '')).rsplit('-', 1)[-1]}",
                    "status": str(ret.get("status") or "open").upper(),
                    "reverseFulfillmentOrders": {
                        "nodes": [
                            {
                                "reverseDeliveries": {
                                    "nodes": [
                                        {
                                            "deliverable": {
                                                "__typename": "ReverseDeliveryShippingDeliverable",
                                                "label": {"publicFileUrl": ret.get("label_url")},
                                            }
                                        }
                                    ]
                                }
                            }
                        ]
                    },
                }
                for ret in order.get("returns") or ()
            ]
        },
        "transactions": [
            {
                "id": _gid("OrderTransaction", f"{oid}001"),
                "kind": "SALE",
                "status": "SUCCESS",
                "gateway": GATEWAY,
                "amountSet": _money(original_total, currency),
            }
        ],
    }


def _user_error(field_path: list[str], message: str, code: str | None = None) -> Doc:
    error: Doc = {"field": field_path, "message": message}
    if code is not None:
        error["code"] = code
    return error


# --- the API ------------------------------------------------------------------------------
@dataclass
class EditSession:
    order_id: str
    quantities: dict[int, int] = field(default_factory=dict)  # line item -> new quantity


class ShopifyGraphQL:
    """Resolvers over a :class:`DemoShop`; one instance per demo store."""

    def __init__(
        self,
        shop: DemoShop,
        *,
        strict_idempotency: bool = False,
        tokens: dict[str, set[str]] | None = None,
        plan: str = "plus",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.shop = shop
        self.strict_idempotency = strict_idempotency
        self.tokens = tokens or {}
        self.bucket = CostBucket.for_plan(plan, clock)
        self._sessions: dict[str, EditSession] = {}
        self._lock = threading.Lock()

    # entry point -------------------------------------------------------------------------
    def handle(
        self, version: str, body: Any, token: str | None, header_key: str | None
    ) -> tuple[int, Doc]:
        """One request: (HTTP status, JSON body)."""
        if version not in SUPPORTED_VERSIONS:
            return 404, {"errors": "Not Found"}
        granted: set[str] | None = None
        if token is not None:
            if token not in self.tokens:
                return 401, {
                    "errors": "[API] Invalid API key or access token (unrecognized login or "
                    "wrong password)"
                }
            granted = self.tokens[token]
        if not isinstance(body, dict) or not isinstance(body.get("query"), str):
            return 400, {"errors": {"query": "Required parameter missing or invalid"}}
        variables = body.get("variables") or {}
        if not isinstance(variables, dict):
            return 400, {"errors": {"variables": "must be an object"}}
        schema = admin_schema(version)
        document, problems = checked_document(version, body["query"])
        if document is None:
            return 200, {"errors": problems}
        operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
        name = body.get("operationName")
        chosen = [o for o in operations if name is None or (o.name and o.name.value == name)]
        if len(chosen) != 1:
            return 200, {"errors": [{"message": "An operation name is required"}]}
        operation = chosen[0]
        denied = self._denied(operation, document, granted)
        if denied:
            return 200, {"errors": denied}
        cost = requested_cost(operation, document, variables)
        if cost > MAX_QUERY_COST:
            return 200, {
                "errors": [{"message": f"Query cost is {cost}, which exceeds the single query "
                            f"max cost limit ({MAX_QUERY_COST}).",
                            "extensions": {"code": "MAX_COST_EXCEEDED", "cost": cost,
                                           "maxCost": MAX_QUERY_COST}}]
            }  # fmt: skip
        with self._lock:
            allowed = self.bucket.take(cost)
            status = self.bucket.status()
        extensions = {"cost": {"requestedQueryCost": cost, "throttleStatus": status}}
        if not allowed:
            return 200, {
                "errors": [{"message": "Throttled", "extensions": {
                    "code": "THROTTLED",
                    "documentation": "https://shopify.dev/api/usage/rate-limits"}}],
                "extensions": {"cost": {**extensions["cost"], "actualQueryCost": None}},
            }  # fmt: skip
        context = {"header_key": header_key, "granted": granted}
        result = execute(
            schema,
            document,
            root_value=self._root(operation.operation.value),
            context_value=context,
            variable_values=variables,
            operation_name=name,
        )
        if hasattr(result, "__await__"):  # pragma: no cover - resolvers are synchronous
            raise TypeError("asynchronous execution is not supported")
        out: Doc = {"data": result.data}  # type: ignore[union-attr]
        if result.errors:  # type: ignore[union-attr]
            out["errors"] = [e.formatted for e in result.errors]  # type: ignore[union-attr]
        actual = min(actual_cost(operation, document, result.data), cost)  # type: ignore[union-attr]
        with self._lock:
            self.bucket.refund(cost - actual)
            extensions["cost"]["throttleStatus"] = self.bucket.status()
        extensions["cost"]["actualQueryCost"] = actual
        out["extensions"] = extensions
        return 200, out

    def _denied(
        self, operation: OperationDefinitionNode, document: DocumentNode, granted: set[str] | None
    ) -> list[Doc]:
        if granted is None:
            return []
        have = granted | {
            "read_" + s.removeprefix("write_") for s in granted if s.startswith("write_")
        }
        needed: list[tuple[str, str]] = []
        for selection in operation.selection_set.selections:
            if isinstance(selection, FieldNode) and selection.name.value in ROOT_SCOPES:
                needed.append((selection.name.value, ROOT_SCOPES[selection.name.value]))
        text = json.dumps(document.to_dict())
        for nested, scope in NESTED_SCOPES.items():
            if f'"value": "{nested}"' in text and any(f in ("order", "orders") for f, _ in needed):
                needed.append((nested, scope))
        return [
            {"message": f"Access denied for {name} field. Required access: `{scope}` access "
             "scope.", "extensions": {"code": "ACCESS_DENIED",
                                      "documentation": "https://shopify.dev/api/usage/access-scopes",
                                      "requiredAccess": f"`{scope}` access scope."},
             "path": [name]}
            for name, scope in needed
            if scope not in have
        ]  # fmt: skip

    def _root(self, kind: str) -> Doc:
        if kind == "mutation":
            return {
                "orderUpdate": self.order_update,
                "orderEditBegin": self.order_edit_begin,
                "orderEditSetQuantity": self.order_edit_set_quantity,
                "orderEditCommit": self.order_edit_commit,
                "orderCancel": self.order_cancel,
                "refundCreate": self.refund_create,
                "returnCreate": self.return_create,
            }
        return {
            "order": self.order,
            "orders": self.orders,
            "products": self.products,
            "shop": {
                "name": "Fernhill Supply (demo)",
                "myshopifyDomain": "fernhill-demo.myshopify.com",
            },
            "currentAppInstallation": self.installation,
        }

    def _key(self, info: Any) -> str | None:
        """The Idempotency-Key header: recorded always, honoured by the shop unless strict
        (Shopify has no idempotency for these mutations)."""
        key = info.context.get("header_key")
        return None if key is None else str(key)

    # queries -----------------------------------------------------------------------------
    def installation(self, info: Any) -> Doc:
        granted = info.context.get("granted")
        scopes = ALL_SCOPES if granted is None else granted
        return {"accessScopes": [{"handle": s} for s in sorted(scopes)]}

    def order(self, info: Any, id: str) -> Doc | None:
        legacy = _legacy(id, "Order")
        found = self.shop.get_order(legacy) if legacy else None
        if not found:
            return None
        node = self._node(found)
        node["suggestedRefund"] = lambda info, **args: self._suggested_refund(str(legacy), args)
        return node

    def _suggested_refund(self, order_id: str, args: Doc) -> Doc:
        """``Order.suggestedRefund(refundLineItems:)``: what refunding those units comes to,
        with the transaction to refund it against."""
        lines = []
        for n, line in enumerate(args.get("refundLineItems") or ()):
            legacy = _legacy(line.get("lineItemId"), "LineItem")
            if legacy is None:
                raise GraphQLError(f"refundLineItems.{n}.lineItemId: invalid id")
            lines.append({"line_item_id": int(legacy), "quantity": int(line.get("quantity") or 0)})
        try:
            suggested = self.shop.suggested_refund(order_id, lines)
        except ShopError as error:
            raise GraphQLError(error.message) from None
        amount = suggested["amount"]
        return {
            "amountSet": _money(amount),
            "subtotalSet": _money(amount),
            "totalTaxSet": _money(0),
            "maximumRefundableSet": _money(suggested["maximum"]),
            "refundLineItems": [
                {"lineItem": {"id": _gid("LineItem", li["line_item_id"])},
                 "quantity": li["quantity"]}
                for li in suggested["lines"]
            ],
            "suggestedTransactions": [
                {"kind": "SUGGESTED_REFUND", "gateway": GATEWAY, "amountSet": _money(amount),
                 "parentTransaction": {"id": _gid("OrderTransaction", f"{order_id}001")}}
            ],
        }  # fmt: skip

    def orders(
        self, info: Any, query: str | None = None, first: int | None = None, **_: Any
    ) -> Doc:
        if first is None:
            raise GraphQLError("you must provide one of first or last")
        found = self._search(query or "")
        return {"nodes": [self._node(o) for o in found[: max(first, 0)]]}

    def _node(self, order: Doc) -> Doc:
        """``order_node`` with the fields the shop resolves only when asked (a count)."""
        node = order_node(order)
        email = str(order.get("email") or "")
        node["customer"]["numberOfOrders"] = lambda info: str(self.shop.orders_count(email))
        return node

    def products(
        self, info: Any, query: str | None = None, first: int | None = None, **_: Any
    ) -> Doc:
        """``products(query: 'title:"…"')``: the products whose title contains the phrase,
        each with its options (a Size option when it has sizes, else Shopify's placeholder
        option "Title")."""
        if first is None:
            raise GraphQLError("you must provide one of first or last")
        by_title = re.fullmatch(r'\s*title:"([^"]{1,255})"\s*', query or "")
        if by_title is None:
            return {"nodes": []}
        phrase = by_title.group(1).casefold()
        catalogue = sorted(self.shop.products(), key=lambda p: str(p["sku"]))
        nodes = [
            {
                "id": _gid("Product", n),
                "title": p["title"],
                "productType": str(p.get("product_type") or ""),
                "options": [{"name": "Size", "values": list(p["variants"])}]
                if p.get("variants")
                else [{"name": "Title", "values": ["Default Title"]}],
            }
            for n, p in enumerate(catalogue, 1)
            if phrase in str(p["title"]).casefold()
        ]
        return {"nodes": nodes[: max(first, 0)]}

    def _search(self, query: str) -> list[Doc]:
        """The search syntax SupportLoop sends: ``name:#1001``, ``email:"…"``, or nothing
        (every order, newest first)."""
        if not query.strip():
            return self.shop.recent_orders()
        by_name = re.fullmatch(r"\s*name:#?([A-Za-z0-9-]{1,32})\s*", query)
        if by_name:
            order = self.shop.get_order(by_name.group(1))
            return [order] if order else []
        by_email = re.fullmatch(r'\s*email:"?([^"\s]{1,254})"?\s*', query)
        if by_email:
            return self.shop.orders_by_email(by_email.group(1))
        return []

    # mutations ---------------------------------------------------------------------------
    def _order_id(self, gid: Any) -> str | None:
        legacy = _legacy(gid, "Order")
        return legacy if legacy and self.shop.get_order(legacy) else None

    def order_update(self, info: Any, input: Doc) -> Doc:
        oid = self._order_id(input.get("id"))
        if oid is None:
            return {"order": None, "userErrors": [_user_error(["id"], "Order does not exist")]}
        given = input.get("shippingAddress")
        if not isinstance(given, dict):
            return {"order": None, "userErrors": [_user_error(["shippingAddress"], "is required")]}
        name = " ".join(str(given[k]) for k in ("firstName", "lastName") if given.get(k))
        address = {
            "name": name or None,
            "address1": given.get("address1"),
            "address2": given.get("address2"),
            "city": given.get("city"),
            "province_code": given.get("provinceCode"),
            "zip": given.get("zip"),
            "country_code": given.get("countryCode"),
        }
        address = {k: v for k, v in address.items() if v is not None}
        try:
            order = self.shop.update_shipping_address(oid, address, self._key(info))
        except ShopError as error:
            return {"order": None, "userErrors": [_user_error(["shippingAddress"], error.message)]}
        return {"order": self._node(order), "userErrors": []}

    def order_edit_begin(self, info: Any, id: str) -> Doc:
        oid = self._order_id(id)
        if oid is None:
            return {
                "calculatedOrder": None,
                "userErrors": [_user_error(["id"], "The order does not exist.")],
            }
        order = self.shop.get_order(oid) or {}
        if order.get("cancelled_at"):
            return {
                "calculatedOrder": None,
                "userErrors": [_user_error(["id"], "A cancelled order cannot be edited.")],
            }
        session_id = _gid("CalculatedOrder", uuid.uuid4().int % 10**12)
        with self._lock:
            self._sessions[session_id] = EditSession(oid)
        items = [
            {"id": _gid("CalculatedLineItem", li["id"]), "quantity": li["quantity"],
             "sku": li.get("sku"), "title": li.get("title")}
            for li in order.get("line_items") or ()
        ]  # fmt: skip
        return {
            "calculatedOrder": {"id": session_id, "lineItems": {"nodes": items}},
            "userErrors": [],
        }

    def order_edit_set_quantity(
        self,
        info: Any,
        id: str,
        lineItemId: str,
        quantity: int,
        **_: Any,
    ) -> Doc:
        session = self._sessions.get(id)
        if session is None:
            return {
                "calculatedOrder": None,
                "userErrors": [_user_error(["id"], "The calculated order does not exist.")],
            }
        order = self.shop.get_order(session.order_id) or {}
        line = _legacy(lineItemId, "CalculatedLineItem")
        current = {int(li["id"]): int(li["quantity"]) for li in order.get("line_items") or ()}
        if line is None or int(line) not in current:
            return {
                "calculatedOrder": None,
                "userErrors": [
                    _user_error(["lineItemId"], "The line item does not exist on the order.")
                ],
            }
        if quantity < 0:
            return {
                "calculatedOrder": None,
                "userErrors": [
                    _user_error(["quantity"], "Quantity must be greater than or equal to 0.")
                ],
            }
        if quantity > current[int(line)]:
            return {
                "calculatedOrder": None,
                "userErrors": [
                    _user_error(
                        ["quantity"], "The demo store only lowers quantities (no additions)."
                    )
                ],
            }
        with self._lock:
            session.quantities[int(line)] = quantity
        return {"calculatedOrder": {"id": id}, "userErrors": []}

    def order_edit_commit(self, info: Any, id: str, **_: Any) -> Doc:
        with self._lock:
            session = self._sessions.pop(id, None)
        if session is None:
            return {
                "order": None,
                "userErrors": [_user_error(["id"], "The calculated order does not exist.")],
            }
        order = self.shop.get_order(session.order_id) or {}
        current = {int(li["id"]): int(li["quantity"]) for li in order.get("line_items") or ()}
        changes = {
            line: current[line] - wanted
            for line, wanted in session.quantities.items()
            if current.get(line, 0) > wanted
        }
        if not changes:
            return {
                "order": None,
                "userErrors": [_user_error(["id"], "There are no staged changes to commit.")],
            }
        try:
            for line, units in sorted(changes.items()):
                removed = None if units == current[line] else units
                order = self.shop.remove_line_item(session.order_id, line, self._key(info), removed)
        except ShopError as error:
            return {"order": None, "userErrors": [_user_error(["id"], error.message)]}
        return {"order": self._node(order or {}), "userErrors": []}

    def order_cancel(self, info: Any, orderId: str, reason: str, restock: bool, **_: Any) -> Doc:
        oid = self._order_id(orderId)
        if oid is None:
            errors = [_user_error(["orderId"], "Order does not exist", "NOT_FOUND")]
            return {"job": None, "orderCancelUserErrors": errors, "userErrors": errors}
        try:
            self.shop.cancel_order(oid, self._key(info))
        except ShopError as error:
            errors = [_user_error(["orderId"], error.message, "INVALID")]
            return {"job": None, "orderCancelUserErrors": errors, "userErrors": errors}
        job = {"id": _gid("Job", uuid.uuid4()), "done": False}
        return {"job": job, "orderCancelUserErrors": [], "userErrors": []}

    def refund_create(self, info: Any, input: Doc) -> Doc:
        node = info.field_nodes[0]
        directive = info.schema.get_directive("idempotent")
        values = get_directive_values(directive, node, info.variable_values) if directive else None
        key = (values or {}).get("key")
        if not key:
            raise GraphQLError(
                "The @idempotent directive is required for this mutation.",
                extensions={"code": "BAD_REQUEST"},
            )
        oid = self._order_id(input.get("orderId"))
        if oid is None:
            return {
                "refund": None,
                "order": None,
                "userErrors": [_user_error(["orderId"], "Order does not exist")],
            }
        transactions = input.get("transactions") or []
        if not transactions:
            return {
                "refund": None,
                "order": None,
                "userErrors": [
                    _user_error(
                        ["transactions"], "The demo store refunds by transaction amount only."
                    )
                ],
            }
        parent = _gid("OrderTransaction", f"{oid}001")
        for n, t in enumerate(transactions):
            if (
                t.get("kind") != "REFUND"
                or t.get("parentId") != parent
                or t.get("gateway") != GATEWAY
            ):
                return {
                    "refund": None,
                    "order": None,
                    "userErrors": [
                        _user_error(
                            ["transactions", str(n), "parentId"],
                            "Transaction is not a refund of the order's captured payment.",
                        )
                    ],
                }
        amount = sum(float(t.get("amount") or 0) for t in transactions)
        note = str(input.get("note") or "")
        lines = []
        for n, line in enumerate(input.get("refundLineItems") or ()):
            legacy = _legacy(line.get("lineItemId"), "LineItem")
            if legacy is None:
                return {
                    "refund": None,
                    "order": None,
                    "userErrors": [
                        _user_error(["refundLineItems", str(n), "lineItemId"], "is invalid")
                    ],
                }
            lines.append({"line_item_id": int(legacy), "quantity": int(line.get("quantity") or 0)})
        try:
            if lines:
                result = self.shop.refund_line_items(oid, lines, f"{amount:.2f}", str(key), note)
            else:
                result = self.shop.refund_order(
                    oid, f"{amount:.2f}", str(key), honour_key=True, note=note
                )
        except ShopError as error:
            return {
                "refund": None,
                "order": None,
                "userErrors": [_user_error(["transactions", "0", "amount"], error.message)],
            }
        refund = result["refund"]
        order = self.shop.get_order(oid) or result["order"]
        return {
            "refund": {"id": _gid("Refund", f"{oid}{refund['id']:03d}"),
                       "totalRefundedSet": _money(refund["amount"])},
            "order": self._node(order),
            "userErrors": [],
        }  # fmt: skip

    def return_create(self, info: Any, returnInput: Doc) -> Doc:
        oid = self._order_id(returnInput.get("orderId"))
        if oid is None:
            return {
                "return": None,
                "userErrors": [_user_error(["returnInput", "orderId"], "Order does not exist")],
            }
        order = self.shop.get_order(oid) or {}
        fulfilled = {
            _gid("FulfillmentLineItem", li["id"]): int(li["quantity"])
            for li in order.get("line_items") or ()
        } if order.get("fulfillments") else {}  # fmt: skip
        lines = returnInput.get("returnLineItems") or []
        if not lines:
            return {
                "return": None,
                "userErrors": [_user_error(["returnInput", "returnLineItems"], "can't be blank")],
            }
        for n, line in enumerate(lines):
            available = fulfilled.get(str(line.get("fulfillmentLineItemId")))
            if available is None or not 0 < int(line.get("quantity") or 0) <= available:
                return {
                    "return": None,
                    "userErrors": [
                        _user_error(
                            ["returnInput", "returnLineItems", str(n), "quantity"],
                            "Quantity is not available for return.",
                        )
                    ],
                }
        chosen = [
            {
                "line_item_id": int(
                    _legacy(line.get("fulfillmentLineItemId"), "FulfillmentLineItem") or 0
                ),
                "quantity": int(line.get("quantity") or 0),
            }
            for line in lines
        ]
        try:
            created = self.shop.create_return(oid, self._key(info), chosen)
        except ShopError as error:
            return {
                "return": None,
                "userErrors": [_user_error(["returnInput", "orderId"], error.message)],
            }
        number = str(created.get("id", "")).rsplit("-", 1)[-1]
        return {
            "return": {
                "id": _return_gid(oid, created),
                "name": f"#{oid}-R{number}",
                "status": "OPEN",
            },
            "userErrors": [],
        }
