"""The weekly book: observes every pipeline event and keeps week × category tallies.

Weeks are ISO weeks of event time (``occurred_at``). Memory is bounded: ``retained_weeks``
weeks of tallies, ``max_categories`` categories (the rest count as ``other``), a TTL/LRU
cache for the per-ticket joins, and an LRU of event ids for redelivered events.

Joins the book makes through the ticket cache:
- a dead-lettered ticket, a rating or an agent reply without a category takes the
  category the ticket was classified with (``unknown`` if it was never seen);
- a rating without ``resolved_by`` counts as AI-rated when the ticket was resolved by
  the AI, else as human-rated;
- a ticket is a conversation of messages (turns): its first terminal outcome counts, later
  turns' are ignored — except that a later turn that goes to a person moves an AI
  resolution to handed_off (resolved by the AI = no turn needed a person), and a later
  customer message after an AI resolution counts as a follow-up of it (``ai_follow_ups``);
- the AI's first response time is observed per turn the AI answered;
- the human first response time is the first agent reply minus the time the ticket was
  received, for tickets the AI did not answer first.

Hand-offs (issue 24) count per escalation event, so once per turn that went to a person (a
redelivery is dropped by its event id): with a draft, and with the order's facts when the
ticket names an order. How the person used a hand-off's draft comes with the escalation
review (``EscalationReviewed.draft_verdict``) and is kept apart from the shadow drafts'
verdicts, which the rollout gate reads.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from datetime import datetime, timedelta

from supportloop.core import events as ev
from supportloop.core.metrics.bounded import SeenIds, TicketCache, TicketFacts
from supportloop.core.metrics.csat import csat_points
from supportloop.core.metrics.settings import MetricsSettings
from supportloop.core.metrics.tally import CsatSample, ModeChange, Resolver, Tally, csat_change
from supportloop.core.metrics.weeks import as_utc, previous_week, week_of, weeks_back

UNKNOWN_CATEGORY = "unknown"
OVERFLOW_CATEGORY = "other"


class WeeklyBook:
    def __init__(self, settings: MetricsSettings | None = None) -> None:
        self.settings = settings or MetricsSettings()
        s = self.settings
        self._lock = threading.RLock()
        self._weeks: dict[str, dict[str, Tally]] = {}
        self._tickets = TicketCache(s.ticket_cache_size, timedelta(hours=s.ticket_ttl_hours))
        self._seen = SeenIds(s.seen_event_ids)
        self._categories: set[str] = set()
        self._modes: dict[str, tuple[str, datetime]] = {}
        self._modes_before_window: dict[str, str] = {}
        self.latest_event_at: datetime | None = None
        self.observed = 0
        self.duplicates = 0
        self.late = 0
        self.unjoined = 0

    # ----------------------------------------------------------------- observing
    def observe(self, event: ev.Event) -> bool:
        """Count one event. False when it was a redelivery or older than the kept weeks."""
        with self._lock:
            if not self._seen.add(event.event_id):
                self.duplicates += 1
                return False
            at = as_utc(event.occurred_at)
            week = week_of(at)
            if isinstance(event, ev.AutonomyModeChanged):
                self._note_mode(event, at)
            if not self._admit_week(week, at):
                self.late += 1
                return False
            self.observed += 1
            self._apply(event, week, at)
            return True

    def observe_all(self, events: Iterable[ev.Event]) -> None:
        for event in events:
            self.observe(event)

    def _admit_week(self, week: str, at: datetime) -> bool:
        current = self.current_week
        if current is None or week > current:
            self.latest_event_at = at
            self._weeks.setdefault(week, {})
            self._evict_weeks(week)
            return True
        if self.latest_event_at is not None and at > self.latest_event_at:
            self.latest_event_at = at
        if week < weeks_back(current, self.settings.retained_weeks - 1):
            return False
        self._weeks.setdefault(week, {})
        return True

    def _evict_weeks(self, newest: str) -> None:
        oldest_kept = weeks_back(newest, self.settings.retained_weeks - 1)
        for week in sorted(w for w in self._weeks if w < oldest_kept):
            for category, tally in self._weeks.pop(week).items():
                for change in tally.mode_changes:
                    self._modes_before_window[category] = change.mode

    def _category(self, name: str | None) -> str:
        if not name:
            return UNKNOWN_CATEGORY
        if name in self._categories:
            return name
        if len(self._categories) >= self.settings.max_categories:
            return OVERFLOW_CATEGORY
        self._categories.add(name)
        return name

    def _tally(self, week: str, category: str | None) -> Tally:
        return self._weeks[week].setdefault(self._category(category), Tally())

    def _facts(self, event: ev.EventBase, at: datetime) -> TicketFacts:
        return self._tickets.touch(event.ticket_id, at)

    def _terminal(
        self, facts: TicketFacts, outcome: str, week: str, category: str | None
    ) -> Tally | None:
        if facts.terminal is not None:
            if facts.terminal == "resolved" and outcome == "handed_off":
                self._move_to_person(facts)
            return None
        facts.terminal = outcome
        facts.terminal_week, facts.terminal_category = week, category
        tally = self._tally(week, category)
        tally.terminal[outcome] += 1
        return tally

    def _counted_tally(self, facts: TicketFacts) -> Tally | None:
        """The tally the conversation's outcome was counted in (None: week no longer kept)."""
        if facts.terminal_week is None or facts.terminal_week not in self._weeks:
            return None
        return self._tally(facts.terminal_week, facts.terminal_category)

    def _move_to_person(self, facts: TicketFacts) -> None:
        """A later turn needed a person: the conversation was not resolved by the AI."""
        facts.terminal = "handed_off"
        tally = self._counted_tally(facts)
        if tally is not None and tally.terminal["resolved"] > 0:
            tally.terminal["resolved"] -= 1
            tally.terminal["handed_off"] += 1

    def _follow_up(self, event: ev.EventBase, at: datetime) -> None:
        """A later customer message on a ticket the AI had resolved: counted once per ticket."""
        facts = self._facts(event, at)
        if facts.terminal == "resolved" and not facts.followed_up:
            facts.followed_up = True
            tally = self._counted_tally(facts)
            if tally is not None:
                tally.ai_follow_ups += 1

    def _apply(self, event: ev.Event, week: str, at: datetime) -> None:
        limit = self.settings.kb_questions_per_week
        match event:
            case ev.TicketReceived():
                if event.message_id:  # a later message: a follow-up of an AI resolution?
                    self._follow_up(event, at)
                facts = self._facts(event, at)
                facts.received_at = facts.received_at or as_utc(event.received_at)
            case ev.TicketClassified() | ev.TicketEscalated():
                if event.message_id:
                    self._follow_up(event, at)
                facts = self._facts(event, at)
                facts.category = event.category
                facts.received_at = facts.received_at or as_utc(event.received_at)
                if isinstance(event, ev.TicketEscalated):
                    self._tally(week, event.category).handoffs.add(event)
            case ev.TicketResolved():
                facts = self._facts(event, at)
                facts.category = event.category
                facts.received_at = facts.received_at or as_utc(event.received_at)
                tally = self._terminal(facts, event.outcome, week, event.category)
                if event.message_id and event.outcome == "resolved" and event.mode == "live":
                    # a later turn the AI answered: its own first response time
                    self._tally(week, event.category).first_response["ai"].observe(
                        event.latency_ms / 1000.0
                    )
                elif tally is not None and event.outcome == "resolved" and not facts.responded:
                    facts.responded = True
                    tally.first_response["ai"].observe(event.latency_ms / 1000.0)
            case ev.TicketHandedOff():
                facts = self._facts(event, at)
                facts.category = event.category
                facts.received_at = facts.received_at or as_utc(event.received_at)
                self._terminal(facts, "handed_off", week, event.category)
            case ev.DeadLettered():
                facts = self._facts(event, at)
                self._terminal(facts, "dead_lettered", week, facts.category)
            case ev.HumanOutcome():
                self._apply_human(event, week, at)
            case ev.DraftReviewed():
                tally = self._tally(week, event.category)
                tally.draft_verdicts[event.verdict] = tally.draft_verdicts.get(event.verdict, 0) + 1
            case ev.EscalationReviewed():
                tally = self._tally(week, event.category)
                tally.escalation_reviews += 1
                tally.escalation_accurate += 0 if event.materially_different else 1
                if event.draft_verdict is not None:
                    verdicts = tally.handoff_draft_verdicts
                    verdicts[event.draft_verdict] = verdicts.get(event.draft_verdict, 0) + 1
            case ev.KnowledgeGapFound():
                self._tally(week, event.category).add_kb_question(event.question, limit)
            case ev.AutonomyModeChanged():
                self._tally(week, event.category).add_mode_change(
                    ModeChange(
                        at=at,
                        category=event.category,
                        mode=event.mode,
                        previous_mode=event.previous_mode,
                        changed_by=event.changed_by,
                        reason=event.reason,
                    )
                )
            case _:
                pass

    def _apply_human(self, event: ev.HumanOutcome, week: str, at: datetime) -> None:
        known = self._tickets.get(event.ticket_id)
        category = event.category or (known.category if known else None)
        if event.kind == "csat" and event.csat_score is not None:
            resolver: Resolver
            if event.resolved_by is not None:
                resolver = event.resolved_by
            else:
                resolver = "ai" if known is not None and known.terminal == "resolved" else "human"
            self._tally(week, category).add_rating(resolver, csat_points(event.csat_score))
        elif event.kind == "agent_reply":
            if known is None or known.received_at is None:
                self.unjoined += 1
                return
            if known.responded:
                return
            known.responded = True
            seconds = (at - known.received_at).total_seconds()
            self._tally(week, category).first_response["human"].observe(seconds)

    def _note_mode(self, event: ev.AutonomyModeChanged, at: datetime) -> None:
        latest = self._modes.get(event.category)
        if latest is None or at >= latest[1]:
            self._modes[event.category] = (event.mode, at)

    # ------------------------------------------------------------------- reading
    @property
    def current_week(self) -> str | None:
        with self._lock:
            return max(self._weeks) if self._weeks else None

    @property
    def tracked_tickets(self) -> int:
        return len(self._tickets)

    def weeks(self) -> list[str]:
        with self._lock:
            return sorted(self._weeks)

    def categories(self, week: str | None = None) -> list[str]:
        with self._lock:
            if week is None:
                return sorted({c for tallies in self._weeks.values() for c in tallies})
            return sorted(self._weeks.get(week, {}))

    def tally(self, week: str, category: str | None = None) -> Tally:
        """A copy of one week's counts for a category, or for all of them (None)."""
        with self._lock:
            tallies = self._weeks.get(week, {})
            merged = Tally()
            limit = max(self.settings.kb_questions_per_week, 1) * max(len(tallies), 1)
            for name, tally in sorted(tallies.items()):
                if category is None or name == category:
                    merged.merge(tally, limit)
            return merged

    def csat_sample(self, week: str, category: str, resolver: Resolver) -> CsatSample:
        """Ratings, mean and sample variance of one category's week, without copying."""
        with self._lock:
            tally = self._weeks.get(week, {}).get(category)
            if tally is None:
                return CsatSample(0, None, None)
            return CsatSample(
                tally.csat_count(resolver), tally.csat(resolver), tally.csat_variance(resolver)
            )

    def csat_change(
        self, week: str, category: str | None, resolver: Resolver | None = None
    ) -> float | None:
        previous = previous_week(week)
        return csat_change(
            self.tally(week, category),
            self.tally(previous, category),
            resolver,
            self.settings.breaker_min_sample,
        )

    def mode(self, category: str) -> str | None:
        """The category's latest mode by event time, as far as the book has seen."""
        with self._lock:
            latest = self._modes.get(category)
            return latest[0] if latest else None

    def modes_at_end_of(self, week: str) -> dict[str, str]:
        with self._lock:
            modes = dict(self._modes_before_window)
            for each in sorted(w for w in self._weeks if w <= week):
                changes = [c for t in self._weeks[each].values() for c in t.mode_changes]
                for change in sorted(changes, key=lambda c: c.at):
                    modes[change.category] = change.mode
            return modes
