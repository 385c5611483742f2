from __future__ import annotations

from typing import Any

import pytest

from supportloop.core import events as ev
from supportloop.core.handoff import HandoffSettings, outcome_from_webhook
from supportloop.errors import InputError
from tests.unit.autonomy.autonomy_events import at

RECEIVED = at(5)
BOT = HandoffSettings(bot_user_ids=("900",))


def _payload(kind: str, event: dict[str, Any], **detail: Any) -> dict[str, Any]:
    return {
        "id": "01HX-event",
        "type": f"zen:event-type:ticket.{kind}",
        "time": "2025-03-03T10:00:00Z",
        "subject": "zen:ticket:35",
        "detail": {"id": "35", **detail},
        "event": event,
    }


def _comment(
    body: str, public: bool = True, staff: bool = True, author: str = "7"
) -> dict[str, Any]:
    return {
        "comment": {
            "body": body,
            "is_public": public,
            "author": {"id": author, "is_staff": staff, "name": "Ann"},
        }
    }


def test_public_staff_comment_is_an_agent_reply() -> None:
    result = outcome_from_webhook(
        _payload("comment_added", _comment(" Your refund is on its way. ")), RECEIVED
    )
    assert result is not None
    assert (result.ticket_id, result.kind, result.agent, result.reply) == (
        "35",
        "agent_reply",
        "Ann",
        "Your refund is on its way.",
    )
    assert result.occurred_at.isoformat() == "2025-03-03T10:00:00+00:00"
    assert result.event_id == ev.derive_event_id("35", "human_outcome:01HX-event")


@pytest.mark.parametrize(
    "event",
    [
        _comment("note", public=False),  # internal note, e.g. our own draft
        _comment("thanks!", staff=False),  # the customer
        _comment("auto reply", author="900"),  # the AI's own public reply
        _comment("   "),
    ],
)
def test_comments_that_are_no_human_reply_are_ignored(event: dict[str, Any]) -> None:
    assert outcome_from_webhook(_payload("comment_added", event), RECEIVED, BOT) is None


def test_solved_by_a_person_is_a_human_resolution() -> None:
    result = outcome_from_webhook(
        _payload("status_changed", {"current": "SOLVED", "previous": "OPEN"}, actor_id=7), RECEIVED
    )
    assert result is not None
    assert (result.kind, result.reply, result.resolved_by, result.agent) == (
        "agent_reply",
        None,
        "human",
        "7",
    )
    assert (
        outcome_from_webhook(_payload("status_changed", {"current": "PENDING"}), RECEIVED) is None
    )
    assert (
        outcome_from_webhook(
            _payload("status_changed", {"current": "SOLVED"}, actor_id=900), RECEIVED, BOT
        )
        is None
    )


def test_approve_and_reject_tags() -> None:
    approve = outcome_from_webhook(
        _payload("tags_changed", {"tags_added": ["supportloop_approve"]}, actor_id=3), RECEIVED
    )
    reject = outcome_from_webhook(
        _payload("tags_changed", {"tags_added": ["supportloop_reject"]}), RECEIVED
    )
    both = outcome_from_webhook(
        _payload("tags_changed", {"tags_added": ["supportloop_approve", "supportloop_reject"]}),
        RECEIVED,
    )
    other = outcome_from_webhook(
        _payload("tags_changed", {"tags_added": ["vip"], "tags_removed": []}), RECEIVED
    )
    assert approve is not None and (approve.kind, approve.agent) == ("approval", "3")
    assert reject is not None and reject.kind == "rejection"
    assert both is not None and both.kind == "rejection"
    assert other is None


@pytest.mark.parametrize(
    ("event", "score"),
    [
        ({"score": 4}, 4),
        ({"current": "good"}, 5),
        ({"current": "BAD"}, 1),
        ({"current": "offered"}, None),
    ],
)
def test_satisfaction_ratings(event: dict[str, Any], score: int | None) -> None:
    result = outcome_from_webhook(_payload("satisfaction_rating_changed", event), RECEIVED)
    assert (result.csat_score if result else None) == score
    if result is not None:
        assert result.kind == "csat"


def test_out_of_range_score_is_an_input_error() -> None:
    with pytest.raises(InputError, match="webhook"):
        outcome_from_webhook(_payload("satisfaction_rating_changed", {"score": 9}), RECEIVED)


def test_ticket_id_from_the_subject_and_time_fallback() -> None:
    payload = _payload("comment_added", _comment("hi"))
    payload["detail"] = {}
    payload["time"] = "not a time"
    result = outcome_from_webhook(payload, RECEIVED)
    assert result is not None and (result.ticket_id, result.occurred_at) == ("35", RECEIVED)


def test_redelivered_webhook_is_the_same_event_and_without_id_hashes_the_payload() -> None:
    payload = _payload("comment_added", _comment("hi"))
    first, again = outcome_from_webhook(payload, RECEIVED), outcome_from_webhook(payload, at(9))
    assert first is not None and again is not None and first.event_id == again.event_id
    del payload["id"]
    one, two = (
        outcome_from_webhook(payload, RECEIVED),
        outcome_from_webhook(dict(payload), RECEIVED),
    )
    assert one is not None and two is not None and one.event_id == two.event_id != first.event_id


def test_untracked_ticket_events_are_ignored() -> None:
    assert outcome_from_webhook(_payload("priority_changed", {"current": "HIGH"}), RECEIVED) is None


@pytest.mark.parametrize(
    "payload",
    [
        {"type": "zen:event-type:user.active_changed"},
        {},
        {"type": "zen:event-type:ticket.comment_added"},
    ],
)
def test_payloads_that_are_no_ticket_event_are_input_errors(payload: dict[str, Any]) -> None:
    with pytest.raises(InputError):
        outcome_from_webhook(payload, RECEIVED)
