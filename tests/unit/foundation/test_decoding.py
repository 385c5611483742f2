"""decode_bounded: any bytes → an event or Undecodable with a reason, never anything else."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from supportloop.core import decoding
from supportloop.core import events as ev
from supportloop.core.decoding import DecodeLimits, Undecodable, decode_bounded, safe_id
from tests.unit.foundation.fakes import received

# Part of the hostile-input suite (`make test-hostile`).
pytestmark = pytest.mark.hostile

DEEP = b"[" * 5_000 + b"]" * 5_000


def _reason(raw: bytes | None, limits: DecodeLimits = DecodeLimits()) -> str:
    with pytest.raises(Undecodable) as caught:
        decode_bounded(raw, limits)
    return caught.value.reason


def _received(body: str) -> bytes:
    event = received("LONG-1").model_dump(mode="json")
    event["ticket"]["body"] = body
    return json.dumps(event).encode()


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (None, "empty_message"),
        (b"", "empty_message"),
        (DEEP, "too_deep"),
        (b'{"ticket_id": "T-1", "a": ' + DEEP + b"}", "too_deep"),
        (b"[" * 200_000, "too_deep"),  # unterminated
        (b"\xff\xfe not json", "not_utf8"),
        (b'{"ticket_id": "T-1", "body": "caf\xe9"}', "not_utf8"),  # Latin-1, not UTF-8
        (b"{not json", "not_json"),
        (b'{"type": "ticket.received"', "not_json"),
        (b"[1, 2]", "not_an_object"),
        (b'"a string"', "not_an_object"),
        (b"42", "not_an_object"),
        (b"null", "not_an_object"),
        (b'{"schema_version": 9, "type": "ticket.received"}', "unsupported_schema_version"),
        (b'{"schema_version": 2, "type": "ticket.exploded"}', "unsupported_schema_version"),
        (b'{"schema_version": "1", "type": "ticket.received"}', "unsupported_schema_version"),
        (b'{"schema_version": true, "type": "ticket.received"}', "unsupported_schema_version"),
        (b'{"type": "ticket.exploded", "ticket_id": "T-1"}', "unknown_event_type"),
        (b'{"ticket_id": "T-1"}', "unknown_event_type"),
        (b'{"type": 7}', "unknown_event_type"),
        (b'{"type": "ticket.received"}', "invalid_event"),
        (
            b'{"type": "config.mode_changed", "event_id": "e", "ticket_id": "k", '
            b'"category": "wismo", "mode": "yolo", "changed_by": "x", "reason": "r"}',
            "invalid_event",
        ),
        (_received("x" * 50_001), "ticket_too_long"),
    ],
)
def test_every_kind_of_bad_message_has_its_reason(raw: bytes | None, reason: str) -> None:
    assert _reason(raw) == reason


def test_size_is_checked_before_anything_else() -> None:
    event = received("T-1")
    good = ev.encode_event(event)
    limits = DecodeLimits(max_message_bytes=len(good) - 1)
    assert _reason(good, limits) == "too_large"
    assert _reason(b"\xff" * 10_000, limits) == "too_large"
    assert decode_bounded(good, DecodeLimits(max_message_bytes=len(good))) == event


def test_depth_limit_is_configurable_and_real_events_fit_well_under_it() -> None:
    nested = b'{"a": ' * 10 + b"1" + b"}" * 10
    assert _reason(nested, DecodeLimits(max_json_depth=9)) == "too_deep"
    assert _reason(nested, DecodeLimits(max_json_depth=10)) == "unknown_event_type"
    classified = ev.TicketClassified(
        event_id="c",
        ticket_id="T-1",
        ticket=received("T-1").ticket,
        received_at=datetime(2026, 11, 1, tzinfo=UTC),
        category="wismo",
        tier=1,
        confidence=0.9,
        escalate=False,
        reasons=("a",),
        classifier="test",
        model_version="1",
    )
    assert decode_bounded(ev.encode_event(classified), DecodeLimits(max_json_depth=8))


def test_brackets_inside_strings_do_not_count_as_depth() -> None:
    body = "[" * 1_000 + " {{{ }"
    assert decode_bounded(_received(body)).ticket.body == body  # type: ignore[union-attr]


def test_the_ticket_length_setting_lowers_the_schema_limit() -> None:
    raw = _received("y" * 2_000)
    assert decode_bounded(raw, DecodeLimits(max_ticket_text_chars=2_000))
    with pytest.raises(Undecodable) as caught:
        decode_bounded(raw, DecodeLimits(max_ticket_text_chars=1_999))
    assert (caught.value.reason, caught.value.ticket_id) == ("ticket_too_long", "LONG-1")


def test_details_name_fields_but_never_quote_the_input() -> None:
    event = received("T-1").model_dump(mode="json")
    event["ticket"]["channel"] = "pigeon MARKER-7731 ana@example.org"
    with pytest.raises(Undecodable) as caught:
        decode_bounded(json.dumps(event).encode())
    assert caught.value.reason == "invalid_event" and caught.value.ticket_id == "T-1"
    assert "ticket.channel" in caught.value.detail
    assert "MARKER-7731" not in caught.value.detail and "@" not in caught.value.detail


@pytest.mark.parametrize("error", [RecursionError, MemoryError, KeyError, UnicodeError])
def test_anything_raised_while_decoding_is_undecodable_not_a_crash(
    error: type[Exception], monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(raw: bytes | str) -> ev.Event:
        raise error("boom")

    monkeypatch.setattr(decoding.ev, "decode_event", explode)
    assert _reason(b'{"type": "ticket.received"}') == "undecodable"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("T-1", "T-1"),
        ("  T-2 ", "T-2"),
        ("", None),
        ("x" * 129, None),
        ("\ud800", None),  # a lone surrogate: no encoder takes it
        ("a\nb", None),
        (7, None),
        (None, None),
    ],
)
def test_only_short_printable_ids_are_taken_from_a_message(
    value: object, expected: str | None
) -> None:
    assert safe_id(value) == expected
