"""Optional: ask Claude to rewrite free-form English into the canonical policy form.

The draft is only ever saved for a person to review and commit; it is compiled to show
whether it is usable, and a model is never consulted when a ticket is decided.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from supportloop.core.policy.actions import ACTIONS
from supportloop.core.policy.compiler import compile_policy
from supportloop.core.policy.errors import PolicyError
from supportloop.core.policy.vocabulary import describe_vocabulary

DEFAULT_MODEL = "claude-sonnet-4-5"


@dataclass(frozen=True)
class PolicyDraft:
    text: str
    path: Path
    error: PolicyError | None


def _prompt(english: str, category: str) -> str:
    actions = "\n".join(f"{a.name:30} {a.kind:9} {a.description}" for a in ACTIONS.values())
    return (
        "Rewrite this support policy in the canonical form below. Output only the policy.\n"
        "Form: 'Category: <c>', 'When <trigger>', 'If <fact> <op> <value>', 'And …', "
        "'Then <action>', optional 'Else if … / Then …', and last 'Else escalate recommending "
        "<action>'. Ops: is, is not, is at most, is at least, is more than, is less than, "
        "is one of.\n"
        f"Facts:\n{describe_vocabulary()}\nActions:\n{actions}\n"
        f"Category: {category}\nPolicy in free English:\n{english}"
    )


def draft_policy(
    english: str, category: str, client: Any, out: Path, model: str = DEFAULT_MODEL
) -> PolicyDraft:
    """``client`` is an ``anthropic.Anthropic``; the draft is written to ``out`` either way."""
    message = client.messages.create(
        model=model,
        max_tokens=1024,
        messages=[{"role": "user", "content": _prompt(english, category)}],
    )
    text = "".join(getattr(block, "text", "") for block in message.content).strip()
    text = text.removeprefix("```").removesuffix("```").strip() + "\n"
    if not text.lower().startswith("category:"):
        text = f"Category: {category}\n{text}"
    header = "# DRAFT written by a language model from free English. Review before use.\n"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(header + text, encoding="utf-8")
    try:
        compile_policy(header + text, out)
    except PolicyError as error:
        return PolicyDraft(text, out, error)
    return PolicyDraft(text, out, None)
