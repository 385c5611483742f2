"""`supportloop report weekly` and `supportloop simulate`."""

from __future__ import annotations

import asyncio
import json
import shutil
import sys
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from aiokafka.errors import KafkaError
from pydantic import ValidationError

from supportloop.adapters.kafka.reader import read_all
from supportloop.core.events import Event, decode_event, encode_event
from supportloop.core.metrics.repeats import RepeatRow, repeat_rows
from supportloop.core.metrics.repeats import render_text as render_repeats
from supportloop.core.metrics.report import WeeklyReport, build_weekly_report, render
from supportloop.core.metrics.weeks import as_utc
from supportloop.core.topics import ALL_TOPICS, TopicSpec
from supportloop.settings import KafkaSettings

# Every topic, the audit trail included: the compacted config topic may have lost old flips.
# An event on two topics (a flip on config and audit) is counted once, by its event id.
REPORT_TOPICS: tuple[TopicSpec, ...] = ALL_TOPICS


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    markdown = "markdown"
    html = "html"


def render_weekly(
    report: WeeklyReport,
    fmt: str,
    repeats: list[RepeatRow] | None = None,
    width: int | None = None,
) -> str:
    """The six numbers, and the seventh (repeat contacts within 7 days) when given."""
    weeks = [w.week for w in report.weeks]
    shown = [r for r in repeats or [] if r.week in weeks]
    if fmt == "html":
        from supportloop.reporting.weekly import render_html

        return render_html(report, shown)
    if fmt == "markdown":
        from supportloop.reporting.weekly import render_markdown

        return render_markdown(report) + (render_repeats(shown) if repeats is not None else "")
    if fmt == "json":
        document = json.loads(render(report, "json"))
        document["repeat_contacts"] = [
            {**asdict(r), "rate": None if r.rate is None else round(r.rate, 4)} for r in shown
        ]
        return json.dumps(document, indent=2, sort_keys=True) + "\n"
    text = render(report, fmt)  # type: ignore[arg-type]
    if fmt == "table" and width is not None:
        from supportloop.reporting.weekly import fit_table

        text = fit_table(text, report, width)
    return text + render_repeats(shown) if fmt == "table" and repeats is not None else text


def read_events_jsonl(path: Path) -> Iterator[Event]:
    """One event per line; blank lines are skipped, a malformed line stops with its number."""
    with path.open("rb") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                yield decode_event(line)
            except ValidationError as error:
                raise typer.BadParameter(
                    f"{path}:{number}: not a SupportLoop event ({error.error_count()} errors)",
                    param_hint="--events",
                ) from None


def read_events_kafka(settings: KafkaSettings, topics: Sequence[TopicSpec]) -> list[Event]:
    """Every event on the topics, in event-time order (the book's joins expect that order)."""
    try:
        events = asyncio.run(read_all(settings, topics))
    except (KafkaError, OSError) as error:
        typer.echo(
            f"error: cannot read from Kafka at {settings.bootstrap_servers} "
            f"(set SUPPORTLOOP_KAFKA_BOOTSTRAP_SERVERS): {error}",
            err=True,
        )
        raise typer.Exit(1) from None
    except AssertionError:  # aiokafka: no partition of the topics has a leader (yet)
        names = ", ".join(t.full_name(settings.topic_prefix) for t in topics)
        typer.echo(
            f"error: topics not found or not ready ({names}); run `supportloop topics create`",
            err=True,
        )
        raise typer.Exit(1) from None
    return sorted(events, key=lambda event: as_utc(event.occurred_at))


