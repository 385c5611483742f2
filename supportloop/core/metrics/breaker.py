"""The CSAT circuit breaker: pause a live category whose AI CSAT fell week over week.

It fires when, in the book's current week, a category that is ``live`` has an AI CSAT at
least ``breaker_drop_points`` below the previous week's, both weeks having at least
``breaker_min_sample`` AI ratings, and the drop is unlikely to be noise: a one-sided
Welch z-test of "this week's mean is lower" gives a p-value of at most
``breaker_max_p_value`` (1.0 turns the check off).

Why the test: the breaker looks again after every rating, for every live category, every
week. A 1–5 rating on the 0–100 scale has a spread of about 20 points (more once quality
slips), so on 20 ratings a week a 10-point fall between two *healthy* weeks is only ~1.6
standard errors. Measured with the simulator (200 seeded rollouts of 8 weeks × 600
tickets; `order_status` degrades from week 6):

| rule (rollouts with a wrong pause / with the degrading one missed) | wrong | missed |
|--------------------------------------------------------------------|-------|--------|
| ≥ 10 points on ≥ 20 ratings, previous week only (the rule alone)   | 59    | 8      |
| … and p ≤ 0.001, baseline look-back 2 (the defaults)               | 5     | 4      |
| … and p ≤ 0.0005                                                   | 3     | 7      |
| … and p ≤ 0.0001                                                   | 2     | 15     |

A collapse (88 → ~50 points) still pauses on the minimum sample; a marginal 10-point slip
needs roughly 80–150 ratings a week before it is significant. The baseline is the previous
week, or the latest of ``breaker_lookback_weeks`` weeks with the minimum sample when the
previous one was too thin (a collapse starting in a thin week is then caught a week later).

It fires once per drop: after firing for a category in week W it stays quiet for that
category for the rest of W, so a manual flip back to live in W is respected. In W+1 the
comparison is W+1 against W, so only a new drop fires again.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from supportloop.core.events import AutonomyModeChanged
from supportloop.core.metrics.book import WeeklyBook
from supportloop.core.metrics.settings import MetricsSettings
from supportloop.core.metrics.tally import CsatSample
from supportloop.core.metrics.weeks import as_utc, previous_week, week_of

BREAKER_ACTOR = "metrics-circuit-breaker"


@dataclass(frozen=True)
class CsatDrop:
    category: str
    week: str
    previous_week: str
    ai_csat_points: float
    previous_ai_csat_points: float
    ratings: int
    previous_ratings: int
    p_value: float

    @property
    def change_points(self) -> float:
        return self.ai_csat_points - self.previous_ai_csat_points


def drop_p_value(now: CsatSample, before: CsatSample) -> float:
    """One-sided p-value of "now's mean is below before's" (Welch z, normal approximation).

    1.0 when either side lacks a mean or a variance (fewer than two ratings).
    """
    if now.mean is None or before.mean is None or now.variance is None:
        return 1.0
    if before.variance is None:
        return 1.0
    drop = before.mean - now.mean
    standard_error = math.sqrt(now.variance / now.ratings + before.variance / before.ratings)
    if standard_error == 0.0:
        return 0.0 if drop > 0 else 1.0
    return 0.5 * math.erfc(drop / standard_error / math.sqrt(2.0))


def baseline_week(
    book: WeeklyBook, category: str, week: str, min_sample: int, lookback_weeks: int
) -> str:
    """The week to compare with: the previous one, or — when it has fewer than
    ``min_sample`` AI ratings — the latest of the ``lookback_weeks`` before it that has them
    (so a collapse that starts late in a thin week is still caught the week after)."""
    candidate = previous_week(week)
    for _ in range(lookback_weeks):
        if book.csat_sample(candidate, category, "ai").ratings >= min_sample:
            return candidate
        candidate = previous_week(candidate)
    return previous_week(week)


def find_csat_drop(
    book: WeeklyBook,
    category: str,
    week: str,
    min_sample: int,
    drop_points: float,
    max_p_value: float = 1.0,
    lookback_weeks: int = 1,
) -> CsatDrop | None:
    before_week = baseline_week(book, category, week, min_sample, lookback_weeks)
    now = book.csat_sample(week, category, "ai")
    before = book.csat_sample(before_week, category, "ai")
    if now.mean is None or before.mean is None:
        return None
    if now.ratings < min_sample or before.ratings < min_sample:
        return None
    # A tiny tolerance so that an exact 10.0 drop computed in floats still counts.
    if now.mean - before.mean > -drop_points + 1e-9:
        return None
    p_value = drop_p_value(now, before)
    if p_value > max_p_value:
        return None
    return CsatDrop(
        category,
        week,
        before_week,
        now.mean,
        before.mean,
        now.ratings,
        before.ratings,
        p_value,
    )


class CircuitBreaker:
    def __init__(self, settings: MetricsSettings | None = None) -> None:
        self.settings = settings or MetricsSettings()
        self._fired_in_week: dict[str, str] = {}
        self.trips: dict[str, int] = {}

    def evaluate(self, book: WeeklyBook, now: datetime | None = None) -> list[AutonomyModeChanged]:
        """The pauses to publish now (usually none). ``now`` defaults to the book's event time."""
        week = book.current_week
        at = now or book.latest_event_at
        if week is None or at is None:
            return []
        decisions = []
        for category in book.categories(week):
            if book.mode(category) != "live" or self._fired_in_week.get(category) == week:
                continue
            drop = find_csat_drop(
                book,
                category,
                week,
                self.settings.breaker_min_sample,
                self.settings.breaker_drop_points,
                self.settings.breaker_max_p_value,
                self.settings.breaker_lookback_weeks,
            )
            if drop is None:
                continue
            self._fired_in_week[category] = week
            self.trips[category] = self.trips.get(category, 0) + 1
            decisions.append(self._pause(drop, at))
        return decisions

    def remember(self, flip: AutonomyModeChanged) -> None:
        """Take back a pause this breaker published before a restart, so it does not fire
        again in that week (and override an ops flip back to live)."""
        if flip.changed_by != BREAKER_ACTOR or flip.mode != "paused":
            return
        week = flip.evidence.get("week")
        if not isinstance(week, str):
            week = week_of(as_utc(flip.occurred_at))
        self._fired_in_week[flip.category] = week

    def _pause(self, drop: CsatDrop, at: datetime) -> AutonomyModeChanged:
        key = f"circuit-breaker:{drop.category}:{drop.week}"
        return AutonomyModeChanged.flip(
            key,
            drop.category,
            "paused",
            previous="live",
            at=at,
            by=BREAKER_ACTOR,
            reason=(
                f"AI CSAT fell {-drop.change_points:.1f} points week over week "
                f"({drop.previous_ai_csat_points:.1f} in {drop.previous_week} → "
                f"{drop.ai_csat_points:.1f} in {drop.week}, "
                f"{drop.previous_ratings} → {drop.ratings} ratings, p={_p(drop.p_value)})"
            ),
            evidence={
                "week": drop.week,
                "previous_week": drop.previous_week,
                "ai_csat_points": round(drop.ai_csat_points, 2),
                "previous_ai_csat_points": round(drop.previous_ai_csat_points, 2),
                "change_points": round(drop.change_points, 2),
                "ratings": drop.ratings,
                "previous_ratings": drop.previous_ratings,
                "p_value": _p(drop.p_value),
                "min_sample": self.settings.breaker_min_sample,
                "drop_threshold_points": self.settings.breaker_drop_points,
                "max_p_value": self.settings.breaker_max_p_value,
            },
        )


def _p(value: float) -> float:
    """Two significant digits: enough to read, and stable across platforms' last bits."""
    return float(f"{value:.2g}")
