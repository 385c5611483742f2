"""Rewind a partition that Faust has read past without handing anything to the agents.

After a hard restart, faust-streaming 0.15 can leave a partition with its fetch position at
the end of the log while its committed offset stays behind and nothing reaches the agents:
the records were fetched and dropped during table recovery. Nothing would ever handle them.
This guard notices a partition whose commit has not moved for `patience` checks while its
position is ahead and no event of it is in flight, and seeks it back to the committed
offset. Handlers are idempotent, so reading a record twice is safe; never reading it is not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

Partition = TypeVar("Partition")


@dataclass(frozen=True)
class PartitionState:
    committed: int | None
    position: int | None
    in_flight: bool


@dataclass
class StallGuard(Generic[Partition]):
    patience: int = 3
    _unchanged: dict[Partition, tuple[int, int, int]] = field(default_factory=dict)

    def check(self, states: dict[Partition, PartitionState]) -> dict[Partition, int]:
        """Partitions to seek back, with the offset to seek to."""
        rewind: dict[Partition, int] = {}
        for tp, state in states.items():
            committed, position = state.committed, state.position
            if committed is None or position is None or state.in_flight or position <= committed:
                self._unchanged.pop(tp, None)
                continue
            previous = self._unchanged.get(tp)
            count = 1
            if previous is not None and previous[:2] == (committed, position):
                count = previous[2] + 1
            self._unchanged[tp] = (committed, position, count)
            if count >= self.patience:
                rewind[tp] = committed
                del self._unchanged[tp]
        for tp in set(self._unchanged) - set(states):
            del self._unchanged[tp]
        return rewind
