"""Accuracy, macro-F1, per-category precision/recall/F1 and a confusion table, in plain Python."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class CategoryScore:
    category: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class Report:
    accuracy: float
    macro_f1: float
    per_category: tuple[CategoryScore, ...]
    confusion: dict[str, dict[str, int]]
    total: int

    def macro_f1_over(self, categories: Collection[str]) -> float:
        """Mean F1 of the given categories that occur among the expected labels."""
        scores = [s.f1 for s in self.per_category if s.category in categories and s.support]
        return sum(scores) / len(scores) if scores else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "accuracy": round(self.accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            "total": self.total,
            "per_category": {
                s.category: {
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4),
                    "support": s.support,
                }
                for s in self.per_category
            },
            "confusion": self.confusion,
        }


def evaluate(expected: Sequence[str], predicted: Sequence[str]) -> Report:
    """Macro-F1 averages over the categories that occur in ``expected``."""
    pairs = Counter(zip(expected, predicted, strict=True))
    truth, guesses = Counter(expected), Counter(predicted)
    scores = []
    for category in sorted(truth):
        hits = pairs[(category, category)]
        precision = hits / guesses[category] if guesses[category] else 0.0
        recall = hits / truth[category]
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores.append(CategoryScore(category, precision, recall, f1, truth[category]))
    confusion: dict[str, dict[str, int]] = {}
    for (want, got), count in sorted(pairs.items()):
        confusion.setdefault(want, {})[got] = count
    total = len(expected)
    accuracy = sum(pairs[(c, c)] for c in truth) / total if total else 0.0
    macro = sum(s.f1 for s in scores) / len(scores) if scores else 0.0
    return Report(accuracy, macro, tuple(scores), confusion, total)
