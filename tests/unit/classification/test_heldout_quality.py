"""Quality floors on differently worded tickets the model never trained on.

``heldout_tickets.jsonl`` (211 tickets) was written before the ticket-style training data and
with other phrasings; ``reworded_dev.jsonl`` (37) predates both. ``heldout_fresh.jsonl`` (173)
was written before the ``en_extra`` cores (``batch`` in ``data/training/cores/en.jsonl``),
``heldout_fresh2.jsonl`` (81) before ``en_extra_more``, ``heldout_fresh3.jsonl`` (210) before
``en_extra2``.
``heldout_fresh4`` and ``heldout_fresh5`` (230 each) were written before the ``extra3``
cores, ``heldout_fresh6`` (240) before the ``long`` and ``intl2`` cores, ``heldout_fresh7``
(240) before the ``extra5`` cores, ``heldout_fresh8`` (250) before ``extra6``/``intl3`` and
``heldout_fresh9`` (250) last, each by a writer who never saw the training data; no test
set's sentences were read while writing training data (the ``extra5`` round only knew
fresh6/7's confusion counts). None of their sentences is in the training data. The floors sit
a little below the measured figures of model svm-hash-v2-2d2693c4d1 (macro-F1 / Bitext
categories: heldout 0.965 / 0.968; reworded 1.0; fresh 0.969 / 0.966; fresh2 0.962 / 0.965;
fresh3 0.967 / 0.959; fresh4 0.974 / 0.974; fresh5 0.981 / 0.985; fresh6 0.954 / 0.962;
fresh7 0.952 / 0.965; fresh8 0.951 / 0.959; fresh9 0.941 / 0.945), so a retrain that makes
the model clearly worse fails here.
"""

from __future__ import annotations

import pytest

from supportloop.core.classification import Classifier
from supportloop.core.classification.evaluation import Evaluation, LabelledTicket, evaluate_tickets
from tests.unit.classification.builders import fixture_ticket, read_fixture

GUARDED = frozenset({"legal", "human_request", "business_inquiry"})


def _evaluate(classifier: Classifier, name: str) -> Evaluation:
    rows = read_fixture(name)
    items = [LabelledTicket(fixture_ticket(row), row["expected_category"]) for row in rows]
    evaluation, _ = evaluate_tickets(classifier, items)
    return evaluation


@pytest.mark.parametrize(
    ("name", "size", "macro_floor", "bitext_floor"),
    [
        ("heldout_tickets.jsonl", 211, 0.955, 0.955),
        ("reworded_dev.jsonl", 37, 0.95, 0.95),
        ("heldout_fresh.jsonl", 173, 0.955, 0.955),
        ("heldout_fresh2.jsonl", 81, 0.95, 0.95),
        ("heldout_fresh3.jsonl", 210, 0.955, 0.945),
        ("heldout_fresh4.jsonl", 230, 0.96, 0.96),
        ("heldout_fresh5.jsonl", 230, 0.97, 0.975),
        ("heldout_fresh6.jsonl", 240, 0.94, 0.95),
        ("heldout_fresh7.jsonl", 240, 0.94, 0.955),
        ("heldout_fresh8.jsonl", 250, 0.94, 0.945),
        ("heldout_fresh9.jsonl", 250, 0.93, 0.935),
    ],
)
def test_reworded_tickets_reach_the_floor(
    classifier: Classifier, name: str, size: int, macro_floor: float, bitext_floor: float
) -> None:
    evaluation = _evaluate(classifier, name)
    assert evaluation.report.total == size
    assert evaluation.report.macro_f1 >= macro_floor
    assert evaluation.bitext_macro_f1 >= bitext_floor


def test_held_out_legal_human_and_business_tickets_all_reach_a_human(
    classifier: Classifier,
) -> None:
    rows = [r for r in read_fixture("heldout_tickets.jsonl") if r["expected_category"] in GUARDED]
    verdicts = classifier.classify_batch([fixture_ticket(row) for row in rows])
    assert len(rows) == 19
    assert [row["id"] for row, v in zip(rows, verdicts, strict=True) if not v.escalate] == []


def test_contact_requests_are_human_requests(classifier: Classifier) -> None:
    verdict = classifier.classify(
        fixture_ticket({"id": "c", "body": "What is the customer support email address?"})
    )
    assert (verdict.category, verdict.classifier, verdict.escalate) == (
        "human_request",
        "guardrail",
        True,
    )
