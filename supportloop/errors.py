"""The errors SupportLoop raises on purpose.

SupportLoopError
 ├── ConfigurationError      settings, policies or taxonomy that cannot be used
 ├── ToolMissingError        java / mvn / helm … not installed; message says what to install
 ├── InputError              a ticket file or payload that cannot be read at all
 └── TransientError          worth retrying (broker or connector hiccup)
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
