"""Decide a ticket without acting: classifier verdict → policy branch → action and reply.

Mirrors the resolver's decision order (no policy → classifier escalation → policy → VIP
guard → reply template) but never calls an effect, so it is safe over read-only connectors.
Pure over the resolution ports: no HTTP, no Kafka.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from string import Formatter
from typing import Literal

from supportloop.core.classification import Verdict
from supportloop.core.events import FactValue, Ticket
from supportloop.core.policy import ACTIONS, Decision, PolicySet, decide
from supportloop.core.policy.model import ConditionResult, Rule
from supportloop.core.replies.catalog import Replies
from supportloop.core.resolution.answering import QUESTION_CATEGORY, answering_rule
from supportloop.core.resolution.facts import (
    ACCOUNT_FACTS,
    ORDER_FACTS,
    SUBSCRIPTION_FACTS,
    FactGatherer,
)
from supportloop.core.resolution.scope_guard import scoped_recommendation
from supportloop.core.resolution.workflow import escalation_reason
from supportloop.errors import ConnectorError

Kind = Literal["clean", "policy_work", "human"]
KIND_LABELS: dict[Kind, str] = {
    "clean": "automates cleanly today",
    "policy_work": "needs policy work",
    "human": "needs a human",
}
# Reply placeholders that only exist once the effect has run (the resolver adds them from the
# effect's result): a preview shows them as placeholders instead of counting them missing.
FILLED_AFTER_EFFECT = frozenset({"return_label_url"})
ELSE_BRANCH = "else"


@dataclass(frozen=True)
class Evaluation:
    kind: Kind
    reason: str  # why: the action's kind for clean, else the escalation reason
    action: str | None  # the action taken (clean) or recommended to a person
    branch: str | None  # "1", "2"… (the If/Else-if block taken) or "else"
    reply: str = ""
    details: tuple[str, ...] = ()
    missing_facts: tuple[str, ...] = ()
    blocking: tuple[str, ...] = ()  # the nearest misses' failed conditions
    # (``details`` repeats them with the actual values, for people)
    rule_version: str | None = None
    # what the ticket lacks for a lookup ("order lookup needed: no order number given …") and
    # what the policy would do once it is there
    needs: tuple[str, ...] = ()
    once_given: str = ""

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]


def lookups_needed(ticket: Ticket, facts: dict[str, FactValue], rule: Rule) -> tuple[str, ...]:
    """The lookups the policy needs that this ticket's text and customer block cannot feed."""
    used = set(rule.facts_used)
    email = ticket.customer.email
    needs: list[str] = []
    if used & ORDER_FACTS and not facts.get("order_reference_given"):
        if email is None:
            needs.append(
                "order lookup needed: no order number given, and no customer e-mail to find "
                "the order by"
            )
        elif facts.get("order_found") is False:
            needs.append(f"order lookup needed: no order number given, none found for {email}")
    elif used & ORDER_FACTS and email is None and facts.get("order_found"):
        needs.append(
            f"customer e-mail needed: order {facts.get('order_name')} cannot be checked "
            "to belong to the customer"
        )
    if used & SUBSCRIPTION_FACTS and email is None:
        needs.append("subscription lookup needed: no customer e-mail given")
    if used & ACCOUNT_FACTS and email is None:
        needs.append("account lookup needed: no customer e-mail given")
    return tuple(needs)


def once_given(rule: Rule) -> str:
    """What the rule does once the facts are there, in one line."""
    otherwise = rule.otherwise
    fallback = (
        f"else escalate recommending {otherwise.action}"
        if otherwise.escalate
        else f"else {otherwise.action}"
    )
    if len(rule.branches) == 1:
        branch = rule.branches[0]
        conditions = " and ".join(str(c) for c in branch.conditions)
        return f"once given: {branch.action} if {conditions}; {fallback}"
    actions = list(dict.fromkeys(b.action for b in rule.branches))
    listed = ", ".join(actions[:-1]) + f" or {actions[-1]}" if len(actions) > 1 else actions[0]
    return f"once given: {listed} by the rule's conditions; {fallback}"


