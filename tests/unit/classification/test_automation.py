"""Precision of automated decisions, coverage, the threshold curve and the chosen thresholds."""

from __future__ import annotations

from dataclasses import replace

import pytest

from supportloop.core.classification import Classifier
from supportloop.core.classification.automation import (
    Decision,
    at_thresholds,
    automation_curve,
    automation_report,
    choose_thresholds,
)
from supportloop.core.classification.classifier import BELOW_CATEGORY_THRESHOLD
from supportloop.core.classification.evaluation import LabelledTicket, evaluate_tickets
from tests.unit.classification.builders import make_ticket

LIVE = frozenset({"wismo", "billing"})
DECISIONS = [
    Decision("wismo", "wismo", 0.99, escalated=False),
    Decision("wismo", "wismo", 0.80, escalated=False),
    Decision("wismo", "billing", 0.70, escalated=False),  # automated, wrong
    Decision("wismo", "wismo", 0.95, escalated=True),  # escalated: not automated, not covered
    Decision("billing", "billing", 0.97, escalated=False),
    Decision("billing", "wismo", 0.60, escalated=False, abstained=True),
    Decision("legal", "wismo", 0.90, escalated=False),  # must not be automated: wrong
    Decision("legal", "legal", 1.0, escalated=True),  # right to escalate: not in coverage
]


def test_precision_counts_automated_tickets_and_coverage_live_able_ones() -> None:
    report = automation_report(DECISIONS, LIVE)
    assert (report.automated, report.correct, report.abstained) == (5, 3, 1)
    assert report.precision == pytest.approx(3 / 5)
    # expected live-able: 4 wismo + 2 billing; automated among them: 3 wismo + 1 billing
    assert (report.covered, report.liveable_expected) == (4, 6)
    assert report.coverage == pytest.approx(4 / 6)
    per = {s.category: s for s in report.per_category}
    # wismo: predicted and automated 3 times (0.99, 0.80, and the legal one), 2 right
    assert (per["wismo"].automated, per["wismo"].correct) == (3, 2)
    assert per["wismo"].precision == pytest.approx(2 / 3)
    assert per["wismo"].coverage == pytest.approx(3 / 4)
    assert (per["billing"].automated, per["billing"].correct) == (2, 1)
    assert per["billing"].coverage == pytest.approx(1 / 2)


def test_thresholds_abstain_below_and_the_curve_trades_coverage_for_precision() -> None:
    raised = automation_report(at_thresholds(DECISIONS, {"wismo": 0.95, "billing": 0.75}), LIVE)
    # left automated: wismo 0.99 (right), billing 0.97 (right)
    assert (raised.automated, raised.correct, raised.abstained) == (2, 2, 4)
    assert raised.precision == 1.0
    curve = automation_curve(DECISIONS, LIVE, grid=(0.0, 0.75, 0.95))
    assert [(p.threshold, p.automated) for p in curve] == [(0.0, 5), (0.75, 4), (0.95, 2)]
    assert [p.precision for p in curve] == pytest.approx([3 / 5, 3 / 4, 1.0])
    wismo = automation_curve(DECISIONS, LIVE, "wismo", grid=(0.0, 0.85, 0.95, 1.0))
    assert [p.automated for p in wismo] == [3, 2, 1, 0]
    assert [p.precision for p in wismo] == [pytest.approx(2 / 3), 0.5, 1.0, None]


def test_choose_thresholds_takes_the_lowest_that_reaches_the_target() -> None:
    chosen = choose_thresholds(DECISIONS, LIVE, target=0.99, min_support=1, grid=(0.5, 0.85, 0.95))
    assert chosen == {"billing": 0.85, "wismo": 0.95}
    # too few predictions to judge: the floor stays
    assert choose_thresholds(DECISIONS, LIVE, floor=0.5, min_support=10) == {
        "billing": 0.5,
        "wismo": 0.5,
    }


def test_a_ticket_below_its_category_threshold_is_abstained_not_escalated(
    classifier: Classifier,
) -> None:
    strict = replace(classifier, category_thresholds={"wismo": 0.999999})
    verdict = strict.classify(make_ticket("Where is my order? It has not arrived yet."))
    assert verdict.category == "wismo"
    assert (verdict.escalate, verdict.abstained) == (False, True)
    assert BELOW_CATEGORY_THRESHOLD in verdict.reasons
    assert verdict.candidates[0][0] == "wismo" and len(verdict.candidates) == 3
    relaxed = replace(classifier, category_thresholds={}).classify(
        make_ticket("Where is my order? It has not arrived yet.")
    )
    assert not relaxed.abstained and relaxed.reasons == ()


def test_guardrail_verdicts_are_never_abstained(classifier: Classifier) -> None:
    strict = replace(classifier, category_thresholds={c: 1.0 for c in classifier.liveable()})
    verdict = strict.classify(make_ticket("Where is my order? My lawyer is asking."))
    assert verdict.escalate and not verdict.abstained


def test_eval_reports_automation_per_category_and_the_curve(classifier: Classifier) -> None:
    items = [
        LabelledTicket(
            make_ticket("Where is my order? It has not arrived.", ticket_id="a"), "wismo"
        ),
        LabelledTicket(make_ticket("I want to sue you", ticket_id="b"), "legal"),
    ]
    evaluation, _ = evaluate_tickets(classifier, items, curves=True)
    assert evaluation.automation is not None
    assert (evaluation.automation.automated, evaluation.automation.liveable_expected) == (1, 1)
    assert evaluation.automation.precision == 1.0
    assert set(evaluation.curves) == {"*"} | classifier.liveable()
    assert evaluation.as_dict()["automation"]["coverage"] == 1.0  # type: ignore[index]


def test_packaged_model_carries_live_thresholds(classifier: Classifier) -> None:
    thresholds = classifier.model.thresholds
    assert set(thresholds) == classifier.liveable()
    assert all(0.55 <= t <= 1.0 for t in thresholds.values())
