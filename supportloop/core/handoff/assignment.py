"""Who gets a hand-off: the queue's configured group/assignee, else the general queue's."""

from __future__ import annotations

from supportloop.core.handoff.settings import Assignment, HandoffSettings

FALLBACK_QUEUE = "general"


def choose_assignment(queue: str, settings: HandoffSettings | None = None) -> Assignment | None:
    """None when neither the queue nor the general queue is configured (tags route it)."""
    s = settings or HandoffSettings()
    return s.assignments.get(queue) or s.assignments.get(FALLBACK_QUEUE)
