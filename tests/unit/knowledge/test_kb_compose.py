"""Grounded composition: the model's answer is kept only when its facts are in the cited
passage; through the SDK with an httpx transport that answers like the Messages API."""

from __future__ import annotations

import sys
from pathlib import Path

import anthropic
import httpx2 as httpx  # the anthropic SDK's own HTTP package
import pytest
from prometheus_client import CollectorRegistry

from supportloop.adapters.kb_compose import (
    ClaudeComposer,
    ComposeSettings,
    build_composer,
    compose_counter,
)
from supportloop.core.events import TicketResolved
from supportloop.core.knowledge import load_knowledge_base
from supportloop.core.knowledge.grounding import check_grounded, facts_of
from supportloop.core.knowledge.retrieval import Passage

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "tests" / "unit" / "resolution"))
from resolution_harness import Harness  # noqa: E402

from tests.anthropic_api import Handler, client_over, messages_api  # noqa: E402

KB = load_knowledge_base(REPO / "knowledge_base")


def _passage(question: str, locale: str = "en") -> Passage:
    match = KB.search(question, locale)
    assert match is not None and match.found
    return match.passage


PAYMENT = _passage("Which payment methods do you accept?")
WARRANTY = _passage("Is there a warranty?")


@pytest.mark.parametrize(
    "text",
    [
        "Yes! We take PayPal, as well as Visa, Mastercard and Apple Pay.",
        "Yes. Orders over $50 can be split into four interest-free payments with Shop Pay.",
    ],
)
def test_text_whose_facts_are_all_in_the_passage_is_kept(text: str) -> None:
    assert check_grounded(text, [PAYMENT]).ok


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Yes, we take PayPal and Klarna.", "name:klarna"),  # a name the passage lacks
        ("Orders over $40 can be split into four payments.", "number:40"),  # changed amount
        ("Split it into six payments with Shop Pay.", "number:6"),  # a written number
        ("We take PayPal: https://pay.example.com", "url:"),
        ("Sí, aceptamos PayPal, Visa y Mastercard en todos los pedidos de la tienda.", "es"),
        ("", "empty"),
        ("We take PayPal. " * 40, "longer"),
    ],
)
def test_a_fact_not_in_the_passage_rejects_the_text(text: str, reason: str) -> None:
    result = check_grounded(text, [PAYMENT])
    assert not result.ok and reason in result.reason


def test_durations_in_words_are_facts() -> None:
    assert "number:2" in facts_of("a two-year warranty")
    assert check_grounded("Jackets and bags have a two-year warranty.", [WARRANTY]).ok
    assert not check_grounded("Jackets and bags have a three-year warranty.", [WARRANTY]).ok


def _composer(handler: Handler, registry: CollectorRegistry) -> ClaudeComposer:
    client = client_over(handler)
    return ClaudeComposer(client, compose_counter(registry), model="claude-test")


def _count(registry: CollectorRegistry, outcome: str) -> float:
    value = registry.get_sample_value("supportloop_kb_compose_total", {"outcome": outcome})
    return value or 0.0


async def test_a_grounded_answer_is_used_and_the_passage_goes_with_the_request() -> None:
    registry = CollectorRegistry()
    seen: list[dict[str, object]] = []
    composer = _composer(messages_api("Yes, we take PayPal and Apple Pay.", seen), registry)
    text = await composer.compose("Do you take PayPal?", [PAYMENT], "en")
    assert text == "Yes, we take PayPal and Apple Pay."
    [request] = seen
    assert request["model"] == "claude-test"
    content = request["messages"][0]["content"]  # type: ignore[index]
    assert PAYMENT.text in content and "Do you take PayPal?" in content
    assert _count(registry, "accepted") == 1


@pytest.mark.parametrize(
    ("handler", "outcome"),
    [
        (messages_api("Yes, and Klarna too, for orders over $20."), "rejected"),
        (messages_api("NONE"), "rejected"),
        (lambda request: httpx.Response(529, json={"type": "error", "error": {
            "type": "overloaded_error", "message": "Overloaded"}}), "api_error"),
    ],
)  # fmt: skip
async def test_ungrounded_or_failed_composition_returns_none(
    handler: Handler, outcome: str
) -> None:
    registry = CollectorRegistry()
    assert await _composer(handler, registry).compose("PayPal?", [PAYMENT], "en") is None
    assert _count(registry, outcome) == 1


def test_off_by_default() -> None:
    assert build_composer(CollectorRegistry(), ComposeSettings()) is None
    on = build_composer(
        CollectorRegistry(),
        ComposeSettings(compose="claude"),
        anthropic.AsyncAnthropic(api_key="test"),
    )
    assert isinstance(on, ClaudeComposer)


async def test_the_resolver_sends_the_composed_answer_only_when_grounded() -> None:
    for composed, expected in (
        ("Yes, we take PayPal and Apple Pay.", "Yes, we take PayPal and Apple Pay."),
        ("Yes, we take PayPal and Klarna.", "We accept Visa, Mastercard"),  # the passage
    ):
        h = Harness()
        try:
            h.workflow.gatherer.composer = _composer(messages_api(composed), CollectorRegistry())
            ticket = h.tickets["DEMO-0646"]
            [event] = await h.workflow.handle(h.classified(ticket, "billing"), "live")
            assert isinstance(event, TicketResolved)
            assert expected in event.reply
            assert "Klarna" not in event.reply
        finally:
            h.shop.close()
