"""Escalator handlers: put an escalated ticket in the right human queue, and tell the
helpdesk (an internal hand-off note, tags, an assignee) before announcing the hand-off."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from supportloop.adapters.runtime.stage import Publish
from supportloop.core import events as ev
from supportloop.core.audit_comments import effect_marker, has_marked_comment
from supportloop.core.handoff import (
    HandoffSettings,
    build_handoff_note,
    choose_assignment,
    first_response_due,
    handoff_tags,
    needs_approval,
)
from supportloop.core.routing import Route, route_escalation
from supportloop.core.topics import HANDOFFS
from supportloop.errors import ConnectorError, error_kind

log = logging.getLogger(__name__)
Doc = dict[str, Any]
NOTE_AUDIT_PAGES = 3  # audit pages read to see whether the hand-off note is already there


class HandoffDesk(Protocol):
    async def internal_note(self, ticket_id: str, body: str, key: str) -> Doc: ...
    async def ticket_audits(self, ticket_id: str, max_pages: int) -> tuple[list[Doc], bool]: ...
    # the requester of a customer's comment seen by the helpdesk webhook (their e-mail)
    async def get_user(self, user_id: str) -> Doc | None: ...
    async def add_tags(self, ticket_id: str, tags: list[str], key: str) -> Doc: ...
    async def update_ticket(
        self,
        ticket_id: str,
        key: str,
        *,
        note: str | None = None,
        tags: list[str] | None = None,
        assignee_id: int | None = None,
    ) -> Doc: ...


def route_for(escalated: ev.TicketEscalated) -> Route:
    """The resolver's reason code comes first; an action waiting for approval goes to the
    tier-3 approval queue unless a stronger route (legal, VIP, business) applies."""
    reasons = (escalated.reason, *escalated.reasons)
    if needs_approval(escalated):
        reasons += ("approval_required",)
    return route_escalation(reasons, escalated.category, escalated.tier, escalated.customer_vip)


def hand_off(escalated: ev.TicketEscalated, now: datetime) -> Sequence[Publish]:
    route = route_for(escalated)
    latency_ms = max(0.0, (now - escalated.received_at).total_seconds() * 1000)
    return [
        Publish(
            HANDOFFS,
            ev.TicketHandedOff(
                event_id=ev.derive_event_id(
                    escalated.ticket_id, ev.IdStage.HANDED_OFF, escalated.message_id or ""
                ),
                ticket_id=escalated.ticket_id,
                message_id=escalated.message_id,
                occurred_at=now,
                category=escalated.category,
                queue=route.queue,
                priority=route.priority,
                reason=escalated.reason,
                recommended_action=escalated.recommended_action,
                received_at=escalated.received_at,
                latency_ms=latency_ms,
            ),
        )
    ]


@dataclass
class HandOff:
    """The tags (they are what keeps the AI quiet), the note and the assignee reach the
    helpdesk in one ticket update with one idempotency key: all of it or none. A helpdesk
    that stays down after the connector's retries costs the note, never the hand-off: the
    queue is in the published event.

    Helpdesks keep no idempotency keys, so the note ends with its key (``effect_marker``) and
    the ticket's audits are read first: an update a worker sent before it died, or the
    partition's previous owner sent before a rebalance, is not sent again."""

    helpdesk: HandoffDesk
    settings: HandoffSettings = field(default_factory=HandoffSettings)
    clock: Callable[[], datetime] = ev.utcnow
    on_note_failure: Callable[[str], None] = lambda error: None
    # the update is still owed (``note_retry.UnpostedNotes``), or no longer
    on_unposted: Callable[[ev.TicketEscalated], None] = lambda escalated: None
    on_posted: Callable[[ev.TicketEscalated], None] = lambda escalated: None

    async def __call__(self, escalated: ev.TicketEscalated) -> Sequence[Publish]:
        now = self.clock()
        if await self.tell_helpdesk(escalated, route_for(escalated), now):
            self.on_posted(escalated)
        else:
            self.on_unposted(escalated)
        return hand_off(escalated, now)

    async def post_owed(
        self, owed: Sequence[ev.TicketEscalated], posted: Callable[[ev.TicketEscalated], None]
    ) -> int:
        """Try the owed helpdesk updates again (the escalator's timer); each one posted is
        passed to ``posted``. The due time is the one the first attempt gave."""
        done = 0
        for escalated in owed:
            first_attempt = max(escalated.occurred_at, escalated.received_at)
            if await self.tell_helpdesk(escalated, route_for(escalated), first_attempt):
                posted(escalated)
                done += 1
        return done

    async def tell_helpdesk(
        self, escalated: ev.TicketEscalated, route: Route, now: datetime
    ) -> bool:
        ticket = escalated.ticket_id
        due = first_response_due(route.priority, now, self.settings)
        assignment = choose_assignment(route.queue, self.settings)
        key = f"{escalated.turn}:handoff"  # each turn's hand-off note is its own
        note = build_handoff_note(escalated, route, due, self.settings.approve_tag)
        try:
            audits, _ = await self.helpdesk.ticket_audits(ticket, NOTE_AUDIT_PAGES)
            if has_marked_comment(audits, key, public=False):
                return True
            await self.helpdesk.update_ticket(
                ticket,
                key,
                note=f"{note}\n\n{effect_marker(key)}",
                tags=handoff_tags(route, self.settings),
                assignee_id=None if assignment is None else assignment.assignee_id,
            )
        except ConnectorError as error:
            log.warning("hand-off note for %s not posted: %s", ticket, error_kind(error))
            self.on_note_failure(type(error).__name__)
            return False
        return True
