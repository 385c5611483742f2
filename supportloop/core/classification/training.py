"""Reproducible training of the category model from the files in ``data/training/``.

Dev split: a row is held out when the hash of its *template key* (its content words, sorted)
falls in the first ``DEV_PERCENT`` buckets, so near-identical rephrasings of one message land
on the same side. The temperature is fitted on out-of-fold scores of the training split only.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from supportloop.core.classification.automation import (
    TARGET_PRECISION,
    Decision,
    at_thresholds,
    automation_report,
    choose_thresholds,
)
from supportloop.core.classification.features import (
    FeatureConfig,
    Vocabulary,
    extract,
    fit_vocabulary,
    transform,
)
from supportloop.core.classification.metrics import Report, evaluate
from supportloop.core.classification.model import F32, CategoryModel, softmax
from supportloop.core.classification.taxonomy import load_taxonomy
from supportloop.core.classification.text import normalise
from supportloop.core.events import Customer, Ticket
from supportloop.errors import InputError

SEED = 20240601
DEV_PERCENT = 15
FOLDS = 3
SVM_C = 0.3

BITEXT_FILE = "bitext_utterances.csv"
SUPPLEMENT_FILE = "supplementary.csv"
TICKET_STYLE_FILE = "ticket_style.csv"
# Bitext's 27k template-made rows would drown the ticket-style rows; each of ours counts more.
OWN_ROW_WEIGHT = 4.0
DEFAULT_FEATURES = FeatureConfig(strip_pleasantries=True)
GENERATION = 2

BITEXT_CATEGORY = {
    "track_order": "wismo",
    "delivery_period": "wismo",
    "change_shipping_address": "address_change",
    "set_up_shipping_address": "address_change",
    "change_order": "order_modification",
    "cancel_order": "cancellation",
    "get_refund": "refund_request",
    "track_refund": "refund_request",
    "recover_password": "account_help",
    "edit_account": "account_help",
    "create_account": "account_help",
    "delete_account": "account_help",
    "switch_account": "account_help",
    "registration_problems": "account_help",
    "contact_human_agent": "human_request",
    "contact_customer_service": "human_request",
    "complaint": "complaint",
    "check_invoice": "billing",
    "get_invoice": "billing",
    "payment_issue": "billing",
    "check_payment_methods": "billing",
    "check_refund_policy": "policy_question",
    "delivery_options": "policy_question",
    "check_cancellation_fee": "policy_question",
    "review": "feedback",
    "newsletter_subscription": "newsletter",
    "place_order": "sales_question",
}
BITEXT_CATEGORIES = frozenset(BITEXT_CATEGORY.values())

_FILLER = frozenset(
    str.split(
        "i me my you your we our can could would will shall should how what where when "
        "which who do does did have has had need want to the a an of for in on with "
        "about from is are was be it that this please help ask agent assist assistance "
        "tell show give information info find know fucking fuck damn u ya im id like "
        "wanna if there some any and or but just at by not no so get make see let"
    )
)


@dataclass(frozen=True)
class Example:
    text: str
    category: str
    source: str
    # rows made from one hand-written core share a group and land on one side of the split
    group: str = ""

    @property
    def own(self) -> bool:
        return self.source != "bitext"


def default_data_dir() -> Path:
    return Path(__file__).resolve().parents[3] / "data" / "training"


def template_key(text: str) -> str:
    words = {w for w in re.findall(r"[^\W\d_]+", normalise(text)) if w not in _FILLER}
    return " ".join(sorted(words))


def split_key(example: Example) -> str:
    return example.group or template_key(example.text)


def is_dev(example: Example) -> bool:
    return zlib.crc32(split_key(example).encode()) % 100 < DEV_PERCENT


def load_examples(data_dir: Path) -> list[Example]:
    examples: list[Example] = []
    try:
        with (data_dir / BITEXT_FILE).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                examples.append(Example(row["text"], BITEXT_CATEGORY[row["intent"]], "bitext"))
        with (data_dir / SUPPLEMENT_FILE).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                examples.append(Example(row["text"], row["category"], f"supp-{row['language']}"))
        with (data_dir / TICKET_STYLE_FILE).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                source = f"ticket-{row['language']}"
                examples.append(Example(row["text"], row["category"], source, row["group"]))
    except (OSError, KeyError) as exc:
        raise InputError(f"training data in {data_dir}: {exc}") from exc
    return examples


def split(examples: Sequence[Example]) -> tuple[list[Example], list[Example]]:
    train = [e for e in examples if not is_dev(e)]
    dev = [e for e in examples if is_dev(e)]
    return train, dev


def sample_weights(rows: Sequence[Example], own_weight: float = OWN_ROW_WEIGHT) -> F32:
    """Own rows count ``own_weight`` times a Bitext row; then every class gets equal mass."""
    weights = np.array([own_weight if e.own else 1.0 for e in rows], dtype=np.float64)
    labels = [e.category for e in rows]
    mass: dict[str, float] = {}
    for label, w in zip(labels, weights, strict=True):
        mass[label] = mass.get(label, 0.0) + float(w)
    target = float(weights.sum()) / len(mass)
    scale = np.array([target / mass[label] for label in labels])
    balanced = weights * scale
    return np.asarray(balanced / balanced.mean(), dtype=np.float32)


def _fit_linear(
    rows: Sequence[Example], classes: Sequence[str], config: FeatureConfig
) -> tuple[tuple[Vocabulary, Vocabulary], F32, F32]:
    from sklearn.svm import LinearSVC

    texts = [e.text for e in rows]
    words, chars = extract(texts, config)
    vocabs = (fit_vocabulary(words, len(texts)), fit_vocabulary(chars, len(texts)))
    features = transform(texts, config, vocabs)
    svm = LinearSVC(C=SVM_C, random_state=SEED, max_iter=5000)
    svm.fit(
        features,
        [classes.index(e.category) for e in rows],
        sample_weight=sample_weights(rows, OWN_ROW_WEIGHT),
    )
    coef = np.asarray(svm.coef_.T, dtype=np.float32)
    return vocabs, coef, np.asarray(svm.intercept_, dtype=np.float32)


def _fit_temperature(scores: F32, targets: np.ndarray[Any, np.dtype[np.int64]]) -> float:
    best, best_loss = 1.0, float("inf")
    for temperature in np.geomspace(0.02, 2.0, 120):
        probabilities = softmax(scores, float(temperature))
        loss = -float(np.log(probabilities[np.arange(len(targets)), targets] + 1e-9).mean())
        if loss < best_loss:
            best, best_loss = float(temperature), loss
    return best


def _out_of_fold_scores(
    train: Sequence[Example], classes: Sequence[str], config: FeatureConfig
) -> F32:
    folds = np.array([zlib.crc32(split_key(e).encode()) % FOLDS for e in train])
    scores = np.zeros((len(train), len(classes)), dtype=np.float32)
    for fold in range(FOLDS):
        fit_rows = [e for e, f in zip(train, folds, strict=True) if f != fold]
        held = [i for i, f in enumerate(folds) if f == fold]
        vocabs, coef, intercept = _fit_linear(fit_rows, classes, config)
        features = transform([train[i].text for i in held], config, vocabs)
        scores[held] = np.asarray(features @ coef) + intercept
    return scores


def _data_digest(examples: Sequence[Example]) -> str:
    digest = hashlib.sha256()
    for e in examples:
        digest.update(f"{e.category}\t{e.text}\n".encode())
    return digest.hexdigest()[:10]


def _as_ticket(index: int, text: str) -> Ticket:
    subject, _, body = text.partition("\n")
    if not body.strip():
        subject, body = "", text
    return Ticket(
        id=f"dev-{index}",
        subject=subject,
        body=body,
        customer=Customer(email="dev@split.invalid"),
        created_at=datetime(2025, 1, 1, tzinfo=UTC),
    )


def dev_thresholds(
    model: CategoryModel, dev_rows: Sequence[Example], target: float = TARGET_PRECISION
) -> tuple[dict[str, float], dict[str, Any]]:
    """Per-category live thresholds chosen on the dev split's own (ticket-style) rows, run
    through the whole classifier (guardrails, taxonomy) with no category threshold; and the
    precision/coverage they give there. Bitext dev rows are left out: near-copies of training
    rows, they would make every threshold look safe."""
    from supportloop.core.classification.classifier import (
        DEFAULT_CONFIDENCE_THRESHOLD,
        Classifier,
    )

    own = [e for e in dev_rows if e.own]
    classifier = Classifier(model, load_taxonomy(), category_thresholds={})
    verdicts = classifier.classify_batch([_as_ticket(i, e.text) for i, e in enumerate(own)])
    decisions = [
        Decision(e.category, v.category, v.confidence, v.escalate)
        for e, v in zip(own, verdicts, strict=True)
    ]
    liveable = classifier.liveable()
    chosen = choose_thresholds(decisions, liveable, target, floor=DEFAULT_CONFIDENCE_THRESHOLD)
    report = automation_report(at_thresholds(decisions, chosen), liveable)
    figures: dict[str, Any] = {"precision_automated": round(report.precision, 4)}
    figures["coverage"] = round(report.coverage, 4)
    figures["per_category"] = report.as_dict()["per_category"]
    return chosen, figures


@dataclass(frozen=True)
class TrainingResult:
    model: CategoryModel
    dev_bitext: Report
    dev_all: Report
    dev_own: Report
    train_size: int
    dev_size: int


def _build_date() -> str:
    """Today, or the reproducible-builds ``SOURCE_DATE_EPOCH`` when set: with the date of the
    packaged manifest, a retrain reproduces the packaged files bit for bit."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return when.strftime("%Y-%m-%d")


