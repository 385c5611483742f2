"""One week × one category of counts, and the six numbers derived from them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from supportloop.core.metrics.handoffs import HandoffCoverage
from supportloop.core.metrics.histogram import BucketHistogram

Resolver = Literal["ai", "human"]
RESOLVERS: tuple[Resolver, ...] = ("ai", "human")
TERMINAL_OUTCOMES = ("resolved", "drafted", "handed_off", "dead_lettered")
MODE_CHANGES_KEPT = 20


@dataclass(frozen=True)
class ModeChange:
    at: datetime
    category: str
    mode: str
    previous_mode: str | None
    changed_by: str
    reason: str


@dataclass(frozen=True)
class CsatSample:
    ratings: int
    mean: float | None
    variance: float | None


@dataclass
class Tally:
    terminal: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TERMINAL_OUTCOMES, 0))
    csat_ratings: dict[Resolver, int] = field(default_factory=lambda: dict.fromkeys(RESOLVERS, 0))
    csat_points: dict[Resolver, float] = field(
        default_factory=lambda: dict.fromkeys(RESOLVERS, 0.0)
    )
    # Sum of squared points, for the spread of the ratings (the breaker's significance check).
    csat_squares: dict[Resolver, float] = field(
        default_factory=lambda: dict.fromkeys(RESOLVERS, 0.0)
    )
    escalation_reviews: int = 0
    escalation_accurate: int = 0
    first_response: dict[Resolver, BucketHistogram] = field(
        default_factory=lambda: {r: BucketHistogram() for r in RESOLVERS}
    )
    # shadow drafts (DraftReviewed): what the rollout gate reads
    draft_verdicts: dict[str, int] = field(default_factory=dict)
    # hand-offs (TicketEscalated): how many carry a draft, and the order's facts (issue 24)
    handoffs: HandoffCoverage = field(default_factory=HandoffCoverage)
    # hand-off drafts (EscalationReviewed.draft_verdict): never mixed into draft_verdicts
    handoff_draft_verdicts: dict[str, int] = field(default_factory=dict)
    kb_gaps: int = 0
    kb_questions: list[str] = field(default_factory=list)
    # AI resolutions (counted in this week) whose customer wrote again on the ticket
    ai_follow_ups: int = 0
    mode_changes: list[ModeChange] = field(default_factory=list)

    @property
    def terminal_tickets(self) -> int:
        return sum(self.terminal.values())

    @property
    def ai_resolved(self) -> int:
        return self.terminal["resolved"]

    def add_rating(self, resolver: Resolver, points: float) -> None:
        self.csat_ratings[resolver] += 1
        self.csat_points[resolver] += points
        self.csat_squares[resolver] += points * points

    def add_kb_question(self, question: str, limit: int) -> None:
        self.kb_gaps += 1
        key = " ".join(question.split()).casefold()
        known = {" ".join(q.split()).casefold() for q in self.kb_questions}
        if key and key not in known and len(self.kb_questions) < limit:
            self.kb_questions.append(question)

    def add_mode_change(self, change: ModeChange) -> None:
        self.mode_changes.append(change)
        self.mode_changes.sort(key=lambda c: c.at)
        del self.mode_changes[:-MODE_CHANGES_KEPT]

    def merge(self, other: Tally, kb_limit: int) -> None:
        for outcome, count in other.terminal.items():
            self.terminal[outcome] += count
        for resolver in RESOLVERS:
            self.csat_ratings[resolver] += other.csat_ratings[resolver]
            self.csat_points[resolver] += other.csat_points[resolver]
            self.csat_squares[resolver] += other.csat_squares[resolver]
            self.first_response[resolver].merge(other.first_response[resolver])
        self.escalation_reviews += other.escalation_reviews
        self.escalation_accurate += other.escalation_accurate
        for verdict, count in other.draft_verdicts.items():
            self.draft_verdicts[verdict] = self.draft_verdicts.get(verdict, 0) + count
        self.handoffs.merge(other.handoffs)
        for verdict, count in other.handoff_draft_verdicts.items():
            self.handoff_draft_verdicts[verdict] = (
                self.handoff_draft_verdicts.get(verdict, 0) + count
            )
        self.kb_gaps += other.kb_gaps
        self.ai_follow_ups += other.ai_follow_ups
        for question in other.kb_questions:
            if question not in self.kb_questions and len(self.kb_questions) < kb_limit:
                self.kb_questions.append(question)
        for change in other.mode_changes:
            self.add_mode_change(change)

    # The numbers. None wherever the denominator is empty.
    def autonomous_resolution_rate(self) -> float | None:
        total = self.terminal_tickets
        return self.ai_resolved / total if total else None

    def csat(self, resolver: Resolver | None = None) -> float | None:
        resolvers = RESOLVERS if resolver is None else (resolver,)
        ratings = sum(self.csat_ratings[r] for r in resolvers)
        points = sum(self.csat_points[r] for r in resolvers)
        return points / ratings if ratings else None

    def csat_count(self, resolver: Resolver | None = None) -> int:
        resolvers = RESOLVERS if resolver is None else (resolver,)
        return sum(self.csat_ratings[r] for r in resolvers)

    def csat_variance(self, resolver: Resolver) -> float | None:
        """Sample variance of the ratings' points (n − 1); None below two ratings."""
        n = self.csat_ratings[resolver]
        if n < 2:
            return None
        mean = self.csat_points[resolver] / n
        return max(self.csat_squares[resolver] - n * mean * mean, 0.0) / (n - 1)

    def csat_gap(self) -> float | None:
        """Human minus AI, in points: positive when the AI is rated lower."""
        ai, human = self.csat("ai"), self.csat("human")
        return None if ai is None or human is None else human - ai

    def escalation_accuracy(self) -> float | None:
        reviews = self.escalation_reviews
        return self.escalation_accurate / reviews if reviews else None

    def first_response_quantile(self, resolver: Resolver, q: float) -> float | None:
        return self.first_response[resolver].quantile(q)

    @property
    def handoff_drafts_reviewed(self) -> int:
        return sum(self.handoff_draft_verdicts.values())

    def handoff_draft_share(self, verdict: str) -> float | None:
        """Share of the reviewed hand-off drafts with this verdict."""
        reviewed = self.handoff_drafts_reviewed
        return self.handoff_draft_verdicts.get(verdict, 0) / reviewed if reviewed else None


def csat_change(
    current: Tally, previous: Tally, resolver: Resolver | None, min_sample: int
) -> float | None:
    """Week-over-week change in points; None unless both weeks have min_sample ratings."""
    if current.csat_count(resolver) < min_sample or previous.csat_count(resolver) < min_sample:
        return None
    now, before = current.csat(resolver), previous.csat(resolver)
    if now is None or before is None:
        return None
    return now - before
