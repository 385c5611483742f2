"""`supportloop triage FILE --format html`: the triage as one page a support lead can forward —
automatable share per category (chart), the top policy gaps, the verdict per ticket with its
reason, and the rows that could not be read."""

from __future__ import annotations

from collections import Counter

from supportloop.reporting.html import bars, bullet_list, esc, page, section, table
from supportloop.triage.run import TriageReport
from supportloop.triage.summary import TOTAL, summarise

TOP_GAPS = 10


def policy_gaps(report: TriageReport, top: int = TOP_GAPS) -> list[tuple[str, int]]:
    """What keeps the most tickets from automating: a missing rule, a failed condition, a
    lookup the tickets cannot feed — counted over the tickets that need policy work."""
    gaps: Counter[str] = Counter()
    for t in report.tickets:
        e = t.evaluation
        if e.kind != "policy_work":
            continue
        if e.reason == "no_policy":
            gaps[f"no rule for {t.category}"] += 1
        elif e.needs:
            gaps.update(f"{t.category}: {need.split(':')[0]}" for need in e.needs)
        else:
            gaps.update(f"{t.category}: {c}" for c in e.blocking)
    return gaps.most_common(top)


def render_html(report: TriageReport) -> str:
    from supportloop.triage.render import what

    lines = summarise(report.tickets)
    total = next(s for s in lines if s.category == TOTAL)
    per_category = [s for s in lines if s.category != TOTAL]
    chart = bars(
        [(s.category, s.share_automatable, f"{s.clean}/{s.volume}") for s in per_category],
        title="Share of tickets that automate cleanly today, per category",
    )
    summary_table = table(
        ("category", "tickets", "automatable now", "policy work", "needs a human"),
        [
            (s.category, s.volume, f"{s.clean} ({s.share_automatable:.0%})", s.policy_work, s.human)
            for s in lines
        ],
        numeric=(1, 2, 3, 4),
        row_class=["total" if s.category == TOTAL else None for s in lines],
    )
    gaps = policy_gaps(report)
    tickets = table(
        ("row", "ticket", "category", "verdict", "why", "notes"),
        [
            (
                t.row,
                esc(t.ticket.id),
                esc(t.category),
                f'<span class="{t.evaluation.kind}">{esc(t.evaluation.label)}</span>',
                esc(what(t)),
                esc("; ".join(t.notes)),
            )
            for t in report.tickets
        ],
        numeric=(0,),
        raw=(1, 2, 3, 4, 5),
    )
    sections = [
        section("Automatable today, per category", chart, summary_table),
        section(
            "Top policy gaps",
            bullet_list(f"{gap} — {count} ticket(s)" for gap, count in gaps),
        ),
        section("Verdict per ticket", tickets),
    ]
    if report.errors:
        sections.append(
            section(
                f"Rows that could not be read ({report.bad_rows})",
                bullet_list(str(e) for e in report.errors),
            )
        )
    lead = (
        f"{total.volume} tickets: {total.clean} automate cleanly today "
        f"({total.share_automatable:.0%}), {total.policy_work} need policy work, "
        f"{total.human} need a human; {report.bad_rows} bad rows. Nothing was executed."
    )
    return page("SupportLoop triage", lead, sections)
