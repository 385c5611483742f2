"""docs/capacity.md's arithmetic, pinned: a change to it changes the sizing table knowingly."""

from __future__ import annotations

import math

import pytest

from supportloop.devtools.bench.capacity import Assumptions, size, table

CPU = {"classifier": 1.0, "resolver": 5.0, "escalator": 2.0, "metrics": 1.0}


def test_a_million_tickets_a_day() -> None:
    row = size(1_000_000, CPU, records_per_ticket=10.0)
    assert row.average_tps == pytest.approx(11.574, abs=1e-3)
    assert row.peak_tps == pytest.approx(46.296, abs=1e-3)  # x 4
    # 46.3 tps x 5 ms = 231 ms CPU a second, at 60 % busy: 0.386 cores → one 0.5-core worker,
    # but never fewer than two of a scaled service
    assert row.cores["resolver"] == pytest.approx(0.3858, abs=1e-4)
    assert row.workers == {"classifier": 2, "resolver": 2, "escalator": 2, "metrics": 1}
    assert row.partitions == 6
    assert row.broker_records_per_s == pytest.approx(462.96, abs=0.01)
    assert row.helpdesk_writes_per_min == pytest.approx(2777.8, abs=0.1)


def test_a_hundred_million_tickets_a_day_needs_more_partitions_than_workers() -> None:
    row = size(100_000_000, CPU, records_per_ticket=10.0)
    assert row.workers["resolver"] == math.ceil(4629.6 * 5 / 1000 / 0.6 / 0.5)
    assert row.partitions >= 2 * row.workers["resolver"] and row.partitions % 6 == 0
    assert row.workers["metrics"] == 1  # one by design: it needs a larger CPU request instead
    assert row.cores["metrics"] == pytest.approx(4629.6 * 1.0 / 1000 / 0.6, abs=1e-2)


def test_assumptions_are_inputs() -> None:
    calm = size(1_000_000, CPU, 10.0, Assumptions(peak_to_average=2.0))
    assert calm.peak_tps == pytest.approx(23.148, abs=1e-3)
    rendered = table([calm], ["resolver"])
    assert "| 1,000,000 | 11.57 | 23.1 |" in rendered and "→ 2 |" in rendered
