"""Small batches are scored from the non-zero features directly, large ones through sparse
matrices: both give the same scores, so a ticket's verdict does not depend on its batch."""

from __future__ import annotations

import numpy as np

from supportloop.core.classification import Classifier
from supportloop.core.classification.features import linear_scores, transform
from supportloop.core.classification.model import SMALL_BATCH
from supportloop.core.classification.text import normalise
from tests.unit.classification.builders import fixture_ticket, read_fixture


def test_direct_scores_equal_the_sparse_product(classifier: Classifier) -> None:
    model = classifier.model
    texts = [normalise(fixture_ticket(r).text) for r in read_fixture("heldout_fresh8.jsonl")]
    texts += ["", "!!!", "ok"]  # no known n-gram at all
    sparse = np.asarray(transform(texts, model.config, model.vocabs, True) @ model.coef)
    direct = linear_scores(texts, model.config, model.vocabs, model.coef, True)
    assert direct.shape == sparse.shape
    np.testing.assert_allclose(direct, sparse, atol=1e-4)
    assert (direct.argmax(axis=1) == sparse.argmax(axis=1)).all()


def test_a_ticket_gets_the_same_verdict_alone_and_in_a_large_batch(
    classifier: Classifier,
) -> None:
    tickets = [fixture_ticket(r) for r in read_fixture("heldout_fresh7.jsonl")]
    assert len(tickets) > SMALL_BATCH
    batched = classifier.classify_batch(tickets)
    alone = [classifier.classify(ticket) for ticket in tickets]
    assert [(v.category, v.escalate, v.reasons) for v in alone] == [
        (v.category, v.escalate, v.reasons) for v in batched
    ]
    assert max(abs(a.confidence - b.confidence) for a, b in zip(alone, batched, strict=True)) < 1e-3
