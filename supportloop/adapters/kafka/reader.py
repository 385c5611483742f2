"""Read events from topics without joining a consumer group (reports, watchers, tests)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition

from supportloop.adapters.kafka.connection import aiokafka_kwargs
from supportloop.core import events as ev
from supportloop.core.decoding import DecodeLimits, Undecodable, decode_bounded
from supportloop.core.topics import TopicSpec
from supportloop.settings import KafkaSettings


@dataclass(frozen=True)
class ReadEvent:
    topic: str
    partition: int
    offset: int
    timestamp_ms: int
    event: ev.Event | None  # None when the message is not a valid event
    problem: str | None = None  # then why not (a reason of supportloop.core.decoding)


async def _assign_all(consumer: AIOKafkaConsumer, names: list[str]) -> list[TopicPartition]:
    """Every partition of the topics that exist; a missing topic contributes none."""
    partitions: list[TopicPartition] = []
    for name in names:
        ids = consumer.partitions_for_topic(name)
        if ids is None:
            await consumer._client.force_metadata_update()  # topic may be brand new
            ids = consumer.partitions_for_topic(name) or set()
        partitions.extend(TopicPartition(name, p) for p in sorted(ids))
    if partitions:
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
    return partitions


async def follow(
    settings: KafkaSettings,
    topics: Iterable[TopicSpec],
    *,
    until_end: bool = False,
    limits: DecodeLimits | None = None,
) -> AsyncIterator[ReadEvent]:
    """Yield every event from the beginning; stop at the current end if `until_end`.
    A message that is no event within `limits` comes as a ReadEvent without an event."""
    limits = limits or DecodeLimits()
    names = [t.full_name(settings.topic_prefix) for t in topics]
    consumer = AIOKafkaConsumer(
        **aiokafka_kwargs(settings), enable_auto_commit=False, auto_offset_reset="earliest"
    )
    try:
        await consumer.start()
        partitions = await _assign_all(consumer, names)
        while not partitions:
            if until_end:
                return  # nothing to read yet
            await asyncio.sleep(1.0)  # a follower waits for the topics to be created
            partitions = await _assign_all(consumer, names)
        end = await consumer.end_offsets(partitions) if until_end else {}
        remaining = {tp for tp in partitions if end.get(tp, 1) > 0} if until_end else set()
        while True:
            if until_end and not remaining:
                return
            batches = await consumer.getmany(timeout_ms=200, max_records=5000)
            for tp, messages in batches.items():
                for message in messages:
                    yield _read(tp, message, limits)
                    if until_end and message.offset + 1 >= end.get(tp, 0):
                        remaining.discard(tp)
            await asyncio.sleep(0)
    finally:
        await consumer.stop()


async def read_until(
    settings: KafkaSettings,
    stop: Mapping[TopicPartition, int],
    stall_s: float = 60.0,
    limits: DecodeLimits | None = None,
) -> AsyncIterator[ReadEvent]:
    """Every event from the start of each partition up to (not including) its stop offset,
    or the partition's end if that comes first. Raises TimeoutError after `stall_s` without
    progress. A message that is no event within `limits` comes without an event."""
    limits = limits or DecodeLimits()
    wanted = {tp: offset for tp, offset in stop.items() if offset > 0}
    if not wanted:
        return
    consumer = AIOKafkaConsumer(
        **aiokafka_kwargs(settings), enable_auto_commit=False, auto_offset_reset="earliest"
    )
    try:
        await consumer.start()
        consumer.assign(list(wanted))
        # A stop past the end (a topic deleted and created again) would never be reached.
        ends = await consumer.end_offsets(list(wanted))
        wanted = {tp: min(offset, ends.get(tp, 0)) for tp, offset in wanted.items()}
        await consumer.seek_to_beginning(*wanted)
        # Past the stop offset already: retention removed everything before it.
        remaining = {tp for tp in wanted if await consumer.position(tp) < wanted[tp]}
        loop = asyncio.get_running_loop()
        progress_at = loop.time()
        while remaining:
            batches = await consumer.getmany(*remaining, timeout_ms=200, max_records=5000)
            for tp, messages in batches.items():
                for message in messages:
                    if message.offset < wanted[tp]:
                        yield _read(tp, message, limits)
            if batches:
                progress_at = loop.time()
            elif loop.time() - progress_at > stall_s:
                raise TimeoutError(
                    f"no records for {stall_s:.0f} s from {sorted(map(str, remaining))}"
                )
            # The position, not the last record, says when a partition is done: compaction
            # and transaction markers leave offsets that never arrive as records.
            for tp in list(remaining):
                if await consumer.position(tp) >= wanted[tp]:
                    remaining.discard(tp)
                    consumer.pause(tp)
    finally:
        await consumer.stop()


def _read(tp: TopicPartition, message: Any, limits: DecodeLimits) -> ReadEvent:
    """The message as a ReadEvent; never raises, whatever its bytes (see decode_bounded)."""
    try:
        event: ev.Event | None = decode_bounded(message.value, limits)
        problem = None
    except Undecodable as exc:
        event, problem = None, exc.reason
    return ReadEvent(tp.topic, tp.partition, message.offset, message.timestamp, event, problem)


async def read_all(settings: KafkaSettings, topics: Iterable[TopicSpec]) -> list[ev.Event]:
    return [r.event async for r in follow(settings, topics, until_end=True) if r.event is not None]
