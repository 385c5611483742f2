"""Bounds on untrusted JSON, checked before it is parsed: size, UTF-8 and nesting depth.

`json.loads` recurses once per nesting level, so 5,000 nested ``[`` raise RecursionError
(and a deep enough document can exhaust the C stack of other parsers). `json_depth_exceeds`
answers "is this nested deeper than N?" without parsing: one linear, iterative, string-aware
pass, cheap enough to run on every webhook body or Kafka message. `load_json_object` strings
the checks together and raises `JsonRejected` (an InputError, with a machine-readable
reason) for anything that is not a JSON object within the limits; it never lets
RecursionError, UnicodeDecodeError or ValueError escape.

Pure: no I/O, no transport imports, usable from any layer.
"""

from __future__ import annotations

import json
import re
from typing import Any, Literal

from supportloop.errors import InputError

DEFAULT_MAX_BYTES = 1_000_000
DEFAULT_MAX_DEPTH = 64

JsonProblem = Literal["too_large", "not_utf8", "too_deep", "not_json", "not_object"]

# A JSON string token: from a quote to the next unescaped quote, or to the end of the input
# when it is unterminated (so every quote outside a string starts a match and the scan never
# re-examines a byte: linear time). Possessive quantifiers: no backtracking. In UTF-8 no byte
# of a multi-byte sequence equals `"`, `\` or a bracket, so scanning bytes is exact.
_STRING = re.compile(rb'"[^"\\]*+(?:\\.[^"\\]*+)*+\\?(?:"|\Z)', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_OPENERS = frozenset(b"[{")


class JsonRejected(InputError):
    """Untrusted JSON refused before or while parsing; `reason` says why."""

    def __init__(self, reason: JsonProblem, message: str) -> None:
        super().__init__(message)
        self.reason: JsonProblem = reason


def json_depth_exceeds(raw: bytes | bytearray | memoryview | str, max_depth: int) -> bool:
    """Whether `raw` nests arrays/objects more than `max_depth` levels deep.

    Brackets inside JSON strings (escaped quotes included) do not count. Linear in the input
    and iterative (no recursion), so it is safe on any input, valid JSON or not; for invalid
    JSON the answer is about the brackets a parser would see before failing, or more. A
    top-level scalar has depth 0, ``[]`` and ``{}`` depth 1. Expects UTF-8 (or any
    ASCII-compatible encoding) when given bytes.
    """
    if max_depth < 0:
        raise ValueError("max_depth must be >= 0")
    data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else bytes(raw)
    if data.count(b"[") + data.count(b"{") <= max_depth:
        return False  # not enough openers to get that deep, wherever they are
    depth = 0
    for byte in _STRING.sub(b"", data).translate(None, _NOT_BRACKETS):
        if byte in _OPENERS:
            depth += 1
            if depth > max_depth:
                return True
        elif depth:
            depth -= 1
    return False


def load_json_object(
    raw: bytes | bytearray | memoryview,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> dict[str, Any]:
    """Parse `raw` as one UTF-8 JSON object within the limits, or raise JsonRejected.

    Checks run cheapest first: size, UTF-8, depth (before `json.loads`, which would recurse),
    then syntax and the top-level type.
    """
    data = bytes(raw)
    if len(data) > max_bytes:
        raise JsonRejected("too_large", f"body larger than {max_bytes} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise JsonRejected("not_utf8", f"body is not valid UTF-8 (byte {exc.start})") from None
    if json_depth_exceeds(data, max_depth):
        raise JsonRejected("too_deep", f"JSON nested deeper than {max_depth} levels")
    try:
        payload = json.loads(text)
    except RecursionError:  # not reachable after the depth check; never a crash either way
        raise JsonRejected("too_deep", f"JSON nested deeper than {max_depth} levels") from None
    except ValueError as exc:
        raise JsonRejected("not_json", f"invalid JSON: {exc}") from None
    if not isinstance(payload, dict):
        raise JsonRejected("not_object", "expected a JSON object")
    return payload
