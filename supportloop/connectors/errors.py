"""Connector errors.

ConnectorError (⊂ SupportLoopError)
 ├── ConnectorUnavailable   429 / 5xx / timeouts still failing after the bounded retries
 ├── ConnectorRejected      the remote refused the request (4xx other than 404 and 429)
 └── ReadOnlyViolation      a write attempted through a read-only connector
"""

from __future__ import annotations

from supportloop.errors import SupportLoopError


class ConnectorError(SupportLoopError):
    def __init__(self, service: str, message: str, status: int | None = None) -> None:
        super().__init__(f"{service}: {message}")
        self.service = service
        self.status = status


class ConnectorUnavailable(ConnectorError):
    pass


class ConnectorRejected(ConnectorError):
    pass


class ReadOnlyViolation(ConnectorError):
    pass
