from __future__ import annotations

from collections.abc import Iterator

import pytest
from triage_support import REPO_ROOT

from supportloop.devtools.demo_store import start_demo_store_in_thread


@pytest.fixture(autouse=True)
def at_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's defaults (policies/, knowledge_base/, data/demo seed) are repo-relative."""
    monkeypatch.chdir(REPO_ROOT)


@pytest.fixture
def store_url() -> Iterator[str]:
    url, stop = start_demo_store_in_thread()
    try:
        yield url
    finally:
        stop()
