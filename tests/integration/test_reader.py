import asyncio
from datetime import UTC, datetime

import pytest
from aiokafka import AIOKafkaProducer, TopicPartition

from supportloop.adapters.kafka.admin import create_topics
from supportloop.adapters.kafka.connection import aiokafka_kwargs
from supportloop.adapters.kafka.reader import read_all, read_until
from supportloop.core import events as ev
from supportloop.core.topics import TopicSpec
from supportloop.settings import KafkaSettings
from tests.unit.metrics_core.factory import received

pytestmark = pytest.mark.integration


def test_reading_a_topic_that_does_not_exist_yields_nothing(kafka_settings: KafkaSettings) -> None:
    missing = TopicSpec("supportloop.never-created.v1", "ticket_id", ())
    assert asyncio.run(read_all(kafka_settings, [missing])) == []


def test_read_until_stops_at_each_partitions_offset_or_its_end(
    kafka_settings: KafkaSettings,
) -> None:
    settings = kafka_settings.model_copy(update={"topic_prefix": "read-until."})
    topic = TopicSpec("supportloop.read-until.v1", "ticket_id", (), partitions=2)
    name = topic.full_name(settings.topic_prefix)

    async def run() -> tuple[list[tuple[int, int, str | None]], list[object], dict[int, int]]:
        await create_topics(settings, [topic])
        producer = AIOKafkaProducer(**aiokafka_kwargs(settings))
        await producer.start()
        try:
            for index in range(10):
                event = received(f"T-{index}", datetime(2026, 1, 5, tzinfo=UTC))
                await producer.send_and_wait(
                    name, ev.encode_event(event), key=b"k", partition=index % 2
                )
            await producer.send_and_wait(name, b"not an event", key=b"k", partition=0)
        finally:
            await producer.stop()
        stop = {TopicPartition(name, 0): 4, TopicPartition(name, 1): 2}
        got = [
            (r.partition, r.offset, r.event.ticket_id if r.event else None)
            async for r in read_until(settings, stop)
        ]
        nothing = [r async for r in read_until(settings, {TopicPartition(name, 0): 0})]
        everything = [r async for r in read_until(settings, {TopicPartition(name, 0): 6})]
        beyond = [r async for r in read_until(settings, {TopicPartition(name, 1): 999})]
        return got, nothing, {0: len(everything), 1: len(beyond)}

    got, nothing, counts = asyncio.run(run())
    assert sorted(got) == [
        (0, 0, "T-0"), (0, 1, "T-2"), (0, 2, "T-4"), (0, 3, "T-6"), (1, 0, "T-1"), (1, 1, "T-3")
    ]  # fmt: skip
    assert nothing == []
    # Partition 0: five events and the unreadable record (event None). Partition 1: a stop
    # past the end (a topic made again) reads to the end instead of waiting forever.
    assert counts == {0: 6, 1: 5}
