"""Which helpdesk connector to build: Zendesk or Gorgias, by SUPPORTLOOP_HELPDESK. Both
implement the same ports; the resolver's and the escalator's composition roots ask here."""

from __future__ import annotations

from typing import Any

from pydantic import SecretStr

from supportloop.adapters.connectors.gorgias import GorgiasHelpdesk, basic_auth
from supportloop.adapters.connectors.helpdesk import ZendeskHelpdesk
from supportloop.errors import ConfigurationError
from supportloop.settings import HELPDESKS, HelpdeskSettings

GORGIAS_DEMO_PREFIX = "/gorgias"  # the demo store's Gorgias emulation, below its base URL


def helpdesk_kind(settings: HelpdeskSettings) -> str:
    kind = settings.helpdesk.strip().lower()
    if kind not in HELPDESKS:
        raise ConfigurationError(
            f"SUPPORTLOOP_HELPDESK={settings.helpdesk!r}: must be one of {', '.join(HELPDESKS)}"
        )
    return kind


def build_helpdesk(
    settings: HelpdeskSettings,
    *,
    zendesk_url: str,
    zendesk_token: SecretStr | None,
    store_url: str,
    **common: Any,
) -> ZendeskHelpdesk | GorgiasHelpdesk:
    """The configured helpdesk. ``common``: the HttpConnector options (transport, retry,
    timeout_s, read_only). Gorgias without a user and API key is a ConfigurationError:
    its API (and the demo store's emulation) answers nothing without them."""
    if helpdesk_kind(settings) == "zendesk":
        token = zendesk_token.get_secret_value() if zendesk_token else None
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return ZendeskHelpdesk(zendesk_url, headers=headers, **common)
    key = settings.gorgias_api_key.get_secret_value() if settings.gorgias_api_key else ""
    if not settings.gorgias_user or not key:
        raise ConfigurationError(
            "SUPPORTLOOP_HELPDESK=gorgias needs SUPPORTLOOP_GORGIAS_USER (the API key's "
            "e-mail) and SUPPORTLOOP_GORGIAS_API_KEY"
        )
    url = settings.gorgias_url or store_url.rstrip("/") + GORGIAS_DEMO_PREFIX
    return GorgiasHelpdesk(url, headers=basic_auth(settings.gorgias_user, key), **common)
