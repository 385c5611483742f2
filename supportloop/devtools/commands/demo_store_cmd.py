"""`supportloop demo-store`: the embedded shop / helpdesk / subscriptions / accounts APIs."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command("demo-store")
    def demo_store(
        host: str = typer.Option("127.0.0.1", "--host"),
        port: int = typer.Option(8765, "--port"),
        db: Path = typer.Option(Path(".run/demo-store.db"), "--db", help="SQLite file"),
        seed: Path | None = typer.Option(None, "--seed", help="default data/demo/store_seed.json"),
    ) -> None:
        """Serve the demo store from SQLite, seeded with the bundled demo shop."""
        from supportloop.devtools.demo_store.server import serve

        db.parent.mkdir(parents=True, exist_ok=True)
        typer.echo(f"demo store on http://{host}:{port} (db {db})")
        serve(host, port, db, seed)
