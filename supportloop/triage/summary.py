"""Per-category figures of a triage: volume, share automatable now, what blocks the rest."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from supportloop.triage.run import TriagedTicket

TOP = 3
TOTAL = "total"


@dataclass(frozen=True)
class CategorySummary:
    category: str
    volume: int
    clean: int
    policy_work: int
    human: int
    top_missing_facts: tuple[tuple[str, int], ...]
    top_rules: tuple[tuple[str, int], ...]  # failed conditions, or "no rule for <category>"

    @property
    def share_automatable(self) -> float:
        return self.clean / self.volume if self.volume else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "category": self.category,
            "volume": self.volume,
            "clean": self.clean,
            "policy_work": self.policy_work,
            "human": self.human,
            "share_automatable": round(self.share_automatable, 4),
            "top_missing_facts": [{"fact": f, "count": n} for f, n in self.top_missing_facts],
            "top_rules": [{"rule": r, "count": n} for r, n in self.top_rules],
        }


def _summarise(category: str, tickets: list[TriagedTicket], top: int) -> CategorySummary:
    kinds = Counter(t.evaluation.kind for t in tickets)
    missing: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    for t in tickets:
        e = t.evaluation
        if e.kind != "policy_work":
            continue
        missing.update(e.missing_facts)
        if e.reason == "no_policy":
            rules[f"no rule for {t.category}"] += 1
        rules.update(f"{t.category}: {c}" if category == TOTAL else c for c in e.blocking)
    return CategorySummary(
        category,
        len(tickets),
        kinds["clean"],
        kinds["policy_work"],
        kinds["human"],
        tuple(missing.most_common(top)),
        tuple(rules.most_common(top)),
    )


def summarise(
    tickets: Iterable[TriagedTicket], *, top: int = TOP, with_total: bool = True
) -> list[CategorySummary]:
    """One line per category (largest volume first), then the total line."""
    by_category: dict[str, list[TriagedTicket]] = {}
    everything: list[TriagedTicket] = []
    for t in tickets:
        by_category.setdefault(t.category, []).append(t)
        everything.append(t)
    ordered = sorted(by_category.items(), key=lambda item: (-len(item[1]), item[0]))
    lines = [_summarise(category, group, top) for category, group in ordered]
    if with_total:
        lines.append(_summarise(TOTAL, everything, top))
    return lines
