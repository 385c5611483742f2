"""Helpdesk webhook payloads → HumanOutcome events.

Payloads follow Zendesk's ticket event envelope::

    {"id": "<event id>", "type": "zen:event-type:ticket.<kind>", "time": "<ISO 8601>",
     "subject": "zen:ticket:<id>", "detail": {"id": "<ticket id>", "actor_id": "…", …},
     "event": {…}}

Mapped kinds (anything else → None):

- ``comment_added``: ``event.comment`` = {id, body, is_public, author: {id, is_staff, name}}.
  A public comment by staff → ``agent_reply``. Internal notes and comments by
  ``bot_user_ids`` (the AI's own replies and drafts) are ignored. A public comment by the
  ticket's requester (``detail.requester_id``, not staff) is a new customer message:
  ``customer_comment_from_webhook`` reads it (the ticket's first comment, its
  ``detail.description``, is the opening message and arrives as the ticket itself).
- ``status_changed``: ``event.current`` solved/closed, not by a bot → ``agent_reply`` without
  a reply and ``resolved_by="human"`` (a person finished the ticket).
- ``tags_changed``: ``event.tags_added`` holding the approve / reject tag → ``approval`` /
  ``rejection`` (both at once → rejection: never execute on a contradictory signal).
- ``satisfaction_rating_changed``: ``event.score`` 1–5, or ``event.current`` good / bad
  (mapped to 5 / 1) → ``csat``; other values (offered, unoffered) → None.

The event id derives from the webhook's own id, so a redelivered webhook is the same event.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from supportloop.core import events as ev
from supportloop.core.handoff.settings import HandoffSettings
from supportloop.errors import InputError

TYPE_PREFIX = "zen:event-type:ticket."
GOOD_BAD_SCORES = {"good": 5, "bad": 1}
CLOSED = frozenset({"solved", "closed"})


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _ticket_id(payload: Mapping[str, Any]) -> str:
    detail = _mapping(payload.get("detail"))
    raw = detail.get("id")
    if raw in (None, ""):
        subject = str(payload.get("subject") or "")
        raw = subject.rsplit(":", 1)[-1] if subject.startswith("zen:ticket:") else None
    if raw in (None, ""):
        raise InputError("webhook: no ticket id in detail.id or subject")
    return str(raw)


def _event_id(payload: Mapping[str, Any], ticket_id: str) -> str:
    webhook_id = payload.get("id")
    if not webhook_id:
        canonical = json.dumps(payload, sort_keys=True, default=str).encode()
        webhook_id = hashlib.sha256(canonical).hexdigest()[:32]
    return ev.derive_event_id(ticket_id, ev.IdStage.HUMAN_OUTCOME, str(webhook_id))


def _occurred_at(payload: Mapping[str, Any], received_at: datetime) -> datetime:
    raw = payload.get("time")
    if isinstance(raw, str) and raw:
        try:
            return datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            pass
    return received_at


def outcome_from_webhook(
    payload: Mapping[str, Any],
    received_at: datetime,
    settings: HandoffSettings | None = None,
) -> ev.HumanOutcome | None:
    """The human outcome this webhook reports; None when it reports none we track.
    Raises InputError for a payload that is not a ticket event at all."""
    s = settings or HandoffSettings()
    kind_name = str(payload.get("type") or "")
    if not kind_name.startswith(TYPE_PREFIX):
        raise InputError(f"webhook: type {kind_name!r} is not a ticket event ({TYPE_PREFIX}…)")
    ticket_id = _ticket_id(payload)
    detail, event = _mapping(payload.get("detail")), _mapping(payload.get("event"))
    actor = str(detail.get("actor_id")) if detail.get("actor_id") is not None else None
    bots = set(s.bot_user_ids)
    fields: dict[str, Any] | None = None
    match kind_name.removeprefix(TYPE_PREFIX):
        case "comment_added":
            comment = _mapping(event.get("comment"))
            author = _mapping(comment.get("author"))
            author_id = str(author.get("id")) if author.get("id") is not None else None
            body = str(comment.get("body") or "").strip()
            if (
                comment.get("is_public")
                and author.get("is_staff")
                and body
                and author_id not in bots
            ):
                fields = {
                    "kind": "agent_reply",
                    "agent": author.get("name") or author_id,
                    "reply": body,
                }
        case "status_changed":
            if str(event.get("current") or "").lower() in CLOSED and actor not in bots:
                fields = {"kind": "agent_reply", "agent": actor, "resolved_by": "human"}
        case "tags_changed":
            added = {str(t) for t in event.get("tags_added") or ()}
            if s.reject_tag in added:
                fields = {"kind": "rejection", "agent": actor}
            elif s.approve_tag in added:
                fields = {"kind": "approval", "agent": actor}
        case "satisfaction_rating_changed":
            score = event.get("score")
            if score is None:
                score = GOOD_BAD_SCORES.get(str(event.get("current") or "").lower())
            if score is not None:
                fields = {"kind": "csat", "csat_score": score}
        case _:
            return None
    if fields is None:
        return None
    try:
        return ev.HumanOutcome(
            event_id=_event_id(payload, ticket_id),
            ticket_id=ticket_id,
            occurred_at=_occurred_at(payload, received_at),
            **fields,
        )
    except ValidationError as error:
        raise InputError(f"webhook: {error.errors()[0]['msg']}") from None


@dataclass(frozen=True)
class CustomerComment:
    """A later message of the ticket's requester, read from a ``comment_added`` webhook.
    The requester's e-mail is not in the payload: the adapter looks the user up."""

    ticket_id: str
    comment_id: str
    body: str
    requester_id: str
    subject: str
    tags: tuple[str, ...]
    channel: str
    occurred_at: datetime


