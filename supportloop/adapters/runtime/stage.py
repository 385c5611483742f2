"""One pipeline stage: decode → handle (bounded retry) → publish, or dead-letter with a reason.

Transport-free: the Faust glue hands in raw messages and a `publish` callable, so the
failure handling is unit-tested with fakes and reused by every service.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from pydantic import ValidationError

from supportloop.adapters.runtime.metrics import ServiceMetrics
from supportloop.core import events as ev
from supportloop.core.topics import DEAD_LETTERS, TopicSpec, topic_of
from supportloop.errors import TransientError

log = logging.getLogger(__name__)
T = TypeVar("T")
E = TypeVar("E", bound=ev.EventBase)


@dataclass(frozen=True)
class Publish:
    topic: TopicSpec
    event: ev.EventBase
    key: str | None = None

    @classmethod
    def of(cls, event: ev.EventBase, key: str | None = None) -> Publish:
        """The event to the topic ``topics.py`` names as its home."""
        return cls(topic_of(event), event, key)

    @property
    def message_key(self) -> str:
        return self.key if self.key is not None else self.event.ticket_id


@dataclass(frozen=True)
class RawMessage:
    topic: str
    partition: int | None
    offset: int | None
    key: bytes | None
    value: bytes | None


PublishFn = Callable[[Publish], Awaitable[None]]
Handler = Callable[[E], Awaitable[Sequence[Publish]]]
BatchHandler = Callable[[Sequence[E]], Awaitable[Sequence[Sequence[Publish]]]]


class PoisonMessage(Exception):
    """The message can never be handled; dead-letter it with this reason."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 3
    backoff_s: float = 0.2
    max_backoff_s: float = 5.0

    def delay(self, attempt: int) -> float:
        return float(min(self.max_backoff_s, self.backoff_s * (2 ** (attempt - 1))))


def decode(message: RawMessage, accepts: tuple[type[E], ...]) -> E:
    if message.value is None:
        raise PoisonMessage("empty_message", "message has no value")
    try:
        event = ev.decode_event(message.value)
    except ValidationError as exc:
        raise PoisonMessage(_validation_reason(message.value), _short(str(exc))) from exc
    if not isinstance(event, accepts):
        names = ", ".join(t.__name__ for t in accepts)
        raise PoisonMessage("unexpected_event_type", f"got {event.type}, expected {names}")
    return event


def _validation_reason(raw: bytes) -> str:
    try:
        payload = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return "not_json"
    if isinstance(payload, dict) and payload.get("schema_version") not in (None, 1):
        return "unsupported_schema_version"
    return "invalid_event"


def _short(text: str, limit: int = 2000) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _ticket_id_of(message: RawMessage) -> str:
    if message.value:
        try:
            payload = json.loads(message.value)
            if isinstance(payload, dict) and isinstance(payload.get("ticket_id"), str):
                return str(payload["ticket_id"])
        except (ValueError, UnicodeDecodeError):
            pass
    if message.key:
        return message.key.decode("utf-8", errors="replace")
    return f"unknown:{message.topic}:{message.partition}:{message.offset}"


def dead_letter_for(message: RawMessage, stage: str, reason: str, error: BaseException) -> Publish:
    ticket_id = _ticket_id_of(message)
    event = ev.DeadLettered(
        event_id=ev.derive_event_id(ticket_id, ev.IdStage.DEAD_LETTER, stage),
        ticket_id=ticket_id,
        stage=stage,
        reason=reason,
        error_type=type(error).__name__,
        source_topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        payload=(message.value or b"").decode("utf-8", errors="replace")[:100_000],
    )
    return Publish(DEAD_LETTERS, event, key=ticket_id)


