"""The GraphQL documents the commerce connector sends to Shopify's GraphQL Admin API, one
``.graphql`` file per operation, named as in Shopify's reference
(https://shopify.dev/docs/api/admin-graphql). Documents that return an order spread the
``OrderFields`` fragment; :func:`document` appends it.

Every document is validated in tests/unit/connectors/test_shopify_documents.py against the
Admin schema of each supported API version (introspection shipped by ``@shopify/dev-mcp``,
fetched by ``make shopify-schema``).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

FRAGMENT = "OrderFields"
OPERATIONS = (
    "order",
    "orders",
    "orderFulfillmentLineItems",
    "suggestedRefund",
    "orderUpdate",
    "orderEditBegin",
    "orderEditSetQuantity",
    "orderEditCommit",
    "orderCancel",
    "refundCreate",
    "returnCreate",
    "shop",
    "products",
)


def _read(name: str) -> str:
    return resources.files(__package__).joinpath(f"{name}.graphql").read_text(encoding="utf-8")


@cache
def document(operation: str) -> str:
    """The full document for ``operation``, with the fragment it spreads."""
    if operation not in OPERATIONS:
        raise KeyError(f"no Shopify document named {operation!r}")
    text = _read(operation)
    if f"...{FRAGMENT}" in text:
        text = f"{text}\n{_read(FRAGMENT)}"
    return text
