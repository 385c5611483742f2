"""What the classifier decided about one ticket; fields match TicketClassified."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

ClassifierName = Literal["guardrail", "model", "claude"]


@dataclass(frozen=True)
class Verdict:
    category: str
    tier: int
    confidence: float
    escalate: bool
    reasons: tuple[str, ...]
    language: str
    classifier: ClassifierName
    model_version: str
    # below its category's live threshold: not escalated, but handled as shadow (a draft for
    # an agent, no action), with the model's top candidates (category, probability)
    abstained: bool = False
    candidates: tuple[tuple[str, float], ...] = ()

    def with_reasons(self, *extra: str) -> Verdict:
        reasons = self.reasons + tuple(r for r in extra if r not in self.reasons)
        return replace(self, reasons=reasons, escalate=self.escalate or bool(extra))

    def as_dict(self) -> dict[str, object]:
        return {
            "category": self.category,
            "tier": self.tier,
            "confidence": self.confidence,
            "escalate": self.escalate,
            "reasons": list(self.reasons),
            "language": self.language,
            "classifier": self.classifier,
            "model_version": self.model_version,
            "abstained": self.abstained,
            "candidates": [[c, p] for c, p in self.candidates],
        }
