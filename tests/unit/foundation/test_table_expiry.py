"""Ticket tables whose entries expire: writes stamped with the clock, read back as written,
and a sweep that deletes only what outlived its lifetime, on partitions this worker owns."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from services.escalator.follow_up import SlaWatch
from supportloop.adapters.runtime import expiry
from supportloop.adapters.runtime.dedupe import OnceByTicket
from supportloop.adapters.runtime.expiry import StampedTable, always_open, expire
from supportloop.core.state_lifetime import payload, stamped, written_at
from tests.unit.autonomy.autonomy_events import handed_off

T0 = datetime(2026, 3, 1, tzinfo=UTC)
DAY = timedelta(days=1)
LIFETIME = 21 * DAY


class Clock:
    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def table(clock: Clock, still_open: expiry.OpenCheck = expiry.never_open) -> StampedTable:
    return StampedTable("t", {}, clock, still_open)


def test_users_read_what_they_wrote_and_the_table_keeps_when() -> None:
    clock = Clock()
    t = table(clock)
    t[b"T1"] = b'{"a": 1}'
    assert t[b"T1"] == t.get(b"T1") == b'{"a": 1}'
    assert t.get(b"T2") is None
    assert written_at(t.raw[b"T1"]) == T0
    clock.now += DAY
    t[b"T1"] = b'{"a": 2}'  # every write moves the time on
    assert written_at(t.raw[b"T1"]) == T0 + DAY
    assert dict(t.items()) == {b"T1": b'{"a": 2}'}
    del t[b"T1"]
    assert len(t) == 0


async def test_entries_older_than_the_lifetime_are_deleted_the_rest_kept() -> None:
    clock = Clock()
    t = table(clock)
    t[b"old"] = b"{}"
    clock.now += 10 * DAY
    t[b"young"] = b"{}"
    done = await expire(t, T0 + LIFETIME, LIFETIME, owns=lambda _: True, may_write=lambda: True)
    assert (done.closed, done.open) == (1, 0)
    assert list(t) == [b"young"]


async def test_an_entry_from_before_stamps_is_stamped_at_first_sight_then_expires() -> None:
    t = table(Clock())
    t.raw[b"legacy"] = b'{"": []}'
    seen = T0 + 100 * DAY
    done = await expire(t, seen, LIFETIME, owns=lambda _: True, may_write=lambda: True)
    assert done.stamped == 1 and done.closed == 0
    assert written_at(t.raw[b"legacy"]) == seen
    assert t[b"legacy"] == b'{"": []}'
    later = seen + LIFETIME - DAY
    await expire(t, later, LIFETIME, owns=lambda _: True, may_write=lambda: True)
    assert b"legacy" in t
    await expire(t, seen + LIFETIME, LIFETIME, owns=lambda _: True, may_write=lambda: True)
    assert b"legacy" not in t


async def test_keys_of_partitions_another_worker_owns_are_left_alone() -> None:
    t = table(Clock())
    t[b"mine"] = t[b"theirs"] = b"{}"
    t.raw[b"their-legacy"] = b"{}"
    done = await expire(
        t, T0 + LIFETIME, LIFETIME, owns=lambda key: key == b"mine", may_write=lambda: True
    )
    assert (done.closed, done.stamped) == (1, 0)
    assert sorted(t) == [b"their-legacy", b"theirs"]
    assert t.raw[b"their-legacy"] == b"{}"  # not stamped either: not ours to write


async def test_nothing_is_written_while_the_worker_rebalances_or_recovers() -> None:
    t = table(Clock())
    t[b"T1"] = b"{}"
    t.raw[b"legacy"] = b"{}"
    done = await expire(t, T0 + LIFETIME, LIFETIME, owns=lambda _: True, may_write=lambda: False)
    assert (done.closed, done.stamped) == (0, 0)
    assert sorted(t.raw) == [b"T1", b"legacy"]


async def test_an_entry_written_again_during_the_sweep_is_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The sweep lets the event loop run between chunks of entries: a ticket's event handled
    then writes its entry again, and the sweep reads the entry when it comes to it."""
    monkeypatch.setattr(expiry, "CHUNK", 1)
    clock = Clock()
    t = table(clock)
    t[b"T1"] = t[b"T2"] = b'{"old": true}'
    clock.now = T0 + LIFETIME

    async def event_for_t2() -> None:  # runs after the sweep's first chunk, T1
        t[b"T2"] = b'{"new": true}'

    writer = asyncio.create_task(event_for_t2())
    done = await expire(t, clock.now, LIFETIME, owns=lambda _: True, may_write=lambda: True)
    await writer
    assert done.closed == 1
    assert dict(t.items()) == {b"T2": b'{"new": true}'}


async def test_open_entries_expire_no_sooner_and_are_counted_apart(
    caplog: pytest.LogCaptureFixture,
) -> None:
    t = table(Clock(), always_open)
    sla = SlaWatch(t)
    sla.observe(handed_off("T1", "wismo", T0))
    assert sla.open_handoffs()[0].ticket_id == "T1"
    almost = T0 + LIFETIME - DAY
    done = await expire(t, almost, LIFETIME, owns=lambda _: True, may_write=lambda: True)
    assert done.open == 0 and len(sla.open_handoffs()) == 1
    done = await expire(t, T0 + LIFETIME, LIFETIME, owns=lambda _: True, may_write=lambda: True)
    assert (done.open, done.closed) == (1, 0)
    assert sla.open_handoffs() == []
    assert "expired while still open" in caplog.text


async def test_a_conversation_written_before_stamps_reads_back_through_the_table() -> None:
    """OnceByTicket's pre-message-id entry (a bare list) is still the opening turn."""
    t = table(Clock())
    t.raw[b"T1"] = b"[]"
    once = OnceByTicket(t)
    assert once.history("T1") == {"": []}
    t[b"T1"] = t[b"T1"]  # a write of the same turns stamps it
    assert payload(t.raw[b"T1"]) == b"[]"
    assert t.raw[b"T1"] == stamped(b"[]", T0)
