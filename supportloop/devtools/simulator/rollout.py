"""Simulate a rollout in event time, with the CSAT circuit breaker in the loop.

Weeks 1–2 every automatable category is in shadow (the AI drafts, agents answer); in week 3
ops switch ``wismo`` live, then one more category each week. One live category's AI CSAT
degrades from its ``degrade_week``; the events flow, in event-time order, through a
``WeeklyBook`` and a ``CircuitBreaker``, whose ``paused`` event becomes part of the output
and sends that category's later tickets back to drafts. Same seed → same events.
"""

from __future__ import annotations

import heapq
import math
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from supportloop.core import events as ev
from supportloop.core.events import IdStage, derive_event_id
from supportloop.core.metrics.book import WeeklyBook
from supportloop.core.metrics.breaker import CircuitBreaker
from supportloop.core.metrics.settings import MetricsSettings
from supportloop.devtools.simulator import texts

WEEK = timedelta(days=7)
OPS = "ops:simulated"


@dataclass(frozen=True)
class RolloutPlan:
    start: datetime = datetime(2025, 3, 3, tzinfo=UTC)  # a Monday: ISO week 2025-W10
    # category → share of ticket volume
    mix: tuple[tuple[str, float], ...] = (
        ("wismo", 0.40),
        ("order_status", 0.13),
        ("address_change", 0.08),
        ("return_request", 0.10),
        ("subscription_change", 0.07),
        ("refund_request", 0.08),
        ("complaint", 0.07),
        ("damaged_or_wrong_item", 0.04),
        ("legal", 0.01),
        ("other", 0.02),
    )
    # 1-based week → category switched live that Monday morning
    go_live: tuple[tuple[int, str], ...] = (
        (3, "wismo"),
        (4, "order_status"),
        (5, "address_change"),
        (6, "return_request"),
        (7, "subscription_change"),
    )
    always_escalated: tuple[str, ...] = ("complaint", "legal")
    degrading_category: str = "order_status"
    degrade_week: int = 6
    csat_response_rate: float = 0.5
    ai_escalation_rate: float = 0.12
    dead_letter_rate: float = 0.004
    knowledge_gap_rate: float = 0.03
    settings: MetricsSettings = field(default_factory=MetricsSettings)


# P(5), P(4), P(3), P(2), P(1)
_CSAT_AI = (0.64, 0.28, 0.05, 0.02, 0.01)
_CSAT_HUMAN = (0.55, 0.30, 0.10, 0.03, 0.02)
_CSAT_DEGRADED = (0.15, 0.25, 0.25, 0.20, 0.15)


def _score(rng: random.Random, weights: tuple[float, ...]) -> int:
    return rng.choices((5, 4, 3, 2, 1), weights=weights)[0]


