"""Resolution: look up → decide by policy → act → verify → reply, or escalate."""

from supportloop.core.events import Mode
from supportloop.core.resolution.execution import DecidedAction, Execution
from supportloop.core.resolution.ports import EffectLedger, InMemoryLedger, SystemClock
from supportloop.core.resolution.settings import ResolverSettings
from supportloop.core.resolution.workflow import ResolutionWorkflow

__all__ = [
    "DecidedAction",
    "EffectLedger",
    "Execution",
    "InMemoryLedger",
    "Mode",
    "ResolutionWorkflow",
    "ResolverSettings",
    "SystemClock",
]
