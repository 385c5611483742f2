from __future__ import annotations

import json
from pathlib import Path

import pytest

from supportloop.core.classification import Classifier, load_taxonomy
from supportloop.core.classification.taxonomy import CategorySpec
from supportloop.errors import ConfigurationError
from tests.unit.classification.builders import make_ticket

DEFAULT_TIERS = {
    "wismo": 1,
    "order_status": 1,
    "address_change": 1,
    "order_modification": 1,
    "cancellation": 1,
    "return_request": 2,
    "refund_request": 2,
    "subscription_change": 2,
    "account_help": 2,
    "billing": 2,
    "policy_question": 1,
    "sales_question": 1,
    "feedback": 1,
    "newsletter": 1,
    "sizing_fit": 3,
    "damaged_or_wrong_item": 3,
    "complaint": 3,
    "human_request": 4,
    "legal": 4,
    "business_inquiry": 4,
    "other": 4,
}


def test_default_taxonomy_names_and_tiers() -> None:
    taxonomy = load_taxonomy()
    assert {name: spec.tier for name, spec in taxonomy.categories.items()} == DEFAULT_TIERS
    assert taxonomy.spec("cancellation") == CategorySpec("cancellation", 1, upset_tier=3)
    assert taxonomy.spec("other").escalate
    assert taxonomy.spec("no-such-category").name == "other"


def test_custom_yaml_taxonomy_changes_tiers(tmp_path: Path) -> None:
    path = tmp_path / "taxonomy.yaml"
    path.write_text("categories:\n  wismo: {tier: 3}\n  billing: {tier: 1}\n")
    classifier = Classifier.load(taxonomy_path=path)
    verdict = classifier.classify(make_ticket("Where is my parcel? It is late."))
    assert (verdict.category, verdict.tier, verdict.escalate) == ("wismo", 3, True)
    refund = classifier.classify(make_ticket("I want my money back for the return"))
    assert (refund.category, refund.escalate) == ("other", True)


def test_json_taxonomy_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "taxonomy.json"
    path.write_text(json.dumps({"categories": {"wismo": {"tier": 2, "upset_tier": 4}}}))
    taxonomy = load_taxonomy(path)
    assert taxonomy.spec("wismo").tier_for(upset=True) == 4
    assert taxonomy.names == ("wismo", "other")


@pytest.mark.parametrize(
    "content",
    [
        "categories: [wismo]",
        "categories:\n  wismo: {tier: 7}\n",
        "categories:\n  wismo: {tier: 1, colour: red}\n",
        "categories:\n  wismo: {tier: one}\n",
        "just text",
        "categories: {wismo: {tier: 1}",
    ],
)
def test_invalid_taxonomy_is_a_configuration_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content)
    with pytest.raises(ConfigurationError):
        load_taxonomy(path)


def test_missing_taxonomy_file_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError):
        load_taxonomy(tmp_path / "absent.yaml")
