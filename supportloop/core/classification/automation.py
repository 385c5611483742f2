"""Precision of automated decisions, coverage, and the per-category confidence thresholds.

A ticket is *automated* when the classifier neither escalates it nor abstains: the machine
acts on it under its category's policy. Two numbers say whether that is safe and worth it:

- **precision of automated decisions**: of the automated tickets, the share whose category is
  right (a wrong one is handled by the wrong category's policy);
- **coverage**: of the tickets whose *expected* category may go live (tier 1–2, not
  always-escalate), the share that was automated. Tickets that must reach a person are not
  in the denominator: escalating them is the right outcome, not lost coverage.

Per category, precision counts the automated tickets *predicted* as that category and
coverage the tickets *expected* in it. Raising a category's confidence threshold trades
coverage for precision; ``automation_curve`` gives both over a grid of thresholds and
``choose_thresholds`` picks, per category, the lowest threshold whose precision reaches the
target (the threshold the classifier then uses live, stored with the model).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

# Precision the rollout asks of a category before it goes live, and the grid of thresholds.
TARGET_PRECISION = 0.99
THRESHOLD_GRID: tuple[float, ...] = (
    0.0, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.925, 0.95, 0.97, 0.98,
    0.99, 0.995, 1.0,
)  # fmt: skip
# A category with fewer predicted tickets than this keeps the fallback threshold.
MIN_SUPPORT = 20


@dataclass(frozen=True)
class Decision:
    """One classified ticket as the automation figures see it."""

    expected: str
    predicted: str
    confidence: float
    # escalated for a reason other than the confidence threshold (guardrail, tier, language)
    escalated: bool
    abstained: bool = False

    @property
    def automated(self) -> bool:
        return not self.escalated and not self.abstained


@dataclass(frozen=True)
class AutomationScore:
    category: str
    automated: int  # automated tickets predicted as this category
    correct: int  # … of which expected in it
    expected: int  # tickets expected in this category
    covered: int  # … of which automated (under any category)

    @property
    def precision(self) -> float | None:
        return self.correct / self.automated if self.automated else None

    @property
    def coverage(self) -> float | None:
        return self.covered / self.expected if self.expected else None


@dataclass(frozen=True)
class AutomationReport:
    total: int
    automated: int
    correct: int
    abstained: int
    liveable_expected: int
    covered: int
    per_category: tuple[AutomationScore, ...]

    @property
    def precision(self) -> float:
        """1.0 when nothing was automated: no automated decision was wrong."""
        return self.correct / self.automated if self.automated else 1.0

    @property
    def coverage(self) -> float:
        return self.covered / self.liveable_expected if self.liveable_expected else 0.0

    @property
    def share_automated(self) -> float:
        return self.automated / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "precision_automated": round(self.precision, 4),
            "coverage": round(self.coverage, 4),
            "automated": self.automated,
            "automated_correct": self.correct,
            "abstained": self.abstained,
            "liveable_expected": self.liveable_expected,
            "share_automated": round(self.share_automated, 4),
            "per_category": {
                s.category: {
                    "precision_automated": _round(s.precision),
                    "coverage": _round(s.coverage),
                    "automated": s.automated,
                    "expected": s.expected,
                }
                for s in self.per_category
            },
        }


@dataclass(frozen=True)
class CurvePoint:
    threshold: float
    precision: float | None
    coverage: float | None
    automated: int


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def automation_report(decisions: Sequence[Decision], liveable: Collection[str]) -> AutomationReport:
    per: dict[str, list[int]] = {c: [0, 0, 0, 0] for c in sorted(liveable)}
    automated = correct = covered = expected_live = abstained = 0
    for d in decisions:
        abstained += d.abstained
        if d.expected in per:
            per[d.expected][2] += 1
            expected_live += 1
        if not d.automated:
            continue
        automated += 1
        correct += d.predicted == d.expected
        if d.predicted in per:
            per[d.predicted][0] += 1
            per[d.predicted][1] += d.predicted == d.expected
        if d.expected in per:
            per[d.expected][3] += 1
            covered += 1
    scores = tuple(AutomationScore(c, *counts) for c, counts in per.items())
    return AutomationReport(
        len(decisions), automated, correct, abstained, expected_live, covered, scores
    )


def at_thresholds(
    decisions: Sequence[Decision], thresholds: Mapping[str, float], fallback: float = 0.0
) -> list[Decision]:
    """The same decisions had each predicted category abstained below its threshold."""
    return [
        Decision(
            d.expected,
            d.predicted,
            d.confidence,
            d.escalated,
            d.abstained or d.confidence < thresholds.get(d.predicted, fallback),
        )
        for d in decisions
    ]


def automation_curve(
    decisions: Sequence[Decision],
    liveable: Collection[str],
    category: str | None = None,
    grid: Sequence[float] = THRESHOLD_GRID,
) -> list[CurvePoint]:
    """Precision and coverage at each threshold of ``grid``: for one category (the threshold
    applied to tickets predicted as it), or for all (one threshold for every category)."""
    points = []
    for t in grid:
        chosen = {c: t for c in liveable} if category is None else {category: t}
        report = automation_report(at_thresholds(decisions, chosen), liveable)
        if category is None:
            points.append(CurvePoint(t, report.precision, report.coverage, report.automated))
            continue
        score = next(s for s in report.per_category if s.category == category)
        points.append(CurvePoint(t, score.precision, score.coverage, score.automated))
    return points


def choose_thresholds(
    decisions: Sequence[Decision],
    liveable: Collection[str],
    target: float = TARGET_PRECISION,
    floor: float = 0.0,
    min_support: int = MIN_SUPPORT,
    grid: Sequence[float] = THRESHOLD_GRID,
) -> dict[str, float]:
    """Per live-able category, the lowest threshold (≥ ``floor``) at which the automated
    tickets predicted as it reach ``target`` precision. Categories with fewer than
    ``min_support`` automated predictions at the floor keep ``floor``; a category that never
    reaches the target gets 1.0 (always abstain: drafts for an agent)."""
    chosen: dict[str, float] = {}
    for category in sorted(liveable):
        curve = [
            p for p in automation_curve(decisions, liveable, category, grid) if p.threshold >= floor
        ]
        if not curve or curve[0].automated < min_support:
            chosen[category] = floor
            continue
        chosen[category] = next(
            (p.threshold for p in curve if p.precision is None or p.precision >= target), 1.0
        )
    return chosen
