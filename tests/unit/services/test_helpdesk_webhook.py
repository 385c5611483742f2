from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

from services_fakes import FakeDesk

from supportloop.adapters.ingest.signature import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign
from supportloop.adapters.ingest.webhook_guard import WebhookSecurity
from supportloop.adapters.runtime.helpdesk_webhook import customer_message, read_helpdesk_webhook
from supportloop.core.handoff import HandoffSettings

SECRET = "s3cret"
SIGNED = WebhookSecurity(SECRET)
NOW = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
STAMP = "2025-03-03T08:59:30Z"  # Zendesk's format, 30 s before NOW
APPROVAL = {
    "id": "hook-1",
    "type": "zen:event-type:ticket.tags_changed",
    "time": "2025-03-03T08:59:00Z",
    "subject": "zen:ticket:T1",
    "detail": {"id": "T1", "actor_id": "901"},
    "event": {"tags_added": ["supportloop_approve"]},
}


def _signed(body: bytes, secret: str = SECRET) -> dict[str, str]:
    return {TIMESTAMP_HEADER: STAMP, SIGNATURE_HEADER: sign(secret, STAMP, body)}


def test_a_signed_approval_becomes_a_human_outcome() -> None:
    body = json.dumps(APPROVAL).encode()
    answer = read_helpdesk_webhook(body, _signed(body), SIGNED, NOW)
    assert (answer.status, answer.body) == (
        202,
        {"accepted": True, "ticket_id": "T1", "kind": "approval"},
    )
    assert answer.outcome is not None
    assert (answer.outcome.kind, answer.outcome.agent) == ("approval", "901")
    assert answer.outcome.occurred_at == datetime(2025, 3, 3, 8, 59, tzinfo=UTC)
    again = read_helpdesk_webhook(body, _signed(body), SIGNED, NOW)
    assert again.outcome is not None and again.outcome.event_id == answer.outcome.event_id


def test_bad_signatures_are_refused_before_reading_the_body() -> None:
    body = json.dumps(APPROVAL).encode()
    assert read_helpdesk_webhook(body, {}, SIGNED, NOW).status == 401
    assert read_helpdesk_webhook(body, _signed(body, "other"), SIGNED, NOW).status == 401
    too_big = b"x" * (SIGNED.max_body_bytes + 1)
    assert read_helpdesk_webhook(too_big, {}, SIGNED, NOW).status == 413


def test_bad_input_is_400_or_422_and_untracked_events_are_accepted_without_an_outcome() -> None:
    for body, status in [
        (b"{not json", 400),
        (b"[1, 2]", 400),
        (json.dumps({"type": "zen:event-type:user.created"}).encode(), 422),
        (json.dumps({**APPROVAL, "detail": {}, "subject": ""}).encode(), 422),
    ]:
        answer = read_helpdesk_webhook(body, _signed(body), SIGNED, NOW)
        assert (answer.status, answer.outcome) == (status, None), body
    note = {**APPROVAL, "type": "zen:event-type:ticket.comment_added",
            "event": {"comment": {"body": "internal", "is_public": False}}}  # fmt: skip
    body = json.dumps(note).encode()
    answer = read_helpdesk_webhook(body, _signed(body), SIGNED, NOW)
    assert (answer.status, answer.body["accepted"], answer.outcome) == (202, False, None)


def test_no_secret_configured_refuses_webhooks_unless_unsigned_ones_are_allowed() -> None:
    body = json.dumps(APPROVAL).encode()
    assert read_helpdesk_webhook(body, _signed(body), WebhookSecurity(), NOW).status == 503
    unsigned = WebhookSecurity(allow_unsigned=True)
    assert read_helpdesk_webhook(body, {}, unsigned, NOW).status == 202


# A customer writes back on the ticket (Zendesk's ticket event webhook, comment_added:
# https://developer.zendesk.com/api-reference/webhooks/event-types/ticket-events/).
REQUESTER = "7319"
CUSTOMER_REPLY = {
    "id": "01JCOMMENTEVENT",
    "type": "zen:event-type:ticket.comment_added",
    "time": "2025-03-03T08:59:10Z",
    "zendesk_event_version": "2022-11-06",
    "subject": "zen:ticket:1464",
    "detail": {
        "id": "1464",
        "subject": "Where is my order?",
        "description": "Hi, where is order #1464?",
        "requester_id": REQUESTER,
        "tags": ["vip"],
        "via": {"channel": "email"},
    },
    "event": {
        "comment": {
            "id": "9911",
            "body": "Thanks! Can you send it to 12 Elm Street instead?",
            "is_public": True,
            "author": {"id": REQUESTER, "is_staff": False, "name": "Owen Kowalski"},
        }
    },
}


