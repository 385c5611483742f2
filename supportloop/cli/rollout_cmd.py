"""`supportloop rollout status`: per category, mode, shadow figures and a recommendation."""

from __future__ import annotations

import sys

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


def status(events: EventsOption = None, fmt: FormatOption = OutputFormat.table) -> None:
    """Mode, shadow volume, draft acceptance, CSAT AI vs human, escalation rate and
    promote / keep / pause with its evidence (thresholds: SUPPORTLOOP_ROLLOUT_*)."""
    statuses = rollout_status(
        load_events(events, STATUS_TOPICS), RolloutSettings(), taxonomy_categories()
    )
    sys.stdout.write(render_status(statuses, fmt.value))


def register(app: typer.Typer) -> None:
    rollout = typer.Typer(help="Rolling automation out one category at a time.")
    rollout.command("status")(status)
    app.add_typer(rollout, name="rollout", no_args_is_help=True)
