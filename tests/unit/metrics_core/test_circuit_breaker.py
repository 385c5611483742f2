from __future__ import annotations

from supportloop.metrics_core.book import WeeklyBook
from supportloop.metrics_core.breaker import BREAKER_ACTOR, CircuitBreaker
from supportloop.metrics_core.settings import MetricsSettings
from tests.unit.metrics_core.factory import W10, W11, at, mode_changed, ratings

SETTINGS = MetricsSettings(breaker_min_sample=4, breaker_drop_points=10.0)


def live_book() -> tuple[WeeklyBook, CircuitBreaker]:
    b = WeeklyBook(SETTINGS)
    b.observe(mode_changed("wismo", "live", at(0)))
    for event in ratings("w10", [5, 5, 5, 4, 4], at(1)):  # 90 points
        b.observe(event)
    return b, CircuitBreaker(SETTINGS)


def feed(b: WeeklyBook, prefix: str, scores: list[int], week: int) -> None:
    for event in ratings(prefix, scores, at(1, weeks=week)):
        b.observe(event)


def test_fires_on_a_ten_point_drop_with_the_minimum_sample() -> None:
    b, breaker = live_book()
    feed(b, "w11", [5, 4, 4, 4, 4], week=1)  # 80 points: exactly -10
    [pause] = breaker.evaluate(b)
    assert pause.category == "wismo"
    assert (pause.mode, pause.previous_mode, pause.changed_by) == ("paused", "live", BREAKER_ACTOR)
    assert pause.occurred_at == b.latest_event_at
    assert pause.evidence == {
        "week": W11,
        "previous_week": W10,
        "ai_csat_points": 80.0,
        "previous_ai_csat_points": 90.0,
        "change_points": -10.0,
        "ratings": 5,
        "previous_ratings": 5,
        "min_sample": 4,
        "drop_threshold_points": 10.0,
    }
    assert "10.0 points" in pause.reason
    assert breaker.trips == {"wismo": 1}


def test_does_not_fire_on_a_smaller_drop() -> None:
    b, breaker = live_book()
    feed(b, "w11", [5, 5, 5, 4, 4, 4, 3, 4], week=1)  # 81.25: -8.75
    assert breaker.evaluate(b) == []


def test_does_not_fire_below_the_minimum_sample() -> None:
    b, breaker = live_book()
    feed(b, "w11", [1, 1, 1], week=1)
    assert breaker.evaluate(b) == []
    feed(b, "w11b", [1], week=1)
    assert len(breaker.evaluate(b)) == 1


def test_only_live_categories_are_paused() -> None:
    b, breaker = live_book()
    b.observe(mode_changed("wismo", "shadow", at(0, weeks=1)))
    feed(b, "w11", [1, 1, 1, 1], week=1)
    assert breaker.evaluate(b) == []


def test_fires_once_per_drop_and_respects_a_manual_flip_back_to_live() -> None:
    b, breaker = live_book()
    feed(b, "w11", [2, 2, 2, 2], week=1)
    [pause] = breaker.evaluate(b)
    assert breaker.evaluate(b) == []  # before its own pause comes back from the topic
    b.observe(pause)
    assert b.mode("wismo") == "paused"
    b.observe(mode_changed("wismo", "live", at(3, weeks=1), by="ops:alice"))
    feed(b, "w11c", [1, 1, 1, 1], week=1)
    assert breaker.evaluate(b) == []  # the override holds for the rest of the week
    feed(b, "w12", [2, 2, 2, 2], week=2)  # no new drop against the already low week
    assert breaker.evaluate(b) == []
    assert breaker.trips == {"wismo": 1}


def test_a_new_drop_the_next_week_fires_again() -> None:
    b, breaker = live_book()
    feed(b, "w11", [3, 3, 3, 3], week=1)
    b.observe(breaker.evaluate(b)[0])
    b.observe(mode_changed("wismo", "live", at(3, weeks=1), by="ops:alice"))
    feed(b, "w12", [1, 1, 1, 1], week=2)  # 0 points vs 37.5
    [again] = breaker.evaluate(b)
    assert again.evidence["week"] == "2025-W12"
    assert breaker.trips == {"wismo": 2}
