"""One pipeline stage: decode → handle (bounded retry) → publish, or dead-letter with a reason.

Transport-free: the Faust glue hands in raw messages and a `publish` callable, so the
failure handling is unit-tested with fakes and reused by every service.

No message can stop a stage: whatever its bytes, it is decoded within the configured limits
(`supportloop.core.decoding`) or dead-lettered with a reason, and the stage goes on. Log lines
name the service, topic, partition, offset, event id and reason only: error texts can quote
the message (a ticket body, an e-mail address), so they go to the dead letter, beside the
payload, never to the log.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from supportloop.adapters.runtime.metrics import ServiceMetrics
from supportloop.core import events as ev
from supportloop.core.decoding import (
    MAX_DETAIL_CHARS,
    DecodeLimits,
    Undecodable,
    decode_bounded,
    safe_id,
)
from supportloop.core.topics import DEAD_LETTERS, TopicSpec, topic_of
from supportloop.errors import TransientError, WorkerStopping, raised_at

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
    """The message can never be handled; dead-letter it with this reason. `detail` goes to the
    dead letter only (it may quote the message); `ticket_id` keys it when the message's own
    id is known."""

    def __init__(self, reason: str, detail: str = "", ticket_id: str | None = None) -> None:
        super().__init__(detail or reason)
        self.reason = reason
        self.detail = detail or reason
        self.ticket_id = ticket_id


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 3
    backoff_s: float = 0.2
    max_backoff_s: float = 5.0

    def delay(self, attempt: int) -> float:
        return float(min(self.max_backoff_s, self.backoff_s * (2 ** (attempt - 1))))


def decode(
    message: RawMessage, accepts: tuple[type[E], ...], limits: DecodeLimits = DecodeLimits()
) -> E:
    """The message's event if it is one of `accepts`, else PoisonMessage. Raises nothing else."""
    try:
        event = decode_bounded(message.value, limits)
    except Undecodable as exc:
        raise PoisonMessage(exc.reason, exc.detail, exc.ticket_id) from None
    if not isinstance(event, accepts):
        names = ", ".join(t.__name__ for t in accepts)
        raise PoisonMessage(
            "unexpected_event_type", f"got {event.type}, expected {names}", safe_id(event.ticket_id)
        )
    return event


# A dead letter keeps at most this much of the original message (fewer characters when the
# limit on message size says so: see `dead_letter_for`).
MAX_PAYLOAD_CHARS = 100_000
# Room left under the message size limit for the key, headers and the record's framing.
_RECORD_OVERHEAD_BYTES = 1_024


def _ticket_id_of(message: RawMessage, known: str | None = None) -> str:
    """The id a dead letter is filed under: the message's own (when decoding found a safe
    one), else its key, else where it was. Never parses the message."""
    ticket_id = safe_id(known)
    if ticket_id is None and message.key:
        ticket_id = safe_id(message.key.decode("utf-8", errors="replace"))
    return ticket_id or f"unknown:{message.topic}:{message.partition}:{message.offset}"


def _text(value: str, limit: int) -> str:
    """Valid UTF-8 (lone surrogates replaced) of at most `limit` characters."""
    value = value.encode("utf-8", errors="replace").decode("utf-8")
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _describe(error: BaseException) -> str:
    try:
        return f"{type(error).__name__}: {error}"
    except Exception:  # an exception whose __str__ fails: its type will do
        return type(error).__name__


