"""The errors SupportLoop raises on purpose.

SupportLoopError
 ├── ConfigurationError      settings, policies or taxonomy that cannot be used
 ├── ToolMissingError        java / mvn / helm … not installed; message says what to install
 ├── InputError              a ticket file or payload that cannot be read at all
 ├── TransientError          worth retrying (broker or connector hiccup)
 └── ConnectorError          a call to the store, helpdesk or subscriptions system failed
      ├── ConnectorUnavailable   429 / 5xx / timeouts still failing after the bounded retries
      ├── ConnectorRejected      the remote refused the request (4xx other than 404 and 429)
      └── ReadOnlyViolation      a write attempted through a read-only connector

Connector errors live here, not with the HTTP connectors, because the decision core's
ports raise them and the core imports no adapter.
"""


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