@dataclass
class Stage(Generic[E]):
    """Runs one service's handler over messages with the project's failure rules; the
    handler receives only events of the types the stage accepts."""

    service: str
    accepts: tuple[type[E], ...]
    publish: PublishFn
    metrics: ServiceMetrics
    retry: RetryPolicy = RetryPolicy()
    # Observers (the metrics service) read what others own: they count bad input, and
    # leave dead-lettering to the service whose input it is.
    observer: bool = False
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    async def run_one(self, message: RawMessage, handler: Handler[E]) -> None:
        started = time.perf_counter()
        try:
            event = decode(message, self.accepts)
        except PoisonMessage as exc:
            await self._dead_letter(message, exc.reason, exc)
            return
        outputs = await self._with_retry(message, lambda: handler(event))
        if outputs is not None:
            await self._publish_all(outputs)
            self._count(message, "ok")
        self.metrics.processing.labels(self.service).observe(time.perf_counter() - started)

    async def run_batch(self, messages: Sequence[RawMessage], handler: BatchHandler[E]) -> None:
        started = time.perf_counter()
        decoded: list[tuple[RawMessage, E]] = []
        for message in messages:
            try:
                decoded.append((message, decode(message, self.accepts)))
            except PoisonMessage as exc:
                await self._dead_letter(message, exc.reason, exc)
        if not decoded:
            return
        batch_events = [event for _, event in decoded]
        results = await self._with_retry(
            decoded[0][0], lambda: handler(batch_events), dead_letter=False
        )
        if results is None:
            # The whole batch failed: retry message by message so one bad ticket
            # does not take its neighbours down with it.
            for message, event in decoded:
                single = await self._with_retry(message, _single(handler, event))
                if single is not None:
                    await self._publish_all(single[0])
                    self._count(message, "ok")
            return
        for (message, _), outputs in zip(decoded, results, strict=True):
            await self._publish_all(outputs)
            self._count(message, "ok")
        elapsed = (time.perf_counter() - started) / max(1, len(messages))
        for _ in decoded:
            self.metrics.processing.labels(self.service).observe(elapsed)

    async def _with_retry(
        self, message: RawMessage, call: Callable[[], Awaitable[T]], dead_letter: bool = True
    ) -> T | None:
        """Bounded retry of transient faults; anything else is final for this message."""
        failure: tuple[str, BaseException] | None = None
        for attempt in range(1, self.retry.attempts + 1):
            try:
                return await call()
            except TransientError as exc:
                if attempt == self.retry.attempts:
                    failure = ("retries_exhausted", exc)
                    break
                self._count(message, "retried")
                log.warning("%s: transient failure (attempt %d): %s", self.service, attempt, exc)
                await self.sleep(self.retry.delay(attempt))
            except PoisonMessage as exc:
                failure = (exc.reason, exc)
                break
            except Exception as exc:
                log.exception("%s: handler failed on %s", self.service, message.topic)
                failure = ("handler_failed", exc)
                break
        if failure is not None and dead_letter:
            await self._dead_letter(message, *failure)
        return None

    async def _publish_all(self, outputs: Sequence[Publish]) -> None:
        for output in outputs:
            await self.publish(output)
            self.metrics.published.labels(self.service, output.topic.name).inc()

    async def _dead_letter(self, message: RawMessage, reason: str, error: BaseException) -> None:
        if self.observer or message.topic.endswith(DEAD_LETTERS.name):
            # Never feed the dead-letter topic back into itself; count and move on.
            log.error("%s: unreadable dead letter at %s: %s", self.service, message.offset, error)
            self._count(message, "skipped")
            return
        log.warning(
            "%s: dead-lettering %s message: %s (%s)", self.service, message.topic, reason, error
        )
        await self.publish(dead_letter_for(message, self.service, reason, error))
        self.metrics.dead_letters.labels(self.service, self.service, reason).inc()
        self._count(message, "dead_lettered")

    def _count(self, message: RawMessage, outcome: str) -> None:
        self.metrics.messages.labels(self.service, message.topic, outcome).inc()


def _single(
    handler: BatchHandler[E], event: E
) -> Callable[[], Awaitable[Sequence[Sequence[Publish]]]]:
    async def call() -> Sequence[Sequence[Publish]]:
        return await handler([event])

    return call
