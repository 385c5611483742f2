"""Ticket classification: guardrails, an offline category model, an optional Claude review."""

from supportloop.core.classification.classifier import DEFAULT_CONFIDENCE_THRESHOLD, Classifier
from supportloop.core.classification.guardrails import GuardrailHit, check_ticket
from supportloop.core.classification.taxonomy import CategorySpec, Taxonomy, load_taxonomy
from supportloop.core.classification.verdict import Verdict

__all__ = [
    "DEFAULT_CONFIDENCE_THRESHOLD",
    "CategorySpec",
    "Classifier",
    "GuardrailHit",
    "Taxonomy",
    "Verdict",
    "check_ticket",
    "load_taxonomy",
]
