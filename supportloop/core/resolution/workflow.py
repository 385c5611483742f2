"""The resolver's orchestration: look up → decide → act → verify → reply, or escalate.

Pure over its ports: no Kafka, no HTTP. Returns the events to publish: exactly one
TicketResolved or TicketEscalated, plus a KnowledgeGapFound when the knowledge base had no
good answer.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from string import Formatter
from typing import Any, Literal

from supportloop.core.events import (
    ActionTaken,
    EventBase,
    FactValue,
    KnowledgeGapFound,
    TicketClassified,
    TicketEscalated,
    TicketResolved,
    derive_event_id,
)
from supportloop.core.policy import ACTIONS, Decision, PolicySet, Rule, decide
from supportloop.core.resolution.effects import EFFECTS, Ports, perform
from supportloop.core.resolution.facts import ORDER_FACTS, FactGatherer, FactSheet
from supportloop.core.resolution.ports import (
    Accounts,
    Clock,
    Commerce,
    EffectLedger,
    Helpdesk,
    KnowledgeSearch,
    Subscriptions,
    SystemClock,
)
from supportloop.errors import ConnectorError

Mode = Literal["off", "shadow", "live", "paused"]
STAGE_RESOLVED = "resolved"
STAGE_ESCALATED = "escalated"
STAGE_KB_GAP = "kb_gap"
log = logging.getLogger(__name__)


def render(template: str, facts: dict[str, FactValue]) -> str | None:
    """Fill a template from looked-up facts; None when a fact it needs is missing."""
    names = [f for _, f, _, _ in Formatter().parse(template) if f]
    if any(facts.get(name) in (None, "") for name in names):
        return None
    return template.format_map({name: facts[name] for name in names})


_TARGETS = ("line_item", "address", "swap_product")


def _targets(sheet: FactSheet) -> dict[str, Any]:
    """What the effect acts on and the reply quotes, kept with the decision: after the effect
    the shop's state has changed (the removed item is no longer on the order), so a
    redelivered ticket must not look its target up again."""
    return {"facts": dict(sheet.facts), **{name: getattr(sheet, name) for name in _TARGETS}}


def _restore_targets(sheet: FactSheet, prior: dict[str, Any]) -> None:
    if "facts" not in prior:  # recorded before targets were kept
        return
    sheet.facts = dict(prior["facts"])
    for name in _TARGETS:
        setattr(sheet, name, prior.get(name))


def escalation_reason(decision: Decision, facts: dict[str, FactValue]) -> str:
    if facts.get("order_reference_given") and facts.get("order_found") is False:
        return "unknown_order"
    if decision.category == "policy_question" and "kb_match_score" in facts:
        return "kb_no_answer"
    if decision.missing_facts:
        return "facts_missing"
    return "out_of_policy"


def _details(decision: Decision) -> tuple[str, ...]:
    details = [f"{c.condition} (actual: {c.actual!r})" for c in decision.blocking_conditions]
    details += [f"missing fact: {name}" for name in decision.missing_facts]
    return tuple(dict.fromkeys(details))


@dataclass
class _Context:
    classified: TicketClassified
    mode: Mode
    sheet: FactSheet
    decision: Decision | None = None


class ResolutionWorkflow:
    def __init__(
        self,
        policies: PolicySet,
        commerce: Commerce,
        helpdesk: Helpdesk,
        subscriptions: Subscriptions,
        accounts: Accounts,
        kb: KnowledgeSearch,
        ledger: EffectLedger,
        clock: Clock | None = None,
    ) -> None:
        self.policies = policies
        self.ports = Ports(commerce, helpdesk, subscriptions, accounts)
        self.gatherer = FactGatherer(commerce, subscriptions, accounts, kb)
        self.ledger = ledger
        self.clock = clock or SystemClock()

    async def handle(self, classified: TicketClassified, mode: Mode) -> list[EventBase]:
        ctx = _Context(classified, mode, FactSheet())
        try:
            return await self._handle(ctx)
        except ConnectorError as error:
            return [self._escalate(ctx, "connector_error", (str(error),))]
        except Exception as error:  # one bad ticket must never stop the resolver
            log.exception("resolver failed on ticket %s", classified.ticket_id)
            return [self._escalate(ctx, "resolver_error", (f"{type(error).__name__}: {error}",))]

    async def _handle(self, ctx: _Context) -> list[EventBase]:
        classified = ctx.classified
        rule = self.policies.get(classified.category)
        if rule is None:
            return [self._escalate(ctx, "no_policy", ())]
        if classified.escalate:
            return [self._escalate(ctx, "classifier_escalated", classified.reasons)]
        ctx.sheet = await self.gatherer.gather(classified.ticket, rule.facts_used)
        ctx.decision = decision = await self._decide(ctx, rule)
        customer = classified.ticket.customer
        if decision.escalate:
            reason = escalation_reason(decision, ctx.sheet.facts)
            events: list[EventBase] = [self._escalate(ctx, reason, _details(decision))]
            if reason == "kb_no_answer":
                events.append(self._knowledge_gap(ctx))
            return events
        if customer.vip and not customer.automation_opt_in:
            return [self._escalate(ctx, "vip_customer", ("VIP without automation opt-in",))]
        if ctx.mode == "off":
            return [self._escalate(ctx, "autonomy_off", ())]
        reply = render(ACTIONS[decision.action].template, ctx.sheet.facts)
        if reply is None and decision.action not in EFFECTS:
            return [self._escalate(ctx, "facts_missing", ("reply template incomplete",))]
        if ctx.mode in ("shadow", "paused"):
            return [await self._draft(ctx, reply or "")]
        return [await self._resolve_live(ctx)]

    async def _decide(self, ctx: _Context, rule: Rule) -> Decision:
        """A ticket already acted on in live mode keeps its first decision: redelivery after
        the effect must not re-read the changed state and decide differently."""
        if ctx.mode == "live":
            prior = await self.ledger.get(f"{ctx.classified.ticket_id}:decision")
            if prior is not None:
                _restore_targets(ctx.sheet, prior)
                return Decision(
                    rule.rule_id, str(prior["rule_version"]), rule.category, False,
                    str(prior["action"]), (),
                )  # fmt: skip
        return decide(rule, ctx.sheet.facts)

    # outcomes ---------------------------------------------------------------------------
    async def _draft(self, ctx: _Context, reply: str) -> EventBase:
        assert ctx.decision is not None
        ticket_id = ctx.classified.ticket_id
        note_key = f"{ticket_id}:draft_note"
        note = f"[SupportLoop draft · {ctx.decision.action} · {ctx.decision.rule_id}]\n\n{reply}"
        if await self.ledger.get(note_key) is None:
            await self.ports.helpdesk.internal_note(ticket_id, note, note_key)
            await self.ledger.record(note_key, {"action": "internal_note"})
        action = ActionTaken(
            name=ctx.decision.action,
            idempotency_key=f"{ticket_id}:{ctx.decision.action}",
            params=self._params(ctx),
            verified=False,
        )
        return self._resolved(ctx, "drafted", action, reply)

    async def _resolve_live(self, ctx: _Context) -> EventBase:
        assert ctx.decision is not None
        ticket_id = ctx.classified.ticket_id
        name = ctx.decision.action
        key = f"{ticket_id}:{name}"
        params = self._params(ctx)
        result: dict[str, FactValue] = {}
        verified = True
        await self.ledger.record(
            f"{ticket_id}:decision",
            {
                "action": name,
                "rule_version": ctx.decision.rule_version,
                **_targets(ctx.sheet),
            },
        )
        if name in EFFECTS:
            recorded = await self.ledger.get(key)
            outcome = await perform(
                name, self.ports, ctx.sheet, ticket_id, key, recorded is not None
            )
            if not outcome.verified:
                return self._escalate(
                    ctx, "verification_failed", (f"{name} not visible after acting",)
                )
            params, result, verified = outcome.params, outcome.result, outcome.verified
            if recorded is not None:  # redelivery: report what was done the first time
                params, result = dict(recorded["params"]), dict(recorded["result"])
            else:
                await self.ledger.record(key, {"params": params, "result": result})
            if "label_url" in result:
                ctx.sheet.facts["return_label_url"] = result["label_url"]
        reply_key = f"{ticket_id}:reply"
        sent = await self.ledger.get(reply_key)
        reply = str(sent["body"]) if sent else render(ACTIONS[name].template, ctx.sheet.facts)
        if reply is None:
            return self._escalate(ctx, "facts_missing", ("reply template incomplete",))
        if sent is None:
            await self.ports.helpdesk.public_reply(ticket_id, reply, reply_key)
            await self.ledger.record(reply_key, {"body": reply})
        action = ActionTaken(
            name=name, idempotency_key=key, params=params, verified=verified, result=result
        )
        return self._resolved(ctx, "resolved", action, reply)

    def _params(self, ctx: _Context) -> dict[str, FactValue]:
        assert ctx.decision is not None
        effect = EFFECTS.get(ctx.decision.action)
        if effect is None:
            order_id = ctx.sheet.facts.get("order_id")
            return {"order_id": order_id} if order_id else {}
        return effect.params(ctx.sheet)

    def _resolved(
        self,
        ctx: _Context,
        outcome: Literal["resolved", "drafted"],
        action: ActionTaken,
        reply: str,
    ) -> TicketResolved:
        assert ctx.decision is not None
        classified = ctx.classified
        latency = (self.clock.now() - classified.received_at).total_seconds() * 1000
        mode: Literal["live", "shadow", "paused"] = (
            "live" if ctx.mode == "live" else ("paused" if ctx.mode == "paused" else "shadow")
        )
        return TicketResolved(
            event_id=derive_event_id(classified.ticket_id, STAGE_RESOLVED),
            ticket_id=classified.ticket_id,
            category=classified.category,
            mode=mode,
            outcome=outcome,
            action=action,
            reply=reply,
            rule_id=ctx.decision.rule_id,
            rule_version=ctx.decision.rule_version,
            received_at=classified.received_at,
            latency_ms=max(latency, 0.0),
        )

    def _escalate(self, ctx: _Context, reason: str, details: tuple[str, ...]) -> TicketEscalated:
        classified = ctx.classified
        decision = ctx.decision
        recommended = decision.action if decision else "human_review"
        draft = render(ACTIONS[recommended].template, ctx.sheet.facts) if decision else None
        facts = {k: v for k, v in ctx.sheet.facts.items() if k in _EVENT_FACTS}
        if decision is not None:
            facts["rule_version"] = decision.rule_version
        return TicketEscalated(
            event_id=derive_event_id(classified.ticket_id, STAGE_ESCALATED),
            ticket_id=classified.ticket_id,
            category=classified.category,
            tier=classified.tier,
            stage="resolver",
            reason=reason,
            reasons=details,
            recommended_action=recommended,
            draft_reply=draft or "",
            facts=facts,
            customer_vip=classified.ticket.customer.vip,
            received_at=classified.received_at,
        )

    def _knowledge_gap(self, ctx: _Context) -> KnowledgeGapFound:
        question = ctx.sheet.kb_question or ctx.classified.ticket.text
        return KnowledgeGapFound(
            event_id=derive_event_id(ctx.classified.ticket_id, STAGE_KB_GAP),
            ticket_id=ctx.classified.ticket_id,
            category=ctx.classified.category,
            question=question[:2000],
        )


_EVENT_FACTS = frozenset(
    set(ORDER_FACTS)
    | {
        "customer_vip", "automation_opt_in", "order_id", "order_name", "subscription_id",
        "subscription_found", "subscription_status", "requested_subscription_change",
        "swap_product_found", "requested_frequency_weeks", "account_found",
        "requested_account_action", "new_email_provided", "new_email_available",
        "kb_match_score", "tracking_number", "carrier",
    }
)  # fmt: skip
