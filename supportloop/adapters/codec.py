"""The Faust codec for SupportLoop events: pydantic JSON on the wire.

Services publish with it (`value_serializer=EVENT_CODEC`). They consume raw bytes and
decode at the edge with `supportloop.core.events.decode_event`, because a codec that fails
inside Faust drops the message with a log line, where our stage dead-letters it.
"""

from __future__ import annotations

from typing import Any

from faust.serializers import codecs

from supportloop.core import events as ev

EVENT_CODEC = "supportloop-event"


class EventCodec(codecs.Codec):  # type: ignore[misc]
    def _dumps(self, obj: Any) -> bytes:
        if not isinstance(obj, ev.EventBase):
            raise TypeError(f"not a SupportLoop event: {type(obj).__name__}")
        return ev.encode_event(obj)

    def _loads(self, s: bytes) -> Any:
        return ev.decode_event(s)


codecs.register(EVENT_CODEC, EventCodec())
