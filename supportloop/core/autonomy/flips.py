"""Validating a requested flip and building the audited event for it."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import datetime

from supportloop.core import events as ev
from supportloop.core.autonomy.errors import NoOpFlip, UnknownCategory, UnknownMode
from supportloop.core.autonomy.modes import MODES, Mode, is_mode


def validate_flip(
    category: str, mode: str, categories: Collection[str], current: Mode | None
) -> Mode:
    """The requested mode, checked. ``current`` None means the category was never flipped
    and runs in the default mode (pass the default then, to catch a no-op)."""
    if category not in categories:
        raise UnknownCategory(
            f"unknown category {category!r}; valid categories: {', '.join(sorted(categories))}"
        )
    if not is_mode(mode):
        raise UnknownMode(f"unknown mode {mode!r}; valid modes: {', '.join(MODES)}")
    if current == mode:
        raise NoOpFlip(f"{category} is already {mode}; nothing to change")
    return mode


def flip_key(category: str, mode: Mode, now: datetime) -> str:
    return f"autonomy:{category}:{mode}:{now.isoformat()}"


def make_flip(
    category: str,
    mode: Mode,
    reason: str,
    by: str,
    previous: Mode | None,
    now: datetime,
    evidence: Mapping[str, ev.FactValue] | None = None,
) -> ev.AutonomyModeChanged:
    """The audited flip an operator asked for, keyed by category, mode and time."""
    return ev.AutonomyModeChanged.flip(
        flip_key(category, mode, now),
        category,
        mode,
        by=by,
        reason=reason,
        previous=previous,
        at=now,
        evidence=evidence,
    )
