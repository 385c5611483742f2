"""Prometheus rules and exposition, checked by the real promtool (Debian 12's 2.42)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from supportloop.core.metrics import names
from supportloop.core.metrics.book import WeeklyBook
from supportloop.core.metrics.breaker import CircuitBreaker
from supportloop.core.metrics.collector import BookCollector
from supportloop.core.metrics.repeat_collector import RepeatCollector
from supportloop.core.metrics.repeats import RepeatContacts
from supportloop.core.metrics.settings import MetricsSettings
from supportloop.devtools.simulator import simulate_rollout

REPO_ROOT = Path(__file__).resolve().parents[2]
RULES = REPO_ROOT / "deploy/prometheus/rules/supportloop.rules.yml"
RULE_TESTS = REPO_ROOT / "deploy/prometheus/tests/supportloop.rules.test.yml"


def promtool() -> Path:
    tools_bin = os.environ.get("SUPPORTLOOP_TOOLS_BIN") or str(REPO_ROOT / ".tools/bin")
    binary = Path(tools_bin) / "promtool"
    if not os.access(binary, os.X_OK):
        pytest.fail(f"promtool not found at {binary}: run `make promtool` (or `make tools`) first")
    return binary


def run_promtool(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(promtool()), *args], input=stdin, capture_output=True, text=True, timeout=120
    )


def rules() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(RULES.read_text())
    return loaded


def load_script(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def collector_exposition() -> str:
    settings = MetricsSettings(breaker_min_sample=20)
    book, breaker = WeeklyBook(settings), CircuitBreaker(settings)
    repeats = RepeatContacts()
    for event in simulate_rollout(7, weeks=6, tickets_per_week=600):
        book.observe(event)
        breaker.evaluate(book)
        repeats.observe(event)
    registry = CollectorRegistry()
    registry.register(BookCollector(book, breaker))
    registry.register(RepeatCollector(repeats, settings.exposed_weeks))  # the seventh number
    return generate_latest(registry).decode()


def exposed_names() -> frozenset[str]:
    return frozenset(
        sample.name
        for family in text_string_to_metric_families(collector_exposition())
        for sample in family.samples
    )


def known_metric_names() -> frozenset[str]:
    records = {r["record"] for g in rules()["groups"] for r in g["rules"] if "record" in r}
    return exposed_names() | names.service_metric_names() | records


@pytest.mark.tools
def test_rules_pass_promtool_check() -> None:
    result = run_promtool("check", "rules", str(RULES))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS: 22 rules found" in result.stdout


@pytest.mark.tools
def test_rule_unit_tests_pass() -> None:
    result = run_promtool("test", "rules", str(RULE_TESTS))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


@pytest.mark.tools
def test_collector_exposition_passes_promtool_check_metrics() -> None:
    text = collector_exposition()
    assert 'supportloop_week_csat_points_count{category="wismo"' in text
    result = run_promtool("check", "metrics", stdin=text)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout + result.stderr == ""


def test_every_alert_and_recording_rule_has_a_unit_test() -> None:
    tests = yaml.safe_load(RULE_TESTS.read_text())["tests"]
    tested_alerts = {t["alertname"] for case in tests for t in case.get("alert_rule_test", [])}
    tested_exprs = " ".join(t["expr"] for case in tests for t in case.get("promql_expr_test", []))
    all_rules = [r for g in rules()["groups"] for r in g["rules"]]
    alerts = {r["alert"] for r in all_rules if "alert" in r}
    assert alerts == {
        "SupportLoopCsatGapAboveFivePoints",
        "SupportLoopCsatDrop",
        "SupportLoopAiFirstResponseSlow",
        "SupportLoopDeadLettersGrowing",
        "SupportLoopConsumerLagHigh",
    }
    assert alerts <= tested_alerts
    for record in (r["record"] for r in all_rules if "record" in r):
        assert record in tested_exprs, f"recording rule {record} has no promql_expr_test"


def test_rules_only_reference_metrics_that_exist() -> None:
    known = known_metric_names()
    for group in rules()["groups"]:
        for rule in group["rules"]:
            unknown = names.referenced_metric_names(rule["expr"]) - known
            assert not unknown, f"{rule.get('record') or rule.get('alert')}: {sorted(unknown)}"


def test_alerts_carry_severity_summary_and_description() -> None:
    for rule in rules()["groups"][1]["rules"]:
        assert rule["labels"]["severity"] in {"warning", "critical"}
        assert rule["annotations"]["summary"] and rule["annotations"]["description"]


def test_the_charts_copy_of_the_rules_is_in_sync() -> None:
    sync = load_script(REPO_ROOT / "deploy/prometheus/sync_rules.py")
    chart_copy = REPO_ROOT / "deploy/helm/supportloop/files/prometheus-rules.yml"
    assert chart_copy.read_text(encoding="utf-8") == sync.rendered(), "run make dashboards"
    assert yaml.safe_load(chart_copy.read_text()) == rules()
