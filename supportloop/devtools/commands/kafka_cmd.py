"""`supportloop kafka up|down`: a local single-node broker for development."""

from __future__ import annotations

import asyncio
from pathlib import Path

import typer

from supportloop.adapters.kafka.admin import create_topics
from supportloop.devtools.local_broker import LocalBroker, stop_process_group
from supportloop.errors import SupportLoopError
from supportloop.settings import KafkaSettings

DEFAULT_DIR = Path(".run/kafka")


def register(app: typer.Typer) -> None:
    kafka = typer.Typer(help="A local single-node Kafka broker (KRaft) for development.")
    app.add_typer(kafka, name="kafka")

    @kafka.command("up")
    def up(
        port: int = typer.Option(9092, help="client port on 127.0.0.1"),
        controller_port: int = typer.Option(9093, help="KRaft controller port"),
        directory: Path = typer.Option(DEFAULT_DIR, "--dir", help="data and log directory"),
    ) -> None:
        """Start the broker in the background, wait until it answers, create the topics."""
        broker = LocalBroker(directory.resolve(), port=port, controller_port=controller_port)
        if broker.pid_file.exists():
            typer.echo(
                f"a broker is already running (pid file {broker.pid_file}); run `kafka down`"
            )
            raise typer.Exit(1)
        try:
            broker.start()
        except SupportLoopError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        asyncio.run(create_topics(KafkaSettings(bootstrap_servers=broker.bootstrap_servers)))
        typer.echo(f"Kafka ready on {broker.bootstrap_servers} (pid {broker.pid_file.read_text()})")

    @kafka.command("down")
    def down(directory: Path = typer.Option(DEFAULT_DIR, "--dir")) -> None:
        """Stop the broker started by `kafka up`."""
        pid_file = directory.resolve() / "broker.pid"
        if not pid_file.exists():
            typer.echo("no local broker is running")
            return
        stop_process_group(int(pid_file.read_text()))
        pid_file.unlink(missing_ok=True)
        typer.echo("Kafka stopped")
