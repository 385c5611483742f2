"""The errors SupportLoop raises on purpose.

SupportLoopError
 ├── ConfigurationError      settings, policies or taxonomy that cannot be used
 ├── ToolMissingError        java / mvn / helm … not installed; message says what to install
 ├── InputError              a ticket file or payload that cannot be read at all
 ├── TransientError          worth retrying (broker or connector hiccup)
 └── ConnectorError          a call to the store, helpdesk or subscriptions system failed
      ├── ConnectorUnavailable   429 / 5xx / timeouts still failing after the bounded retries
      ├── ConnectorRejected      the remote refused the request (4xx other than 404 and 429)
      │    └── ConnectorUserError  … naming the input field (Shopify ``userErrors``)
      └── ReadOnlyViolation      a write attempted through a read-only connector

Connector errors live here, not with the HTTP connectors, because the decision core's
ports raise them and the core imports no adapter.
"""

from __future__ import annotations

import traceback
from pathlib import Path


class SupportLoopError(Exception):
    pass


class ConfigurationError(SupportLoopError):
    pass


class ToolMissingError(SupportLoopError):
    pass


class InputError(SupportLoopError):
    pass


class TransientError(SupportLoopError):
    pass


class WorkerStopping(SupportLoopError):
    """The worker is going down (its producer has stopped): the message in hand is neither
    done nor poison. It is left unacknowledged, and the partition's next owner reads it."""


class ConnectorError(SupportLoopError):
    def __init__(self, service: str, message: str, status: int | None = None) -> None:
        super().__init__(f"{service}: {message}")
        self.service = service
        self.status = status


class ConnectorUnavailable(ConnectorError):
    pass


class ConnectorRejected(ConnectorError):
    pass


class ConnectorUserError(ConnectorRejected):
    """The remote validated the request and refused it, naming the input field: Shopify's
    ``userErrors`` (``field`` is the path into the input, ``message`` its text)."""

    def __init__(self, service: str, operation: str, field: list[str] | None, message: str) -> None:
        where = ".".join(field or ()) or "-"
        super().__init__(service, f"{operation} refused: {where}: {message}", 422)
        self.operation = operation
        self.field = list(field or ())
        self.user_message = message


class ReadOnlyViolation(ConnectorError):
    pass


def raised_at(error: BaseException) -> str:
    """Where `error` was raised, as ``file.py:line in function`` (the last frame of our own
    code, then the library's if it was raised in one): safe to log, unlike the error's message
    (or a traceback's last line), which may quote a ticket or an address."""
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return "unknown location"
    ours = [f for f in frames if "site-packages" not in f.filename]
    frame, last = (ours or frames)[-1], frames[-1]
    place = f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}"
    if last is not frame:
        place += f" (raised in {Path(last.filename).name}:{last.lineno})"
    return place


def error_kind(error: ConnectorError) -> str:
    """A connector error for a log line: its type and HTTP status, not its text (a rejection
    quotes the remote's answer, which can quote the ticket)."""
    name = type(error).__name__
    return name if error.status is None else f"{name} (HTTP {error.status})"
