"""POST /webhooks/helpdesk: what people did on tickets (replies, approvals, ratings),
verified like the ticket webhook, mapped to HumanOutcome events and published."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import faust

from supportloop.adapters.ingest.webhook_guard import Refusal, WebhookSecurity, read_signed_json
from supportloop.adapters.runtime.faust_app import ServiceApp
from supportloop.adapters.runtime.stage import Publish
from supportloop.adapters.runtime.webhook_body import read_webhook_body
from supportloop.core.events import HumanOutcome, utcnow
from supportloop.core.handoff import HandoffSettings, outcome_from_webhook
from supportloop.core.topics import HUMAN_OUTCOMES
from supportloop.errors import InputError

log = logging.getLogger(__name__)
PATH = "/webhooks/helpdesk"


@dataclass(frozen=True)
class WebhookAnswer:
    status: int
    body: dict[str, Any]
    outcome: HumanOutcome | None = field(default=None)


def read_helpdesk_webhook(
    body: bytes,
    headers: Mapping[str, str],
    security: WebhookSecurity,
    received_at: datetime,
    settings: HandoffSettings | None = None,
) -> WebhookAnswer:
    """The HTTP answer and the outcome to publish (None: nothing we track, or bad input).
    `received_at` is also the clock the signature timestamp is checked against. Never
    raises for anything a client sends."""
    payload = read_signed_json(body, headers, security, received_at)
    if isinstance(payload, Refusal):
        return WebhookAnswer(payload.status, payload.body)
    try:
        outcome = outcome_from_webhook(payload, received_at, settings)
    except InputError as exc:
        return WebhookAnswer(422, {"error": str(exc)})
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        return WebhookAnswer(422, {"error": f"unreadable webhook: {exc}"})
    if outcome is None:
        return WebhookAnswer(202, {"accepted": False, "reason": "not an outcome we track"})
    answer = {"accepted": True, "ticket_id": outcome.ticket_id, "kind": outcome.kind}
    return WebhookAnswer(202, answer, outcome)


def add_helpdesk_webhook(service: ServiceApp, settings: HandoffSettings | None = None) -> None:
    publish = service.publisher()
    security = WebhookSecurity.from_settings(service.settings)
    security.announce(PATH, log)
    handoff = settings or HandoffSettings()

    @service.app.page(PATH)
    class HelpdeskWebhook(faust.web.View):  # type: ignore[misc]
        async def post(self, request: Any) -> Any:
            body = await read_webhook_body(request, security)
            if isinstance(body, Refusal):
                return self.json(body.body, status=body.status)
            answer = read_helpdesk_webhook(body, request.headers, security, utcnow(), handoff)
            if answer.outcome is not None:
                await publish(Publish(HUMAN_OUTCOMES, answer.outcome))
            return self.json(answer.body, status=answer.status)
