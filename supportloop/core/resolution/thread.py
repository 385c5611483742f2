"""A ticket is a thread of customer messages; each message is a turn decided with the turns
before it in view.

Pure: the thread is rebuilt from what the resolver published for the ticket's earlier turns
(its dedupe record, message id → events) plus whether an agent replied on the helpdesk.

- A first AI contact, or a new routine request after one, is handled by its policy.
- A follow-up that disputes or undoes what the AI did ("that didn't help", "I never got
  it", "wrong item again"), or any turn after ``max_ai_turns`` live AI turns, goes to a
  person, with the thread and what was already done.
- Once a person owns the ticket (an earlier turn was escalated or held back, or an agent
  replied), the AI does not answer later messages; they are noted for the agent. Only the
  agent gives the ticket back (the resume tag, see ``HandoffSettings.ai_resume_tag``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from supportloop.core import events as ev

TurnOutcome = Literal["ai_resolved", "drafted", "escalated"]
DEFAULT_MAX_AI_TURNS = 3  # ResolverSettings.max_ai_turns

ASK_SCOPE = "ask_scope_question"  # the AI asked which items / how many (issue 23)

# Why a turn went to a person (TicketEscalated.reason).
FOLLOW_UP_DISPUTE = "follow_up_dispute"
AI_TURN_LIMIT = "ai_turn_limit"
HUMAN_OWNED = "human_owned"

# A follow-up that says the earlier answer or action did not work, or asks to undo it.
# Deterministic on purpose: whether the AI acts again must not depend on a model.
_DISPUTE = re.compile(
    r"\b("
    r"(did ?n[o']?t|does ?n[o']?t|has ?n[o']?t|have ?n[o']?t|was ?n[o']?t|is ?n[o']?t)"
    r" (help|work|fix|solve|answer|arrive|come|change)"
    r"|not (helpful|working|fixed|solved|resolved|what i (asked|ordered|wanted))"
    r"|never (got|received|arrived|came|asked)"
    r"|still (haven'?t|have not|hasn'?t|has not|isn'?t|is not|not|waiting|missing|no|broken|wrong)"
    r"|wrong (item|size|colou?r|product|address|order)s? again"
    r"|again (the )?wrong"
    r"|(undo|reverse|revert|take back) (that|this|it|the)"
    r"|that'?s (wrong|not right|incorrect)"
    r"|you (got it wrong|made a mistake|did it wrong)"
    r"|same problem|same issue"
    r")\b",
    re.IGNORECASE,
)


def disputes(text: str) -> bool:
    """The message says an earlier answer or action did not help, or asks to undo it."""
    return _DISPUTE.search(text.replace("’", "'")) is not None


@dataclass(frozen=True)
class Turn:
    message_id: str  # "" = the opening message
    outcome: TurnOutcome
    action: str | None
    reason: str | None
    at: datetime | None
    order_id: str | None = None  # the order the turn was about, when one was found
    category: str | None = None


def _text(value: ev.FactValue) -> str | None:
    return None if value in (None, "") else str(value)


def _turn_of(message_id: str, events: Sequence[ev.EventBase]) -> Turn | None:
    for event in events:
        if isinstance(event, ev.TicketResolved):
            outcome: TurnOutcome = (
                "ai_resolved" if event.outcome == "resolved" and event.mode == "live" else "drafted"
            )
            action = event.action.name if event.action is not None else None
            order = event.action.params.get("order_id") if event.action is not None else None
            return Turn(
                message_id, outcome, action, None, event.occurred_at, _text(order), event.category
            )
        if isinstance(event, ev.TicketEscalated):
            return Turn(
                message_id, "escalated", event.recommended_action, event.reason,
                event.occurred_at, _text(event.facts.get("order_id")), event.category,
            )  # fmt: skip
    return None


@dataclass(frozen=True)
class Thread:
    turns: tuple[Turn, ...] = ()
    agent_replied: bool = False

    @classmethod
    def of(
        cls,
        history: Mapping[str, Sequence[ev.EventBase]],
        current: str | None,
        agent_replied: bool = False,
    ) -> Thread:
        """The turns before ``current`` (message id; None/"" = the opening message)."""
        turns = [
            turn
            for message_id, events in history.items()
            if message_id != (current or "")
            if (turn := _turn_of(message_id, events)) is not None
        ]
        return cls(tuple(turns), agent_replied)

    @property
    def ai_turns(self) -> int:
        return sum(1 for turn in self.turns if turn.outcome == "ai_resolved")

    @property
    def human_owned(self) -> bool:
        """A person has the ticket: an earlier turn went to one, or an agent replied."""
        return self.agent_replied or any(turn.outcome == "escalated" for turn in self.turns)

    @property
    def order_id(self) -> str | None:
        """The order the conversation is about (the latest turn that found one)."""
        orders = [turn.order_id for turn in self.turns if turn.order_id]
        return orders[-1] if orders else None

    def awaiting_answer(self) -> str | None:
        """The category of the request the AI last asked a question about (which items, how
        many), when that was the latest turn: the next message answers it."""
        if not self.turns:
            return None
        last = self.turns[-1]
        if last.outcome == "ai_resolved" and last.action == ASK_SCOPE:
            return last.category
        return None

    def _last_ai(self) -> Turn | None:
        ai = [turn for turn in self.turns if turn.outcome == "ai_resolved"]
        return ai[-1] if ai else None

    def facts(self, now: datetime) -> dict[str, ev.FactValue]:
        """What a policy may test about the conversation (see the policy vocabulary)."""
        last = self._last_ai()
        hours = 0.0
        if last is not None and last.at is not None:
            hours = round(max((now - last.at).total_seconds(), 0.0) / 3600, 2)
        return {
            "ai_turns": self.ai_turns,
            "previous_action": (last.action or "none") if last is not None else "none",
            "hours_since_last_ai_reply": hours,
        }

    def summary(self) -> tuple[str, ...]:
        """One line per earlier turn, for the person the ticket goes to."""
        lines = []
        for number, turn in enumerate(self.turns, start=1):
            what = {
                "ai_resolved": f"resolved by the AI ({turn.action})",
                "drafted": f"drafted for an agent ({turn.action})",
                "escalated": f"handed to a person ({turn.reason}; recommended {turn.action})",
            }[turn.outcome]
            name = turn.message_id or "opening message"
            lines.append(f"thread turn {number} [{name}]: {what}")
        if self.agent_replied:
            lines.append("thread: an agent has replied on the helpdesk")
        return tuple(lines)


def follow_up_escalation(
    thread: Thread, text: str, max_ai_turns: int = DEFAULT_MAX_AI_TURNS
) -> tuple[str, str] | None:
    """(reason, detail) when this turn must go to a person because of what came before;
    None when its policy decides it like any ticket."""
    if thread.ai_turns == 0:
        return None
    if disputes(text):
        last = thread._last_ai()
        done = last.action if last is not None else "an earlier answer"
        return FOLLOW_UP_DISPUTE, f"the customer disputes or undoes the AI's {done}"
    if thread.ai_turns >= max_ai_turns:
        return AI_TURN_LIMIT, f"{thread.ai_turns} AI turns already (limit {max_ai_turns})"
    return None
