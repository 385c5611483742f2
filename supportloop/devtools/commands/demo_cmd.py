"""`supportloop demo`: Kafka + demo store + four services + bundled tickets → summary."""

from __future__ import annotations

import asyncio
import shutil
import time
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from supportloop.adapters.ingest.publish import ingest_file
from supportloop.adapters.kafka.admin import create_topics
from supportloop.adapters.kafka.watch import wait_for_outcomes
from supportloop.cli.ingest_cmd import print_rejections
from supportloop.core.metrics.handoffs import handoff_coverage
from supportloop.devtools.demo.conversations import show_conversations
from supportloop.devtools.demo.flags import demo_flips, publish_flips
from supportloop.devtools.demo.rollout import rollout_story_with_report
from supportloop.devtools.demo.summary import (
    fetch_side_effects,
    handoff_context_table,
    handoff_table,
    item_level_table,
    read_escalations,
    replies_by_language_table,
    side_effects_table,
    summary_table,
)
from supportloop.devtools.devstack import SERVICES, UNSIGNED_WEBHOOKS_ENV, DevStack
from supportloop.reporting.weekly import write_weekly_html
from supportloop.settings import KafkaSettings

REPO_ROOT = Path(__file__).resolve().parents[3]
BUNDLED_TICKETS = REPO_ROOT / "data" / "demo" / "tickets.jsonl"


def register(app: typer.Typer) -> None:
    @app.command("demo")
    def demo(
        tickets: Path = typer.Option(BUNDLED_TICKETS, help="tickets to replay (.jsonl or .csv)"),
        keep: bool = typer.Option(False, "--keep", help="leave everything running afterwards"),
        work_dir: Path = typer.Option(Path(".run/demo"), help="state, logs and data"),
        timeout: float = typer.Option(300.0, help="seconds to wait for every outcome"),
        story: bool = typer.Option(
            True, help="end with the seeded 8-week rollout story and its weekly report"
        ),
    ) -> None:
        """Run the whole pipeline on the bundled tickets and print what happened."""
        console = Console()
        work_dir = work_dir.resolve()
        shutil.rmtree(work_dir, ignore_errors=True)
        # local only (127.0.0.1): the webhooks take unsigned posts, e.g. with --keep and curl
        stack = DevStack(work_dir, extra_env=dict(UNSIGNED_WEBHOOKS_ENV))
        ok = False
        try:
            started = time.monotonic()
            with console.status("starting Kafka (KRaft, single node)…"):
                stack.start_kafka()
                kafka = KafkaSettings(bootstrap_servers=stack.bootstrap_servers)
                asyncio.run(create_topics(kafka))
            console.print(f"Kafka ready on {stack.bootstrap_servers}")
            with console.status("starting the demo store and the services…"):
                store_url = stack.start_demo_store()
                flips = demo_flips()
                asyncio.run(publish_flips(kafka, flips))
                stack.start_services()
            console.print(f"demo store {store_url}/_demo/side-effects")
            console.print(
                "live: " + ", ".join(f.category for f in flips) + "; everything else: shadow"
            )
            for name in SERVICES:
                console.print(f"{name:10} http://127.0.0.1:{stack.processes[name].port}/metrics")
            console.print(
                "webhooks accept unsigned requests (SUPPORTLOOP_WEBHOOK_ALLOW_UNSIGNED=true, "
                "local demo only)"
            )
            report = asyncio.run(ingest_file(tickets, kafka))
            print_rejections(report, console)
            console.print(
                f"ingested {len(report.accepted)} tickets ({report.rejected_rows} rejected)"
            )
            with Progress(
                TextColumn("waiting for outcomes"), BarColumn(), MofNCompleteColumn(),
                TimeElapsedColumn(), console=console, transient=True,
            ) as progress:  # fmt: skip
                task = progress.add_task("outcomes", total=len(report.accepted))
                ledger = asyncio.run(
                    wait_for_outcomes(
                        kafka, set(report.accepted), timeout,
                        lambda done, _: progress.update(task, completed=done),
                    )
                )  # fmt: skip
            console.print(summary_table(ledger, len(report.accepted)))
            effects = fetch_side_effects(store_url)
            console.print(side_effects_table(effects))
            console.print(item_level_table(effects))
            console.print(replies_by_language_table(effects))
            escalations = asyncio.run(read_escalations(kafka))
            console.print(handoff_table(handoff_coverage(escalations)))
            console.print(handoff_context_table(escalations))
            resolved = [t for t, o in ledger.outcomes.items() if o.outcome == "resolved"]
            threads_ok = show_conversations(console, kafka, tickets, resolved, work_dir, timeout)
            missing = set(report.accepted) - ledger.outcomes.keys()
            elapsed = time.monotonic() - started
            console.print(
                f"{len(ledger.outcomes)} of {len(report.accepted)} tickets reached an outcome "
                f"in {elapsed:.1f}s; redeliveries absorbed: {ledger.redeliveries}; "
                f"conflicting outcomes: {len(ledger.conflicts)}"
            )
            if missing:
                console.print(f"[red]{len(missing)} tickets without an outcome[/red]")
            ok = not missing and not ledger.conflicts and threads_ok
            if story:
                console.rule("The rollout in fast-forward (simulated weeks, seed 7)")
                text, weekly = rollout_story_with_report(seed=7)
                console.print(text, markup=False, highlight=False)
                page = write_weekly_html(weekly, work_dir / "weekly-report.html")
                console.print(f"weekly report (HTML, to share): {page}", highlight=False)
            if keep:
                console.print(f"left running (KEEP=1); logs in {work_dir / 'logs'}")
                console.print(
                    "stop with: pkill -f 'supportloop.cli.main run'; pkill -f kafka.Kafka"
                )
        finally:
            if not keep:
                with console.status("stopping everything…"):
                    stack.stop()
        if not ok:
            raise typer.Exit(1)
