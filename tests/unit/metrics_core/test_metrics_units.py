from __future__ import annotations

from datetime import UTC, datetime

import pytest

from supportloop.core.metrics.csat import csat_points
from supportloop.core.metrics.histogram import BucketHistogram
from supportloop.core.metrics.tally import Tally
from supportloop.core.metrics.weeks import previous_week, week_of, week_start


def test_iso_weeks_of_event_time() -> None:
    assert week_of(datetime(2025, 3, 9, 23, 59, 59, tzinfo=UTC)) == "2025-W10"
    assert week_of(datetime(2025, 3, 10, 0, 0, tzinfo=UTC)) == "2025-W11"
    assert week_of(datetime(2024, 12, 30, tzinfo=UTC)) == "2025-W01"
    assert week_of(datetime(2025, 3, 10, 0, 30)) == "2025-W11"  # naive = UTC
    assert previous_week("2025-W01") == "2024-W52"
    assert week_start("2025-W11") == datetime(2025, 3, 10, tzinfo=UTC)


def test_csat_scores_map_linearly_onto_points() -> None:
    assert [csat_points(s) for s in (1, 2, 3, 4, 5)] == [0.0, 25.0, 50.0, 75.0, 100.0]
    with pytest.raises(ValueError):
        csat_points(6)


def test_quantiles_interpolate_like_histogram_quantile() -> None:
    histogram = BucketHistogram(bounds=(1.0, 2.0, 5.0))
    for value in [1.5] * 5 + [3.0] * 5:
        histogram.observe(value)
    assert histogram.quantile(0.5) == 2.0
    assert histogram.quantile(0.9) == pytest.approx(4.4)
    assert histogram.count == 10
    assert histogram.total == 22.5


def test_empty_histogram_has_no_quantile_and_overflow_answers_top_bound() -> None:
    histogram = BucketHistogram(bounds=(1.0, 2.0))
    assert histogram.quantile(0.9) is None
    histogram.observe(50.0)
    assert histogram.quantile(0.9) == 2.0
    assert histogram.cumulative() == [(1.0, 0), (2.0, 0), (float("inf"), 1)]


def test_csat_variance_is_the_sample_variance_and_survives_a_merge() -> None:
    tally = Tally()
    assert tally.csat_variance("ai") is None
    tally.add_rating("ai", 100.0)
    assert tally.csat_variance("ai") is None  # one rating has no spread
    tally.add_rating("ai", 75.0)
    assert tally.csat_variance("ai") == 312.5  # (12.5² + 12.5²) / (2 − 1)
    other = Tally()
    other.add_rating("ai", 50.0)
    tally.merge(other, kb_limit=10)
    assert tally.csat("ai") == 75.0
    assert tally.csat_variance("ai") == 625.0  # (25² + 0 + 25²) / 2
    assert tally.csat_variance("human") is None
