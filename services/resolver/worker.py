"""Entry point for the faust CLI: `faust -A services.resolver.worker worker -l info`."""

from services.resolver.app import build_app

app = build_app().app
