from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from supportloop.core.classification.features import (
    FeatureConfig,
    extract,
    fit_vocabulary,
    transform,
)
from supportloop.core.classification.metrics import evaluate
from supportloop.core.classification.model import CategoryModel
from supportloop.core.classification.text import normalise, strip_pleasantries
from supportloop.core.classification.training import (
    BITEXT_FILE,
    SUPPLEMENT_FILE,
    TICKET_STYLE_FILE,
    Example,
    is_dev,
    sample_weights,
    template_key,
    train,
)

PHRASES = {
    "wismo": ["where is my order {}", "track my package {}", "my parcel {} has not arrived"],
    "billing": ["invoice for purchase {}", "i was charged twice on {}", "payment {} failed"],
    "return_request": ["return the item {}", "send back product {}", "return label for {}"],
}


def write_tiny_data(directory: Path) -> None:
    with (directory / BITEXT_FILE).open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "intent", "bitext_category", "source"])
        for i in range(40):
            writer.writerow([PHRASES["wismo"][i % 3].format(i), "track_order", "ORDER", "t"])
            writer.writerow([PHRASES["billing"][i % 3].format(i), "get_invoice", "INVOICE", "t"])
    with (directory / SUPPLEMENT_FILE).open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "category", "language"])
        for i in range(40):
            writer.writerow([PHRASES["return_request"][i % 3].format(i), "return_request", "en"])
    with (directory / TICKET_STYLE_FILE).open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "category", "language", "group"])
        for i in range(6):
            text = f"Hi,\n\nWhere is my parcel? Order {i}\n\nThanks,\nSam"
            writer.writerow([text, "wismo", "en", f"en:wismo:{i % 2}"])


def test_training_is_reproducible_and_round_trips(tmp_path: Path) -> None:
    write_tiny_data(tmp_path)
    first, second = train(tmp_path), train(tmp_path)
    assert first.model.version == second.model.version
    np.testing.assert_array_equal(first.model.coef, second.model.coef)
    assert first.model.classes == ("billing", "return_request", "wismo")
    first.model.save(tmp_path / "model")
    loaded = CategoryModel.load(tmp_path / "model")
    texts = ["where is my order 99", "return the item 7"]
    np.testing.assert_allclose(
        loaded.predict_proba(texts), first.model.predict_proba(texts), atol=2e-3
    )
    assert [loaded.classes[i] for i in loaded.predict_proba(texts).argmax(axis=1)] == [
        "wismo",
        "return_request",
    ]


def test_dev_split_keeps_rephrasings_together() -> None:
    assert template_key("Can you help me track my FUCKING order 123?") == template_key(
        "track order"
    )
    short = Example("track order", "wismo", "bitext")
    long = Example("could you help me to track my order please", "wismo", "bitext")
    assert is_dev(short) == is_dev(long)


def test_rows_of_one_core_share_a_side_of_the_split() -> None:
    rows = [
        Example(f"Hi, where is order {i}?", "wismo", "ticket-en", "en:wismo:3") for i in range(9)
    ]
    assert len({is_dev(row) for row in rows}) == 1


def test_own_rows_weigh_more_and_every_class_gets_equal_mass() -> None:
    rows = [
        Example("a", "wismo", "bitext"),
        Example("b", "wismo", "bitext"),
        Example("c", "wismo", "ticket-en"),
        Example("d", "billing", "bitext"),
    ]
    weights = sample_weights(rows, own_weight=4.0)
    np.testing.assert_allclose(weights[2] / weights[0], 4.0, rtol=1e-6)
    np.testing.assert_allclose(weights[:3].sum(), weights[3], rtol=1e-6)
    np.testing.assert_allclose(weights.mean(), 1.0, rtol=1e-6)


@pytest.mark.parametrize(
    ("ticket", "core"),
    [
        ("Hi team,\n\nWhere is my order 1234?\n\nThanks,\nTom", "where is my order 0?"),
        (
            "Dear Sir/Madam, I have been waiting.\nKind regards,\nMrs J. Whitfield",
            "i have been waiting",
        ),
        (
            "Hey, sorry to bother you. Can I order by phone? Thanks for your help.",
            "can i order by phone?",
        ),
        ("Hola, quiero cancelar. Un saludo", "quiero cancelar"),
        ("Guten Tag, wo ist mein Paket? Mit freundlichen Grüßen\nHans Meier", "wo ist mein paket?"),
        (
            "Your service was brilliant, thanks for the help",
            "your service was brilliant, thanks for the help",
        ),
        ("Thank you!", "thank you!"),
        ("hi", "hi"),
    ],
)
def test_greetings_and_sign_offs_are_stripped_but_content_stays(ticket: str, core: str) -> None:
    assert strip_pleasantries(normalise(ticket)) == core


def test_features_are_unit_rows_and_drop_unseen_ngrams() -> None:
    config = FeatureConfig()
    words, chars = extract(["refund my order", "where is it"], config)
    vocabs = (fit_vocabulary(words, 2), fit_vocabulary(chars, 2))
    matrix = transform(["refund my order", "zzzz qqqq"], config, vocabs)
    norms = np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel()
    np.testing.assert_allclose(norms[0], 2.0, rtol=1e-5)  # two blocks, each of norm 1
    assert matrix[1].nnz == 0 or norms[1] < norms[0]


def test_metrics_are_exact() -> None:
    report = evaluate(["a", "a", "b", "b"], ["a", "b", "b", "b"])
    assert report.accuracy == 0.75
    scores = {s.category: (s.precision, s.recall, s.support) for s in report.per_category}
    assert scores == {"a": (1.0, 0.5, 2), "b": (2 / 3, 1.0, 2)}
    assert round(report.macro_f1, 4) == round((2 / 3 + 0.8) / 2, 4)
    assert report.confusion == {"a": {"a": 1, "b": 1}, "b": {"b": 2}}
