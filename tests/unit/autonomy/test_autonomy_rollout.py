from __future__ import annotations

from supportloop.core import events as ev
from supportloop.core.autonomy import CategoryStatus, RolloutSettings, rollout_status
from tests.unit.autonomy.autonomy_events import (
    at,
    drafted,
    flip,
    handed_off,
    outcome,
    resolved,
    reviewed,
)

SMALL = RolloutSettings(
    promote_min_shadow_tickets=4,
    min_reviews=4,
    promote_min_acceptance=0.75,
    pause_below_acceptance=0.5,
    min_csat_ratings=2,
    pause_csat_drop_points=10,
    pause_csat_gap_points=15,
)


def _one(events: list[ev.Event], category: str = "wismo", **kw: object) -> CategoryStatus:
    statuses = {s.category: s for s in rollout_status(events, SMALL, **kw)}  # type: ignore[arg-type]
    return statuses[category]


def _shadow_tickets(n: int, category: str = "wismo", week: int = 0) -> list[ev.Event]:
    return [drafted(f"{category}-{week}-{i}", category, at(i / 10, weeks=week)) for i in range(n)]


def _reviews(
    verdicts: list[tuple[str, float]], category: str = "wismo", week: int = 0
) -> list[ev.Event]:
    return [
        reviewed(f"{category}-{week}-{i}", category, at(1 + i / 10, weeks=week), v, r)
        for i, (v, r) in enumerate(verdicts)
    ]


def _ai_ratings(scores: list[int], week: int, category: str = "wismo") -> list[ev.Event]:
    events: list[ev.Event] = []
    for i, score in enumerate(scores):
        ticket = f"live-{category}-{week}-{i}"
        events.append(resolved(ticket, category, at(2 + i / 10, weeks=week)))
        events.append(outcome(ticket, "csat", at(3 + i / 10, weeks=week), score=score))
    return events


def _human_ratings(scores: list[int], week: int, category: str = "wismo") -> list[ev.Event]:
    return [
        outcome(
            f"h-{week}-{i}",
            "csat",
            at(3, weeks=week),
            score=s,
            resolved_by="human",
            category=category,
        )
        for i, s in enumerate(scores)
    ]


def test_shadow_category_with_enough_accepted_drafts_is_promoted() -> None:
    events = _shadow_tickets(4) + _reviews(
        [("sent_as_is", 0.0), ("sent_as_is", 0.02), ("edited", 0.1), ("discarded", 0.9)]
    )
    status = _one(events)
    assert (status.mode, status.shadow_tickets, status.reviewed_drafts, status.accepted_drafts) == (
        "shadow",
        4,
        4,
        3,
    )
    assert status.draft_verdicts == {"sent_as_is": 2, "edited": 1, "discarded": 1}
    assert (status.acceptance_rate, status.recommendation, status.target_mode) == (
        0.75,
        "promote",
        "live",
    )
    assert status.reasons == ("4 shadow tickets and 75.0% draft acceptance over 4 reviews",)
    assert status.evidence["shadow_tickets"] == 4
    assert status.evidence["acceptance_rate"] == 0.75
    assert (status.first_week, status.last_week) == ("2025-W07", "2025-W10")


def test_shadow_category_short_of_evidence_is_kept_with_what_is_missing() -> None:
    events = _shadow_tickets(3) + _reviews([("sent_as_is", 0.0), ("discarded", 1.0)])
    status = _one(events)
    assert (status.recommendation, status.target_mode) == ("keep", None)
    assert status.reasons == (
        "3 shadow tickets, need 4",
        "2 reviewed drafts, need 4",
        "50.0% draft acceptance, need 75.0%",
    )


def test_paused_category_follows_the_shadow_rules() -> None:
    events: list[ev.Event] = [flip("wismo", "paused", at(0), previous="live")]
    events += _shadow_tickets(4) + _reviews([("sent_as_is", 0.0)] * 4)
    status = _one(events)
    assert (status.mode, status.recommendation, status.target_mode) == ("paused", "promote", "live")


