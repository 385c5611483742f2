"""Ticket tables whose entries expire (``supportloop.core.state_lifetime``): every write is
stamped with the clock, and a periodic sweep deletes the entries that outlived their
lifetime. A delete is a tombstone on the table's compacted changelog, which compaction then
reclaims: a restarted worker reads back the entries still alive, not the whole history."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from supportloop.core.state_lifetime import payload, stamped, sweep

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]
OpenCheck = Callable[[bytes], bool]  # does something still wait on this entry (its payload)?
CHUNK = 2000  # entries swept between two turns of the event loop


def never_open(_payload: bytes) -> bool:
    return False


def always_open(_payload: bytes) -> bool:
    """For a table whose entries exist only while something waits (deleted once done)."""
    return True


class StampedTable(MutableMapping[bytes, bytes]):
    """A ticket table as its users see it: they read and write their own bytes; the stored
    bytes carry the time of the last write as well.

    ``still_open`` tells from an entry's bytes whether something still waits on it (an
    approval nobody answered yet): such an entry expires all the same, a lifetime after its
    last write and never before, but is logged and counted apart when it does."""

    def __init__(
        self,
        name: str,
        table: MutableMapping[bytes, bytes],
        clock: Clock,
        still_open: OpenCheck = never_open,
    ) -> None:
        self.name = name
        self.raw = table
        self.clock = clock
        self.still_open = still_open

    def __getitem__(self, key: bytes) -> bytes:
        return payload(self.raw[key])

    def __setitem__(self, key: bytes, value: bytes) -> None:
        self.raw[key] = stamped(value, self.clock())

    def __delitem__(self, key: bytes) -> None:
        del self.raw[key]

    def __iter__(self) -> Iterator[bytes]:
        return iter(self.raw)

    def __len__(self) -> int:
        return len(self.raw)


@dataclass
class Expired:
    closed: int = 0
    open: int = 0  # something still waited on them (see StampedTable.still_open)
    stamped: int = 0  # entries from before entries had a time, stamped with now


async def expire(
    table: StampedTable,
    now: datetime,
    lifetime: timedelta,
    owns: Callable[[bytes], bool],
    may_write: Callable[[], bool],
) -> Expired:
    """Delete the entries of ``table`` that outlived ``lifetime`` and stamp the ones without
    a time. Only keys this worker ``owns`` (on a partition assigned to it) are written, and
    only while it ``may_write`` (not rebalancing or recovering): a stale copy of a key that
    moved to another worker is never deleted over the owner's newer one.

    The entries are read and decided on a chunk at a time, with no await between reading an
    entry and deleting it (an event handled meanwhile may have written it again), and the
    event loop runs between chunks: a table of a million entries never holds it for long."""
    keys = list(table.raw)
    done = Expired()
    for start in range(0, len(keys), CHUNK):
        if not may_write():
            break
        present = ((key, table.raw.get(key)) for key in keys[start : start + CHUNK])
        found = sweep(((key, raw) for key, raw in present if raw is not None), now, lifetime)
        for key in filter(owns, found.expired):
            if table.still_open(payload(table.raw[key])):
                log.warning(
                    "%s: %r expired while still open, %s after its last write",
                    table.name, key, lifetime,
                )  # fmt: skip
                done.open += 1
            else:
                done.closed += 1
            del table.raw[key]
        for key in filter(owns, found.unstamped):
            table.raw[key] = stamped(table.raw[key], now)
            done.stamped += 1
        await asyncio.sleep(0)
    return done
