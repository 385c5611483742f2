"""`supportloop topics create|list`: SupportLoop's topics on the configured cluster."""

from __future__ import annotations

import asyncio

import typer

from supportloop.adapters.kafka.admin import create_topics
from supportloop.core.topics import ALL_TOPICS
from supportloop.settings import KafkaSettings


def register(app: typer.Typer) -> None:
    topics = typer.Typer(help="SupportLoop's topics on the configured cluster.")
    app.add_typer(topics, name="topics")

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
