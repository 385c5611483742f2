"""`supportloop ingest FILE`: publish tickets from a CSV or JSONL file."""

from __future__ import annotations

import asyncio
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from supportloop.adapters.ingest.files import count_rows
from supportloop.adapters.ingest.publish import IngestReport, ingest_file
from supportloop.errors import InputError
from supportloop.settings import KafkaSettings

MAX_ERRORS_SHOWN = 50


def print_rejections(report: IngestReport, console: Console) -> None:
    for error in report.errors[:MAX_ERRORS_SHOWN]:
        console.print(f"[red]rejected[/red] {error}")
    if len(report.errors) > MAX_ERRORS_SHOWN:
        console.print(f"… and {len(report.errors) - MAX_ERRORS_SHOWN} more errors")


def register(app: typer.Typer) -> None:
    @app.command("ingest")
    def ingest(
        path: Path = typer.Argument(..., help="tickets as .csv or .jsonl"),
    ) -> None:
        """Publish every valid ticket of FILE to the inbound topic; report the invalid rows.

        Columns / keys: id, subject, body, customer_email (or a customer object), order_id,
        created_at (ISO 8601). Exits 1 if any row was rejected (valid rows are still sent).
        """
        console = Console(stderr=True)
        try:
            total = count_rows(path)
            with Progress(
                TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                console=console, transient=True,
            ) as progress:  # fmt: skip
                task = progress.add_task("ingest", total=total)
                report = asyncio.run(
                    ingest_file(path, KafkaSettings(), lambda: progress.advance(task))
                )
        except InputError as exc:
            console.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2) from None
        print_rejections(report, console)
        typer.echo(
            f"{len(report.accepted)} tickets published, {report.rejected_rows} rows rejected"
        )
        if report.rejected_rows:
            raise typer.Exit(1)
