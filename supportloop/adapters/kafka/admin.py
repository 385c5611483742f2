"""Create the topics of supportloop.core.topics on any cluster (idempotent)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterable

from aiokafka import TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, TopicAlreadyExistsError

from supportloop.adapters.kafka.connection import aiokafka_kwargs
from supportloop.core.topics import ALL_TOPICS, TopicSpec
from supportloop.settings import KafkaSettings


def _new_topic(spec: TopicSpec, settings: KafkaSettings) -> NewTopic:
    return NewTopic(
        name=spec.full_name(settings.topic_prefix),
        num_partitions=spec.partitions or settings.partitions,
        replication_factor=settings.replication_factor,
        topic_configs=spec.config(),
    )


async def create_topics(
    settings: KafkaSettings, specs: Iterable[TopicSpec] = ALL_TOPICS
) -> list[str]:
    """Create missing topics; returns the names that were created now."""
    admin = AIOKafkaAdminClient(**aiokafka_kwargs(settings))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        wanted = [s for s in specs if s.full_name(settings.topic_prefix) not in existing]
        if not wanted:
            return []
        with contextlib.suppress(TopicAlreadyExistsError):
            await admin.create_topics([_new_topic(s, settings) for s in wanted])
        return [s.full_name(settings.topic_prefix) for s in wanted]
    finally:
        await admin.close()


async def wait_for_topics(
    settings: KafkaSettings, names: Iterable[str], timeout_s: float = 60.0
) -> None:
    """Wait until the cluster's metadata lists every topic in `names` with its partitions."""
    wanted = {f"{settings.topic_prefix}{name}" for name in names}
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    admin = AIOKafkaAdminClient(**aiokafka_kwargs(settings))
    await admin.start()
    try:
        while True:
            described = await admin.describe_topics(sorted(wanted))
            missing = {
                d["topic"] for d in described if d.get("error_code") or not d.get("partitions")
            } | (wanted - {d["topic"] for d in described})
            if not missing:
                return
            if loop.time() > deadline:
                raise TimeoutError(f"topics not in the cluster metadata: {sorted(missing)}")
            await asyncio.sleep(0.2)
    finally:
        await admin.close()


async def committed_offsets(
    settings: KafkaSettings, group_id: str, topics: Iterable[str]
) -> dict[TopicPartition, int]:
    """The group's committed offsets (the next offset it will read) on these topics."""
    wanted = set(topics)
    admin = AIOKafkaAdminClient(**aiokafka_kwargs(settings))
    await admin.start()
    try:
        offsets = await admin.list_consumer_group_offsets(group_id)
    finally:
        await admin.close()
    return {
        tp: meta.offset for tp, meta in offsets.items() if tp.topic in wanted and meta.offset >= 0
    }


async def wait_until_ready(settings: KafkaSettings, timeout_s: float = 60.0) -> None:
    """Ready means a metadata request succeeds, not merely that the port accepts."""
    deadline = asyncio.get_running_loop().time() + timeout_s
    quiet = logging.getLogger("aiokafka")
    previous_level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # "Unable connect" is expected while the broker boots
    try:
        await _poll_ready(settings, deadline)
    finally:
        quiet.setLevel(previous_level)


async def _poll_ready(settings: KafkaSettings, deadline: float) -> None:
    last_error: Exception | None = None
    while asyncio.get_running_loop().time() < deadline:
        admin = AIOKafkaAdminClient(**aiokafka_kwargs(settings), request_timeout_ms=2000)
        try:
            await admin.start()
            await admin.list_topics()
            return
        except (KafkaConnectionError, OSError, TimeoutError) as exc:
            last_error = exc
        except Exception as exc:  # aiokafka raises assorted errors while the broker boots
            last_error = exc
        finally:
            with contextlib.suppress(Exception):
                await admin.close()
        await asyncio.sleep(0.3)
    raise TimeoutError(f"Kafka at {settings.bootstrap_servers} not ready: {last_error}")
