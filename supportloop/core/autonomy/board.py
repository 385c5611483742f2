"""The current autonomy mode of every category, folded from AutonomyModeChanged events.

The current mode is the mode of the latest flip by ``occurred_at``; when two flips carry the
same time, the one seen later wins. Redelivered flips (same ``event_id``) are ignored, so the
config topic and the audit topic can be folded together.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from supportloop.core import events as ev
from supportloop.core.autonomy.modes import DEFAULT_MODE, Mode


@dataclass(frozen=True)
class CategoryMode:
    category: str
    mode: Mode
    last_flip: ev.AutonomyModeChanged | None  # None: never flipped, default mode

    @property
    def flipped(self) -> bool:
        return self.last_flip is not None


class ModeBoard:
    def __init__(self, default: Mode = DEFAULT_MODE) -> None:
        self.default: Mode = default
        self._latest: dict[str, ev.AutonomyModeChanged] = {}
        self._history: dict[str, list[ev.AutonomyModeChanged]] = {}
        self._seen: set[str] = set()

    @classmethod
    def from_events(cls, events: Iterable[object], default: Mode = DEFAULT_MODE) -> ModeBoard:
        board = cls(default)
        for event in events:
            board.apply(event)
        return board

    def apply(self, event: object) -> bool:
        """Fold one event in; False when it is not a flip or was already seen."""
        if not isinstance(event, ev.AutonomyModeChanged) or event.event_id in self._seen:
            return False
        self._seen.add(event.event_id)
        history = self._history.setdefault(event.category, [])
        history.append(event)
        history.sort(key=lambda flip: flip.occurred_at)  # stable: equal times keep arrival order
        latest = self._latest.get(event.category)
        if latest is None or event.occurred_at >= latest.occurred_at:
            self._latest[event.category] = event
        return True

    def mode(self, category: str) -> Mode:
        latest = self._latest.get(category)
        return self.default if latest is None else latest.mode

    def state(self, category: str) -> CategoryMode:
        latest = self._latest.get(category)
        return CategoryMode(category, self.mode(category), latest)

    def states(self, categories: Iterable[str] = ()) -> list[CategoryMode]:
        """Every given category plus every category ever flipped, sorted by name."""
        names = sorted(set(categories) | set(self._latest))
        return [self.state(name) for name in names]

    def history(self, category: str) -> list[ev.AutonomyModeChanged]:
        return list(self._history.get(category, ()))

    @property
    def flipped_categories(self) -> list[str]:
        return sorted(self._latest)