def test_live_category_whose_ai_csat_fell_is_paused() -> None:
    events: list[ev.Event] = [flip("wismo", "live", at(0), previous="shadow")]
    events += _ai_ratings([5, 5], week=0) + _ai_ratings([3, 3], week=1)
    status = _one(events)
    assert (status.csat_ai, status.csat_ai_ratings, status.csat_ai_change) == (75.0, 4, -50.0)
    assert (status.recommendation, status.target_mode) == ("pause", "paused")
    assert status.reasons == ("AI CSAT fell 50.0 points week over week (threshold 10)",)
    assert status.evidence["csat_ai_change"] == -50.0


def test_live_category_far_below_human_csat_is_paused() -> None:
    events: list[ev.Event] = [flip("wismo", "live", at(0))]
    events += _ai_ratings([3, 3], week=0) + _human_ratings([5, 5], week=0)
    status = _one(events)
    assert (status.csat_ai, status.csat_human, status.csat_human_ratings) == (50.0, 100.0, 2)
    assert status.reasons == ("AI CSAT 50.0 is 50.0 points below human 100.0 (threshold 15)",)
    assert status.recommendation == "pause"


def test_live_category_with_poor_acceptance_is_paused() -> None:
    events: list[ev.Event] = [flip("wismo", "live", at(0))]
    events += _reviews([("sent_as_is", 0.0)] + [("discarded", 1.0)] * 3)
    status = _one(events)
    assert status.reasons == ("draft acceptance 25.0% is below 50.0%",)
    assert status.recommendation == "pause"


def test_healthy_live_category_is_kept() -> None:
    events: list[ev.Event] = [flip("wismo", "live", at(0))]
    events += _ai_ratings([5, 4], week=0) + _ai_ratings([5, 4], week=1)
    status = _one(events)
    assert (status.csat_ai_change, status.recommendation) == (0.0, "keep")
    assert status.reasons == ("live and within every pause threshold",)


def test_off_category_is_kept() -> None:
    status = _one([flip("wismo", "off", at(0)), *_shadow_tickets(4)])
    assert (status.mode, status.recommendation) == ("off", "keep")
    assert status.reasons == ("automation is off; flip to shadow to start measuring drafts",)


def test_escalation_rate_and_outcome_counts() -> None:
    events: list[ev.Event] = [
        resolved("a", "wismo", at(0)),
        resolved("b", "wismo", at(0)),
        drafted("c", "wismo", at(0)),
        handed_off("d", "wismo", at(0)),
        handed_off("d", "wismo", at(1)),  # a second terminal event for d is not counted
    ]
    status = _one(events)
    assert (status.tickets, status.ai_resolved, status.shadow_tickets, status.handed_off) == (
        4,
        2,
        1,
        1,
    )
    assert status.escalation_rate == 0.25


def test_figures_cover_only_the_window_but_modes_see_every_flip() -> None:
    settings = SMALL.model_copy(update={"window_weeks": 2})
    events: list[ev.Event] = [flip("wismo", "live", at(0))]
    events += _shadow_tickets(5, week=0) + _shadow_tickets(2, week=5)
    [status] = rollout_status(events, settings)
    assert (status.mode, status.shadow_tickets) == ("live", 2)
    assert (status.first_week, status.last_week) == ("2025-W14", "2025-W15")


def test_events_out_of_order_give_the_same_status() -> None:
    events: list[ev.Event] = [flip("wismo", "live", at(0))]
    events += _ai_ratings([5, 5], week=0) + _ai_ratings([3, 3], week=1)
    assert rollout_status(list(reversed(events)), SMALL) == rollout_status(events, SMALL)


def test_listed_categories_without_events_show_zeroes() -> None:
    [billing, wismo] = rollout_status(_shadow_tickets(1), SMALL, categories=["billing"])
    assert (billing.category, billing.mode, billing.tickets, billing.acceptance_rate) == (
        "billing",
        "shadow",
        0,
        None,
    )
    assert (billing.escalation_rate, billing.csat_ai, billing.recommendation) == (
        None,
        None,
        "keep",
    )
    assert wismo.shadow_tickets == 1


def test_no_events_at_all() -> None:
    [status] = rollout_status([], SMALL, categories=["wismo"])
    assert (status.first_week, status.last_week, status.tickets) == (None, None, 0)
