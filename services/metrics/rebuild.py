"""Rebuild the weekly book after a restart.

The book lives in memory. Before the agent resumes from the group's committed offsets, the
events before those offsets are read back into the book (not into the outcome counters,
which Prometheus sees reset with the process), so this week's numbers and the breaker's
baseline survive a restart or an upgrade. Reading stops exactly where the agent resumes:
nothing is counted twice and nothing is skipped.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from supportloop.adapters.kafka.admin import committed_offsets
from supportloop.adapters.kafka.reader import read_until
from supportloop.core import events as ev
from supportloop.core.decoding import DecodeLimits
from supportloop.core.metrics import CircuitBreaker, WeeklyBook
from supportloop.settings import KafkaSettings

PROGRESS_EVERY = 50_000


@dataclass(frozen=True)
class Rebuilt:
    events: int
    unreadable: int
    seconds: float


def replay_into(book: WeeklyBook, breaker: CircuitBreaker, event: ev.Event) -> None:
    book.observe(event)
    if isinstance(event, ev.AutonomyModeChanged):
        breaker.remember(event)


async def rebuild_book(
    book: WeeklyBook,
    breaker: CircuitBreaker,
    kafka: KafkaSettings,
    group_id: str,
    topics: Iterable[str],
    progress: Callable[[int], None] = lambda count: None,
    limits: DecodeLimits | None = None,
    observers: Sequence[Callable[[ev.Event], None]] = (),
) -> Rebuilt:
    """Unreadable messages (over the limits, not events) are counted and skipped, as the
    agent did when it first read them."""
    started = time.monotonic()
    stop = await committed_offsets(kafka, group_id, topics)
    events = unreadable = 0
    async for read in read_until(kafka, stop, limits=limits):
        if read.event is None:
            unreadable += 1  # counted (not dead-lettered) when it was first consumed
            continue
        replay_into(book, breaker, read.event)
        for observe in observers:  # e.g. the repeat-contact counter
            observe(read.event)
        events += 1
        if events % PROGRESS_EVERY == 0:
            progress(events)
    return Rebuilt(events, unreadable, time.monotonic() - started)
