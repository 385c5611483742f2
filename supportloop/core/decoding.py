"""Decode one untrusted message into an event, within explicit limits, or say why not.

Every consumer reads bytes someone else wrote. `decode_bounded` checks what is cheap and
dangerous first (size, UTF-8, nesting depth: no parser runs on a body that could make it
recurse or allocate without bound), then validates with the event schema, then applies the
configured ticket limits. Any failure, whatever raised it, becomes `Undecodable` with a
machine-readable reason (the `REASONS` below) and a short detail that never quotes the
input; the caller dead-letters (or, as an observer, counts) the message and goes on.

Pure: no I/O, no transport imports.
"""

from __future__ import annotations

import json
import typing
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from supportloop.core import events as ev
from supportloop.core.json_limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, json_depth_exceeds

# The schema's own bound on a ticket body (events.Ticket.body): a setting can only lower it.
SCHEMA_MAX_TICKET_TEXT_CHARS = 50_000
# Longer than any ticket id (events.Ticket.id allows 128): never taken from a message.
MAX_ID_CHARS = 128
MAX_DETAIL_CHARS = 2_000

REASONS = (
    "empty_message",
    "too_large",
    "not_utf8",
    "too_deep",
    "not_json",
    "not_an_object",
    "unsupported_schema_version",
    "unknown_event_type",
    "unexpected_event_type",  # a valid event on a topic that does not carry it (see stage.py)
    "ticket_too_long",
    "invalid_event",
    "undecodable",  # the last line: something raised that no check above foresaw
)
EVENT_TYPES = frozenset(
    str(member.model_fields["type"].default)
    for member in typing.get_args(typing.get_args(ev.Event)[0])
)
_TICKET_BODY_TOO_LONG = "string_too_long"


@dataclass(frozen=True)
class DecodeLimits:
    """What a consumer accepts; from ServiceSettings (max_message_bytes, max_json_depth,
    max_ticket_text_chars) in the services."""

    max_message_bytes: int = DEFAULT_MAX_BYTES
    max_json_depth: int = DEFAULT_MAX_DEPTH
    max_ticket_text_chars: int = SCHEMA_MAX_TICKET_TEXT_CHARS


class Undecodable(Exception):
    """The message is not an event this consumer can read. `detail` names the problem
    without quoting the input; `ticket_id` is the message's own, when it has a safe one."""

    def __init__(self, reason: str, detail: str = "", ticket_id: str | None = None) -> None:
        super().__init__(detail or reason)
        self.reason = reason
        self.detail = detail or reason
        self.ticket_id = ticket_id


def decode_bounded(raw: bytes | None, limits: DecodeLimits = DecodeLimits()) -> ev.Event:
    """The event in `raw`, or Undecodable. Never raises anything else."""
    try:
        return _decode(raw, limits)
    except Undecodable:
        raise
    except Exception as exc:  # RecursionError and MemoryError included; never a crash
        raise Undecodable("undecodable", f"{type(exc).__name__} while decoding") from None


def _decode(raw: bytes | None, limits: DecodeLimits) -> ev.Event:
    if not raw:
        raise Undecodable("empty_message", "message has no value")
    if len(raw) > limits.max_message_bytes:
        raise Undecodable(
            "too_large", f"{len(raw)} bytes, more than the {limits.max_message_bytes} allowed"
        )
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Undecodable("not_utf8", f"invalid UTF-8 at byte {exc.start}") from None
    if json_depth_exceeds(raw, limits.max_json_depth):
        raise Undecodable("too_deep", f"JSON nested deeper than {limits.max_json_depth} levels")
    try:
        event = ev.decode_event(raw)
    except ValidationError as exc:
        raise _why_invalid(raw, exc) from None
    body = _ticket_body(event)
    if body is not None and len(body) > limits.max_ticket_text_chars:
        raise Undecodable(
            "ticket_too_long",
            f"ticket body of {len(body)} characters, more than the "
            f"{limits.max_ticket_text_chars} allowed",
            safe_id(event.ticket_id),
        )
    return event


def _ticket_body(event: ev.Event) -> str | None:
    if isinstance(event, ev.TicketReceived | ev.TicketClassified):
        return event.ticket.body
    return None


def _why_invalid(raw: bytes, error: ValidationError) -> Undecodable:
    """Name what is wrong with a message the schema refused. Runs only on bodies that passed
    the size, UTF-8 and depth checks, so parsing them again here is bounded."""
    try:
        payload: Any = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        detail = f"invalid JSON: {exc}" if isinstance(exc, json.JSONDecodeError) else "not JSON"
        return Undecodable("not_json", detail)
    if not isinstance(payload, dict):
        return Undecodable("not_an_object", f"a JSON {type(payload).__name__}, not an object")
    ticket_id = safe_id(payload.get("ticket_id"))
    version = payload.get("schema_version", ev.SCHEMA_VERSION)
    if type(version) is not int or version != ev.SCHEMA_VERSION:
        return Undecodable(
            "unsupported_schema_version",
            f"schema_version {_short_repr(version)}, this consumer reads {ev.SCHEMA_VERSION}",
            ticket_id,
        )
    kind = payload.get("type")
    if not isinstance(kind, str) or kind not in EVENT_TYPES:
        return Undecodable("unknown_event_type", f"type {_short_repr(kind)}", ticket_id)
    problems = error.errors(include_url=False, include_context=False, include_input=False)
    if any(_is_long_ticket_body(problem["type"], problem["loc"]) for problem in problems):
        return Undecodable("ticket_too_long", _describe(problems), ticket_id)
    return Undecodable("invalid_event", _describe(problems), ticket_id)


def _is_long_ticket_body(kind: str, loc: tuple[int | str, ...]) -> bool:
    return kind == _TICKET_BODY_TOO_LONG and loc[-2:] == ("ticket", "body")


def _describe(problems: list[Any]) -> str:
    """Where and what, as pydantic says it, without the input values."""
    text = "; ".join(
        f"{'.'.join(str(part) for part in problem['loc']) or '(message)'}: {problem['msg']}"
        for problem in problems
    )
    return text if len(text) <= MAX_DETAIL_CHARS else text[: MAX_DETAIL_CHARS - 1] + "…"


def _short_repr(value: object) -> str:
    """A type or version as found, shortened: it comes from the message."""
    text = (
        repr(value) if isinstance(value, str | int | float | bool | None) else type(value).__name__
    )
    return text if len(text) <= 40 else text[:39] + "…"


def safe_id(value: object) -> str | None:
    """`value` if it can serve as a ticket id in a dead letter and as a Kafka key: a short,
    printable string (no lone surrogates, which no encoder accepts), else None."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not 0 < len(value) <= MAX_ID_CHARS or not value.isprintable():
        return None
    return value
