"""A helpdesk connector shaped like the Zendesk Support API (ticket, public reply, internal
note, tags, assignee; and, to verify approvals, the ticket's audit trail, users, group
memberships and groups) and the webhook signature check Zendesk uses.

The reads behind approval verification, as documented in the Support API reference:

- ``GET /api/v2/tickets/{ticket_id}/audits`` (List Audits for a Ticket,
  https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_audits/): allowed for
  agents; cursor pagination with ``page[size]`` (at most 100) and ``page[after]`` taken from
  ``meta.after_cursor`` while ``meta.has_more``
  (https://developer.zendesk.com/api-reference/introduction/pagination/). Read for a bounded
  number of pages: a longer trail is reported incomplete, never guessed at.
- ``GET /api/v2/users/{user_id}`` (Show User) → ``{"user": {...}}`` with ``role``,
  ``suspended``, ``active``; ``GET /api/v2/users/me`` (Show Self) → the user the
  credentials act as (https://developer.zendesk.com/api-reference/ticketing/users/users/).
- ``GET /api/v2/users/{user_id}/group_memberships`` (List Memberships,
  https://developer.zendesk.com/api-reference/ticketing/groups/group_memberships/) →
  ``{"group_memberships": [{"user_id", "group_id", "default", ...}]}``, cursor paginated.
- ``GET /api/v2/users/{user_id}/tickets/requested`` (List Tickets, "Allowed For: Agents",
  https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#list-tickets) →
  ``{"tickets": [...]}`` with ``id``, ``status``, ``tags``, ``created_at``, cursor paginated:
  the customer's earlier tickets for the hand-off note (one page, the newest kept).
- ``GET /api/v2/groups/{group_id}`` (Show Group,
  https://developer.zendesk.com/api-reference/ticketing/groups/groups/) → ``{"group": {"id",
  "name", "deleted", ...}}``, only when groups are configured by name.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Sequence
from typing import Any

from supportloop.adapters.connectors.http import HttpConnector
from supportloop.errors import ConnectorRejected

API_PREFIX = "/api/v2"
PAGE_SIZE = "100"  # the most a Zendesk cursor-paginated list returns per page
MEMBERSHIP_PAGES = 5
SAFE_UPDATE_ATTEMPTS = 3  # a ticket update that keeps colliding goes back to the caller
SIGNATURE_HEADER = "X-Zendesk-Webhook-Signature"
TIMESTAMP_HEADER = "X-Zendesk-Webhook-Signature-Timestamp"


def sign_webhook(secret: str, timestamp: str, body: bytes) -> str:
    """base64(HMAC-SHA256(secret, timestamp + body)), as Zendesk signs its webhooks."""
    digest = hmac.new(secret.encode(), timestamp.encode() + body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def verify_webhook_signature(secret: str, timestamp: str, body: bytes, signature: str) -> bool:
    return hmac.compare_digest(sign_webhook(secret, timestamp, body), signature)


class ZendeskHelpdesk(HttpConnector):
    service = "helpdesk"

    async def get_ticket(self, ticket_id: str) -> dict[str, Any] | None:
        data = await self.request("GET", f"{API_PREFIX}/tickets/{ticket_id}.json", allow_404=True)
        return None if data is None else data.get("ticket")

    async def _pages(
        self, path: str, key: str, max_pages: int
    ) -> tuple[list[dict[str, Any]], bool]:
        """Up to ``max_pages`` pages of a cursor-paginated list; True when that was all."""
        items: list[dict[str, Any]] = []
        params = {"page[size]": PAGE_SIZE}
        for _ in range(max_pages):
            data = await self.request("GET", path, params=params, allow_404=True)
            if data is None:
                return items, True
            items += [item for item in data.get(key) or () if isinstance(item, dict)]
            meta = data.get("meta") or {}
            if not meta.get("has_more"):
                return items, True
            cursor = meta.get("after_cursor")
            if not cursor:
                return items, False
            params = {"page[size]": PAGE_SIZE, "page[after]": str(cursor)}
        return items, False

    async def ticket_audits(
        self, ticket_id: str, max_pages: int
    ) -> tuple[list[dict[str, Any]], bool]:
        return await self._pages(
            f"{API_PREFIX}/tickets/{ticket_id}/audits.json", "audits", max_pages
        )

    async def get_user(self, user_id: str) -> dict[str, Any] | None:
        if not user_id.isdigit():  # an id from a payload never becomes a path of its own
            return None
        data = await self.request("GET", f"{API_PREFIX}/users/{user_id}.json", allow_404=True)
        return None if data is None else data.get("user")

    async def current_user(self) -> dict[str, Any] | None:
        data = await self.request("GET", f"{API_PREFIX}/users/me.json")
        return (data or {}).get("user")

    async def user_group_memberships(self, user_id: str) -> list[dict[str, Any]]:
        if not user_id.isdigit():
            return []
        path = f"{API_PREFIX}/users/{user_id}/group_memberships.json"
        memberships, _ = await self._pages(path, "group_memberships", MEMBERSHIP_PAGES)
        return memberships

    async def requested_tickets(self, requester_id: str) -> list[dict[str, Any]]:
        """The tickets ``requester_id`` requested: one page of up to 100."""
        if not requester_id.isdigit():
            return []
        path = f"{API_PREFIX}/users/{requester_id}/tickets/requested.json"
        tickets, _ = await self._pages(path, "tickets", 1)
        return tickets

    async def get_group(self, group_id: str) -> dict[str, Any] | None:
        if not group_id.isdigit():
            return None
        data = await self.request("GET", f"{API_PREFIX}/groups/{group_id}.json", allow_404=True)
        return None if data is None else data.get("group")

    async def _comment(
        self, ticket_id: str, body: str, public: bool, key: str, tags: Sequence[str] = ()
    ) -> dict[str, Any]:
        update: dict[str, Any] = {"comment": {"body": body, "public": public}}
        if tags:
            update["additional_tags"] = list(tags)
        payload = {"ticket": update}
        data = await self.request(
            "PUT", f"{API_PREFIX}/tickets/{ticket_id}.json", json=payload, idempotency_key=key
        )
        return (data or {}).get("ticket") or {}

    async def public_reply(
        self, ticket_id: str, body: str, key: str, tags: Sequence[str] = ()
    ) -> dict[str, Any]:
        """The reply, and ``tags`` added in the same update (``additional_tags``)."""
        return await self._comment(ticket_id, body, True, key, tags)

    async def internal_note(self, ticket_id: str, body: str, key: str) -> dict[str, Any]:
        return await self._comment(ticket_id, body, False, key)

    async def add_tags(self, ticket_id: str, tags: list[str], key: str) -> dict[str, Any]:
        data = await self.request(
            "PUT",
            f"{API_PREFIX}/tickets/{ticket_id}/tags.json",
            json={"tags": tags},
            idempotency_key=key,
            replay_safe=True,  # adding tags a ticket already has changes nothing
        )
        return data or {}

    async def update_ticket(
        self,
        ticket_id: str,
        key: str,
        *,
        note: str | None = None,
        tags: list[str] | None = None,
        assignee_id: int | None = None,
        group_id: int | None = None,
    ) -> dict[str, Any]:
        """One ticket update carrying an internal note, tags to add, a group and an assignee:
        one request and one audit event instead of three (Zendesk rate-limits per account).

        It must not overwrite an agent's concurrent change: the ticket is read first and the
        update sent with ``safe_update`` and the ticket's ``updated_at`` as ``updated_stamp``
        (Update Ticket, "Protecting against ticket update collisions",
        https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#update-ticket).
        Zendesk answers 409 when the ticket changed since: re-read and retry, at most
        ``SAFE_UPDATE_ATTEMPTS`` times, then the 409 is raised for the caller to escalate."""
        ticket: dict[str, Any] = {}
        if note is not None:
            ticket["comment"] = {"body": note, "public": False}
        if tags:
            ticket["additional_tags"] = list(tags)
        if group_id is not None:
            ticket["group_id"] = group_id
        if assignee_id is not None:
            ticket["assignee_id"] = assignee_id
        for attempt in range(1, SAFE_UPDATE_ATTEMPTS + 1):
            current = await self.get_ticket(ticket_id)
            stamp = (current or {}).get("updated_at")
            body = {**ticket, "safe_update": True, "updated_stamp": stamp} if stamp else ticket
            try:
                data = await self.request(
                    "PUT",
                    f"{API_PREFIX}/tickets/{ticket_id}.json",
                    json={"ticket": body},
                    idempotency_key=key,
                )
            except ConnectorRejected as error:
                if error.status != 409 or attempt == SAFE_UPDATE_ATTEMPTS:
                    raise
                continue
            return (data or {}).get("ticket") or {}
        raise AssertionError("unreachable")  # pragma: no cover
