from __future__ import annotations

import json

import httpx2 as httpx  # the anthropic SDK's own HTTP package (2.x uses httpx2)

from supportloop.adapters.claude import (
    CLAUDE_INVALID_ANSWER,
    CLAUDE_UNAVAILABLE,
    CLAUDE_UNSURE,
    ClaudeReviewer,
)
from supportloop.core.classification import Classifier, Verdict
from supportloop.core.classification.classifier import LOW_CONFIDENCE, TIER_REQUIRES_HUMAN
from supportloop.core.classification.settings import ClassifierSettings
from tests.anthropic_api import Handler, client_over, messages_api
from tests.unit.classification.builders import make_ticket

OFFLINE = Verdict(
    category="wismo",
    tier=1,
    confidence=0.31,
    escalate=True,
    reasons=(LOW_CONFIDENCE,),
    language="en",
    classifier="model",
    model_version="m-1",
)
TICKET = make_ticket("The thing I got is not right somehow")


def reviewer(classifier: Classifier, handler: Handler, **kwargs: float) -> ClaudeReviewer:
    client = client_over(handler)
    return ClaudeReviewer(client, classifier.taxonomy, model="claude-test", **kwargs)


async def test_confident_answer_replaces_the_offline_verdict(classifier: Classifier) -> None:
    seen: list[dict[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        return messages_api('{"category": "damaged_or_wrong_item", "confidence": 0.92}')(request)

    verdict = await reviewer(classifier, handler).review(TICKET, OFFLINE)
    assert verdict == Verdict(
        category="damaged_or_wrong_item",
        tier=3,
        confidence=0.92,
        escalate=True,
        reasons=(TIER_REQUIRES_HUMAN,),
        language="en",
        classifier="claude",
        model_version="m-1",
    )
    assert seen[0]["model"] == "claude-test"


async def test_confident_tier_one_answer_lets_automation_proceed(classifier: Classifier) -> None:
    handler = messages_api('Sure: {"category": "wismo", "confidence": 0.95}')
    verdict = await reviewer(classifier, handler).review(TICKET, OFFLINE)
    assert (verdict.category, verdict.escalate, verdict.reasons) == ("wismo", False, ())
    assert verdict.classifier == "claude"


async def test_timeout_falls_back_to_the_offline_verdict(classifier: Classifier) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    verdict = await reviewer(classifier, handler).review(TICKET, OFFLINE)
    assert verdict == OFFLINE.with_reasons(CLAUDE_UNAVAILABLE)
    assert verdict.escalate


async def test_rate_limit_falls_back_to_the_offline_verdict(classifier: Classifier) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            429,
            json={"type": "error", "error": {"type": "rate_limit_error", "message": "slow down"}},
        )

    verdict = await reviewer(classifier, handler).review(TICKET, OFFLINE)
    assert verdict.reasons == (LOW_CONFIDENCE, CLAUDE_UNAVAILABLE)
    assert (verdict.classifier, verdict.escalate) == ("model", True)


async def test_malformed_answers_fall_back(classifier: Classifier) -> None:
    for text in (
        "I think it is about shipping",
        '{"category": "wismo", "confidence": "high"}',
        '{"category": "teleportation", "confidence": 0.9}',
        '{"category": "wismo", "confidence": 0.9',
        "[1, 2]",
    ):
        verdict = await reviewer(classifier, messages_api(text)).review(TICKET, OFFLINE)
        assert verdict.reasons == (LOW_CONFIDENCE, CLAUDE_INVALID_ANSWER), text


async def test_unsure_answer_still_goes_to_a_human(classifier: Classifier) -> None:
    handler = messages_api('{"category": "wismo", "confidence": 0.4}')
    verdict = await reviewer(classifier, handler).review(TICKET, OFFLINE)
    assert verdict.reasons == (LOW_CONFIDENCE, CLAUDE_UNSURE)


async def test_guardrail_and_confident_verdicts_are_never_sent(classifier: Classifier) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("Claude must not be called")

    guardrail = Verdict("legal", 4, 1.0, True, ("legal",), "en", "guardrail", "m-1")
    confident = Verdict("wismo", 1, 0.97, False, (), "en", "model", "m-1")
    review = reviewer(classifier, handler)
    assert await review.review(TICKET, guardrail) == guardrail
    assert await review.review(TICKET, confident) == confident


def test_settings_read_the_classifier_prefix(monkeypatch: object) -> None:
    import pytest

    patch = pytest.MonkeyPatch()
    patch.setenv("SUPPORTLOOP_CLASSIFIER_CLAUDE_ENABLED", "true")
    patch.setenv("SUPPORTLOOP_CLASSIFIER_CONFIDENCE_THRESHOLD", "0.7")
    try:
        settings = ClassifierSettings()
    finally:
        patch.undo()
    assert (settings.claude_enabled, settings.confidence_threshold) == (True, 0.7)
    assert ClassifierSettings().claude_enabled is False
