"""Compiled rules: plain data, evaluated deterministically over a dict of facts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from supportloop.core.events import FactValue

Operator = Literal["is", "is_not", "at_most", "at_least", "more_than", "less_than", "one_of"]
OPERATOR_WORDS: dict[Operator, str] = {
    "is": "is",
    "is_not": "is not",
    "at_most": "is at most",
    "at_least": "is at least",
    "more_than": "is more than",
    "less_than": "is less than",
    "one_of": "is one of",
}


@dataclass(frozen=True)
class Condition:
    fact: str
    op: Operator
    value: bool | float | str | tuple[str, ...]
    line: int

    def __str__(self) -> str:
        shown = self.value
        if isinstance(shown, bool):
            shown = "true" if shown else "false"
        elif isinstance(shown, tuple):
            shown = ", ".join(shown)
        elif isinstance(shown, float) and shown.is_integer():
            shown = int(shown)
        return f"{self.fact} {OPERATOR_WORDS[self.op]} {shown}"

    def holds(self, actual: FactValue) -> bool:
        if self.op == "is":
            return actual == self.value
        if self.op == "is_not":
            return actual != self.value
        if self.op == "one_of":
            return isinstance(self.value, tuple) and actual in self.value
        if isinstance(actual, bool) or not isinstance(actual, int | float):
            return False
        limit = float(self.value) if isinstance(self.value, int | float) else 0.0
        return {
            "at_most": actual <= limit,
            "at_least": actual >= limit,
            "more_than": actual > limit,
            "less_than": actual < limit,
        }[self.op]


@dataclass(frozen=True)
class Branch:
    conditions: tuple[Condition, ...]
    action: str
    line: int


@dataclass(frozen=True)
class ElseClause:
    escalate: bool
    action: str  # the fallback action, or the recommended action when escalating
    line: int


@dataclass(frozen=True)
class Rule:
    category: str
    trigger: str
    branches: tuple[Branch, ...]
    otherwise: ElseClause
    version: str
    source: str
    path: str
    # Tier 3 (``Mode: augment``): every Then is a recommendation for a person, with its
    # draft; approving it runs the action through the approval path
    augment: bool = False

    @property
    def rule_id(self) -> str:
        return f"policy:{self.category}"

    @property
    def facts_used(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for branch in self.branches:
            for condition in branch.conditions:
                seen.setdefault(condition.fact, None)
        return tuple(seen)

    @property
    def actions_used(self) -> tuple[str, ...]:
        names = [b.action for b in self.branches] + [self.otherwise.action]
        return tuple(dict.fromkeys(names))


@dataclass(frozen=True)
class ConditionResult:
    condition: str
    fact: str
    actual: FactValue
    passed: bool
    missing: bool


@dataclass(frozen=True)
class BranchTrace:
    index: int
    action: str
    results: tuple[ConditionResult, ...]
    taken: bool


@dataclass(frozen=True)
class Decision:
    rule_id: str
    rule_version: str
    category: str
    escalate: bool
    action: str  # what to do, or what a person should do when escalating
    trace: tuple[BranchTrace, ...]

    @property
    def missing_facts(self) -> tuple[str, ...]:
        names = [r.fact for b in self.trace for r in b.results if r.missing]
        return tuple(dict.fromkeys(names))

    @property
    def blocking_conditions(self) -> tuple[ConditionResult, ...]:
        """The failed condition of each branch that was not taken."""
        return tuple(b.results[-1] for b in self.trace if not b.taken and b.results)

    def explain(self) -> str:
        lines = [f"rule {self.rule_id} version {self.rule_version}"]
        for branch in self.trace:
            state = "TAKEN" if branch.taken else "not taken"
            lines.append(f"  branch {branch.index + 1} → {branch.action}: {state}")
            for result in branch.results:
                mark = "✓" if result.passed else ("?" if result.missing else "✗")
                lines.append(f"    {mark} {result.condition}  (actual: {result.actual!r})")
        verdict = f"escalate, recommending {self.action}" if self.escalate else self.action
        lines.append(f"  decision: {verdict}")
        return "\n".join(lines)


def decide(rule: Rule, facts: dict[str, FactValue]) -> Decision:
    """Evaluate branches in order; the first whose conditions all hold wins, else the Else."""
    trace: list[BranchTrace] = []
    for index, branch in enumerate(rule.branches):
        results: list[ConditionResult] = []
        for condition in branch.conditions:
            actual = facts.get(condition.fact)
            missing = actual is None
            passed = not missing and condition.holds(actual)
            results.append(ConditionResult(str(condition), condition.fact, actual, passed, missing))
            if not passed:
                break
        taken = all(r.passed for r in results)
        trace.append(BranchTrace(index, branch.action, tuple(results), taken))
        if taken:
            return Decision(
                rule.rule_id, rule.version, rule.category, rule.augment, branch.action,
                tuple(trace),
            )  # fmt: skip
    return Decision(
        rule.rule_id,
        rule.version,
        rule.category,
        rule.otherwise.escalate,
        rule.otherwise.action,
        tuple(trace),
    )
