"""POST /webhooks/helpdesk: what people did on tickets (replies, approvals, ratings),
verified like the ticket webhook, mapped to HumanOutcome events and published."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import faust

from supportloop.adapters.ingest.signature import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify
from supportloop.adapters.runtime.faust_app import ServiceApp
from supportloop.adapters.runtime.stage import Publish
from supportloop.core.events import HumanOutcome, utcnow
from supportloop.core.handoff import HandoffSettings, outcome_from_webhook
from supportloop.core.topics import HUMAN_OUTCOMES
from supportloop.errors import InputError

log = logging.getLogger(__name__)
MAX_BODY_BYTES = 1_000_000
PATH = "/webhooks/helpdesk"


@dataclass(frozen=True)
class WebhookAnswer:
    status: int
    body: dict[str, Any]
    outcome: HumanOutcome | None = field(default=None)


def read_helpdesk_webhook(
    body: bytes,
    headers: Mapping[str, str],
    secret: str | None,
    received_at: datetime,
    settings: HandoffSettings | None = None,
) -> WebhookAnswer:
    """The HTTP answer and the outcome to publish (None: nothing we track, or bad input)."""
    if len(body) > MAX_BODY_BYTES:
        return WebhookAnswer(413, {"error": "payload too large"})
    if secret is not None and not verify(
        secret, headers.get(TIMESTAMP_HEADER), body, headers.get(SIGNATURE_HEADER)
    ):
        return WebhookAnswer(401, {"error": "invalid or missing signature"})
    try:
        payload = json.loads(body)
    except ValueError as exc:
        return WebhookAnswer(400, {"error": f"invalid JSON: {exc}"})
    if not isinstance(payload, dict):
        return WebhookAnswer(400, {"error": "expected a JSON object"})
    try:
        outcome = outcome_from_webhook(payload, received_at, settings)
    except InputError as exc:
        return WebhookAnswer(422, {"error": str(exc)})
    if outcome is None:
        return WebhookAnswer(202, {"accepted": False, "reason": "not an outcome we track"})
    answer = {"accepted": True, "ticket_id": outcome.ticket_id, "kind": outcome.kind}
    return WebhookAnswer(202, answer, outcome)


def add_helpdesk_webhook(service: ServiceApp, settings: HandoffSettings | None = None) -> None:
    publish = service.publisher()
    secret = service.settings.webhook_secret
    handoff = settings or HandoffSettings()

    @service.app.page(PATH)
    class HelpdeskWebhook(faust.web.View):  # type: ignore[misc]
        async def post(self, request: Any) -> Any:
            answer = read_helpdesk_webhook(
                await request.read(),
                request.headers,
                secret.get_secret_value() if secret is not None else None,
                utcnow(),
                handoff,
            )
            if answer.outcome is not None:
                await publish(Publish(HUMAN_OUTCOMES, answer.outcome))
            return self.json(answer.body, status=answer.status)
