"""POST /webhooks/gorgias: a customer's new message on a Gorgias ticket, published as the
ticket's next message on the inbound topic, the same TicketReceived the Zendesk
``comment_added`` path makes.

Gorgias sends webhooks through HTTP integrations (Settings → HTTP integrations; the
Integration object, https://developers.gorgias.com/reference/integrations): a URL, a method,
headers and a templated body, fired by triggers such as ``ticket-message-created``. They are
not signed. So the integration carries a shared secret in a header
(``X-SupportLoop-Webhook-Token: <SUPPORTLOOP_GORGIAS_WEBHOOK_TOKEN>``), compared in constant
time, and the endpoint fails closed as the signed webhooks do
(``supportloop.adapters.ingest.webhook_guard``): no token configured → 503 for every request
(unless SUPPORTLOOP_WEBHOOK_ALLOW_UNSIGNED, development only), a missing or wrong token → 401,
a body over the limit → 413, not a JSON object → 400.

The body needs only the ticket: ``{"ticket_id": "{{ticket.id}}"}`` (``"message_id":
"{{message.id}}"`` may be added). Gorgias's templates do not JSON-escape what they insert, so
the message itself is read from the API (``GET /api/tickets/{id}/messages``) rather than
templated into the body: with ``message_id``, that message; without, the customer's latest
public message. A message that is not the ticket's customer writing publicly (an agent, a
note, a rule) is accepted and ignored. The ticket's first message is its opening message (no
message id, as a new ticket is); a later one names itself by its Gorgias message id, so a
redelivered webhook is the same message. A helpdesk that cannot be read answers 503: Gorgias
sends it again.
"""

from __future__ import annotations

import hmac
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

import faust

from supportloop.adapters.ingest.records import to_ticket
from supportloop.adapters.ingest.webhook_guard import (
    ALLOW_UNSIGNED_SETTING,
    Refusal,
    WebhookSecurity,
    too_large,
)
from supportloop.adapters.runtime.faust_app import ServiceApp
from supportloop.adapters.runtime.helpdesk_webhook import WebhookAnswer
from supportloop.adapters.runtime.stage import Publish
from supportloop.adapters.runtime.webhook_body import content_length, read_limited
from supportloop.core.events import TicketReceived, utcnow
from supportloop.core.json_limits import JsonRejected, load_json_object
from supportloop.core.topics import INBOUND
from supportloop.errors import ConnectorError

log = logging.getLogger(__name__)
PATH = "/webhooks/gorgias"
TOKEN_HEADER = "X-SupportLoop-Webhook-Token"
TOKEN_SETTING = "SUPPORTLOOP_GORGIAS_WEBHOOK_TOKEN"
MESSAGE_PAGES = 5  # message pages read to find the customer's message
_ID = re.compile(r"[A-Za-z0-9_-]{1,64}", re.ASCII)
Doc = dict[str, Any]

NOT_CONFIGURED = Refusal(
    503,
    {"error": f"webhook token not configured: set {TOKEN_SETTING}", "setting": TOKEN_SETTING},
)


class MessageReader(Protocol):
    async def get_ticket(self, ticket_id: str) -> Doc | None: ...
    async def ticket_audits(self, ticket_id: str, max_pages: int) -> tuple[list[Doc], bool]: ...
    async def get_user(self, user_id: str) -> Doc | None: ...


@dataclass(frozen=True)
class GorgiasRequest:
    """What the webhook names: the ticket, and the message when the template sends it."""

    ticket_id: str
    message_id: str | None


def token_refusal(
    token: str | None, allow_unsigned: bool, headers: Mapping[str, str]
) -> Refusal | None:
    """Why this request is refused before its body is looked at; None when it may pass."""
    if token is None:
        return None if allow_unsigned else NOT_CONFIGURED
    sent = headers.get(TOKEN_HEADER) or ""
    if not sent.isascii() or not hmac.compare_digest(sent.encode(), token.encode()):
        return Refusal(401, {"error": f"missing or wrong {TOKEN_HEADER} header"})
    return None


async def read_body(request: Any, max_bytes: int) -> bytes | Refusal:
    """The body, or 413 as soon as it is announced or proves longer than ``max_bytes``."""
    length = content_length(request)
    if length is not None and length > max_bytes:
        return too_large(max_bytes)
    body = await read_limited(request, max_bytes)
    return too_large(max_bytes) if body is None else body


def _id(value: Any) -> str | None:
    text = str(value).strip() if isinstance(value, str | int) else ""
    return text if _ID.fullmatch(text) else None


