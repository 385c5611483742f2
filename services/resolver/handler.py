"""Resolver handler: run the policy workflow in the category's current autonomy mode, and
never let the AI reply on a ticket a person owns."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import replace
from typing import Protocol, cast

from supportloop.adapters.runtime.stage import Handler, Publish
from supportloop.core import events as ev
from supportloop.core.handoff import HandoffSettings, ai_may_reply, ticket_state
from supportloop.core.handoff.guard import ai_resumed
from supportloop.core.resolution import Mode
from supportloop.core.resolution.extract import order_reference
from supportloop.core.resolution.ports import Clock, Helpdesk, SystemClock
from supportloop.core.resolution.thread import (
    AI_TURN_LIMIT,
    DEFAULT_MAX_AI_TURNS,
    FOLLOW_UP_DISPUTE,
    HUMAN_OWNED,
    Thread,
    follow_up_escalation,
)
from supportloop.errors import ConnectorError

# Why a live ticket was held back from an AI reply (the TicketEscalated reason).
HANDED_OFF = "handed_off"
HELPDESK_UNAVAILABLE = "helpdesk_unavailable"
_HOLD_BACK_DETAILS = {
    HANDED_OFF: "a person owns this ticket on the helpdesk: the AI does not reply",
    HELPDESK_UNAVAILABLE: "the helpdesk could not say whether a person owns the ticket",
    HUMAN_OWNED: "a person took this ticket on an earlier turn: the AI does not reply; "
    "this message is noted for the agent",
    FOLLOW_UP_DISPUTE: "the customer disputes what the AI did on an earlier turn",
    AI_TURN_LIMIT: "too many AI turns on this ticket",
}
ThreadOf = Callable[[ev.TicketClassified], Awaitable[Thread]]
AiResumed = Callable[[str], Awaitable[bool]]
AGENT_REPLIED = "agent_replied"  # ledger entry "<ticket>:agent_replied"


class Ledger(Protocol):
    async def get(self, key: str) -> dict[str, object] | None: ...
    async def record(self, key: str, value: dict[str, object]) -> None: ...


def thread_of_for(
    history: Callable[[str], Mapping[str, Sequence[Publish]]], ledger: Ledger
) -> ThreadOf:
    """The conversation before a message: what the resolver published for the ticket's
    earlier messages (its dedupe record) and whether an agent replied (the ledger)."""

    async def thread_of(classified: ev.TicketClassified) -> Thread:
        turns = {
            message: [output.event for output in outputs]
            for message, outputs in history(classified.ticket_id).items()
        }
        replied = await ledger.get(f"{classified.ticket_id}:{AGENT_REPLIED}") is not None
        return Thread.of(turns, classified.message_id, replied)

    return thread_of


async def note_agent_reply(ledger: Ledger, event: ev.Event) -> bool:
    """An agent's public reply (or a person solving the ticket) seen through the helpdesk
    webhook: the ticket is a person's now, for every later customer message."""
    if not isinstance(event, ev.HumanOutcome) or event.kind != "agent_reply":
        return False
    if not (event.reply or "").strip() and event.resolved_by != "human":
        return False
    await ledger.record(
        f"{event.ticket_id}:{AGENT_REPLIED}",
        {"agent": event.agent, "at": event.occurred_at.isoformat(), "event_id": event.event_id},
    )
    return True


def ai_resumed_for(helpdesk: Helpdesk, settings: HandoffSettings | None = None) -> AiResumed:
    """True when an agent put the resume tag on the ticket; a helpdesk that does not answer
    keeps the ticket with the person (fail closed)."""

    async def resumed(ticket_id: str) -> bool:
        try:
            return ai_resumed(ticket_state(await helpdesk.get_ticket(ticket_id)), settings)
        except ConnectorError:
            return False

    return resumed


ReplyBlocker = Callable[[str], Awaitable[str | None]]
Remember = Callable[[ev.TicketClassified, ev.TicketEscalated], object]


class Workflow(Protocol):
    async def handle(
        self, classified: ev.TicketClassified, mode: Mode
    ) -> Sequence[ev.EventBase]: ...


