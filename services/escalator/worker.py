"""For the faust CLI: `faust -A services.escalator.worker worker -l info` (settings from the environment)."""

from services.escalator.app import build_app

app = build_app().app
