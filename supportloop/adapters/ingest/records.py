"""Map one input record (file row or webhook JSON) to a Ticket, or explain what is wrong."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from supportloop.core.events import Ticket
from supportloop.core.handoff.webhooks import CustomerComment

_TRUE = {"1", "true", "yes", "y", "t"}


@dataclass(frozen=True)
class RowError:
    row: int
    field: str
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.field}: {self.reason}"


@dataclass(frozen=True)
class RowResult:
    row: int
    ticket: Ticket | None
    errors: tuple[RowError, ...] = ()
    notes: tuple[str, ...] = ()  # what was missing or repaired on a usable row (triage)


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return str(value or "").strip().lower() in _TRUE


def _tags(value: Any) -> tuple[str, ...]:
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value if str(v).strip())
    return tuple(t.strip() for t in str(value or "").replace(";", ",").split(",") if t.strip())


def _blank_to_none(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


def normalise_record(record: dict[str, Any]) -> dict[str, Any]:
    """Accept flat file columns (customer_email, vip …) and nested ticket JSON alike."""
    customer = record.get("customer")
    if not isinstance(customer, dict):
        customer = {
            "email": record.get("customer_email") or record.get("email"),
            "name": _blank_to_none(record.get("customer_name")),
            "vip": _flag(record.get("vip") or record.get("customer_vip")),
            "automation_opt_in": _flag(record.get("automation_opt_in")),
            "tags": _tags(record.get("customer_tags") or record.get("tags")),
        }
    else:
        customer = {**customer}
        if "tags" in customer:
            customer["tags"] = _tags(customer["tags"])
    created_at = _blank_to_none(record.get("created_at"))
    normalised: dict[str, Any] = {
        "id": str(record["id"]).strip() if record.get("id") not in (None, "") else None,
        "subject": record.get("subject") or "",
        "body": record.get("body"),
        "customer": customer,
        "order_id": _blank_to_none(record.get("order_id")),
        "created_at": created_at if created_at is not None else datetime.now(UTC),
    }
    if record.get("channel"):
        normalised["channel"] = record["channel"]
    # A later message on a ticket names itself (a file line's message_id, the helpdesk's
    # comment id): without one the record is the ticket's opening message.
    if record.get("message_id") not in (None, ""):
        normalised["message_id"] = str(record["message_id"]).strip()
    # An absent id or body should read "Field required", not "not a valid string".
    return {k: v for k, v in normalised.items() if not (k in {"id", "body"} and v is None)}


def to_ticket(row: int, record: dict[str, Any], *, require_email: bool = True) -> RowResult:
    """``require_email``: the pipeline acts for a known customer, so `ingest` and webhooks
    refuse a ticket without one; triage takes it and reports the lookups it prevents."""
    try:
        normalised = normalise_record(record)
        if require_email and not normalised["customer"].get("email"):
            return RowResult(row, None, (RowError(row, "customer.email", "Field required"),))
        ticket = Ticket.model_validate(normalised)
    except ValidationError as exc:
        errors = tuple(
            RowError(row, ".".join(str(p) for p in err["loc"]) or "record", err["msg"])
            for err in exc.errors()
        )
        return RowResult(row, None, errors)
    except (KeyError, TypeError) as exc:
        return RowResult(row, None, (RowError(row, "record", f"unreadable record: {exc}"),))
    return RowResult(row, ticket)


def from_helpdesk_webhook(payload: dict[str, Any]) -> RowResult:
    """A Zendesk-style `{"ticket": {...}}` payload, or our own ticket JSON."""
    ticket = payload.get("ticket", payload)
    if not isinstance(ticket, dict):
        return RowResult(1, None, (RowError(1, "ticket", "must be a JSON object"),))
    requester = ticket.get("requester") or {}
    if "customer" not in ticket and isinstance(requester, dict):
        fields = {
            str(f.get("id")): f.get("value")
            for f in ticket.get("custom_fields") or []
            if isinstance(f, dict)
        }
        raw_comment = ticket.get("comment")
        comment: dict[str, Any] = raw_comment if isinstance(raw_comment, dict) else {}
        # A trigger fired by the requester's new comment sends the ticket with that comment
        # ({"id", "body"}, Zendesk's ticket comment object): the comment is the message, and
        # its id makes it a new turn. Without a comment id it is the opening description.
        message_id = ticket.get("message_id") or comment.get("id")
        body = comment.get("body") if comment.get("id") else None
        ticket = {
            "id": ticket.get("id"),
            "message_id": message_id,
            "subject": ticket.get("subject") or "",
            "body": body or ticket.get("description") or comment.get("body"),
            "customer": {
                "email": requester.get("email"),
                "name": requester.get("name"),
                "vip": "vip" in (ticket.get("tags") or []),
                "tags": ticket.get("tags") or [],
            },
            "order_id": ticket.get("order_id") or fields.get("order_id"),
            "created_at": ticket.get("created_at"),
            "channel": _channel((ticket.get("via") or {}).get("channel")),
        }
    return to_ticket(1, ticket)


def from_customer_comment(
    comment: CustomerComment, requester: Mapping[str, Any] | None
) -> RowResult:
    """A requester's later comment (a ``comment_added`` webhook) as the ticket's next message:
    the comment id is the message id, the requester (a helpdesk user) is the customer."""
    user = requester or {}
    record = {
        "id": comment.ticket_id,
        "message_id": comment.comment_id,
        "subject": comment.subject,
        "body": comment.body,
        "customer": {
            "email": user.get("email"),
            "name": user.get("name"),
            "vip": "vip" in comment.tags,
            "tags": list(comment.tags),
        },
        "created_at": comment.occurred_at,
        "channel": _channel(comment.channel),
    }
    return to_ticket(1, record)


def _channel(value: Any) -> str:
    known = {"email", "chat", "form", "social", "phone"}
    value = str(value or "email").lower()
    return value if value in known else ("form" if value in {"web", "api"} else "other")
