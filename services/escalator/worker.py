"""Entry point for the faust CLI: `faust -A services.escalator.worker worker -l info`."""

from services.escalator.app import build_app

app = build_app().app
