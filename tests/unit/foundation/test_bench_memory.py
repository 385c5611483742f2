"""The bench reads memory and CPU time of the services from /proc."""

from __future__ import annotations

import os
import time

from supportloop.devtools.bench.memory import cpu_seconds, rss_mb
from supportloop.devtools.bench.pipeline import cpu_ms_per_ticket


def test_cpu_seconds_grow_while_this_process_works() -> None:
    before = cpu_seconds(os.getpid())
    deadline = time.process_time() + 0.3
    while time.process_time() < deadline:
        pass
    after = cpu_seconds(os.getpid())
    assert before is not None and after is not None
    assert after - before >= 0.2


def test_a_process_that_does_not_exist_has_no_figures() -> None:
    assert cpu_seconds(2**22 + 7) is None
    assert rss_mb(2**22 + 7) is None
    assert (rss_mb(os.getpid()) or 0) > 1


def test_cpu_per_ticket_only_for_processes_seen_at_both_ends() -> None:
    before = {"resolver": 10.0, "kafka": 3.0, "relay-0": 1.0}
    after = {"resolver": 12.5, "kafka": 4.0, "classifier": 9.0}
    assert cpu_ms_per_ticket(before, after, 1000) == {"resolver": 2.5, "kafka": 1.0}
