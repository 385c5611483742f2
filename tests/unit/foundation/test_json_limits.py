"""Untrusted JSON is bounded before it is parsed: size, UTF-8, nesting depth."""

from __future__ import annotations

import json
import time

import pytest

from supportloop.core.json_limits import JsonRejected, json_depth_exceeds, load_json_object
from supportloop.errors import InputError

# Part of the hostile-input suite (`make test-hostile`).
pytestmark = pytest.mark.hostile


@pytest.mark.parametrize(
    ("raw", "depth"),
    [
        (b"1", 0),
        (b'"[[[["', 0),
        (b"[]", 1),
        (b"{}", 1),
        (b'{"a": [1, {"b": [2]}]}', 4),
        (b'[1, [2], [3], {"x": {}}]', 3),
        (b'["[[[[", "{{{{"]', 1),  # brackets inside strings do not count
        (b'["\\"[[[[", "]]"]', 1),  # nor after an escaped quote
        (b'["\\\\", [[]]]', 3),  # an escaped backslash ends before the quote
        (b'["\\u005b", [1]]', 2),
        ('["été [[", [{}]]'.encode(), 3),  # multi-byte UTF-8 around brackets
    ],
)
def test_depth_counts_only_brackets_outside_strings(raw: bytes, depth: int) -> None:
    assert not json_depth_exceeds(raw, depth)
    if depth:
        assert json_depth_exceeds(raw, depth - 1)
    if raw.decode().isascii():
        assert not json_depth_exceeds(raw.decode(), depth)  # str works too


def _parsed_depth(value: object) -> int:
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return 1 + max((_parsed_depth(v) for v in value), default=0)
    return 0


def test_depth_agrees_with_the_parser_on_nested_documents() -> None:
    doc: object = "leaf [{"
    for level in range(1, 60):
        doc = {"k": [doc, "]}"]} if level % 2 else [doc, {"s": '\\"[['}]
        raw = json.dumps(doc).encode()
        depth = _parsed_depth(json.loads(raw))
        assert not json_depth_exceeds(raw, depth)
        assert json_depth_exceeds(raw, depth - 1)


def test_depth_is_safe_on_invalid_and_hostile_input() -> None:
    assert json_depth_exceeds(b"[" * 5000, 64)
    assert json_depth_exceeds(b'"unterminated ' + b"[" * 100, 10) is False  # all inside it
    assert json_depth_exceeds(b'"a"' + b"[" * 100, 10)
    assert not json_depth_exceeds(b"]" * 100 + b"[" * 10, 10)  # stray closers bank nothing
    assert json_depth_exceeds(b"]" * 100 + b"[" * 11, 10)
    assert not json_depth_exceeds(b'"\\', 0)
    with pytest.raises(ValueError):
        json_depth_exceeds(b"[]", -1)


@pytest.mark.parametrize(
    "raw",
    [
        b"[]" * 500_000,  # 1 MB, a million brackets, never deep
        b'"' + b'\\"' * 500_000,  # one unterminated string full of escaped quotes
        b'"[' * 500_000,
        b'["' + b"x" * 1_000_000 + b'"]',
    ],
)
def test_depth_check_is_linear_on_a_megabyte(raw: bytes) -> None:
    started = time.perf_counter()
    json_depth_exceeds(raw, 64)
    assert time.perf_counter() - started < 2.0


def test_load_json_object_returns_the_object_within_the_limits() -> None:
    assert load_json_object(b'{"a": [1, {"b": "\xc3\xa9"}]}') == {"a": [1, {"b": "é"}]}
    nested = b'{"a":' * 63 + b"1" + b"}" * 63
    assert load_json_object(nested, max_depth=64)["a"]


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"{}" + b" " * 100, "too_large"),
        (b'{"a": "\xff"}', "not_utf8"),
        (b"[" * 5000 + b"]" * 5000, "too_deep"),
        (b'{"a":' * 65 + b"1" + b"}" * 65, "too_deep"),
        (b"{not json", "not_json"),
        (b"", "not_json"),
        (b'{"n": 1' + b"0" * 5000 + b"}", "not_json"),  # int beyond the digit limit
        (b"[1, 2]", "not_object"),
        (b'"text"', "not_object"),
        (b"null", "not_object"),
    ],
)
def test_load_json_object_refuses_with_a_reason_and_never_crashes(raw: bytes, reason: str) -> None:
    with pytest.raises(JsonRejected) as caught:
        load_json_object(raw, max_bytes=100 if reason == "too_large" else 10_000, max_depth=64)
    assert caught.value.reason == reason
    assert isinstance(caught.value, InputError)
