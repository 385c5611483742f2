"""Every worker's view of the per-category autonomy modes on the compacted config topic.

Each resolver worker reads the whole config topic (not as part of its consumer group),
so a flip reaches every worker within a poll interval, without a restart.
"""

from __future__ import annotations

import asyncio
import logging

from supportloop.adapters.kafka.reader import follow
from supportloop.core import events as ev
from supportloop.core.autonomy.modes import DEFAULT_MODE, Mode
from supportloop.core.topics import CONFIG
from supportloop.settings import KafkaSettings

log = logging.getLogger(__name__)


class ModeView:
    def __init__(self, default: Mode = DEFAULT_MODE) -> None:
        self.default: Mode = default
        self.modes: dict[str, Mode] = {}
        self.caught_up = asyncio.Event()

    def apply(self, event: ev.Event) -> None:
        if isinstance(event, ev.AutonomyModeChanged):
            self.modes[event.category] = event.mode

    def mode(self, category: str) -> Mode:
        return self.modes.get(category, self.default)

    async def run(self, settings: KafkaSettings) -> None:
        """Catch up with the topic, then keep following it for the life of the worker."""
        async for read in follow(settings, [CONFIG], until_end=True):
            if read.event is not None:
                self.apply(read.event)
        self.caught_up.set()
        log.info("autonomy modes loaded: %s", self.modes)
        async for read in follow(settings, [CONFIG]):
            if read.event is not None:
                self.apply(read.event)
                if isinstance(read.event, ev.AutonomyModeChanged):
                    log.warning("autonomy of %s is now %s", read.event.category, read.event.mode)
