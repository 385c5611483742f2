"""`supportloop` command line. Each `*_cmd.py` module of `supportloop/cli/` (the product's
commands) and of `supportloop/devtools/commands/` (demo, bench, local broker) adds its own."""

from __future__ import annotations

import importlib
import pkgutil

import typer

import supportloop.cli as cli_package
import supportloop.devtools.commands as dev_commands

app = typer.Typer(
    name="supportloop",
    help="SupportLoop: closed-loop ecommerce support automation on Kafka.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _register_commands() -> None:
    for package in (cli_package, dev_commands):
        for module in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
            if module.name.endswith("_cmd"):
                importlib.import_module(f"{package.__name__}.{module.name}").register(app)


_register_commands()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
