"""Questions are answered wherever they land.

The classifier files a shopper's question by what it is about — "do you take PayPal?" under
``billing``, "can I machine wash the sweater?" under ``sales_question`` — and those categories'
rules (if any) have nothing to do with the help centre. Here, a message that asks for
information (and for no action on the customer's own order, payment, account or subscription:
:func:`~supportloop.core.knowledge.questions.asks_for_information`) whose answer the help
centre has in the customer's language is decided by the ``policy_question`` rule instead.

It never overrides: the classifier's escalation (tier 4 always wins), a category whose own rule
tests the knowledge-base facts (``If asks_for_information is true and kb_answer_found …``: the
policy file says what to do), or a request dressed as a question ("can you refund me?"), which
keeps its category's policy. Shared by the resolver and ``supportloop triage``.
"""

from __future__ import annotations

from supportloop.core.events import Ticket
from supportloop.core.knowledge.questions import asks_for_information
from supportloop.core.policy import PolicySet, Rule
from supportloop.core.resolution import extract
from supportloop.core.resolution.facts import KB_FACTS
from supportloop.core.resolution.ports import KnowledgeSearch

# the category whose rule answers from the help centre
QUESTION_CATEGORY = "policy_question"
# An escalation for these reasons only is about the category, not the message: the classifier
# was unsure which category (the help centre's answer does not depend on it), or the category is
# tier 3 ("how do I wash the sweater?" filed as sizing_fit). Any other reason — a tier-4
# category, legal language, a request for a person, an upset customer, an injection, an
# unsupported language — keeps the escalation.
SOFT_REASONS = frozenset({"low_confidence", "tier_requires_human"})
# a complaint phrased as a question still goes to a person
NEVER_ANSWERED = frozenset({"complaint"})


def answering_rule(
    policies: PolicySet,
    kb: KnowledgeSearch,
    ticket: Ticket,
    rule: Rule | None,
    language: str = "en",
    escalated: bool = False,
    reasons: tuple[str, ...] = (),
    tier: int = 1,
) -> tuple[Rule | None, str | None]:
    """The rule to decide the ticket by, and — when the ticket is a question the help centre
    cannot answer and its category has no rule either — the question, to report as a gap.
    An escalated ticket gets the answering rule only when the escalation is soft (see
    ``SOFT_REASONS``); otherwise ``rule`` comes back and the caller escalates as before."""
    answering = policies.get(QUESTION_CATEGORY)
    if answering is None or answering is rule:
        return rule, None
    if escalated and (not reasons or set(reasons) - SOFT_REASONS or tier >= 4):
        return rule, None
    if rule is not None and rule.category in NEVER_ANSWERED:
        return rule, None
    # a Tier-3 (augment) rule's help-centre draft is for a person; a plain question in that
    # category is still answered like any question
    if rule is not None and not rule.augment and KB_FACTS & set(rule.facts_used):
        return rule, None
    if not asks_for_information(ticket.text):
        return rule, None
    question = extract.question_of(ticket.body)
    match = kb.search(question, language)
    if match is not None and match.found:
        return answering, None
    return rule, (question if rule is None and not escalated else None)
