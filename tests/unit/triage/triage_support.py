"""Helpers shared by the triage tests (a uniquely named module, not conftest)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx

from supportloop.core.classification import Verdict

REPO_ROOT = Path(__file__).resolve().parents[3]
FIXTURES = REPO_ROOT / "tests" / "fixtures" / "triage"
TICKETS = FIXTURES / "tickets.jsonl"
HISTORY = FIXTURES / "history.jsonl"


def side_effects(url: str) -> list[dict[str, Any]]:
    effects: list[dict[str, Any]] = httpx.get(f"{url}/_demo/side-effects").json()["side_effects"]
    return effects


def verdict(category: str, tier: int = 1, *reasons: str) -> Verdict:
    return Verdict(category, tier, 0.9, bool(reasons), reasons, "en", "model", "test")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The JSON records of a file (fixtures also hold deliberately broken lines)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.startswith("{")]
