"""`supportloop rollout status`: per category, mode, shadow figures and a recommendation."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from supportloop.cli.flags_cmd import (
    EventsOption,
    FormatOption,
    OutputFormat,
    load_events,
    taxonomy_categories,
)
from supportloop.core.autonomy import RolloutSettings, rollout_status
from supportloop.core.autonomy.render import render_status
from supportloop.core.autonomy.rollout import AutomationFigures
from supportloop.core.topics import (
    CONFIG,
    CONFIG_AUDIT,
    ESCALATIONS,
    HANDOFFS,
    HUMAN_OUTCOMES,
    RESOLUTIONS,
    REVIEWS,
)

STATUS_TOPICS = (RESOLUTIONS, ESCALATIONS, HANDOFFS, HUMAN_OUTCOMES, REVIEWS, CONFIG_AUDIT, CONFIG)


EvalOption = Annotated[
    Path | None,
    typer.Option(
        "--eval",
        help="`supportloop eval --json` output on labelled history: its precision of automated "
        "decisions and coverage gate promotion (default: the model's dev-split figures)",
        exists=True,
    ),
]


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def automation_figures(eval_file: Path | None = None) -> dict[str, AutomationFigures]:
    """Per category: precision of automated decisions, coverage and live threshold, from an
    eval report or, without one, from the packaged model's dev split."""
    from supportloop.core.classification.model import CategoryModel
    from supportloop.core.classification.settings import ClassifierSettings

    model = CategoryModel.load(ClassifierSettings().model_path)
    thresholds = model.thresholds
    if eval_file is not None:
        report = json.loads(eval_file.read_text("utf-8"))
        per = (report.get("automation") or {}).get("per_category") or {}
        thresholds = {**thresholds, **(report.get("thresholds") or {})}
        source = f"eval {eval_file.name}"
    else:
        per = model.info.get("dev_own_automation") or {}
        source = f"dev split of {model.version}"
    return {
        category: AutomationFigures(
            _number(row.get("precision_automated")),
            _number(row.get("coverage")),
            thresholds.get(category),
            source,
        )
        for category, row in per.items()
        if isinstance(row, dict)
    }


def status(
    events: EventsOption = None,
    fmt: FormatOption = OutputFormat.table,
    eval_file: EvalOption = None,
) -> None:
    """Mode, shadow volume, draft acceptance, CSAT AI vs human, escalation rate, the live
    confidence threshold with the precision of automated decisions and coverage it gives, and
    promote / keep / pause with its evidence (thresholds: SUPPORTLOOP_ROLLOUT_*)."""
    statuses = rollout_status(
        load_events(events, STATUS_TOPICS),
        RolloutSettings(),
        taxonomy_categories(),
        automation_figures(eval_file),
    )
    sys.stdout.write(render_status(statuses, fmt.value))


def register(app: typer.Typer) -> None:
    rollout = typer.Typer(help="Rolling automation out one category at a time.")
    rollout.command("status")(status)
    app.add_typer(rollout, name="rollout", no_args_is_help=True)
