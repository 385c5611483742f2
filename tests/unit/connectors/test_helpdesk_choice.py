"""SUPPORTLOOP_HELPDESK picks the helpdesk connector for the resolver and the escalator:
Zendesk by default, Gorgias with its account's e-mail and API key; anything else stops the
start-up with a ConfigurationError naming the setting."""

from __future__ import annotations

import base64
from pathlib import Path

import httpx
import pytest
from pydantic import SecretStr

from services.escalator.app import helpdesk_from
from services.escalator.settings import EscalatorSettings
from supportloop.adapters.connectors import GorgiasHelpdesk, ZendeskHelpdesk
from supportloop.adapters.connectors.helpdesks import build_helpdesk
from supportloop.adapters.wiring import build_workflow
from supportloop.core.resolution import ResolverSettings
from supportloop.errors import ConfigurationError
from supportloop.settings import HelpdeskSettings

REPO = Path(__file__).resolve().parents[3]
GORGIAS = {"SUPPORTLOOP_HELPDESK": "gorgias", "SUPPORTLOOP_GORGIAS_USER": "bot@shop.example",
           "SUPPORTLOOP_GORGIAS_API_KEY": "key-1"}  # fmt: skip


def gorgias_settings(**extra: object) -> HelpdeskSettings:
    values: dict[str, object] = {
        "helpdesk": "gorgias",
        "gorgias_user": "bot@shop.example",
        "gorgias_api_key": SecretStr("key-1"),
        **extra,
    }
    return HelpdeskSettings(**values)  # type: ignore[arg-type]


def test_zendesk_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUPPORTLOOP_HELPDESK", raising=False)
    desk = build_helpdesk(
        HelpdeskSettings(), zendesk_url="http://zd", zendesk_token=None, store_url="http://s"
    )
    assert type(desk) is ZendeskHelpdesk


def test_gorgias_is_chosen_by_the_setting_with_basic_auth(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in GORGIAS.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("SUPPORTLOOP_GORGIAS_URL", "https://fernhill.gorgias.com")
    desk = build_helpdesk(
        HelpdeskSettings(), zendesk_url="http://zd", zendesk_token=None, store_url="http://s"
    )
    assert isinstance(desk, GorgiasHelpdesk)
    assert str(desk._client.base_url) == "https://fernhill.gorgias.com"
    expected = base64.b64encode(b"bot@shop.example:key-1").decode()
    assert desk._client.headers["Authorization"] == f"Basic {expected}"


def test_gorgias_without_a_url_is_the_demo_stores_emulation() -> None:
    desk = build_helpdesk(
        gorgias_settings(), zendesk_url="x", zendesk_token=None, store_url="http://demo:8765/"
    )
    assert str(desk._client.base_url) == "http://demo:8765/gorgias/"


@pytest.mark.parametrize("value", ["freshdesk", "", "zen desk"])
def test_an_unknown_helpdesk_is_a_configuration_error(value: str) -> None:
    with pytest.raises(ConfigurationError, match=r"SUPPORTLOOP_HELPDESK=.*zendesk, gorgias"):
        build_helpdesk(
            HelpdeskSettings(helpdesk=value), zendesk_url="x", zendesk_token=None, store_url="x"
        )


def test_gorgias_without_credentials_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="SUPPORTLOOP_GORGIAS_API_KEY"):
        build_helpdesk(
            gorgias_settings(gorgias_api_key=None), zendesk_url="x", zendesk_token=None,
            store_url="x",
        )  # fmt: skip


def test_the_resolver_and_the_escalator_act_on_the_chosen_helpdesk(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in GORGIAS.items():
        monkeypatch.setenv(name, value)
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(404)

    config = ResolverSettings(policies_dir=REPO / "policies", kb_dir=REPO / "knowledge_base")
    workflow = build_workflow(
        "http://demo", settings=config, transport=httpx.MockTransport(handler)
    )
    assert isinstance(workflow.ports.helpdesk, GorgiasHelpdesk)
    assert isinstance(helpdesk_from(EscalatorSettings()), GorgiasHelpdesk)
    monkeypatch.setenv("SUPPORTLOOP_HELPDESK", "nope")
    with pytest.raises(ConfigurationError):
        helpdesk_from(EscalatorSettings())
