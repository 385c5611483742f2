"""Grafana dashboards as code (grafana-foundation-sdk, pinned 1769699379!11.6.0).

Run: ``python deploy/grafana/build_dashboards.py`` (``make dashboards``) to regenerate
``deploy/helm/supportloop/files/dashboards/*.json``; ``--check`` exits 1 when they are stale.
Queries use the metrics service's families (supportloop/core/metrics/names.py), the recording
rules in deploy/prometheus/rules, and the pipeline services' metrics.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from grafana_foundation_sdk.builders import barchart, stat, statetimeline, table, timeseries
from grafana_foundation_sdk.builders import dashboard as dash
from grafana_foundation_sdk.builders import prometheus as prom
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models import dashboard as model
from grafana_foundation_sdk.models.prometheus import PromQueryFormat

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = ROOT / "deploy/helm/supportloop/files/dashboards"
DATASOURCE = model.DataSourceRef(type_val="prometheus", uid="${datasource}")
CURRENT_WEEK = "and on (week) supportloop_metrics_current_week_info == 1"
CATEGORY = 'category=~"$category"'
MODE_VALUES = {"off": 0, "shadow": 1, "live": 2, "paused": 3}
MODE_COLORS = {"off": "text", "shadow": "blue", "live": "green", "paused": "red"}


def query(expr: str, legend: str = "", ref: str = "A", *, weekly: bool = False) -> prom.Dataquery:
    q = prom.Dataquery().expr(expr).ref_id(ref).datasource(DATASOURCE)
    if weekly:
        return q.instant().format(PromQueryFormat.TABLE)
    return q.range().legend_format(legend or "__auto")


def per_week(record: str, selector: str = "") -> str:
    """The last value of a weekly recording rule for every week in the dashboard's range."""
    matchers = f"{{{selector}}}" if selector else ""
    return f"max by (week) (last_over_time({record}{matchers}[$__range]))"


def transform(kind: str, options: dict[str, Any]) -> model.DataTransformerConfig:
    return model.DataTransformerConfig(id_val=kind, options=options)


def week_bars(title: str, unit: str, description: str, *targets: prom.Dataquery) -> barchart.Panel:
    panel = (
        barchart.Panel()
        .title(title)
        .description(description)
        .datasource(DATASOURCE)
        .unit(unit)
        .x_field("week")
        .height(8)
        .span(8)
    )
    for target in targets:
        panel = panel.with_target(target)
    if len(targets) > 1:
        panel = panel.with_transformation(transform("joinByField", {"byField": "week"}))
    return panel


