"""HTTP connectors to the shop, helpdesk, subscriptions and account systems."""

from supportloop.adapters.connectors.accounts import AccountActions
from supportloop.adapters.connectors.commerce import ShopifyCommerce
from supportloop.adapters.connectors.gorgias import GorgiasHelpdesk
from supportloop.adapters.connectors.helpdesk import (
    ZendeskHelpdesk,
    sign_webhook,
    verify_webhook_signature,
)
from supportloop.adapters.connectors.http import HttpConnector, RetryPolicy
from supportloop.adapters.connectors.subscriptions import RechargeSubscriptions
from supportloop.errors import (
    ConnectorError,
    ConnectorRejected,
    ConnectorUnavailable,
    ReadOnlyViolation,
)

__all__ = [
    "AccountActions",
    "ConnectorError",
    "ConnectorRejected",
    "ConnectorUnavailable",
    "GorgiasHelpdesk",
    "HttpConnector",
    "ReadOnlyViolation",
    "RechargeSubscriptions",
    "RetryPolicy",
    "ShopifyCommerce",
    "ZendeskHelpdesk",
    "sign_webhook",
    "verify_webhook_signature",
]
