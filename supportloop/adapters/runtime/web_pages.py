"""A service's web pages: /health for probes and /metrics for Prometheus."""

from __future__ import annotations

from typing import Any, Protocol

import faust
from prometheus_client import CollectorRegistry

from supportloop.adapters.runtime.faust_sensors import setup_lean_prometheus_sensors


class Readiness(Protocol):
    @property
    def ready(self) -> bool: ...

    @property
    def pending(self) -> list[str]: ...


def add_pages(
    app: faust.App, registry: CollectorRegistry, service: str, readiness: Readiness
) -> None:
    setup_lean_prometheus_sensors(app, registry)

    @app.page("/health")
    async def health(web: Any, request: Any) -> Any:
        pending = readiness.pending
        ready = readiness.ready and not pending
        body: dict[str, Any] = {"status": "ok" if ready else "starting", "service": service}
        if pending:
            body["waiting_for"] = pending
        return web.json(body, status=200 if ready else 503)
