"""How the AI's decision compares with what the agent did, per ticket and per category.

Per ticket (``compare``):
  agree       the AI would act, and the agent took the same action
  risky       the AI would act, and the agent did something else (refunded vs declined…)
  missed      the AI hands the ticket to a person, and the agent took an action the AI has
  hands_off   the AI hands the ticket to a person, and the agent did not take one of its actions
  no_history  the history does not say what the agent did
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from supportloop.core.policy import ACTIONS
from supportloop.triage.evaluate import Evaluation
from supportloop.triage.history import AgentOutcome

Agreement = Literal["agree", "risky", "missed", "hands_off", "no_history"]
TOTAL = "total"


def compare(evaluation: Evaluation, agent: AgentOutcome | None) -> Agreement:
    if agent is None or agent.action is None:
        return "no_history"
    if evaluation.kind == "clean":
        return "agree" if agent.action == evaluation.action else "risky"
    known = ACTIONS.get(agent.action)
    return "missed" if known is not None and known.kind != "recommend" else "hands_off"


@dataclass(frozen=True)
class CategoryAgreement:
    category: str
    volume: int
    with_history: int
    ai_acts: int
    agree: int
    risky: int
    missed: int
    hands_off: int

    @property
    def automatable_rate(self) -> float:
        """Share of all tickets the AI would act on today."""
        return self.ai_acts / self.volume if self.volume else 0.0

    @property
    def agreement_rate(self) -> float:
        """Of the tickets the AI would act on (with history), the share the agent matched."""
        compared = self.agree + self.risky
        return self.agree / compared if compared else 0.0

    @property
    def projected_autonomous_rate(self) -> float:
        """Share of tickets with history that the AI would resolve exactly as the agent did."""
        return self.agree / self.with_history if self.with_history else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "category": self.category,
            "volume": self.volume,
            "with_history": self.with_history,
            "ai_acts": self.ai_acts,
            "agree": self.agree,
            "risky": self.risky,
            "missed": self.missed,
            "hands_off": self.hands_off,
            "automatable_rate": round(self.automatable_rate, 4),
            "agreement_rate": round(self.agreement_rate, 4),
            "projected_autonomous_rate": round(self.projected_autonomous_rate, 4),
        }


def _line(category: str, results: list[Mapping[str, object]]) -> CategoryAgreement:
    counts = Counter(str(r["agreement"]) for r in results)
    return CategoryAgreement(
        category,
        len(results),
        len(results) - counts["no_history"],
        sum(1 for r in results if r["kind"] == "clean"),
        counts["agree"],
        counts["risky"],
        counts["missed"],
        counts["hands_off"],
    )


def summarise_agreement(results: Iterable[Mapping[str, object]]) -> list[CategoryAgreement]:
    """From replay result records (see ``replay.result_record``): one line per category,
    largest first, then the total."""
    by_category: dict[str, list[Mapping[str, object]]] = {}
    everything: list[Mapping[str, object]] = []
    for record in results:
        by_category.setdefault(str(record["category"]), []).append(record)
        everything.append(record)
    ordered = sorted(by_category.items(), key=lambda item: (-len(item[1]), item[0]))
    return [_line(c, group) for c, group in ordered] + [_line(TOTAL, everything)]


def risky_disagreements(results: Iterable[Mapping[str, object]]) -> list[Mapping[str, object]]:
    return [r for r in results if r["agreement"] == "risky"]
