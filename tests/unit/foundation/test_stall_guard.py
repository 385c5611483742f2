"""The stall guard restarts a partition held without progress, and nothing else."""

from __future__ import annotations

from supportloop.adapters.runtime.stall_guard import PartitionState, Stall, StallGuard, StallKind


def stuck(committed: int = 19, position: int = 234) -> PartitionState:
    return PartitionState(committed=committed, position=position, in_flight=False)


def unfetched(committed: int = 96, position: int | None = 96, log_end: int = 245) -> PartitionState:
    return PartitionState(committed=committed, position=position, in_flight=False, log_end=log_end)


def read_past(offset: int) -> Stall:
    return Stall(StallKind.READ_PAST, offset)


def test_rewinds_to_the_commit_after_three_checks_without_progress() -> None:
    guard: StallGuard[str] = StallGuard(patience=3)
    assert guard.check({"p0": stuck()}) == {}
    assert guard.check({"p0": stuck()}) == {}
    assert guard.check({"p0": stuck()}) == {"p0": read_past(19)}
    assert guard.check({"p0": stuck()}) == {}  # counting starts again after a rewind


def test_progress_resets_the_count() -> None:
    guard: StallGuard[str] = StallGuard(patience=2)
    assert guard.check({"p0": stuck(19, 100)}) == {}
    assert guard.check({"p0": stuck(25, 100)}) == {}  # commits moved: work is happening
    assert guard.check({"p0": stuck(25, 100)}) == {"p0": read_past(25)}


def test_restarts_an_assigned_partition_with_records_waiting_that_is_never_fetched() -> None:
    # The scale-out failure: classified[1] assigned to a resolver, committed at 96, 149
    # records after it, position never moving.
    guard: StallGuard[str] = StallGuard(patience=3)
    assert guard.check({"p1": unfetched()}) == {}
    assert guard.check({"p1": unfetched(log_end=260)}) == {}  # producers keep writing
    assert guard.check({"p1": unfetched(log_end=270)}) == {"p1": Stall(StallKind.NOT_FETCHED, 96)}


def test_a_partition_without_a_fetch_position_is_restarted_too() -> None:
    guard: StallGuard[str] = StallGuard(patience=2)
    guard.check({"p1": unfetched(position=None)})
    assert guard.check({"p1": unfetched(position=None)}) == {"p1": Stall(StallKind.NOT_FETCHED, 96)}


def test_a_partition_being_fetched_is_left_alone() -> None:
    guard: StallGuard[str] = StallGuard(patience=2)
    guard.check({"p1": unfetched(committed=96, position=96)})
    assert guard.check({"p1": unfetched(committed=96, position=97)}) == {}  # position moved
    assert guard.check({"p1": unfetched(committed=97, position=97)}) == {}  # commit moved


def test_recovery_pauses_streams_on_purpose_so_only_a_stuck_recovery_is_overruled() -> None:
    guard: StallGuard[str] = StallGuard(patience=2, recovery_patience=4)
    verdicts = [guard.check({"p1": unfetched()}, recovering=True) for _ in range(4)]
    assert verdicts == [{}, {}, {}, {"p1": Stall(StallKind.NOT_FETCHED, 96)}]
    # A partition read past is not something recovery does: it keeps the short patience.
    guard.check({"p0": stuck()}, recovering=True)
    assert guard.check({"p0": stuck()}, recovering=True) == {"p0": read_past(19)}


def test_leaves_alone_caught_up_busy_and_uncommitted_partitions() -> None:
    guard: StallGuard[str] = StallGuard(patience=1)
    states = {
        "caught_up": stuck(234, 234),
        "caught_up_with_log_end": unfetched(committed=245, position=245, log_end=245),
        "busy": PartitionState(committed=19, position=234, in_flight=True),
        "busy_unfetched": PartitionState(committed=96, position=96, in_flight=True, log_end=200),
        "never_committed": stuck(committed=None, position=50),  # type: ignore[arg-type]
        "unknown_position": PartitionState(committed=3, position=None, in_flight=False),
    }
    assert guard.check(states) == {}


def test_forgets_partitions_no_longer_assigned() -> None:
    guard: StallGuard[str] = StallGuard(patience=2)
    guard.check({"p0": stuck()})
    guard.check({})
    assert guard.check({"p0": stuck()}) == {}
