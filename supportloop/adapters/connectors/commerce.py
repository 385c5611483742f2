"""A commerce connector shaped like the Shopify Admin REST API (orders, fulfilments with
tracking, address update, order edit, cancel, refund, returns)."""

from __future__ import annotations

from typing import Any

from supportloop.adapters.connectors.http import HttpConnector

API_PREFIX = "/admin/api/2024-04"


class ShopifyCommerce(HttpConnector):
    service = "commerce"

    async def get_order(self, order_id: str) -> dict[str, Any] | None:
        data = await self.request("GET", f"{API_PREFIX}/orders/{order_id}.json", allow_404=True)
        return None if data is None else data.get("order")

    async def latest_order_for(self, email: str) -> dict[str, Any] | None:
        params = {"email": email, "status": "any", "order": "created_at desc", "limit": "1"}
        data = await self.request("GET", f"{API_PREFIX}/orders.json", params=params)
        orders = (data or {}).get("orders") or []
        return orders[0] if orders else None

    async def update_shipping_address(
        self, order_id: str, address: dict[str, Any], key: str
    ) -> dict[str, Any]:
        body = {"order": {"id": order_id, "shipping_address": address}}
        data = await self.request(
            "PUT", f"{API_PREFIX}/orders/{order_id}.json", json=body, idempotency_key=key
        )
        return (data or {}).get("order") or {}

    async def remove_line_item(self, order_id: str, line_item_id: int, key: str) -> dict[str, Any]:
        data = await self.request(
            "POST",
            f"{API_PREFIX}/orders/{order_id}/edits.json",
            json={"remove_line_item_id": line_item_id},
            idempotency_key=key,
        )
        return (data or {}).get("order") or {}

    async def cancel_order(self, order_id: str, key: str) -> dict[str, Any]:
        data = await self.request(
            "POST",
            f"{API_PREFIX}/orders/{order_id}/cancel.json",
            json={"refund": True, "reason": "customer", "email": True},
            idempotency_key=key,
        )
        return (data or {}).get("order") or {}

    async def refund_order(self, order_id: str, amount: str, key: str) -> dict[str, Any]:
        body = {"refund": {"notify": True, "transactions": [{"kind": "refund", "amount": amount}]}}
        data = await self.request(
            "POST", f"{API_PREFIX}/orders/{order_id}/refunds.json", json=body, idempotency_key=key
        )
        return (data or {}).get("refund") or {}

    async def create_return(self, order_id: str, key: str) -> dict[str, Any]:
        data = await self.request(
            "POST", f"{API_PREFIX}/orders/{order_id}/returns.json", json={}, idempotency_key=key
        )
        return (data or {}).get("return") or {}
