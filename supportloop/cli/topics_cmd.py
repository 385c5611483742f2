"""`supportloop topics create|list|asyncapi|readme-table|acls`: SupportLoop's topics on the
configured cluster, and the contract documents generated from supportloop/core/topology.py."""

from __future__ import annotations

import asyncio
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from supportloop.adapters.kafka.admin import create_topics
from supportloop.core import acls as acl_render
from supportloop.core import contract_docs
from supportloop.core.topics import ALL_TOPICS
from supportloop.settings import KafkaSettings


class AclFormat(StrEnum):
    kafka_acls = "kafka-acls"
    strimzi = "strimzi"


class AclAuth(StrEnum):
    scram_sha_512 = "scram-sha-512"
    tls = "tls"


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

    @topics.command("asyncapi")
    def asyncapi() -> None:
        """Print the AsyncAPI 3.0 document of every topic (> docs/asyncapi.yaml)."""
        typer.echo(contract_docs.render_asyncapi(), nl=False)

    @topics.command("readme-table")
    def readme_table(
        write: Annotated[
            Path | None,
            typer.Option(
                "--write", help="replace the block between the topic markers in this file"
            ),
        ] = None,
    ) -> None:
        """Print the README's topic table (topics, events, writers, readers, groups)."""
        block = contract_docs.readme_table()
        if write is None:
            typer.echo(block, nl=False)
            return
        try:
            updated = contract_docs.with_readme_table(write.read_text(), block)
        except (OSError, ValueError) as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(2) from error
        write.write_text(updated)
        typer.echo(f"wrote the topic table into {write}")

    @topics.command("acls")
    def acls(
        fmt: Annotated[AclFormat, typer.Option("--format", help="output format")] = (
            AclFormat.kafka_acls
        ),
        prefix: Annotated[
            str | None,
            typer.Option(help="topic prefix; default SUPPORTLOOP_KAFKA_TOPIC_PREFIX"),
        ] = None,
        auth: Annotated[
            AclAuth, typer.Option(help="how the services authenticate")
        ] = AclAuth.scram_sha_512,
        cluster: Annotated[
            str, typer.Option(help="Strimzi Kafka cluster (the strimzi.io/cluster label)")
        ] = "my-cluster",
    ) -> None:
        """Print the ACLs each service needs: kafka-acls.sh commands or Strimzi KafkaUsers."""
        topic_prefix = KafkaSettings().topic_prefix if prefix is None else prefix
        if fmt is AclFormat.kafka_acls:
            typer.echo(acl_render.render_kafka_acls(topic_prefix, auth.value), nl=False)
            return
        try:
            text = acl_render.render_strimzi(topic_prefix, auth.value, cluster)
        except ValueError as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(2) from error
        typer.echo(text, nl=False)
