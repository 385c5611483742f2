import pytest
from faust.serializers import codecs

from supportloop.adapters.codec import EVENT_CODEC
from tests.unit.foundation.fakes import received


def test_the_faust_codec_round_trips_events() -> None:
    event = received("T-42")
    wire = codecs.dumps(EVENT_CODEC, event)
    assert codecs.loads(EVENT_CODEC, wire) == event


def test_the_codec_refuses_what_is_not_an_event() -> None:
    with pytest.raises(TypeError, match="not a SupportLoop event"):
        codecs.dumps(EVENT_CODEC, {"ticket_id": "T-1"})
