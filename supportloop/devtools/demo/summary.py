"""The per-category table printed at the end of the demo."""

from __future__ import annotations

import json
import urllib.request
from collections import Counter

from rich.table import Table

from supportloop.core.outcomes import OUTCOME_KINDS, OutcomeLedger


def summary_rows(ledger: OutcomeLedger) -> list[tuple[str, int, Counter[str]]]:
    per_category = ledger.summary()
    rows = [(cat, sum(c.values()), c) for cat, c in per_category.items()]
    rows.sort(key=lambda row: (-row[1], row[0]))
    return rows


def summary_table(ledger: OutcomeLedger, expected: int) -> Table:
    table = Table(title=f"SupportLoop demo — {expected} tickets")
    table.add_column("category", no_wrap=True)
    table.add_column("tickets", justify="right")
    for kind in ("resolved", "escalated", "drafted", "dead_lettered"):
        table.add_column(kind.replace("_", "-"), justify="right")
    totals: Counter[str] = Counter()
    for category, count, outcomes in summary_rows(ledger):
        totals.update(outcomes)
        table.add_row(
            category,
            str(count),
            *(
                str(outcomes.get(kind, 0))
                for kind in ("resolved", "escalated", "drafted", "dead_lettered")
            ),
        )
    table.add_section()
    table.add_row(
        "total",
        str(sum(totals.values())),
        *(
            str(totals.get(kind, 0))
            for kind in ("resolved", "escalated", "drafted", "dead_lettered")
        ),
    )
    assert set(OUTCOME_KINDS) >= set(totals)
    return table


def fetch_side_effects(store_url: str) -> list[dict[str, object]]:
    with urllib.request.urlopen(f"{store_url}/_demo/side-effects", timeout=10) as response:
        effects: list[dict[str, object]] = json.loads(response.read())["side_effects"]
    return effects


def side_effects_table(effects: list[dict[str, object]]) -> Table:
    """What the demo store recorded: each effect once, however often a ticket was delivered."""
    kinds = Counter(str(e["kind"]) for e in effects)
    keys = Counter(str(e["idempotency_key"]) for e in effects if e.get("idempotency_key"))
    repeated = sum(1 for count in keys.values() if count > 1)
    table = Table(title=f"side effects in the demo store ({repeated} repeated idempotency keys)")
    table.add_column("effect", no_wrap=True)
    table.add_column("count", justify="right")
    for kind, count in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        table.add_row(kind, str(count))
    return table
