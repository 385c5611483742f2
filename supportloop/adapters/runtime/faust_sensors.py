"""Faust's Prometheus sensor without its per-message series.

Faust's sensor updates about a dozen series for every message received, event processed and
message sent (building a stream label with a regex each time): a quarter of the CPU of a
Faust hop that does no work. The services already count each message once, with its
outcome (``supportloop_messages_total``, ``supportloop_processing_seconds``,
``supportloop_published_total``, ``supportloop_consumer_lag_messages``). What only Faust
knows is kept: commits, committed offsets, assignments, rebalances, send errors and web
requests.
"""

from __future__ import annotations

import faust
from faust.sensors.monitor import Monitor
from faust.sensors.prometheus import PrometheusMonitor, setup_prometheus_sensors
from prometheus_client import CollectorRegistry

# FaustMetrics fields that move once per message, event, send or table access.
PER_MESSAGE_SERIES = (
    "messages_received",
    "active_messages",
    "messages_received_per_topics",
    "messages_received_per_topics_partition",
    "events_runtime_latency",
    "total_events",
    "total_active_events",
    "total_events_per_stream",
    "table_operations",
    "topic_messages_sent",
    "total_sent_messages",
    "producer_send_latency",
    "topic_partition_end_offset",
)


class LeanPrometheusMonitor(PrometheusMonitor):  # type: ignore[misc]
    """Per-message hooks keep Faust's own bookkeeping (Monitor) and skip Prometheus."""

    on_message_in = Monitor.on_message_in
    on_stream_event_in = Monitor.on_stream_event_in
    on_stream_event_out = Monitor.on_stream_event_out
    on_message_out = Monitor.on_message_out
    on_table_get = Monitor.on_table_get
    on_table_set = Monitor.on_table_set
    on_table_del = Monitor.on_table_del
    on_send_initiated = Monitor.on_send_initiated
    on_send_completed = Monitor.on_send_completed
    track_tp_end_offset = Monitor.track_tp_end_offset


def setup_lean_prometheus_sensors(
    app: faust.App, registry: CollectorRegistry, pattern: str = "/metrics"
) -> None:
    """Faust's /metrics page and sensor, minus the per-message series (see module doc)."""
    setup_prometheus_sensors(app, pattern=pattern, registry=registry, name_prefix="faust")
    metrics = app.monitor._metrics
    for field in PER_MESSAGE_SERIES:
        registry.unregister(getattr(metrics, field))
    app.monitor = LeanPrometheusMonitor(metrics=metrics)
