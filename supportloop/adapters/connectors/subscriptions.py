"""A subscriptions connector shaped like the Recharge API (pause, skip, swap, frequency)."""

from __future__ import annotations

from typing import Any

from supportloop.adapters.connectors.http import HttpConnector


class RechargeSubscriptions(HttpConnector):
    service = "subscriptions"

    async def subscriptions_for(self, email: str) -> list[dict[str, Any]]:
        data = await self.request("GET", "/subscriptions", params={"email": email})
        return list((data or {}).get("subscriptions") or [])

    async def products(self) -> list[dict[str, Any]]:
        data = await self.request("GET", "/products")
        return list((data or {}).get("products") or [])

    async def get_subscription(self, subscription_id: str) -> dict[str, Any] | None:
        data = await self.request("GET", f"/subscriptions/{subscription_id}", allow_404=True)
        return None if data is None else data.get("subscription")

    async def _write(
        self, method: str, path: str, body: dict[str, Any], key: str, replay_safe: bool = True
    ) -> dict[str, Any]:
        """``replay_safe``: every write here sets a value (a status, a date, a product, an
        interval) except a skip, which moves the next charge on each time it is sent."""
        data = await self.request(
            method, path, json=body, idempotency_key=key, replay_safe=replay_safe
        )
        return (data or {}).get("subscription") or {}

    async def pause(self, subscription_id: str, key: str) -> dict[str, Any]:
        return await self._write("POST", f"/subscriptions/{subscription_id}/pause", {}, key)

    async def skip_next(self, subscription_id: str, key: str) -> dict[str, Any]:
        path = f"/subscriptions/{subscription_id}/skip"
        return await self._write("POST", path, {}, key, replay_safe=False)

    async def set_next_charge_date(
        self, subscription_id: str, day: str, key: str
    ) -> dict[str, Any]:
        """Recharge: ``POST /subscriptions/{id}/set_next_charge_date`` with ``{"date": …}``
        (the next charge, and the ones after it, move to that date)."""
        return await self._write(
            "POST", f"/subscriptions/{subscription_id}/set_next_charge_date", {"date": day}, key
        )

    async def swap(self, subscription_id: str, sku: str, key: str) -> dict[str, Any]:
        return await self._write("PUT", f"/subscriptions/{subscription_id}", {"sku": sku}, key)

    async def set_frequency(self, subscription_id: str, weeks: int, key: str) -> dict[str, Any]:
        body = {"order_interval_frequency": weeks, "order_interval_unit": "week"}
        return await self._write("PUT", f"/subscriptions/{subscription_id}", body, key)
