from __future__ import annotations

from collections.abc import Sequence

from services_fakes import FakeDesk

from services.resolver.handler import make_handler, reply_blocker_for
from supportloop.core import events as ev
from supportloop.core.resolution import Mode
from tests.unit.foundation.fakes import received

DRAFT = "Your refund of $20.00 is on its way."


def classified() -> ev.TicketClassified:
    r = received("T-9")
    return ev.TicketClassified(
        event_id="c",
        ticket_id=r.ticket_id,
        ticket=r.ticket,
        received_at=r.received_at,
        category="refund_request",
        tier=2,
        confidence=0.9,
        escalate=False,
        classifier="test",
        model_version="test",
    )


class DecidingWorkflow:
    """Decides refund_order; with autonomy off it escalates like the real workflow."""

    def __init__(self) -> None:
        self.modes: list[str] = []

    async def handle(self, event: ev.TicketClassified, mode: Mode) -> Sequence[ev.EventBase]:
        self.modes.append(mode)
        if mode == "off":
            return [
                ev.TicketEscalated(
                    event_id="esc",
                    ticket_id=event.ticket_id,
                    category=event.category,
                    tier=event.tier,
                    stage="resolver",
                    reason="autonomy_off",
                    recommended_action="refund_order",
                    draft_reply=DRAFT,
                    received_at=event.received_at,
                )
            ]
        return [
            ev.TicketResolved(
                event_id="res",
                ticket_id=event.ticket_id,
                category=event.category,
                mode="live",
                outcome="resolved",
                reply=DRAFT,
                rule_id="r",
                rule_version="1",
                received_at=event.received_at,
                latency_ms=1.0,
            )
        ]


async def _handle(
    desk: FakeDesk, mode: str = "live"
) -> tuple[list[ev.EventBase], list[str], list[str]]:
    workflow = DecidingWorkflow()
    remembered: list[str] = []
    handle = make_handler(
        workflow,
        lambda category: mode,
        reply_blocker_for(desk),
        lambda c, e: remembered.append(e.reason),
    )
    event = classified()
    desk.ticket(event.ticket_id)
    outputs = await handle(event)
    return [o.event for o in outputs], workflow.modes, remembered


async def test_a_live_ticket_nobody_owns_is_resolved() -> None:
    events, modes, remembered = await _handle(FakeDesk())
    assert modes == ["live"] and [type(e) for e in events] == [ev.TicketResolved]
    assert remembered == []


async def test_a_ticket_tagged_as_handed_off_is_escalated_without_a_reply() -> None:
    desk = FakeDesk()
    ticket_id = classified().ticket_id
    desk.ticket(ticket_id)["tags"] = ["supportloop_handoff"]
    [event], modes, remembered = await _handle(desk)
    assert modes == ["off"]  # decided without any side effect
    assert isinstance(event, ev.TicketEscalated)
    assert (event.reason, event.recommended_action, event.draft_reply) == (
        "handed_off",
        "refund_order",
        DRAFT,
    )
    assert event.reasons == ("a person owns this ticket on the helpdesk: the AI does not reply",)
    assert remembered == ["handed_off"]
    assert desk.writes == {}


async def test_a_solved_ticket_is_ours_and_an_unreachable_helpdesk_holds_back() -> None:
    desk = FakeDesk()
    desk.ticket(classified().ticket_id)["status"] = "solved"  # our reply, before a redelivery
    [ours], modes, _ = await _handle(desk)
    assert modes == ["live"] and isinstance(ours, ev.TicketResolved)
    down = FakeDesk()
    down.down = True
    [unknown], _, _ = await _handle(down)
    assert isinstance(unknown, ev.TicketEscalated) and unknown.reason == "helpdesk_unavailable"


async def test_shadow_mode_never_asks_the_helpdesk() -> None:
    desk = FakeDesk()
    desk.down = True
    events, modes, _ = await _handle(desk, mode="shadow")
    assert modes == ["shadow"] and [type(e) for e in events] == [ev.TicketResolved]
