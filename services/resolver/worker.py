"""For the faust CLI: `faust -A services.resolver.worker worker -l info` (settings from the environment)."""

from services.resolver.app import build_app

app = build_app().app
