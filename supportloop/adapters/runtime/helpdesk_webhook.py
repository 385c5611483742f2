"""POST /webhooks/helpdesk: what people did on tickets (replies, approvals, ratings),
verified like the ticket webhook, mapped to HumanOutcome events and published; and what the
customer wrote back (the requester's public ``comment_added``), published as the ticket's next
message on the inbound topic once the requester's e-mail is read from the helpdesk."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

import faust
from prometheus_client import Counter

from supportloop.adapters.ingest.records import from_customer_comment
from supportloop.adapters.ingest.webhook_guard import Refusal, WebhookSecurity, read_signed_json
from supportloop.adapters.runtime.faust_app import ServiceApp
from supportloop.adapters.runtime.stage import Publish
from supportloop.adapters.runtime.webhook_body import read_webhook_body
from supportloop.core.events import HumanOutcome, TicketReceived, utcnow
from supportloop.core.handoff import (
    CustomerComment,
    HandoffSettings,
    customer_comment_from_webhook,
    outcome_from_webhook,
)
from supportloop.core.topics import HUMAN_OUTCOMES, INBOUND
from supportloop.errors import ConnectorError, InputError

log = logging.getLogger(__name__)
PATH = "/webhooks/helpdesk"


class RequesterLookup(Protocol):
    async def get_user(self, user_id: str) -> dict[str, Any] | None: ...


@dataclass(frozen=True)
class WebhookAnswer:
    status: int
    body: dict[str, Any]
    outcome: HumanOutcome | None = field(default=None)
    comment: CustomerComment | None = field(default=None)
    message: TicketReceived | None = field(default=None)


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
        comment = customer_comment_from_webhook(payload, received_at, settings)
        if comment is not None:
            return WebhookAnswer(202, {"accepted": True}, comment=comment)
        outcome = outcome_from_webhook(payload, received_at, settings)
    except InputError as exc:
        return WebhookAnswer(422, {"error": str(exc)})
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        return WebhookAnswer(422, {"error": f"unreadable webhook: {exc}"})
    if outcome is None:
        return WebhookAnswer(202, {"accepted": False, "reason": "not an outcome we track"})
    answer = {"accepted": True, "ticket_id": outcome.ticket_id, "kind": outcome.kind}
    return WebhookAnswer(202, answer, outcome)


async def customer_message(comment: CustomerComment, desk: RequesterLookup) -> WebhookAnswer:
    """The requester's comment as the ticket's next message. A helpdesk that cannot be read
    answers 503, so the helpdesk delivers the webhook again: the message is not lost."""
    try:
        requester = await desk.get_user(comment.requester_id)
    except ConnectorError as exc:
        log.warning("requester %s of ticket %s not read: %s", comment.requester_id,
                    comment.ticket_id, exc)  # fmt: skip
        return WebhookAnswer(503, {"error": "the requester could not be read; send it again"})
    result = from_customer_comment(comment, requester)
    if result.ticket is None:
        errors = [{"field": e.field, "reason": e.reason} for e in result.errors]
        return WebhookAnswer(422, {"error": "invalid customer message", "details": errors})
    message = TicketReceived.of(result.ticket, "webhook")
    body = {
        "accepted": True,
        "ticket_id": comment.ticket_id,
        "kind": "customer_message",
        "message_id": comment.comment_id,
    }
    return WebhookAnswer(202, body, message=message)


def add_helpdesk_webhook(
    service: ServiceApp, desk: RequesterLookup, settings: HandoffSettings | None = None
) -> None:
    publish = service.publisher()
    security = WebhookSecurity.from_settings(service.settings)
    security.announce(PATH, log)
    handoff = settings or HandoffSettings()
    customer_replies = Counter(
        "supportloop_customer_replies",
        "Customers' comments on tickets seen by the helpdesk webhook, by outcome: published "
        "as the ticket's next message, requester_unreadable (503: the helpdesk sends it again) "
        "or invalid (422, e.g. a requester without an e-mail).",
        ["outcome"],
        registry=service.metrics.registry,
    )
    reply_outcomes = {202: "published", 503: "requester_unreadable"}

    @service.app.page(PATH)
    class HelpdeskWebhook(faust.web.View):  # type: ignore[misc]
        async def post(self, request: Any) -> Any:
            body = await read_webhook_body(request, security)
            if isinstance(body, Refusal):
                return self.json(body.body, status=body.status)
            answer = read_helpdesk_webhook(body, request.headers, security, utcnow(), handoff)
            if answer.comment is not None:
                answer = await customer_message(answer.comment, desk)
                customer_replies.labels(reply_outcomes.get(answer.status, "invalid")).inc()
            if answer.message is not None:
                await publish(Publish(INBOUND, answer.message))
            if answer.outcome is not None:
                await publish(Publish(HUMAN_OUTCOMES, answer.outcome))
            return self.json(answer.body, status=answer.status)