def preview_reply(template: str, facts: dict[str, FactValue]) -> tuple[str, tuple[str, ...]]:
    """The reply with every known fact filled in, and the placeholders no fact fills."""
    names = [f for _, f, _, _ in Formatter().parse(template) if f]
    missing = tuple(
        dict.fromkeys(
            n for n in names if facts.get(n) in (None, "") and n not in FILLED_AFTER_EFFECT
        )
    )
    values = {n: facts[n] if facts.get(n) not in (None, "") else "{" + n + "}" for n in names}
    return template.format_map(values), missing


def _branch(decision: Decision) -> str:
    taken = [b.index for b in decision.trace if b.taken]
    return str(taken[0] + 1) if taken else ELSE_BRANCH


def nearest_misses(decision: Decision) -> tuple[ConditionResult, ...]:
    """The failed condition of the branch(es) not taken that got furthest: the condition to
    change (or the fact to provide) for the policy to act. Earlier branches that fail on the
    condition choosing between branches (e.g. which subscription change) are not blockers."""
    missed = [b for b in decision.trace if not b.taken and b.results]
    if not missed:
        return ()
    furthest = max(sum(r.passed for r in b.results) for b in missed)
    return tuple(b.results[-1] for b in missed if sum(r.passed for r in b.results) == furthest)


def _human(verdict: Verdict) -> Evaluation:
    reason = verdict.reasons[0] if verdict.reasons else "classifier_escalated"
    details = (f"tier {verdict.tier}", *verdict.reasons)
    return Evaluation("human", reason, "human_review", None, details=details)


class PolicyEvaluator:
    """Evaluate the category's policy against facts read through the (read-only) ports."""

    def __init__(
        self, policies: PolicySet, gatherer: FactGatherer, replies: Replies | None = None
    ) -> None:
        self.policies = policies
        self.gatherer = gatherer
        self.replies = replies

    async def evaluate(self, ticket: Ticket, verdict: Verdict) -> Evaluation:
        rule, _ = answering_rule(
            self.policies,
            self.gatherer.kb,
            ticket,
            self.policies.get(verdict.category),
            verdict.language,
            verdict.escalate,
            verdict.reasons,
            verdict.tier,
        )
        if verdict.escalate and (rule is None or rule.category != QUESTION_CATEGORY):
            return _human(verdict)
        if rule is None:
            return Evaluation(
                "policy_work",
                "no_policy",
                None,
                None,
                details=(f"no rule for category {verdict.category}",),
            )
        try:
            sheet = await self.gatherer.gather(ticket, rule.facts_used, verdict.language)
        except ConnectorError as error:
            return Evaluation("human", "connector_error", None, None, details=(str(error),))
        facts = sheet.facts
        decision = decide(rule, facts)
        # a hand-off recommends the named items' action (and its amount), as the resolver's
        action = (
            scoped_recommendation(decision.action, facts) if decision.escalate else decision.action
        )
        spec = ACTIONS[action]
        reply, unfilled = preview_reply(spec.template, facts)
        rendered = self.replies.render(action, facts, verdict.language) if self.replies else None
        if rendered is not None:
            reply = rendered.text  # the brand's template in the customer's language, as sent
        failed = nearest_misses(decision)
        blocking = tuple(dict.fromkeys(c.condition for c in failed))
        shown = tuple(f"{c.condition} (actual: {c.actual!r})" for c in failed)
        found = Evaluation(
            kind="clean",
            reason=spec.kind,
            action=action,
            branch=_branch(decision),
            reply=reply,
            missing_facts=decision.missing_facts,
            blocking=blocking,
            rule_version=decision.rule_version,
        )
        if decision.escalate:
            needs = lookups_needed(ticket, facts, rule)
            details = needs + shown + tuple(f"missing fact: {n}" for n in decision.missing_facts)
            return replace(
                found,
                kind="policy_work",
                reason="lookup_needed" if needs else escalation_reason(decision, facts),
                reply="" if unfilled else reply,  # a person's draft only when complete
                details=tuple(dict.fromkeys(details)),
                needs=needs,
                once_given=once_given(rule) if needs else "",
            )
        customer = ticket.customer
        if customer.vip and not customer.automation_opt_in:
            return replace(
                found, kind="human", reason="vip_customer", details=("VIP without opt-in",)
            )
        if unfilled:
            return replace(
                found,
                kind="policy_work",
                reason="facts_missing",
                details=tuple(f"reply needs {n}" for n in unfilled),
                missing_facts=tuple(dict.fromkeys(decision.missing_facts + unfilled)),
            )
        return found