def customer_comment_from_webhook(
    payload: Mapping[str, Any], received_at: datetime, settings: HandoffSettings | None = None
) -> CustomerComment | None:
    """The requester's new public comment this webhook reports, or None (any other event or
    comment: staff, bots, internal notes, someone else on the ticket, the opening message).
    Raises InputError for a requester's comment without an id (it could not be told from a
    redelivery) or for a payload that is not a ticket event."""
    s = settings or HandoffSettings()
    kind_name = str(payload.get("type") or "")
    if not kind_name.startswith(TYPE_PREFIX):
        raise InputError(f"webhook: type {kind_name!r} is not a ticket event ({TYPE_PREFIX}…)")
    if kind_name.removeprefix(TYPE_PREFIX) != "comment_added":
        return None
    detail, event = _mapping(payload.get("detail")), _mapping(payload.get("event"))
    comment = _mapping(event.get("comment"))
    author = _mapping(comment.get("author"))
    author_id = str(author.get("id")) if author.get("id") is not None else None
    requester = str(detail.get("requester_id")) if detail.get("requester_id") is not None else None
    body = str(comment.get("body") or "").strip()
    if (
        not comment.get("is_public")
        or author.get("is_staff")
        or not body
        or author_id is None
        or author_id in set(s.bot_user_ids)
        or author_id != requester
    ):
        return None
    if body == str(detail.get("description") or "").strip():
        return None  # the ticket's first comment: the ticket itself, not a later message
    comment_id = comment.get("id")
    if comment_id in (None, ""):
        raise InputError("webhook: the requester's comment has no event.comment.id")
    via = _mapping(detail.get("via"))
    return CustomerComment(
        ticket_id=_ticket_id(payload),
        comment_id=str(comment_id),
        body=body,
        requester_id=requester,
        subject=str(detail.get("subject") or ""),
        tags=tuple(str(t) for t in detail.get("tags") or ()),
        channel=str(via.get("channel") or ""),
        occurred_at=_occurred_at(payload, received_at),
    )
