"""Entry point for the faust CLI: `faust -A services.classifier.worker worker -l info`."""

from services.classifier.app import build_app

app = build_app().app
