"""`supportloop connectors check`: read-only calls against the configured shop, helpdesk and
subscriptions system that show whether the credentials can do what SupportLoop needs.

- Shopify (GraphQL Admin API): ``shop`` + ``currentAppInstallation.accessScopes``
  (https://shopify.dev/docs/api/admin-graphql/latest/objects/AppInstallation), compared with
  :data:`~supportloop.adapters.connectors.commerce.REQUIRED_SCOPES`; then one recent order.
- Zendesk: ``GET /api/v2/users/me`` (Show Self: the user the credentials act as must be an
  agent or admin) and one ticket (``GET /api/v2/tickets`` with ``page[size]=1``,
  https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#list-tickets).
- Gorgias (SUPPORTLOOP_HELPDESK=gorgias): ``GET /api/users/0`` (the API key's user) and one
  ticket (``GET /api/tickets?limit=1``, https://developers.gorgias.com/reference/get_api-tickets).
- Recharge (API 2021-11, ``X-Recharge-Version: 2021-11``): one record of each resource the
  resolver reads, ``GET /customers``, ``GET /subscriptions`` and ``GET /charges`` with
  ``limit=1`` (https://developer.rechargepayments.com/2021-11/customers/customers_list,
  .../subscriptions/subscriptions_list, .../charges/charge_list); a 401/403 names the
  resource the token cannot read.

Every connector is built read-only: a check can never write.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx

from supportloop.adapters.connectors.commerce import (
    ACTION_SCOPES,
    REQUIRED_SCOPES,
    ShopifyCommerce,
    missing_scopes,
)
from supportloop.adapters.connectors.gorgias import GorgiasHelpdesk
from supportloop.adapters.connectors.helpdesk import ZendeskHelpdesk
from supportloop.adapters.connectors.helpdesks import build_helpdesk
from supportloop.adapters.connectors.http import HttpConnector, RetryPolicy
from supportloop.adapters.connectors.subscriptions import API_VERSION, RechargeSubscriptions
from supportloop.core.resolution.settings import ResolverSettings
from supportloop.errors import ConfigurationError, ConnectorError, ConnectorRejected
from supportloop.settings import HelpdeskSettings

AGENT_ROLES = ("agent", "admin")


@dataclass
class SystemCheck:
    system: str
    ok: bool = True
    details: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def fail(self, message: str) -> None:
        self.ok = False
        self.details.append(message)


def _token(secret: object) -> str | None:
    value = getattr(secret, "get_secret_value", lambda: None)()
    return str(value) if value else None


def _needed_by(scope: str) -> str:
    actions = [a for a, scopes in ACTION_SCOPES.items() if scope in scopes]
    return ", ".join(actions)


async def check_commerce(commerce: ShopifyCommerce) -> SystemCheck:
    result = SystemCheck("commerce (Shopify)")
    try:
        shop, granted = await commerce.granted_scopes()
    except ConnectorError as error:
        result.fail(f"cannot read the shop: {error}")
        return result
    result.details.append(f"shop {shop.get('name')} ({shop.get('myshopifyDomain')}), "
                          f"API {commerce.api_version}")  # fmt: skip
    for scope in missing_scopes(granted):
        result.ok = False
        result.missing.append(scope)
        result.details.append(f"missing access scope {scope} (needed by: {_needed_by(scope)})")
    if not result.missing:
        result.details.append(f"access scopes ok: {', '.join(REQUIRED_SCOPES)}")
    try:
        recent = await commerce.recent_order()
    except ConnectorError as error:
        result.fail(f"cannot read an order: {error}")
    else:
        result.details.append(f"recent order: {recent['name'] if recent else 'none yet'}")
    return result


async def check_helpdesk(helpdesk: ZendeskHelpdesk | GorgiasHelpdesk) -> SystemCheck:
    gorgias = isinstance(helpdesk, GorgiasHelpdesk)
    result = SystemCheck(f"helpdesk ({'Gorgias' if gorgias else 'Zendesk'})")
    try:
        me = await helpdesk.current_user()
    except ConnectorError as error:
        result.fail(f"cannot authenticate: {error}")
        return result
    role = (me or {}).get("role")
    if role not in AGENT_ROLES:
        result.ok = False
        result.missing.append("agent role")
        result.details.append(f"acts as {(me or {}).get('email')} with role {role}: an agent "
                              "or admin is needed to read and update tickets")  # fmt: skip
    else:
        result.details.append(f"acts as {me.get('email') if me else '?'} ({role})")
    path, params, key = (
        ("/api/tickets", {"limit": "1"}, "data")
        if gorgias
        else ("/api/v2/tickets.json", {"page[size]": "1"}, "tickets")
    )
    try:
        data = await helpdesk.request("GET", path, params=params)
    except ConnectorError as error:
        result.fail(f"cannot list tickets: {error}")
    else:
        tickets = (data or {}).get(key) or []
        result.details.append(f"one ticket read: {tickets[0].get('id') if tickets else 'none yet'}")
    return result


async def check_subscriptions(subscriptions: RechargeSubscriptions) -> SystemCheck:
    result = SystemCheck(f"subscriptions (Recharge {API_VERSION})")
    for resource in ("customers", "subscriptions", "charges"):
        try:
            data = await subscriptions.request("GET", f"/{resource}", params={"limit": "1"})
        except ConnectorRejected as error:
            if error.status in (401, 403):
                result.missing.append(f"read {resource}")
            result.fail(f"cannot list {resource}: {error}")
        except ConnectorError as error:
            result.fail(f"cannot list {resource}: {error}")
        else:
            found = (data or {}).get(resource) or []
            first = found[0].get("id") if found else "none yet"
            result.details.append(f"one of {resource} read: {first}")
    return result


async def check_connectors(
    settings: ResolverSettings | None = None,
    store_url: str | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> list[SystemCheck]:
    """Run every check with read-only connectors built from ``settings``."""
    from supportloop.adapters.wiring import SUBSCRIPTIONS_PREFIX

    cfg = settings or ResolverSettings()
    base = (store_url or cfg.store_url).rstrip("/")
    common = {
        "transport": transport,
        "retry": RetryPolicy(attempts=2, backoff_s=cfg.retry_backoff_s),
        "timeout_s": cfg.timeout_s,
        "read_only": True,
    }
    shop_token = _token(cfg.commerce_token)
    commerce = ShopifyCommerce(
        cfg.commerce_url or base,
        api_version=cfg.commerce_api_version,
        headers={"X-Shopify-Access-Token": shop_token} if shop_token else {},
        **common,  # type: ignore[arg-type]
    )
    try:
        helpdesk: ZendeskHelpdesk | GorgiasHelpdesk | None = build_helpdesk(
            HelpdeskSettings(),
            zendesk_url=cfg.helpdesk_url or base,
            zendesk_token=cfg.helpdesk_token,
            store_url=base,
            **common,
        )
        unusable = None
    except ConfigurationError as error:
        helpdesk, unusable = None, SystemCheck("helpdesk", ok=False, details=[str(error)])
    subs_token = _token(cfg.subscriptions_token)
    subscriptions = RechargeSubscriptions(
        cfg.subscriptions_url or base + SUBSCRIPTIONS_PREFIX,
        headers={"X-Recharge-Access-Token": subs_token} if subs_token else {},
        **common,  # type: ignore[arg-type]
    )
    clients: list[HttpConnector] = [commerce, subscriptions, *([helpdesk] if helpdesk else [])]
    try:
        return [
            await check_commerce(commerce),
            await check_helpdesk(helpdesk) if helpdesk else unusable or SystemCheck("helpdesk"),
            await check_subscriptions(subscriptions),
        ]
    finally:
        for client in clients:
            await client.aclose()
