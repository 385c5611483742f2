from __future__ import annotations

from services_fakes import FakeDesk

from services.escalator.handler import HandOff, route_for
from services.escalator.note_retry import UnpostedNotes
from supportloop.core import events as ev
from supportloop.core.handoff import Assignment, HandoffSettings
from supportloop.core.topics import HANDOFFS
from tests.unit.autonomy.autonomy_events import at, escalated

FACTS: dict[str, ev.FactValue] = {"order_id": "1001", "refund_amount": 250.0}


def _above_cap() -> ev.TicketEscalated:
    return escalated(
        "T1",
        "refund_request",
        at(0),
        draft="Refund of $250.00 on its way.",
        facts=dict(FACTS),
        reasons=("refund_amount is at most 100 (actual: 250.0)",),
    )


def _hand_off(desk: FakeDesk, **settings: object) -> tuple[HandOff, list[str]]:
    failures: list[str] = []
    handler = HandOff(
        desk,
        HandoffSettings.model_validate(settings),
        clock=lambda: at(0, minutes=2),
        on_note_failure=failures.append,
    )
    return handler, failures


async def test_hand_off_posts_note_tags_and_assignee_then_publishes() -> None:
    desk = FakeDesk()
    handler, failures = _hand_off(desk, assignments={"tier3_approval": Assignment(assignee_id=77)})
    [output] = await handler(_above_cap())
    assert output.topic is HANDOFFS
    event = output.event
    assert isinstance(event, ev.TicketHandedOff)
    assert (event.queue, event.priority, event.latency_ms) == (
        "tier3_approval",
        "normal",
        120_000.0,
    )
    # one ticket update carries the tags, the note and the assignee
    assert list(desk.writes) == ["T1:handoff"]
    kind, ticket, update = desk.writes["T1:handoff"]
    assert (kind, ticket, update["assignee_id"]) == ("ticket_update", "T1", 77)
    assert update["tags"] == [
        "supportloop_handoff",
        "supportloop_queue_tier3_approval",
        "supportloop_priority_normal",
    ]
    note = update["note"]
    assert "**Recommended action:** refund_order" in note
    assert "> Refund of $250.00 on its way." in note
    assert "| refund_amount | 250.0 |" in note
    assert "First response due by 2025-03-03 04:02 UTC" in note  # normal: 240 minutes
    assert failures == []


async def test_a_second_delivery_writes_nothing_new() -> None:
    """The escalator's dedupe table is not there (a worker killed after posting, before its
    table reached the changelog; a rebalance): the note already on the ticket, found by its
    key in the audits, is not posted again, though the second note would say a later time."""
    desk = FakeDesk()
    handler, _ = _hand_off(desk)
    first = await handler(_above_cap())
    later, _ = _hand_off(desk)
    later.clock = lambda: at(0, minutes=9)
    second = await later(_above_cap())
    assert [o.event.event_id for o in first] == [o.event.event_id for o in second]
    assert desk.kinds("T1") == ["ticket_update"] and desk.repeated() == []
    update = desk.writes["T1:handoff"][2]
    assert update["assignee_id"] is None  # no assignment configured
    assert update["note"].endswith("\n\nSupportLoop ref: T1:handoff")


async def test_each_turns_hand_off_note_is_its_own() -> None:
    desk = FakeDesk()
    handler, _ = _hand_off(desk)
    await handler(_above_cap())
    await handler(_above_cap().model_copy(update={"message_id": "m2"}))
    assert sorted(desk.writes) == ["T1:@m2:handoff", "T1:handoff"] and desk.repeated() == []


async def test_helpdesk_down_still_hands_off_and_counts_the_failure() -> None:
    desk = FakeDesk()
    desk.down = True
    handler, failures = _hand_off(desk)
    [output] = await handler(_above_cap())
    assert isinstance(output.event, ev.TicketHandedOff)
    assert output.event.queue == "tier3_approval"
    assert failures == ["ConnectorUnavailable"]
    assert desk.writes == {}


def _tier2(event: ev.TicketEscalated) -> ev.TicketEscalated:
    return event.model_copy(update={"tier": 2})


def test_routing_reads_the_reason_code_and_sends_approvals_to_tier3() -> None:
    legal = escalated("T2", "legal", at(0), reason="legal:lawsuit", recommended="route_to_legal")
    assert (route_for(legal).queue, route_for(legal).priority) == ("legal", "urgent")
    human = _tier2(escalated("T3", "wismo", at(0), reason="human_request", recommended="x"))
    assert (route_for(human).queue, route_for(human).priority) == ("general", "high")
    assert route_for(_tier2(_above_cap())).queue == "tier3_approval"
    vip = escalated("T4", "refund_request", at(0), vip=True)
    assert route_for(vip).queue == "vip"  # VIP outranks the approval queue
    no_effect = _tier2(escalated("T5", "wismo", at(0), recommended="reply_with_status"))
    assert route_for(no_effect).queue == "general"  # nothing to approve


async def test_a_note_the_helpdesk_refused_is_posted_once_it_answers() -> None:
    """Helpdesk down through the connector's retries: the hand-off goes out with its queue and
    the update is owed; the timer posts it once the helpdesk is back, once, keeping the due
    time of the first attempt, and nothing is owed after that."""
    desk = FakeDesk()
    owed = UnpostedNotes({})
    handler = HandOff(
        desk,
        HandoffSettings(),
        clock=lambda: at(0, minutes=2),
        on_unposted=owed.owe,
        on_posted=owed.posted,
    )
    desk.down = True
    [output] = await handler(_above_cap())
    assert isinstance(output.event, ev.TicketHandedOff) and desk.log == []
    second_turn = _above_cap().model_copy(update={"message_id": "m2"})
    await handler(second_turn)
    assert [e.turn for e in owed.owed()] == ["T1", "T1:@m2"]
    assert await handler.post_owed(owed.owed(), owed.posted) == 0  # still down: still owed
    assert len(owed.owed()) == 2
    desk.down = False
    assert await handler.post_owed(owed.owed(), owed.posted) == 2
    assert owed.owed() == [] and owed.table == {}
    assert sorted(desk.writes) == ["T1:@m2:handoff", "T1:handoff"] and desk.repeated() == []
    assert "First response due by" in desk.writes["T1:handoff"][2]["note"]
    # a redelivered escalation finds its note on the ticket: nothing posted, nothing owed
    await handler(_above_cap())
    assert desk.repeated() == [] and owed.owed() == []
