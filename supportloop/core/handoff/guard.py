"""The one rule that keeps the AI quiet: no AI reply on a ticket once it is handed off."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from supportloop.core.handoff.settings import HandoffSettings

CLOSED_STATUSES = frozenset({"solved", "closed"})


@dataclass(frozen=True)
class TicketState:
    handed_off: bool = False  # the pipeline saw a TicketHandedOff for the ticket
    status: str | None = None  # helpdesk status, lower case
    tags: frozenset[str] = frozenset()


def ai_may_reply(state: TicketState, settings: HandoffSettings | None = None) -> bool:
    """False once handed off (by our event or the helpdesk's hand-off tag) or closed, until
    an agent gives the ticket back with the resume tag."""
    s = settings or HandoffSettings()
    if s.ai_resume_tag in state.tags:
        return state.status not in CLOSED_STATUSES
    if state.handed_off or s.handoff_tag in state.tags:
        return False
    return state.status not in CLOSED_STATUSES


def ai_resumed(state: TicketState, settings: HandoffSettings | None = None) -> bool:
    """An agent gave the ticket back to the AI (the resume tag is on it)."""
    return (settings or HandoffSettings()).ai_resume_tag in state.tags


def ticket_state(
    helpdesk_ticket: Mapping[str, Any] | None, handed_off: bool = False
) -> TicketState:
    """From a Zendesk-shaped ticket document (``status``, ``tags``); None = unknown ticket."""
    if helpdesk_ticket is None:
        return TicketState(handed_off=handed_off)
    status = helpdesk_ticket.get("status")
    tags = helpdesk_ticket.get("tags") or ()
    return TicketState(
        handed_off=handed_off,
        status=str(status).lower() if status else None,
        tags=frozenset(str(t) for t in tags),
    )
