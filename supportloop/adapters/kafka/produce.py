"""Publishing events from outside the services (CLI ingest, flags, tests, benchmark)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiokafka import AIOKafkaProducer

from supportloop.adapters.kafka.connection import aiokafka_kwargs
from supportloop.core.events import EventBase, encode_event
from supportloop.core.topics import TopicSpec
from supportloop.settings import KafkaSettings


class EventProducer:
    def __init__(self, producer: AIOKafkaProducer, prefix: str) -> None:
        self._producer = producer
        self._prefix = prefix

    async def send(self, topic: TopicSpec, event: EventBase, key: str | None = None) -> None:
        """Queue one event; `flush()` waits until everything queued is acknowledged."""
        await self._producer.send(
            topic.full_name(self._prefix),
            value=encode_event(event),
            key=(key if key is not None else event.ticket_id).encode(),
        )

    async def send_and_wait(
        self, topic: TopicSpec, event: EventBase, key: str | None = None
    ) -> None:
        await self._producer.send_and_wait(
            topic.full_name(self._prefix),
            value=encode_event(event),
            key=(key if key is not None else event.ticket_id).encode(),
        )

    async def send_raw(self, topic: TopicSpec, value: bytes, key: bytes | None = None) -> None:
        await self._producer.send_and_wait(topic.full_name(self._prefix), value=value, key=key)

    async def flush(self) -> None:
        await self._producer.flush()


@asynccontextmanager
async def event_producer(settings: KafkaSettings) -> AsyncIterator[EventProducer]:
    producer = AIOKafkaProducer(
        **aiokafka_kwargs(settings), acks="all", linger_ms=5, enable_idempotence=True
    )
    try:
        await producer.start()
    except BaseException:
        await producer.stop()  # no "Unclosed AIOKafkaProducer" when the broker is unreachable
        raise
    try:
        yield EventProducer(producer, settings.topic_prefix)
        await producer.flush()
    finally:
        await producer.stop()
