"""`supportloop report weekly` and `supportloop simulate`."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from aiokafka.errors import KafkaError
from pydantic import ValidationError

from supportloop.adapters.kafka.reader import read_all
from supportloop.core.events import Event, decode_event, encode_event
from supportloop.core.metrics.report import build_weekly_report, render
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
            f"error: cannot read from Kafka at {settings.bootstrap_servers}: {error}", err=True
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
    fmt: Annotated[Format, typer.Option("--format", help="output format")] = Format.table,
) -> None:
    """The six weekly numbers, per week and per category, with the knowledge-base gaps."""
    if events is None:
        report = build_weekly_report(read_events_kafka(KafkaSettings(), REPORT_TOPICS), weeks)
    elif not events.is_file():
        raise typer.BadParameter(f"{events} does not exist", param_hint="--events")
    else:
        report = build_weekly_report(read_events_jsonl(events), weeks)
    sys.stdout.write(render(report, fmt.value))


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
