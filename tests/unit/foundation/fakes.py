"""Fakes shared by the foundation unit tests."""

from __future__ import annotations

from datetime import UTC, datetime

from supportloop.adapters.runtime.stage import Publish, RawMessage
from supportloop.core import events as ev


class RecordingBus:
    def __init__(self) -> None:
        self.published: list[Publish] = []

    async def publish(self, output: Publish) -> None:
        self.published.append(output)

    def on(self, topic_name: str) -> list[ev.EventBase]:
        return [p.event for p in self.published if p.topic.name == topic_name]


def ticket(
    ticket_id: str = "T-1", body: str = "Where is my order?", vip: bool = False
) -> ev.Ticket:
    return ev.Ticket(
        id=ticket_id,
        subject="",
        body=body,
        customer=ev.Customer(email="a@example.com", vip=vip),
        order_id="1001",
        created_at=datetime(2026, 11, 1, tzinfo=UTC),
    )


def received(ticket_id: str = "T-1", **kwargs: object) -> ev.TicketReceived:
    return ev.TicketReceived.of(ticket(ticket_id, **kwargs), "test")  # type: ignore[arg-type]


def message(
    event: ev.EventBase | None = None,
    raw: bytes | None = None,
    topic: str = "supportloop.tickets.inbound.v1",
) -> RawMessage:
    value = raw if raw is not None else (ev.encode_event(event) if event else None)
    key = event.ticket_id.encode() if event else None
    return RawMessage(topic=topic, partition=0, offset=7, key=key, value=value)
