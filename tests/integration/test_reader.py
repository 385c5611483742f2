import asyncio

import pytest

from supportloop.kafka.reader import read_all
from supportloop.settings import KafkaSettings
from supportloop.topics import TopicSpec

pytestmark = pytest.mark.integration


def test_reading_a_topic_that_does_not_exist_yields_nothing(kafka_settings: KafkaSettings) -> None:
    missing = TopicSpec("supportloop.never-created.v1", "ticket_id", ())
    assert asyncio.run(read_all(kafka_settings, [missing])) == []
