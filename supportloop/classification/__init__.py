"""Ticket classification: guardrails, an offline category model, an optional Claude review."""

from supportloop.classification.classifier import DEFAULT_CONFIDENCE_THRESHOLD, Classifier
from supportloop.classification.guardrails import GuardrailHit, check_ticket
from supportloop.classification.taxonomy import CategorySpec, Taxonomy, load_taxonomy
from supportloop.classification.verdict import Verdict

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
