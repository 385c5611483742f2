"""For the faust CLI: `faust -A services.classifier.worker worker -l info` (settings from the environment)."""

from services.classifier.app import build_app

app = build_app().app
