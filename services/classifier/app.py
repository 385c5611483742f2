"""Composition root of the classifier service."""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry

from services.classifier.handler import ClassifyBatch, make_batch_handler
from supportloop import events as ev
from supportloop.runtime.faust_app import ServiceApp, process_events
from supportloop.runtime.webhook import add_ticket_webhook
from supportloop.settings import KafkaSettings, ServiceSettings
from supportloop.topics import INBOUND


def default_classifier() -> ClassifyBatch:
    from supportloop.classification import Classifier

    return Classifier.load().classify_batch


def build_app(
    kafka: KafkaSettings | None = None,
    settings: ServiceSettings | None = None,
    classify: ClassifyBatch | None = None,
    registry: CollectorRegistry | None = None,
) -> ServiceApp:
    service = ServiceApp(
        "classifier", kafka or KafkaSettings(), settings or ServiceSettings(), registry
    )
    stage = service.stage(accepts=(ev.TicketReceived,))
    handle = make_batch_handler(classify or default_classifier())
    add_ticket_webhook(service)

    @service.app.agent(service.topic(INBOUND), name="classify-tickets")
    async def classify_tickets(stream: Any) -> None:
        await process_events(stream, lambda message: stage.run_batch([message], handle))

    return service
