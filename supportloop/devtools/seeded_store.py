"""The demo store seeded from the bundled data, in a thread: what `triage` and `policy
explain` read when no store URL is given (read-only, offline)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from supportloop.devtools.demo_store import start_demo_store_in_thread


@contextmanager
def seeded_store() -> Iterator[str]:
    url, stop = start_demo_store_in_thread()
    try:
        yield url
    finally:
        stop()
