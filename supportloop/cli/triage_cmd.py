"""`supportloop triage FILE` and `supportloop replay FILE|--topic T`: decide, never act."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from supportloop.adapters.ingest.records import RowError
from supportloop.core.policy import PolicyError
from supportloop.errors import InputError

if TYPE_CHECKING:
    from supportloop.triage.run import TriageReport

MAX_ERRORS_SHOWN = 50


def _progress(console: Console, label: str) -> Progress:
    return Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True,
    )  # fmt: skip


def print_row_errors(errors: tuple[RowError, ...] | list[RowError], console: Console) -> None:
    for error in errors[:MAX_ERRORS_SHOWN]:
        console.print(f"[red]bad row[/red] {error}", highlight=False)
    if len(errors) > MAX_ERRORS_SHOWN:
        console.print(f"… and {len(errors) - MAX_ERRORS_SHOWN} more errors")


def register(app: typer.Typer) -> None:
    @app.command("triage")
    def triage_command(
        path: Path = typer.Argument(
            ...,
            help="tickets: .jsonl/.json (ours, Zendesk or Gorgias ticket objects), .csv "
            "(ours or a Zendesk/Gorgias export) or plain text, one ticket per blank-line block",
        ),
        store_url: str | None = typer.Option(
            None, "--store-url", help="shop/helpdesk base URL; default: in-memory demo store"
        ),
        fmt: str | None = typer.Option(
            None,
            "--format",
            help="table, json, csv, markdown or html (one self-contained page); default: the "
            "--output suffix, else a table on a terminal and markdown when piped",
        ),
        output: Path | None = typer.Option(None, "--output", "-o", help="write the report here"),
        width: int | None = typer.Option(
            None, "--width", help="table width in columns (default: the terminal's)"
        ),
        policies_dir: Path = typer.Option(Path("policies"), "--policies"),
        kb_dir: Path = typer.Option(Path("knowledge_base"), "--kb-dir"),
    ) -> None:
        """Say, for every ticket, whether it automates cleanly today (which action, which
        reply), needs policy work (no rule, Else branch, missing facts) or needs a human.

        Text alone is a ticket: a missing e-mail or order number is reported on the ticket
        (which lookup it prevents and what the policy would do once it is given), not as a
        bad row. Nothing is executed: connectors are read-only and only the decision is
        evaluated. Exits 1 if any row was bad (no text at all, broken JSON…); the other rows
        are still triaged.
        """
        from supportloop.cli.terminal import check_width, resolve_format
        from supportloop.core.classification import Classifier
        from supportloop.triage.connect import read_only_evaluator, store_or_demo
        from supportloop.triage.intake import count_pasted, read_pasted
        from supportloop.triage.render import FORMATS, print_table, render
        from supportloop.triage.run import triage

        console = Console(stderr=True)
        fmt = resolve_format(fmt, output, width)
        if fmt not in FORMATS:
            raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
        try:
            check_width(width)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
        if fmt == "html" and output is None and sys.stdout.isatty():
            output = Path("triage-report.html")  # a page is a file, not terminal output

        async def run(url: str, demo: bool, on_row: Callable[[], None]) -> TriageReport:
            async with read_only_evaluator(url, policies_dir, kb_dir, demo=demo) as evaluator:
                return await triage(read_pasted(path), Classifier.load(), evaluator, on_row=on_row)

        try:
            total = count_pasted(path)
            with store_or_demo(store_url) as (url, demo), _progress(console, "triage") as bar:
                task = bar.add_task("triage", total=total)
                report = asyncio.run(run(url, demo, lambda: bar.advance(task)))
        except (InputError, PolicyError) as exc:
            console.print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(2) from None
        print_row_errors(report.errors, console)
        if output is not None:
            output.write_text(render(report, fmt), encoding="utf-8")
            typer.echo(f"report written to {output.resolve()}", err=True)  # never wrapped
        elif fmt == "table":
            print_table(report, Console(width=width))
        else:
            typer.echo(render(report, fmt), nl=False)
        console.print(
            f"{len(report.tickets)} tickets triaged in {report.elapsed_s:.1f}s "
            f"({report.tickets_per_s:.0f}/s), {report.bad_rows} bad rows",
            highlight=False,
        )
        if report.bad_rows:
            raise typer.Exit(1)

    @app.command("replay")
    def replay_command(
        path: Path | None = typer.Argument(None, help="history as .csv or .jsonl"),
        topic: str | None = typer.Option(
            None, "--topic", help="read TicketReceived events from this Kafka topic instead"
        ),
        since: datetime | None = typer.Option(
            None, "--since", formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"], help="UTC; older skipped"
        ),
        output: Path = typer.Option(Path("replay-results.jsonl"), "--output"),
        resume: bool = typer.Option(False, "--resume", help="skip ticket ids already in OUTPUT"),
        store_url: str | None = typer.Option(
            None, "--store-url", help="shop/helpdesk base URL; default: in-memory demo store"
        ),
        policies_dir: Path = typer.Option(Path("policies"), "--policies"),
        kb_dir: Path = typer.Option(Path("knowledge_base"), "--kb-dir"),
        show: int = typer.Option(20, "--show", help="risky disagreements listed on screen"),
    ) -> None:
        """Replay history through today's taxonomy and policies with every side effect
        disabled; where the history says what the agent did (agent_action, agent_reply,
        resolved_by), measure agreement per category and list the risky disagreements.

        agent_action is an action name as in the policies (refund_order, send_tracking…) or
        what the agent did instead (declined…). With --topic, agent outcomes come from the
        HumanOutcome events of the human-outcomes topic. One JSON record per ticket goes to
        OUTPUT; --resume continues an interrupted run.
        Exits 1 if any row was bad (the other rows are still replayed).
        """
        from supportloop.adapters.ingest.files import count_rows
        from supportloop.core.classification import Classifier
        from supportloop.triage.agreement import risky_disagreements, summarise_agreement
        from supportloop.triage.connect import read_only_evaluator, store_or_demo
        from supportloop.triage.history import HistoryRow, read_history
        from supportloop.triage.render import agreement_table, risky_table
        from supportloop.triage.replay import ReplayRun, load_results, replay, rows_of

        console = Console(stderr=True)
        if (path is None) == (topic is None):
            raise typer.BadParameter("give either FILE or --topic")

        def source() -> AsyncIterator[HistoryRow]:
            if path is not None:
                return rows_of(read_history(path))
            from supportloop.settings import KafkaSettings
            from supportloop.triage.topic_source import rows_from_topic

            return rows_from_topic(KafkaSettings(), str(topic))

        async def run(url: str, demo: bool, out: TextIO, on_row: Callable[[], None]) -> ReplayRun:
            done = {str(r["ticket_id"]) for r in previous}
            async with read_only_evaluator(url, policies_dir, kb_dir, demo=demo) as evaluator:
                return await replay(
                    source(), Classifier.load(), evaluator, out,
                    done=done, since=since, on_row=on_row,
                )  # fmt: skip

        try:
            previous = load_results(output) if resume else []
            total = count_rows(path) if path is not None else None
            with (
                store_or_demo(store_url) as (url, demo),
                output.open("a" if resume else "w", encoding="utf-8") as out,
                _progress(console, "replay") as bar,
            ):
                task = bar.add_task("replay", total=total)
                result = asyncio.run(run(url, demo, out, lambda: bar.advance(task)))
        except (InputError, PolicyError) as exc:
            console.print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(2) from None
        print_row_errors(result.errors, console)
        records = load_results(output)
        stdout = Console()
        stdout.print(agreement_table(summarise_agreement(records)))
        risky = risky_disagreements(records)
        if risky:
            stdout.print(risky_table(risky, show))
        console.print(
            f"{result.written} tickets replayed in {result.elapsed_s:.1f}s, "
            f"{result.already_done} already done, {result.before_since} before --since, "
            f"{result.bad_rows} bad rows; {len(records)} results in {output}",
            highlight=False,
        )
        if result.bad_rows:
            raise typer.Exit(1)
