"""Every worker's view of the per-category autonomy modes on the compacted config topic.

Each resolver worker reads the whole config topic (not as part of its consumer group),
so a flip reaches every worker within a poll interval, without a restart.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable

from aiokafka.errors import KafkaError

from supportloop.adapters.kafka.reader import ReadEvent, follow
from supportloop.core import events as ev
from supportloop.core.autonomy.modes import DEFAULT_MODE, Mode
from supportloop.core.decoding import DecodeLimits
from supportloop.core.topics import CONFIG
from supportloop.settings import KafkaSettings

log = logging.getLogger(__name__)
RECONNECT_MIN_S = 1.0
RECONNECT_MAX_S = 15.0
# Told (topic, reason) of every config message skipped: the service counts them.
OnSkip = Callable[[str, str], None]


class ModeView:
    """An observer of the config topic: a message that is not a flip (unreadable, over the
    limits, another event type) is counted and skipped, never dead-lettered (every worker
    reads the whole topic, at every start)."""

    def __init__(
        self,
        default: Mode = DEFAULT_MODE,
        limits: DecodeLimits | None = None,
        on_skip: OnSkip | None = None,
    ) -> None:
        self.default: Mode = default
        self.modes: dict[str, Mode] = {}
        self.caught_up = asyncio.Event()
        self.limits = limits or DecodeLimits()
        self.skipped: Counter[str] = Counter()  # by reason
        self._on_skip = on_skip

    def apply(self, event: ev.Event) -> None:
        if isinstance(event, ev.AutonomyModeChanged):
            self.modes[event.category] = event.mode

    def take(self, read: ReadEvent) -> ev.AutonomyModeChanged | None:
        """Apply one message of the topic; the flip it carried, or None if it was skipped."""
        if isinstance(read.event, ev.AutonomyModeChanged):
            self.apply(read.event)
            return read.event
        reason = read.problem or "unexpected_event_type"
        self.skipped[reason] += 1
        log.warning(
            "config: skipped %s[%d]@%d: %s", read.topic, read.partition, read.offset, reason
        )
        if self._on_skip is not None:
            self._on_skip(read.topic, reason)
        return None

    def mode(self, category: str) -> Mode:
        return self.modes.get(category, self.default)

    async def run(self, settings: KafkaSettings) -> None:
        """Catch up with the topic, then keep following it for the life of the worker. A
        broker that cannot be reached (restarting, a network cut) is waited for with backoff,
        then the topic is read again: the modes last read stay in force meanwhile, and a
        worker never stops over it."""
        backoff = RECONNECT_MIN_S
        while True:
            try:
                await self._follow(settings)
            except (KafkaError, OSError, TimeoutError) as error:
                log.warning("config: %s; reading it again in %.0f s", error, backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, RECONNECT_MAX_S)
            else:
                return

    async def _follow(self, settings: KafkaSettings) -> None:
        if not self.caught_up.is_set():
            async for read in follow(settings, [CONFIG], until_end=True, limits=self.limits):
                self.take(read)
            self.caught_up.set()
            log.info("autonomy modes loaded: %s", self.modes)
        async for read in follow(settings, [CONFIG], limits=self.limits):
            flip = self.take(read)
            if flip is not None:
                log.warning("autonomy of %s is now %s", flip.category, flip.mode)
