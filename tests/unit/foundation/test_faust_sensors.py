"""A service's /metrics keeps what only Faust knows (commits, assignments, rebalances, send
errors) but no Faust series per message: the services count each message themselves."""

from __future__ import annotations

from pathlib import Path

from faust.types import TP
from prometheus_client import generate_latest

from supportloop.adapters.runtime.faust_app import ServiceApp
from supportloop.adapters.runtime.faust_sensors import PER_MESSAGE_SERIES, LeanPrometheusMonitor
from supportloop.settings import KafkaSettings, ServiceSettings


def service(tmp_path: Path) -> ServiceApp:
    return ServiceApp(
        "resolver", KafkaSettings(topic_prefix="sensor-test."), ServiceSettings(data_dir=tmp_path)
    )


class Message:
    refcount = 0
    acked = False


def test_the_per_message_faust_series_are_gone_and_the_rest_stay(tmp_path: Path) -> None:
    app = service(tmp_path)
    text = generate_latest(app.metrics.registry).decode()
    for gone in ("faust_messages_received", "faust_events_runtime", "faust_total_events",
                 "faust_topic_messages_sent", "faust_table_operations"):  # fmt: skip
        assert gone not in text
    for kept in ("faust_consumer_commit_latency", "faust_assignment_operations",
                 "faust_total_rebalances", "faust_total_error_messages_sent"):  # fmt: skip
        assert kept in text
    assert "# TYPE supportloop_messages_total counter" in text
    assert len(PER_MESSAGE_SERIES) == 13


def test_per_message_hooks_keep_fausts_bookkeeping_and_leave_prometheus_alone(
    tmp_path: Path,
) -> None:
    app = service(tmp_path)
    monitor = app.app.monitor
    assert isinstance(monitor, LeanPrometheusMonitor)
    before = generate_latest(app.metrics.registry)
    tp = TP("sensor-test.inbound", 0)
    message = Message()
    monitor.on_message_in(tp, 7, message)
    monitor.on_message_out(tp, 7, message)
    monitor.track_tp_end_offset(tp, 8)
    assert monitor.messages_received_total == 1
    assert monitor.messages_received_by_topic["sensor-test.inbound"] == 1
    assert generate_latest(app.metrics.registry) == before
