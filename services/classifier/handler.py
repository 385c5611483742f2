"""Turn a received ticket and the classifier's verdict into the event to publish."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, cast

from supportloop import events as ev
from supportloop.routing import recommended_action_for
from supportloop.runtime.stage import BatchHandler, Publish
from supportloop.topics import CLASSIFIED, ESCALATIONS


class VerdictLike(Protocol):
    @property
    def category(self) -> str: ...
    @property
    def tier(self) -> int: ...
    @property
    def confidence(self) -> float: ...
    @property
    def escalate(self) -> bool: ...
    @property
    def reasons(self) -> tuple[str, ...]: ...
    @property
    def language(self) -> str: ...
    @property
    def classifier(self) -> str: ...
    @property
    def model_version(self) -> str: ...


ClassifyBatch = Callable[[list[ev.Ticket]], Sequence[VerdictLike]]


def publish_verdict(received: ev.TicketReceived, verdict: VerdictLike) -> Publish:
    """Tickets a machine may not touch go straight to the escalator; the rest to the resolver."""
    if verdict.escalate:
        reasons = tuple(verdict.reasons) or (f"tier_{verdict.tier}",)
        return Publish(
            ESCALATIONS,
            ev.TicketEscalated(
                event_id=ev.derive_event_id(received.ticket_id, "escalated"),
                ticket_id=received.ticket_id,
                category=verdict.category,
                tier=verdict.tier,
                stage="classifier",
                reason=reasons[0],
                reasons=reasons,
                recommended_action=recommended_action_for(reasons, verdict.category, verdict.tier),
                facts={
                    "confidence": round(verdict.confidence, 4),
                    "language": verdict.language,
                    "classifier": verdict.classifier,
                    "model_version": verdict.model_version,
                },
                customer_vip=received.ticket.customer.vip,
                received_at=received.received_at,
            ),
        )
    return Publish(
        CLASSIFIED,
        ev.TicketClassified(
            event_id=ev.derive_event_id(received.ticket_id, "classified"),
            ticket_id=received.ticket_id,
            ticket=received.ticket,
            received_at=received.received_at,
            category=verdict.category,
            tier=verdict.tier,
            confidence=verdict.confidence,
            escalate=False,
            reasons=tuple(verdict.reasons),
            language=verdict.language,
            classifier=verdict.classifier,
            model_version=verdict.model_version,
        ),
    )


def make_batch_handler(classify: ClassifyBatch) -> BatchHandler:
    async def handle(events: Sequence[ev.Event]) -> list[list[Publish]]:
        received = [cast(ev.TicketReceived, e) for e in events]
        verdicts = classify([r.ticket for r in received])
        return [[publish_verdict(r, v)] for r, v in zip(received, verdicts, strict=True)]

    return handle
