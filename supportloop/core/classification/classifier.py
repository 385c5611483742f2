"""Guardrails first, then the category model, then the taxonomy's escalation rules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from supportloop.core.classification.email_text import ticket_words
from supportloop.core.classification.guardrails import (
    CATEGORY_OF_REASON,
    SUSPICIOUS_INSTRUCTIONS,
    UPSET_CUSTOMER,
    GuardrailHit,
    check_ticket,
    guardrail_text,
    is_upset,
)
from supportloop.core.classification.language import detect_language
from supportloop.core.classification.model import CategoryModel
from supportloop.core.classification.taxonomy import (
    ESCALATION_TIER,
    FALLBACK_CATEGORY,
    Taxonomy,
    load_taxonomy,
)
from supportloop.core.classification.text import normalise
from supportloop.core.classification.verdict import Verdict
from supportloop.core.events import Ticket

DEFAULT_CONFIDENCE_THRESHOLD = 0.55
# The model learnt these languages; others go to a person.
MODEL_LANGUAGES = frozenset({"en", "es", "fr", "de"})

LOW_CONFIDENCE = "low_confidence"
UNSUPPORTED_LANGUAGE = "unsupported_language"
TIER_REQUIRES_HUMAN = "tier_requires_human"
CATEGORY_REQUIRES_HUMAN = "category_requires_human"
# Not an escalation: below its category's live threshold, the ticket is drafted (shadow).
BELOW_CATEGORY_THRESHOLD = "below_category_threshold"
CANDIDATES = 3


@dataclass(frozen=True)
class Classifier:
    model: CategoryModel
    taxonomy: Taxonomy
    confidence_threshold: float = DEFAULT_CONFIDENCE_THRESHOLD
    # per category: below it a ticket is abstained (shadow); None = the model's stored ones
    category_thresholds: Mapping[str, float] | None = None

    @classmethod
    def load(
        cls,
        model_path: Path | None = None,
        taxonomy_path: Path | None = None,
        confidence_threshold: float = DEFAULT_CONFIDENCE_THRESHOLD,
    ) -> Classifier:
        return cls(
            CategoryModel.load(model_path), load_taxonomy(taxonomy_path), confidence_threshold
        )

    @property
    def model_version(self) -> str:
        return self.model.version

    @property
    def thresholds(self) -> Mapping[str, float]:
        if self.category_thresholds is not None:
            return self.category_thresholds
        return self.model.thresholds

    def liveable(self) -> frozenset[str]:
        """Categories the machine may act on: tier 1–2 and not always-escalate."""
        return frozenset(
            name
            for name, spec in self.taxonomy.categories.items()
            if spec.tier < ESCALATION_TIER and not spec.escalate
        )

    def classify(self, ticket: Ticket) -> Verdict:
        return self.classify_batch([ticket])[0]

    def classify_batch(self, tickets: Sequence[Ticket]) -> list[Verdict]:
        if not tickets:
            return []
        # guardrails and model judge the customer's own words: no quotes, signature, footer
        words = [ticket_words(t.subject, t.body) for t in tickets]
        normalised = [normalise(text) for text in words]
        probabilities = self.model.predict_proba(normalised, normalised=True)
        top = np.argsort(-probabilities, axis=1, kind="stable")[:, :CANDIDATES]
        rows = np.arange(len(tickets))[:, None]
        top_p = probabilities[rows, top].tolist()
        classes = self.model.classes
        return [
            self._decide(
                ticket,
                own,
                text,
                tuple((classes[i], round(p, 4)) for i, p in zip(ids, ps, strict=True)),
            )
            for ticket, own, text, ids, ps in zip(
                tickets, words, normalised, top.tolist(), top_p, strict=True
            )
        ]

    def explain(self, ticket: Ticket) -> tuple[GuardrailHit, ...]:
        """The guardrail hits behind a verdict, with the words that matched."""
        return check_ticket(ticket, guardrail_text(ticket_words(ticket.subject, ticket.body)))

    def _decide(
        self, ticket: Ticket, words: str, normalised: str, candidates: tuple[tuple[str, float], ...]
    ) -> Verdict:
        predicted, probability = candidates[0]
        prepared = guardrail_text(normalised, normalised=True)
        hits = check_ticket(ticket, prepared)
        language, _ = detect_language(prepared, folded=True)
        reasons = [hit.reason for hit in hits]
        forced = next((CATEGORY_OF_REASON[r] for r in CATEGORY_OF_REASON if r in reasons), None)
        if forced is not None:
            category, confidence = forced, 1.0
        else:
            category = predicted if predicted in self.taxonomy else FALLBACK_CATEGORY
            confidence = probability
        spec = self.taxonomy.spec(category)
        tier = spec.tier
        if spec.upset_tier is not None and is_upset(words, prepared):
            tier = spec.tier_for(True)
            reasons.append(UPSET_CUSTOMER)
        if SUSPICIOUS_INSTRUCTIONS in reasons:
            tier = 4
        if forced is None and confidence < self.confidence_threshold:
            reasons.append(LOW_CONFIDENCE)
        if language not in MODEL_LANGUAGES:
            reasons.append(UNSUPPORTED_LANGUAGE)
        if spec.escalate:
            reasons.append(CATEGORY_REQUIRES_HUMAN)
        if tier >= ESCALATION_TIER and not set(reasons) & set(CATEGORY_OF_REASON):
            reasons.append(TIER_REQUIRES_HUMAN)
        escalate = bool(reasons)
        abstained = (
            not escalate and forced is None and confidence < self.thresholds.get(category, 0.0)
        )
        if abstained:
            reasons.append(BELOW_CATEGORY_THRESHOLD)
        return Verdict(
            category=category,
            tier=tier,
            confidence=round(min(max(confidence, 0.0), 1.0), 4),
            escalate=escalate,
            reasons=tuple(dict.fromkeys(reasons)),
            language=language,
            classifier="guardrail" if hits else "model",
            model_version=self.model.version,
            abstained=abstained,
            candidates=candidates,
        )
