"""Faust timers that keep their worker alive whatever one round raises."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)


def never_crashes(timer: Callable[[], Awaitable[None]]) -> Callable[[], Awaitable[None]]:
    """A Faust timer that raises takes its worker down with it ("We experienced a crash!").
    Timers observe, nudge and retry what the next round retries anyway; a rebalance can take
    a partition away between two of their awaits (aiokafka then asserts "Partition is not
    assigned"), which must cost one round, not the worker."""

    @functools.wraps(timer)
    async def guarded() -> None:
        try:
            await timer()
        except Exception as exc:
            log.warning("timer %s skipped a round: %r", timer.__name__, exc)

    return guarded
