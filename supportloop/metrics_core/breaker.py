"""The CSAT circuit breaker: pause a live category whose AI CSAT fell week over week.

It fires when, in the book's current week, a category that is ``live`` has an AI CSAT at
least ``breaker_drop_points`` below the previous week's, both weeks having at least
``breaker_min_sample`` AI ratings. It fires once per drop: after firing for a category in
week W it stays quiet for that category for the rest of W, so a manual flip back to live
in W is respected. In W+1 the comparison is W+1 against W, so only a new drop fires again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from supportloop.events import AutonomyModeChanged, derive_event_id
from supportloop.metrics_core.book import WeeklyBook
from supportloop.metrics_core.settings import MetricsSettings
from supportloop.metrics_core.weeks import previous_week

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

    @property
    def change_points(self) -> float:
        return self.ai_csat_points - self.previous_ai_csat_points


def find_csat_drop(
    book: WeeklyBook, category: str, week: str, min_sample: int, drop_points: float
) -> CsatDrop | None:
    before = previous_week(week)
    ratings, now_points = book.csat_stats(week, category, "ai")
    previous_ratings, before_points = book.csat_stats(before, category, "ai")
    if now_points is None or before_points is None:
        return None
    if ratings < min_sample or previous_ratings < min_sample:
        return None
    # A tiny tolerance so that an exact 10.0 drop computed in floats still counts.
    if now_points - before_points > -drop_points + 1e-9:
        return None
    return CsatDrop(category, week, before, now_points, before_points, ratings, previous_ratings)


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
            )
            if drop is None:
                continue
            self._fired_in_week[category] = week
            self.trips[category] = self.trips.get(category, 0) + 1
            decisions.append(self._pause(drop, at))
        return decisions

    def _pause(self, drop: CsatDrop, at: datetime) -> AutonomyModeChanged:
        key = f"circuit-breaker:{drop.category}:{drop.week}"
        return AutonomyModeChanged(
            event_id=derive_event_id(key, "mode_changed"),
            ticket_id=key,
            occurred_at=at,
            category=drop.category,
            mode="paused",
            previous_mode="live",
            changed_by=BREAKER_ACTOR,
            reason=(
                f"AI CSAT fell {-drop.change_points:.1f} points week over week "
                f"({drop.previous_ai_csat_points:.1f} in {drop.previous_week} → "
                f"{drop.ai_csat_points:.1f} in {drop.week})"
            ),
            evidence={
                "week": drop.week,
                "previous_week": drop.previous_week,
                "ai_csat_points": round(drop.ai_csat_points, 2),
                "previous_ai_csat_points": round(drop.previous_ai_csat_points, 2),
                "change_points": round(drop.change_points, 2),
                "ratings": drop.ratings,
                "previous_ratings": drop.previous_ratings,
                "min_sample": self.settings.breaker_min_sample,
                "drop_threshold_points": self.settings.breaker_drop_points,
            },
        )
