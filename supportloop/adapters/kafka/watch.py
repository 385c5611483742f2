"""Watch the terminal topics until every expected ticket has its outcome."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable

from supportloop.adapters.kafka.reader import follow
from supportloop.core.outcomes import OutcomeLedger, terminal_outcome
from supportloop.core.topics import TERMINAL_TOPICS
from supportloop.settings import KafkaSettings

ProgressFn = Callable[[int, int], None]


async def wait_for_outcomes(
    settings: KafkaSettings,
    expected: set[str],
    timeout_s: float,
    progress: ProgressFn | None = None,
    settle_s: float = 0.0,
) -> OutcomeLedger:
    """Return the ledger once all `expected` ids are terminal (or when time runs out).

    `settle_s` keeps reading a little longer so late duplicates or conflicts are seen too.
    """
    ledger = OutcomeLedger()
    deadline = time.monotonic() + timeout_s
    done_at: float | None = None

    async def consume() -> None:
        nonlocal done_at
        async for read in follow(settings, TERMINAL_TOPICS):
            if read.event is not None:
                outcome = terminal_outcome(read.event)
                if outcome is not None:
                    ledger.observe(outcome)
                    if progress is not None:
                        progress(len(expected & ledger.outcomes.keys()), len(expected))
            if done_at is None and expected <= ledger.outcomes.keys():
                done_at = time.monotonic()
            if done_at is not None and time.monotonic() - done_at >= settle_s:
                return
            if time.monotonic() > deadline:
                return

    async def tick() -> None:
        # `follow` only yields on messages; this wakes the loop so deadlines are honoured.
        while True:
            await asyncio.sleep(0.25)
            if time.monotonic() > deadline:
                return
            if done_at is not None and time.monotonic() - done_at >= settle_s:
                return

    consumer = asyncio.create_task(consume())
    ticker = asyncio.create_task(tick())
    done, pending = await asyncio.wait({consumer, ticker}, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
    for task in pending:
        with contextlib.suppress(asyncio.CancelledError):
            await task
    for task in done:
        task.result()
    return ledger
