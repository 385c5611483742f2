import uuid
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
    assert ev.derive_event_id("T-1", ev.IdStage.CLASSIFIED) == ev.derive_event_id(
        "T-1", ev.IdStage.CLASSIFIED
    )
    assert ev.derive_event_id("T-1", ev.IdStage.CLASSIFIED) != ev.derive_event_id(
        "T-1", ev.IdStage.ESCALATED
    )
    assert ev.derive_event_id("T-1", ev.IdStage.CLASSIFIED) != ev.derive_event_id(
        "T-2", ev.IdStage.CLASSIFIED
    )


def test_event_ids_keep_the_values_already_on_the_topics() -> None:
    """Ids name their stage through IdStage; the derived values must not change."""
    namespace = uuid.UUID("5b8f0f5e-2a7c-4d63-9b43-6f1f0c6a2d10")
    assert ev.derive_event_id("T-1", ev.IdStage.RESOLVED) == str(
        uuid.uuid5(namespace, "resolved:T-1")
    )
    assert ev.derive_event_id("T-1", ev.IdStage.DEAD_LETTER, "resolver") == str(
        uuid.uuid5(namespace, "deadletter:resolver:T-1")
    )
    assert ev.derive_event_id("35", ev.IdStage.HUMAN_OUTCOME, "01HX") == str(
        uuid.uuid5(namespace, "human_outcome:01HX:35")
    )


def test_unknown_schema_version_is_rejected() -> None:
    payload = ev.TicketReceived.of(make_ticket(), "jsonl").model_dump(mode="json")
    payload["schema_version"] = 2
    with pytest.raises(ValidationError):
        ev.decode_event(__import__("json").dumps(payload))


def test_ticket_ids_are_restricted_to_safe_characters() -> None:
    with pytest.raises(ValidationError):
        make_ticket(id="a b/c")
