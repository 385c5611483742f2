"""What a contract fixture pins: the keys and kinds of a vendor's documented request or
response, which the connector's requests and the demo store's responses must both contain."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any


def fixture_loader(folder: Path) -> Callable[[str], dict[str, Any]]:
    def load(name: str) -> dict[str, Any]:
        return dict(json.loads((folder / f"{name}.json").read_text()))

    return load


def shape(value: Any) -> Any:
    """Keys and kinds, not values: what must agree between vendor, connector and emulator."""
    if isinstance(value, dict):
        return {k: shape(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [shape(value[0])] if value else []
    return type(value).__name__ if not isinstance(value, int | float) else "number"


def contains(actual: Any, expected: Any, path: str = "$") -> None:
    """Every key of ``expected``'s shape is in ``actual``'s, with the same kind."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{path}: expected an object, got {actual!r}"
        for key, value in expected.items():
            assert key in actual, f"{path}.{key} missing"
            contains(actual[key], value, f"{path}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{path}: expected a list"
        if expected and actual:
            contains(actual[0], expected[0], f"{path}[0]")
    else:
        assert actual == expected, f"{path}: {actual} != {expected}"
