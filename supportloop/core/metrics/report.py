"""The weekly report: the six numbers per week, overall and per category, with the
hand-off readiness (drafts, order facts, how the hand-off drafts were used), as
table/csv/json.

``build_weekly_report(events, weeks)`` reads any iterable of events (a JSONL export, a
Kafka topic, the simulator) through a fresh ``WeeklyBook``; ``render(report, fmt)`` prints it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from typing import Literal

from supportloop.core import events as ev
from supportloop.core.metrics.book import WeeklyBook
from supportloop.core.metrics.settings import MetricsSettings
from supportloop.core.metrics.tally import Tally
from supportloop.core.metrics.weeks import week_start

ReportFormat = Literal["table", "csv", "json"]
ALL_CATEGORIES = "ALL"


@dataclass(frozen=True)
class NumbersRow:
    week: str
    category: str
    mode: str | None
    terminal_tickets: int
    ai_resolved: int
    autonomous_resolution_rate: float | None
    csat_ai_points: float | None
    csat_ai_ratings: int
    csat_human_points: float | None
    csat_human_ratings: int
    csat_gap_points: float | None
    csat_change_points: float | None
    ai_csat_change_points: float | None
    escalation_accuracy: float | None
    escalation_reviews: int
    first_response_ai_p50_s: float | None
    first_response_ai_p90_s: float | None
    first_response_human_p50_s: float | None
    first_response_human_p90_s: float | None
    knowledge_gaps: int
    # AI resolutions whose customer wrote again on the ticket (a repeat contact)
    ai_follow_ups: int = 0
    # Hand-off readiness (issue 24), per hand-off event. Draft share: hand-offs with a draft
    # among those where one is expected (legal, business and human requests get none).
    handoffs: int = 0
    handoff_draft_expected: int = 0
    handoffs_with_draft: int = 0
    handoff_draft_share: float | None = None
    # Order-facts share: hand-offs arriving with the order looked up, among those whose
    # ticket names an order (TicketEscalated.order_named).
    handoffs_naming_an_order: int = 0
    handoffs_with_order_facts: int = 0
    handoff_order_facts_share: float | None = None
    # How people used hand-off drafts (escalation reviews; shadow drafts are not in here):
    # shares of the reviewed hand-off drafts sent as is, edited, discarded.
    handoff_drafts_reviewed: int = 0
    handoff_drafts_sent_as_is_share: float | None = None
    handoff_drafts_edited_share: float | None = None
    handoff_drafts_discarded_share: float | None = None


@dataclass(frozen=True)
class FallingCsat:
    category: str
    change_points: float
    ai_change_points: float | None


@dataclass(frozen=True)
class GapQuestion:
    category: str
    question: str


@dataclass(frozen=True)
class ModeChangeRow:
    at: str
    category: str
    previous_mode: str | None
    mode: str
    changed_by: str
    reason: str


@dataclass(frozen=True)
class WeekReport:
    week: str
    starts_on: str
    overall: NumbersRow
    categories: tuple[NumbersRow, ...]
    falling_csat: tuple[FallingCsat, ...]
    knowledge_gap_questions: tuple[GapQuestion, ...]
    mode_changes: tuple[ModeChangeRow, ...]


@dataclass(frozen=True)
class WeeklyReport:
    weeks: tuple[WeekReport, ...]
    events_counted: int
    min_sample: int


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def _row(book: WeeklyBook, week: str, category: str | None, mode: str | None) -> NumbersRow:
    tally: Tally = book.tally(week, category)
    return NumbersRow(
        week=week,
        category=category or ALL_CATEGORIES,
        mode=mode,
        terminal_tickets=tally.terminal_tickets,
        ai_resolved=tally.ai_resolved,
        autonomous_resolution_rate=_round(tally.autonomous_resolution_rate(), 4),
        csat_ai_points=_round(tally.csat("ai"), 1),
        csat_ai_ratings=tally.csat_count("ai"),
        csat_human_points=_round(tally.csat("human"), 1),
        csat_human_ratings=tally.csat_count("human"),
        csat_gap_points=_round(tally.csat_gap(), 1),
        csat_change_points=_round(book.csat_change(week, category), 1),
        ai_csat_change_points=_round(book.csat_change(week, category, "ai"), 1),
        escalation_accuracy=_round(tally.escalation_accuracy(), 4),
        escalation_reviews=tally.escalation_reviews,
        first_response_ai_p50_s=_round(tally.first_response_quantile("ai", 0.5), 1),
        first_response_ai_p90_s=_round(tally.first_response_quantile("ai", 0.9), 1),
        first_response_human_p50_s=_round(tally.first_response_quantile("human", 0.5), 1),
        first_response_human_p90_s=_round(tally.first_response_quantile("human", 0.9), 1),
        knowledge_gaps=tally.kb_gaps,
        ai_follow_ups=tally.ai_follow_ups,
        handoffs=tally.handoffs.handoffs,
        handoff_draft_expected=tally.handoffs.draft_expected,
        handoffs_with_draft=tally.handoffs.with_draft,
        handoff_draft_share=_round(tally.handoffs.draft_share, 4),
        handoffs_naming_an_order=tally.handoffs.naming_an_order,
        handoffs_with_order_facts=tally.handoffs.with_order_facts,
        handoff_order_facts_share=_round(tally.handoffs.order_facts_share, 4),
        handoff_drafts_reviewed=tally.handoff_drafts_reviewed,
        handoff_drafts_sent_as_is_share=_round(tally.handoff_draft_share("sent_as_is"), 4),
        handoff_drafts_edited_share=_round(tally.handoff_draft_share("edited"), 4),
        handoff_drafts_discarded_share=_round(tally.handoff_draft_share("discarded"), 4),
    )


def report_from_book(book: WeeklyBook, weeks: int) -> WeeklyReport:
    chosen = book.weeks()[-weeks:] if weeks > 0 else []
    reports = []
    for week in chosen:
        modes = book.modes_at_end_of(week)
        rows = tuple(_row(book, week, c, modes.get(c)) for c in book.categories(week))
        falling = sorted(
            (
                FallingCsat(r.category, r.csat_change_points, r.ai_csat_change_points)
                for r in rows
                if r.csat_change_points is not None and r.csat_change_points < 0
            ),
            key=lambda f: (f.change_points, f.category),
        )
        questions = tuple(
            GapQuestion(c, q)
            for c in book.categories(week)
            for q in book.tally(week, c).kb_questions
        )
        changes = sorted(
            (c for name in book.categories(week) for c in book.tally(week, name).mode_changes),
            key=lambda c: (c.at, c.category),
        )
        reports.append(
            WeekReport(
                week=week,
                starts_on=week_start(week).date().isoformat(),
                overall=_row(book, week, None, None),
                categories=rows,
                falling_csat=tuple(falling),
                knowledge_gap_questions=questions,
                mode_changes=tuple(
                    ModeChangeRow(
                        at=c.at.isoformat(),
                        category=c.category,
                        previous_mode=c.previous_mode,
                        mode=c.mode,
                        changed_by=c.changed_by,
                        reason=c.reason,
                    )
                    for c in changes
                ),
            )
        )
    return WeeklyReport(
        weeks=tuple(reports),
        events_counted=book.observed,
        min_sample=book.settings.breaker_min_sample,
    )


def build_weekly_report(
    events: Iterable[ev.Event], weeks: int = 8, settings: MetricsSettings | None = None
) -> WeeklyReport:
    book = WeeklyBook(settings)
    book.observe_all(events)
    return report_from_book(book, weeks)


def render(report: WeeklyReport, fmt: ReportFormat = "table") -> str:
    if fmt == "json":
        return json.dumps(asdict(report), indent=2, sort_keys=True) + "\n"
    if fmt == "csv":
        return _render_csv(report)
    if fmt == "table":
        return _render_table(report)
    raise ValueError(f"unknown report format {fmt!r}")


def _render_csv(report: WeeklyReport) -> str:
    out = io.StringIO()
    columns = [f.name for f in fields(NumbersRow)]
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for week in report.weeks:
        for row in (week.overall, *week.categories):
            writer.writerow({k: "" if v is None else v for k, v in asdict(row).items()})
    return out.getvalue()


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _num(value: float | None, suffix: str = "") -> str:
    return "—" if value is None else f"{value:.1f}{suffix}"


def _signed(value: float | None) -> str:
    return "—" if value is None else f"{value:+.1f}"


def _seconds(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.1f}s" if value < 120 else f"{value / 60:.0f}m"


_HEADERS = (
    "category",
    "mode",
    "tickets",
    "auto-res",
    "CSAT ai (n)",
    "CSAT human (n)",
    "gap",
    "Δ wow",
    "esc acc (n)",
    "FRT ai p50/p90",
    "FRT human p50/p90",
    "KB gaps",
    "AI res. w/ follow-up",
    "hand-offs w/ draft (n)",
    "hand-offs w/ order facts (n)",
    "hand-off drafts as-is/edited/discarded (n)",
)


def _cells(row: NumbersRow) -> tuple[str, ...]:
    return (
        row.category,
        row.mode or "",
        str(row.terminal_tickets),
        _pct(row.autonomous_resolution_rate),
        f"{_num(row.csat_ai_points)} ({row.csat_ai_ratings})",
        f"{_num(row.csat_human_points)} ({row.csat_human_ratings})",
        _signed(row.csat_gap_points),
        _signed(row.csat_change_points),
        f"{_pct(row.escalation_accuracy)} ({row.escalation_reviews})",
        f"{_seconds(row.first_response_ai_p50_s)}/{_seconds(row.first_response_ai_p90_s)}",
        f"{_seconds(row.first_response_human_p50_s)}/{_seconds(row.first_response_human_p90_s)}",
        str(row.knowledge_gaps),
        f"{row.ai_follow_ups}/{row.ai_resolved}",
        f"{_pct(row.handoff_draft_share)} ({row.handoff_draft_expected})",
        f"{_pct(row.handoff_order_facts_share)} ({row.handoffs_naming_an_order})",
        f"{_pct(row.handoff_drafts_sent_as_is_share)}/{_pct(row.handoff_drafts_edited_share)}/"
        f"{_pct(row.handoff_drafts_discarded_share)} ({row.handoff_drafts_reviewed})",
    )


def _grid(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for index, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines


def _render_table(report: WeeklyReport) -> str:
    lines = [
        f"SupportLoop weekly report — {len(report.weeks)} week(s), "
        f"{report.events_counted} events. CSAT in points (1→0 … 5→100); gap = human − AI; "
        f"Δ wow needs ≥ {report.min_sample} ratings in both weeks.",
    ]
    if not report.weeks:
        lines.append("No events.")
    for week in report.weeks:
        lines += ["", f"== {week.week} (from {week.starts_on}) =="]
        lines += _grid([_HEADERS, *(_cells(r) for r in week.categories), _cells(week.overall)])
        if week.falling_csat:
            falling = ", ".join(f"{f.category} {f.change_points:+.1f}" for f in week.falling_csat)
            lines.append(f"Falling CSAT: {falling}")
        else:
            lines.append("Falling CSAT: none")
        for change in week.mode_changes:
            lines.append(
                f"Mode: {change.at[:16].replace('T', ' ')} {change.category} "
                f"{change.previous_mode or '?'} → "
                f"{change.mode} by {change.changed_by}: {change.reason}"
            )
        if week.knowledge_gap_questions:
            lines.append(f"Knowledge-base gaps ({week.overall.knowledge_gaps}):")
            lines += [f"  - [{q.category}] {q.question}" for q in week.knowledge_gap_questions]
    return "\n".join(lines) + "\n"
