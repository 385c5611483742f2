"""The demo store served on 127.0.0.1 for one test, strict by default: like Zendesk, Gorgias
and most of Shopify, it absorbs no repeated idempotency key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from supportloop.devtools.demo_store import start_demo_store_in_thread


@pytest.fixture
def store(tmp_path: Path) -> Iterator[str]:
    url, stop = start_demo_store_in_thread(db_path=tmp_path / "store.db", strict_idempotency=True)
    try:
        yield url
    finally:
        stop()
