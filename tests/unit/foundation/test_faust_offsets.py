"""The corrections to Faust's offset bookkeeping (supportloop/adapters/runtime/faust_offsets.py)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import faust
import pytest
from faust.transport.consumer import Consumer
from faust.types import TP
from intervaltree import IntervalTree

from supportloop.adapters.runtime import faust_offsets
from supportloop.adapters.runtime.faust_offsets import committable_offset

faust_offsets.install()


class TestCommittableOffset:
    def test_commits_the_contiguous_run_after_the_last_commit(self) -> None:
        acked = [50, 51, 52, 55]
        assert committable_offset(acked, 50, []) == 53
        assert acked == [55]

    def test_waits_while_the_offset_after_the_last_commit_is_unfinished(self) -> None:
        # Faust 0.15 committed 53 here, skipping the still-running ticket at offset 50.
        acked = [51, 52]
        assert committable_offset(acked, 50, [50]) is None
        assert acked == [51, 52]

    def test_never_passes_a_ticket_in_flight_before_the_first_commit(self) -> None:
        # No commit yet: Faust 0.15 had no head check at all and committed 3.
        acked = [1, 2]
        assert committable_offset(acked, None, [0]) is None
        assert acked == [1, 2]

    def test_first_commit_when_nothing_is_in_flight(self) -> None:
        acked = [0, 1, 2]
        assert committable_offset(acked, None, []) == 3
        assert acked == []

    def test_stops_below_the_lowest_offset_in_flight(self) -> None:
        acked = [10, 11, 12, 14]
        assert committable_offset(acked, 10, [13, 12]) == 12
        assert acked == [12, 14]

    def test_old_offsets_below_the_commit_are_cleared(self) -> None:
        acked = [75, 76, 77]
        assert committable_offset(acked, 76, []) == 78
        assert acked == []

    def test_nothing_acked_nothing_to_commit(self) -> None:
        assert committable_offset([], 5, []) is None


@dataclass(eq=False)
class Msg:
    tp: str
    offset: int
    generation_id: int = 1
    acked: bool = False


@dataclass
class FakeConsumer:
    """The attributes Faust's consumer keeps for offset bookkeeping."""

    _acked: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    _acked_index: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    _gap: dict[str, IntervalTree] = field(default_factory=lambda: defaultdict(IntervalTree))
    _committed_offset: dict[str, int | None] = field(default_factory=lambda: defaultdict(None))
    _unacked_messages: set[Any] = field(default_factory=set)
    app: Any = field(default_factory=lambda: SimpleNamespace(consumer_generation_id=1))

    def ack(self, tp: str, *offsets: int) -> None:
        self._acked[tp].extend(offsets)
        self._acked_index[tp].update(offsets)


def new_offset(consumer: FakeConsumer, tp: str) -> int | None:
    result: int | None = Consumer._new_offset(consumer, tp)
    return result


class TestNewOffset:
    def test_is_installed_on_fausts_consumer(self) -> None:
        assert faust.__version__ == faust_offsets.SUPPORTED_FAUST
        consumer = FakeConsumer()
        consumer._committed_offset["t"] = None
        consumer.ack("t", 1, 2)
        in_flight = Msg("t", 0)
        consumer._unacked_messages = {in_flight}
        assert new_offset(consumer, "t") is None
        in_flight.acked = True
        consumer.ack("t", 0)
        assert new_offset(consumer, "t") == 3
        assert consumer._acked_index["t"] == set()

    def test_messages_from_an_older_generation_do_not_hold_commits(self) -> None:
        consumer = FakeConsumer()
        consumer._committed_offset["t"] = 4
        consumer.ack("t", 4, 5)
        consumer._unacked_messages = {Msg("t", 3, generation_id=0)}
        assert new_offset(consumer, "t") == 6

    def test_known_gaps_count_as_done(self) -> None:
        consumer = FakeConsumer()
        consumer._committed_offset["t"] = 10
        consumer._gap["t"].addi(11, 14)  # offsets 11-13 compacted away
        consumer.ack("t", 10, 14)
        assert new_offset(consumer, "t") == 15
        assert not consumer._gap["t"]


