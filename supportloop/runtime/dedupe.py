"""Remember what a stage already published per ticket, so a redelivered ticket republishes
the same outcome instead of deciding (and acting) again."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping, Sequence

from supportloop import events as ev
from supportloop.runtime.stage import Publish
from supportloop.topics import ALL_TOPICS, TopicSpec

_SPECS_BY_NAME = {spec.name: spec for spec in ALL_TOPICS}


def encode_outputs(outputs: Sequence[Publish]) -> str:
    return json.dumps(
        [
            {"topic": o.topic.name, "key": o.key, "event": o.event.model_dump(mode="json")}
            for o in outputs
        ]
    )


def decode_outputs(raw: str) -> list[Publish]:
    decoded: list[Publish] = []
    for item in json.loads(raw):
        spec: TopicSpec = _SPECS_BY_NAME[item["topic"]]
        event = ev.decode_event(json.dumps(item["event"]))
        decoded.append(Publish(spec, event, key=item["key"]))
    return decoded


class OnceByTicket:
    """Wraps a per-ticket handler; `seen` is a Faust table in services, a dict in tests."""

    def __init__(
        self,
        seen: MutableMapping[str, str],
        on_duplicate: Callable[[], None] = lambda: None,
    ) -> None:
        self.seen = seen
        self.on_duplicate = on_duplicate

    def wrap(
        self, handler: Callable[[ev.Event], Awaitable[Sequence[Publish]]]
    ) -> Callable[[ev.Event], Awaitable[Sequence[Publish]]]:
        async def handle(event: ev.Event) -> Sequence[Publish]:
            previous = self.seen.get(event.ticket_id)
            if previous is not None:
                self.on_duplicate()
                return decode_outputs(previous)
            outputs = await handler(event)
            self.seen[event.ticket_id] = encode_outputs(outputs)
            return outputs

        return handle
