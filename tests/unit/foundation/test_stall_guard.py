"""The stall guard rewinds a partition read past without progress, and nothing else."""

from __future__ import annotations

from supportloop.adapters.runtime.stall_guard import PartitionState, StallGuard


def stuck(committed: int = 19, position: int = 234) -> PartitionState:
    return PartitionState(committed=committed, position=position, in_flight=False)


def test_rewinds_to_the_commit_after_three_checks_without_progress() -> None:
    guard: StallGuard[str] = StallGuard(patience=3)
    assert guard.check({"p0": stuck()}) == {}
    assert guard.check({"p0": stuck()}) == {}
    assert guard.check({"p0": stuck()}) == {"p0": 19}
    assert guard.check({"p0": stuck()}) == {}  # counting starts again after a rewind


def test_progress_resets_the_count() -> None:
    guard: StallGuard[str] = StallGuard(patience=2)
    assert guard.check({"p0": stuck(19, 100)}) == {}
    assert guard.check({"p0": stuck(25, 100)}) == {}  # commits moved: work is happening
    assert guard.check({"p0": stuck(25, 100)}) == {"p0": 25}


def test_leaves_alone_caught_up_busy_and_uncommitted_partitions() -> None:
    guard: StallGuard[str] = StallGuard(patience=1)
    states = {
        "caught_up": stuck(234, 234),
        "busy": PartitionState(committed=19, position=234, in_flight=True),
        "never_committed": stuck(committed=None, position=50),  # type: ignore[arg-type]
        "unknown_position": PartitionState(committed=3, position=None, in_flight=False),
    }
    assert guard.check(states) == {}


def test_forgets_partitions_no_longer_assigned() -> None:
    guard: StallGuard[str] = StallGuard(patience=2)
    guard.check({"p0": stuck()})
    guard.check({})
    assert guard.check({"p0": stuck()}) == {}
