"""`supportloop report weekly --format html` (and markdown): the six numbers per category,
the latest week's value with a sparkline over the weeks, the hand-off readiness the same way,
then the latest week's falling CSAT, mode changes and knowledge-base questions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from supportloop.core.metrics.repeats import RepeatRow, overall
from supportloop.core.metrics.report import ALL_CATEGORIES, NumbersRow, WeeklyReport
from supportloop.reporting.html import bullet_list, esc, page, section, sparkline, table


@dataclass(frozen=True)
class Number:
    title: str
    value: Callable[[NumbersRow], float | None]
    shown: Callable[[float | None], str]


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def _points(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _signed(value: float | None) -> str:
    return "—" if value is None else f"{value:+.1f}"


def _seconds(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.1f}s" if value < 120 else f"{value / 60:.0f}m"


def _count(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


SIX: tuple[Number, ...] = (
    Number("autonomous resolution", lambda r: r.autonomous_resolution_rate, _pct),
    Number("CSAT on AI (points)", lambda r: r.csat_ai_points, _points),
    Number("escalation accuracy", lambda r: r.escalation_accuracy, _pct),
    Number("first response, AI p50", lambda r: r.first_response_ai_p50_s, _seconds),
    Number("CSAT change week-over-week", lambda r: r.csat_change_points, _signed),
    Number("knowledge-base gaps", lambda r: float(r.knowledge_gaps), _count),
)
# Hand-off readiness (issue 24): what a person gets with a hand-off, and how they used the
# draft (escalation reviews; the shadow drafts' verdicts are the rollout's, not in here).
HANDOFF: tuple[Number, ...] = (
    Number("hand-offs with a draft", lambda r: r.handoff_draft_share, _pct),
    Number("naming an order: with its facts", lambda r: r.handoff_order_facts_share, _pct),
    Number("hand-off drafts sent as is", lambda r: r.handoff_drafts_sent_as_is_share, _pct),
    Number("hand-off drafts edited", lambda r: r.handoff_drafts_edited_share, _pct),
    Number("hand-off drafts discarded", lambda r: r.handoff_drafts_discarded_share, _pct),
)


def series(report: WeeklyReport) -> dict[str, list[NumbersRow | None]]:
    """Per category (ALL last), its row in each week of the report (None: no tickets)."""
    names: dict[str, None] = {}
    for week in report.weeks:
        names.update(dict.fromkeys(r.category for r in week.categories))
    out: dict[str, list[NumbersRow | None]] = {}
    for name in sorted(names):
        out[name] = [
            next((r for r in week.categories if r.category == name), None) for week in report.weeks
        ]
    out[ALL_CATEGORIES] = [week.overall for week in report.weeks]
    return out


def _cell(number: Number, rows: list[NumbersRow | None], category: str) -> str:
    values = [number.value(r) if r is not None else None for r in rows]
    if all(v is None for v in values):
        return '<span class="muted">—</span>'
    latest = values[-1]
    line = sparkline(values, label=f"{category}: {number.title} over {len(values)} weeks")
    return f"{esc(number.shown(latest))} {line}"


def handoff_table(by_category: dict[str, list[NumbersRow | None]]) -> str:
    """Per category (ALL last): the latest week's hand-offs and readiness, with their lines."""
    names = [c for c, rows in by_category.items() if any(r and r.handoffs for r in rows)]
    if not names:
        return '<p class="muted">no hand-offs</p>'
    rows = []
    for category in names:
        weeks = by_category[category]
        latest = weeks[-1].handoffs if weeks[-1] is not None else 0
        rows.append((esc(category), str(latest), *(_cell(n, weeks, category) for n in HANDOFF)))
    return table(
        ("category", "hand-offs (latest)", *(n.title for n in HANDOFF)),
        rows,
        numeric=(1,),
        raw=range(2 + len(HANDOFF)),
        row_class=["total" if c == ALL_CATEGORIES else None for c in names],
    )


def repeats_table(report: WeeklyReport, repeats: Sequence[RepeatRow]) -> str:
    """The seventh number per category: AI vs human repeat-contact rate, latest week and line."""
    weeks = [w.week for w in report.weeks]
    cells: dict[tuple[str, str, str], RepeatRow] = {
        (r.week, r.category, r.resolved_by): r for r in [*repeats, *overall(repeats)]
    }
    categories = sorted({r.category for r in repeats}) + (["ALL"] if repeats else [])
    rows = []
    for category in categories:
        row: list[str] = [esc(category)]
        for who in ("ai", "human"):
            series_ = [cells.get((w, category, who)) for w in weeks]
            rates = [r.rate if r is not None else None for r in series_]
            last = series_[-1] if series_ else None
            if last is None or last.rate is None:
                shown = "—"
            else:
                shown = f"{last.rate:.0%} ({last.repeated}/{last.resolved})"
                shown += "" if last.window_closed else ", window open"
            line = sparkline(rates, label=f"{category}: {who}-resolved repeat rate over weeks")
            row.append(f"{esc(shown)} {line}")
        rows.append(row)
    if not rows:
        return '<p class="muted">no resolved ticket with a customer e-mail</p>'
    return table(
        ("category", "AI-resolved: came back within 7 days", "human-resolved: came back"),
        rows,
        raw=(0, 1, 2),
        row_class=["total" if c == "ALL" else None for c in categories],
    )


