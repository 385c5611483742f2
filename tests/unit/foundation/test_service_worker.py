"""A service's worker keeps the log level it was given: no library debug record is built per
message (Faust's start-up spinner would set the root logger to DEBUG)."""

from __future__ import annotations

import logging

from supportloop.adapters.runtime.faust_app import ServiceApp, service_worker
from supportloop.settings import KafkaSettings, ServiceSettings


def test_the_worker_leaves_the_root_logger_at_its_level(tmp_path: object) -> None:
    app = ServiceApp(
        "classifier",
        KafkaSettings(topic_prefix="worker-test."),
        ServiceSettings(data_dir=tmp_path),  # type: ignore[arg-type]
    )
    worker = service_worker(app, "warning")
    logger = logging.Logger("root-under-test", logging.WARNING)
    logger.addHandler(logging.NullHandler())

    worker.on_setup_root_logger(logger, logging.WARNING)

    assert worker.spinner is None
    assert logger.level == logging.WARNING
    assert not logger.isEnabledFor(logging.DEBUG)
