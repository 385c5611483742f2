"""POST /webhooks/tickets: live tickets from a helpdesk, verified, validated, published."""

from __future__ import annotations

import json
import logging
from typing import Any

import faust

from supportloop.adapters.ingest.records import from_helpdesk_webhook
from supportloop.adapters.ingest.signature import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify
from supportloop.adapters.runtime.faust_app import ServiceApp
from supportloop.adapters.runtime.stage import Publish
from supportloop.core.events import TicketReceived
from supportloop.core.topics import INBOUND

log = logging.getLogger(__name__)
MAX_BODY_BYTES = 1_000_000


def add_ticket_webhook(service: ServiceApp) -> None:
    publish = service.publisher()
    secret = service.settings.webhook_secret

    @service.app.page("/webhooks/tickets")
    class TicketWebhook(faust.web.View):  # type: ignore[misc]
        async def post(self, request: Any) -> Any:
            body = await request.read()
            if len(body) > MAX_BODY_BYTES:
                return self.json({"error": "payload too large"}, status=413)
            if secret is not None and not verify(
                secret.get_secret_value(),
                request.headers.get(TIMESTAMP_HEADER),
                body,
                request.headers.get(SIGNATURE_HEADER),
            ):
                return self.json({"error": "invalid or missing signature"}, status=401)
            try:
                payload = json.loads(body)
            except ValueError as exc:
                return self.json({"error": f"invalid JSON: {exc}"}, status=400)
            if not isinstance(payload, dict):
                return self.json({"error": "expected a JSON object"}, status=400)
            result = from_helpdesk_webhook(payload)
            if result.ticket is None:
                errors = [{"field": e.field, "reason": e.reason} for e in result.errors]
                return self.json({"error": "invalid ticket", "details": errors}, status=422)
            event = TicketReceived.of(result.ticket, "webhook")
            await publish(Publish(INBOUND, event))
            return self.json({"accepted": True, "ticket_id": event.ticket_id}, status=202)
