"""The resolver's orchestration: look up → decide → act → verify → reply, or escalate.

Pure over its ports: no Kafka, no HTTP. Returns the events to publish: exactly one
TicketResolved or TicketEscalated, plus a KnowledgeGapFound when the knowledge base had no
good answer.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from string import Formatter
from typing import Any, Literal

from supportloop.core.audit_comments import has_comment, replied_this_turn
from supportloop.core.events import (
    ActionTaken,
    EventBase,
    FactValue,
    IdStage,
    KnowledgeGapFound,
    Mode,
    Ticket,
    TicketClassified,
    TicketEscalated,
    TicketResolved,
    derive_event_id,
)
from supportloop.core.policy import Decision, PolicySet, Rule, decide
from supportloop.core.replies import LegacyReplies, RenderedReply, Replies, ReplyPolisher
from supportloop.core.resolution import extract
from supportloop.core.resolution.answering import QUESTION_CATEGORY, answering_rule
from supportloop.core.resolution.customer_context import ai_reply_tags, history_facts
from supportloop.core.resolution.effects import EFFECTS, Ports, perform
from supportloop.core.resolution.execution import DecidedAction, Execution, changed_facts
from supportloop.core.resolution.extract import order_reference
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
    TicketHistory,
)
from supportloop.core.resolution.scope_guard import scope_violation, scoped_recommendation
from supportloop.core.routing import HANDOFF_TAG, reason_bases, recommended_action_for
from supportloop.errors import ConnectorError, raised_at

log = logging.getLogger(__name__)
REPLY_AUDIT_PAGES = 3  # audit pages read to see whether a reply is already on the ticket
AUGMENT_REVIEW = "augment_review"  # a Tier-3 (Mode: augment) policy's recommendation
ACKNOWLEDGE = "acknowledge_and_review"  # the draft when nothing more specific renders
# Hand-offs that get the facts and no draft: nothing that follows the message's content.
SUSPICIOUS = "suspicious_instructions"  # a message that tries to instruct the AI
UPSET = "upset_customer"  # the classifier read the customer as upset
NO_DRAFT_REASONS = frozenset({"legal", "business_inquiry", SUSPICIOUS})
HELP_PASSAGE_CHARS = 400


def no_draft(classified: TicketClassified) -> bool:
    """A legal or business inquiry, or a message that tries to instruct the AI: the person
    gets the facts and no draft (nothing that follows the message's content)."""
    return bool(reason_bases(classified.reasons) & NO_DRAFT_REASONS) or (
        classified.category in NO_DRAFT_REASONS
    )


def names_an_order(ticket: Ticket) -> bool:
    return bool(ticket.order_id or order_reference(ticket.text))


def render(template: str, facts: dict[str, FactValue]) -> str | None:
    """Fill a template from looked-up facts; None when a fact it needs is missing."""
    names = [f for _, f, _, _ in Formatter().parse(template) if f]
    if any(facts.get(name) in (None, "") for name in names):
        return None
    return template.format_map({name: facts[name] for name in names})


_TARGETS = ("line_item", "address", "swap_product", "lines")


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
    thread: dict[str, FactValue]
    decision: Decision | None = None
    redelivered: bool = False  # this turn's decision was already in the ledger


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
        *,
        replies: Replies | None = None,
        polisher: ReplyPolisher | None = None,
        history: TicketHistory | None = None,
        handoff_tag: str = HANDOFF_TAG,
    ) -> None:
        """``replies``: the brand's templates (``adapters.replies.load_replies``); without
        them the English strings of ``core/policy/actions.py``. ``polisher``: the optional
        model rewrite, guarded (``core/replies/guard.py``). ``history``: the customer's other
        tickets on the helpdesk, for hand-offs (``handoff_tag`` marks the ones handed off)."""
        self.policies = policies
        self.replies: Replies = replies or LegacyReplies()
        self.polisher = polisher
        self.ports = Ports(commerce, helpdesk, subscriptions, accounts)
        self.gatherer = FactGatherer(commerce, subscriptions, accounts, kb)
        self.ledger = ledger
        self.clock = clock or SystemClock()
        self.history = history
        self.handoff_tag = handoff_tag

    async def handle(
        self,
        classified: TicketClassified,
        mode: Mode,
        thread: Mapping[str, FactValue] | None = None,
    ) -> list[EventBase]:
        """``thread``: facts about the conversation so far (``Thread.facts``), for policies."""
        ctx = _Context(classified, mode, FactSheet(), dict(thread or {}))
        try:
            events = await self._handle(ctx)
        except ConnectorError as error:
            return [self._escalate(ctx, "connector_error", (str(error),))]
        except Exception as error:  # one bad ticket must never stop the resolver
            # The type and the place only: the message (and a traceback's) may quote the ticket.
            log.error(
                "resolver failed on ticket %s (event %s): %s at %s",
                classified.ticket_id,
                classified.event_id,
                type(error).__name__,
                raised_at(error),
            )
            return [self._escalate(ctx, "resolver_error", (f"{type(error).__name__}: {error}",))]
        return [
            await self._with_context(ctx, event) if isinstance(event, TicketEscalated) else event
            for event in events
        ]

    async def _with_context(self, ctx: _Context, escalated: TicketEscalated) -> TicketEscalated:
        """What a person needs beyond the order: the help centre's passage on the question
        (never for a message that tries to instruct the AI: nothing follows its content) and
        the customer's other tickets with what SupportLoop did on them."""
        classified = ctx.classified
        facts: dict[str, FactValue] = {}
        if SUSPICIOUS not in reason_bases(classified.reasons):
            match = (
                ctx.sheet.kb_match  # the policy's own search of the same question
                if "kb_match_score" in ctx.sheet.facts
                else self.gatherer.kb.search(
                    extract.question_of(classified.ticket.body), classified.language
                )
            )
            if match is not None and match.found:
                facts["help_article"] = match.passage.citation
                facts["help_passage"] = " ".join(match.passage.text.split())[:HELP_PASSAGE_CHARS]
        if self.history is not None:
            facts.update(await self._customer_history(classified.ticket_id))
        if not facts:
            return escalated
        return escalated.model_copy(update={"facts": {**escalated.facts, **facts}})

    async def _customer_history(self, ticket_id: str) -> dict[str, FactValue]:
        assert self.history is not None
        try:
            ticket = await self.ports.helpdesk.get_ticket(ticket_id)
            requester = (ticket or {}).get("requester_id")
            if requester is None:
                return {}
            tickets = await self.history.requested_tickets(str(requester))
        except ConnectorError as error:
            return {"customer_ticket_history": f"not looked up ({type(error).__name__})"}
        return history_facts(tickets, ticket_id, self.handoff_tag)

    async def _handle(self, ctx: _Context) -> list[EventBase]:
        classified = ctx.classified
        rule, unanswered = answering_rule(
            self.policies,
            self.gatherer.kb,
            classified.ticket,
            self.policies.get(classified.category),
            classified.language,
            classified.escalate,
            classified.reasons,
            classified.tier,
        )
        answered = rule is not None and rule.category == QUESTION_CATEGORY
        if rule is None:
            handed = await self._hand_off(ctx, None, "no_policy", ())
            if unanswered is None:
                return [handed]
            ctx.sheet.kb_question = unanswered
            return [handed, self._knowledge_gap(ctx)]
        if classified.escalate and not answered:
            reason = classified.reasons[0] if classified.reasons else "classifier_escalated"
            return [await self._hand_off(ctx, rule, reason, classified.reasons)]
        ctx.sheet = await self.gatherer.gather(
            classified.ticket, rule.facts_used, classified.language
        )
        ctx.sheet.facts.update(ctx.thread)
        ctx.decision = decision = await self._decide(ctx, rule)
        customer = classified.ticket.customer
        if decision.escalate:
            reason = escalation_reason(decision, ctx.sheet.facts)
            if rule.augment and reason == "out_of_policy":
                reason = AUGMENT_REVIEW
            events: list[EventBase] = [self._escalate(ctx, reason, _details(decision))]
            if reason == "kb_no_answer":
                events.append(self._knowledge_gap(ctx))
            return events
        if customer.vip and not customer.automation_opt_in:
            return [self._escalate(ctx, "vip_customer", ("VIP without automation opt-in",))]
        if ctx.mode == "off":
            return [self._escalate(ctx, "autonomy_off", ())]
        rendered = self.replies.render(decision.action, ctx.sheet.facts, classified.language)
        if rendered is None and decision.action not in EFFECTS:
            return [self._escalate(ctx, "facts_missing", ("reply template incomplete",))]
        if ctx.mode in ("shadow", "paused"):
            return [await self._draft(ctx, await self._polished(rendered))]
        return [await self._resolve_live(ctx)]

    async def _decide(self, ctx: _Context, rule: Rule) -> Decision:
        """A ticket already acted on in live mode keeps its first decision: redelivery after
        the effect must not re-read the changed state and decide differently."""
        if ctx.mode == "live":
            prior = await self.ledger.get(f"{ctx.classified.turn}:decision")
            if prior is not None:
                ctx.redelivered = True
                _restore_targets(ctx.sheet, prior)
                return Decision(
                    rule.rule_id, str(prior["rule_version"]), rule.category, False,
                    str(prior["action"]), (),
                )  # fmt: skip
        return decide(rule, ctx.sheet.facts)

    async def _hand_off(
        self, ctx: _Context, rule: Rule | None, reason: str, details: tuple[str, ...]
    ) -> TicketEscalated:
        """A ticket going to a person before its policy acts (the classifier escalated it, or
        its category has no policy) still arrives with what the agent needs: the order looked
        up, and the policy's recommendation with its draft (an acknowledgement when there is
        no policy). A legal or business inquiry, or a message trying to instruct the AI, gets
        the facts and no draft: nothing that follows its content."""
        classified = ctx.classified
        ticket = classified.ticket
        used = set(rule.facts_used if rule is not None else ())
        if rule is not None or no_draft(classified) or names_an_order(ticket):
            # with no policy, the order only when the ticket names one (or it is a legal or
            # business matter): a newsletter or a pre-sale question needs no lookup
            used.add("order_found")
        ctx.sheet = await self.gatherer.gather(
            classified.ticket, tuple(sorted(used)), classified.language
        )
        ctx.sheet.facts.update(ctx.thread)
        if rule is not None:
            ctx.decision = decide(rule, ctx.sheet.facts)
        else:  # what the classifier's reasons recommend (route to legal, …) or a review
            recommended = (
                recommended_action_for(classified.reasons, classified.category, classified.tier)
                if classified.escalate
                else "human_review"
            )
            ctx.decision = Decision(
                f"handoff:{classified.category}", "0", classified.category, True, recommended, ()
            )
        return self._escalate(ctx, reason, details)

    # outcomes ---------------------------------------------------------------------------
    async def _polished(self, rendered: RenderedReply | None) -> RenderedReply | None:
        if rendered is None or self.polisher is None:
            return rendered
        return await self.polisher.polish(rendered)

    async def _draft(self, ctx: _Context, rendered: RenderedReply | None) -> EventBase:
        assert ctx.decision is not None
        reply = rendered.text if rendered else ""
        ticket_id = ctx.classified.ticket_id
        note_key = f"{ctx.classified.turn}:draft_note"
        note = f"[SupportLoop draft · {ctx.decision.action} · {ctx.decision.rule_id}]\n\n{reply}"
        if rendered is not None and rendered.fallback:
            note = f"{note}\n\n[{rendered.locale_note}]"
        if await self.ledger.get(note_key) is None:
            # no durable marker in shadow mode: the helpdesk's state is always checked (an
            # identical draft already on the ticket tells the agents nothing new)
            if not await self._reply_on_ticket(ticket_id, note, public=False):
                await self.ports.helpdesk.internal_note(ticket_id, note, note_key)
            await self.ledger.record(note_key, {"action": "internal_note"})
        action = ActionTaken(
            name=ctx.decision.action,
            idempotency_key=f"{ctx.classified.turn}:{ctx.decision.action}",
            params=self._params(ctx),
            verified=False,
        )
        return self._resolved(ctx, "drafted", action, reply)

    async def _resolve_live(self, ctx: _Context) -> EventBase:
        assert ctx.decision is not None
        decision = ctx.decision
        await self.ledger.record(
            f"{ctx.classified.turn}:decision",
            {
                "action": decision.action,
                "rule_version": decision.rule_version,
                **_targets(ctx.sheet),
            },
        )
        decided = DecidedAction.by_policy(
            ctx.classified, decision.action, decision.rule_id, decision.rule_version
        )
        if ctx.redelivered:
            decided = replace(decided, redelivered=True)
        done = await self.execute(decided, ctx.sheet)
        if done.status == "unverified":
            return self._escalate(
                ctx, "verification_failed", (f"{decision.action} not visible after acting",)
            )
        if done.status == "scope_violation":
            return self._escalate(ctx, "scope_violation", (done.note,))
        if done.resolved is None:
            return self._escalate(ctx, "facts_missing", ("reply template incomplete",))
        return done.resolved

    async def execute(self, decided: DecidedAction, sheet: FactSheet | None = None) -> Execution:
        """Carry out a decided action: act, verify it took effect, reply once, and build the
        TicketResolved. A policy's decision comes with the facts it was made on; an approval
        has its facts looked up again, and they must still be what the person approved."""
        ticket_id, name = decided.ticket_id, decided.action
        rule_id, rule_version = decided.rule_id, decided.rule_version
        if sheet is None:
            rule = self.policies.get(decided.classified.category)
            if rule is None:
                return Execution(
                    "stale", note=f"no policy for {decided.classified.category} any more"
                )
            rule_id, rule_version = rule_id or rule.rule_id, rule_version or rule.version
            sheet = await self.gatherer.gather(decided.classified.ticket, rule.facts_used)
            changed = changed_facts(decided.expected, sheet.facts) if decided.recheck else ""
            if changed:
                note = f"approved {name} not executed: facts changed since ({changed})"
                return Execution("stale", note=note)
        assert rule_id is not None and rule_version is not None
        if decided.stage is IdStage.RESOLVED:  # a person's approval is theirs to scope
            violation = scope_violation(name, sheet.facts)
            if violation is not None:
                return Execution("scope_violation", note=violation)
        params = self._params_for(name, sheet)
        result: dict[str, FactValue] = {}
        if name in EFFECTS:
            key = decided.idempotency_key
            recorded = await self.ledger.get(key)
            outcome = await perform(name, self.ports, sheet, ticket_id, key, recorded is not None)
            if not outcome.verified:
                approved = "approved " if decided.stage is IdStage.APPROVED else ""
                return Execution("unverified", note=f"{approved}{name} is not visible after acting")
            params, result = outcome.params, outcome.result
            if recorded is not None:  # redelivery: report what was done the first time
                params, result = dict(recorded["params"]), dict(recorded["result"])
            else:
                await self.ledger.record(key, {"params": params, "result": result})
            if "label_url" in result:
                sheet.facts["return_label_url"] = result["label_url"]
        sent = await self.ledger.get(decided.reply_key)
        reply: str | None
        if sent:
            reply = str(sent["body"])
        elif decided.reply:  # what a person approved is sent as they saw it: no polish
            reply = decided.reply
        else:
            language = decided.classified.language
            rendered = await self._polished(self.replies.render(name, sheet.facts, language))
            reply = rendered.text if rendered else None
        if reply is None and decided.reply_required:
            return Execution("reply_missing")
        if reply and sent is None:
            # not only on a redelivery: a partition's previous owner may have sent it and died
            # before its ledger reached the changelog (the ledger is the fast path, this the guard)
            if not await self._reply_on_ticket(ticket_id, reply):
                await self.ports.helpdesk.public_reply(
                    ticket_id, reply, decided.reply_key, ai_reply_tags(name)
                )
            await self.ledger.record(decided.reply_key, {"body": reply})
        if decided.approved_by is not None or decided.stage is IdStage.APPROVED:
            result = {**result, "approved_by": decided.approved_by}
            if decided.approver_role is not None:
                result["approved_by_role"] = decided.approver_role
        action = ActionTaken(
            name=name, idempotency_key=decided.idempotency_key, params=params, verified=True,
            result=result,
        )  # fmt: skip
        classified = decided.classified
        latency = (self.clock.now() - classified.received_at).total_seconds() * 1000
        resolved = TicketResolved(
            event_id=derive_event_id(ticket_id, decided.stage, classified.message_id or ""),
            ticket_id=ticket_id,
            message_id=classified.message_id,
            category=classified.category,
            mode="live",
            outcome="resolved",
            action=action,
            reply=reply or "",
            rule_id=rule_id,
            rule_version=rule_version,
            received_at=classified.received_at,
            latency_ms=max(latency, 0.0),
        )
        return Execution("executed", resolved)

    async def _reply_on_ticket(self, ticket_id: str, body: str, public: bool = True) -> bool:
        """Whether this reply is already a comment on the ticket: the helpdesk's own state,
        read before every reply the ledger does not know of, as effects read the order
        before acting. A crash between sending and recording in the ledger must not send it
        twice, and helpdesks (Zendesk, Gorgias) have no idempotency keys to absorb a repeat."""
        audits, _ = await self.ports.helpdesk.ticket_audits(ticket_id, REPLY_AUDIT_PAGES)
        if public:
            return replied_this_turn(audits, body)
        return has_comment(audits, body, public=False)

    async def tell(self, ticket_id: str, note: str, key: str) -> None:
        """An internal note for the agents (why an approval did nothing, for instance), once
        per key: the helpdesk does not deduplicate notes, so a redelivered event that tells
        the same thing is absorbed by the ledger."""
        if await self.ledger.get(key) is not None:
            return
        if not await self._reply_on_ticket(ticket_id, note, public=False):
            await self.ports.helpdesk.internal_note(ticket_id, note, key)
        await self.ledger.record(key, {"action": "internal_note"})

    def _params(self, ctx: _Context) -> dict[str, FactValue]:
        assert ctx.decision is not None
        return self._params_for(ctx.decision.action, ctx.sheet)

    @staticmethod
    def _params_for(action: str, sheet: FactSheet) -> dict[str, FactValue]:
        effect = EFFECTS.get(action)
        if effect is None:
            order_id = sheet.facts.get("order_id")
            return {"order_id": order_id} if order_id else {}
        return effect.params(sheet)

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
            event_id=derive_event_id(
                classified.ticket_id, IdStage.RESOLVED, classified.message_id or ""
            ),
            ticket_id=classified.ticket_id,
            message_id=classified.message_id,
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
        """The hand-off carries a draft reply (the recommended action's, else an
        acknowledgement a person can send as it is); never for a legal or business inquiry
        or a message that tries to instruct the AI."""
        classified = ctx.classified
        decision = ctx.decision
        recommended = (
            scoped_recommendation(decision.action, ctx.sheet.facts) if decision else "human_review"
        )
        rendered: RenderedReply | None = None
        draft_action = None
        if UPSET in reason_bases(classified.reasons):
            ctx.sheet.facts["customer_upset"] = True  # the draft opens with an apology
        if not no_draft(classified):
            for candidate in (recommended, ACKNOWLEDGE):
                rendered = self.replies.render(candidate, ctx.sheet.facts, classified.language)
                if rendered is not None:
                    draft_action = candidate
                    break
        facts = {k: v for k, v in ctx.sheet.facts.items() if k in _EVENT_FACTS}
        if draft_action is not None:
            facts["draft_action"] = draft_action
        if decision is not None:
            facts["rule_version"] = decision.rule_version
        return TicketEscalated(
            event_id=derive_event_id(
                classified.ticket_id, IdStage.ESCALATED, classified.message_id or ""
            ),
            ticket_id=classified.ticket_id,
            message_id=classified.message_id,
            category=classified.category,
            tier=classified.tier,
            stage="resolver",
            reason=reason,
            reasons=details,
            recommended_action=recommended,
            draft_reply=rendered.text if rendered else "",
            draft_locale_note=rendered.locale_note if rendered else "",
            facts=facts,
            customer_vip=classified.ticket.customer.vip,
            order_named=names_an_order(classified.ticket),
            received_at=classified.received_at,
        )

    def _knowledge_gap(self, ctx: _Context) -> KnowledgeGapFound:
        question = ctx.sheet.kb_question or ctx.classified.ticket.text
        return KnowledgeGapFound(
            event_id=derive_event_id(
                ctx.classified.ticket_id, IdStage.KB_GAP, ctx.classified.message_id or ""
            ),
            ticket_id=ctx.classified.ticket_id,
            message_id=ctx.classified.message_id,
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
        "kb_match_score", "tracking_number", "carrier", "requested_items", "scope_candidates",
        "customer_orders", "product_title", "product_sizes",
    }
)  # fmt: skip
