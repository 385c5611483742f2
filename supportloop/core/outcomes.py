"""Terminal outcomes: every customer message ends resolved, drafted, escalated or
dead-lettered — once. Outcomes are keyed by turn (``turn_key``): the ticket id for a
ticket's opening message, ``<ticket>:@<message>`` for a later one."""

from __future__ import annotations

from collections import Counter, OrderedDict, defaultdict
from dataclasses import dataclass, field

from supportloop.core import events as ev

OUTCOME_KINDS = ("resolved", "drafted", "escalated", "dead_lettered")


@dataclass(frozen=True)
class TerminalOutcome:
    ticket_id: str
    event_id: str
    category: str
    outcome: str
    latency_ms: float | None
    message_id: str | None = None

    @property
    def turn(self) -> str:
        return ev.turn_key(self.ticket_id, self.message_id)


def terminal_outcome(event: ev.Event) -> TerminalOutcome | None:
    if isinstance(event, ev.TicketResolved):
        return TerminalOutcome(
            event.ticket_id, event.event_id, event.category, event.outcome, event.latency_ms,
            event.message_id,
        )  # fmt: skip
    if isinstance(event, ev.TicketHandedOff):
        return TerminalOutcome(
            event.ticket_id, event.event_id, event.category, "escalated", event.latency_ms,
            event.message_id,
        )  # fmt: skip
    if isinstance(event, ev.DeadLettered):
        return TerminalOutcome(
            event.ticket_id, event.event_id, "unknown", "dead_lettered", None, event.message_id
        )
    return None


class RecentIds:
    """A bounded memory of ids already seen (redeliveries arrive close together)."""

    def __init__(self, capacity: int = 200_000) -> None:
        self.capacity = capacity
        self._ids: OrderedDict[str, None] = OrderedDict()

    def add(self, item: str) -> bool:
        """True if new; False if it was seen recently."""
        if item in self._ids:
            self._ids.move_to_end(item)
            return False
        self._ids[item] = None
        if len(self._ids) > self.capacity:
            self._ids.popitem(last=False)
        return True


@dataclass
class OutcomeLedger:
    """Per-message outcomes as an independent observer sees them on the terminal topics,
    keyed by turn (the ticket id for an opening message)."""

    outcomes: dict[str, TerminalOutcome] = field(default_factory=dict)
    redeliveries: int = 0
    conflicts: list[tuple[TerminalOutcome, TerminalOutcome]] = field(default_factory=list)
    # A person approved the AI's drafted action after the hand-off, and the resolver then
    # carried it out: a follow-up of the escalation, not a second answer to the ticket.
    approvals: list[TerminalOutcome] = field(default_factory=list)

    def observe(self, outcome: TerminalOutcome) -> None:
        previous = self.outcomes.get(outcome.turn)
        approved = ev.derive_event_id(
            outcome.ticket_id, ev.IdStage.APPROVED, outcome.message_id or ""
        )
        if previous is None:
            self.outcomes[outcome.turn] = outcome
        elif previous.event_id == outcome.event_id:
            self.redeliveries += 1
        elif outcome.event_id == approved:
            if all(a.event_id != outcome.event_id for a in self.approvals):
                self.approvals.append(outcome)
            else:
                self.redeliveries += 1
        else:
            self.conflicts.append((previous, outcome))

    def summary(self, categories: dict[str, str] | None = None) -> dict[str, Counter[str]]:
        """Counts per category; `categories` maps ticket id → category for dead letters."""
        table: dict[str, Counter[str]] = defaultdict(Counter)
        for outcome in self.outcomes.values():
            category = outcome.category
            if category == "unknown" and categories:
                category = categories.get(outcome.ticket_id, category)
            table[category][outcome.outcome] += 1
        return dict(table)
