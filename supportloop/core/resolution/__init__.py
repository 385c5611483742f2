"""Resolution: look up → decide by policy → act → verify → reply, or escalate."""

from supportloop.core.resolution.ports import EffectLedger, InMemoryLedger, SystemClock
from supportloop.core.resolution.settings import ResolverSettings
from supportloop.core.resolution.workflow import Mode, ResolutionWorkflow

__all__ = [
    "EffectLedger",
    "InMemoryLedger",
    "Mode",
    "ResolutionWorkflow",
    "ResolverSettings",
    "SystemClock",
]
