from __future__ import annotations

from datetime import timedelta

import pytest

from supportloop.core.metrics.book import WeeklyBook
from supportloop.core.metrics.settings import MetricsSettings
from tests.unit.metrics_core.factory import (
    W10,
    W11,
    W12,
    agent_reply,
    at,
    classified,
    csat,
    dead_lettered,
    escalation_reviewed,
    handed_off,
    knowledge_gap,
    mode_changed,
    ratings,
    received,
    resolved,
)


def book(**overrides: object) -> WeeklyBook:
    return WeeklyBook(MetricsSettings(**overrides))  # type: ignore[arg-type]


def test_autonomous_resolution_rate_per_category_and_overall() -> None:
    b = book()
    for i in range(3):
        b.observe(resolved(f"w{i}", "wismo", at(1)))
    b.observe(resolved("w3", "wismo", at(1), outcome="drafted"))
    b.observe(handed_off("r0", "refund_request", at(2)))
    b.observe(classified("r1", "refund_request", at(2)))
    b.observe(dead_lettered("r1", at(2)))
    assert b.tally(W10, "wismo").autonomous_resolution_rate() == 0.75
    assert b.tally(W10, "refund_request").autonomous_resolution_rate() == 0.0
    assert b.tally(W10).autonomous_resolution_rate() == 0.5
    assert b.tally(W10).terminal == {
        "resolved": 3,
        "drafted": 1,
        "handed_off": 1,
        "dead_lettered": 1,
    }


def test_empty_week_answers_none_not_zero() -> None:
    b = book()
    b.observe(resolved("w0", "wismo", at(weeks=1)))
    empty = b.tally(W10)
    assert empty.autonomous_resolution_rate() is None
    assert empty.csat("ai") is None
    assert empty.csat_gap() is None
    assert empty.escalation_accuracy() is None
    assert empty.first_response_quantile("ai", 0.9) is None
    assert empty.kb_gaps == 0


def test_dead_letter_takes_classified_category_or_unknown() -> None:
    b = book()
    b.observe(classified("t1", "billing", at(0)))
    b.observe(dead_lettered("t1", at(0)))
    b.observe(dead_lettered("never-seen", at(0)))
    assert b.categories(W10) == ["billing", "unknown"]
    assert b.tally(W10, "billing").terminal["dead_lettered"] == 1


def test_redelivered_events_and_second_terminal_outcomes_count_once() -> None:
    b = book()
    first = resolved("t1", "wismo", at(0))
    assert b.observe(first) is True
    assert b.observe(first) is False
    b.observe(dead_lettered("t1", at(0, seconds=5)))
    assert b.tally(W10).terminal_tickets == 1
    assert b.duplicates == 1


def test_csat_ai_vs_human_and_gap_in_points() -> None:
    b = book()
    for event in ratings("a", [5, 4, 3, 4], at(1)) + ratings(
        "h", [5, 4], at(1), resolved_by="human"
    ):
        b.observe(event)
    tally = b.tally(W10, "wismo")
    assert tally.csat("ai") == 75.0
    assert tally.csat("human") == 87.5
    assert tally.csat_gap() == 12.5
    assert tally.csat() == pytest.approx((300 + 175) / 6)


def test_rating_without_resolver_or_category_is_joined_through_the_ticket() -> None:
    b = book()
    b.observe(resolved("ai-1", "wismo", at(0)))
    b.observe(handed_off("hu-1", "refund_request", at(0)))
    b.observe(csat("ai-1", 5, at(1), category=None, resolved_by=None))
    b.observe(csat("hu-1", 1, at(1), category=None, resolved_by=None))
    assert b.tally(W10, "wismo").csat_ratings == {"ai": 1, "human": 0}
    assert b.tally(W10, "refund_request").csat_points == {"ai": 0.0, "human": 0.0}
    assert b.tally(W10, "refund_request").csat_ratings == {"ai": 0, "human": 1}


def test_escalation_accuracy_is_share_not_materially_different() -> None:
    b = book()
    for i, different in enumerate([False, False, False, True]):
        b.observe(escalation_reviewed(f"t{i}", "refund_request", at(2), different=different))
    b.observe(escalation_reviewed("x", "billing", at(2), different=True))
    assert b.tally(W10, "refund_request").escalation_accuracy() == 0.75
    assert b.tally(W10, "billing").escalation_accuracy() == 0.0
    assert b.tally(W10).escalation_accuracy() == 0.6


