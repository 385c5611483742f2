"""Policy errors. PolicyError ⊂ supportloop.errors.ConfigurationError."""

from __future__ import annotations

from pathlib import Path

from supportloop.errors import ConfigurationError


class PolicyError(ConfigurationError):
    """A policy file that cannot be used; says which file and which line."""

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        super().__init__(f"{self.path}:{line}: {message}")
