"""Services close the HTTP connectors they opened when they shut down (after their agents
have stopped), and one resource that fails to close does not keep the others open."""

from __future__ import annotations

import asyncio
import importlib
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from supportloop.adapters.connectors import HttpConnector, ZendeskHelpdesk
from supportloop.adapters.runtime.faust_app import ServiceApp
from supportloop.adapters.runtime.faust_config import close_all
from supportloop.core.resolution import ResolverSettings
from supportloop.settings import KafkaSettings, ServiceSettings

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def closed(monkeypatch: pytest.MonkeyPatch) -> list[HttpConnector]:
    """Every connector whose aclose ran (and really closed its client)."""
    seen: list[HttpConnector] = []
    original = HttpConnector.aclose

    async def spy(self: HttpConnector) -> None:
        seen.append(self)
        await original(self)

    monkeypatch.setattr(HttpConnector, "aclose", spy)
    return seen


def build(name: str, tmp_path: Path, **extra: object) -> ServiceApp:
    module = importlib.import_module(f"services.{name}.app")
    app: ServiceApp = module.build_app(
        kafka=KafkaSettings(topic_prefix="shutdown."),
        settings=ServiceSettings(data_dir=tmp_path),
        registry=CollectorRegistry(),
        **extra,
    )
    return app


def stop(service: ServiceApp) -> None:
    asyncio.run(service.app.stop())


def test_the_escalator_closes_its_helpdesk_connector_on_shutdown(
    closed: list[HttpConnector], tmp_path: Path
) -> None:
    service = build("escalator", tmp_path)
    assert closed == []
    stop(service)
    assert [type(c) for c in closed] == [ZendeskHelpdesk]
    assert closed[0]._client.is_closed


def test_the_resolver_closes_all_four_connectors_on_shutdown(
    closed: list[HttpConnector], tmp_path: Path
) -> None:
    config = ResolverSettings(policies_dir=REPO / "policies", kb_dir=REPO / "knowledge_base")
    service = build("resolver", tmp_path, resolver_settings=config)
    stop(service)
    assert sorted(type(c).__name__ for c in closed) == [
        "AccountActions",
        "RechargeSubscriptions",
        "ShopifyCommerce",
        "ZendeskHelpdesk",
    ]
    assert all(c._client.is_closed for c in closed)


def test_a_helpdesk_given_to_the_escalator_is_left_to_its_owner(
    closed: list[HttpConnector], tmp_path: Path
) -> None:
    own = ZendeskHelpdesk("http://helpdesk.invalid")
    service = build("escalator", tmp_path, helpdesk=own)
    stop(service)
    assert closed == []
    assert not own._client.is_closed
    asyncio.run(own.aclose())


def test_one_failing_or_hanging_close_does_not_keep_the_others_open() -> None:
    order: list[str] = []

    def closer(name: str, *, fail: bool = False, hang: bool = False) -> object:
        async def close() -> None:
            order.append(name)
            if hang:
                await asyncio.sleep(60)
            if fail:
                raise OSError("connection reset")

        return close

    closers = [closer("first"), closer("hangs", hang=True), closer("fails", fail=True)]
    asyncio.run(close_all(closers, timeout_s=0.05))  # type: ignore[arg-type]
    assert order == ["fails", "hangs", "first"]  # the last opened first, every one tried
    assert closers == []  # and each only once
