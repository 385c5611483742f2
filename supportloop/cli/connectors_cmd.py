"""`supportloop connectors check`: read-only calls that prove the configured credentials can do
what SupportLoop needs (Shopify access scopes, a Zendesk agent, subscriptions readable).
Exits 1 when a scope or permission is missing or a system cannot be read."""

from __future__ import annotations

import asyncio

import typer


def register(app: typer.Typer) -> None:
    connectors = typer.Typer(help="Check the shop, helpdesk and subscriptions connections.")
    app.add_typer(connectors, name="connectors")

    @connectors.command("check")
    def check(
        store_url: str | None = typer.Option(
            None,
            "--store-url",
            help="one base URL for every system (the demo store); default: the settings "
            "(SUPPORTLOOP_RESOLVER_*_URL and *_TOKEN)",
        ),
    ) -> None:
        """Run read-only calls against each system; name what is missing; exit 1 if anything is."""
        from supportloop.adapters.connectors.check import check_connectors
        from supportloop.core.resolution.settings import ResolverSettings

        results = asyncio.run(check_connectors(ResolverSettings(), store_url))
        for result in results:
            typer.echo(f"{'ok  ' if result.ok else 'FAIL'} {result.system}")
            for line in result.details:
                typer.echo(f"     {line}")
        missing = [m for r in results for m in r.missing]
        if missing:
            typer.echo(f"missing: {', '.join(missing)}", err=True)
        if not all(r.ok for r in results):
            raise typer.Exit(1)
