"""`supportloop kafka up|down` and `supportloop topics create|list`."""

from __future__ import annotations

import asyncio
from pathlib import Path

import typer

from supportloop.errors import SupportLoopError
from supportloop.kafka.admin import create_topics
from supportloop.kafka.local_broker import LocalBroker, stop_process_group
from supportloop.settings import KafkaSettings
from supportloop.topics import ALL_TOPICS

DEFAULT_DIR = Path(".run/kafka")


def register(app: typer.Typer) -> None:
    kafka = typer.Typer(help="A local single-node Kafka broker (KRaft) for development.")
    topics = typer.Typer(help="SupportLoop's topics on the configured cluster.")
    app.add_typer(kafka, name="kafka")
    app.add_typer(topics, name="topics")

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

    @topics.command("create")
    def create() -> None:
        """Create every SupportLoop topic that is missing (idempotent)."""
        settings = KafkaSettings()
        created = asyncio.run(create_topics(settings))
        for name in created:
            typer.echo(f"created {name}")
        typer.echo(f"{len(ALL_TOPICS)} topics present, {len(created)} created")

    @topics.command("list")
    def list_() -> None:
        """Show the topic registry: name, key, partitions, cleanup policy."""
        settings = KafkaSettings()
        for spec in ALL_TOPICS:
            partitions = spec.partitions or settings.partitions
            typer.echo(
                f"{spec.full_name(settings.topic_prefix):40} key={spec.key:10} "
                f"partitions={partitions:<4} cleanup={spec.cleanup_policy}"
            )
