"""POST /webhooks/tickets: live tickets from a helpdesk, verified, validated, published."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import faust

from supportloop.adapters.ingest.records import from_helpdesk_webhook
from supportloop.adapters.ingest.webhook_guard import Refusal, WebhookSecurity, read_signed_json
from supportloop.adapters.runtime.faust_app import ServiceApp
from supportloop.adapters.runtime.stage import Publish
from supportloop.adapters.runtime.webhook_body import read_webhook_body
from supportloop.core.events import TicketReceived, utcnow
from supportloop.core.topics import INBOUND

log = logging.getLogger(__name__)
PATH = "/webhooks/tickets"


@dataclass(frozen=True)
class TicketWebhookAnswer:
    status: int
    body: dict[str, Any]
    event: TicketReceived | None = field(default=None)


def read_ticket_webhook(
    body: bytes, headers: Mapping[str, str], security: WebhookSecurity, received_at: datetime
) -> TicketWebhookAnswer:
    """The HTTP answer and the ticket to publish (None: refused or invalid). Never raises
    for anything a client sends."""
    payload = read_signed_json(body, headers, security, received_at)
    if isinstance(payload, Refusal):
        return TicketWebhookAnswer(payload.status, payload.body)
    try:
        result = from_helpdesk_webhook(payload)
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        return TicketWebhookAnswer(422, {"error": f"unreadable ticket: {exc}"})
    if result.ticket is None:
        errors = [{"field": e.field, "reason": e.reason} for e in result.errors]
        return TicketWebhookAnswer(422, {"error": "invalid ticket", "details": errors})
    event = TicketReceived.of(result.ticket, "webhook")
    return TicketWebhookAnswer(202, {"accepted": True, "ticket_id": event.ticket_id}, event)


def add_ticket_webhook(service: ServiceApp) -> None:
    publish = service.publisher()
    security = WebhookSecurity.from_settings(service.settings)
    security.announce(PATH, log)

    @service.app.page(PATH)
    class TicketWebhook(faust.web.View):  # type: ignore[misc]
        async def post(self, request: Any) -> Any:
            body = await read_webhook_body(request, security)
            if isinstance(body, Refusal):
                return self.json(body.body, status=body.status)
            answer = read_ticket_webhook(body, request.headers, security, utcnow())
            if answer.event is not None:
                await publish(Publish(INBOUND, answer.event))
            return self.json(answer.body, status=answer.status)
