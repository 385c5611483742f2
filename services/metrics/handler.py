"""Metrics handler: feed the weekly book, count outcomes, ask the breaker for pauses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from prometheus_client import Counter, Histogram

from supportloop.adapters.runtime.stage import Publish
from supportloop.core import events as ev
from supportloop.core.metrics import CircuitBreaker, WeeklyBook
from supportloop.core.metrics.handoffs import handoff_labels
from supportloop.core.metrics.repeat_collector import RepeatCollector
from supportloop.core.outcomes import RecentIds, terminal_outcome
from supportloop.core.topics import CONFIG, CONFIG_AUDIT


@dataclass
class MetricsHandler:
    book: WeeklyBook
    breaker: CircuitBreaker
    outcomes: Counter
    time_to_outcome: Histogram
    seen: RecentIds
    repeats: RepeatCollector | None = None  # the seventh number (repeat contacts)
    handoffs: Counter | None = None  # hand-offs by draft / order looked up (issue 24)
    # hand-off drafts by how the person used them (escalation reviews), by category
    handoff_draft_reviews: Counter | None = None
    prune_every: int = 5_000
    _since_prune: int = field(default=0, repr=False)

    def count_outcome(self, event: ev.Event) -> None:
        outcome = terminal_outcome(event)
        if outcome is None or not self.seen.add(outcome.event_id):
            return
        self.outcomes.labels(outcome.category, outcome.outcome).inc()
        if outcome.latency_ms is not None:
            self.time_to_outcome.labels(outcome.outcome).observe(outcome.latency_ms / 1000)

    def count_handoff(self, event: ev.Event) -> None:
        if self.handoffs is None or not isinstance(event, ev.TicketEscalated):
            return
        if not self.seen.add(event.event_id):  # a redelivered escalation counts once
            return
        self.handoffs.labels(event.category, *handoff_labels(event)).inc()

    def count_handoff_draft_review(self, event: ev.Event) -> None:
        if self.handoff_draft_reviews is None or not isinstance(event, ev.EscalationReviewed):
            return
        if event.draft_verdict is None:  # the hand-off had no draft
            return
        if not self.seen.add(event.event_id):  # a redelivered review counts once
            return
        self.handoff_draft_reviews.labels(event.category, event.draft_verdict).inc()

    def observe_repeats(self, event: ev.Event) -> None:
        if self.repeats is None:
            return
        self.repeats.repeats.observe(event)
        self._since_prune += 1
        if self._since_prune >= self.prune_every:
            self._since_prune = 0
            self.repeats.prune()

    async def handle(self, events: Sequence[ev.Event]) -> list[list[Publish]]:
        outputs: list[list[Publish]] = []
        for event in events:
            self.book.observe(event)
            self.count_outcome(event)
            self.count_handoff(event)
            self.count_handoff_draft_review(event)
            self.observe_repeats(event)
            pauses: list[Publish] = []
            if isinstance(event, ev.HumanOutcome) and event.kind == "csat":
                for flip in self.breaker.evaluate(self.book):
                    self.book.observe(flip)  # our own flip: don't trip twice before it echoes back
                    pauses += [
                        Publish(CONFIG, flip, key=flip.category),
                        Publish(CONFIG_AUDIT, flip, key=flip.category),
                    ]
            outputs.append(pauses)
        return outputs
