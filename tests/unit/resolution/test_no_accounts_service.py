"""Issue 16: Shopify's Admin API has no password reset or login-email change on a customer's
behalf. Pointed at a real shop with no accounts service of the brand's, SupportLoop does not
pretend: the account facts are unknown and account_help goes to a person, with nothing sent."""

from __future__ import annotations

from dataclasses import replace

from supportloop.adapters.connectors.accounts import AccountActions
from supportloop.adapters.wiring import build_workflow
from supportloop.core import events as ev
from supportloop.core.resolution.ports import NoAccountsService
from supportloop.core.resolution.settings import ResolverSettings
from tests.unit.resolution.resolution_harness import REPO, Harness


def test_a_real_shop_without_an_accounts_url_has_no_accounts_service() -> None:
    def accounts_of(settings: ResolverSettings) -> object:
        workflow = build_workflow(
            policies_dir=REPO / "policies", kb_dir=REPO / "knowledge_base", settings=settings
        )
        return workflow.ports.accounts

    real_shop = ResolverSettings(commerce_url="https://fernhill.myshopify.com")
    assert isinstance(accounts_of(real_shop), NoAccountsService)
    own_service = real_shop.model_copy(update={"accounts_url": "https://accounts.fernhill.test"})
    assert isinstance(accounts_of(own_service), AccountActions)
    assert isinstance(accounts_of(ResolverSettings()), AccountActions)  # the demo store's


async def test_account_help_goes_to_a_person_when_there_is_no_accounts_service(
    harness: Harness,
) -> None:
    none = NoAccountsService()
    harness.workflow.ports = replace(harness.workflow.ports, accounts=none)
    harness.workflow.gatherer.accounts = none
    for scenario in ("password_reset", "email_change"):
        tid = harness.ticket_ids("account_help", scenario)[0]
        [event] = await harness.workflow.handle(harness.classified(tid), "live")
        assert isinstance(event, ev.TicketEscalated), scenario
        assert (event.reason, event.recommended_action) == ("facts_missing", "review_account")
        assert "missing fact: account_found" in event.reasons
        assert event.facts.get("account_found") is None
        assert event.facts["requested_account_action"] == scenario  # what they asked for
    assert harness.effects("account.password_reset") == []
    assert [e for e in harness.effects() if e["kind"].startswith("account")] == []
