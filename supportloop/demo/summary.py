"""The per-category table printed at the end of the demo."""

from __future__ import annotations

from collections import Counter

from rich.table import Table

from supportloop.outcomes import OUTCOME_KINDS, OutcomeLedger


def summary_rows(ledger: OutcomeLedger) -> list[tuple[str, int, Counter[str]]]:
    per_category = ledger.summary()
    rows = [(cat, sum(c.values()), c) for cat, c in per_category.items()]
    rows.sort(key=lambda row: (-row[1], row[0]))
    return rows


def summary_table(ledger: OutcomeLedger, expected: int) -> Table:
    table = Table(title=f"SupportLoop demo — {expected} tickets")
    table.add_column("category")
    table.add_column("tickets", justify="right")
    for kind in ("resolved", "escalated", "drafted", "dead_lettered"):
        table.add_column(kind.replace("_", "-"), justify="right")
    totals: Counter[str] = Counter()
    for category, count, outcomes in summary_rows(ledger):
        totals.update(outcomes)
        table.add_row(
            category,
            str(count),
            *(str(outcomes.get(kind, 0)) for kind in ("resolved", "escalated", "drafted", "dead_lettered")),
        )
    table.add_section()
    table.add_row(
        "total",
        str(sum(totals.values())),
        *(str(totals.get(kind, 0)) for kind in ("resolved", "escalated", "drafted", "dead_lettered")),
    )
    assert set(OUTCOME_KINDS) >= set(totals)
    return table
