"""`supportloop run <service>`: run one service's Faust worker in the foreground."""

from __future__ import annotations

import importlib
import logging
from enum import StrEnum

import typer

from supportloop.adapters.runtime.broker_wait import wait_for_broker
from supportloop.adapters.runtime.faust_app import run_worker
from supportloop.settings import KafkaSettings, ServiceSettings


class ServiceName(StrEnum):
    classifier = "classifier"
    resolver = "resolver"
    escalator = "escalator"
    metrics = "metrics"


def register(app: typer.Typer) -> None:
    @app.command("run")
    def run(
        service: ServiceName = typer.Argument(..., help="which service to run"),
        port: int | None = typer.Option(None, help="HTTP port for /health and /metrics"),
    ) -> None:
        """Run one service (classifier, resolver, escalator, metrics) until SIGTERM."""
        settings = ServiceSettings()
        if port is not None:
            settings = settings.model_copy(update={"web_port": port})
        logging.basicConfig(level=settings.log_level.upper())
        kafka = KafkaSettings()
        # before the broker is up: retry with a bounded backoff, /health says why (503)
        wait_for_broker(kafka, service.value, settings.web_host, settings.web_port)
        module = importlib.import_module(f"services.{service.value}.app")
        service_app = module.build_app(kafka, settings)
        run_worker(service_app, loglevel=settings.log_level)
