"""``supportloop replies check``: every enabled locale answers every replying action, every
placeholder is a fact the action's policy provides, and every template renders."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from jinja2 import meta, nodes

from supportloop.core.policy import ACTIONS, Rule
from supportloop.core.replies.catalog import (
    GLOBALS,
    PARTIAL_PREFIX,
    TEMPLATE_SUFFIX,
    ReplyCatalog,
    ReplyError,
)
from supportloop.core.replies.facts import BASE_FACTS, SAMPLE_FACTS, facts_for_action


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def replying_actions() -> tuple[str, ...]:
    return tuple(name for name, spec in ACTIONS.items() if spec.template)


def _variables(catalog: ReplyCatalog, name: str, seen: set[str]) -> dict[str, int]:
    """Undeclared names of a template and the partials it includes, each with the line
    (in ``name``) where it is first used."""
    if name in seen or name not in catalog.templates:
        return {}
    seen.add(name)
    tree = catalog.env.parse(catalog.templates[name], name=name)
    found: dict[str, int] = {}
    undeclared = meta.find_undeclared_variables(tree) - GLOBALS
    for node in tree.find_all(nodes.Name):
        if node.name in undeclared and node.name not in found:
            found[node.name] = node.lineno
    for included in meta.find_referenced_templates(tree):
        if included is None:
            continue
        joined = catalog.env.join_path(included, name)
        for var, _ in _variables(catalog, joined, seen).items():
            found.setdefault(var, 0)
    return found


def _split(name: str) -> tuple[str, str]:
    locale, _, file = name.partition("/")
    return locale, file.removesuffix(TEMPLATE_SUFFIX)


def check_replies(catalog: ReplyCatalog, rules: Iterable[Rule]) -> list[Problem]:
    rules = list(rules)
    problems: list[Problem] = []
    actions = replying_actions()
    brand = catalog.brand
    for locale in brand.enabled_locales:
        for action in actions:
            if not catalog.has(locale, action):
                path = catalog.name(locale, action)
                problems.append(Problem(path, 0, f"missing: {locale} has no reply for {action}"))
    for name in sorted(catalog.templates):
        locale, file = _split(name)
        if not name.endswith(TEMPLATE_SUFFIX) or not file:
            problems.append(Problem(name, 0, f"not a <locale>/<action>{TEMPLATE_SUFFIX} file"))
            continue
        is_partial = file.startswith(PARTIAL_PREFIX)
        if not is_partial and file not in ACTIONS:
            problems.append(Problem(name, 0, f"no action named {file!r}"))
            continue
        if not is_partial and not ACTIONS[file].template:
            problems.append(Problem(name, 0, f"{file} is a recommendation: it never replies"))
            continue
        allowed = BASE_FACTS if is_partial else facts_for_action(file, rules)
        variables = _variables(catalog, name, set())
        for var, line in sorted(variables.items(), key=lambda item: (item[1], item[0])):
            if var not in allowed:
                whose = "a partial (any action)" if is_partial else f"{file}'s policy"
                problems.append(
                    Problem(name, line, f"unknown placeholder {var!r}: not a fact {whose} provides")
                )
        if is_partial or any(var not in allowed for var in variables):
            continue
        sample = {k: v for k, v in SAMPLE_FACTS.items() if k in allowed}
        try:
            text = catalog.render_in(locale, file, sample)
        except ReplyError as error:
            problems.append(Problem(name, error.line, f"does not render: {error.message}"))
            continue
        if text is None:
            problems.append(Problem(name, 0, "does not render with sample facts"))
        elif not text.strip():
            problems.append(Problem(name, 0, "renders to an empty reply"))
    return problems