def test_first_response_ai_from_latency_and_human_from_first_agent_reply() -> None:
    b = book()
    b.observe(resolved("ai", "wismo", at(0), latency_ms=1500))
    b.observe(agent_reply("ai", at(0, seconds=600)))  # AI answered first: not a human FRT
    b.observe(received("hu", at(1)))
    b.observe(resolved("hu", "wismo", at(1, seconds=2), outcome="drafted"))
    b.observe(agent_reply("hu", at(1, seconds=900)))
    b.observe(agent_reply("hu", at(1, seconds=5000)))  # second reply: not a first response
    b.observe(agent_reply("stranger", at(1)))
    tally = b.tally(W10, "wismo")
    assert tally.first_response["ai"].count == 1
    assert tally.first_response["ai"].total == 1.5
    assert tally.first_response["human"].count == 1
    assert tally.first_response["human"].total == 900.0
    assert tally.first_response_quantile("human", 0.5) == pytest.approx(600 + 1200 * 0.5)
    assert b.unjoined == 1


def test_knowledge_gap_questions_are_counted_deduplicated_and_bounded() -> None:
    b = book(kb_questions_per_week=2)
    questions = ["Do you ship to Norway?", "do you  ship to norway?", "Gift cards?", "PO boxes?"]
    for i, question in enumerate(questions):
        b.observe(knowledge_gap(f"t{i}", "other", question, at(3)))
    tally = b.tally(W10, "other")
    assert tally.kb_gaps == 4
    assert tally.kb_questions == ["Do you ship to Norway?", "Gift cards?"]


def test_csat_change_needs_min_sample_in_both_weeks() -> None:
    b = book(breaker_min_sample=4)
    for event in ratings("a", [5, 5, 5, 5], at(1)) + ratings("b", [4, 4, 4], at(1, weeks=1)):
        b.observe(event)
    assert b.csat_change(W11, "wismo", "ai") is None
    b.observe(csat("b-3", 4, at(2, weeks=1)))
    assert b.csat_change(W11, "wismo", "ai") == -25.0
    assert b.csat_change(W11, "wismo") == -25.0
    assert b.csat_change(W11, "wismo", "human") is None


def test_mixed_categories_keep_their_own_numbers() -> None:
    b = book()
    b.observe(resolved("a", "wismo", at(0)))
    b.observe(resolved("b", "billing", at(0), outcome="drafted"))
    b.observe(csat("a", 5, at(1), category="wismo"))
    b.observe(csat("b", 1, at(1), category="billing", resolved_by="human"))
    assert b.tally(W10, "wismo").csat() == 100.0
    assert b.tally(W10, "billing").csat() == 0.0
    assert b.tally(W10).csat() == 50.0
    assert b.tally(W10, "wismo").autonomous_resolution_rate() == 1.0
    assert b.tally(W10, "billing").autonomous_resolution_rate() == 0.0


def test_old_weeks_are_evicted_and_late_events_dropped() -> None:
    b = book(retained_weeks=2)
    b.observe(resolved("a", "wismo", at(0)))
    b.observe(resolved("b", "wismo", at(0, weeks=1)))
    b.observe(resolved("c", "wismo", at(0, weeks=2)))
    assert b.weeks() == [W11, W12]
    assert b.observe(resolved("d", "wismo", at(1))) is False
    assert b.late == 1
    assert b.observe(resolved("e", "wismo", at(1, weeks=1))) is True


def test_per_ticket_memory_is_bounded_by_size_and_event_time_ttl() -> None:
    b = book(ticket_cache_size=100, ticket_ttl_hours=24)
    for i in range(250):
        b.observe(received(f"t{i}", at(0, seconds=i)))
    assert b.tracked_tickets == 100
    b.observe(received("later", at(2)))
    assert b.tracked_tickets == 1


def test_categories_beyond_the_cap_are_counted_as_other() -> None:
    b = book(max_categories=2)
    for name in ("wismo", "billing", "exotic"):
        b.observe(resolved(f"t-{name}", name, at(0)))
    assert b.categories(W10) == ["billing", "other", "wismo"]


def test_modes_follow_event_time_and_carry_over_weeks() -> None:
    b = book()
    b.observe(mode_changed("wismo", "shadow", at(0)))
    b.observe(mode_changed("wismo", "live", at(0, weeks=1)))
    b.observe(mode_changed("wismo", "shadow", at(0, weeks=1) - timedelta(hours=1)))  # older
    b.observe(resolved("x", "wismo", at(0, weeks=2)))
    assert b.mode("wismo") == "live"
    assert b.modes_at_end_of(W10) == {"wismo": "shadow"}
    assert b.modes_at_end_of(W12) == {"wismo": "live"}
