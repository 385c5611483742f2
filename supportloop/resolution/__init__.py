"""Resolution: look up → decide by policy → act → verify → reply, or escalate."""

from supportloop.resolution.factory import build_workflow
from supportloop.resolution.ports import EffectLedger, InMemoryLedger, SystemClock
from supportloop.resolution.settings import ResolverSettings
from supportloop.resolution.workflow import Mode, ResolutionWorkflow

__all__ = [
    "EffectLedger",
    "InMemoryLedger",
    "Mode",
    "ResolutionWorkflow",
    "ResolverSettings",
    "SystemClock",
    "build_workflow",
]
