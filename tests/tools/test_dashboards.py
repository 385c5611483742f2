"""Grafana dashboards: generated JSON is committed and current; every query uses real metrics."""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from supportloop.core.metrics import names
from tests.tools.test_prometheus_rules import (
    REPO_ROOT,
    known_metric_names,
    load_script,
    run_promtool,
)

DASHBOARD_DIR = REPO_ROOT / "deploy/helm/supportloop/files/dashboards"
GRAFANA_VARIABLES = {
    "$__rate_interval": "5m",
    "$__range": "8w",
    "$__interval": "1m",
    "$category": ".*",
}


def builder() -> Any:
    return load_script(REPO_ROOT / "deploy/grafana/build_dashboards.py")


def dashboards() -> dict[str, dict[str, Any]]:
    return {p.name: json.loads(p.read_text()) for p in sorted(DASHBOARD_DIR.glob("*.json"))}


def panel_queries() -> Iterator[tuple[str, str, str]]:
    for name, board in dashboards().items():
        for panel in board["panels"]:
            for target in panel.get("targets", []):
                yield name, panel["title"], target["expr"]


def variable_queries() -> Iterator[tuple[str, str, str]]:
    for name, board in dashboards().items():
        for variable in board.get("templating", {}).get("list", []):
            if variable["type"] == "query":
                yield name, variable["name"], variable["query"]


def test_generated_dashboards_are_committed_and_current() -> None:
    rendered = builder().render_all()
    assert sorted(rendered) == sorted(dashboards())
    for name, text in rendered.items():
        assert (DASHBOARD_DIR / name).read_text(encoding="utf-8") == text, "run make dashboards"


def test_dashboards_cover_the_six_numbers_modes_throughput_lag_and_dead_letters() -> None:
    exprs = " ".join(expr for _, _, expr in panel_queries())
    for needle in (
        "supportloop_autonomous_resolution:ratio",
        "supportloop_csat:points",
        "supportloop_csat_gap:points",
        "supportloop_escalation_accuracy:ratio",
        "supportloop_first_response_seconds:p90",
        "supportloop_csat_falling",
        "supportloop_knowledge_gaps:count",
        "supportloop_autonomy_mode",
        "supportloop_messages_total",
        "supportloop_consumer_lag_messages",
        "supportloop_dead_letters_total",
    ):
        assert needle in exprs, needle


def test_the_pipeline_dashboard_shows_handoff_readiness_and_draft_verdicts() -> None:
    exprs = {
        title: expr
        for board, title, expr in panel_queries()
        if board == "supportloop-pipeline.json"
    }
    [verdicts] = [e for e in exprs.values() if "supportloop_handoff_draft_reviews_total" in e]
    assert verdicts.startswith("sum by (verdict)")
    assert any("supportloop_handoffs_total" in e for e in exprs.values())


def test_every_panel_queries_only_metrics_that_exist() -> None:
    known = known_metric_names()
    queries = list(panel_queries())
    assert len(queries) > 20
    for board, title, expr in queries:
        referenced = names.referenced_metric_names(expr)
        assert referenced, f"{board} / {title}: no metric in {expr!r}"
        assert referenced <= known, f"{board} / {title}: unknown {sorted(referenced - known)}"
    for board, variable, query in variable_queries():
        match = re.fullmatch(r"label_values\((\w+),\s*(\w+)\)", query)
        assert match, f"{board} ${variable}: unexpected query {query!r}"
        assert match.group(1) in known


def test_panels_have_unique_ids_and_fit_the_grid() -> None:
    for name, board in dashboards().items():
        ids = [p["id"] for p in board["panels"]]
        assert len(ids) == len(set(ids)), name
        for panel in board["panels"]:
            grid = panel["gridPos"]
            assert grid["x"] + grid["w"] <= 24, (name, panel["title"])
            if panel["type"] != "row":
                assert panel["datasource"] == {"type": "prometheus", "uid": "${datasource}"}


@pytest.mark.tools
def test_every_panel_query_is_valid_promql() -> None:
    rules = []
    for index, (_, _, expr) in enumerate(panel_queries()):
        for variable, value in GRAFANA_VARIABLES.items():
            expr = expr.replace(variable, value)
        rules.append({"record": f"dashboard:query_{index}:check", "expr": expr})
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dashboard-queries.yml"
        path.write_text(yaml.safe_dump({"groups": [{"name": "dashboards", "rules": rules}]}))
        result = run_promtool("check", "rules", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
