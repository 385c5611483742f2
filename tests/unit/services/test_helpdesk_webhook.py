from __future__ import annotations

import json
from datetime import UTC, datetime

from supportloop.adapters.ingest.signature import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign
from supportloop.adapters.ingest.webhook_guard import WebhookSecurity
from supportloop.adapters.runtime.helpdesk_webhook import read_helpdesk_webhook

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
