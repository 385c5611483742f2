"""Turn a received ticket and the classifier's verdict into the event to publish."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol

from services.classifier.batching import BatchingClassifier
from supportloop.adapters.runtime.stage import Handler, Publish
from supportloop.core import events as ev
from supportloop.core.routing import recommended_action_for
from supportloop.core.topics import CLASSIFIED, ESCALATIONS


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
                event_id=ev.derive_event_id(
                    received.ticket_id, ev.IdStage.ESCALATED, received.message_id or ""
                ),
                ticket_id=received.ticket_id,
                message_id=received.message_id,
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
                    # the model's top candidates, so the person starts from its best guesses
                    "candidates": ", ".join(
                        f"{c} {p:.2f}" for c, p in getattr(verdict, "candidates", ())
                    ),
                },
                customer_vip=received.ticket.customer.vip,
                received_at=received.received_at,
            ),
        )
    return Publish(
        CLASSIFIED,
        ev.TicketClassified(
            event_id=ev.derive_event_id(
                received.ticket_id, ev.IdStage.CLASSIFIED, received.message_id or ""
            ),
            ticket_id=received.ticket_id,
            message_id=received.message_id,
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
            abstained=bool(getattr(verdict, "abstained", False)),
            candidates=tuple(getattr(verdict, "candidates", ())),
        ),
    )


ReviewFn = Callable[[ev.Ticket, Any], Awaitable[Any]]


def make_handler(
    classify: ClassifyBatch, review: ReviewFn | None = None, max_batch: int = 32
) -> Handler[ev.TicketReceived]:
    """Classify one received ticket; a low-confidence verdict may get a second opinion.
    Tickets handled at the same time share one model call (``BatchingClassifier``)."""
    scorer = BatchingClassifier(classify, max_batch=max_batch)

    async def handle(received: ev.TicketReceived) -> Sequence[Publish]:
        verdict = await scorer.classify(received.ticket)
        if review is not None:
            verdict = await review(received.ticket, verdict)
        return [publish_verdict(received, verdict)]

    return handle
