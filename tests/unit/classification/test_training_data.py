"""The hand-written cores in ``data/training/cores/<language>.jsonl``.

``data/training/make_ticket_style.py`` wraps them into ``ticket_style.csv`` with a seeded
random generator, so their number and order decide the training data. The counts below are
those of the 25 ``ticket_cores_*.py`` modules the files were converted from.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from typing import Any

import pytest

from supportloop.core.classification import load_taxonomy
from supportloop.core.classification.training import default_data_dir

CORES_DIR = default_data_dir() / "cores"
FIELDS = {"category", "language", "text", "batch"}
TOTAL = 4715
PER_LANGUAGE = {"en": 3581, "es": 378, "fr": 378, "de": 378}
PER_BATCH = {
    "en": 389,
    "en_more": 171,
    "en_extra": 256,
    "en_extra_more": 67,
    "en_extra2": 428,
    "en_extra3a": 315,
    "en_extra3b": 315,
    "en_extra3c": 315,
    "en_extra4d": 200,
    "en_extra4e": 160,
    "en_extra4f": 160,
    "en_extra5a": 100,
    "en_extra5b": 95,
    "en_extra5c": 85,
    "en_extra6a": 105,
    "en_long_a": 140,
    "en_long_b": 140,
    "en_long_c": 140,
    "intl": 252,
    "intl2_es": 189,
    "intl2_fr": 189,
    "intl2_de": 189,
    "intl3_es": 105,
    "intl3_fr": 105,
    "intl3_de": 105,
}
# Written twice from the start (en_extra2 repeats them); kept, since the output depends on them.
KNOWN_REPEATS = {
    ("en", "billing", "Can I change the payment method on my order?"),
    ("en", "policy_question", "What are your delivery times to {country}?"),
    ("en", "sales_question", "Is the {item} suitable for outdoor use?"),
    ("en", "sales_question", "Is the {item} dishwasher safe?"),
}
# the slots make_ticket_style.py fills
SLOTS = {
    "order",
    "n",
    "item",
    "item2",
    "garment",
    "when",
    "wait",
    "size",
    "colour",
    "address",
    "carrier",
    "amount",
    "pay",
    "country",
}


@cache
def rows(language: str) -> list[dict[str, Any]]:
    with (CORES_DIR / f"{language}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def all_rows() -> list[dict[str, Any]]:
    return [row for language in PER_LANGUAGE for row in rows(language)]


def test_one_file_per_language() -> None:
    assert sorted(p.name for p in CORES_DIR.iterdir()) == sorted(
        f"{language}.jsonl" for language in PER_LANGUAGE
    )


@pytest.mark.parametrize("language", list(PER_LANGUAGE))
def test_rows_are_well_formed(language: str) -> None:
    categories = set(load_taxonomy().names)
    for row in rows(language):
        assert set(row) == FIELDS, row
        assert all(isinstance(row[field], str) for field in FIELDS), row
        assert row["language"] == language, row
        assert row["category"] in categories, row
        assert row["text"].strip() == row["text"] != "", row
        assert set(re.findall(r"\{(\w*)\}", row["text"])) <= SLOTS, row


def test_counts_match_the_converted_modules() -> None:
    assert len(all_rows()) == TOTAL
    assert {language: len(rows(language)) for language in PER_LANGUAGE} == PER_LANGUAGE
    assert Counter(row["batch"] for row in all_rows()) == PER_BATCH


def test_every_category_has_cores_in_every_language() -> None:
    categories = set(load_taxonomy().names)
    for language in PER_LANGUAGE:
        assert {row["category"] for row in rows(language)} == categories, language


def test_no_new_repeats_within_a_category() -> None:
    counts = Counter((row["language"], row["category"], row["text"]) for row in all_rows())
    assert {key for key, n in counts.items() if n > 1} == KNOWN_REPEATS
    assert max(counts.values()) == 2
