from __future__ import annotations

import re

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from supportloop.core.metrics import names
from supportloop.core.metrics.book import WeeklyBook
from supportloop.core.metrics.breaker import CircuitBreaker
from supportloop.core.metrics.collector import BookCollector
from supportloop.core.metrics.settings import MetricsSettings
from tests.unit.metrics_core.factory import (
    at,
    escalation_reviewed,
    knowledge_gap,
    mode_changed,
    ratings,
    resolved,
)

ALLOWED_LABELS = {"week", "category", "resolver", "mode", "le", "quantile"}


def sample_book() -> tuple[WeeklyBook, CircuitBreaker]:
    settings = MetricsSettings(breaker_min_sample=2, exposed_weeks=2)
    b = WeeklyBook(settings)
    b.observe(mode_changed("wismo", "live", at(0)))
    b.observe(resolved("TICKET-SECRET-1", "wismo", at(0), latency_ms=1500))
    b.observe(resolved("TICKET-SECRET-2", "wismo", at(0, weeks=2), latency_ms=40_000))
    b.observe(resolved("TICKET-SECRET-3", "billing", at(0, weeks=2), outcome="drafted"))
    b.observe(escalation_reviewed("TICKET-SECRET-4", "billing", at(1, weeks=2), different=False))
    b.observe(knowledge_gap("TICKET-SECRET-5", "billing", "Gift cards?", at(1, weeks=2)))
    for event in ratings("R", [5, 5], at(1, weeks=1)) + ratings("S", [3, 3], at(1, weeks=2)):
        b.observe(event)
    breaker = CircuitBreaker(settings)
    breaker.evaluate(b)
    return b, breaker


def exposition(b: WeeklyBook, breaker: CircuitBreaker | None = None) -> str:
    registry = CollectorRegistry()
    registry.register(BookCollector(b, breaker))
    return generate_latest(registry).decode()


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def test_exposes_the_last_weeks_counts_with_bounded_labels() -> None:
    b, breaker = sample_book()
    text = exposition(b, breaker)
    got = samples(text)
    assert got[(names.WEEK_TERMINAL_TICKETS, (("category", "wismo"), ("week", "2025-W12")))] == 1
    assert (
        got[(names.WEEK_AI_RESOLVED_TICKETS, (("category", "billing"), ("week", "2025-W12")))] == 0
    )
    key = (("category", "wismo"), ("resolver", "ai"), ("week", "2025-W12"))
    assert got[(names.WEEK_CSAT_POINTS + "_count", key)] == 2
    assert got[(names.WEEK_CSAT_POINTS + "_sum", key)] == 100
    assert (
        got[(names.WEEK_FIRST_RESPONSE_SECONDS + "_bucket", (*key[:1], ("le", "30.0"), *key[1:]))]
        == 0
    )
    assert (
        got[(names.WEEK_FIRST_RESPONSE_SECONDS + "_bucket", (*key[:1], ("le", "60.0"), *key[1:]))]
        == 1
    )
    assert (
        got[(names.WEEK_ESCALATION_REVIEWS, (("category", "billing"), ("week", "2025-W12")))] == 1
    )
    assert got[(names.WEEK_KNOWLEDGE_GAPS, (("category", "billing"), ("week", "2025-W12")))] == 1
    assert got[(names.CSAT_CHANGE_POINTS, (("category", "wismo"), ("resolver", "ai")))] == -50
    assert got[(names.CSAT_CHANGE_POINTS, (("category", "wismo"), ("resolver", "all")))] == -50
    assert got[(names.CURRENT_WEEK_INFO, (("week", "2025-W12"),))] == 1
    assert got[(names.CIRCUIT_BREAKER_TRIPS + "_total", (("category", "wismo"),))] == 1
    assert got[(names.EVENTS_OBSERVED + "_total", ())] == 10
    weeks = {dict(labels).get("week") for _, labels in got} - {None}
    assert weeks == {"2025-W11", "2025-W12"}  # exposed_weeks=2 leaves 2025-W10 out


def test_labels_are_only_week_category_resolver_and_never_ticket_ids() -> None:
    b, breaker = sample_book()
    text = exposition(b, breaker)
    assert "TICKET-SECRET" not in text
    for family in text_string_to_metric_families(text):
        assert family.documentation, family.name
        for sample in family.samples:
            assert set(sample.labels) <= ALLOWED_LABELS, sample


def test_counters_end_in_total_and_units_are_in_names() -> None:
    b, breaker = sample_book()
    text = exposition(b, breaker)
    types = dict(re.findall(r"^# TYPE (\S+) (\S+)$", text, flags=re.M))
    for name, kind in types.items():
        assert name.startswith("supportloop_")
        assert (kind == "counter") == name.endswith("_total"), name
    assert types[names.WEEK_FIRST_RESPONSE_SECONDS] == "histogram"
    assert types[names.WEEK_CSAT_POINTS] == "summary"


def test_empty_book_still_exposes_help_and_type_for_every_family() -> None:
    text = exposition(WeeklyBook())
    families = {f.name for f in text_string_to_metric_families(text)}
    assert names.WEEK_CSAT_POINTS in families
    assert names.EVENTS_OBSERVED in families
    assert samples(text)[(names.EVENTS_OBSERVED + "_total", ())] == 0
