"""Triage reports for people (a rich table) and for sharing (JSON, CSV, Markdown)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from typing import Literal

from rich.console import Console
from rich.table import Table

from supportloop.triage.agreement import CategoryAgreement
from supportloop.triage.run import TriagedTicket, TriageReport
from supportloop.triage.summary import CategorySummary, summarise

Format = Literal["table", "json", "csv", "markdown", "html"]
FORMATS: tuple[Format, ...] = ("table", "json", "csv", "markdown", "html")
CSV_COLUMNS = (
    "row", "ticket_id", "category", "tier", "confidence", "verdict", "kind", "reason", "action",
    "branch", "missing_facts", "blocking", "details", "needs", "once_given", "notes", "reply",
)  # fmt: skip
_STYLE = {"clean": "green", "policy_work": "yellow", "human": "red"}


def what(ticket: TriagedTicket) -> str:
    """One line saying what happens: the action, or what blocks automation."""
    e = ticket.evaluation
    if e.kind == "clean":
        return f"{e.action} (branch {e.branch})"
    if e.kind == "human":
        return "; ".join(e.details) or e.reason
    if e.reason == "no_policy":
        return f"no rule for {ticket.category}"
    if e.needs:
        return "; ".join((*e.needs, e.once_given))
    parts = [f"{e.reason}, else branch → {e.action}"] if e.branch == "else" else [e.reason]
    parts += [f"missing {', '.join(e.missing_facts)}"] if e.missing_facts else []
    parts += [f"failed: {', '.join(e.blocking)}"] if e.blocking and e.branch == "else" else []
    return "; ".join(parts)


def _pairs(pairs: tuple[tuple[str, int], ...]) -> str:
    return ", ".join(f"{name} ({count})" for name, count in pairs)


def _pct(value: float) -> str:
    return f"{value:.0%}"


def report_dict(report: TriageReport) -> dict[str, object]:
    return {
        "tickets": [t.as_dict() for t in report.tickets],
        "summary": [s.as_dict() for s in summarise(report.tickets)],
        "errors": [{"row": e.row, "field": e.field, "reason": e.reason} for e in report.errors],
    }


def render_json(report: TriageReport) -> str:
    return json.dumps(report_dict(report), indent=2, ensure_ascii=False) + "\n"


def render_csv(report: TriageReport) -> str:
    """One line per ticket (the summary is one group-by away in any spreadsheet)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for ticket in report.tickets:
        row = ticket.as_dict()
        for name in ("missing_facts", "blocking", "details", "needs", "notes"):
            row[name] = "; ".join(str(v) for v in row[name])  # type: ignore[attr-defined]
        writer.writerow(row)
    return out.getvalue()


def _md(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", "<br>")


def render_markdown(report: TriageReport) -> str:
    lines = [
        "## Triage",
        "",
        "| ticket | category | tier | verdict | what happens | reply |",
        "|---|---|---|---|---|---|",
    ]
    for t in report.tickets:
        e = t.evaluation
        cells = (t.ticket.id, t.category, t.verdict.tier, e.label, what(t), e.reply)
        lines.append("| " + " | ".join(_md(c) for c in cells) + " |")
    lines += [
        "",
        "## Summary by category",
        "",
        "| category | volume | automatable now | policy work | human | top missing facts "
        "| top rules |",
        "|---|---|---|---|---|---|---|",
    ]
    for s in summarise(report.tickets):
        line = (
            s.category, s.volume, f"{s.clean} ({_pct(s.share_automatable)})", s.policy_work,
            s.human, _pairs(s.top_missing_facts), _pairs(s.top_rules),
        )  # fmt: skip
        lines.append("| " + " | ".join(_md(c) for c in line) + " |")
    if report.errors:
        lines += ["", "## Bad rows", ""] + [f"- {_md(e)}" for e in report.errors]
    return "\n".join(lines) + "\n"


def summary_table(lines: list[CategorySummary]) -> Table:
    table = Table(title="Summary by category")
    for name in ("category", "volume", "automatable now", "policy work", "human"):
        table.add_column(name, justify="left" if name == "category" else "right")
    table.add_column("top missing facts")
    table.add_column("top rules")
    for s in lines:
        table.add_row(
            s.category, str(s.volume), f"{s.clean} ({_pct(s.share_automatable)})",
            str(s.policy_work), str(s.human), _pairs(s.top_missing_facts), _pairs(s.top_rules),
            style="bold" if s.category == "total" else None,
        )  # fmt: skip
    return table


def print_table(report: TriageReport, console: Console) -> None:
    table = Table(title="Triage")
    for name in ("ticket", "category", "tier", "verdict", "what happens", "reply"):
        table.add_column(name, overflow="fold")
    for t in report.tickets:
        e = t.evaluation
        first_line = next((line for line in e.reply.splitlines()[1:] if line.strip()), "")
        table.add_row(
            t.ticket.id, t.category, str(t.verdict.tier), f"[{_STYLE[e.kind]}]{e.label}",
            what(t), first_line[:80],
        )  # fmt: skip
    console.print(table)
    console.print(summary_table(summarise(report.tickets)))


def render(report: TriageReport, fmt: Format) -> str:
    if fmt == "json":
        return render_json(report)
    if fmt == "csv":
        return render_csv(report)
    if fmt == "markdown":
        return render_markdown(report)
    if fmt == "html":
        from supportloop.triage.html import render_html

        return render_html(report)
    out = io.StringIO()
    print_table(report, Console(file=out, width=160, no_color=True))
    return out.getvalue()


def agreement_table(lines: list[CategoryAgreement]) -> Table:
    table = Table(
        title="Replay: AI decision vs what the agent did",
        caption="auto: AI would act · agreed: same action as the agent, of those · "
        "projected: autonomous resolutions the history confirms, of tickets with history",
    )
    table.add_column("category")
    for name in (
        "tickets", "history", "AI acts", "agree", "risky", "missed", "auto", "agreed",
        "projected",
    ):  # fmt: skip
        table.add_column(name, justify="right")
    for s in lines:
        table.add_row(
            s.category, str(s.volume), str(s.with_history), str(s.ai_acts), str(s.agree),
            str(s.risky), str(s.missed), _pct(s.automatable_rate), _pct(s.agreement_rate),
            _pct(s.projected_autonomous_rate),
            style="bold" if s.category == "total" else None,
        )  # fmt: skip
    return table


def risky_table(records: list[Mapping[str, object]], limit: int) -> Table:
    table = Table(title=f"Risky disagreements ({len(records)})")
    for name in ("ticket", "category", "AI would", "agent did", "branch"):
        table.add_column(name)
    for r in records[:limit]:
        table.add_row(
            str(r["ticket_id"]), str(r["category"]), str(r["action"]), str(r["agent_action"]),
            str(r["branch"]),
        )  # fmt: skip
    return table
