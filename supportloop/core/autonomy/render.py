"""Text and JSON renderings of modes, flip history and rollout status for the CLI."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime
from typing import Any

from supportloop.core import events as ev
from supportloop.core.autonomy.board import CategoryMode
from supportloop.core.autonomy.rollout import CategoryStatus
from supportloop.core.metrics.weeks import as_utc

NONE = "—"


def when(moment: datetime) -> str:
    return as_utc(moment).strftime("%Y-%m-%d %H:%M:%SZ")


def _pct(value: float | None) -> str:
    return NONE if value is None else f"{value * 100:.1f}%"


def _num(value: float | None) -> str:
    return NONE if value is None else f"{value:.1f}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(c)) for c in column) for column in zip(header, *rows, strict=True)]
    lines = [header, *rows]
    return "".join(
        "  ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() + "\n"
        for line in lines
    )


def _flip_json(flip: ev.AutonomyModeChanged) -> dict[str, Any]:
    return {
        "at": when(flip.occurred_at),
        "category": flip.category,
        "mode": flip.mode,
        "previous_mode": flip.previous_mode,
        "changed_by": flip.changed_by,
        "reason": flip.reason,
        "evidence": flip.evidence,
    }


def render_modes(states: Sequence[CategoryMode], fmt: str = "table") -> str:
    if fmt == "json":
        return (
            json.dumps(
                [
                    {
                        "category": s.category,
                        "mode": s.mode,
                        "last_flip": _flip_json(s.last_flip) if s.last_flip else None,
                    }
                    for s in states
                ],
                indent=2,
            )
            + "\n"
        )
    rows = [
        [
            s.category,
            s.mode,
            when(s.last_flip.occurred_at) if s.last_flip else "(default)",
            s.last_flip.changed_by if s.last_flip else "",
            s.last_flip.reason if s.last_flip else "",
        ]
        for s in states
    ]
    return _table(["CATEGORY", "MODE", "SINCE", "BY", "REASON"], rows)


def render_history(
    category: str, flips: Sequence[ev.AutonomyModeChanged], fmt: str = "table"
) -> str:
    if fmt == "json":
        return json.dumps([_flip_json(f) for f in flips], indent=2) + "\n"
    if not flips:
        return f"{category}: never flipped (default mode shadow)\n"
    rows = [
        [
            when(f.occurred_at),
            f"{f.previous_mode or '(default)'} → {f.mode}",
            f.changed_by,
            f.reason,
        ]
        for f in flips
    ]
    return _table(["WHEN", "CHANGE", "BY", "REASON"], rows)


def _automation(s: CategoryStatus) -> str:
    """Live threshold, then precision of automated decisions / coverage at it."""
    a = s.automation
    if a is None:
        return NONE
    threshold = NONE if a.threshold is None else f"{a.threshold:g}"
    return f"{threshold} {_pct(a.precision)}/{_pct(a.coverage)}"


def render_status(statuses: Sequence[CategoryStatus], fmt: str = "table") -> str:
    if fmt == "json":
        return json.dumps([asdict(s) for s in statuses], indent=2) + "\n"
    window = next((f"{s.first_week} … {s.last_week}" for s in statuses if s.last_week), None)
    rows = [
        [
            s.category,
            s.mode,
            str(s.shadow_tickets),
            str(s.reviewed_drafts),
            _pct(s.acceptance_rate),
            f"{_num(s.csat_ai)} / {_num(s.csat_human)}",
            _pct(s.escalation_rate),
            _automation(s),
            s.recommendation + (f" → {s.target_mode}" if s.target_mode else ""),
            "; ".join(s.reasons),
        ]
        for s in statuses
    ]
    header = [
        "CATEGORY", "MODE", "SHADOW", "REVIEWED", "ACCEPTED", "CSAT AI/HUMAN", "ESCALATED",
        "THRESHOLD PREC/COV", "RECOMMENDATION", "EVIDENCE",
    ]  # fmt: skip
    title = f"window: {window}\n" if window else "window: no events\n"
    return title + _table(header, rows)
