"""The numbers count turns honestly: a conversation is resolved by the AI only if no turn
needed a person, the AI's first response time is per turn, and AI resolutions that drew a
follow-up message are counted."""

from __future__ import annotations

from factory import W10, at, handed_off, received, resolved

from supportloop.core.metrics.book import WeeklyBook
from supportloop.core.metrics.report import render, report_from_book


def _turn2(event, message_id: str = "m2"):  # type: ignore[no-untyped-def]
    update = {"message_id": message_id, "event_id": f"{event.event_id}-{message_id}"}
    if hasattr(event, "ticket"):
        update["ticket"] = event.ticket.model_copy(update={"message_id": message_id})
    return event.model_copy(update=update)


def test_a_later_turn_handed_to_a_person_unresolves_the_conversation() -> None:
    book = WeeklyBook()
    book.observe_all([received("T1", at(0)), resolved("T1", "wismo", at(0, seconds=2))])
    book.observe_all([received("T2", at(0)), resolved("T2", "wismo", at(0, seconds=2))])
    assert book.tally(W10, "wismo").ai_resolved == 2
    # T1's customer writes again; that turn needs a person
    book.observe(_turn2(received("T1", at(1))))
    book.observe(_turn2(handed_off("T1", "address_change", at(1, seconds=5))))
    tally = book.tally(W10, "wismo")
    assert tally.ai_resolved == 1 and tally.terminal["handed_off"] == 1
    assert tally.terminal_tickets == 2  # still two conversations, not three
    assert tally.autonomous_resolution_rate() == 0.5
    assert tally.ai_follow_ups == 1
    # redelivered: counted once
    book.observe(_turn2(received("T1", at(1))))
    assert book.tally(W10, "wismo").ai_follow_ups == 1


def test_a_later_turn_the_ai_answers_keeps_the_resolution_and_has_its_own_response_time() -> None:
    book = WeeklyBook()
    book.observe_all([received("T1", at(0)), resolved("T1", "wismo", at(0), latency_ms=2000)])
    book.observe(_turn2(received("T1", at(1))))
    book.observe(_turn2(resolved("T1", "address_change", at(1), latency_ms=4000)))
    tally = book.tally(W10)
    assert tally.ai_resolved == 1 and tally.terminal_tickets == 1
    assert tally.first_response["ai"].count == 2  # one per turn the AI answered
    assert tally.ai_follow_ups == 1
    report = render(report_from_book(book, 1), "table")
    assert "AI res. w/ follow-up" in report and "1/1" in report


def test_a_follow_up_after_a_hand_off_is_no_ai_follow_up() -> None:
    book = WeeklyBook()
    book.observe_all([received("T1", at(0)), handed_off("T1", "refund_request", at(0))])
    book.observe(_turn2(received("T1", at(1))))
    book.observe(_turn2(resolved("T1", "wismo", at(1))))
    tally = book.tally(W10)
    assert tally.ai_follow_ups == 0
    assert tally.ai_resolved == 0 and tally.terminal["handed_off"] == 1