class ThreadAwareWorkflow(Protocol):
    async def handle(
        self,
        classified: ev.TicketClassified,
        mode: Mode,
        thread: Mapping[str, ev.FactValue] | None = None,
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


def held_back(
    events: Sequence[ev.EventBase], reason: str, detail: str | None = None
) -> list[ev.EventBase]:
    """The workflow ran with autonomy off (decide, no side effect); say why instead."""
    return [
        event.model_copy(
            update={"reason": reason, "reasons": (detail or _HOLD_BACK_DETAILS[reason],)}
        )
        if isinstance(event, ev.TicketEscalated) and event.reason == "autonomy_off"
        else event
        for event in events
    ]


def to_person(events: Sequence[ev.EventBase], reason: str, detail: str) -> list[ev.EventBase]:
    """The workflow ran with autonomy off; this turn goes to a person for ``reason``, whatever
    the policy would have said (kept in the reasons for the agent)."""
    return [
        event.model_copy(
            update={
                "reason": reason,
                "reasons": (
                    detail,
                    *(
                        []
                        if event.reason == "autonomy_off"
                        else [f"policy: {event.reason}", *event.reasons]
                    ),
                ),
            }
        )
        if isinstance(event, ev.TicketEscalated)
        else event
        for event in events
    ]


def about_the_threads_order(classified: ev.TicketClassified, thread: Thread) -> ev.TicketClassified:
    """ "Change the address on that order": a follow-up naming no order is about the order
    the conversation is about, not whichever order the customer placed last."""
    ticket = classified.ticket
    if ticket.order_id or thread.order_id is None or order_reference(ticket.text):
        return classified
    return classified.model_copy(
        update={"ticket": ticket.model_copy(update={"order_id": thread.order_id})}
    )


def answering_our_question(
    classified: ev.TicketClassified,
    thread: Thread,
    mode: Mode,
    mode_of: Callable[[str], Mode],
) -> tuple[ev.TicketClassified, Mode]:
    """ "Just the candle, please" after the AI asked which items: the answer continues the
    request it asked about (that category, its mode), whatever the classifier made of a
    short reply. A guardrail's escalation stands; a message held back stays held."""
    asked = thread.awaiting_answer()
    if asked is None or classified.escalate or asked == classified.category:
        return classified, mode
    continued = classified.model_copy(update={"category": asked, "abstained": False})
    return continued, mode if mode == "off" else mode_of(asked)


def with_thread(
    events: Sequence[ev.EventBase], thread: Thread, facts: Mapping[str, ev.FactValue]
) -> list[ev.EventBase]:
    """A later turn that goes to a person carries the thread: what each earlier turn was
    and what the AI already did, in the reasons (the hand-off note lists them) and facts."""
    if not thread.turns and not thread.agent_replied:
        return list(events)
    return [
        event.model_copy(
            update={
                "reasons": (*event.reasons, *thread.summary()),
                "facts": {**event.facts, **facts},
            }
        )
        if isinstance(event, ev.TicketEscalated)
        else event
        for event in events
    ]


def shadow_if_abstained(classified: ev.TicketClassified, mode: Mode) -> Mode:
    """A ticket below its category's live threshold is drafted for an agent, never acted
    on: a live category handles it as shadow (off and paused stay as they are)."""
    return "shadow" if classified.abstained and mode == "live" else mode


def make_handler(
    workflow: Workflow | ThreadAwareWorkflow,
    mode_of: Callable[[str], Mode],
    reply_blocker: ReplyBlocker | None = None,
    remember: Remember | None = None,
    on_abstained: Callable[[str], object] | None = None,
    thread_of: ThreadOf | None = None,
    ai_resumed: AiResumed | None = None,
    max_ai_turns: int = DEFAULT_MAX_AI_TURNS,
    clock: Clock | None = None,
) -> Handler[ev.TicketClassified]:
    """``thread_of`` (the conversation before this message) makes the handler turn-aware:
    the workflow gets the thread's facts, a ticket a person owns is held back (unless
    ``ai_resumed`` says an agent gave it back), and a disputing follow-up or one past
    ``max_ai_turns`` goes to a person with the thread."""
    now = (clock or SystemClock()).now

    async def decide(classified: ev.TicketClassified, mode: Mode) -> list[ev.EventBase]:
        if thread_of is None:
            return list(await workflow.handle(classified, mode))
        thread = await thread_of(classified)
        classified = about_the_threads_order(classified, thread)
        classified, mode = answering_our_question(classified, thread, mode, mode_of)
        facts = thread.facts(now())
        live = cast(ThreadAwareWorkflow, workflow)
        blocked: tuple[str, str] | None = None
        if mode == "live":
            if thread.human_owned and not (ai_resumed and await ai_resumed(classified.ticket_id)):
                blocked = (HUMAN_OWNED, _HOLD_BACK_DETAILS[HUMAN_OWNED])
            else:
                # the message itself: a reply's subject repeats the opening one ("Re: …")
                blocked = follow_up_escalation(thread, classified.ticket.body, max_ai_turns)
        if blocked is None:
            events = list(await live.handle(classified, mode, facts))
        else:
            events = to_person(await live.handle(classified, "off", facts), *blocked)
        return with_thread(events, thread, facts)

    async def handle(classified: ev.TicketClassified) -> Sequence[Publish]:
        mode = shadow_if_abstained(classified, mode_of(classified.category))
        if classified.abstained and on_abstained is not None:
            on_abstained(classified.category)
        blocked = None
        if mode == "live" and reply_blocker is not None:
            blocked = await reply_blocker(classified.ticket_id)
        if blocked is None:
            events = await decide(classified, mode)
        else:
            events = held_back(await decide(classified, "off"), blocked)
        if remember is not None:
            for item in events:
                if isinstance(item, ev.TicketEscalated):
                    remember(classified, item)
        return to_publish(events)

    return handle
