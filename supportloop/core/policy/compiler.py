"""Compile policy files written in the canonical plain-English form

    When <trigger, free text>
    If <condition> [and <condition> …]
    And <condition>
    Then <action>
    Else if <condition> …            (optional, any number, each with its own Then)
    Then <action>
    Else escalate [recommending <action>]   |   Else <action>

into a :class:`Rule`. A condition is ``<fact> is|is not|is at most|is at least|is more than|
is less than|is one of <value>``. Optional header lines: ``Category: <name>`` (default: the
file name) and ``Version: <text>``. ``#`` starts a comment line.

Conditions may also be written in a support lead's words (``order total is at most a
hundred dollars``, ``within 30 days of ordering``, ``the order has not shipped``): they are
rewritten deterministically to the canonical form (see :mod:`.natural`), which is what the
compiled rule and ``policy explain`` show. Every error of a file is reported at once, with
the closest fact or action name when one is misspelt.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from supportloop.core.policy.actions import ACTIONS, ESCALATE
from supportloop.core.policy.errors import PolicyError, raise_all
from supportloop.core.policy.model import Branch, Condition, ElseClause, Operator, Rule
from supportloop.core.policy.natural import (
    did_you_mean,
    fact_name,
    operator_left,
    protect_between,
    rewrite,
)
from supportloop.core.policy.vocabulary import FACTS

POLICY_SUFFIX = ".policy"
_CATEGORY = re.compile(r"^[a-z][a-z0-9_]*$")
_CONDITION = re.compile(
    r"^(?P<fact>[A-Za-z_][A-Za-z0-9_]*)\s+"
    r"(?P<op>is\s+not|is\s+at\s+most|is\s+at\s+least|is\s+more\s+than|is\s+less\s+than|"
    r"is\s+one\s+of|is)\s+(?P<value>.+)$",
    re.IGNORECASE,
)
_OPS: dict[str, Operator] = {
    "is": "is",
    "is not": "is_not",
    "is at most": "at_most",
    "is at least": "at_least",
    "is more than": "more_than",
    "is less than": "less_than",
    "is one of": "one_of",
}
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)


@dataclass
class _Draft:
    conditions: list[Condition] = field(default_factory=list)
    line: int = 0
    action: str | None = None


def _parse_value(path: Path, line: int, fact: str, op: Operator, raw: str) -> Condition:
    spec = FACTS[fact]
    text = raw.strip().rstrip(".").strip()
    if spec.type == "bool":
        if op not in ("is", "is_not") or text.lower() not in ("true", "false"):
            raise PolicyError(path, line, f"{fact} is true/false: write '{fact} is true|false'")
        return Condition(fact, op, text.lower() == "true", line)
    if spec.type == "number":
        if op == "one_of":
            raise PolicyError(path, line, f"{fact} is a number; 'is one of' needs a text fact")
        try:
            number = float(text.lstrip("$"))
        except ValueError:
            raise PolicyError(path, line, f"{fact} is a number, not {text!r}") from None
        return Condition(fact, op, number, line)
    if op not in ("is", "is_not", "one_of"):
        raise PolicyError(
            path, line, f"{fact} is text; compare it with 'is', 'is not', 'is one of'"
        )
    words = [w.strip() for w in re.split(r",|\s+or\s+", text) if w.strip()]
    for word in words:
        if spec.values and word not in spec.values:
            allowed = ", ".join(spec.values)
            raise PolicyError(path, line, f"{fact} cannot be {word!r} (one of: {allowed})")
    if op == "one_of":
        return Condition(fact, op, tuple(words), line)
    if len(words) != 1:
        raise PolicyError(path, line, f"one value expected after '{fact} is', got {text!r}")
    return Condition(fact, op, words[0], line)


def _suggestion(name: str, candidates: Iterable[str] | None = None) -> str:
    close = did_you_mean(name, candidates)
    return f" — did you mean `{close}`?" if close else ""


def _unreadable(path: Path, line: int, part: str) -> PolicyError:
    """Why a clause cannot be read, naming the closest fact to the words before its verb."""
    left = operator_left(part)
    if left is not None and fact_name(left) is None and (close := did_you_mean(left)):
        return PolicyError(
            path, line, f"cannot read condition {part!r}: unknown fact {left!r} — did you "
            f"mean `{close}`?"
        )  # fmt: skip
    return PolicyError(
        path, line, f"cannot read condition {part!r} (write '<fact> is|is at most|… <value>'; "
        "see `supportloop policy facts`)"
    )  # fmt: skip


def _parse_canonical(path: Path, line: int, part: str) -> Condition:
    match = _CONDITION.match(part)
    if not match:
        raise _unreadable(path, line, part)
    fact = match["fact"]
    if fact not in FACTS:
        raise PolicyError(
            path, line, f"unknown fact {fact!r}{_suggestion(fact)} (see `supportloop policy facts`)"
        )
    op = _OPS[" ".join(match["op"].lower().split())]
    return _parse_value(path, line, fact, op, match["value"])


def _parse_conditions(
    path: Path, line: int, text: str, errors: list[PolicyError]
) -> list[Condition]:
    """Every clause of the line; an unreadable clause is added to ``errors``, not raised."""
    conditions = []
    for raw in _AND.split(protect_between(text.strip())):
        part = raw.strip().replace("~and~", "and")
        canonical = rewrite(raw.strip()) or [part]
        for clause in canonical:
            try:
                conditions.append(_parse_canonical(path, line, clause))
            except PolicyError as error:
                errors.append(error)
    return conditions


def _action(path: Path, line: int, name: str, *, recommend_ok: bool) -> str:
    name = name.strip().rstrip(".")
    spec = ACTIONS.get(name)
    if spec is None:
        hint = _suggestion(name.replace(" ", "_"), ACTIONS)
        raise PolicyError(path, line, f"unknown action {name!r}{hint}")
    if spec.kind == "recommend" and not recommend_ok:
        raise PolicyError(path, line, f"{name!r} is for people; use it after 'recommending'")
    return name


def _version(declared: str | None, source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).hexdigest()
    return f"{declared}+{digest[:8]}" if declared else f"sha256:{digest[:12]}"


def compile_policy(source: str, path: Path | str) -> Rule:
    """The rule of one file; PolicyError (PolicyErrors when several) naming every problem."""
    path = Path(path)
    category: str | None = None
    declared: str | None = None
    trigger: str | None = None
    branches: list[Branch] = []
    current: _Draft | None = None
    otherwise: ElseClause | None = None
    errors: list[PolicyError] = []
    augment = False

    def close(draft: _Draft, line: int) -> None:
        if draft.action is None:
            errors.append(PolicyError(path, line, "a condition block needs a 'Then <action>' line"))
        branches.append(Branch(tuple(draft.conditions), draft.action or "", draft.line))

    def action_or_error(line: int, name: str, *, recommend_ok: bool) -> str:
        try:
            return _action(path, line, name, recommend_ok=recommend_ok)
        except PolicyError as error:
            errors.append(error)
            return ""

    last_line = 0
    for number, raw in enumerate(source.splitlines(), start=1):
        text = raw.strip()
        if not text or text.startswith("#"):
            continue
        last_line = number
        keyword, _, rest = text.partition(" ")
        key = keyword.lower().rstrip(":,")
        if otherwise is not None:
            errors.append(
                PolicyError(path, number, "nothing may follow the Else line (one rule per file)")
            )
            break
        if key == "category" and trigger is None:
            category = rest.strip()
        elif key == "version" and trigger is None:
            declared = rest.strip()
        elif key == "mode" and trigger is None:
            mode = rest.strip().lower()
            if mode not in ("act", "augment"):
                errors.append(
                    PolicyError(path, number, f"'Mode: {rest.strip()}': write act or augment")
                )
            augment = mode == "augment"
        elif key == "when":
            if trigger is not None:
                errors.append(
                    PolicyError(path, number, "a second 'When': one rule per category and file")
                )
                break
            trigger = rest.strip()
            if not trigger:
                errors.append(PolicyError(path, number, "'When' needs a trigger description"))
        elif trigger is None:
            errors.append(PolicyError(path, number, "a policy starts with 'When <trigger>'"))
            break
        elif key == "if":
            if current is not None or branches:
                errors.append(
                    PolicyError(path, number, "only the first condition block starts with 'If'")
                )
            if current is not None:
                close(current, number)
            current = _Draft(_parse_conditions(path, number, rest, errors), number)
        elif key == "and":
            if current is None or current.action is not None:
                errors.append(
                    PolicyError(path, number, "'And' must follow an 'If' block before 'Then'")
                )
                continue
            current.conditions.extend(_parse_conditions(path, number, rest, errors))
        elif key == "then":
            if current is None or current.action is not None:
                errors.append(
                    PolicyError(path, number, "'Then' must follow an 'If' or 'Else if' block")
                )
                continue
            # in augment mode a Then is a recommendation: any action a person may approve
            current.action = action_or_error(number, rest, recommend_ok=augment)
        elif key in ("else", "otherwise"):
            if current is None:
                errors.append(
                    PolicyError(path, number, "'Else' must follow an 'If … Then …' block")
                )
                break
            close(current, number)
            second, _, tail = rest.strip().partition(" ")
            if second.lower() == "if":
                current = _Draft(_parse_conditions(path, number, tail, errors), number)
                continue
            current = None
            otherwise = _else_clause(path, number, rest, errors, action_or_error)
        else:
            hint = _suggestion(key, ("when", "if", "and", "then", "else", "otherwise"))
            errors.append(
                PolicyError(path, number, f"unexpected line starting with {keyword!r}{hint}")
            )
    if trigger is None and not errors:
        errors.append(PolicyError(path, max(last_line, 1), "no 'When <trigger>' line"))
    if trigger is not None and (current is not None or otherwise is None):
        errors.append(PolicyError(path, max(last_line, 1), "the Else branch is mandatory"))
    category = category or path.stem
    if not _CATEGORY.match(category):
        errors.append(PolicyError(path, 1, f"category {category!r} must be lower_snake_case"))
    raise_all(errors)
    assert trigger is not None and otherwise is not None  # no error: both were read
    return Rule(
        category, trigger, tuple(branches), otherwise, _version(declared, source), source,
        str(path), augment,
    )  # fmt: skip


_ESCALATE_WORDS = re.compile(
    r"^(?:escalate|hand(?:\s+it)?\s+off|hand\s+over|pass\s+it\s+on)"
    r"(?:\s+(?:to|for)\s+(?:a\s+|an\s+|the\s+)?(?:person|human|agent|people|team|support))?"
    r"(?:\s*,?\s*(?:recommending|and\s+recommend|with\s+(?:a\s+)?recommendation(?:\s+of)?|"
    r"suggesting)\s+(?P<action>\S+))?$",
    re.IGNORECASE,
)


def _else_clause(
    path: Path,
    number: int,
    rest: str,
    errors: list[PolicyError],
    action_or_error: Callable[..., str],
) -> ElseClause:
    words = rest.strip().rstrip(".").split()
    escalate = _ESCALATE_WORDS.match(" ".join(words))
    if words and words[0].lower() == ESCALATE and not escalate:
        errors.append(PolicyError(path, number, "write 'Else escalate recommending <action>'"))
        return ElseClause(True, "human_review", number)
    if escalate:
        if escalate["action"] is None:
            return ElseClause(True, "human_review", number)
        return ElseClause(
            True, action_or_error(number, escalate["action"], recommend_ok=True), number
        )
    if len(words) == 1:
        return ElseClause(False, action_or_error(number, words[0], recommend_ok=False), number)
    errors.append(PolicyError(path, number, "write 'Else escalate …' or 'Else <action>'"))
    return ElseClause(True, "human_review", number)


class PolicySet(Mapping[str, Rule]):
    """The compiled rules, one per category."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self._rules: dict[str, Rule] = {}
        for rule in rules:
            if rule.category in self._rules:
                first = self._rules[rule.category].path
                raise PolicyError(
                    rule.path, 1, f"second rule for category {rule.category!r} (first: {first})"
                )
            self._rules[rule.category] = rule

    def __getitem__(self, category: str) -> Rule:
        return self._rules[category]

    def __iter__(self) -> Iterator[str]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)


def load_policies(directory: Path | str) -> PolicySet:
    directory = Path(directory)
    if not directory.is_dir():
        raise PolicyError(directory, 0, "policy directory does not exist")
    files = sorted(directory.glob(f"*{POLICY_SUFFIX}"))
    rules: list[Rule] = []
    errors: list[PolicyError] = []
    for file in files:
        try:
            rules.append(compile_policy(file.read_text(encoding="utf-8"), file))
        except PolicyError as error:  # keep going: every error of every file at once
            errors.append(error)
    try:
        policies = PolicySet(rules)
    except PolicyError as error:
        errors.append(error)
    raise_all(errors)
    return policies
