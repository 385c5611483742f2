"""Score the classifier on labelled tickets: category metrics plus must-reach-a-human recall."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from supportloop.core.classification.automation import (
    AutomationReport,
    CurvePoint,
    Decision,
    automation_curve,
    automation_report,
)
from supportloop.core.classification.classifier import Classifier
from supportloop.core.classification.metrics import Report, evaluate
from supportloop.core.classification.taxonomy import ESCALATION_TIER
from supportloop.core.classification.training import BITEXT_CATEGORIES
from supportloop.core.classification.verdict import Verdict
from supportloop.core.events import Ticket


@dataclass(frozen=True)
class LabelledTicket:
    ticket: Ticket
    expected_category: str
    expected_escalate: bool | None = None


@dataclass(frozen=True)
class Evaluation:
    report: Report
    must_escalate: int
    escalated: int
    missed: tuple[str, ...]
    # precision of automated decisions and coverage at the classifier's live thresholds
    automation: AutomationReport | None = None
    thresholds: Mapping[str, float] = field(default_factory=dict)
    # without any category threshold: one threshold for all ("*"), then each category's own
    curves: Mapping[str, tuple[CurvePoint, ...]] = field(default_factory=dict)

    @property
    def bitext_macro_f1(self) -> float:
        """Macro-F1 over the categories the Bitext training data covers (the issue's target)."""
        return self.report.macro_f1_over(BITEXT_CATEGORIES)

    @property
    def escalation_recall(self) -> float:
        return self.escalated / self.must_escalate if self.must_escalate else 1.0

    def as_dict(self) -> dict[str, object]:
        return {
            **self.report.as_dict(),
            "bitext_macro_f1": round(self.bitext_macro_f1, 4),
            "must_reach_human": self.must_escalate,
            "reached_human": self.escalated,
            "human_recall": round(self.escalation_recall, 4),
            "missed_human": list(self.missed),
            "automation": self.automation.as_dict() if self.automation else None,
            "thresholds": dict(self.thresholds),
            "curves": {
                name: [
                    {
                        "threshold": p.threshold,
                        "precision_automated": None
                        if p.precision is None
                        else round(p.precision, 4),
                        "coverage": None if p.coverage is None else round(p.coverage, 4),
                        "automated": p.automated,
                    }
                    for p in points
                ]
                for name, points in self.curves.items()
            },
        }


def must_reach_human(classifier: Classifier, item: LabelledTicket) -> bool:
    """Labelled explicitly, or implied by the expected category's tier and the customer."""
    if item.expected_escalate is not None:
        return item.expected_escalate
    spec = classifier.taxonomy.spec(item.expected_category)
    customer = item.ticket.customer
    vip = customer.vip and not customer.automation_opt_in
    return spec.tier >= ESCALATION_TIER or spec.escalate or vip


def decisions(items: Sequence[LabelledTicket], verdicts: Sequence[Verdict]) -> list[Decision]:
    return [
        Decision(item.expected_category, v.category, v.confidence, v.escalate, v.abstained)
        for item, v in zip(items, verdicts, strict=True)
    ]


def threshold_curves(
    classifier: Classifier, items: Sequence[LabelledTicket]
) -> dict[str, tuple[CurvePoint, ...]]:
    """Precision/coverage over the threshold, from verdicts made without category thresholds:
    ``"*"`` one threshold for every category, then one curve per live-able category."""
    raw = replace(classifier, category_thresholds={})
    plain = decisions(items, raw.classify_batch([item.ticket for item in items]))
    liveable = classifier.liveable()
    curves = {"*": tuple(automation_curve(plain, liveable))}
    for category in sorted(liveable):
        curves[category] = tuple(automation_curve(plain, liveable, category))
    return curves


def evaluate_tickets(
    classifier: Classifier, items: Sequence[LabelledTicket], curves: bool = False
) -> tuple[Evaluation, list[Verdict]]:
    verdicts = classifier.classify_batch([item.ticket for item in items])
    report = evaluate([i.expected_category for i in items], [v.category for v in verdicts])
    needed = [
        (item, verdict)
        for item, verdict in zip(items, verdicts, strict=True)
        if must_reach_human(classifier, item)
    ]
    missed = tuple(item.ticket.id for item, verdict in needed if not verdict.escalate)
    automation = automation_report(decisions(items, verdicts), classifier.liveable())
    evaluation = Evaluation(
        report,
        len(needed),
        len(needed) - len(missed),
        missed,
        automation,
        dict(classifier.thresholds),
        threshold_curves(classifier, items) if curves else {},
    )
    return evaluation, verdicts
