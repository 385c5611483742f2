"""First-response SLAs of hand-offs and the re-notifications a breach calls for.

A hand-off breaches level k when the time since it was handed off reaches
``renotify_multiples[k-1]`` × the priority's target. Each level is re-notified at most once:
a hand-off re-notified at level k is due again only when it reaches a higher level. A check
that finds a hand-off several levels late re-notifies once, at the highest level reached.
Answered hand-offs (a first human response) never re-notify.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from supportloop.core import events as ev
from supportloop.core.handoff.settings import HandoffSettings
from supportloop.core.metrics.weeks import as_utc
from supportloop.core.routing import Priority


class OpenHandoff(ev.Frozen):
    ticket_id: str
    category: str
    queue: str
    priority: Priority
    handed_off_at: datetime
    notified_level: int = 0
    first_response_at: datetime | None = None

    @classmethod
    def of(cls, handed_off: ev.TicketHandedOff) -> OpenHandoff:
        return cls(
            ticket_id=handed_off.ticket_id,
            category=handed_off.category,
            queue=handed_off.queue,
            priority=handed_off.priority,
            handed_off_at=handed_off.occurred_at,
        )


@dataclass(frozen=True)
class Renotification:
    ticket_id: str
    queue: str
    priority: Priority
    level: int
    due_at: datetime
    overdue: timedelta  # now minus due_at

    @property
    def idempotency_key(self) -> str:
        return f"{self.ticket_id}:renotify:{self.level}"


def first_response_target(priority: Priority, settings: HandoffSettings | None = None) -> timedelta:
    s = settings or HandoffSettings()
    return timedelta(minutes=s.sla_first_response_minutes[priority])


def first_response_due(
    priority: Priority, handed_off_at: datetime, settings: HandoffSettings | None = None
) -> datetime:
    return as_utc(handed_off_at) + first_response_target(priority, settings)


def breach_level(
    handoff: OpenHandoff, now: datetime, settings: HandoffSettings | None = None
) -> int:
    """0 while within the SLA (or once answered); else the highest level reached."""
    s = settings or HandoffSettings()
    if handoff.first_response_at is not None:
        return 0
    elapsed = as_utc(now) - as_utc(handoff.handed_off_at)
    target = first_response_target(handoff.priority, s)
    return sum(1 for multiple in s.renotify_multiples if elapsed >= target * multiple)


def due_renotifications(
    open_handoffs: Iterable[OpenHandoff], now: datetime, settings: HandoffSettings | None = None
) -> list[Renotification]:
    """The re-notifications to send now, most overdue first."""
    s = settings or HandoffSettings()
    due = []
    for handoff in open_handoffs:
        level = breach_level(handoff, now, s)
        if level <= handoff.notified_level:
            continue
        target = first_response_target(handoff.priority, s)
        due_at = as_utc(handoff.handed_off_at) + target * s.renotify_multiples[level - 1]
        due.append(
            Renotification(
                handoff.ticket_id,
                handoff.queue,
                handoff.priority,
                level,
                due_at,
                as_utc(now) - due_at,
            )
        )
    return sorted(due, key=lambda r: (-r.overdue, r.ticket_id))


class HandoffTracker:
    """Open hand-offs until their first human response (in memory; a service may instead
    keep ``OpenHandoff`` values in a table and call the functions above)."""

    def __init__(self, settings: HandoffSettings | None = None) -> None:
        self.settings = settings or HandoffSettings()
        self._open: dict[str, OpenHandoff] = {}

    def __len__(self) -> int:
        return len(self._open)

    def get(self, ticket_id: str) -> OpenHandoff | None:
        return self._open.get(ticket_id)

    def open(self, handed_off: ev.TicketHandedOff) -> OpenHandoff:
        existing = self._open.get(handed_off.ticket_id)
        if existing is not None:  # redelivery keeps its notification state
            return existing
        handoff = self._open[handed_off.ticket_id] = OpenHandoff.of(handed_off)
        return handoff

    def respond(self, outcome: ev.HumanOutcome) -> float | None:
        """Seconds to the first human response, when this outcome is it; closes the hand-off."""
        if outcome.kind != "agent_reply" or not (outcome.reply or "").strip():
            return None
        handoff = self._open.pop(outcome.ticket_id, None)
        if handoff is None:
            return None
        return max(
            0.0, (as_utc(outcome.occurred_at) - as_utc(handoff.handed_off_at)).total_seconds()
        )

    def due(self, now: datetime) -> list[Renotification]:
        return due_renotifications(self._open.values(), now, self.settings)

    def mark_notified(self, renotification: Renotification) -> None:
        handoff = self._open.get(renotification.ticket_id)
        if handoff is not None and renotification.level > handoff.notified_level:
            self._open[handoff.ticket_id] = handoff.model_copy(
                update={"notified_level": renotification.level}
            )
