"""Composition root of the classifier service."""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry

from services.classifier.handler import ClassifyBatch, ReviewFn, make_handler
from supportloop.adapters.runtime.faust_app import ServiceApp, process_events
from supportloop.adapters.runtime.webhook import add_ticket_webhook
from supportloop.core import events as ev
from supportloop.core.classification.settings import ClassifierSettings
from supportloop.core.topics import INBOUND
from supportloop.settings import KafkaSettings, ServiceSettings

# Tickets handled at once (acks stay in offset order); they share one model call.
CONCURRENCY = 16


def load_classifier(config: ClassifierSettings) -> tuple[ClassifyBatch, ReviewFn | None]:
    """The offline model, and Claude's second opinion on low-confidence verdicts if enabled."""
    from supportloop.core.classification import Classifier

    classifier = Classifier.load(
        config.model_path, config.taxonomy_path, config.confidence_threshold
    )
    if not (config.claude_enabled and config.anthropic_api_key):
        return classifier.classify_batch, None
    import anthropic

    from supportloop.adapters.claude import ClaudeReviewer

    client = anthropic.AsyncAnthropic(
        api_key=config.anthropic_api_key.get_secret_value(), max_retries=0
    )
    reviewer = ClaudeReviewer(
        client,
        classifier.taxonomy,
        model=config.claude_model,
        timeout_s=config.claude_timeout_s,
        min_confidence=config.claude_min_confidence,
    )
    return classifier.classify_batch, reviewer.review


def build_app(
    kafka: KafkaSettings | None = None,
    settings: ServiceSettings | None = None,
    classify: ClassifyBatch | None = None,
    registry: CollectorRegistry | None = None,
    classifier_settings: ClassifierSettings | None = None,
) -> ServiceApp:
    service = ServiceApp(
        "classifier", kafka or KafkaSettings(), settings or ServiceSettings(), registry
    )
    stage = service.stage(accepts=(ev.TicketReceived,))
    review: ReviewFn | None = None
    if classify is None:
        classify, review = load_classifier(classifier_settings or ClassifierSettings())
    handle = make_handler(classify, review, max_batch=CONCURRENCY)
    add_ticket_webhook(service)

    @service.app.agent(service.topic(INBOUND), concurrency=CONCURRENCY, name="classify-tickets")
    async def classify_tickets(stream: Any) -> None:
        await process_events(stream, lambda message: stage.run_one(message, handle))

    return service
