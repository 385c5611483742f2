"""Changelog-backed tables: their changelog topics created before the consumer subscribes,
known to the consumer before an agent consumes, and their writes flushed on demand."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import faust

from supportloop.adapters.kafka.admin import create_topics, wait_for_topics
from supportloop.core.topics import TopicSpec
from supportloop.errors import TransientError
from supportloop.settings import KafkaSettings

log = logging.getLogger(__name__)


def ticket_table(app: faust.App, name: str, *, outside_events: bool = False) -> Any:
    """A changelog-backed table keyed by ticket id bytes, written while handling that
    ticket's event, so each entry lives on the ticket's partition and moves with it.

    ``outside_events`` also lets a timer write it: each write's changelog partition then
    comes from the producer's partitioner on the ticket id (Faust's ``use_partitioner``),
    which is the ticket's partition, as every topic is keyed by ticket id with the default
    partitioner and has the same partition count as the changelog."""
    # key_type/value_type=bytes make Faust read the changelog back raw on recovery.
    return app.Table(name, key_type=bytes, value_type=bytes, use_partitioner=outside_events)


def changelog_specs(app: faust.App, default_partitions: int) -> list[TopicSpec]:
    return [
        TopicSpec(
            table.changelog_topic.get_topic_name(),
            "ticket_id",
            (),
            cleanup_policy="compact",
            retention_ms=None,
            partitions=table.partitions or default_partitions,
        )
        for table in app.tables.values()
    ]


async def prepare_changelogs(kafka: KafkaSettings, specs: list[TopicSpec]) -> None:
    """Create the tables' changelog topics before the consumer subscribes.

    Left to Faust, a changelog created at start-up can be missing from the consumer's
    first metadata: the subscription silently ignores it, and every table write then
    fails until the next metadata refresh minutes later.
    """
    if not specs:
        return
    # Changelog names already carry the prefix (it is part of the app id).
    unprefixed = kafka.model_copy(update={"topic_prefix": ""})
    await create_topics(unprefixed, specs)
    await wait_for_topics(unprefixed, [spec.name for spec in specs])


async def flush_tables(app: faust.App, timeout_s: float = 30.0) -> None:
    """Wait until every table write so far is acknowledged by the broker.

    Faust's own flush gives up on its send buffer after 0.1 s without progress, so a
    busy buffer can still hold the write; this keeps flushing until it is empty.
    """
    producer = app.producer
    deadline = asyncio.get_running_loop().time() + timeout_s
    while producer.buffer.size:
        if asyncio.get_running_loop().time() > deadline:
            raise TransientError(f"table writes not sent to Kafka after {timeout_s:.0f} s")
        await producer.buffer.flush()
    await producer.flush()


async def wait_for_changelogs(app: Any, report_every_s: float = 60.0) -> None:
    """Wait until the consumer's metadata knows every table changelog's partitions.

    Right after a restart Faust can see a changelog with 0 partitions for a moment and
    refuses table writes (PartitionsMismatch); an agent waits for this before its first
    event. It never proceeds without it: every ticket would fail and be dead-lettered.
    """
    loop = asyncio.get_running_loop()
    for table in app.tables.values():
        name = table.changelog_topic.get_topic_name()
        report_at = loop.time() + report_every_s
        while not app.consumer.topic_partitions(name):
            if loop.time() > report_at:
                log.error("still no partition metadata for %s; not consuming yet", name)
                report_at = loop.time() + report_every_s
            await asyncio.sleep(0.2)
