"""Remember what a stage already published per ticket, so a redelivered ticket republishes
the same outcome instead of deciding (and acting) again."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, MutableMapping, Sequence

from supportloop.adapters.runtime.stage import E, Handler, Publish
from supportloop.core import events as ev
from supportloop.core.topics import ALL_TOPICS, TopicSpec

_SPECS_BY_NAME = {spec.name: spec for spec in ALL_TOPICS}


def encode_outputs(outputs: Sequence[Publish]) -> bytes:
    return json.dumps(
        [
            {"topic": o.topic.name, "key": o.key, "event": o.event.model_dump(mode="json")}
            for o in outputs
        ]
    ).encode()


def decode_outputs(raw: bytes) -> list[Publish]:
    decoded: list[Publish] = []
    for item in json.loads(raw):
        spec: TopicSpec = _SPECS_BY_NAME[item["topic"]]
        event = ev.decode_event(json.dumps(item["event"]))
        decoded.append(Publish(spec, event, key=item["key"]))
    return decoded


class OnceByTicket:
    """Wraps a per-ticket handler; `seen` is a Faust table in services, a dict in tests.

    Keys are the ticket id as bytes — the same bytes as the Kafka message key.
    """

    def __init__(
        self,
        seen: MutableMapping[bytes, bytes],
        on_duplicate: Callable[[], None] = lambda: None,
        persist: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self.seen = seen
        self.on_duplicate = on_duplicate
        # Waits until the recorded decision is durable (the table's changelog write is
        # acknowledged). Without it a crash could publish outputs whose decision was lost,
        # and the redelivered ticket would be decided again, perhaps differently.
        self.persist = persist
        self._in_flight: dict[bytes, asyncio.Future[Sequence[Publish]]] = {}

    def wrap(self, handler: Handler[E]) -> Handler[E]:
        async def handle(event: E) -> Sequence[Publish]:
            key = event.ticket_id.encode()
            previous = self.seen.get(key)
            if previous is not None:
                self.on_duplicate()
                return decode_outputs(previous)
            running = self._in_flight.get(key)
            if running is not None:  # the same ticket twice in one concurrent batch
                self.on_duplicate()
                return await asyncio.shield(running)
            future: asyncio.Future[Sequence[Publish]] = asyncio.get_running_loop().create_future()
            self._in_flight[key] = future
            try:
                outputs = await handler(event)
                self.seen[key] = encode_outputs(outputs)
                if self.persist is not None:
                    await self.persist()
                future.set_result(outputs)
                return outputs
            except BaseException as exc:
                future.set_exception(exc)
                future.exception()  # mark retrieved: the caller handles the error
                raise
            finally:
                del self._in_flight[key]

        return handle
