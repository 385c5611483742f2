"""Autonomy modes of a category and what each lets the AI do.

- ``off``: the AI does not touch the category; tickets go to people.
- ``shadow``: the AI decides and drafts, the draft becomes an internal note; nothing is sent
  or changed. Every category starts here.
- ``live``: the AI acts and replies.
- ``paused``: behaves exactly like shadow; set by ops or by the CSAT circuit breaker.
"""

from __future__ import annotations

from typing import TypeGuard, get_args

from supportloop.core.events import Mode as Mode

MODES: tuple[Mode, ...] = get_args(Mode)
DEFAULT_MODE: Mode = "shadow"


def is_mode(value: object) -> TypeGuard[Mode]:
    return value in MODES


def may_act(mode: Mode) -> bool:
    """Only live mode may change state or send a public reply."""
    return mode == "live"


def drafts_only(mode: Mode) -> bool:
    return mode in ("shadow", "paused")
