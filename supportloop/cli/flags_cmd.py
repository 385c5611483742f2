"""`supportloop flags list | set <category> <mode> --reason … [--by NAME] | history <category>`.

Modes live on the compacted config topic (key = category) that every resolver worker
follows; every flip is also appended to the audit topic. Reading folds both topics.
"""

from __future__ import annotations

import asyncio
import getpass
import os
import sys
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from aiokafka.errors import KafkaError

from supportloop.adapters.kafka.produce import event_producer
from supportloop.adapters.kafka.reader import read_all
from supportloop.cli.report_cmd import read_events_jsonl
from supportloop.core import events as ev
from supportloop.core.autonomy import FlipRejected, ModeBoard, make_flip, validate_flip
from supportloop.core.autonomy.render import render_history, render_modes, when
from supportloop.core.topics import CONFIG, CONFIG_AUDIT, TopicSpec
from supportloop.errors import SupportLoopError
from supportloop.settings import KafkaSettings

CONFIG_TOPICS = (CONFIG, CONFIG_AUDIT)


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


EventsOption = Annotated[
    Path | None,
    typer.Option("--events", help="read a JSONL export instead of Kafka", dir_okay=False),
]
FormatOption = Annotated[OutputFormat, typer.Option("--format", help="output format")]


def fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def taxonomy_categories() -> tuple[str, ...]:
    """The taxonomy the classifier uses (SUPPORTLOOP_CLASSIFIER_TAXONOMY_PATH or the default)."""
    from supportloop.core.classification.settings import ClassifierSettings
    from supportloop.core.classification.taxonomy import load_taxonomy

    try:
        return load_taxonomy(ClassifierSettings().taxonomy_path).names
    except SupportLoopError as error:
        fail(str(error))


def load_events(events_file: Path | None, topics: Sequence[TopicSpec]) -> list[ev.Event]:
    """From the JSONL file when given, else from the topics on the configured cluster."""
    if events_file is not None:
        if not events_file.is_file():
            fail(f"--events: {events_file} does not exist")
        return list(read_events_jsonl(events_file))
    settings = KafkaSettings()
    try:
        return asyncio.run(read_all(settings, topics))
    except (KafkaError, OSError) as error:
        fail(
            f"cannot read from Kafka at {settings.bootstrap_servers} "
            f"(set SUPPORTLOOP_KAFKA_BOOTSTRAP_SERVERS): {error}",
            code=1,
        )
    except AssertionError:  # aiokafka: none of the topics has a partition with a leader (yet)
        names = ", ".join(t.full_name(settings.topic_prefix) for t in topics)
        fail(f"topics not found or not ready ({names}); run `supportloop topics create`", code=1)


async def _publish(flip: ev.AutonomyModeChanged) -> None:
    # The config topic first: it is what the resolver reads. Then the audit trail.
    async with event_producer(KafkaSettings()) as producer:
        await producer.send_and_wait(CONFIG, flip, key=flip.category)
        await producer.send_and_wait(CONFIG_AUDIT, flip, key=flip.category)


def list_modes(events: EventsOption = None, fmt: FormatOption = OutputFormat.table) -> None:
    """Every category's current mode (shadow when never flipped) and its last flip."""
    board = ModeBoard.from_events(load_events(events, CONFIG_TOPICS))
    sys.stdout.write(render_modes(board.states(taxonomy_categories()), fmt.value))


def set_mode(
    category: Annotated[str, typer.Argument(help="a taxonomy category")],
    mode: Annotated[str, typer.Argument(help="off | shadow | live | paused")],
    reason: Annotated[str, typer.Option("--reason", help="why (kept in the audit trail)")],
    by: Annotated[str | None, typer.Option("--by", help="who; default $USER")] = None,
) -> None:
    """Flip one category's mode; the resolver picks it up within seconds, no restart."""
    if not reason.strip():
        fail("--reason must not be empty")
    who = (by or os.environ.get("USER") or getpass.getuser()).strip()
    if not who:
        fail("--by must not be empty")
    categories = taxonomy_categories()
    try:
        validate_flip(category, mode, categories, current=None)
        board = ModeBoard.from_events(load_events(None, CONFIG_TOPICS))
        previous = board.mode(category)
        new_mode = validate_flip(category, mode, categories, current=previous)
    except FlipRejected as error:
        fail(str(error))
    flip = make_flip(category, new_mode, reason.strip(), who, previous, ev.utcnow())
    try:
        asyncio.run(_publish(flip))
    except (KafkaError, OSError) as error:
        fail(f"flip not (fully) written: {error}; run the same command again", code=1)
    typer.echo(
        f"{category}: {previous} → {new_mode} by {who} at {when(flip.occurred_at)} ({flip.reason})"
    )


def history(
    category: Annotated[str, typer.Argument(help="a taxonomy category")],
    events: EventsOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Every flip of one category: when, previous → new mode, who, why."""
    board = ModeBoard.from_events(load_events(events, CONFIG_TOPICS))
    known = set(taxonomy_categories()) | set(board.flipped_categories)
    if category not in known:
        fail(f"unknown category {category!r}; valid categories: {', '.join(sorted(known))}")
    sys.stdout.write(render_history(category, board.history(category), fmt.value))


def register(app: typer.Typer) -> None:
    flags = typer.Typer(help="Per-category autonomy modes (off, shadow, live, paused).")
    flags.command("list")(list_modes)
    flags.command("set")(set_mode)
    flags.command("history")(history)
    app.add_typer(flags, name="flags", no_args_is_help=True)