async def test_a_gap_on_a_contiguous_topic_is_not_counted_as_processed() -> None:
    faust_offsets.declare_contiguous(["tickets"])
    consumer = FakeConsumer()
    tickets, compacted = TP("tickets", 0), TP("compacted", 0)
    consumer._committed_offset.update({tickets: 62, compacted: 62})
    await Consumer._add_gap(consumer, tickets, 63, 64)
    await Consumer._add_gap(consumer, compacted, 63, 64)
    assert not consumer._gap[tickets]
    assert len(consumer._gap[compacted]) == 1


def test_install_refuses_another_faust_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(faust_offsets, "_installed", False)
    monkeypatch.setattr(faust, "__version__", "0.16.0")
    with pytest.raises(RuntimeError, match=r"0\.15\.3"):
        faust_offsets.install()


def test_fausts_consumer_keeps_no_read_position_for_contiguous_topics() -> None:
    faust_offsets.declare_contiguous(["tickets"])
    read = faust_offsets._ReadOffsets()
    read[TP("tickets", 0)] = 115
    read[TP("changelog", 0)] = 7
    # Faust drops fetched messages below the read position and infers gaps above it;
    # with no position, every fetched message of a contiguous topic is delivered.
    assert read[TP("tickets", 0)] is None
    assert read[TP("changelog", 0)] == 7
    assert read[TP("changelog", 1)] is None


def test_an_ack_from_an_older_generation_is_not_counted() -> None:
    consumer = FakeConsumer()
    old, current = Msg("t", 3, generation_id=0), Msg("t", 4, generation_id=1)
    consumer._unacked_messages = {old}
    assert Consumer.ack(consumer, old) is False
    assert old.acked and consumer._unacked_messages == set()
    assert consumer._acked["t"] == []
    assert current.generation_id == consumer.app.consumer_generation_id


@dataclass
class SeekingConsumer:
    """What `seek_uncommitted_to_start` uses of Faust's consumer."""

    assigned: set[TP]
    log_start: dict[TP, int]
    _committed_offset: dict[TP, int | None] = field(default_factory=lambda: defaultdict(None))
    sought: dict[TP, int] = field(default_factory=dict)
    reset: str = "earliest"

    @property
    def app(self) -> Any:
        return SimpleNamespace(conf=SimpleNamespace(consumer_auto_offset_reset=self.reset))

    def assignment(self) -> set[TP]:
        return self.assigned

    async def earliest_offsets(self, *partitions: TP) -> dict[TP, int]:
        return {tp: self.log_start[tp] for tp in partitions}

    async def seek_wait(self, partitions: dict[TP, int]) -> None:
        self.sought.update(partitions)


async def test_a_partition_never_committed_is_read_from_the_log_start_after_a_rebalance() -> None:
    # A resolver SIGKILLed before its first commit on a partition: its successor's buffers
    # were cleared after the seek to committed offsets, which skipped that partition, and
    # the first commit jumped over the backlog. Now it is read again from the log start,
    # and the log start stands as its committed offset.
    faust_offsets.declare_contiguous(["tickets"])
    fresh, committed, changelog = TP("tickets", 0), TP("tickets", 1), TP("changelog", 0)
    consumer = SeekingConsumer({fresh, committed, changelog}, {fresh: 3, changelog: 0})
    consumer._committed_offset[committed] = 40
    assert await faust_offsets.seek_uncommitted_to_start(consumer) == {fresh: 3}
    assert consumer.sought == {fresh: 3}
    assert consumer._committed_offset[fresh] == 3
    assert consumer._committed_offset[committed] == 40
    assert consumer._committed_offset.get(changelog) is None
    # the first commit cannot jump over offsets 3..9, which are not handled yet
    assert committable_offset([10, 11], consumer._committed_offset[fresh], []) is None
    assert committable_offset([3, 4], consumer._committed_offset[fresh], []) == 5


async def test_only_an_earliest_reset_policy_is_made_explicit() -> None:
    faust_offsets.declare_contiguous(["tickets"])
    fresh = TP("tickets", 0)
    consumer = SeekingConsumer({fresh}, {fresh: 0}, reset="latest")
    assert await faust_offsets.seek_uncommitted_to_start(consumer) == {}
    assert consumer.sought == {}


def test_fausts_seek_to_committed_offsets_also_seeks_partitions_never_committed() -> None:
    assert Consumer.perform_seek.__module__ == faust_offsets.__name__
