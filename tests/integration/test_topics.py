import asyncio

import pytest
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from supportloop.kafka.admin import create_topics
from supportloop.kafka.connection import aiokafka_kwargs
from supportloop.settings import KafkaSettings
from supportloop.topics import ALL_TOPICS, CONFIG, INBOUND

pytestmark = pytest.mark.integration


def test_topics_exist_with_partitions_and_cleanup_policy(kafka_settings: KafkaSettings) -> None:
    async def describe() -> tuple[dict[str, int], dict[str, str]]:
        admin = AIOKafkaAdminClient(**aiokafka_kwargs(kafka_settings))
        await admin.start()
        try:
            topics = await admin.describe_topics([t.name for t in ALL_TOPICS])
            partitions = {t["topic"]: len(t["partitions"]) for t in topics}
            [config] = await admin.describe_configs(
                [ConfigResource(ConfigResourceType.TOPIC, CONFIG.name)]
            )
            entries = {e[0]: e[1] for e in config.resources[0][4]}
            return partitions, entries
        finally:
            await admin.close()

    partitions, config = asyncio.run(describe())
    assert partitions[INBOUND.name] == kafka_settings.partitions
    assert partitions[CONFIG.name] == 1
    assert config["cleanup.policy"] == "compact"
    assert asyncio.run(create_topics(kafka_settings)) == []  # idempotent
