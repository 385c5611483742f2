"""A prometheus_client Collector that exports the weekly book (and the breaker's trips).

Register it on the metrics service's registry: ``registry.register(BookCollector(book,
breaker))``. Labels are only ``week``, ``category`` and ``resolver``; names are in names.py.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
    SummaryMetricFamily,
)
from prometheus_client.registry import Collector

from supportloop.core.metrics import names
from supportloop.core.metrics.book import WeeklyBook
from supportloop.core.metrics.breaker import CircuitBreaker
from supportloop.core.metrics.tally import RESOLVERS, Resolver

WC = ["week", "category"]
WCR = ["week", "category", "resolver"]
CHANGE_RESOLVERS: tuple[tuple[str, Resolver | None], ...] = (
    ("ai", "ai"),
    ("human", "human"),
    ("all", None),
)


def _le(bound: float) -> str:
    return "+Inf" if math.isinf(bound) else repr(float(bound))


class _Families:
    def __init__(self) -> None:
        self.terminal = GaugeMetricFamily(
            names.WEEK_TERMINAL_TICKETS,
            "Tickets that reached a terminal outcome (AI-resolved, drafted, handed off, "
            "dead-lettered) in the ISO week of event time.",
            labels=WC,
        )
        self.ai_resolved = GaugeMetricFamily(
            names.WEEK_AI_RESOLVED_TICKETS,
            "Tickets fully resolved by the AI (live mode) in the ISO week of event time.",
            labels=WC,
        )
        self.csat = SummaryMetricFamily(
            names.WEEK_CSAT_POINTS,
            "CSAT ratings of the week (count) and their sum in points (1-5 mapped to 0-100), "
            "by who resolved the ticket.",
            labels=WCR,
        )
        self.first_response = HistogramMetricFamily(
            names.WEEK_FIRST_RESPONSE_SECONDS,
            "First response time in seconds: AI from resolution latency, human from the "
            "first agent reply after the ticket was received.",
            labels=WCR,
        )
        self.reviews = GaugeMetricFamily(
            names.WEEK_ESCALATION_REVIEWS,
            "Escalated tickets a human finished and reviewed in the week.",
            labels=WC,
        )
        self.accurate = GaugeMetricFamily(
            names.WEEK_ACCURATE_ESCALATION_REVIEWS,
            "Reviewed escalations where the human did not act materially differently from "
            "the AI's recommendation.",
            labels=WC,
        )
        self.kb_gaps = GaugeMetricFamily(
            names.WEEK_KNOWLEDGE_GAPS,
            "Knowledge-base gaps (questions the AI could not answer) found in the week.",
            labels=WC,
        )
        self.csat_change = GaugeMetricFamily(
            names.CSAT_CHANGE_POINTS,
            "Week-over-week CSAT change in points, current week minus previous week, present "
            "only when both weeks have the minimum sample of ratings (resolver all = every "
            "rating).",
            labels=["category", "resolver"],
        )
        self.current_week = GaugeMetricFamily(
            names.CURRENT_WEEK_INFO,
            "1 for the latest ISO week of event time the metrics service has seen.",
            labels=["week"],
        )
        self.trips = CounterMetricFamily(
            names.CIRCUIT_BREAKER_TRIPS,
            "Times the CSAT circuit breaker paused a category.",
            labels=["category"],
        )
        self.observed = CounterMetricFamily(
            names.EVENTS_OBSERVED, "Events counted into the weekly book."
        )
        self.duplicate = CounterMetricFamily(
            names.EVENTS_DUPLICATE, "Redelivered events dropped by event id."
        )
        self.late = CounterMetricFamily(
            names.EVENTS_LATE, "Events older than the weeks the book keeps, dropped."
        )
        self.unjoined = CounterMetricFamily(
            names.EVENTS_UNJOINED, "Agent replies whose ticket the book no longer (or never) knew."
        )
        self.tracked = GaugeMetricFamily(
            names.TRACKED_TICKETS, "Tickets currently held in the bounded join cache."
        )

    def all(self) -> list[Metric]:
        return [
            self.terminal,
            self.ai_resolved,
            self.csat,
            self.first_response,
            self.reviews,
            self.accurate,
            self.kb_gaps,
            self.csat_change,
            self.current_week,
            self.trips,
            self.observed,
            self.duplicate,
            self.late,
            self.unjoined,
            self.tracked,
        ]


class BookCollector(Collector):
    def __init__(self, book: WeeklyBook, breaker: CircuitBreaker | None = None) -> None:
        self._book = book
        self._breaker = breaker

    def describe(self) -> Iterator[Metric]:
        yield from _Families().all()

    def collect(self) -> Iterator[Metric]:
        f = _Families()
        book = self._book
        for week in book.weeks()[-book.settings.exposed_weeks :]:
            for category in book.categories(week):
                tally = book.tally(week, category)
                f.terminal.add_metric([week, category], tally.terminal_tickets)
                f.ai_resolved.add_metric([week, category], tally.ai_resolved)
                f.reviews.add_metric([week, category], tally.escalation_reviews)
                f.accurate.add_metric([week, category], tally.escalation_accurate)
                f.kb_gaps.add_metric([week, category], tally.kb_gaps)
                for resolver in RESOLVERS:
                    labels = [week, category, resolver]
                    f.csat.add_metric(
                        labels, tally.csat_ratings[resolver], tally.csat_points[resolver]
                    )
                    histogram = tally.first_response[resolver]
                    f.first_response.add_metric(
                        labels, [(_le(b), c) for b, c in histogram.cumulative()], histogram.total
                    )
        current_week = book.current_week
        if current_week is not None:
            f.current_week.add_metric([current_week], 1)
            for category in book.categories(current_week):
                for label, which in CHANGE_RESOLVERS:
                    delta = book.csat_change(current_week, category, which)
                    if delta is not None:
                        f.csat_change.add_metric([category, label], delta)
        if self._breaker is not None:
            for category, count in sorted(self._breaker.trips.items()):
                f.trips.add_metric([category], count)
        f.observed.add_metric([], book.observed)
        f.duplicate.add_metric([], book.duplicates)
        f.late.add_metric([], book.late)
        f.unjoined.add_metric([], book.unjoined)
        f.tracked.add_metric([], book.tracked_tickets)
        yield from f.all()
