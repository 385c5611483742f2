"""CSAT and draft acceptance broken down by the language the customer wrote in.

The language is the classifier's (``TicketClassified.language``), joined to the outcome,
rating and draft review events by ticket id; a ticket whose classification was not among the
events counts as ``unknown``. Shown by ``supportloop report weekly --by-language`` and
``supportloop rollout status --by-language``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from supportloop.core import events as ev
from supportloop.core.metrics.csat import csat_points

UNKNOWN_LANGUAGE = "unknown"
DEFAULT_ACCEPT_MAX_EDIT = 0.2


@dataclass
class _Counts:
    tickets: set[str] = field(default_factory=set)
    ai_resolved: set[str] = field(default_factory=set)
    drafted: set[str] = field(default_factory=set)
    drafts_reviewed: int = 0
    drafts_accepted: int = 0
    csat: dict[str, list[float]] = field(default_factory=lambda: {"ai": [], "human": []})


@dataclass(frozen=True)
class LanguageRow:
    language: str
    tickets: int
    ai_resolved: int
    drafted: int
    drafts_reviewed: int
    draft_acceptance: float | None
    csat_ai_points: float | None
    csat_ai_ratings: int
    csat_human_points: float | None
    csat_human_ratings: int


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def by_language(
    events: Iterable[ev.Event], accept_max_edit: float = DEFAULT_ACCEPT_MAX_EDIT
) -> list[LanguageRow]:
    """One row per language, most tickets first. A draft counts as accepted when sent as
    is or edited at most ``accept_max_edit`` (as ``rollout status`` counts it)."""
    language: dict[str, str] = {}
    resolved_by_ai: set[str] = set()
    pending: list[ev.TicketResolved | ev.HumanOutcome | ev.DraftReviewed] = []
    for event in events:
        if isinstance(event, ev.TicketClassified):
            language.setdefault(event.ticket_id, event.language or UNKNOWN_LANGUAGE)
        elif isinstance(event, ev.TicketResolved | ev.HumanOutcome | ev.DraftReviewed):
            if isinstance(event, ev.TicketResolved) and event.outcome == "resolved":
                resolved_by_ai.add(event.ticket_id)
            pending.append(event)
    counts: dict[str, _Counts] = {}
    for ticket_id, lang in language.items():
        counts.setdefault(lang, _Counts()).tickets.add(ticket_id)
    for event in pending:
        lang = language.get(event.ticket_id, UNKNOWN_LANGUAGE)
        row = counts.setdefault(lang, _Counts())
        row.tickets.add(event.ticket_id)
        if isinstance(event, ev.TicketResolved):
            (row.ai_resolved if event.outcome == "resolved" else row.drafted).add(event.ticket_id)
        elif isinstance(event, ev.DraftReviewed):
            row.drafts_reviewed += 1
            row.drafts_accepted += event.verdict == "sent_as_is" or (
                event.verdict == "edited" and event.edit_ratio <= accept_max_edit
            )
        elif event.kind == "csat" and event.csat_score is not None:  # a HumanOutcome
            resolver = event.resolved_by or ("ai" if event.ticket_id in resolved_by_ai else "human")
            row.csat[resolver].append(csat_points(event.csat_score))
    rows = [
        LanguageRow(
            language=lang,
            tickets=len(c.tickets),
            ai_resolved=len(c.ai_resolved),
            drafted=len(c.drafted),
            drafts_reviewed=c.drafts_reviewed,
            draft_acceptance=(
                round(c.drafts_accepted / c.drafts_reviewed, 4) if c.drafts_reviewed else None
            ),
            csat_ai_points=_mean(c.csat["ai"]),
            csat_ai_ratings=len(c.csat["ai"]),
            csat_human_points=_mean(c.csat["human"]),
            csat_human_ratings=len(c.csat["human"]),
        )
        for lang, c in counts.items()
    ]
    return sorted(rows, key=lambda r: (-r.tickets, r.language))


def _cell(value: float | int | None, pct: bool = False) -> str:
    if value is None:
        return "—"
    if pct:
        return f"{value * 100:.0f}%"
    return str(value)


def render_languages(rows: list[LanguageRow], fmt: str = "table") -> str:
    if fmt == "json":
        return json.dumps([asdict(r) for r in rows], indent=2, sort_keys=True) + "\n"
    header = (
        f"{'language':9} {'tickets':>7} {'AI-res':>6} {'drafts':>6} {'reviewed':>8} "
        f"{'accept':>6} {'CSAT AI':>7} {'(n)':>5} {'CSAT hum':>8} {'(n)':>5}"
    )
    lines = ["By language (the customer's, as classified)", header]
    for r in rows:
        lines.append(
            f"{r.language:9} {r.tickets:>7} {r.ai_resolved:>6} {r.drafted:>6} "
            f"{r.drafts_reviewed:>8} {_cell(r.draft_acceptance, True):>6} "
            f"{_cell(r.csat_ai_points):>7} {r.csat_ai_ratings:>5} "
            f"{_cell(r.csat_human_points):>8} {r.csat_human_ratings:>5}"
        )
    return "\n".join(lines) + "\n"
