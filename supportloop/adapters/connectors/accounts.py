"""Account actions: look up an account, send a password reset link, start an email change."""

from __future__ import annotations

from typing import Any

from supportloop.adapters.connectors.http import HttpConnector


class AccountActions(HttpConnector):
    service = "accounts"

    async def get_account(self, email: str) -> dict[str, Any] | None:
        data = await self.request("GET", "/customers", params={"email": email}, allow_404=True)
        return None if data is None else data.get("account")

    async def send_password_reset(self, email: str, key: str) -> dict[str, Any]:
        data = await self.request(
            "POST", "/password-resets", json={"email": email}, idempotency_key=key
        )
        return (data or {}).get("account") or {}

    async def request_email_change(self, email: str, new_email: str, key: str) -> dict[str, Any]:
        data = await self.request(
            "POST",
            "/email-changes",
            json={"email": email, "new_email": new_email},
            idempotency_key=key,
        )
        return (data or {}).get("account") or {}
