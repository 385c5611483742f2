from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

import httpx
import pytest
from triage_support import TICKETS, read_jsonl, side_effects, verdict

from supportloop.core.events import Customer, Ticket
from supportloop.triage.connect import read_only_evaluator
from supportloop.triage.evaluate import Evaluation, preview_reply


def fixture_ticket(ticket_id: str, **changes: object) -> Ticket:
    record = next(r for r in read_jsonl(TICKETS) if r.get("id") == ticket_id)
    return Ticket.model_validate(record).model_copy(update=changes)


async def evaluate(url: str, ticket: Ticket, category: str, *reasons: str) -> Evaluation:
    async with read_only_evaluator(url, "policies", "knowledge_base", demo=True) as evaluator:
        return await evaluator.evaluate(ticket, verdict(category, 1, *reasons))


async def test_clean_reply_names_branch_action_and_filled_reply(store_url: str) -> None:
    result = await evaluate(store_url, fixture_ticket("TR-01"), "wismo")
    assert (result.kind, result.reason, result.action, result.branch) == (
        "clean", "reply", "send_tracking", "1",
    )  # fmt: skip
    assert result.label == "automates cleanly today"
    assert "order #1003 is on its way" in result.reply
    assert "{" not in result.reply
    assert (result.missing_facts, result.blocking) == ((), ())


async def test_the_preview_is_the_brand_template_in_the_customers_language(
    store_url: str,
) -> None:
    """What triage shows is what the resolver would send: replies/de/, German money."""
    ticket = fixture_ticket("TR-01")
    async with read_only_evaluator(store_url, "policies", "knowledge_base", demo=True) as evaluator:
        german = replace(verdict("wismo", 1), language="de")
        result = await evaluator.evaluate(ticket, german)
        nameless = ticket.customer.model_copy(update={"name": None})
        refund = await evaluator.evaluate(
            ticket.model_copy(
                update={
                    "body": "Hallo, bitte erstatten Sie Bestellung #1003.",
                    "customer": nameless,
                }
            ),
            replace(verdict("refund_request", 2), language="de"),
        )
    assert result.action == "send_tracking"
    assert result.reply.startswith("Hallo Keiko,") and "Bestellung #1003" in result.reply
    assert "on its way" not in result.reply
    assert refund.action == "refund_order", refund
    assert refund.reply.startswith("Hallo,\n"), refund.reply  # no English "there"
    assert re.search(r"\d+,\d\d\s\$", refund.reply), refund.reply


async def test_clean_effect_keeps_placeholder_filled_only_after_acting(store_url: str) -> None:
    ticket = Ticket(
        id="RET-1",
        subject="Return",
        body="Hi, I would like to return order #1004, the sweater does not fit.",
        customer=Customer(email="leila.zimmerman43@post.example.com", name="Leila Zimmerman"),
        created_at=datetime(2025, 6, 2, 9, tzinfo=UTC),
    )
    result = await evaluate(store_url, ticket, "return_request")
    assert (result.kind, result.reason, result.action) == ("clean", "effect", "create_return")
    assert "Print your prepaid label here: {return_label_url}" in result.reply
    assert side_effects(store_url) == []


async def test_else_branch_is_policy_work_with_the_failed_condition(store_url: str) -> None:
    result = await evaluate(store_url, fixture_ticket("TR-04"), "refund_request")
    # "a refund for order #1005. The jacket was not …": the jacket, not the $207.50 order
    assert (result.kind, result.reason, result.action, result.branch) == (
        "policy_work", "out_of_policy", "refund_line_items", "else",
    )  # fmt: skip
    assert result.blocking == ("requested_refund_amount is at most 100",)
    assert result.details == ("requested_refund_amount is at most 100 (actual: 189.0)",)
    assert result.reply.startswith("Hi Gabriel,\n\nI've refunded $189.00 for Waxed Field Jacket")


async def test_missing_fact_is_named(store_url: str) -> None:
    result = await evaluate(store_url, fixture_ticket("TR-12"), "subscription_change")
    assert (result.kind, result.reason, result.action) == (
        "policy_work", "facts_missing", "review_subscription",
    )  # fmt: skip
    assert result.missing_facts == ("requested_frequency_weeks",)
    assert result.blocking == ("requested_frequency_weeks is at least 1",)
    assert result.details == (
        "requested_frequency_weeks is at least 1 (actual: None)",
        "missing fact: requested_frequency_weeks",
    )
    assert result.reply == ""


async def test_unknown_order_reason(store_url: str) -> None:
    result = await evaluate(store_url, fixture_ticket("TR-06"), "wismo")
    assert (result.kind, result.reason, result.blocking) == (
        "policy_work", "unknown_order", ("order_found is true",),
    )  # fmt: skip
    assert result.reply == ""  # no order: the recommended draft cannot be filled


async def test_category_without_rule_needs_policy_work(store_url: str) -> None:
    result = await evaluate(store_url, fixture_ticket("TR-05"), "newsletter")
    assert (result.kind, result.reason, result.action, result.details) == (
        "policy_work", "no_policy", None, ("no rule for category newsletter",),
    )  # fmt: skip


async def test_classifier_escalation_needs_a_human_with_its_reasons(store_url: str) -> None:
    ticket = fixture_ticket("TR-07")
    async with read_only_evaluator(store_url, "policies", "knowledge_base") as evaluator:
        result = await evaluator.evaluate(ticket, verdict("legal", 4, "legal", "upset_customer"))
    assert (result.kind, result.reason, result.action) == ("human", "legal", "human_review")
    assert result.details == ("tier 4", "legal", "upset_customer")


async def test_vip_without_opt_in_needs_a_human_even_when_policy_allows(store_url: str) -> None:
    result = await evaluate(store_url, fixture_ticket("TR-08"), "wismo")
    assert (result.kind, result.reason, result.action) == ("human", "vip_customer", "send_tracking")
    opted_in = fixture_ticket(
        "TR-08", customer=Customer(email="rosa.jensen26@inbox.example.net", vip=True,
                                   automation_opt_in=True),
    )  # fmt: skip
    assert (await evaluate(store_url, opted_in, "wismo")).kind == "clean"


async def test_unreachable_shop_needs_a_human(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUPPORTLOOP_RESOLVER_RETRY_BACKOFF_S", "0")
    down = httpx.MockTransport(lambda request: httpx.Response(503))
    async with read_only_evaluator(
        "http://shop.invalid", "policies", "knowledge_base", demo=True, transport=down
    ) as evaluator:
        result = await evaluator.evaluate(fixture_ticket("TR-01"), verdict("wismo"))
    assert (result.kind, result.reason) == ("human", "connector_error")
    assert result.details == (
        "commerce: HTTP 503 on POST /admin/api/2026-10/graphql.json after 3 attempts",
    )


def test_preview_reply_marks_unknown_placeholders() -> None:
    text, missing = preview_reply(
        "Hi {customer_first_name}, label: {return_label_url}, order {order_name}",
        {"customer_first_name": "Ada", "order_name": None},
    )
    assert text == "Hi Ada, label: {return_label_url}, order {order_name}"
    assert missing == ("order_name",)
