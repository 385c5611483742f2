"""Remember what a stage already published per customer message, so a redelivered message
republishes the same outcome instead of deciding (and acting) again, while a new message on
the same ticket (a new turn) is decided as one."""

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


OPENING_TURN = ""  # the message id of a ticket's opening message (and of older events)


def decode_turns(raw: bytes | None) -> dict[str, list[Publish]]:
    """One ticket's entry: message id → what its turn published, in the order handled.
    An entry written before messages had ids (a bare list) is the opening turn's."""
    if not raw:
        return {}
    stored = json.loads(raw)
    if isinstance(stored, list):
        return {OPENING_TURN: decode_outputs(raw)}
    return {turn: decode_outputs(json.dumps(items).encode()) for turn, items in stored.items()}


def _add_turn(raw: bytes | None, turn: str, outputs: Sequence[Publish]) -> bytes:
    stored = json.loads(raw) if raw else {}
    if isinstance(stored, list):
        stored = {OPENING_TURN: stored}
    stored[turn] = json.loads(encode_outputs(outputs))
    return json.dumps(stored).encode()


class OnceByTicket:
    """Wraps a per-message handler; `seen` is a Faust table in services, a dict in tests.

    Keys are the ticket id as bytes — the same bytes as the Kafka message key, so a ticket's
    whole thread lives on its partition; the value maps each message id to its outputs.
    Messages of one ticket are handled one at a time, in arrival order: a turn is decided
    with the turns before it in view (``history``). In a service the entry expires
    ``SUPPORTLOOP_STATE_TTL_DAYS`` after the ticket's last turn: a message after a longer
    silence is decided without the earlier turns in view.
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
        self._in_flight: dict[tuple[bytes, str], asyncio.Future[Sequence[Publish]]] = {}
        self._locks: dict[bytes, asyncio.Lock] = {}

    def history(self, ticket_id: str) -> dict[str, list[Publish]]:
        """What earlier turns of this ticket published (message id → outputs)."""
        return decode_turns(self.seen.get(ticket_id.encode()))

    def wrap(self, handler: Handler[E]) -> Handler[E]:
        async def handle(event: E) -> Sequence[Publish]:
            key = event.ticket_id.encode()
            turn = event.message_id or OPENING_TURN
            previous = decode_turns(self.seen.get(key)).get(turn)
            if previous is not None:
                self.on_duplicate()
                return previous
            running = self._in_flight.get((key, turn))
            if running is not None:  # the same message twice in one concurrent batch
                self.on_duplicate()
                return await asyncio.shield(running)
            future: asyncio.Future[Sequence[Publish]] = asyncio.get_running_loop().create_future()
            self._in_flight[(key, turn)] = future
            lock = self._locks.setdefault(key, asyncio.Lock())
            try:
                async with lock:  # another turn of this ticket first, then this one
                    outputs = await handler(event)
                    self.seen[key] = _add_turn(self.seen.get(key), turn, outputs)
                    if self.persist is not None:
                        await self.persist()
                future.set_result(outputs)
                return outputs
            except BaseException as exc:
                future.set_exception(exc)
                future.exception()  # mark retrieved: the caller handles the error
                raise
            finally:
                del self._in_flight[(key, turn)]
                if not lock.locked() and key not in {k for k, _ in self._in_flight}:
                    self._locks.pop(key, None)

        return handle
