"""The consumer-lag gauge counts what the group has not finished, not what Faust has fetched."""

from __future__ import annotations

from supportloop.adapters.runtime.partition_monitor import partition_lag


def test_lag_runs_from_the_committed_offset_to_the_end_of_the_log() -> None:
    # 6,000 messages, 4,100 fetched into the stream buffers, 12 handled and committed.
    assert partition_lag(highwater=6000, committed=12, position=4100) == 5988


def test_a_stuck_worker_with_its_backlog_in_memory_still_shows_the_backlog() -> None:
    # Everything fetched, nothing done: the fetch position alone would say 0.
    assert partition_lag(highwater=3000, committed=0, position=3000) == 3000


def test_without_a_committed_offset_the_position_is_used() -> None:
    assert partition_lag(highwater=50, committed=None, position=20) == 30


def test_an_unknown_end_of_log_gives_no_reading() -> None:
    assert partition_lag(highwater=None, committed=3, position=5) is None
    assert partition_lag(highwater=10, committed=None, position=None) is None


def test_lag_is_never_negative() -> None:
    assert partition_lag(highwater=10, committed=12, position=12) == 0
