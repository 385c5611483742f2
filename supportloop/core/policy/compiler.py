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
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from supportloop.core.policy.actions import ACTIONS, ESCALATE
from supportloop.core.policy.errors import PolicyError
from supportloop.core.policy.model import Branch, Condition, ElseClause, Operator, Rule
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


def _parse_conditions(path: Path, line: int, text: str) -> list[Condition]:
    conditions = []
    for part in _AND.split(text.strip()):
        match = _CONDITION.match(part.strip())
        if not match:
            raise PolicyError(path, line, f"cannot read condition {part.strip()!r}")
        fact = match["fact"]
        if fact not in FACTS:
            raise PolicyError(path, line, f"unknown fact {fact!r} (see `supportloop policy facts`)")
        op = _OPS[" ".join(match["op"].lower().split())]
        conditions.append(_parse_value(path, line, fact, op, match["value"]))
    return conditions


def _action(path: Path, line: int, name: str, *, recommend_ok: bool) -> str:
    name = name.strip().rstrip(".")
    spec = ACTIONS.get(name)
    if spec is None:
        raise PolicyError(path, line, f"unknown action {name!r}")
    if spec.kind == "recommend" and not recommend_ok:
        raise PolicyError(path, line, f"{name!r} is for people; use it after 'recommending'")
    return name


def _version(declared: str | None, source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).hexdigest()
    return f"{declared}+{digest[:8]}" if declared else f"sha256:{digest[:12]}"


def compile_policy(source: str, path: Path | str) -> Rule:
    path = Path(path)
    category: str | None = None
    declared: str | None = None
    trigger: str | None = None
    branches: list[Branch] = []
    current: _Draft | None = None
    otherwise: ElseClause | None = None

    def close(draft: _Draft, line: int) -> None:
        if draft.action is None:
            raise PolicyError(path, line, "a condition block needs a 'Then <action>' line")
        branches.append(Branch(tuple(draft.conditions), draft.action, draft.line))

    last_line = 0
    for number, raw in enumerate(source.splitlines(), start=1):
        text = raw.strip()
        if not text or text.startswith("#"):
            continue
        last_line = number
        keyword, _, rest = text.partition(" ")
        key = keyword.lower().rstrip(":")
        if otherwise is not None:
            raise PolicyError(path, number, "nothing may follow the Else line (one rule per file)")
        if key == "category" and trigger is None:
            category = rest.strip()
        elif key == "version" and trigger is None:
            declared = rest.strip()
        elif key == "when":
            if trigger is not None:
                raise PolicyError(path, number, "a second 'When': one rule per category and file")
            trigger = rest.strip()
            if not trigger:
                raise PolicyError(path, number, "'When' needs a trigger description")
        elif trigger is None:
            raise PolicyError(path, number, "a policy starts with 'When <trigger>'")
        elif key == "if":
            if current is not None or branches:
                raise PolicyError(path, number, "only the first condition block starts with 'If'")
            current = _Draft(_parse_conditions(path, number, rest), number)
        elif key == "and":
            if current is None or current.action is not None:
                raise PolicyError(path, number, "'And' must follow an 'If' block before 'Then'")
            current.conditions.extend(_parse_conditions(path, number, rest))
        elif key == "then":
            if current is None or current.action is not None:
                raise PolicyError(path, number, "'Then' must follow an 'If' or 'Else if' block")
            current.action = _action(path, number, rest, recommend_ok=False)
        elif key in ("else", "otherwise"):
            if current is None:
                raise PolicyError(path, number, "'Else' must follow an 'If … Then …' block")
            close(current, number)
            second, _, tail = rest.strip().partition(" ")
            if second.lower() == "if":
                current = _Draft(_parse_conditions(path, number, tail), number)
                continue
            current = None
            words = rest.strip().rstrip(".").split()
            if words and words[0].lower() == ESCALATE:
                if len(words) == 1:
                    otherwise = ElseClause(True, "human_review", number)
                elif len(words) == 3 and words[1].lower() == "recommending":
                    action = _action(path, number, words[2], recommend_ok=True)
                    otherwise = ElseClause(True, action, number)
                else:
                    raise PolicyError(path, number, "write 'Else escalate recommending <action>'")
            elif len(words) == 1:
                otherwise = ElseClause(
                    False, _action(path, number, words[0], recommend_ok=False), number
                )
            else:
                raise PolicyError(path, number, "write 'Else escalate …' or 'Else <action>'")
        else:
            raise PolicyError(path, number, f"unexpected line starting with {keyword!r}")
    if trigger is None:
        raise PolicyError(path, max(last_line, 1), "no 'When <trigger>' line")
    if current is not None or otherwise is None:
        raise PolicyError(path, max(last_line, 1), "the Else branch is mandatory")
    category = category or path.stem
    if not _CATEGORY.match(category):
        raise PolicyError(path, 1, f"category {category!r} must be lower_snake_case")
    return Rule(
        category, trigger, tuple(branches), otherwise, _version(declared, source), source, str(path)
    )


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
    return PolicySet(compile_policy(f.read_text(encoding="utf-8"), f) for f in files)
