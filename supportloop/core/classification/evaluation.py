"""Score the classifier on labelled tickets: category metrics plus must-reach-a-human recall."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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
        }


def must_reach_human(classifier: Classifier, item: LabelledTicket) -> bool:
    """Labelled explicitly, or implied by the expected category's tier and the customer."""
    if item.expected_escalate is not None:
        return item.expected_escalate
    spec = classifier.taxonomy.spec(item.expected_category)
    customer = item.ticket.customer
    vip = customer.vip and not customer.automation_opt_in
    return spec.tier >= ESCALATION_TIER or spec.escalate or vip


def evaluate_tickets(
    classifier: Classifier, items: Sequence[LabelledTicket]
) -> tuple[Evaluation, list[Verdict]]:
    verdicts = classifier.classify_batch([item.ticket for item in items])
    report = evaluate([i.expected_category for i in items], [v.category for v in verdicts])
    needed = [
        (item, verdict)
        for item, verdict in zip(items, verdicts, strict=True)
        if must_reach_human(classifier, item)
    ]
    missed = tuple(item.ticket.id for item, verdict in needed if not verdict.escalate)
    return Evaluation(report, len(needed), len(needed) - len(missed), missed), verdicts
