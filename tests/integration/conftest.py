from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from supportloop.devtools.devstack import DevStack
from supportloop.settings import KafkaSettings

WEBHOOK_SECRET = "integration-secret"


@pytest.fixture(scope="module")
def stack(
    kafka_settings: KafkaSettings, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[DevStack]:
    work_dir: Path = tmp_path_factory.mktemp("stack")
    stack = DevStack(
        work_dir,
        partitions=kafka_settings.partitions,
        external_bootstrap=kafka_settings.bootstrap_servers,
        extra_env={"SUPPORTLOOP_WEBHOOK_SECRET": WEBHOOK_SECRET},
    )
    try:
        stack.start_services()
        yield stack
    finally:
        stack.stop()