def train(data_dir: Path | None = None, config: FeatureConfig | None = None) -> TrainingResult:
    config = config or DEFAULT_FEATURES
    examples = load_examples(data_dir or default_data_dir())
    train_rows, dev_rows = split(examples)
    classes = sorted({e.category for e in examples})
    targets = np.array([classes.index(e.category) for e in train_rows], dtype=np.int64)
    temperature = _fit_temperature(_out_of_fold_scores(train_rows, classes, config), targets)
    vocabs, coef, intercept = _fit_linear(train_rows, classes, config)
    digest = _data_digest(examples)
    version = f"svm-hash-v{GENERATION}-{digest}"
    model = CategoryModel(version, tuple(classes), config, vocabs, coef, intercept, temperature)
    dev_texts = [e.text for e in dev_rows]
    probabilities = model.predict_proba(dev_texts)
    predicted = [classes[int(i)] for i in probabilities.argmax(axis=1)]
    expected = [e.category for e in dev_rows]
    bitext = [i for i, e in enumerate(dev_rows) if e.source == "bitext"]
    dev_bitext = evaluate([expected[i] for i in bitext], [predicted[i] for i in bitext])
    dev_all = evaluate(expected, predicted)
    own = [i for i, e in enumerate(dev_rows) if e.own]
    dev_own = evaluate([expected[i] for i in own], [predicted[i] for i in own])
    info = {
        "trained_at": _build_date(),
        "seed": SEED,
        "data_sha256_10": digest,
        "train_size": len(train_rows),
        "dev_size": len(dev_rows),
        "dev_bitext_macro_f1": round(dev_bitext.macro_f1, 4),
        "dev_all_macro_f1": round(dev_all.macro_f1, 4),
        "dev_all_accuracy": round(dev_all.accuracy, 4),
        "dev_own_macro_f1": round(dev_own.macro_f1, 4),
        "own_row_weight": OWN_ROW_WEIGHT,
        "svm_c": SVM_C,
    }
    thresholds, figures = dev_thresholds(model, dev_rows)
    info["threshold_target"] = TARGET_PRECISION
    info["thresholds"] = thresholds
    info["dev_own_precision_automated"] = figures["precision_automated"]
    info["dev_own_coverage"] = figures["coverage"]
    info["dev_own_automation"] = figures["per_category"]
    model = CategoryModel(
        version, tuple(classes), config, vocabs, coef, intercept, temperature, info
    )
    return TrainingResult(model, dev_bitext, dev_all, dev_own, len(train_rows), len(dev_rows))
