"""Replay history from Kafka: TicketReceived events of a topic, joined with what agents did
(HumanOutcome events on the human-outcomes topic), both read from the beginning to the end."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable

from supportloop.adapters.ingest.records import RowError
from supportloop.adapters.kafka.reader import ReadEvent, follow
from supportloop.core import events as ev
from supportloop.core.topics import ALL_TOPICS, HUMAN_OUTCOMES, TopicSpec
from supportloop.settings import KafkaSettings
from supportloop.triage.history import AgentOutcome, HistoryRow, normalise_action


def topic_spec(name: str, prefix: str = "") -> TopicSpec:
    """The registry entry for ``name`` (with or without the deployment prefix), else a plain
    spec for a topic outside the registry (e.g. an archive topic)."""
    bare = name[len(prefix) :] if prefix and name.startswith(prefix) else name
    known = next((t for t in ALL_TOPICS if t.name == bare), None)
    return known or TopicSpec(bare, "ticket_id", (ev.TicketReceived,))


def agent_outcomes(events: Iterable[ev.Event]) -> dict[str, AgentOutcome]:
    """The latest action each ticket's agent took (CSAT reports and the like carry none)."""
    outcomes: dict[str, AgentOutcome] = {}
    for event in events:
        if not isinstance(event, ev.HumanOutcome) or event.kind == "csat":
            continue
        before = outcomes.get(event.ticket_id)
        action = normalise_action(event.action) if event.action else None
        outcomes[event.ticket_id] = AgentOutcome(
            action or (before.action if before else None),
            event.reply or (before.reply if before else None),
            event.resolved_by or (before.resolved_by if before else None),
        )
    return outcomes


async def history_rows(
    messages: AsyncIterable[ReadEvent], outcomes: dict[str, AgentOutcome]
) -> AsyncIterator[HistoryRow]:
    """One HistoryRow per message; anything but a valid TicketReceived is a bad row."""
    number = 0
    async for message in messages:
        number += 1
        where = f"{message.topic}[{message.partition}]@{message.offset}"
        event = message.event
        if isinstance(event, ev.TicketReceived):
            yield HistoryRow(number, event.ticket, (), outcomes.get(event.ticket_id))
        elif event is None:
            yield HistoryRow(number, None, (RowError(number, where, "not a valid event"),))
        else:
            reason = f"{event.type} is not a ticket.received event"
            yield HistoryRow(number, None, (RowError(number, where, reason),))


async def rows_from_topic(
    settings: KafkaSettings, topic: str, *, with_outcomes: bool = True
) -> AsyncIterator[HistoryRow]:
    outcomes: dict[str, AgentOutcome] = {}
    if with_outcomes:
        read = follow(settings, [HUMAN_OUTCOMES], until_end=True)
        outcomes = agent_outcomes([r.event async for r in read if r.event is not None])
    spec = topic_spec(topic, settings.topic_prefix)
    async for row in history_rows(follow(settings, [spec], until_end=True), outcomes):
        yield row