class _Rollout:
    def __init__(self, seed: int, weeks: int, tickets_per_week: int, plan: RolloutPlan) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.weeks = weeks
        self.tickets_per_week = tickets_per_week
        self.plan = plan
        self.end = plan.start + weeks * WEEK
        self.book = WeeklyBook(plan.settings)
        self.breaker = CircuitBreaker(plan.settings)
        self.modes: dict[str, ev.Mode] = {c: "off" for c, _ in plan.mix}
        self.pending: list[tuple[datetime, int, ev.Event]] = []
        self.sequence = 0
        self.output: list[ev.Event] = []

    def push(self, event: ev.Event) -> None:
        if event.occurred_at < self.end:
            heapq.heappush(self.pending, (event.occurred_at, self.sequence, event))
            self.sequence += 1

    def mode_change(self, at: datetime, category: str, mode: ev.Mode, reason: str) -> None:
        key = f"sim-config:{category}:{at.isoformat()}"
        self.push(
            ev.AutonomyModeChanged.flip(
                key, category, mode, by=OPS, reason=reason, previous=None, at=at
            )
        )

    def flush_until(self, moment: datetime) -> None:
        while self.pending and self.pending[0][0] <= moment:
            _, _, event = heapq.heappop(self.pending)
            self.deliver(event)

    def deliver(self, event: ev.Event) -> None:
        if isinstance(event, ev.AutonomyModeChanged):
            event = event.model_copy(update={"previous_mode": self.modes.get(event.category)})
            if event.changed_by == OPS and self.modes.get(event.category) == "paused":
                return  # ops do not re-enable a category the breaker paused
            self.modes[event.category] = event.mode
        self.output.append(event)
        self.book.observe(event)
        if isinstance(event, ev.HumanOutcome) and event.kind == "csat":
            for pause in self.breaker.evaluate(self.book, event.occurred_at):
                self.deliver(pause)

    def run(self) -> list[ev.Event]:
        plan = self.plan
        automatable = [c for c, _ in plan.mix if c not in plan.always_escalated]
        for category in automatable:
            self.mode_change(
                plan.start + timedelta(minutes=1), category, "shadow", "rollout: shadow first"
            )
        for week, category in plan.go_live:
            if week <= self.weeks:
                at = plan.start + (week - 1) * WEEK + timedelta(hours=8)
                self.mode_change(at, category, "live", f"rollout: week {week} goes live")
        categories = [c for c, _ in plan.mix]
        weights = [w for _, w in plan.mix]
        arrivals = sorted(
            plan.start + timedelta(seconds=self.rng.uniform(120, WEEK.total_seconds() * self.weeks))
            for _ in range(self.tickets_per_week * self.weeks)
        )
        for number, arrival in enumerate(arrivals):
            self.flush_until(arrival)
            category = self.rng.choices(categories, weights=weights)[0]
            self.ticket(number, arrival, category)
        self.flush_until(self.end)
        return self.output

    def week_number(self, at: datetime) -> int:
        return int((at - self.plan.start) / WEEK) + 1

    def ticket(self, number: int, at: datetime, category: str) -> None:
        rng, plan = self.rng, self.plan
        tid = f"SIM-{self.seed}-{number:06d}"
        ticket = ev.Ticket(
            id=tid,
            subject=texts.subject(category),
            body=texts.body(category, rng),
            customer=ev.Customer(email=f"customer{rng.randrange(1, 5000)}@example.com"),
            order_id=f"#{rng.randrange(10000, 99999)}",
            created_at=at,
        )
        self.push(ev.TicketReceived.of(ticket, "simulator", occurred_at=at, received_at=at))
        if rng.random() < plan.dead_letter_rate:
            self.push(
                ev.DeadLettered(
                    event_id=derive_event_id(tid, IdStage.DEAD_LETTER),
                    ticket_id=tid,
                    occurred_at=at + timedelta(seconds=1),
                    stage="classifier",
                    reason="simulated poison message",
                    error_type="ValidationError",
                    source_topic="supportloop.tickets.inbound.v1",
                    payload="{}",
                )
            )
            return
        escalate = category in plan.always_escalated
        self.push(
            ev.TicketClassified(
                event_id=derive_event_id(tid, IdStage.CLASSIFIED),
                ticket_id=tid,
                occurred_at=at + timedelta(milliseconds=300),
                ticket=ticket,
                received_at=at,
                category=category,
                tier=3 if escalate else 1,
                confidence=round(rng.uniform(0.7, 0.99), 3),
                escalate=escalate,
                classifier="simulator",
                model_version="sim-1",
            )
        )
        mode = self.modes.get(category, "off")
        if rng.random() < plan.knowledge_gap_rate and not escalate:
            self.push(
                ev.KnowledgeGapFound(
                    event_id=derive_event_id(tid, IdStage.KB_GAP),
                    ticket_id=tid,
                    occurred_at=at + timedelta(seconds=2),
                    category=category,
                    question=texts.knowledge_gap(category, rng),
                )
            )
        if escalate or (mode == "live" and rng.random() < plan.ai_escalation_rate):
            self.escalated(tid, at, category)
        elif mode == "live":
            self.ai_resolved(tid, at, category)
        else:
            self.drafted(tid, at, category, mode)

    def ai_latency_ms(self) -> float:
        return round(self.rng.lognormvariate(math.log(3500), 0.5), 1)

    def human_delay(self) -> timedelta:
        return timedelta(seconds=self.rng.lognormvariate(math.log(2700), 0.8))

    def rate(self, tid: str, at: datetime, category: str, resolved_by: str) -> None:
        rng, plan = self.rng, self.plan
        if rng.random() >= plan.csat_response_rate:
            return
        weights = _CSAT_HUMAN
        if resolved_by == "ai":
            degraded = (
                category == plan.degrading_category and self.week_number(at) >= plan.degrade_week
            )
            weights = _CSAT_DEGRADED if degraded else _CSAT_AI
        self.push(
            ev.HumanOutcome(
                event_id=derive_event_id(tid, IdStage.CSAT),
                ticket_id=tid,
                occurred_at=at + timedelta(hours=rng.uniform(1, 30)),
                kind="csat",
                category=category,
                csat_score=_score(rng, weights),
                resolved_by=resolved_by,
            )
        )

    def ai_resolved(self, tid: str, at: datetime, category: str) -> None:
        latency = self.ai_latency_ms()
        done = at + timedelta(milliseconds=latency)
        self.push(
            ev.TicketResolved(
                event_id=derive_event_id(tid, IdStage.RESOLVED),
                ticket_id=tid,
                occurred_at=done,
                category=category,
                mode="live",
                outcome="resolved",
                reply=texts.reply(category),
                rule_id=f"{category}.default",
                rule_version="1",
                received_at=at,
                latency_ms=latency,
            )
        )
        self.rate(tid, done, category, "ai")

    def drafted(self, tid: str, at: datetime, category: str, mode: ev.Mode) -> None:
        rng = self.rng
        latency = self.ai_latency_ms()
        self.push(
            ev.TicketResolved(
                event_id=derive_event_id(tid, IdStage.RESOLVED),
                ticket_id=tid,
                occurred_at=at + timedelta(milliseconds=latency),
                category=category,
                mode="paused" if mode == "paused" else "shadow",
                outcome="drafted",
                reply=texts.reply(category),
                rule_id=f"{category}.default",
                rule_version="1",
                received_at=at,
                latency_ms=latency,
            )
        )
        replied = at + self.human_delay()
        self.agent_reply(tid, replied, category)
        week = self.week_number(at)
        sent_as_is = min(0.35 + 0.08 * week, 0.8)
        verdict = rng.choices(
            ("sent_as_is", "edited", "discarded"),
            weights=(sent_as_is, (1 - sent_as_is) * 0.75, (1 - sent_as_is) * 0.25),
        )[0]
        self.push(
            ev.DraftReviewed(
                event_id=derive_event_id(tid, IdStage.DRAFT_REVIEWED),
                ticket_id=tid,
                occurred_at=replied + timedelta(seconds=1),
                category=category,
                verdict=verdict,
                edit_ratio=0.0 if verdict == "sent_as_is" else round(rng.uniform(0.05, 1.0), 2),
            )
        )
        self.rate(tid, replied, category, "human")

    def escalated(self, tid: str, at: datetime, category: str) -> None:
        rng = self.rng
        action = texts.recommended_action(category)
        self.push(
            ev.TicketEscalated(
                event_id=derive_event_id(tid, IdStage.ESCALATED),
                ticket_id=tid,
                occurred_at=at + timedelta(seconds=1),
                category=category,
                tier=3,
                stage="resolver",
                reason="outside policy",
                recommended_action=action,
                received_at=at,
            )
        )
        self.push(
            ev.TicketHandedOff(
                event_id=derive_event_id(tid, IdStage.HANDED_OFF),
                ticket_id=tid,
                occurred_at=at + timedelta(seconds=2),
                category=category,
                queue="tier2",
                priority="normal",
                reason="outside policy",
                recommended_action=action,
                received_at=at,
                latency_ms=2000.0,
            )
        )
        replied = at + self.human_delay()
        self.agent_reply(tid, replied, category)
        different = rng.random() < 0.18
        self.push(
            ev.EscalationReviewed(
                event_id=derive_event_id(tid, IdStage.ESCALATION_REVIEWED),
                ticket_id=tid,
                occurred_at=replied + timedelta(seconds=1),
                category=category,
                recommended_action=action,
                human_action="other" if different else action,
                same_action=not different,
                reply_similarity=round(rng.uniform(0.1, 0.5) if different else 0.9, 2),
                materially_different=different,
            )
        )
        self.rate(tid, replied, category, "human")

    def agent_reply(self, tid: str, at: datetime, category: str) -> None:
        self.push(
            ev.HumanOutcome(
                event_id=derive_event_id(tid, IdStage.AGENT_REPLY),
                ticket_id=tid,
                occurred_at=at,
                kind="agent_reply",
                category=category,
                agent="agent-sim",
                reply="Thanks for reaching out — sorted.",
            )
        )


def simulate_rollout(
    seed: int,
    weeks: int = 8,
    tickets_per_week: int = 600,
    plan: RolloutPlan | None = None,
) -> list[ev.Event]:
    """Every event of the simulated rollout, ordered by event time."""
    if weeks < 1 or tickets_per_week < 1:
        raise ValueError("weeks and tickets_per_week must be positive")
    return _Rollout(seed, weeks, tickets_per_week, plan or RolloutPlan()).run()
