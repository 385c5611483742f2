from __future__ import annotations

import math

import pytest

from supportloop.core import events as ev
from supportloop.core.metrics.book import WeeklyBook
from supportloop.core.metrics.breaker import BREAKER_ACTOR, CircuitBreaker, drop_p_value
from supportloop.core.metrics.settings import MetricsSettings
from supportloop.core.metrics.tally import CsatSample
from supportloop.core.metrics.weeks import week_of
from supportloop.devtools.simulator import RolloutPlan, simulate_rollout
from tests.unit.metrics_core.factory import W10, W11, W12, at, mode_changed, ratings

# The issue's rule on its own: ≥ 10 points on the minimum sample, no significance check.
SETTINGS = MetricsSettings(breaker_min_sample=4, breaker_drop_points=10.0, breaker_max_p_value=1)


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
        "p_value": 0.1,  # Welch z = 10 / √(125/5 + 187.5/5) = 1.26
        "min_sample": 4,
        "drop_threshold_points": 10.0,
        "max_p_value": 1.0,
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


def test_a_restarted_breaker_remembers_its_pause_and_the_flip_back_holds() -> None:
    b, breaker = live_book()
    feed(b, "w11", [2, 2, 2, 2], week=1)
    [pause] = breaker.evaluate(b)
    restarted = CircuitBreaker(SETTINGS)  # same history replayed into a fresh process
    for flip in (pause, mode_changed("wismo", "live", at(3, weeks=1), by="ops:alice")):
        b.observe(flip)
        restarted.remember(flip)
    feed(b, "w11c", [1, 1, 1, 1], week=1)
    assert restarted.evaluate(b) == []  # the ops override still holds after the restart
    assert CircuitBreaker(SETTINGS).evaluate(b) != []  # what forgetting would do
    feed(b, "w12", [1, 1, 1, 1], week=2)  # a new drop the next week still fires
    assert [p.evidence["week"] for p in restarted.evaluate(b)] == ["2025-W12"]


def test_remember_ignores_flips_by_people_and_takes_the_week_from_the_evidence() -> None:
    breaker = CircuitBreaker(SETTINGS)
    breaker.remember(mode_changed("wismo", "paused", at(0), by="ops:alice"))
    assert breaker._fired_in_week == {}
    pause = mode_changed("wismo", "paused", at(0), by=BREAKER_ACTOR).model_copy(
        update={"evidence": {"week": "2025-W11"}}
    )
    breaker.remember(pause)
    assert breaker._fired_in_week == {"wismo": "2025-W11"}
    breaker.remember(mode_changed("returns", "paused", at(0, weeks=1), by=BREAKER_ACTOR))
    assert breaker._fired_in_week["returns"] == week_of(at(0, weeks=1))
    assert breaker.trips == {}  # trips count this process's pauses (a Prometheus counter)


def test_a_new_drop_the_next_week_fires_again() -> None:
    b, breaker = live_book()
    feed(b, "w11", [3, 3, 3, 3], week=1)
    b.observe(breaker.evaluate(b)[0])
    b.observe(mode_changed("wismo", "live", at(3, weeks=1), by="ops:alice"))
    feed(b, "w12", [1, 1, 1, 1], week=2)  # 0 points vs 37.5
    [again] = breaker.evaluate(b)
    assert again.evidence["week"] == "2025-W12"
    assert breaker.trips == {"wismo": 2}


def test_drop_p_value_is_the_one_sided_welch_z_tail() -> None:
    now, before = CsatSample(5, 80.0, 125.0), CsatSample(5, 90.0, 187.5)
    z = 10 / math.sqrt(125 / 5 + 187.5 / 5)
    assert drop_p_value(now, before) == pytest.approx(0.5 * math.erfc(z / math.sqrt(2)))
    assert drop_p_value(now, before) == pytest.approx(0.1030, abs=1e-4)
    assert drop_p_value(before, now) == pytest.approx(1 - 0.1030, abs=1e-4)  # a rise
    assert drop_p_value(CsatSample(5, 75.0, 0.0), CsatSample(5, 100.0, 0.0)) == 0.0
    assert drop_p_value(CsatSample(5, 100.0, 0.0), CsatSample(5, 100.0, 0.0)) == 1.0
    assert drop_p_value(CsatSample(1, 0.0, None), CsatSample(5, 100.0, 0.0)) == 1.0


DEFAULTS = MetricsSettings()
HEALTHY_20 = [5] * 13 + [4] * 6 + [3]  # 90 points, close to the simulator's healthy mix
SLIPPED_20 = [5] * 10 + [4] * 6 + [3] * 2 + [2, 1]  # 78.75: an 11.25-point drop