def _with_comment(**changes: object) -> dict[str, object]:
    comment = {**CUSTOMER_REPLY["event"]["comment"], **changes}  # type: ignore[index]
    return {**CUSTOMER_REPLY, "event": {"comment": comment}}


def test_the_requesters_comment_is_the_tickets_next_message() -> None:
    desk = FakeDesk()
    desk.users[REQUESTER] = {"id": int(REQUESTER), "email": "owen@example.net", "name": "Owen K"}
    body = json.dumps(CUSTOMER_REPLY).encode()
    read = read_helpdesk_webhook(body, _signed(body), SIGNED, NOW)
    assert read.status == 202 and read.outcome is None and read.comment is not None
    answer = asyncio.run(customer_message(read.comment, desk))
    assert answer.status == 202, answer.body
    assert answer.body == {
        "accepted": True, "ticket_id": "1464", "kind": "customer_message", "message_id": "9911",
    }  # fmt: skip
    message = answer.message
    assert message is not None and message.message_id == "9911"
    ticket = message.ticket
    assert (ticket.id, ticket.message_id, ticket.body) == (
        "1464", "9911", "Thanks! Can you send it to 12 Elm Street instead?",
    )  # fmt: skip
    assert (ticket.customer.email, ticket.customer.name, ticket.customer.vip) == (
        "owen@example.net", "Owen K", True,
    )  # fmt: skip
    assert ticket.created_at == datetime(2025, 3, 3, 8, 59, 10, tzinfo=UTC)
    # a redelivered webhook is the same message (the resolver absorbs it per message)
    again = asyncio.run(customer_message(read.comment, desk)).message
    assert again is not None and again.event_id == message.event_id
    # a second comment is a new turn
    other = _with_comment(id="9912", body="Also, is it gift wrapped?")
    read2 = read_helpdesk_webhook(json.dumps(other).encode(), _signed(json.dumps(other).encode()),
                                  SIGNED, NOW)  # fmt: skip
    assert read2.comment is not None
    second = asyncio.run(customer_message(read2.comment, desk)).message
    assert second is not None and second.event_id != message.event_id


def test_comments_that_are_not_the_customer_writing_back_are_not_messages() -> None:
    not_messages = [
        _with_comment(is_public=False),  # an internal note
        _with_comment(author={"id": "901", "is_staff": True, "name": "Agent"}),  # an agent
        _with_comment(author={"id": "555", "is_staff": False, "name": "A CC"}),  # not requester
        _with_comment(body="Hi, where is order #1464?"),  # the opening message (description)
        _with_comment(body="   "),
    ]
    for payload in not_messages:
        body = json.dumps(payload).encode()
        answer = read_helpdesk_webhook(body, _signed(body), SIGNED, NOW)
        assert answer.comment is None and answer.message is None, payload
    # the AI's own public replies come from its bot user
    bot = HandoffSettings(bot_user_ids=(REQUESTER,))
    body = json.dumps(CUSTOMER_REPLY).encode()
    assert read_helpdesk_webhook(body, _signed(body), SIGNED, NOW, bot).comment is None
    # the requester's comment without an id could not be told from a redelivery: 422
    no_id = _with_comment(id=None)
    body = json.dumps(no_id).encode()
    answer = read_helpdesk_webhook(body, _signed(body), SIGNED, NOW)
    assert answer.status == 422 and "comment.id" in answer.body["error"]


def test_a_helpdesk_that_cannot_be_read_gets_a_503_to_send_the_webhook_again() -> None:
    desk = FakeDesk()
    body = json.dumps(CUSTOMER_REPLY).encode()
    comment = read_helpdesk_webhook(body, _signed(body), SIGNED, NOW).comment
    assert comment is not None
    desk.down = True
    answer = asyncio.run(customer_message(comment, desk))
    assert answer.status == 503 and answer.message is None
    desk.down = False  # no such user (or one without an e-mail): refused, named
    answer = asyncio.run(customer_message(comment, desk))
    assert answer.status == 422 and answer.message is None
    assert answer.body["details"] == [{"field": "customer.email", "reason": "Field required"}]
