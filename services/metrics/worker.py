"""Entry point for the faust CLI: `faust -A services.metrics.worker worker -l info`."""

from services.metrics.app import build_app

app = build_app().app
