"""Recharge counts a subscription's interval in days, weeks or months
(``order_interval_unit``): several skipped deliveries move the next charge by that many of
them, and a weekly frequency asked for is not "already done" on a monthly subscription."""

from __future__ import annotations

from datetime import date

import pytest

from supportloop.core.resolution.effects import EFFECTS
from supportloop.core.resolution.facts import FactSheet, after_intervals


@pytest.mark.parametrize(
    ("start", "count", "unit", "expected"),
    [
        (date(2025, 6, 18), 8, "week", date(2025, 8, 13)),
        (date(2025, 6, 18), 8, None, date(2025, 8, 13)),  # no unit read: weeks
        (date(2025, 6, 18), 10, "day", date(2025, 6, 28)),
        (date(2025, 1, 31), 1, "month", date(2025, 2, 28)),  # the month's last day
        (date(2024, 1, 31), 1, "month", date(2024, 2, 29)),
        (date(2025, 11, 30), 3, "month", date(2026, 2, 28)),
        (date(2025, 12, 15), 1, "month", date(2026, 1, 15)),
    ],
)
def test_intervals_after_a_date(start: date, count: int, unit: str | None, expected: date) -> None:
    assert after_intervals(start, count, unit) == expected


def test_a_weekly_frequency_is_not_done_on_a_monthly_subscription() -> None:
    done = EFFECTS["change_subscription_frequency"].done
    sheet = FactSheet()
    sheet.facts["requested_frequency_weeks"] = 2
    assert done({"order_interval_frequency": 2, "order_interval_unit": "week"}, sheet)
    assert not done({"order_interval_frequency": 2, "order_interval_unit": "month"}, sheet)
