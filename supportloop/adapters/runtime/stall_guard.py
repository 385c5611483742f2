"""Restart a partition that Faust holds without handing anything to the agents.

faust-streaming 0.15 can wedge a partition in two ways, both seen after hard restarts and
rebalances that overlap a broker restart:

- *read past*: the fetch position is at the end of the log while the committed offset stays
  behind and nothing reaches the agents (records fetched and dropped during table recovery);
- *not fetched*: the partition is assigned and has records after its committed offset, yet
  its position never moves (a recovery or a seek cut short by the next rebalance left it out
  of the set Faust fetches; its log says "exception performing seek when flow not active").

Nothing would ever handle those records. The guard notices a partition whose committed
offset and position have not moved for `patience` checks while nothing of it is in flight,
and either condition holds; the caller then resumes it and seeks it to the committed offset.
Handlers are idempotent, so reading a record twice is safe; never reading it is not.

While tables recover, Faust pauses the stream partitions on purpose, so a partition not
fetched then waits `recovery_patience` checks instead: only a recovery that is itself stuck
gets its streams resumed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

Partition = TypeVar("Partition")


class StallKind(StrEnum):
    READ_PAST = "read_past"
    NOT_FETCHED = "not_fetched"


@dataclass(frozen=True)
class PartitionState:
    committed: int | None
    position: int | None
    in_flight: bool
    log_end: int | None = None


@dataclass(frozen=True)
class Stall:
    kind: StallKind
    offset: int  # where to read again from: the committed offset


def stall_kind(state: PartitionState) -> StallKind | None:
    """What is wrong with a partition seen once, if its position and commit never move."""
    committed, position = state.committed, state.position
    if committed is None or state.in_flight:
        return None
    if position is not None and position > committed:
        return StallKind.READ_PAST
    if state.log_end is not None and state.log_end > committed:
        return StallKind.NOT_FETCHED
    return None


@dataclass
class StallGuard(Generic[Partition]):
    patience: int = 3
    recovery_patience: int = 12
    _unchanged: dict[Partition, tuple[int | None, int | None, int]] = field(default_factory=dict)

    def check(
        self, states: dict[Partition, PartitionState], recovering: bool = False
    ) -> dict[Partition, Stall]:
        """Partitions to restart, with why and the offset to read again from."""
        stalls: dict[Partition, Stall] = {}
        for tp, state in states.items():
            kind = stall_kind(state)
            if kind is None or state.committed is None:
                self._unchanged.pop(tp, None)
                continue
            seen = (state.committed, state.position)
            previous = self._unchanged.get(tp)
            count = previous[2] + 1 if previous is not None and previous[:2] == seen else 1
            self._unchanged[tp] = (*seen, count)
            waiting_for_recovery = recovering and kind is StallKind.NOT_FETCHED
            if count >= (self.recovery_patience if waiting_for_recovery else self.patience):
                stalls[tp] = Stall(kind, state.committed)
                del self._unchanged[tp]
        for tp in set(self._unchanged) - set(states):
            del self._unchanged[tp]
        return stalls
