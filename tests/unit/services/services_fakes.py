"""A fake helpdesk for the escalator and resolver service tests. Like Zendesk it keeps no
idempotency keys: every write is applied and logged (``log``; ``repeated()`` names the keys
written more than once), and the comments show in ``ticket_audits``. ``writes`` keeps the
first write per key for assertions. It can be switched off (``down``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from supportloop.errors import ConnectorUnavailable

Doc = dict[str, Any]


class FakeDesk:
    def __init__(self) -> None:
        self.writes: dict[str, tuple[str, str, Any]] = {}  # key → (kind, ticket, payload)
        self.log: list[tuple[str, str, str, Any]] = []  # (key, kind, ticket, payload), all
        self.tickets: dict[str, Doc] = {}
        self.users: dict[str, Doc] = {}
        self.down = False

    def _write(self, kind: str, ticket_id: str, payload: Any, key: str) -> Doc:
        if self.down:
            raise ConnectorUnavailable("helpdesk", "HTTP 503 after 3 attempts")
        self.writes.setdefault(key, (kind, ticket_id, payload))
        self.log.append((key, kind, ticket_id, payload))
        return self.ticket(ticket_id)

    def repeated(self) -> list[str]:
        keys = [key for key, *_ in self.log]
        return sorted({key for key in keys if keys.count(key) > 1})

    async def ticket_audits(self, ticket_id: str, max_pages: int) -> tuple[list[Doc], bool]:
        if self.down:
            raise ConnectorUnavailable("helpdesk", "HTTP 503 after 3 attempts")
        audits = []
        for _, kind, ticket, payload in self.log:
            if ticket != ticket_id:
                continue
            body = payload.get("note") if isinstance(payload, dict) else payload
            if kind in ("internal_note", "public_reply", "ticket_update") and body:
                event = {"type": "Comment", "body": body, "public": kind == "public_reply"}
                audits.append({"events": [event]})
        return audits, True

    def ticket(self, ticket_id: str) -> Doc:
        return self.tickets.setdefault(ticket_id, {"id": ticket_id, "status": "open", "tags": []})

    def kinds(self, ticket_id: str) -> list[str]:
        return [kind for kind, ticket, _ in self.writes.values() if ticket == ticket_id]

    async def get_ticket(self, ticket_id: str) -> Doc | None:
        if self.down:
            raise ConnectorUnavailable("helpdesk", "HTTP 503 after 3 attempts")
        return self.ticket(ticket_id)

    async def internal_note(self, ticket_id: str, body: str, key: str) -> Doc:
        return self._write("internal_note", ticket_id, body, key)

    async def get_user(self, user_id: str) -> Doc | None:
        if self.down:
            raise ConnectorUnavailable("helpdesk", "HTTP 503 after 3 attempts")
        return self.users.get(user_id)

    async def public_reply(
        self, ticket_id: str, body: str, key: str, tags: Sequence[str] = ()
    ) -> Doc:
        doc = self._write("public_reply", ticket_id, body, key)
        doc["tags"] = sorted(set(doc["tags"]) | set(tags))
        return doc

    async def add_tags(self, ticket_id: str, tags: list[str], key: str) -> Doc:
        doc = self._write("tags", ticket_id, list(tags), key)
        doc["tags"] = sorted(set(doc["tags"]) | set(tags))
        return doc

    async def update_ticket(
        self,
        ticket_id: str,
        key: str,
        *,
        note: str | None = None,
        tags: list[str] | None = None,
        assignee_id: int | None = None,
    ) -> Doc:
        payload = {"note": note, "tags": list(tags or []), "assignee_id": assignee_id}
        doc = self._write("ticket_update", ticket_id, payload, key)
        doc["tags"] = sorted(set(doc["tags"]) | set(tags or []))
        return doc