def weekly_dashboard() -> dash.Dashboard:
    board = (
        dash.Dashboard("SupportLoop — the six weekly numbers")
        .uid("supportloop-weekly")
        .tags(["supportloop"])
        .description("Week by week (ISO weeks of event time), per category, and modes.")
        .time("now-8w", "now")
        .refresh("5m")
        .timezone("utc")
        .with_variable(dash.DatasourceVariable("datasource").label("Prometheus").type("prometheus"))
        .with_variable(
            dash.QueryVariable("category")
            .label("Category")
            .datasource(DATASOURCE)
            .query("label_values(supportloop_week_terminal_tickets, category)")
            .multi(True)
            .include_all(True)
            .all_value(".*")
            .refresh(model.VariableRefresh.ON_TIME_RANGE_CHANGED)
        )
    )
    board = board.with_row(dash.Row("Week by week"))
    board = board.with_panel(
        week_bars(
            "1 · Autonomous resolution rate",
            "percentunit",
            "Tickets fully resolved by the AI over all terminal outcomes. Target 60 %+.",
            query(per_week("week:supportloop_autonomous_resolution:ratio"), weekly=True),
        )
    )
    board = board.with_panel(
        week_bars(
            "2 · CSAT, AI vs human (points)",
            "none",
            "Mean rating mapped 1→0 … 5→100.",
            query(per_week("week_resolver:supportloop_csat:points", 'resolver="ai"'), weekly=True),
            query(
                per_week("week_resolver:supportloop_csat:points", 'resolver="human"'),
                ref="B",
                weekly=True,
            ),
        ).with_transformation(
            transform("organize", {"renameByName": {"Value #A": "AI", "Value #B": "human"}})
        )
    )
    board = board.with_panel(
        week_bars(
            "2 · CSAT gap, human − AI (points)",
            "none",
            "Positive when the AI is rated lower. Target: within 5 points.",
            query(per_week("week:supportloop_csat_gap:points"), weekly=True),
        )
    )
    board = board.with_panel(
        week_bars(
            "3 · Escalation accuracy",
            "percentunit",
            "Share of reviewed escalations where the human's action was not materially "
            "different from the AI's recommendation.",
            query(per_week("week:supportloop_escalation_accuracy:ratio"), weekly=True),
        )
    )
    board = board.with_panel(
        week_bars(
            "4 · First response time, AI (p50 / p90)",
            "s",
            "Target: under 30 s.",
            query(
                per_week("week_resolver:supportloop_first_response_seconds:p50", 'resolver="ai"'),
                weekly=True,
            ),
            query(
                per_week("week_resolver:supportloop_first_response_seconds:p90", 'resolver="ai"'),
                ref="B",
                weekly=True,
            ),
        ).with_transformation(
            transform("organize", {"renameByName": {"Value #A": "p50", "Value #B": "p90"}})
        )
    )
    board = board.with_panel(
        week_bars(
            "4 · First response time, human (p50 / p90)",
            "s",
            "First agent reply after the ticket was received.",
            query(
                per_week(
                    "week_resolver:supportloop_first_response_seconds:p50", 'resolver="human"'
                ),
                weekly=True,
            ),
            query(
                per_week(
                    "week_resolver:supportloop_first_response_seconds:p90", 'resolver="human"'
                ),
                ref="B",
                weekly=True,
            ),
        ).with_transformation(
            transform("organize", {"renameByName": {"Value #A": "p50", "Value #B": "p90"}})
        )
    )
    board = board.with_panel(
        stat.Panel()
        .title("5 · Categories with falling CSAT")
        .description("Categories whose CSAT (all ratings) is below last week's, on enough ratings.")
        .datasource(DATASOURCE)
        .with_target(query("supportloop_csat_falling_categories:count", "falling"))
        .height(8)
        .span(4)
    )
    board = board.with_panel(
        table.Panel()
        .title("5 · Falling CSAT, change in points")
        .datasource(DATASOURCE)
        .with_target(
            query(
                f"min by (category) (category:supportloop_csat_falling:points{{{CATEGORY}}})",
                weekly=True,
            )
        )
        .with_transformation(
            transform(
                "organize",
                {"excludeByName": {"Time": True}, "renameByName": {"Value": "Δ points"}},
            )
        )
        .height(8)
        .span(4)
    )
    board = board.with_panel(
        week_bars(
            "6 · Knowledge-base gaps",
            "none",
            "Questions the AI could not answer; the questions are in `supportloop report weekly`.",
            query(
                "max by (week) (last_over_time(week:supportloop_knowledge_gaps:count[$__range]))",
                weekly=True,
            ),
        )
    )
    board = board.with_panel(
        week_bars(
            "7 · Repeat contacts within 7 days (AI / human)",
            "percentunit",
            "Share of resolved tickets whose customer came back about the same order (or the "
            "same topic) within 7 days — lower is better; a week's figure grows until 7 days "
            "after its last resolution.",
            query(
                per_week("week_resolver:supportloop_repeat_contact:ratio", 'resolver="ai"'),
                weekly=True,
            ),
            query(
                per_week("week_resolver:supportloop_repeat_contact:ratio", 'resolver="human"'),
                ref="B",
                weekly=True,
            ),
        ).with_transformation(
            transform("organize", {"renameByName": {"Value #A": "AI", "Value #B": "human"}})
        )
    )
    board = board.with_row(dash.Row("This week, per category"))
    columns = {
        "A": ("auto-resolution", "week_category:supportloop_autonomous_resolution:ratio"),
        "B": ("CSAT AI", 'week_category_resolver:supportloop_csat:points{resolver="ai",'),
        "C": ("CSAT human", 'week_category_resolver:supportloop_csat:points{resolver="human",'),
        "D": ("CSAT gap", "week_category:supportloop_csat_gap:points"),
        "E": ("escalation accuracy", "week_category:supportloop_escalation_accuracy:ratio"),
        "F": (
            "first response p90 AI",
            'week_category_resolver:supportloop_first_response_seconds:p90{resolver="ai",',
        ),
        "G": ("KB gaps", "week_category:supportloop_knowledge_gaps:count"),
        "J": (
            "repeat contacts AI",
            'week_category_resolver:supportloop_repeat_contact:ratio{resolver="ai",',
        ),
    }
    per_category = (
        table.Panel()
        .title("The six numbers by category (current week)")
        .datasource(DATASOURCE)
        .height(10)
        .span(24)
    )
    for ref, (_, record) in columns.items():
        selector = f"{record}{CATEGORY}}}" if record.endswith(",") else f"{record}{{{CATEGORY}}}"
        per_category = per_category.with_target(
            query(f"max by (category) ({selector} {CURRENT_WEEK})", ref=ref, weekly=True)
        )
    per_category = per_category.with_target(
        query(
            f'max by (category) (supportloop_csat_change_points{{resolver="all",{CATEGORY}}})',
            ref="H",
            weekly=True,
        )
    ).with_target(
        query(
            f"max by (category, mode) (supportloop_autonomy_mode{{{CATEGORY}}} == 1)",
            ref="I",
            weekly=True,
        )
    )
    renames = {f"Value #{ref}": label for ref, (label, _) in columns.items()}
    renames["Value #H"] = "CSAT Δ wow"
    per_category = per_category.with_transformation(transform("merge", {})).with_transformation(
        transform(
            "organize",
            {"excludeByName": {"Time": True, "Value #I": True}, "renameByName": renames},
        )
    )
    board = board.with_panel(per_category)
    board = board.with_row(dash.Row("Modes over time"))
    mode_expr = " or ".join(
        f'(supportloop_autonomy_mode{{mode="{mode}",{CATEGORY}}} == 1) * {value}'
        for mode, value in MODE_VALUES.items()
    )
    board = board.with_panel(
        statetimeline.Panel()
        .title("Autonomy mode per category")
        .datasource(DATASOURCE)
        .with_target(query(f"max by (category) ({mode_expr})", "{{category}}"))
        .mappings(
            [
                model.ValueMap(
                    options={
                        str(value): model.ValueMappingResult(
                            text=mode, color=MODE_COLORS[mode], index=value
                        )
                        for mode, value in MODE_VALUES.items()
                    }
                )
            ]
        )
        .height(10)
        .span(16)
    )
    board = board.with_panel(
        timeseries.Panel()
        .title("Circuit breaker pauses")
        .datasource(DATASOURCE)
        .with_target(
            query(
                "sum by (category) (increase(supportloop_circuit_breaker_trips_total[1h]))",
                "{{category}}",
            )
        )
        .height(10)
        .span(8)
    )
    return board


