"""A real Prometheus in the loop: it scrapes a running stack, evaluates the shipped rule file
(deploy/prometheus/rules), and the six weekly numbers and the consumer-lag alert are read back
through its HTTP API with the queries the Grafana dashboards run (taken from the generated
dashboards in deploy/helm/supportloop/files/dashboards, template variables filled in).

The stack: the metrics service (the weekly book) and an escalator whose helpdesk accepts
connections and never answers, so escalations pile up as consumer lag. Prometheus is Debian's
server binary (`make prometheus`, extracted from the package like promtool), bound to
127.0.0.1 on a free port with its data in a temp dir. The rule file is loaded as shipped; only
the evaluation interval of its groups is shortened (1 m → 1 s) so the test runs in seconds.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import socket
import subprocess
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from supportloop.adapters.kafka.produce import event_producer
from supportloop.core import events as ev
from supportloop.core.metrics.histogram import FIRST_RESPONSE_BUCKETS_S as BUCKETS
from supportloop.core.metrics.weeks import week_of, week_start
from supportloop.core.topics import (
    CLASSIFIED,
    ESCALATIONS,
    HANDOFFS,
    HUMAN_OUTCOMES,
    KNOWLEDGE_GAPS,
    RESOLUTIONS,
    REVIEWS,
    TopicSpec,
)
from supportloop.devtools.devstack import DevStack
from supportloop.devtools.local_broker import free_port
from supportloop.settings import KafkaSettings
from tests.stacks import stack_on
from tests.unit.metrics_core import factory as f

pytestmark = pytest.mark.integration

REPO_ROOT = Path(__file__).resolve().parents[2]
RULES = REPO_ROOT / "deploy" / "prometheus" / "rules" / "supportloop.rules.yml"
DASHBOARDS = REPO_ROOT / "deploy" / "helm" / "supportloop" / "files" / "dashboards"
PREFIX = "prom-loop."
CATEGORY = "wismo"
STALLED = 3000  # escalations behind a helpdesk that never answers: lag far above 1000
LAG_ALERT = "SupportLoopConsumerLagHigh"


def prometheus_binary() -> Path:
    tools_bin = Path(os.environ.get("SUPPORTLOOP_TOOLS_BIN", REPO_ROOT / ".tools" / "bin"))
    binary = tools_bin / "prometheus"
    if not os.access(binary, os.X_OK):
        pytest.fail(f"prometheus not found at {binary}: `make prometheus` (Debian package)")
    return binary


# --- a helpdesk that accepts and never answers ------------------------------------------------


class BlackHole:
    """A TCP server that accepts every connection and never sends a byte."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(256)
        self.port = int(self.sock.getsockname()[1])
        self.held: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self.sock.accept()
            except OSError:
                return
            self.held.append(connection)

    def close(self) -> None:
        self.sock.close()
        for connection in self.held:
            connection.close()


# --- Prometheus -------------------------------------------------------------------------------


@dataclass
class Prometheus:
    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def api(self, path: str, **params: str) -> Any:
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        with urllib.request.urlopen(f"{self.url}/api/v1/{path}{query}", timeout=10) as resp:
            body = json.loads(resp.read())
        assert body["status"] == "success", body
        return body["data"]

    def query(self, expr: str) -> list[dict[str, Any]]:
        data = self.api("query", query=expr)
        assert data["resultType"] == "vector", (expr, data)
        result: list[dict[str, Any]] = data["result"]
        return result


def fast_rules(tmp: Path) -> Path:
    """The shipped rule file with every group evaluated each second (expressions untouched)."""
    rules = yaml.safe_load(RULES.read_text())
    for group in rules["groups"]:
        group["interval"] = "1s"
    path = tmp / RULES.name
    path.write_text(yaml.safe_dump(rules, sort_keys=False))
    return path


