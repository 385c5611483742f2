"""How long a ticket table entry lives, and which entries have outlived it. Pure functions.

Every entry carries the time it was last written, in front of what its user stored:
``@2026-04-01T12:00:00Z {...}``. An entry expires a lifetime after its last write, a
lifetime longer than any redelivery can reach (``REDELIVERY_REACH``): a message handed to a
service again still finds what was done for it. A ticket that comes back after a longer
silence is handled without its earlier turns in view.

An entry written before entries carried a time (its bytes are the JSON alone) has no time:
the sweep stamps it with the time it first sees it, so it expires a lifetime after that.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from supportloop.core.topics import CLASSIFIED, ESCALATIONS, HANDOFFS, INBOUND, RESOLUTIONS

STAMP = b"@"
_FORMAT = "%Y-%m-%dT%H:%M:%SZ"

# The oldest message a service can be handed again: a group whose committed offsets are gone
# starts over from the earliest message its topics keep. These topics' messages create table
# entries, and acting on one again would repeat what was done. The human outcomes, kept 90
# days, act on an entry that is still there: one whose entry expired does nothing (an agent's
# reply is noted in the ledger again, and expires in turn).
REDELIVERY_REACH = timedelta(
    milliseconds=max(
        spec.retention_ms or 0 for spec in (INBOUND, CLASSIFIED, RESOLUTIONS, ESCALATIONS, HANDOFFS)
    )
)


def stamped(payload: bytes, written_at: datetime) -> bytes:
    return b"%b%b %b" % (STAMP, written_at.astimezone(UTC).strftime(_FORMAT).encode(), payload)


def payload(raw: bytes) -> bytes:
    """What the entry's user stored."""
    return raw.partition(b" ")[2] if raw.startswith(STAMP) else raw


def written_at(raw: bytes) -> datetime | None:
    """When the entry was last written; None for an entry from before entries had a time."""
    if not raw.startswith(STAMP):
        return None
    return datetime.fromisoformat(raw[1 : raw.index(b" ")].decode())


@dataclass(frozen=True)
class Sweep:
    expired: list[bytes]  # to delete
    unstamped: list[bytes]  # written before entries had a time: to stamp with now


def sweep(entries: Iterable[tuple[bytes, bytes]], now: datetime, lifetime: timedelta) -> Sweep:
    """Which of these (key, stored bytes) entries have outlived ``lifetime`` at ``now``."""
    found = Sweep([], [])
    cutoff = now - lifetime
    for key, raw in entries:
        at = written_at(raw)
        if at is None:
            found.unstamped.append(key)
        elif at <= cutoff:
            found.expired.append(key)
    return found
