"""Policies: plain-English When/If/Then/Else rules compiled to deterministic decisions."""

from supportloop.core.policy.actions import ACTIONS, ActionSpec
from supportloop.core.policy.compiler import PolicySet, compile_policy, load_policies
from supportloop.core.policy.errors import PolicyError
from supportloop.core.policy.model import Decision, Rule, decide
from supportloop.core.policy.vocabulary import FACTS, FactSpec, describe_vocabulary

__all__ = [
    "ACTIONS",
    "FACTS",
    "ActionSpec",
    "Decision",
    "FactSpec",
    "PolicyError",
    "PolicySet",
    "Rule",
    "compile_policy",
    "decide",
    "describe_vocabulary",
    "load_policies",
]
