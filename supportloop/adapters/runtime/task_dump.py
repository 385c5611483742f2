"""Log what every asyncio task and our own suspended coroutines are waiting on (SIGUSR1)."""

from __future__ import annotations

import asyncio
import gc
import inspect
import logging
from typing import Any

log = logging.getLogger(__name__)


def dump_tasks() -> None:
    for task in asyncio.all_tasks():
        log.warning("task %s:\n%s", task.get_name(), "".join(_task_stack(task)))
    # Faust wraps agents in awaitables a dump cannot walk through: list our own
    # suspended coroutines (handlers, stages) and what each waits on.
    for suspended in _own_coroutines():
        log.warning("coroutine:\n%s", "".join(_await_chain(suspended)))


def _own_coroutines() -> list[Any]:
    own = ("/supportloop/", "/services/")
    found = []
    for obj in gc.get_objects():
        if inspect.iscoroutine(obj) or inspect.isasyncgen(obj):
            frame = getattr(obj, "cr_frame", None) or getattr(obj, "ag_frame", None)
            if frame is not None and any(part in frame.f_code.co_filename for part in own):
                found.append(obj)
    return found


def _task_stack(task: asyncio.Task[Any]) -> list[str]:
    """Where a task waits: every frame down its chain of awaits (Task.print_stack stops at
    the outermost coroutine)."""
    return _await_chain(task.get_coro())


def _await_chain(awaiting: Any) -> list[str]:
    lines: list[str] = []
    while awaiting is not None:
        frame = (
            getattr(awaiting, "cr_frame", None)
            or getattr(awaiting, "ag_frame", None)
            or getattr(awaiting, "gi_frame", None)
        )
        if frame is None:
            lines.append(f"  awaiting {awaiting!r}\n")
            break
        lines.append(f"  {frame.f_code.co_filename}:{frame.f_lineno} in {frame.f_code.co_name}\n")
        awaiting = (
            getattr(awaiting, "cr_await", None)
            or getattr(awaiting, "ag_await", None)
            or getattr(awaiting, "gi_yieldfrom", None)
        )
    return lines
