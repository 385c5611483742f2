"""Corrections to how faust-streaming 0.15 decides which offsets are done.

Found with the end-to-end restart test, where a restarted service lost tickets:

1. **Offset jumps are not gaps.** After a restart, Faust's fetch loop can receive a
   partition's messages from further on than the committed offset (messages fetched
   while table recovery held the streams back). Faust then takes the jump for a gap,
   counts the offsets in between as processed, and drops them when they are fetched
   again: lost tickets. Offsets on a non-compacted, non-transactional topic have no
   gaps, so for those topics Faust no longer tracks a read position: every fetched
   message is delivered (a repeat is harmless, handlers are idempotent) and a jump is
   never counted as processed.
2. **Committing past tickets still in flight.** With `concurrency > 1` events finish out
   of order; Faust's head-of-queue check lets a commit skip one unfinished offset, and
   skips the check altogether before a partition's first commit. A SIGKILL then loses
   those tickets. Here the offset committed is never above an offset still being handled.
3. **Acks from before a rebalance.** A message of an older consumer generation is
   fetched again from the committed offset; its late (or skipped) ack is not counted.
4. **A partition the group never committed on.** When table recovery ends, Faust resumes
   the stream partitions, seeks them to their committed offsets and then resumes flow,
   which clears every stream buffer: what was fetched in between is dropped and read again
   from the committed offset. aiokafka's seek-to-committed skips a partition with no
   committed offset (or offset 0), so there the dropped messages were never read again,
   and with no committed offset to hold it the first commit jumped over them. A resolver
   SIGKILLed before its first commit on a partition lost that partition's backlog this
   way. Such a partition is now sought to where the group starts reading it (the log
   start: ``auto_offset_reset=earliest``), and that offset stands as its committed offset,
   so commits only move up from it in contiguous runs and the stall guard can rewind to it.

`install()` is idempotent and refuses to run on another Faust version: these touch
internals, and a silent mismatch would be worse than no correction.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

import faust
from faust.transport.consumer import Consumer

log = logging.getLogger(__name__)

SUPPORTED_FAUST = "0.15.3"
_contiguous_topics: set[str] = set()
_installed = False


def declare_contiguous(topics: Iterable[str]) -> None:
    """Topics whose offsets have no legitimate gaps (cleanup policy delete, no transactions)."""
    _contiguous_topics.update(topics)


def is_contiguous(topic: str) -> bool:
    return topic in _contiguous_topics


def committable_offset(
    acked: list[int],
    committed: int | None,
    in_flight: Iterable[int],
) -> int | None:
    """The offset to commit (the next one to read), or None when nothing new is safe.

    `acked` is sorted; the offsets committed are removed from it. `committed` is the
    partition's committed offset (None before the first commit).
    """
    if not acked:
        return None
    first = acked[0]
    if committed is not None and first > committed:
        return None  # the offset right after the last commit is not done yet
    end = first
    for offset in acked[1:]:
        if offset > end + 1:
            break
        end = max(end, offset)
    candidate = end + 1
    lowest_in_flight = min(in_flight, default=None)
    if lowest_in_flight is not None:
        candidate = min(candidate, lowest_in_flight)
    if candidate <= first:
        return None
    del acked[: sum(1 for offset in acked if offset < candidate)]
    return candidate


def _new_offset(self: Any, tp: Any) -> int | None:
    acked: list[int] = self._acked[tp]
    if not acked:
        return None
    _merge_gaps(self, tp, acked)
    acked.sort()
    generation = self.app.consumer_generation_id
    # A message from before the last rebalance is fetched again from the committed offset.
    in_flight = [
        message.offset
        for message in list(self._unacked_messages)
        if message.tp == tp and not message.acked and message.generation_id == generation
    ]
    before = list(acked)
    offset = committable_offset(acked, self._committed_offset[tp], in_flight)
    if offset is not None:
        self._acked_index[tp].difference_update(o for o in before if o < offset)
    return offset


def _merge_gaps(self: Any, tp: Any, acked: list[int]) -> None:
    """Count the offsets of known gaps (compaction, transaction markers) below the top
    acknowledged offset as done."""
    gaps = self._gap[tp]
    if not gaps:
        return
    top = max(acked)
    covered = sorted(gaps.overlap(0, top), key=lambda interval: interval.begin)
    if not covered:
        return
    highest = top
    for interval in covered:
        acked.extend(range(interval.begin, interval.end))
        highest = max(highest, interval.end - 1)
    gaps.chop(0, highest + 1)


def _patch_gaps() -> None:
    original = Consumer._add_gap

    async def _add_gap(self: Any, tp: Any, offset_from: int, offset_to: int) -> None:
        if tp.topic in _contiguous_topics:
            log.warning(
                "offsets %d..%d of %s[%d] were skipped by the fetch; not counting them as "
                "processed (the commit waits until they are handled)",
                offset_from,
                offset_to,
                tp.topic,
                tp.partition,
            )
            return
        await original(self, tp, offset_from, offset_to)

    Consumer._add_gap = _add_gap


class _ReadOffsets(dict[Any, int | None]):
    """Faust's last-read offset per partition, except for contiguous topics: there it is
    always unknown, so the fetch loop neither infers gaps nor drops messages."""

    def __getitem__(self, tp: Any) -> int | None:
        if tp.topic in _contiguous_topics:
            return None
        return self.get(tp)


def _patch_read_offsets() -> None:
    original_init = Consumer.__init__

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        self._read_offset = _ReadOffsets()

    Consumer.__init__ = __init__


async def seek_uncommitted_to_start(consumer: Any) -> dict[Any, int]:
    """Seek every assigned contiguous partition without a committed offset to the offset the
    group starts at, and record that offset as committed (the next one to handle). Returns
    the partitions sought and their offsets."""
    if consumer.app.conf.consumer_auto_offset_reset != "earliest":
        return {}  # the group starts wherever the broker's reset policy says: leave it
    never_committed = sorted(
        (
            tp
            for tp in consumer.assignment()
            if tp.topic in _contiguous_topics and consumer._committed_offset.get(tp) is None
        ),
        key=lambda tp: (tp.topic, tp.partition),
    )
    if not never_committed:
        return {}
    earliest = await consumer.earliest_offsets(*never_committed)
    starts = {tp: earliest[tp] for tp in never_committed}
    await consumer.seek_wait(starts)
    for tp, start in starts.items():
        consumer._committed_offset[tp] = start
    log.info(
        "no committed offset on %s: reading from the log start %s",
        ", ".join(f"{tp.topic}[{tp.partition}]" for tp in starts),
        sorted(starts.values()),
    )
    return starts


def _patch_perform_seek() -> None:
    original = Consumer.perform_seek

    async def perform_seek(self: Any) -> None:
        await original(self)
        await seek_uncommitted_to_start(self)

    Consumer.perform_seek = perform_seek


def _patch_acks() -> None:
    original_ack = Consumer.ack

    def ack(self: Any, message: Any) -> bool:
        if message.generation_id != self.app.consumer_generation_id and not message.acked:
            message.acked = True
            self._unacked_messages.discard(message)
            return False
        acked: bool = original_ack(self, message)
        return acked

    Consumer.ack = ack


def install() -> None:
    global _installed
    if _installed:
        return
    if faust.__version__ != SUPPORTED_FAUST:
        raise RuntimeError(
            f"supportloop corrects faust-streaming {SUPPORTED_FAUST} internals; "
            f"found {faust.__version__}. Re-check supportloop/adapters/runtime/faust_offsets.py."
        )
    Consumer._new_offset = _new_offset
    _patch_read_offsets()
    _patch_acks()
    _patch_gaps()
    _patch_perform_seek()
    _installed = True
