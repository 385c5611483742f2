"""Why a requested mode flip was refused.

FlipRejected (InputError)
 ├── UnknownCategory   the category is not in the taxonomy
 ├── UnknownMode       not one of off, shadow, live, paused
 └── NoOpFlip          the category is already in that mode
"""

from __future__ import annotations

from supportloop.errors import InputError


class FlipRejected(InputError):
    pass


class UnknownCategory(FlipRejected):
    pass


class UnknownMode(FlipRejected):
    pass


class NoOpFlip(FlipRejected):
    pass
