"""`supportloop bench`: the benchmark behind `make bench`."""

from __future__ import annotations

from pathlib import Path

import typer

from supportloop.devtools.bench.pipeline import dumps, run_benchmark


def register(app: typer.Typer) -> None:
    @app.command("bench")
    def bench(
        tickets: int = typer.Option(20_000, min=100, help="tickets to push through"),
        work_dir: Path = typer.Option(Path(".run/bench"), help="state and logs"),
    ) -> None:
        """Pipeline vs plain-relay throughput, latency, per-service peak RSS; one JSON line."""
        result = run_benchmark(tickets, work_dir.resolve(), lambda m: typer.echo(m, err=True))
        typer.echo(dumps(result))
