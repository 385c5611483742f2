"""Resolver handler: run the policy workflow in the category's current autonomy mode."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, cast

from supportloop import events as ev
from supportloop.resolution import Mode
from supportloop.runtime.stage import Handler, Publish
from supportloop.topics import ESCALATIONS, KNOWLEDGE_GAPS, RESOLUTIONS, TopicSpec

_TOPIC_OF: dict[type[ev.EventBase], TopicSpec] = {
    ev.TicketResolved: RESOLUTIONS,
    ev.TicketEscalated: ESCALATIONS,
    ev.KnowledgeGapFound: KNOWLEDGE_GAPS,
}


class Workflow(Protocol):
    async def handle(
        self, classified: ev.TicketClassified, mode: Mode
    ) -> Sequence[ev.EventBase]: ...


def to_publish(events: Sequence[ev.EventBase]) -> list[Publish]:
    return [Publish(_TOPIC_OF[type(event)], event) for event in events]


def make_handler(workflow: Workflow, mode_of: Callable[[str], str]) -> Handler:
    async def handle(event: ev.Event) -> Sequence[Publish]:
        classified = cast(ev.TicketClassified, event)
        mode = cast(Mode, mode_of(classified.category))
        return to_publish(await workflow.handle(classified, mode))

    return handle
