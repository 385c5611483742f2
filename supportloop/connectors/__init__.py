"""HTTP connectors to the shop, helpdesk, subscriptions and account systems."""

from supportloop.connectors.accounts import AccountActions
from supportloop.connectors.commerce import ShopifyCommerce
from supportloop.connectors.errors import (
    ConnectorError,
    ConnectorRejected,
    ConnectorUnavailable,
    ReadOnlyViolation,
)
from supportloop.connectors.helpdesk import (
    ZendeskHelpdesk,
    sign_webhook,
    verify_webhook_signature,
)
from supportloop.connectors.http import HttpConnector, RetryPolicy
from supportloop.connectors.subscriptions import RechargeSubscriptions

__all__ = [
    "AccountActions",
    "ConnectorError",
    "ConnectorRejected",
    "ConnectorUnavailable",
    "HttpConnector",
    "ReadOnlyViolation",
    "RechargeSubscriptions",
    "RetryPolicy",
    "ShopifyCommerce",
    "ZendeskHelpdesk",
    "sign_webhook",
    "verify_webhook_signature",
]
