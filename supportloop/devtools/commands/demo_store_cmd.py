"""`supportloop demo-store`: the embedded shop / helpdesk / subscriptions / accounts APIs."""

from __future__ import annotations

from pathlib import Path

import typer


def parse_tokens(values: list[str]) -> dict[str, set[str]]:
    """``TOKEN=scope,scope`` pairs (an empty scope list is a token with no access)."""
    tokens: dict[str, set[str]] = {}
    for value in values:
        token, sep, scopes = value.partition("=")
        if not sep or not token.strip():
            raise typer.BadParameter(f"expected TOKEN=scope,scope…, got {value!r}")
        tokens[token.strip()] = {s.strip() for s in scopes.split(",") if s.strip()}
    return tokens


def register(app: typer.Typer) -> None:
    @app.command("demo-store")
    def demo_store(
        host: str = typer.Option("127.0.0.1", "--host"),
        port: int = typer.Option(8765, "--port"),
        db: Path = typer.Option(Path(".run/demo-store.db"), "--db", help="SQLite file"),
        seed: Path | None = typer.Option(None, "--seed", help="default data/demo/store_seed.json"),
        strict_idempotency: bool = typer.Option(
            False,
            "--strict-idempotency",
            help="record Idempotency-Key headers but never absorb a repeat with them, as the "
            "real APIs (Shopify's refundCreate @idempotent is honoured either way)",
        ),
        shopify_token: list[str] = typer.Option(
            [],
            "--shopify-token",
            help="TOKEN=scope,scope: an Admin API access token and its scopes (repeatable); "
            "requests without a token act with every scope",
        ),
        shopify_plan: str = typer.Option(
            "plus",
            "--shopify-plan",
            help="GraphQL cost bucket: standard|advanced|plus|enterprise|unlimited (bench)",
        ),
    ) -> None:
        """Serve the demo store from SQLite, seeded with the bundled demo shop."""
        from supportloop.devtools.demo_store.server import serve
        from supportloop.devtools.demo_store.shopify_graphql import PLAN_RESTORE_RATES, UNLIMITED

        if shopify_plan not in (*PLAN_RESTORE_RATES, UNLIMITED):
            raise typer.BadParameter(
                f"--shopify-plan must be one of {', '.join((*PLAN_RESTORE_RATES, UNLIMITED))}"
            )
        tokens = parse_tokens(shopify_token)
        db.parent.mkdir(parents=True, exist_ok=True)
        mode = " strict idempotency" if strict_idempotency else ""
        typer.echo(f"demo store on http://{host}:{port} (db {db}){mode}")
        serve(
            host,
            port,
            db,
            seed,
            strict_idempotency=strict_idempotency,
            shopify_tokens=tokens,
            shopify_plan=shopify_plan,
        )
