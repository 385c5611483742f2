"""After the hand-off: first-response SLAs (and re-notifying breaches) and the review of what
the human did against what the AI proposed.

Both keep per-ticket state in a mapping keyed by ticket id bytes — a Faust ticket table in
the service, a dict in tests — written only while handling that ticket's event.

Their entries expire ``SUPPORTLOOP_STATE_TTL_DAYS`` after their last write, like every ticket
table's, and are counted as open when they do: a hand-off nobody answered in that time is no
longer watched (its last breach level was sent days before), a review never joined to a
person's outcome is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, MutableMapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from services.escalator.handler import NOTE_AUDIT_PAGES, HandoffDesk
from supportloop.adapters.runtime.stage import Publish
from supportloop.core import events as ev
from supportloop.core.audit_comments import effect_marker, has_marked_comment
from supportloop.core.autonomy import PendingReview, RolloutSettings, advance, pending_review
from supportloop.core.handoff import (
    HandoffSettings,
    OpenHandoff,
    Renotification,
    due_renotifications,
)
from supportloop.core.metrics.weeks import as_utc
from supportloop.core.topics import REVIEWS
from supportloop.errors import ConnectorError, error_kind

log = logging.getLogger(__name__)
Table = MutableMapping[bytes, bytes]
SLA_BREACH_TAG = "supportloop_sla_breached"


class SlaWatch:
    """Open hand-offs until a person first answers, each with the highest breach level
    already re-notified (``OpenHandoff.notified_level``), in the table: a restarted worker,
    or the one a rebalance gives the ticket to, reads the level back from the changelog and
    does not send a level again. The re-notification timer writes the level outside any
    event, which a service's ticket tables allow (``changelogs.ticket_table``).
    """

    def __init__(self, table: Table, settings: HandoffSettings | None = None) -> None:
        self.table = table
        self.settings = settings or HandoffSettings()

    def observe(self, event: ev.Event) -> float | None:
        """Seconds to the first human response, when this event is it."""
        if isinstance(event, ev.TicketHandedOff):
            key = event.ticket_id.encode()
            if self.table.get(key) is None:  # a redelivery keeps the first hand-off time
                self.table[key] = OpenHandoff.of(event).model_dump_json().encode()
            return None
        if not isinstance(event, ev.HumanOutcome) or event.kind != "agent_reply":
            return None
        key = event.ticket_id.encode()
        raw = self.table.get(key)
        if raw is None:
            return None
        handoff = OpenHandoff.model_validate_json(raw)
        replied = bool((event.reply or "").strip())
        if not replied and event.resolved_by != "human":
            return None
        del self.table[key]
        if not replied:  # solved without a word to the customer: closed, not answered
            return None
        return max(0.0, (as_utc(event.occurred_at) - as_utc(handoff.handed_off_at)).total_seconds())

    def open_handoffs(self) -> list[OpenHandoff]:
        return [OpenHandoff.model_validate_json(raw) for raw in list(self.table.values())]

    def due(self, now: datetime) -> list[Renotification]:
        return due_renotifications(self.open_handoffs(), now, self.settings)

    def mark_notified(self, renotification: Renotification) -> None:
        """Keep the level sent. Read and written with no await between: a reply handled
        while the note was being sent has removed the entry, and it stays removed."""
        key = renotification.ticket_id.encode()
        raw = self.table.get(key)
        if raw is None:
            return
        handoff = OpenHandoff.model_validate_json(raw)
        if renotification.level <= handoff.notified_level:
            return
        updated = handoff.model_copy(update={"notified_level": renotification.level})
        self.table[key] = updated.model_dump_json().encode()


def renotification_note(renotification: Renotification) -> str:
    overdue_min = int(renotification.overdue.total_seconds() // 60)
    return (
        f"**SupportLoop SLA breach** (level {renotification.level}) · queue: "
        f"{renotification.queue} · priority: {renotification.priority}\n\n"
        f"First response was due {as_utc(renotification.due_at):%Y-%m-%d %H:%M} UTC"
        f" ({overdue_min} min ago). The customer is still waiting for a person."
    )


async def renotify(
    helpdesk: HandoffDesk,
    due: Iterable[Renotification],
    mark: Callable[[Renotification], None],
    on_breach: Callable[[Renotification], None],
) -> int:
    """One internal note and breach tags per level; a failed one is retried at the next check."""
    sent = 0
    for item in due:
        tags = [SLA_BREACH_TAG, f"{SLA_BREACH_TAG}_{item.level}"]
        key = item.idempotency_key
        try:
            await helpdesk.add_tags(item.ticket_id, tags, f"{key}:tags")  # a set: no repeat
            # posted before a crash that lost the mark: the note names its key, read it back
            audits, _ = await helpdesk.ticket_audits(item.ticket_id, NOTE_AUDIT_PAGES)
            if not has_marked_comment(audits, key, public=False):
                note = f"{renotification_note(item)}\n\n{effect_marker(key)}"
                await helpdesk.internal_note(item.ticket_id, note, key)
        except ConnectorError as error:
            log.warning("re-notification of %s failed: %s", item.ticket_id, error_kind(error))
            continue
        mark(item)
        on_breach(item)
        sent += 1
    return sent


class ReviewBook:
    """Table-backed ``ReviewJoin``: what the AI proposed, until the human's outcome."""

    def __init__(self, table: Table, settings: RolloutSettings | None = None) -> None:
        self.table = table
        self.settings = settings or RolloutSettings()

    def observe(self, event: ev.Event) -> list[ev.DraftReviewed | ev.EscalationReviewed]:
        key = event.ticket_id.encode()
        if isinstance(event, ev.HumanOutcome):
            raw = self.table.get(key)
            if raw is None:
                return []
            still, review = advance(PendingReview.model_validate_json(raw), event, self.settings)
            if still is None:
                del self.table[key]
            else:
                self.table[key] = still.model_dump_json().encode()
            return [review] if review is not None else []
        waiting = pending_review(event)
        if waiting is not None and self.table.get(key) is None:
            self.table[key] = waiting.model_dump_json().encode()
        return []


@dataclass
class FollowUp:
    sla: SlaWatch
    reviews: ReviewBook
    on_first_response: Callable[[float], None] = field(default=lambda seconds: None)

    async def __call__(self, event: ev.Event) -> Sequence[Publish]:
        seconds = self.sla.observe(event)
        if seconds is not None:
            self.on_first_response(seconds)
        return [Publish(REVIEWS, review) for review in self.reviews.observe(event)]
