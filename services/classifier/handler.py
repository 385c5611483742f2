"""Turn a received ticket and the classifier's verdict into the event to publish."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol

from services.classifier.batching import BatchingClassifier
from supportloop.adapters.runtime.stage import Handler, Publish
from supportloop.core import events as ev
from supportloop.core.topics import CLASSIFIED


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
    """Every verdict goes to the resolver. One a machine may not act on (a guardrail, tier
    3-4) carries ``escalate`` and its reasons: the resolver looks the order up and drafts
    for the person it hands the ticket to, and acts on nothing."""
    reasons = tuple(verdict.reasons) or ((f"tier_{verdict.tier}",) if verdict.escalate else ())
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
            escalate=verdict.escalate,
            reasons=reasons,
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
