from __future__ import annotations

from services_fakes import FakeDesk

from services.escalator.follow_up import FollowUp, ReviewBook, SlaWatch, renotify
from supportloop.core import events as ev
from supportloop.core.handoff import HandoffSettings, Renotification
from supportloop.core.topics import REVIEWS
from tests.unit.autonomy.autonomy_events import at, drafted, escalated, handed_off, outcome

SETTINGS = HandoffSettings(sla_first_response_minutes={"normal": 10.0})


def test_first_public_reply_closes_the_clock_and_measures_it() -> None:
    table: dict[bytes, bytes] = {}
    sla = SlaWatch(table, SETTINGS)
    assert sla.observe(handed_off("T1", "refund_request", at(0))) is None
    assert sla.observe(handed_off("T1", "refund_request", at(0, minutes=5))) is None  # redelivery
    assert sla.observe(outcome("T1", "approval", at(0, minutes=6))) is None
    assert sla.observe(outcome("T1", "agent_reply", at(0, minutes=7), reply="On it.")) == 420.0
    assert table == {}
    assert sla.observe(outcome("T1", "agent_reply", at(0, minutes=8), reply="Again")) is None


def test_solved_without_a_reply_closes_without_a_first_response() -> None:
    sla = SlaWatch({}, SETTINGS)
    sla.observe(handed_off("T1", "wismo", at(0)))
    assert sla.observe(outcome("T1", "agent_reply", at(0, minutes=3), resolved_by="human")) is None
    assert sla.due(at(1)) == []


def test_breaches_are_due_once_per_level() -> None:
    sla = SlaWatch({}, SETTINGS)
    sla.observe(handed_off("T1", "wismo", at(0)))
    sla.observe(handed_off("T2", "wismo", at(0, minutes=5)))
    assert sla.due(at(0, minutes=9)) == []
    due = sla.due(at(0, minutes=12))
    assert [(r.ticket_id, r.level) for r in due] == [("T1", 1)]
    sla.mark_notified(due[0])
    assert [(r.ticket_id, r.level) for r in sla.due(at(0, minutes=16))] == [("T2", 1)]
    assert [(r.ticket_id, r.level) for r in sla.due(at(0, minutes=21))] == [
        ("T2", 1),
        ("T1", 2),
    ]  # most overdue first


async def test_renotify_posts_a_note_and_tags_per_level_and_retries_failures() -> None:
    desk = FakeDesk()
    sla = SlaWatch({}, SETTINGS)
    sla.observe(handed_off("T1", "wismo", at(0)))
    breached: list[Renotification] = []
    desk.down = True
    assert await renotify(desk, sla.due(at(0, minutes=11)), sla.mark_notified, breached.append) == 0
    desk.down = False
    assert await renotify(desk, sla.due(at(0, minutes=11)), sla.mark_notified, breached.append) == 1
    assert await renotify(desk, sla.due(at(0, minutes=12)), sla.mark_notified, breached.append) == 0
    assert [(r.ticket_id, r.level) for r in breached] == [("T1", 1)]
    assert desk.writes["T1:renotify:1:tags"][2] == [
        "supportloop_sla_breached",
        "supportloop_sla_breached_1",
    ]
    note = desk.writes["T1:renotify:1"][2]
    assert "SLA breach** (level 1)" in note and "due 2025-03-03 00:10 UTC (1 min ago)" in note


async def test_a_level_whose_mark_was_lost_is_not_noted_twice() -> None:
    """Killed after posting, before the SLA table's mark reached its changelog: the level is
    due again, and the note found by its key on the ticket is not posted again."""
    desk = FakeDesk()
    sla = SlaWatch({}, SETTINGS)
    sla.observe(handed_off("T1", "wismo", at(0)))
    due = sla.due(at(0, minutes=11))
    assert await renotify(desk, due, lambda item: None, lambda item: None) == 1
    assert await renotify(desk, sla.due(at(0, minutes=12)), sla.mark_notified, lambda i: None) == 1
    notes = [key for key, kind, *_ in desk.log if kind == "internal_note"]
    assert notes == ["T1:renotify:1"]
    assert desk.writes["T1:renotify:1"][2].endswith("SupportLoop ref: T1:renotify:1")


async def test_follow_up_reviews_drafts_and_escalations() -> None:
    seconds: list[float] = []
    follow = FollowUp(SlaWatch({}, SETTINGS), ReviewBook({}), seconds.append)
    assert await follow(drafted("D1", "wismo", at(0), reply="Your parcel arrives Friday.")) == []
    [published] = await follow(
        outcome("D1", "agent_reply", at(0, minutes=1), reply="Your parcel arrives Friday.")
    )
    assert published.topic is REVIEWS
    assert isinstance(published.event, ev.DraftReviewed)
    assert (published.event.verdict, published.event.edit_ratio) == ("sent_as_is", 0.0)

    await follow(escalated("E1", "refund_request", at(0), draft="Refund on its way."))
    await follow(handed_off("E1", "refund_request", at(0)))
    reply = outcome("E1", "agent_reply", at(0, minutes=4), reply="Refund on its way.")
    assert await follow(reply) == []  # still open: the human has not finished
    assert seconds == [240.0]
    [review] = await follow(outcome("E1", "approval", at(0, minutes=5)))
    assert isinstance(review.event, ev.EscalationReviewed)
    assert (review.event.same_action, review.event.materially_different) == (True, False)
    assert await follow(outcome("E1", "approval", at(0, minutes=6))) == []  # already reviewed


async def test_the_review_table_keeps_the_first_reply_across_a_restart() -> None:
    table: dict[bytes, bytes] = {}
    await FollowUp(SlaWatch({}, SETTINGS), ReviewBook(table))(
        escalated("E2", "refund_request", at(0), draft="Refund on its way.")
    )
    first = outcome("E2", "agent_reply", at(0, minutes=1), reply="Refund on its way!")
    assert await FollowUp(SlaWatch({}, SETTINGS), ReviewBook(table))(first) == []
    restarted = FollowUp(SlaWatch({}, SETTINGS), ReviewBook(table))  # reads the table back
    await restarted(outcome("E2", "agent_reply", at(0, minutes=2), reply="Anything else?"))
    [review] = await restarted(outcome("E2", "agent_reply", at(0, minutes=3), resolved_by="human"))
    assert review.topic is REVIEWS and isinstance(review.event, ev.EscalationReviewed)
    assert review.event.draft_verdict == "edited" and table == {}