def render_html(report: WeeklyReport, repeats: Sequence[RepeatRow] = ()) -> str:
    if not report.weeks:
        return page("SupportLoop weekly report", "No events.", [])
    by_category = series(report)
    latest = report.weeks[-1]
    modes = {r.category: r.mode for r in latest.categories}
    rows = [
        (
            esc(category),
            esc(modes.get(category) or ""),
            str(rows[-1].terminal_tickets if rows[-1] is not None else 0),
            *(_cell(n, rows, category) for n in SIX),
        )
        for category, rows in by_category.items()
    ]
    numbers = table(
        ("category", "mode", "tickets (latest)", *(n.title for n in SIX)),
        rows,
        numeric=(2,),
        raw=range(3 + len(SIX)),
        row_class=["total" if c == ALL_CATEGORIES else None for c in by_category],
    )
    falling = [
        f"{f.category}: {f.change_points:+.1f} points week-over-week" for f in latest.falling_csat
    ]
    changes = [
        f"{c.at[:16].replace('T', ' ')} {c.category}: {c.previous_mode or '?'} → {c.mode} "
        f"by {c.changed_by} ({c.reason})"
        for c in latest.mode_changes
    ]
    questions = [f"[{q.category}] {q.question}" for q in latest.knowledge_gap_questions]
    first, last = report.weeks[0], report.weeks[-1]
    lead = (
        f"{len(report.weeks)} week(s), {first.week} to {last.week}; {report.events_counted} "
        f"events. Each number is the latest week's, with its line over the weeks. CSAT in "
        f"points (1→0 … 5→100); week-over-week change needs ≥ {report.min_sample} ratings in "
        f"both weeks."
    )
    return page(
        "SupportLoop weekly report",
        lead,
        [
            section("The six numbers per category", numbers),
            section(
                "Hand-off readiness: drafts, order facts, and how people used the drafts",
                handoff_table(by_category),
            ),
            section(
                "The seventh number: repeat contacts within 7 days (same customer, same order "
                "or topic)",
                repeats_table(report, repeats),
            ),
            section(f"Falling CSAT in {latest.week}", bullet_list(falling)),
            section(f"Mode changes in {latest.week}", bullet_list(changes)),
            section(f"Knowledge-base questions in {latest.week}", bullet_list(questions)),
        ],
    )


def render_markdown(report: WeeklyReport) -> str:
    """The table report as markdown: one table per week, no width to wrap at."""
    from supportloop.core.metrics.report import _HEADERS, _cells

    lines = [
        f"# SupportLoop weekly report — {len(report.weeks)} week(s), "
        f"{report.events_counted} events",
    ]
    if not report.weeks:
        lines.append("\nNo events.")
    for week in report.weeks:
        lines += ["", f"## {week.week} (from {week.starts_on})", ""]
        lines.append("| " + " | ".join(_HEADERS) + " |")
        lines.append("|" + "---|" * len(_HEADERS))
        for row in (*week.categories, week.overall):
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in _cells(row)) + " |")
        falling = ", ".join(f"{f.category} {f.change_points:+.1f}" for f in week.falling_csat)
        lines += ["", f"Falling CSAT: {falling or 'none'}"]
        if week.knowledge_gap_questions:
            lines.append("")
            lines += [f"- [{q.category}] {q.question}" for q in week.knowledge_gap_questions]
    return "\n".join(lines) + "\n"


def write_weekly_html(report: WeeklyReport, path: Path) -> Path:
    """Write the page; returns its absolute path (what `make demo` prints)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(report), encoding="utf-8")
    return path.resolve()


def fit_table(table_text: str, report: WeeklyReport, width: int) -> str:
    """The table when every line fits ``width`` columns; else each category as a block of
    ``header value`` pairs wrapped at ``width`` (a narrow terminal never wraps mid-row)."""
    if all(len(line) <= width for line in table_text.splitlines()):
        return table_text
    import textwrap

    from supportloop.core.metrics.report import _HEADERS, _cells

    lines = textwrap.wrap(table_text.splitlines()[0], width)
    for week in report.weeks:
        lines += ["", f"== {week.week} (from {week.starts_on}) =="]
        for row in (*week.categories, week.overall):
            cells = _cells(row)
            pairs = [f"{h}: {c}" for h, c in zip(_HEADERS[1:], cells[1:], strict=True) if c]
            lines.append(cells[0])
            lines += textwrap.wrap(" · ".join(pairs), width, initial_indent="  ",
                                   subsequent_indent="  ")  # fmt: skip
    return "\n".join(lines) + "\n"