def weekly(
    events: Annotated[
        Path | None,
        typer.Option(
            "--events",
            help="JSONL export of events, one per line (default: read the Kafka topics)",
            dir_okay=False,
        ),
    ] = None,
    weeks: Annotated[int, typer.Option("--weeks", min=1, max=104, help="latest N weeks")] = 8,
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            help="table, csv, json, markdown or html (one self-contained page with sparklines);"
            " default: the --output suffix, else a table on a terminal, markdown when piped",
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="write the report to this file")
    ] = None,
    by_language: Annotated[
        bool,
        typer.Option(
            "--by-language",
            help="instead: tickets, AI resolutions, draft acceptance and CSAT (AI vs human) "
            "by the customer's language (table, or json with --format json)",
        ),
    ] = False,
    width: Annotated[
        int | None,
        typer.Option("--width", min=40, help="table width (default: the terminal's)"),
    ] = None,
) -> None:
    """The six weekly numbers, per week and per category, with the knowledge-base gaps."""
    from supportloop.cli.terminal import resolve_format

    if by_language:
        from supportloop.core.autonomy import RolloutSettings
        from supportloop.core.metrics.languages import by_language as language_rows
        from supportloop.core.metrics.languages import render_languages

        if events is not None and not events.is_file():
            raise typer.BadParameter(f"{events} does not exist", param_hint="--events")
        source = (
            read_events_kafka(KafkaSettings(), REPORT_TOPICS)
            if events is None
            else read_events_jsonl(events)
        )
        rows = language_rows(source, RolloutSettings().accept_max_edit)
        text = render_languages(rows, "json" if fmt is Format.json else "table")
        if output is None:
            sys.stdout.write(text)
        else:
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(text, encoding="utf-8")
        return

    chosen = resolve_format(fmt.value if fmt else None, output, width)
    if width is None and output is None and sys.stdout.isatty():
        width = shutil.get_terminal_size().columns
    if chosen not in {f.value for f in Format}:
        raise typer.BadParameter(f"unknown format {chosen!r}", param_hint="--format")
    if events is None:
        observed = read_events_kafka(KafkaSettings(), REPORT_TOPICS)
    elif not events.is_file():
        raise typer.BadParameter(f"{events} does not exist", param_hint="--events")
    else:
        observed = list(read_events_jsonl(events))
    report = build_weekly_report(observed, weeks)
    text = render_weekly(report, chosen, repeat_rows(observed), width)
    if output is None:
        sys.stdout.write(text)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    typer.echo(f"weekly report written to {output.resolve()}", err=True)


def simulate(
    output: Annotated[
        Path, typer.Option("--output", "-o", help="JSONL file to write ('-' = stdout)")
    ],
    seed: Annotated[int, typer.Option("--seed", help="random seed")] = 7,
    weeks: Annotated[int, typer.Option("--weeks", min=1, max=52)] = 8,
    tickets_per_week: Annotated[int, typer.Option("--tickets-per-week", min=1, max=100_000)] = 600,
) -> None:
    """Simulate a shadow → live rollout (with the CSAT circuit breaker) as events in JSONL."""
    from supportloop.devtools.simulator import simulate_rollout

    events = simulate_rollout(seed, weeks=weeks, tickets_per_week=tickets_per_week)
    payload = b"".join(encode_event(event) + b"\n" for event in events)
    if str(output) == "-":
        sys.stdout.buffer.write(payload)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(payload)
    typer.echo(f"wrote {len(events)} events to {output}", err=True)


def story(
    seed: Annotated[int, typer.Option("--seed", help="random seed")] = 7,
    weeks: Annotated[int, typer.Option("--weeks", min=3, max=52)] = 8,
    tickets_per_week: Annotated[int, typer.Option("--tickets-per-week", min=1, max=100_000)] = 600,
) -> None:
    """The simulated rollout in fast-forward: timeline, the breaker's pause, weekly report."""
    from supportloop.devtools.demo.rollout import rollout_story

    sys.stdout.write(rollout_story(seed, weeks=weeks, tickets_per_week=tickets_per_week))


def register(app: typer.Typer) -> None:
    report_app = typer.Typer(help="Reports from the event stream.", no_args_is_help=True)
    report_app.command("weekly")(weekly)
    report_app.command("story")(story)
    app.add_typer(report_app, name="report")
    app.command("simulate")(simulate)
