"""Triage and replay: what would automate today, decided without acting (read-only)."""

from supportloop.triage.evaluate import KIND_LABELS, Evaluation, Kind, PolicyEvaluator
from supportloop.triage.run import TriagedTicket, TriageReport, triage
from supportloop.triage.summary import CategorySummary, summarise

__all__ = [
    "KIND_LABELS",
    "CategorySummary",
    "Evaluation",
    "Kind",
    "PolicyEvaluator",
    "TriageReport",
    "TriagedTicket",
    "summarise",
    "triage",
]
