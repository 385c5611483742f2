from __future__ import annotations

from pathlib import Path

import pytest

from supportloop.core.policy import PolicyError, compile_policy, decide, load_policies

REPO = Path(__file__).resolve().parents[3]
GOOD = """\
Version: 7
When a customer asks for a refund
If order_found is true
And refund_amount is at most 100
Then refund_order
Else escalate recommending refund_order
"""


def test_default_policies_compile_one_per_category() -> None:
    policies = load_policies(REPO / "policies")
    assert sorted(policies) == [
        "account_help", "address_change", "cancellation", "complaint", "damaged_or_wrong_item",
        "order_modification", "order_status", "policy_question", "refund_request",
        "return_request", "sizing_fit", "subscription_change", "wismo",
    ]  # fmt: skip
    # Tier 3: recommendations for a person, never acted on by the policy
    assert {c for c, rule in policies.items() if rule.augment} == {
        "complaint", "damaged_or_wrong_item", "sizing_fit",
    }  # fmt: skip


def test_augment_mode_turns_every_then_into_a_recommendation() -> None:
    rule = compile_policy(
        "Mode: augment\nWhen x\nIf order_found is true\nThen refund_order\n"
        "Else escalate recommending human_review\n",
        "damaged_or_wrong_item.policy",
    )
    decision = decide(rule, {"order_found": True})
    assert (decision.escalate, decision.action) == (True, "refund_order")
    with pytest.raises(PolicyError, match="write act or augment"):
        compile_policy("Mode: sometimes\nWhen x\nIf a is true\nThen b\nElse escalate\n", "x.policy")


def test_version_is_declared_plus_content_hash() -> None:
    rule = compile_policy(GOOD, "refund_request.policy")
    assert rule.version.startswith("7+") and len(rule.version) == 10
    changed = compile_policy(GOOD.replace("100", "150"), "refund_request.policy")
    assert changed.version != rule.version
    assert compile_policy(GOOD.replace("Version: 7\n", ""), "x.policy").version.startswith(
        "sha256:"
    )


def test_decide_takes_then_or_else() -> None:
    rule = compile_policy(GOOD, "refund_request.policy")
    ok = decide(rule, {"order_found": True, "refund_amount": 40.0})
    assert (ok.escalate, ok.action) == (False, "refund_order")
    over = decide(rule, {"order_found": True, "refund_amount": 140.0})
    assert (over.escalate, over.action) == (True, "refund_order")
    assert [c.condition for c in over.blocking_conditions] == ["refund_amount is at most 100"]
    missing = decide(rule, {"order_found": True})
    assert missing.escalate and missing.missing_facts == ("refund_amount",)
    assert "✗" in over.explain() and "decision: escalate" in over.explain()


@pytest.mark.parametrize(
    ("source", "line", "message"),
    [
        (GOOD.replace("refund_amount is", "refund_total is"), 4, "unknown fact 'refund_total'"),
        (GOOD.replace("Then refund_order", "Then refund_twice"), 5, "unknown action"),
        (
            GOOD.replace("Else escalate recommending refund_order\n", ""),
            5,
            "Else branch is mandatory",
        ),
        (GOOD + "When again\n", 7, "nothing may follow the Else"),
        (GOOD.replace("is true", "is maybe"), 3, "true/false"),
        (GOOD.replace("at most 100", "at most lots"), 4, "is a number"),
        (GOOD.replace("Then refund_order", "Then human_review"), 5, "for people"),
        (GOOD.replace("If order_found", "Iff order_found"), 3, "unexpected line"),
        ("If order_found is true\nThen refund_order\nElse escalate\n", 1, "starts with 'When"),
        (GOOD.replace("And refund", "If refund"), 4, "only the first condition block"),
    ],
)
def test_errors_name_the_file_and_line(source: str, line: int, message: str) -> None:
    with pytest.raises(PolicyError) as caught:
        compile_policy(source, "policies/refund_request.policy")
    assert caught.value.path == "policies/refund_request.policy"
    assert caught.value.line == line
    assert message in caught.value.message
    assert str(caught.value).startswith(f"policies/refund_request.policy:{line}: ")


def test_two_rules_for_one_category_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a.policy").write_text("Category: refund_request\n" + GOOD)
    (tmp_path / "b.policy").write_text("Category: refund_request\n" + GOOD)
    with pytest.raises(PolicyError, match="second rule for category 'refund_request'"):
        load_policies(tmp_path)


def test_text_facts_accept_only_their_values() -> None:
    bad = GOOD.replace("order_found is true", "fulfillment_status is shipped")
    with pytest.raises(PolicyError, match="cannot be 'shipped'"):
        compile_policy(bad, "x.policy")
    ok = compile_policy(
        GOOD.replace("order_found is true", "fulfillment_status is one of unfulfilled, in_transit"),
        "x.policy",
    )
    assert decide(ok, {"fulfillment_status": "in_transit", "refund_amount": 1.0}).action == (
        "refund_order"
    )
