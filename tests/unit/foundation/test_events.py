from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from supportloop.core import events as ev


def make_ticket(**overrides: object) -> ev.Ticket:
    data: dict[str, object] = {
        "id": "T-1",
        "subject": "Where is my order?",
        "body": "It has been a week.",
        "customer": {"email": "Ana@Example.com"},
        "order_id": "1001",
        "created_at": datetime(2026, 11, 1, tzinfo=UTC),
    }
    data.update(overrides)
    return ev.Ticket.model_validate(data)


def test_events_are_frozen_and_reject_unknown_fields() -> None:
    ticket = make_ticket()
    with pytest.raises(ValidationError):
        ticket.body = "changed"  # type: ignore[misc]
    with pytest.raises(ValidationError, match="extra"):
        make_ticket(priority="high")


def test_customer_email_is_normalised_and_checked() -> None:
    assert make_ticket().customer.email == "ana@example.com"
    with pytest.raises(ValidationError, match="not an email"):
        make_ticket(customer={"email": "nobody"})


def test_round_trip_through_the_wire_format() -> None:
    received = ev.TicketReceived.of(make_ticket(), "jsonl")
    decoded = ev.decode_event(ev.encode_event(received))
    assert decoded == received
    assert isinstance(decoded, ev.TicketReceived)


def test_event_ids_are_deterministic_per_ticket_and_stage() -> None:
    assert ev.derive_event_id("T-1", "classified") == ev.derive_event_id("T-1", "classified")
    assert ev.derive_event_id("T-1", "classified") != ev.derive_event_id("T-1", "escalated")
    assert ev.derive_event_id("T-1", "classified") != ev.derive_event_id("T-2", "classified")


def test_unknown_schema_version_is_rejected() -> None:
    payload = ev.TicketReceived.of(make_ticket(), "jsonl").model_dump(mode="json")
    payload["schema_version"] = 2
    with pytest.raises(ValidationError):
        ev.decode_event(__import__("json").dumps(payload))


def test_ticket_ids_are_restricted_to_safe_characters() -> None:
    with pytest.raises(ValidationError):
        make_ticket(id="a b/c")
