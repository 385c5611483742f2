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
    CLASSIFIED,
    CONFIG,
    CONFIG_AUDIT,
    ESCALATIONS,
    HANDOFFS,
    HUMAN_OUTCOMES,
    INBOUND,
    RESOLUTIONS,
    REVIEWS,
)

# INBOUND: who wrote about which order, for the repeat contacts within 7 days (evidence)
STATUS_TOPICS = (
    INBOUND, RESOLUTIONS, ESCALATIONS, HANDOFFS, HUMAN_OUTCOMES, REVIEWS, CONFIG_AUDIT, CONFIG,
)  # fmt: skip


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
    by_language: Annotated[
        bool,
        typer.Option(
            "--by-language",
            help="also: draft acceptance and CSAT (AI vs human) by the customer's language "
            "(reads the classified topic too)",
        ),
    ] = False,
) -> None:
    """Mode, shadow volume, draft acceptance, CSAT AI vs human, escalation rate, the live
    confidence threshold with the precision of automated decisions and coverage it gives, and
    promote / keep / pause with its evidence (thresholds: SUPPORTLOOP_ROLLOUT_*)."""
    loaded = load_events(events, (*STATUS_TOPICS, CLASSIFIED) if by_language else STATUS_TOPICS)
    settings = RolloutSettings()
    statuses = rollout_status(
        loaded, settings, taxonomy_categories(), automation_figures(eval_file)
    )
    rendered = render_status(statuses, fmt.value)
    if not by_language:
        sys.stdout.write(rendered)
        return
    from supportloop.core.metrics.languages import by_language as language_rows
    from supportloop.core.metrics.languages import render_languages

    rows = language_rows(loaded, settings.accept_max_edit)
    if fmt is OutputFormat.json:  # one document: {"categories": …, "languages": […]}
        both = {
            "categories": json.loads(rendered),
            "languages": json.loads(render_languages(rows, "json")),
        }
        sys.stdout.write(json.dumps(both, indent=2, sort_keys=True) + "\n")
        return
    sys.stdout.write(rendered + "\n" + render_languages(rows))


def register(app: typer.Typer) -> None:
    rollout = typer.Typer(help="Rolling automation out one category at a time.")
    rollout.command("status")(status)
    app.add_typer(rollout, name="rollout", no_args_is_help=True)
