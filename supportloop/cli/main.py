"""`supportloop` command line. Each `supportloop/cli/*_cmd.py` module adds its commands."""

from __future__ import annotations

import importlib
import pkgutil

import typer

import supportloop.cli as cli_package

app = typer.Typer(
    name="supportloop",
    help="SupportLoop: closed-loop ecommerce support automation on Kafka.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _register_commands() -> None:
    for module in sorted(pkgutil.iter_modules(cli_package.__path__), key=lambda m: m.name):
        if module.name.endswith("_cmd"):
            importlib.import_module(f"{cli_package.__name__}.{module.name}").register(app)


_register_commands()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
