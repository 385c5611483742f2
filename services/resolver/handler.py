"""Resolver handler: run the policy workflow in the category's current autonomy mode, and
never let the AI reply on a ticket a person owns."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from typing import Protocol

from supportloop.adapters.runtime.stage import Handler, Publish
from supportloop.core import events as ev
from supportloop.core.handoff import HandoffSettings, ai_may_reply, ticket_state
from supportloop.core.resolution import Mode
from supportloop.core.resolution.ports import Helpdesk
from supportloop.errors import ConnectorError

# Why a live ticket was held back from an AI reply (the TicketEscalated reason).
HANDED_OFF = "handed_off"
HELPDESK_UNAVAILABLE = "helpdesk_unavailable"
_HOLD_BACK_DETAILS = {
    HANDED_OFF: "a person owns this ticket on the helpdesk: the AI does not reply",
    HELPDESK_UNAVAILABLE: "the helpdesk could not say whether a person owns the ticket",
}

ReplyBlocker = Callable[[str], Awaitable[str | None]]
Remember = Callable[[ev.TicketClassified, ev.TicketEscalated], object]


class Workflow(Protocol):
    async def handle(
        self, classified: ev.TicketClassified, mode: Mode
    ) -> Sequence[ev.EventBase]: ...


def to_publish(events: Sequence[ev.EventBase]) -> list[Publish]:
    return [Publish.of(event) for event in events]


def reply_blocker_for(helpdesk: Helpdesk, settings: HandoffSettings | None = None) -> ReplyBlocker:
    """None when the AI may reply; else why not.

    Only the hand-off tag blocks, not a solved status: a customer's new message reopens a
    solved ticket, so a ticket still solved when its event is handled was solved by our own
    reply before a redelivery — and holding that one back would turn a resolved ticket
    into an escalated one.
    """
    s = settings or HandoffSettings()

    async def blocker(ticket_id: str) -> str | None:
        try:
            state = ticket_state(await helpdesk.get_ticket(ticket_id))
        except ConnectorError:
            return HELPDESK_UNAVAILABLE
        return None if ai_may_reply(replace(state, status=None), s) else HANDED_OFF

    return blocker


def held_back(events: Sequence[ev.EventBase], reason: str) -> list[ev.EventBase]:
    """The workflow ran with autonomy off (decide, no side effect); say why instead."""
    return [
        event.model_copy(update={"reason": reason, "reasons": (_HOLD_BACK_DETAILS[reason],)})
        if isinstance(event, ev.TicketEscalated) and event.reason == "autonomy_off"
        else event
        for event in events
    ]


def shadow_if_abstained(classified: ev.TicketClassified, mode: Mode) -> Mode:
    """A ticket below its category's live threshold is drafted for an agent, never acted
    on: a live category handles it as shadow (off and paused stay as they are)."""
    return "shadow" if classified.abstained and mode == "live" else mode


def make_handler(
    workflow: Workflow,
    mode_of: Callable[[str], Mode],
    reply_blocker: ReplyBlocker | None = None,
    remember: Remember | None = None,
    on_abstained: Callable[[str], object] | None = None,
) -> Handler[ev.TicketClassified]:
    async def handle(classified: ev.TicketClassified) -> Sequence[Publish]:
        mode = shadow_if_abstained(classified, mode_of(classified.category))
        if classified.abstained and on_abstained is not None:
            on_abstained(classified.category)
        blocked = None
        if mode == "live" and reply_blocker is not None:
            blocked = await reply_blocker(classified.ticket_id)
        if blocked is None:
            events = list(await workflow.handle(classified, mode))
        else:
            events = held_back(await workflow.handle(classified, "off"), blocked)
        if remember is not None:
            for item in events:
                if isinstance(item, ev.TicketEscalated):
                    remember(classified, item)
        return to_publish(events)

    return handle
