"""The tree shows the layers, and the imports keep to them.

- ``supportloop/core`` imports no adapter, no tooling, and no transport library.
- Production code (``services/``, ``supportloop/core``, ``supportloop/adapters``,
  ``supportloop/triage``) never imports ``supportloop/devtools``.
- Only ``supportloop/devtools`` imports the demo store.
- Starting a service imports no tooling module at all.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
PACKAGE = REPO / "supportloop"
TRANSPORTS = ("faust", "mode", "aiokafka", "kafka", "httpx", "aiohttp", "anthropic")


def _python_files(*roots: Path) -> Iterator[Path]:
    for root in roots:
        yield from sorted(root.rglob("*.py")) if root.is_dir() else [root]


def _imports(path: Path) -> Iterator[str]:
    """Every module an ``import`` names, at any depth (lazy imports count too)."""
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def _offenders(roots: tuple[Path, ...], forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in _python_files(*roots):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                found.append(f"{path.relative_to(REPO)} imports {name}")
    return sorted(set(found))


def test_core_imports_no_adapter_tooling_or_transport() -> None:
    forbidden = (
        "supportloop.adapters",
        "supportloop.devtools",
        "supportloop.cli",
        "supportloop.triage",
        "services",
        *TRANSPORTS,
    )
    assert _offenders((PACKAGE / "core",), forbidden) == []


def test_production_code_never_imports_the_tooling() -> None:
    roots = (REPO / "services", PACKAGE / "core", PACKAGE / "adapters")
    assert _offenders(roots, ("supportloop.devtools",)) == []


def test_only_the_tooling_imports_the_demo_store() -> None:
    outside = [path for path in PACKAGE.iterdir() if path.name not in ("devtools", "__pycache__")]
    roots = (REPO / "services", *outside)
    assert _offenders(roots, ("supportloop.devtools.demo_store",)) == []


def test_the_tree_has_no_stray_files_in_packages() -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "-z", "supportloop", "services"],
        cwd=REPO,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    odd = [name for name in tracked if b"\n" in name or name.strip() != name]
    assert odd == []


@pytest.mark.parametrize("service", ["classifier", "resolver", "escalator", "metrics"])
def test_starting_a_service_loads_no_tooling_module(service: str) -> None:
    """What `supportloop run <service>` imports in a production container."""
    probe = (
        "import sys, importlib;"
        "import supportloop.adapters.runtime.faust_app;"
        f"importlib.import_module('services.{service}.app');"
        "print('\\n'.join(m for m in sys.modules if m.startswith('supportloop.devtools')))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    assert loaded == []
