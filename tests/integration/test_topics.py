import asyncio
from pathlib import Path

import pytest
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from supportloop.adapters.kafka.admin import create_topics, wait_for_topics
from supportloop.adapters.kafka.connection import aiokafka_kwargs
from supportloop.adapters.runtime.faust_app import ServiceApp
from supportloop.core.topics import ALL_TOPICS, CONFIG, INBOUND
from supportloop.settings import KafkaSettings, ServiceSettings

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


def test_a_service_creates_its_changelogs_before_it_subscribes(
    kafka_settings: KafkaSettings, tmp_path: Path
) -> None:
    """A changelog Faust creates while the consumer subscribes can be missing from the
    consumer's first metadata; the service creates them first and waits until they are listed."""
    settings = kafka_settings.model_copy(update={"topic_prefix": "precreate."})
    service = ServiceApp("resolver", settings, ServiceSettings(data_dir=tmp_path), None)
    service.ticket_table("decisions")
    service.ticket_table("ledger")
    names = [spec.name for spec in service.changelog_specs()]
    assert names == [
        "precreate.supportloop-resolver-decisions-changelog",
        "precreate.supportloop-resolver-ledger-changelog",
    ]

    async def prepare_and_describe() -> dict[str, int]:
        await service.prepare_changelogs()
        await service.prepare_changelogs()  # idempotent
        admin = AIOKafkaAdminClient(**aiokafka_kwargs(kafka_settings))
        await admin.start()
        try:
            topics = await admin.describe_topics(names)
            return {t["topic"]: len(t["partitions"]) for t in topics if not t["error_code"]}
        finally:
            await admin.close()

    assert asyncio.run(prepare_and_describe()) == {n: kafka_settings.partitions for n in names}


def test_waiting_for_a_topic_that_never_appears_times_out(kafka_settings: KafkaSettings) -> None:
    with pytest.raises(TimeoutError, match="never-created"):
        asyncio.run(wait_for_topics(kafka_settings, ["never-created"], timeout_s=0.5))