def pipeline_dashboard() -> dash.Dashboard:
    board = (
        dash.Dashboard("SupportLoop — pipeline health")
        .uid("supportloop-pipeline")
        .tags(["supportloop"])
        .description("Throughput, consumer lag, dead letters and the metrics service's book.")
        .time("now-6h", "now")
        .refresh("30s")
        .timezone("utc")
        .with_variable(dash.DatasourceVariable("datasource").label("Prometheus").type("prometheus"))
    )
    panels: list[tuple[str, str, str, str]] = [
        (
            "Throughput by service and outcome",
            "sum by (service, outcome) (rate(supportloop_messages_total[$__rate_interval]))",
            "{{service}} {{outcome}}",
            "ops",
        ),
        (
            "Terminal outcomes by category",
            "sum by (outcome) (rate(supportloop_terminal_outcomes_total[$__rate_interval]))",
            "{{outcome}}",
            "ops",
        ),
        (
            "Processing time p90 by service",
            "histogram_quantile(0.9, sum by (service, le) "
            "(rate(supportloop_processing_seconds_bucket[$__rate_interval])))",
            "{{service}}",
            "s",
        ),
        (
            "Consumer lag (messages)",
            "sum by (service, topic) (supportloop_consumer_lag_messages)",
            "{{service}} {{topic}}",
            "short",
        ),
        (
            "Dead letters by stage and reason",
            "sum by (service, stage, reason) "
            "(increase(supportloop_dead_letters_total[$__rate_interval]))",
            "{{service}} {{stage}} {{reason}}",
            "short",
        ),
        (
            "Hand-offs with a draft, by category (legal, business, human requests left out)",
            'sum by (category) (increase(supportloop_handoffs_total{draft="yes"}[1d])) / '
            'sum by (category) (increase(supportloop_handoffs_total{draft!="not_expected"}[1d]))',
            "{{category}}",
            "percentunit",
        ),
        (
            "Hand-offs with the order looked up, by category",
            'sum by (category) (increase(supportloop_handoffs_total{order="looked_up"}[1d])) / '
            "sum by (category) (increase(supportloop_handoffs_total[1d]))",
            "{{category}}",
            "percentunit",
        ),
        (
            "Hand-off drafts: sent as is, edited, discarded (share of reviewed drafts)",
            "sum by (verdict) (increase(supportloop_handoff_draft_reviews_total[1d])) / "
            "ignoring (verdict) group_left "
            "sum(increase(supportloop_handoff_draft_reviews_total[1d]))",
            "{{verdict}}",
            "percentunit",
        ),
        (
            "Metrics service: events into the weekly book",
            "sum(rate(supportloop_metrics_events_observed_total[$__rate_interval]))",
            "observed",
            "ops",
        ),
    ]
    board = board.with_row(dash.Row("Flow"))
    for title, expr, legend, unit in panels:
        board = board.with_panel(
            timeseries.Panel()
            .title(title)
            .datasource(DATASOURCE)
            .with_target(query(expr, legend))
            .unit(unit)
            .height(8)
            .span(12)
        )
    board = board.with_panel(
        timeseries.Panel()
        .title("Metrics service: dropped events and joins")
        .datasource(DATASOURCE)
        .with_target(
            query(
                "sum(rate(supportloop_metrics_events_duplicate_total[$__rate_interval]))",
                "duplicate",
            )
        )
        .with_target(
            query("sum(rate(supportloop_metrics_events_late_total[$__rate_interval]))", "late", "B")
        )
        .with_target(
            query(
                "sum(rate(supportloop_metrics_events_unjoined_total[$__rate_interval]))",
                "unjoined agent replies",
                "C",
            )
        )
        .unit("ops")
        .height(8)
        .span(12)
    )
    board = board.with_panel(
        timeseries.Panel()
        .title("Metrics service: tickets held for joins")
        .datasource(DATASOURCE)
        .with_target(query("sum(supportloop_metrics_tracked_tickets)", "tickets"))
        .unit("short")
        .height(8)
        .span(12)
    )
    return board


DASHBOARDS = {
    "supportloop-weekly.json": weekly_dashboard,
    "supportloop-pipeline.json": pipeline_dashboard,
}


def render_all() -> dict[str, str]:
    """File name → dashboard JSON, deterministic (sorted keys, numbered panels)."""
    rendered = {}
    for name, build in DASHBOARDS.items():
        built = json.loads(json.dumps(build().build(), cls=JSONEncoder))
        for number, panel in enumerate(built.get("panels", []), start=1):
            panel["id"] = number
        rendered[name] = json.dumps(built, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return rendered


def main(argv: list[str]) -> int:
    rendered = render_all()
    if "--check" in argv:
        stale = [n for n, text in rendered.items() if _read(OUT_DIR / n) != text]
        stale += [p.name for p in OUT_DIR.glob("*.json") if p.name not in rendered]
        if stale:
            print(f"stale dashboards: {', '.join(sorted(stale))}: run make dashboards")
            return 1
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name, text in rendered.items():
        (OUT_DIR / name).write_text(text, encoding="utf-8")
        print(f"wrote {(OUT_DIR / name).relative_to(ROOT)}")
    return 0


def _read(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.exists() else None


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
