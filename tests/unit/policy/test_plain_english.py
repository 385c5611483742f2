"""Rules in a support lead's words: natural forms compile deterministically to the canonical
rule, a misspelt fact gets a suggestion, and every error of every file is listed at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from supportloop.cli.main import app
from supportloop.core.policy import PolicyError, compile_policy, load_policies
from supportloop.core.policy.errors import PolicyErrors
from supportloop.core.policy.model import Rule
from supportloop.core.policy.natural import parse_number, rewrite

REPO = Path(__file__).resolve().parents[3]
PLAIN = REPO / "tests" / "fixtures" / "policy_plain"


def shape(rule: Rule) -> tuple[object, ...]:
    branches = tuple(
        (tuple((c.fact, c.op, c.value) for c in b.conditions), b.action) for b in rule.branches
    )
    return rule.category, rule.trigger, branches, (rule.otherwise.escalate, rule.otherwise.action)


def test_the_shipped_policies_in_plain_english_compile_to_the_same_rules() -> None:
    shipped = load_policies(REPO / "policies")
    plain = load_policies(PLAIN)
    assert sorted(plain) == sorted(shipped)
    for category, rule in shipped.items():
        assert shape(plain[category]) == shape(rule), category
    # the canonical form is what people review (`policy explain` prints these strings)
    refund = [str(c) for c in plain["refund_request"].branches[1].conditions]
    assert refund[-3:] == [
        "days_since_order is at most 30",
        "whole_order_requested is true",
        "refund_amount is at most 100",
    ]


def test_the_issue_example_compiles() -> None:
    rule = compile_policy(
        "When a customer asks for a refund\n"
        "If order total is at most 100\n"
        "And days_since_order is at most thirty\n"
        "Then refund_order\n"
        "Else escalate recommending refund_order\n",
        "refund_request.policy",
    )
    assert [str(c) for c in rule.branches[0].conditions] == [
        "order_total is at most 100",
        "days_since_order is at most 30",
    ]


@pytest.mark.parametrize(
    ("clause", "canonical"),
    [
        ("the order total is no more than $100", ["order_total is at most 100"]),
        ("order value is under one hundred dollars", ["order_total is less than 100"]),
        ("refund amount does not exceed 1,000 USD", ["refund_amount is at most 1000"]),
        ("line item count is at least twenty-five", ["line_item_count is at least 25"]),
        ("within 2 weeks of delivery", ["days_since_delivery is at most 14"]),
        ("within 48 hours of ordering", ["hours_since_order is at most 48"]),
        ("the request is within 30 days", ["days_since_order is at most 30"]),
        ("hours since order is at most one day", ["hours_since_order is at most 24"]),
        ("the order has shipped", ["fulfillment_status is one of in_transit, delivered"]),
        ("the order hasn't shipped yet", ["fulfillment_status is unfulfilled"]),
        ("the customer isn't a VIP", ["customer_vip is false"]),
        ("shipping status is one of unfulfilled or in transit",
         ["fulfillment_status is one of unfulfilled, in_transit"]),
        ("new frequency is between 1 ~and~ 12 weeks",
         ["requested_frequency_weeks is at least 1", "requested_frequency_weeks is at most 12"]),
        ("order_found is yes", ["order_found is true"]),
        ("the moon is full", None),
        ("the order is lovely", None),
    ],
)  # fmt: skip
def test_natural_clauses(clause: str, canonical: list[str] | None) -> None:
    assert rewrite(clause) == canonical


def test_numbers_in_words_are_exact_or_refused() -> None:
    assert parse_number("a hundred", "order_total") == "100"
    assert parse_number("one thousand two hundred", "order_total") == "1200"
    assert parse_number("3 days", "hours_since_order") == "72"
    assert parse_number("lots", "order_total") is None
    assert parse_number("3 days", "order_total") is None  # a duration is not an amount


def test_a_misspelt_fact_gets_a_suggestion() -> None:
    source = (
        "When a customer asks for a refund\nIf ordr total is at most 100\n"
        "Then refund_order\nElse escalate recommending refund_order\n"
    )
    with pytest.raises(PolicyError) as caught:
        compile_policy(source, "r.policy")
    assert caught.value.message == (
        "cannot read condition 'ordr total is at most 100': unknown fact 'ordr total' — did "
        "you mean `order_total`?"
    )
    with pytest.raises(PolicyError, match=r"unknown fact 'days_snce_order' — did you mean "):
        compile_policy(source.replace("ordr total", "days_snce_order"), "r.policy")
    with pytest.raises(PolicyError, match=r"unknown action 'refund_ordr' — did you mean "):
        compile_policy(
            source.replace("ordr total", "order_total").replace(
                "Then refund_order", "Then refund_ordr"
            ),
            "r.policy",
        )


def test_every_error_of_every_file_at_once(tmp_path: Path) -> None:
    (tmp_path / "refund_request.policy").write_text(
        "When a customer asks for a refund\n"
        "If order totl is at most 100\n"
        "And days since order is at most lots\n"
        "Then refund_ordr\n"
        "Else escalate recommending refund_order\n"
    )
    (tmp_path / "wismo.policy").write_text(
        "When a customer asks where their order is\nIf the moon is full\nThen send_tracking\n"
    )
    with pytest.raises(PolicyErrors) as caught:
        load_policies(tmp_path)
    lines = str(caught.value).splitlines()
    assert [(Path(e.path).name, e.line) for e in caught.value.errors] == [
        ("refund_request.policy", 2),
        ("refund_request.policy", 3),
        ("refund_request.policy", 4),
        ("wismo.policy", 2),
        ("wismo.policy", 3),
    ]
    assert lines[0].endswith("did you mean `order_total`?")
    assert "days_since_order is a number, not 'lots'" in lines[1]
    assert "the Else branch is mandatory" in lines[4]

    result = CliRunner().invoke(app, ["policy", "check", "--dir", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.count("error: ") == 5 and "5 errors" in result.stderr
