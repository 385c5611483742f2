"""Translate KafkaSettings into aiokafka and Faust arguments (PLAINTEXT, SSL, SASL)."""

from __future__ import annotations

import ssl
from typing import Any

from supportloop.settings import KafkaSettings


def ssl_context(settings: KafkaSettings) -> ssl.SSLContext | None:
    if settings.security_protocol not in ("SSL", "SASL_SSL"):
        return None
    context = ssl.create_default_context(
        cafile=str(settings.ssl_cafile) if settings.ssl_cafile else None
    )
    if settings.ssl_certfile:
        context.load_cert_chain(
            str(settings.ssl_certfile),
            keyfile=str(settings.ssl_keyfile) if settings.ssl_keyfile else None,
        )
    return context


def aiokafka_kwargs(settings: KafkaSettings) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "bootstrap_servers": settings.bootstrap_servers,
        "security_protocol": settings.security_protocol,
    }
    context = ssl_context(settings)
    if context is not None:
        kwargs["ssl_context"] = context
    if settings.security_protocol.startswith("SASL"):
        kwargs["sasl_mechanism"] = settings.sasl_mechanism or "PLAIN"
        kwargs["sasl_plain_username"] = settings.sasl_username
        kwargs["sasl_plain_password"] = (
            settings.sasl_password.get_secret_value() if settings.sasl_password else None
        )
    return kwargs


def faust_broker_kwargs(settings: KafkaSettings) -> dict[str, Any]:
    import faust

    brokers = ",".join(f"kafka://{host}" for host in settings.bootstrap_servers.split(","))
    kwargs: dict[str, Any] = {"broker": brokers}
    context = ssl_context(settings)
    if settings.security_protocol.startswith("SASL"):
        password = settings.sasl_password.get_secret_value() if settings.sasl_password else ""
        mechanism = settings.sasl_mechanism or "PLAIN"
        if mechanism == "PLAIN":
            kwargs["broker_credentials"] = faust.SASLCredentials(
                username=settings.sasl_username, password=password, ssl_context=context
            )
        else:
            kwargs["broker_credentials"] = faust.SASLCredentials(
                username=settings.sasl_username,
                password=password,
                ssl_context=context,
                mechanism=mechanism,
            )
    elif context is not None:
        kwargs["broker_credentials"] = faust.SSLCredentials(context)
    return kwargs
