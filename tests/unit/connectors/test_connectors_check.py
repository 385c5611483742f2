"""`supportloop connectors check` against the demo store: passes with every scope, names the
missing scope and exits 1 with a token that lacks one, and never writes."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from pydantic import SecretStr
from typer.testing import CliRunner

from supportloop.adapters.connectors.check import check_connectors
from supportloop.cli.main import app
from supportloop.core.resolution.settings import ResolverSettings
from supportloop.devtools.demo_store import start_demo_store_in_thread

LIMITED = {"read_orders", "read_returns", "write_orders"}  # no order edits, no returns


@pytest.fixture
def store() -> Iterator[str]:
    tokens = {"shpat_full": {"write_orders", "write_order_edits", "write_returns", "read_products"},
              "shpat_limited": LIMITED}  # fmt: skip
    url, stop = start_demo_store_in_thread(strict_idempotency=True, shopify_tokens=tokens)
    try:
        yield url
    finally:
        stop()


async def test_every_scope_granted_passes_without_writing(store: str) -> None:
    settings = ResolverSettings(store_url=store, commerce_token=SecretStr("shpat_full"))
    results = await check_connectors(settings)
    assert [r.ok for r in results] == [True, True, True], [r.details for r in results]
    assert any("recent order: #" in line for line in results[0].details)
    async with httpx.AsyncClient() as client:
        effects = (await client.get(f"{store}/_demo/side-effects")).json()["side_effects"]
    assert effects == []


async def test_the_gorgias_helpdesk_is_checked_when_chosen(
    store: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = ResolverSettings(store_url=store, commerce_token=SecretStr("shpat_full"))
    monkeypatch.setenv("SUPPORTLOOP_HELPDESK", "gorgias")
    _, missing, _ = await check_connectors(settings)
    assert not missing.ok and "SUPPORTLOOP_GORGIAS_API_KEY" in missing.details[0]
    monkeypatch.setenv("SUPPORTLOOP_GORGIAS_USER", "supportloop@fernhill.example")
    monkeypatch.setenv("SUPPORTLOOP_GORGIAS_API_KEY", "demo-api-token")
    _, helpdesk, _ = await check_connectors(settings)
    assert helpdesk.system == "helpdesk (Gorgias)" and helpdesk.ok, helpdesk.details
    assert helpdesk.details[0] == "acts as supportloop@fernhill.example (agent)"
    assert helpdesk.details[1].startswith("one ticket read: DEMO-")


async def test_a_token_without_a_needed_scope_is_named(store: str) -> None:
    settings = ResolverSettings(store_url=store, commerce_token=SecretStr("shpat_limited"))
    commerce, helpdesk, subscriptions = await check_connectors(settings)
    assert not commerce.ok
    assert commerce.missing == ["read_products", "write_order_edits", "write_returns"]
    assert "missing access scope write_order_edits (needed by: remove_line_item)" in (
        commerce.details
    )
    assert helpdesk.ok and subscriptions.ok


def test_the_command_exits_zero_on_the_demo_store_and_one_when_a_scope_is_missing(
    store: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CliRunner()
    monkeypatch.delenv("SUPPORTLOOP_RESOLVER_COMMERCE_TOKEN", raising=False)
    passed = runner.invoke(app, ["connectors", "check", "--store-url", store])
    assert passed.exit_code == 0, passed.output
    assert "ok   commerce (Shopify)" in passed.output
    monkeypatch.setenv("SUPPORTLOOP_RESOLVER_COMMERCE_TOKEN", "shpat_limited")
    failed = runner.invoke(app, ["connectors", "check", "--store-url", store])
    assert failed.exit_code == 1
    assert "FAIL commerce (Shopify)" in failed.output
    assert "write_returns" in failed.output
    monkeypatch.setenv("SUPPORTLOOP_RESOLVER_COMMERCE_TOKEN", "shpat_unknown")
    unknown = runner.invoke(app, ["connectors", "check", "--store-url", store])
    assert unknown.exit_code == 1 and "HTTP 401" in unknown.output