def read_gorgias_webhook(body: bytes, security: WebhookSecurity) -> GorgiasRequest | Refusal:
    """The ticket (and message) the webhook names, or the refusal (400, 413, 422)."""
    try:
        payload = load_json_object(body, security.max_body_bytes, security.max_json_depth)
    except JsonRejected as exc:
        return Refusal(413 if exc.reason == "too_large" else 400, {"error": str(exc)})
    ticket = payload.get("ticket")
    raw = payload.get("ticket_id", ticket.get("id") if isinstance(ticket, Mapping) else None)
    ticket_id = _id(raw)
    if ticket_id is None:
        return Refusal(422, {"error": 'ticket_id is required: {"ticket_id": "{{ticket.id}}"}'})
    raw_message = payload.get("message_id")
    message_id = None if raw_message in (None, "") else _id(raw_message)
    if raw_message not in (None, "") and message_id is None:
        return Refusal(422, {"error": "message_id is not a message id"})
    return GorgiasRequest(ticket_id, message_id)


def _comment(audit: Mapping[str, Any]) -> Mapping[str, Any]:
    events = audit.get("events") or ()
    return next((e for e in events if isinstance(e, Mapping) and e.get("type") == "Comment"), {})


def customer_message_of(
    request: GorgiasRequest, ticket: Mapping[str, Any], audits: Sequence[Mapping[str, Any]]
) -> tuple[int, Mapping[str, Any]] | None:
    """(position among the ticket's messages, the message) of the customer's public message
    the webhook is about; None when it is not one (an agent's, a note, unknown)."""
    requester = ticket.get("requester_id")
    found = [
        (index, audit)
        for index, audit in enumerate(audits)
        if requester is not None
        and _comment(audit).get("public") is True
        and _comment(audit).get("author_id") == requester
        and (request.message_id is None or str(audit.get("id")) == request.message_id)
    ]
    return found[-1] if found else None


async def customer_message(
    request: GorgiasRequest, desk: MessageReader, received_at: datetime
) -> WebhookAnswer:
    ticket_id = request.ticket_id
    try:
        ticket = await desk.get_ticket(ticket_id)
        audits, _ = await desk.ticket_audits(ticket_id, MESSAGE_PAGES) if ticket else ([], True)
        found = customer_message_of(request, ticket, audits) if ticket else None
        customer = await desk.get_user(str(ticket["requester_id"])) if found and ticket else None
    except ConnectorError as exc:
        log.warning("Gorgias ticket %s not read: %s", ticket_id, exc)
        return WebhookAnswer(503, {"error": "the helpdesk could not be read; send it again"})
    if ticket is None:
        return WebhookAnswer(202, {"accepted": False, "reason": "no such ticket"})
    if found is None:
        return WebhookAnswer(202, {"accepted": False, "reason": "not a customer's message"})
    index, audit = found
    comment = _comment(audit)
    opening = index == 0  # the ticket's first message is the ticket itself
    record: Doc = {
        "id": str(ticket.get("id") or ticket_id),
        "subject": ticket.get("subject") or "",
        "body": str(comment.get("body") or "").strip(),
        "customer": {
            "email": (customer or {}).get("email"),
            "name": (customer or {}).get("name"),
            "vip": "vip" in (ticket.get("tags") or ()),
            "tags": list(ticket.get("tags") or ()),
        },
        "created_at": audit.get("created_at") or received_at,
        "channel": str(comment.get("channel") or (ticket.get("via") or {}).get("channel")),
    }
    if not opening:
        record["message_id"] = str(audit.get("id"))
    result = to_ticket(1, record)
    if result.ticket is None:
        errors = [{"field": e.field, "reason": e.reason} for e in result.errors]
        return WebhookAnswer(422, {"error": "invalid customer message", "details": errors})
    body = {
        "accepted": True,
        "ticket_id": result.ticket.id,
        "kind": "new_ticket" if opening else "customer_message",
        "message_id": record.get("message_id"),
    }
    return WebhookAnswer(202, body, message=TicketReceived.of(result.ticket, "webhook"))


def add_gorgias_webhook(service: ServiceApp, desk: MessageReader, token: str | None) -> None:
    publish = service.publisher()
    security = WebhookSecurity.from_settings(service.settings)
    token = token if token and token.strip() else None  # an empty token is no token
    if token is None and security.allow_unsigned:
        log.warning("!!! INSECURE: %s accepts requests without a token (%s=true)", PATH,
                    ALLOW_UNSIGNED_SETTING)  # fmt: skip
    elif token is None:
        log.warning("%s refuses every request (503) until %s is set", PATH, TOKEN_SETTING)

    @service.app.page(PATH)
    class GorgiasWebhook(faust.web.View):  # type: ignore[misc]
        async def post(self, request: Any) -> Any:
            refused = token_refusal(token, security.allow_unsigned, request.headers)
            if refused is not None:
                return self.json(refused.body, status=refused.status)
            body = await read_body(request, security.max_body_bytes)
            if isinstance(body, Refusal):
                return self.json(body.body, status=body.status)
            named = read_gorgias_webhook(body, security)
            if isinstance(named, Refusal):
                return self.json(named.body, status=named.status)
            answer = await customer_message(named, desk, utcnow())
            if answer.message is not None:
                await publish(Publish(INBOUND, answer.message))
            return self.json(answer.body, status=answer.status)
