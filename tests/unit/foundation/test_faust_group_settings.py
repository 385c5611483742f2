"""What every service's consumer group runs with: session and rebalance timeouts, and static
membership only when a worker has a stable identity (SUPPORTLOOP_KAFKA_GROUP_INSTANCE_ID)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from supportloop.adapters.runtime.faust_config import build_faust_app
from supportloop.settings import KafkaSettings, ServiceSettings


def worker_consumer(kafka: KafkaSettings, tmp_path: Path) -> Any:
    """The aiokafka consumer Faust builds for the app's worker (not started)."""
    app = build_faust_app("resolver", kafka, ServiceSettings(data_dir=tmp_path))
    return app, app.consumer._thread._create_worker_consumer(app.transport)


async def test_dynamic_membership_by_default(tmp_path: Path) -> None:
    app, consumer = worker_consumer(KafkaSettings(topic_prefix="eu."), tmp_path)
    assert app.conf.consumer_group_instance_id is None
    assert consumer._group_id == "eu.supportloop-resolver"
    assert consumer._group_instance_id is None
    # A crashed worker's partitions move after 15 s; a rebalance waits 60 s for members to
    # finish and commit what they hold of revoked partitions.
    assert consumer._session_timeout_ms == 15_000
    assert consumer._heartbeat_interval_ms == 3_000
    assert consumer._rebalance_timeout_ms == 60_000
    assert consumer._enable_auto_commit is False


async def test_a_stable_worker_identity_joins_as_a_static_member(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SUPPORTLOOP_KAFKA_GROUP_INSTANCE_ID", "resolver-0")
    kafka = KafkaSettings()
    assert kafka.group_instance_id == "resolver-0"
    app, consumer = worker_consumer(kafka, tmp_path)
    assert app.conf.consumer_group_instance_id == "resolver-0"
    assert consumer._group_instance_id == "resolver-0"


@pytest.mark.parametrize("bad", ["", "two words", "a/b", "x" * 201])
def test_a_group_instance_id_kafka_would_refuse_is_refused_at_start(bad: str) -> None:
    with pytest.raises(ValidationError, match="group_instance_id"):
        KafkaSettings(group_instance_id=bad)
