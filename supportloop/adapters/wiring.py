"""Composition root for the resolution workflow over HTTP connectors."""

from __future__ import annotations

from pathlib import Path

import httpx
from prometheus_client import CollectorRegistry

from supportloop.adapters.connectors import (
    AccountActions,
    RechargeSubscriptions,
    RetryPolicy,
    ShopifyCommerce,
)
from supportloop.adapters.connectors.helpdesks import build_helpdesk
from supportloop.adapters.kb_compose import build_composer
from supportloop.adapters.polish import build_polisher
from supportloop.adapters.replies import load_replies
from supportloop.core.knowledge import load_knowledge_base
from supportloop.core.policy import load_policies
from supportloop.core.resolution.ports import Clock, EffectLedger
from supportloop.core.resolution.settings import ResolverSettings
from supportloop.core.resolution.workflow import ResolutionWorkflow
from supportloop.settings import HelpdeskSettings

# Where the subscriptions and account APIs sit below one shared ``store_url`` when no
# per-system URL is set (the demo store serves all four systems under one host this way).
SUBSCRIPTIONS_PREFIX = "/recharge"
ACCOUNTS_PREFIX = "/accounts"


def build_workflow(
    store_url: str | None = None,
    policies_dir: Path | str | None = None,
    kb_dir: Path | str | None = None,
    ledger: EffectLedger | None = None,
    *,
    settings: ResolverSettings | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    clock: Clock | None = None,
    replies_dir: Path | str | None = None,
    registry: CollectorRegistry | None = None,
    helpdesk_settings: HelpdeskSettings | None = None,
) -> ResolutionWorkflow:
    """Compile policies and the KB (raising PolicyError/ConfigurationError at start-up) and
    wire HTTP connectors to ``store_url`` (or the per-system URLs of ``settings``); the
    helpdesk is Zendesk or Gorgias by ``helpdesk_settings`` (SUPPORTLOOP_HELPDESK)."""
    from supportloop.core.handoff.settings import HandoffSettings
    from supportloop.core.resolution.ports import Accounts, InMemoryLedger, NoAccountsService

    cfg = settings or ResolverSettings()
    base = (store_url or cfg.store_url).rstrip("/")
    retry = RetryPolicy(attempts=cfg.retry_attempts, backoff_s=cfg.retry_backoff_s)
    common = {
        "transport": transport,
        "retry": retry,
        "timeout_s": cfg.timeout_s,
        "read_only": cfg.read_only,
    }

    def token(header: str, secret: object) -> dict[str, str]:
        value = getattr(secret, "get_secret_value", lambda: None)()
        return {header: str(value)} if value else {}

    commerce = ShopifyCommerce(
        cfg.commerce_url or base,
        api_version=cfg.commerce_api_version,
        headers=token("X-Shopify-Access-Token", cfg.commerce_token),
        **common,  # type: ignore[arg-type]
    )
    helpdesk = build_helpdesk(
        helpdesk_settings or HelpdeskSettings(),
        zendesk_url=cfg.helpdesk_url or base,
        zendesk_token=cfg.helpdesk_token,
        store_url=base,
        **common,
    )
    subscriptions = RechargeSubscriptions(
        cfg.subscriptions_url or base + SUBSCRIPTIONS_PREFIX,
        headers=token("X-Recharge-Access-Token", cfg.subscriptions_token),
        **common,  # type: ignore[arg-type]
    )
    # A real shop (its own commerce URL) with no accounts service of the brand's: nothing
    # to call; the demo store's accounts API stands in only when everything is the demo's.
    accounts: Accounts = (
        NoAccountsService()
        if cfg.accounts_url is None and cfg.commerce_url is not None
        else AccountActions(cfg.accounts_url or base + ACCOUNTS_PREFIX, **common)  # type: ignore[arg-type]
    )
    replies = load_replies(replies_dir or cfg.replies_dir)
    workflow = ResolutionWorkflow(
        load_policies(policies_dir or cfg.policies_dir),
        commerce,
        helpdesk,
        subscriptions,
        accounts,
        load_knowledge_base(kb_dir or cfg.kb_dir),
        ledger or InMemoryLedger(),
        clock,
        replies=replies,
        polisher=build_polisher(replies.brand, registry),
        history=helpdesk,
        handoff_tag=HandoffSettings().handoff_tag,
    )
    workflow.gatherer.composer = build_composer(registry)
    return workflow