def default_book(first_week: list[int]) -> tuple[WeeklyBook, CircuitBreaker]:
    b = WeeklyBook(DEFAULTS)
    b.observe(mode_changed("wismo", "live", at(0)))
    feed(b, "w10", first_week, week=0)
    return b, CircuitBreaker(DEFAULTS)


def test_defaults_keep_the_rule_and_add_a_significance_check() -> None:
    assert (DEFAULTS.breaker_drop_points, DEFAULTS.breaker_min_sample) == (10.0, 20)
    assert DEFAULTS.breaker_max_p_value == 0.001
    assert DEFAULTS.breaker_lookback_weeks == 2


def test_a_noisy_ten_point_slip_on_the_minimum_sample_does_not_pause_by_default() -> None:
    b, breaker = default_book(HEALTHY_20)
    feed(b, "w11", SLIPPED_20, week=1)
    assert b.csat_change(W11, "wismo", "ai") == -11.25
    assert breaker.evaluate(b) == []  # p ≈ 0.06: noise that two healthy weeks can show
    assert CircuitBreaker(SETTINGS.model_copy(update={"breaker_min_sample": 20})).evaluate(b)


def test_a_sustained_slip_pauses_once_the_sample_makes_it_significant() -> None:
    b, breaker = default_book(HEALTHY_20 * 3)
    feed(b, "w11", SLIPPED_20 * 2, week=1)
    assert breaker.evaluate(b) == []
    feed(b, "w11b", SLIPPED_20 * 6, week=1)  # 160 ratings at 78.75 vs 60 at 90: z ≈ 3.8
    [pause] = breaker.evaluate(b)
    assert pause.evidence["ratings"] == 160 and pause.evidence["previous_ratings"] == 60
    assert isinstance(pause.evidence["p_value"], float) and pause.evidence["p_value"] <= 0.001


def test_a_collapse_pauses_on_the_minimum_sample() -> None:
    b, breaker = default_book(HEALTHY_20)
    feed(b, "w11", [3, 2, 4, 1, 3] * 4, week=1)  # 40 points
    [pause] = breaker.evaluate(b)
    assert pause.evidence["change_points"] == -50.0
    assert pause.evidence["ratings"] == 20


def test_a_thin_previous_week_is_skipped_for_the_latest_week_with_the_sample() -> None:
    b, breaker = default_book(HEALTHY_20)
    feed(b, "w11", [5, 1, 1], week=1)  # below the minimum sample
    feed(b, "w12", [3, 2, 4, 1, 3] * 4, week=2)
    [pause] = breaker.evaluate(b)
    assert (pause.evidence["week"], pause.evidence["previous_week"]) == (W12, W10)
    one_week = DEFAULTS.model_copy(update={"breaker_lookback_weeks": 1})
    assert CircuitBreaker(one_week).evaluate(b) == []


def breaker_pauses(events: list[ev.Event]) -> list[tuple[str, str]]:
    return [
        (e.category, week_of(e.occurred_at))
        for e in events
        if isinstance(e, ev.AutonomyModeChanged) and e.changed_by == BREAKER_ACTOR
    ]


def test_the_issues_rule_alone_pauses_healthy_categories_in_a_seeded_rollout() -> None:
    old_rule = MetricsSettings(breaker_max_p_value=1.0, breaker_lookback_weeks=1)
    assert breaker_pauses(simulate_rollout(2, plan=RolloutPlan(settings=old_rule))) == [
        ("order_status", "2025-W14"),  # a week before it degrades
        ("wismo", "2025-W15"),  # never degrades
    ]


# Seeded rollouts in which the issue's rule alone (min sample 20, no significance check)
# paused a healthy category (9 of seeds 0–39). With the defaults only the degrading one is
# paused, once it degrades (week 6 = 2025-W15). Seed 33 keeps a borderline wismo pause
# (p ≈ 0.0009): over 200 seeds the residual is 5 rollouts (59 with the rule alone).
@pytest.mark.parametrize(
    ("seed", "pauses"),
    [
        (2, [("order_status", "2025-W15")]),
        (14, [("order_status", "2025-W15")]),
        (15, [("order_status", "2025-W16")]),  # W15 had 19 ratings: W16 is compared with W14
        (28, [("order_status", "2025-W15")]),
        (33, [("wismo", "2025-W15"), ("order_status", "2025-W15")]),
    ],
)
def test_seeded_rollouts_that_used_to_pause_a_healthy_category(
    seed: int, pauses: list[tuple[str, str]]
) -> None:
    assert breaker_pauses(simulate_rollout(seed)) == pauses