@pytest.fixture
def prometheus_for(tmp_path: Path) -> Iterator[Any]:
    started: list[Prometheus] = []

    def start(targets: Sequence[str]) -> Prometheus:
        port = free_port()
        config = {
            "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
            "rule_files": [str(fast_rules(tmp_path))],
            "scrape_configs": [
                {"job_name": "supportloop", "static_configs": [{"targets": list(targets)}]}
            ],
        }
        config_file = tmp_path / "prometheus.yml"
        config_file.write_text(yaml.safe_dump(config))
        log = tmp_path / "prometheus.log"
        with log.open("wb") as out:
            process = subprocess.Popen(
                [
                    str(prometheus_binary()),
                    f"--config.file={config_file}",
                    f"--storage.tsdb.path={tmp_path / 'tsdb'}",
                    f"--web.listen-address=127.0.0.1:{port}",
                    "--log.level=warn",
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        prometheus = Prometheus(f"http://127.0.0.1:{port}", process, log)
        started.append(prometheus)
        deadline = time.monotonic() + 30
        while True:
            assert process.poll() is None, log.read_text()
            try:
                with urllib.request.urlopen(f"{prometheus.url}/-/ready", timeout=2) as resp:
                    if resp.status == 200:
                        return prometheus
            except OSError:
                pass
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)

    yield start
    for prometheus in started:
        prometheus.process.terminate()
        try:
            prometheus.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            prometheus.process.kill()
            prometheus.process.wait()


# --- the stack --------------------------------------------------------------------------------


@pytest.fixture
def stack(
    kafka_settings: KafkaSettings, tmp_path: Path
) -> Iterator[tuple[DevStack, KafkaSettings]]:
    settings = kafka_settings.model_copy(update={"topic_prefix": PREFIX})
    helpdesk = BlackHole()
    stack = stack_on(settings, tmp_path / "stack")
    try:
        stack.start_service("metrics")
        stack.start_service(
            "escalator",
            env={
                "SUPPORTLOOP_ESCALATOR_HELPDESK_URL": f"http://127.0.0.1:{helpdesk.port}",
                "SUPPORTLOOP_ESCALATOR_TIMEOUT_S": "120",
                "SUPPORTLOOP_ESCALATOR_RETRY_ATTEMPTS": "20",
            },
        )
        for process in stack.processes.values():
            process.wait_healthy()
        yield stack, settings
    finally:
        stack.stop()
        helpdesk.close()


def publish(settings: KafkaSettings, sends: Sequence[tuple[TopicSpec, ev.Event]]) -> None:
    async def run() -> None:
        async with event_producer(settings) as producer:
            for topic, event in sends:
                await producer.send(topic, event)

    asyncio.run(run())


def this_weeks_numbers(start: datetime) -> list[tuple[TopicSpec, ev.Event]]:
    """20 AI-resolved tickets rated 5,4,… (87.5 points), 4 handed off rated 3,5,… (75 points),
    2 reviewed escalations (1 accurate), 3 knowledge gaps."""
    sends: list[tuple[TopicSpec, ev.Event]] = []
    for i in range(20):
        tid, when = f"AI-{i}", start + timedelta(seconds=i)
        sends.append((CLASSIFIED, f.classified(tid, CATEGORY, when)))
        sends.append((RESOLUTIONS, f.resolved(tid, CATEGORY, when, latency_ms=1800.0)))
        sends.append((HUMAN_OUTCOMES, f.csat(tid, 5 if i % 2 else 4, when, category=CATEGORY)))
    for i in range(4):
        tid, when = f"HUMAN-{i}", start + timedelta(seconds=30 + i)
        sends.append((CLASSIFIED, f.classified(tid, CATEGORY, when)))
        sends.append((HANDOFFS, f.handed_off(tid, CATEGORY, when)))
        score = 3 if i % 2 else 5
        sends.append(
            (HUMAN_OUTCOMES, f.csat(tid, score, when, category=CATEGORY, resolved_by="human"))
        )
    sends.append((REVIEWS, f.escalation_reviewed("REV-1", CATEGORY, start, different=False)))
    sends.append((REVIEWS, f.escalation_reviewed("REV-2", CATEGORY, start, different=True)))
    for i in range(3):
        question = f"Do you ship to planet {i}?"
        sends.append((KNOWLEDGE_GAPS, f.knowledge_gap(f"GAP-{i}", CATEGORY, question, start)))
    return sends


def last_weeks_ratings(start: datetime) -> list[tuple[TopicSpec, ev.Event]]:
    """20 AI-resolved tickets last week, all rated 5 (100 points): the CSAT baseline."""
    sends: list[tuple[TopicSpec, ev.Event]] = []
    for i in range(20):
        tid, when = f"LAST-{i}", start + timedelta(seconds=i)
        sends.append((CLASSIFIED, f.classified(tid, CATEGORY, when)))
        sends.append((RESOLUTIONS, f.resolved(tid, CATEGORY, when, latency_ms=1800.0)))
        sends.append((HUMAN_OUTCOMES, f.csat(tid, 5, when, category=CATEGORY)))
    return sends


def escalations(count: int, when: datetime) -> list[tuple[TopicSpec, ev.Event]]:
    return [
        (
            ESCALATIONS,
            ev.TicketEscalated(
                event_id=f"esc-{i}",
                ticket_id=f"STALLED-{i}",
                occurred_at=when,
                category="lag_probe",
                tier=3,
                stage="classifier",
                reason="tier 3",
                recommended_action="reply",
                received_at=when,
            ),
        )
        for i in range(count)
    ]


# --- the dashboards' queries ------------------------------------------------------------------


def dashboard_queries(file_name: str) -> dict[str, list[str]]:
    """Panel title → the PromQL of its targets, Grafana's variables filled in as a dashboard
    over the last 10 minutes with every category selected would."""
    dashboard = json.loads((DASHBOARDS / file_name).read_text())
    variables = {"$__range": "10m", "$__rate_interval": "15s", "$category": ".*"}
    queries: dict[str, list[str]] = {}

    def walk(panels: list[dict[str, Any]]) -> None:
        for panel in panels:
            walk(panel.get("panels", []))
            for target in panel.get("targets", []):
                expr = target["expr"]
                for name, value in variables.items():
                    expr = expr.replace(name, value)
                assert "$" not in expr, expr
                queries.setdefault(panel["title"], []).append(expr)

    walk(dashboard["panels"])
    return queries


def by_week(prometheus: Prometheus, expr: str, week: str) -> float:
    rows = {r["metric"].get("week"): float(r["value"][1]) for r in prometheus.query(expr)}
    assert week in rows, (expr, rows)
    return rows[week]


def eventually(check: Any, timeout_s: float = 60.0) -> Any:
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            return check()
        except AssertionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def test_prometheus_reads_the_six_numbers_and_the_lag_alert_as_the_dashboards_do(
    stack: tuple[DevStack, KafkaSettings], prometheus_for: Any
) -> None:
    devstack, settings = stack
    now = datetime.now(UTC)
    week = week_of(now)
    start = max(week_start(week), now - timedelta(minutes=5))
    publish(settings, last_weeks_ratings(start - timedelta(days=7)))
    publish(settings, this_weeks_numbers(start))
    # Far in the past: these only make lag, never this week's numbers.
    publish(settings, escalations(STALLED, now - timedelta(weeks=8)))

    targets = [f"127.0.0.1:{p.port}" for p in devstack.processes.values()]
    prometheus = prometheus_for(targets)

    weekly = dashboard_queries("supportloop-weekly.json")
    rate, csat_ai, csat_human = (
        weekly["1 · Autonomous resolution rate"][0],
        *weekly["2 · CSAT, AI vs human (points)"],
    )
    # 1. autonomous resolution rate: 20 AI-resolved of 24 terminal outcomes.
    assert eventually(lambda: by_week(prometheus, rate, week)) == pytest.approx(20 / 24)
    # 2. CSAT in points (1-5 → 0-100) and the gap, human − AI.
    assert by_week(prometheus, csat_ai, week) == pytest.approx(87.5)
    assert by_week(prometheus, csat_human, week) == pytest.approx(75.0)
    (gap,) = weekly["2 · CSAT gap, human − AI (points)"]
    assert by_week(prometheus, gap, week) == pytest.approx(-12.5)
    # 3. escalation accuracy: 1 of 2 reviewed escalations not materially different.
    (accuracy,) = weekly["3 · Escalation accuracy"]
    assert by_week(prometheus, accuracy, week) == pytest.approx(0.5)
    # 4. first response, AI: all 20 took 1.8 s, so p50 and p90 interpolate in that bucket.
    lo, hi = next(
        (lo, hi) for lo, hi in zip((0.0, *BUCKETS), BUCKETS, strict=False) if lo < 1.8 <= hi
    )
    p50, p90 = weekly["4 · First response time, AI (p50 / p90)"]
    assert by_week(prometheus, p50, week) == pytest.approx(lo + (hi - lo) * 0.5)
    assert by_week(prometheus, p90, week) == pytest.approx(lo + (hi - lo) * 0.9)
    # 5. categories with falling CSAT: all ratings 100 → (20 × 87.5 + 4 × 75) / 24 points.
    (falling_count,) = weekly["5 · Categories with falling CSAT"]
    (falling,) = weekly["5 · Falling CSAT, change in points"]
    assert eventually(lambda: [float(r["value"][1]) for r in prometheus.query(falling_count)]) == [
        1.0
    ]
    [row] = prometheus.query(falling)
    assert row["metric"]["category"] == CATEGORY
    assert float(row["value"][1]) == pytest.approx((20 * 87.5 + 4 * 75) / 24 - 100)
    # 6. knowledge-base gaps.
    (gaps,) = weekly["6 · Knowledge-base gaps"]
    assert by_week(prometheus, gaps, week) == 3

    # The consumer-lag alert: the escalator is thousands of messages behind. Its `for: 10m`
    # keeps it pending here; pending means the rule's expression holds.
    lag_topic = ESCALATIONS.full_name(PREFIX)

    def lag_alert() -> dict[str, Any]:
        alerts = [
            a
            for a in prometheus.api("alerts")["alerts"]
            if a["labels"]["alertname"] == LAG_ALERT
            and (a["labels"]["service"], a["labels"]["topic"]) == ("escalator", lag_topic)
        ]
        assert len(alerts) == 1, alerts
        return alerts[0]

    alert = eventually(lag_alert, timeout_s=60)
    assert alert["state"] in ("pending", "firing")
    assert alert["labels"]["service"] == "escalator"
    assert alert["labels"]["severity"] == "warning"
    assert float(alert["value"]) > 1000
    assert re.fullmatch(
        rf"escalator is \d+(\.\d+)?(e\+\d+)? messages behind on {lag_topic}",
        (alert["annotations"]["summary"]),
    )
    pipeline = dashboard_queries("supportloop-pipeline.json")
    (lag_panel,) = pipeline["Consumer lag (messages)"]
    lags = {
        (r["metric"]["service"], r["metric"]["topic"]): float(r["value"][1])
        for r in prometheus.query(lag_panel)
    }
    # The whole backlog, though Faust has fetched part of it into memory: nothing of it is
    # done but the few messages in flight (at most one per partition per worker slot).
    assert lags[("escalator", lag_topic)] >= STALLED - 8 * settings.partitions

    # Every shipped rule loaded and evaluates without error.
    groups = prometheus.api("rules")["groups"]
    shipped = yaml.safe_load(RULES.read_text())["groups"]
    assert sorted(g["name"] for g in groups) == sorted(g["name"] for g in shipped)
    loaded = [r for g in groups for r in g["rules"]]
    assert len(loaded) == sum(len(g["rules"]) for g in shipped)
    assert [r["name"] for r in loaded if r["health"] != "ok"] == []
