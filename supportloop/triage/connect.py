"""Edge adapters: a read-only evaluator over the HTTP connectors, and the demo store."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path

import httpx

from supportloop.adapters.wiring import build_workflow
from supportloop.core.resolution import ResolverSettings
from supportloop.triage.evaluate import PolicyEvaluator

_PER_SYSTEM_URLS = ("commerce_url", "helpdesk_url", "subscriptions_url", "accounts_url")


def read_only_settings(*, demo: bool) -> ResolverSettings:
    """The resolver settings with writes refused. Against the demo store the per-system URLs
    and tokens from the environment are dropped, so every read goes to the demo store."""
    update: dict[str, object] = {"read_only": True}
    if demo:
        update |= dict.fromkeys(_PER_SYSTEM_URLS)
        update |= dict.fromkeys(("commerce_token", "helpdesk_token", "subscriptions_token"))
    return ResolverSettings().model_copy(update=update)


@asynccontextmanager
async def read_only_evaluator(
    store_url: str,
    policies_dir: Path | str | None = None,
    kb_dir: Path | str | None = None,
    *,
    demo: bool = False,
    transport: httpx.AsyncBaseTransport | None = None,
) -> AsyncIterator[PolicyEvaluator]:
    """Compile the policies (PolicyError on a bad file) and wire read-only connectors."""
    workflow = build_workflow(
        store_url, policies_dir, kb_dir, settings=read_only_settings(demo=demo), transport=transport
    )
    try:
        yield PolicyEvaluator(workflow.policies, workflow.gatherer, workflow.replies)
    finally:
        ports = workflow.ports
        for connector in (ports.commerce, ports.helpdesk, ports.subscriptions, ports.accounts):
            close = getattr(connector, "aclose", None)
            if close is not None:
                await close()


@contextmanager
def store_or_demo(store_url: str | None) -> Iterator[tuple[str, bool]]:
    """``store_url`` as given, or an in-memory demo store seeded from the bundled data."""
    if store_url is not None:
        yield store_url, False
        return
    from supportloop.devtools.seeded_store import seeded_store

    with seeded_store() as url:
        yield url, True
