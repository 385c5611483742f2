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


class PolicyErrors(PolicyError):
    """Every error of every policy file at once (one per line of ``str()``); ``path``,
    ``line`` and ``message`` are the first one's."""

    def __init__(self, errors: list[PolicyError]) -> None:
        flat: list[PolicyError] = []
        for error in errors:
            flat.extend(error.errors if isinstance(error, PolicyErrors) else (error,))
        self.errors: tuple[PolicyError, ...] = tuple(flat)
        first = flat[0]
        self.path, self.line, self.message = first.path, first.line, first.message
        ConfigurationError.__init__(self, "\n".join(str(e) for e in flat))


def raise_all(errors: list[PolicyError]) -> None:
    """Nothing, one error as itself, or several as one PolicyErrors."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise PolicyErrors(errors)
