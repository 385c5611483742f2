from __future__ import annotations

from datetime import timedelta

import pytest

from supportloop.core.handoff import (
    HandoffSettings,
    HandoffTracker,
    OpenHandoff,
    breach_level,
    due_renotifications,
    first_response_due,
    first_response_target,
)
from tests.unit.autonomy.autonomy_events import at, handed_off, outcome


def _open(ticket: str, priority: str = "high", notified: int = 0) -> OpenHandoff:
    return OpenHandoff.model_validate(
        {
            "ticket_id": ticket,
            "category": "refund_request",
            "queue": "general",
            "priority": priority,
            "handed_off_at": at(0),
            "notified_level": notified,
        }
    )


def test_targets_per_priority() -> None:
    assert first_response_target("urgent") == timedelta(minutes=15)
    assert first_response_target("low") == timedelta(hours=24)
    assert first_response_due("high", at(0)) == at(0, minutes=60)


@pytest.mark.parametrize(
    ("minutes", "level"), [(59, 0), (60, 1), (119, 1), (120, 2), (240, 3), (9999, 3)]
)
def test_breach_levels_are_multiples_of_the_target(minutes: int, level: int) -> None:
    assert breach_level(_open("T"), at(0, minutes=minutes)) == level


def test_each_level_is_renotified_once() -> None:
    handoff = _open("T1")
    [first] = due_renotifications([handoff], at(0, minutes=61))
    assert (first.ticket_id, first.level, first.due_at, first.overdue) == (
        "T1",
        1,
        at(0, minutes=60),
        timedelta(minutes=1),
    )
    assert first.idempotency_key == "T1:renotify:1"
    notified = handoff.model_copy(update={"notified_level": 1})
    assert due_renotifications([notified], at(0, minutes=90)) == []
    [second] = due_renotifications([notified], at(0, minutes=120))
    assert second.level == 2


def test_a_late_check_renotifies_once_at_the_highest_level() -> None:
    [only] = due_renotifications([_open("T1")], at(0, minutes=300))
    assert (only.level, only.due_at) == (3, at(0, minutes=240))


def test_answered_handoffs_never_renotify() -> None:
    answered = _open("T1").model_copy(update={"first_response_at": at(0, minutes=5)})
    assert due_renotifications([answered], at(1)) == []


def test_most_overdue_first() -> None:
    due = due_renotifications(
        [_open("A", "low"), _open("B", "urgent"), _open("C", "high")], at(0, minutes=70)
    )
    assert [(r.ticket_id, r.level) for r in due] == [("B", 3), ("C", 1)]


def test_settings_change_targets_and_levels() -> None:
    settings = HandoffSettings(
        sla_first_response_minutes={"high": 10}, renotify_multiples=(1.0, 3.0)
    )
    assert breach_level(_open("T"), at(0, minutes=29), settings) == 1
    assert breach_level(_open("T"), at(0, minutes=30), settings) == 2


@pytest.mark.parametrize("multiples", [(), (2.0, 1.0), (1.0, 1.0), (0.0,)])
def test_renotify_levels_must_increase(multiples: tuple[float, ...]) -> None:
    with pytest.raises(ValueError, match="renotify_multiples"):
        HandoffSettings(renotify_multiples=multiples)


def test_tracker_measures_first_response_and_stops_renotifying() -> None:
    tracker = HandoffTracker()
    tracker.open(handed_off("T1", "refund_request", at(0), priority="high"))
    tracker.open(handed_off("T2", "refund_request", at(0), priority="high"))
    [one, two] = tracker.due(at(0, minutes=61))
    tracker.mark_notified(one)
    assert [r.ticket_id for r in tracker.due(at(0, minutes=62))] == [two.ticket_id]
    assert tracker.respond(outcome("T2", "agent_reply", at(0, minutes=63))) is None  # no reply text
    assert tracker.respond(outcome("T2", "agent_reply", at(0, minutes=63), reply="Hi!")) == 63 * 60
    assert tracker.due(at(0, minutes=64)) == []
    assert tracker.respond(outcome("T2", "agent_reply", at(0, minutes=65), reply="again")) is None
    assert (len(tracker), tracker.get("T2")) == (1, None)


def test_tracker_keeps_notification_state_on_redelivery() -> None:
    tracker = HandoffTracker()
    event = handed_off("T1", "refund_request", at(0), priority="high")
    tracker.open(event)
    [due] = tracker.due(at(0, minutes=61))
    tracker.mark_notified(due)
    tracker.open(event)
    state = tracker.get("T1")
    assert state is not None and state.notified_level == 1