def dead_letter_for(
    message: RawMessage,
    stage: str,
    reason: str,
    error: BaseException,
    *,
    ticket_id: str | None = None,
    max_message_bytes: int = DecodeLimits.max_message_bytes,
    keep_payload: bool = True,
) -> Publish:
    """The dead letter of `message`: always valid UTF-8, and always small enough to publish
    (the payload is cut, then dropped, to fit under `max_message_bytes`)."""
    known = ticket_id or (error.ticket_id if isinstance(error, PoisonMessage) else None)
    letter_id = _ticket_id_of(message, known)
    detail = error.detail if isinstance(error, PoisonMessage) else _describe(error)
    raw = message.value or b""
    # Any character is at most 4 bytes of UTF-8, and an invalid byte becomes one character.
    payload = raw[: MAX_PAYLOAD_CHARS * 4].decode("utf-8", errors="replace")[:MAX_PAYLOAD_CHARS]
    event = ev.DeadLettered(
        event_id=ev.derive_event_id(letter_id, ev.IdStage.DEAD_LETTER, stage),
        ticket_id=letter_id,
        stage=stage,
        reason=_text(reason, 200),
        error_type=type(error).__name__,
        source_topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        payload=payload if keep_payload else "",
        detail=_text(detail, MAX_DETAIL_CHARS),
    )
    budget = max_message_bytes - _RECORD_OVERHEAD_BYTES - len(letter_id.encode())
    while event.payload and len(ev.encode_event(event)) > budget:
        # JSON escapes can make a character take six bytes: halve until it fits.
        event = event.model_copy(update={"payload": event.payload[: len(event.payload) // 2]})
    return Publish(DEAD_LETTERS, event, key=letter_id)


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
    # leave dead-lettering to the service whose input it is ...
    observer: bool = False
    # ... except on the topics they own (full names): no other reader dead-letters those.
    owned_topics: frozenset[str] = frozenset()
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    limits: DecodeLimits = field(default_factory=DecodeLimits)
    # A stage over several topics: the events each topic may carry (by full topic name); an
    # accepted event on a topic that does not carry it is unexpected_event_type there.
    topic_events: Mapping[str, tuple[type[E], ...]] = field(default_factory=dict)

    async def run_one(self, message: RawMessage, handler: Handler[E]) -> None:
        started = time.perf_counter()
        try:
            event = self._decode(message)
        except PoisonMessage as exc:
            await self._dead_letter(message, exc.reason, exc)
            return
        outputs = await self._with_retry(message, lambda: handler(event), event)
        if outputs is not None and await self._publish_all(message, event, outputs):
            self._count(message, "ok")
        self.metrics.processing.labels(self.service).observe(time.perf_counter() - started)

    async def run_batch(self, messages: Sequence[RawMessage], handler: BatchHandler[E]) -> None:
        started = time.perf_counter()
        decoded: list[tuple[RawMessage, E]] = []
        for message in messages:
            try:
                decoded.append((message, self._decode(message)))
            except PoisonMessage as exc:
                await self._dead_letter(message, exc.reason, exc)
        if not decoded:
            return
        batch_events = [event for _, event in decoded]
        first, first_event = decoded[0]
        results = await self._with_retry(
            first, _batch(handler, batch_events), first_event, dead_letter=False
        )
        if results is None:
            # The whole batch failed: retry message by message so one bad ticket
            # does not take its neighbours down with it.
            for message, event in decoded:
                single = await self._with_retry(message, _batch(handler, [event]), event)
                if single is not None and await self._publish_all(message, event, single[0]):
                    self._count(message, "ok")
            return
        for (message, event), outputs in zip(decoded, results, strict=True):
            if await self._publish_all(message, event, outputs):
                self._count(message, "ok")
        elapsed = (time.perf_counter() - started) / max(1, len(messages))
        for _ in decoded:
            self.metrics.processing.labels(self.service).observe(elapsed)

    def _decode(self, message: RawMessage) -> E:
        try:
            return decode(message, self.topic_events.get(message.topic, self.accepts), self.limits)
        except PoisonMessage:
            raise
        except Exception as exc:  # the last line: no input may stop the stage
            raise PoisonMessage("undecodable", f"{type(exc).__name__} while decoding") from None

    async def _with_retry(
        self,
        message: RawMessage,
        call: Callable[[], Awaitable[T]],
        event: E,
        dead_letter: bool = True,
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
                log.warning(
                    "%s: transient failure on %s (attempt %d): %s at %s",
                    self.service, _at(message, event), attempt, type(exc).__name__, raised_at(exc),
                )  # fmt: skip
                await self.sleep(self.retry.delay(attempt))
            except PoisonMessage as exc:
                failure = (exc.reason, exc)
                break
            except WorkerStopping:
                # not this message's fault: unacknowledged, it goes to the next owner
                log.warning("%s: stopping with %s in hand", self.service, _at(message, event))
                raise
            except Exception as exc:
                # The type and the place, not the message: it may quote the ticket.
                log.error(
                    "%s: handler failed on %s: %s at %s",
                    self.service, _at(message, event), type(exc).__name__, raised_at(exc),
                )  # fmt: skip
                failure = ("handler_failed", exc)
                break
        if failure is not None and dead_letter:
            await self._dead_letter(message, *failure, event=event)
        return None

    async def _publish_all(self, message: RawMessage, event: E, outputs: Sequence[Publish]) -> bool:
        """Publish a handled message's outputs; False if one was refused (too large to send),
        and the message is dead-lettered instead."""
        for output in outputs:
            try:
                await self.publish(output)
            except PoisonMessage as exc:
                await self._dead_letter(message, exc.reason, exc, event=event)
                return False
            self.metrics.published.labels(self.service, output.topic.name).inc()
        return True

    async def _dead_letter(
        self,
        message: RawMessage,
        reason: str,
        error: BaseException,
        event: ev.EventBase | None = None,
    ) -> None:
        observing = self.observer and message.topic not in self.owned_topics
        if observing or message.topic.endswith(DEAD_LETTERS.name):
            # Observers leave bad input to its owner; never feed the dead-letter topic back
            # into itself. Count and move on.
            log.warning("%s: skipped %s: %s", self.service, _at(message, event), reason)
            self._count(message, "skipped")
            return
        letter = dead_letter_for(
            message,
            self.service,
            reason,
            error,
            ticket_id=event.ticket_id if event is not None else None,
            max_message_bytes=self.limits.max_message_bytes,
        )
        log.warning(
            "%s: dead-lettering %s: %s (dead letter %s)",
            self.service, _at(message, event), reason, letter.event.event_id,
        )  # fmt: skip
        try:
            await self.publish(letter)
        except Exception as exc:
            # Something in the letter itself (its size, its text): send it without the
            # payload. If that fails too the broker is the problem, and the error stops the
            # agent, so the message is read again after the restart rather than lost.
            log.error(
                "%s: dead letter %s refused (%s); sending it without the payload",
                self.service, letter.event.event_id, type(exc).__name__,
            )  # fmt: skip
            await self.publish(
                dead_letter_for(
                    message,
                    self.service,
                    reason,
                    error,
                    ticket_id=event.ticket_id if event is not None else None,
                    max_message_bytes=self.limits.max_message_bytes,
                    keep_payload=False,
                )
            )
        self.metrics.dead_letters.labels(self.service, self.service, reason).inc()
        self._count(message, "dead_lettered")

    def _count(self, message: RawMessage, outcome: str) -> None:
        self.metrics.messages.labels(self.service, message.topic, outcome).inc()


def _at(message: RawMessage, event: ev.EventBase | None = None) -> str:
    """Where a message is, for a log line: topic[partition]@offset and the event id if known."""
    place = f"{message.topic}[{message.partition}]@{message.offset}"
    return f"{place} (event {event.event_id})" if event is not None else place


def _batch(
    handler: BatchHandler[E], events: list[E]
) -> Callable[[], Awaitable[Sequence[Sequence[Publish]]]]:
    """The handler on `events`, held to one result per event (else it failed)."""

    async def call() -> Sequence[Sequence[Publish]]:
        results = await handler(events)
        if len(results) != len(events):
            raise ValueError(f"{len(results)} results for {len(events)} events")
        return results

    return call
