"""For the faust CLI: `faust -A services.metrics.worker worker -l info` (settings from the environment)."""

from services.metrics.app import build_app

app = build_app().app
