"""The per-category table printed at the end of the demo."""

from __future__ import annotations

import json
import urllib.request
from collections import Counter
from collections.abc import Iterable

from rich.table import Table

from supportloop.adapters.kafka.reader import follow
from supportloop.core import events as ev
from supportloop.core.classification.language import detect_language
from supportloop.core.metrics.handoffs import HandoffCoverage, last_handoffs
from supportloop.core.outcomes import OUTCOME_KINDS, OutcomeLedger
from supportloop.core.topics import ESCALATIONS
from supportloop.settings import KafkaSettings

DRAFT_PREFIX = "[SupportLoop draft"


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


def replies_by_language(effects: list[dict[str, object]]) -> dict[str, tuple[int, int, str]]:
    """language → (replies sent, drafts posted, one example line), from the demo store's
    helpdesk comments (the language of the text itself, not of the ticket)."""
    found: dict[str, list[int]] = {}
    examples: dict[str, str] = {}
    for effect in effects:
        kind = str(effect.get("kind"))
        payload = effect.get("payload")
        body = str(payload.get("body", "")) if isinstance(payload, dict) else ""
        if kind == "helpdesk.public_reply":
            column = 0
        elif kind == "helpdesk.internal_note" and body.startswith(DRAFT_PREFIX):
            column, body = 1, body.split("\n\n", 1)[-1]
        else:
            continue
        language, _ = detect_language(body)
        found.setdefault(language, [0, 0])[column] += 1
        paragraphs = [p for p in body.split("\n\n") if p.strip()]
        if language not in examples and len(paragraphs) >= 2:
            examples[language] = paragraphs[1].replace("\n", " ")[:90]
    return {
        lang: (sent, drafted, examples.get(lang, ""))
        for lang, (sent, drafted) in sorted(found.items(), key=lambda kv: (-sum(kv[1]), kv[0]))
    }


def replies_by_language_table(effects: list[dict[str, object]]) -> Table:
    table = Table(title="replies by language (replies/<locale>/*.j2)")
    table.add_column("language", no_wrap=True)
    table.add_column("sent", justify="right")
    table.add_column("drafted", justify="right")
    table.add_column("example")
    for language, (sent, drafted, example) in replies_by_language(effects).items():
        table.add_row(language, str(sent), str(drafted), example)
    return table


def item_level_effects(effects: list[dict[str, object]]) -> list[tuple[str, str, str, str]]:
    """(ticket, effect, line items, amount) for the effects that acted on named line items
    (issue 23): line-item refunds, partial or whole line removals, returns of named items."""
    rows = []
    for effect in effects:
        kind = str(effect.get("kind"))
        payload = effect.get("payload")
        result = effect.get("result")
        if not isinstance(payload, dict) or not isinstance(result, dict):
            continue
        ticket = str(effect.get("idempotency_key") or "").split(":", 1)[0]
        if kind == "order.refund" and payload.get("line_items"):
            lines = ", ".join(
                f"{li['line_item_id']}×{li['quantity']}" for li in payload["line_items"]
            )
            rows.append((ticket, "refund of line items", lines, f"${payload.get('amount')}"))
        elif kind == "order.edit":
            units = payload.get("quantity", "all")
            rows.append(
                (ticket, "line item removed", f"{payload.get('remove_line_item_id')}×{units}", "")
            )
        elif kind == "order.return" and isinstance(payload.get("line_items"), list):
            lines = ", ".join(
                f"{li['line_item_id']}×{li['quantity']}" for li in payload["line_items"]
            )
            rows.append((ticket, "return of named items", lines, ""))
    return rows


def item_level_table(effects: list[dict[str, object]], last: int = 14) -> Table:
    """The latest ``last`` item-level effects (the bundled item-scope requests come last)."""
    rows = sorted(item_level_effects(effects))
    kinds = Counter(row[1] for row in rows)
    table = Table(
        title="item-level actions: exactly what was asked (line item × units)",
        caption=", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
        + (f"; the last {last} shown" if len(rows) > last else ""),
    )
    for column in ("ticket", "effect", "line items", "amount"):
        table.add_column(column, no_wrap=column != "line items")
    for row in rows[-last:]:
        table.add_row(*row)
    return table


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def handoff_table(coverage: dict[str, HandoffCoverage]) -> Table:
    """Hand-offs ready for a person: with a draft (legal, business and human requests left
    out: no draft on purpose) and, when the ticket names an order, with its facts."""
    table = Table(title="hand-offs: draft and order facts (issue 24)")
    for column in ("category", "hand-offs", "with draft", "naming an order", "looked up"):
        table.add_column(column, justify="left" if column == "category" else "right")
    for category, c in sorted(coverage.items(), key=lambda kv: (kv[0] == "ALL", kv[0])):
        table.add_row(
            category, str(c.handoffs),
            f"{c.with_draft}/{c.draft_expected} ({_share(c.draft_share)})",
            str(c.naming_an_order),
            f"{c.with_order_facts}/{c.naming_an_order} ({_share(c.order_facts_share)})",
        )  # fmt: skip
    return table


def handoff_context_table(escalations: Iterable[ev.TicketEscalated]) -> Table:
    """Hand-offs with the customer's context (their other tickets looked up on the helpdesk,
    their order count when an order was found) and a help-centre passage on the question."""
    last = last_handoffs(escalations)
    with_order = [e for e in last if e.facts.get("order_found") is True]
    counts = (
        ("hand-offs", len(last), None),
        ("customer's other tickets looked up",
         sum(isinstance(e.facts.get("customer_earlier_tickets"), int) for e in last), len(last)),
        ("… of which with earlier tickets",
         sum(bool(e.facts.get("customer_earlier_tickets")) for e in last), len(last)),
        ("order found: customer's order count",
         sum(isinstance(e.facts.get("customer_orders"), int) for e in with_order), len(with_order)),
        ("help-centre passage", sum(bool(e.facts.get("help_passage")) for e in last), len(last)),
    )  # fmt: skip
    table = Table(title="hand-offs: customer and help centre (issue 24)")
    table.add_column("hand-offs carrying")
    table.add_column("count", justify="right")
    for label, count, total in counts:
        shown = (
            str(count)
            if total is None
            else f"{count}/{total} ({_share(count / total if total else None)})"
        )
        table.add_row(label, shown)
    return table


async def read_escalations(settings: KafkaSettings) -> list[ev.TicketEscalated]:
    found = []
    async for read in follow(settings, [ESCALATIONS], until_end=True):
        if isinstance(read.event, ev.TicketEscalated):
            found.append(read.event)
    return found
