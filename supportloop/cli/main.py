"""`supportloop` command line. Each `*_cmd.py` module of `supportloop/cli/` (the product's
commands) and of `supportloop/devtools/commands/` (demo, bench, local broker) adds its own."""

from __future__ import annotations

import importlib
import logging
import pkgutil
from typing import Any

import typer
from aiokafka.errors import KafkaError
from typer._click.core import Context as ClickContext  # the Click that Typer vendors
from typer.core import TyperGroup

import supportloop.cli as cli_package
import supportloop.devtools.commands as dev_commands

BROKER_SETTING = "SUPPORTLOOP_KAFKA_BOOTSTRAP_SERVERS"
# `run` serves until SIGTERM and waits for its broker itself (with /health saying why)
LONG_RUNNING = frozenset({"run"})


def broker_error_line(error: BaseException) -> str:
    """One line naming the broker, the setting and what went wrong — no traceback."""
    from supportloop.settings import KafkaSettings

    try:
        servers = KafkaSettings().bootstrap_servers
    except Exception:  # the settings themselves are broken: still one line
        servers = "?"
    detail = " ".join(str(error).split()) or type(error).__name__
    return f"error: cannot reach Kafka at {servers} (set {BROKER_SETTING}): {detail}"


class OneLineBrokerErrors(TyperGroup):
    """Every command fails the way `flags list` does when the broker is unreachable: one
    line on stderr, exit 1 (aiokafka's own connection logs are kept out of the way)."""

    def invoke(self, ctx: ClickContext) -> Any:
        args = [*getattr(ctx, "_protected_args", ()), *getattr(ctx, "protected_args", ())]
        command = (args or ctx.args or [None])[0]
        kafka_log = logging.getLogger("aiokafka")
        level = kafka_log.level
        if command not in LONG_RUNNING:
            kafka_log.setLevel(logging.CRITICAL)
        try:
            return super().invoke(ctx)
        except (KafkaError, ConnectionError) as error:
            typer.echo(broker_error_line(error), err=True)
            raise typer.Exit(1) from None
        finally:
            kafka_log.setLevel(level)


app = typer.Typer(
    name="supportloop",
    help="SupportLoop: closed-loop ecommerce support automation on Kafka.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    cls=OneLineBrokerErrors,
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
