"""Changelog-backed tables: their changelog topics created before the consumer subscribes,
known to the consumer before an agent consumes, and their writes flushed on demand."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from typing import Any

import faust
from faust.exceptions import PartitionsMismatch

from supportloop.adapters.kafka.admin import create_topics, wait_for_topics
from supportloop.core.topics import DAY_MS, TopicSpec
from supportloop.errors import TransientError, WorkerStopping
from supportloop.settings import KafkaSettings

log = logging.getLogger(__name__)
METADATA_REFRESH_S = 5.0  # a changelog unknown this long: ask the broker for metadata again


def ticket_table(app: faust.App, name: str) -> Any:
    """A changelog-backed table keyed by ticket id bytes, written while handling that
    ticket's event, so each entry lives on the ticket's partition and moves with it.

    A timer writes it too (the SLA re-notifications, expiry: see ``expiry``), outside any
    event: each write's changelog partition comes from the producer's partitioner on the
    ticket id (Faust's ``use_partitioner``), which is the ticket's partition, as every topic
    is keyed by ticket id with the default partitioner and has the same partition count as
    the changelog (``check_copartitioned``)."""
    # key_type/value_type=bytes make Faust read the changelog back raw on recovery.
    return app.Table(name, key_type=bytes, value_type=bytes, use_partitioner=True)


def owner_check(app: faust.App, table: Any) -> Callable[[bytes], bool]:
    """Whether a key's changelog partition is one of this worker's active partitions now.

    A table can hold keys of partitions the worker does not own: standby replicas, and, in
    the in-memory store, what it wrote before a rebalance took the partition away. Only the
    owner may write them: a stale copy must not overwrite (or delete) the owner's entry.
    """
    topic = table.changelog_topic.get_topic_name()

    def owns(key: bytes) -> bool:
        return app.producer.key_partition(topic, key) in app.assignor.assigned_actives()

    return owns


def check_copartitioned(app: faust.App, topics: Iterable[str]) -> None:
    """Refuse to consume ``topics`` unless each has as many partitions as every changelog.

    Faust checks this on each table write it routes by the event's partition; writes routed
    by the partitioner (``ticket_table``) skip it, and with unequal counts a ticket's entry
    would land on another partition than the ticket and be lost to its next owner."""
    for table in app.tables.values():
        changelog = table.changelog_topic.get_topic_name()
        expected = known_partitions(app, changelog)
        for topic in topics:
            found = known_partitions(app, topic)
            if found is not None and expected is not None and found != expected:
                raise PartitionsMismatch(
                    f"{topic} has {found} partitions and {changelog} {expected}: a ticket's "
                    "table entries must live on its partition; give both the same count"
                )


def settled(app: faust.App) -> bool:
    """Tables are recovered and no rebalance is under way: the worker may write them."""
    return bool(not app.rebalancing and app.tables.actives_ready)


def changelog_specs(app: faust.App, default_partitions: int) -> list[TopicSpec]:
    return [
        TopicSpec(
            table.changelog_topic.get_topic_name(),
            "ticket_id",
            (),
            cleanup_policy="compact",
            retention_ms=None,
            # expired entries are deleted (``expiry``): their tombstones compacted within days
            compact_within_ms=DAY_MS,
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
        if producer.buffer.state != "running":
            raise WorkerStopping("table writes cannot be sent: the producer has stopped")
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
        refresh_at = loop.time() + METADATA_REFRESH_S
        while not known_partitions(app, name):
            if loop.time() > refresh_at:
                await refresh_consumer_metadata(app)
                refresh_at = loop.time() + METADATA_REFRESH_S
            if loop.time() > report_at:
                log.error("still no partition metadata for %s; not consuming yet", name)
                report_at = loop.time() + report_every_s
            await asyncio.sleep(0.2)


def known_partitions(app: Any, topic: str) -> int | None:
    """The partition count of ``topic`` as this worker's consumer knows it.

    Faust's ``topic_partitions`` reads the group coordinator's snapshot, which only the
    group's leader keeps up to date: a worker that joins as a follower right after a broker
    restart keeps a snapshot without the changelogs for good. The client's own cluster
    metadata is kept on every member."""
    counted = app.consumer.topic_partitions(topic)
    if counted:
        return counted if isinstance(counted, int) else len(counted)
    consumer = getattr(getattr(app.consumer, "_thread", None), "_consumer", None)
    cluster = getattr(getattr(consumer, "_client", None), "cluster", None)
    partitions = cluster.partitions_for_topic(topic) if cluster is not None else None
    return len(partitions) if partitions else None


async def refresh_consumer_metadata(app: Any) -> None:
    """Ask the consumer's client for fresh metadata now (otherwise it asks again only when
    its metadata ages out, minutes later). The client lives in Faust's consumer thread, so
    the request runs there."""
    thread = getattr(app.consumer, "_thread", None)
    if thread is None or not hasattr(thread, "call_thread"):
        return

    async def refresh() -> None:
        await thread._ensure_consumer()._client.force_metadata_update()

    try:
        await thread.call_thread(refresh)
    except Exception as error:  # a failed refresh is tried again on the next round
        log.warning("consumer metadata refresh failed: %s", error)
