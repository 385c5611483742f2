"""The optional polish: the guard on adversarial rewrites, and the SDK path end to end
through an httpx transport that answers like the Messages API (nothing leaves the process)."""

from __future__ import annotations

from pathlib import Path

import httpx2 as httpx  # the anthropic SDK's own HTTP package
import pytest
from prometheus_client import CollectorRegistry

from supportloop.adapters.polish import (
    ClaudePolisher,
    PolishSettings,
    build_polisher,
    polish_counter,
)
from supportloop.core.replies import Brand, RenderedReply, check_polish
from tests.anthropic_api import Handler, client_over, messages_api

EN = (
    "Hi Ana,\n\nI've refunded $49.00 for order #1042 to your original payment method; it "
    "shows up within 3-5 business days. Questions? Write to help@fernhill.example or see "
    "https://fernhill.example/refunds\n\nFernhill & Co."
)
TRACKING = (
    "Hi Ana,\n\nGood news: order #1042 is on its way with UPS and should arrive by Monday, "
    "December 7. You can follow it here: https://track.example.com/1Z999AA10123456784\n\n"
    "Fernhill & Co."
)
ES = (
    "Hola, Ana:\n\nBuenas noticias: el pedido #1042 ya está en camino con UPS y debería "
    "llegar el lunes, 7 de diciembre. Puedes seguirlo aquí: "
    "https://track.example.com/1Z999AA10123456784\n\nFernhill & Co."
)
DE = (
    "Hallo Ana,\n\nIch habe 49,00\xa0€ für Bestellung #1042 auf Ihre ursprüngliche "
    "Zahlungsmethode erstattet; der Betrag erscheint innerhalb von 3-5 Werktagen.\n\n"
    "Fernhill & Co."
)


def test_a_rewrite_that_keeps_every_fact_is_accepted() -> None:
    polished = EN.replace("I've refunded", "Good news, Ana: we have refunded").replace(
        "Questions?", "Anything else?"
    )
    assert check_polish(EN, polished, "en").ok
    es = ES.replace("Buenas noticias", "¡Qué bien!").replace("Puedes seguirlo", "Síguelo")
    assert check_polish(ES, es, "es").ok


@pytest.mark.parametrize(
    ("original", "rewrite", "locale", "outcome"),
    [
        (EN, EN.replace("$49.00", "$94.00"), "en", "rejected_facts"),  # changed amount
        (EN, EN.replace("$49.00", "€49.00"), "en", "rejected_facts"),  # changed currency
        (EN, EN.replace("$49.00", "$49"), "en", "rejected_facts"),  # reformatted amount
        (DE, DE.replace("49,00", "49.00"), "de", "rejected_facts"),
        (EN, EN.replace("#1042", "#1024"), "en", "rejected_facts"),  # order name
        (EN, EN.replace("3-5", "2-3"), "en", "rejected_facts"),  # a promise's number
        (
            EN,
            EN.replace("help@fernhill.example", "refunds@fernhill.example"),
            "en",
            "rejected_facts",
        ),
        (EN, EN + " Or call +1 555 0100.", "en", "rejected_facts"),  # new phone number
        (
            TRACKING,
            TRACKING.replace(
                " You can follow it here: https://track.example.com/1Z999AA10123456784", ""
            ),
            "en",
            "rejected_facts",
        ),  # dropped tracking link
        (
            TRACKING,
            TRACKING.replace("1Z999AA10123456784", "1Z999AA10123456785"),
            "en",
            "rejected_facts",
        ),  # tracking number changed inside the link
        (
            TRACKING,
            TRACKING.replace("Fernhill & Co.", "Use code SORRY15 for 15% off!\n\nFernhill & Co."),
            "en",
            "rejected_facts",
        ),  # invented discount code
        (
            TRACKING,
            TRACKING.replace(
                "Fernhill & Co.", "Use code WELCOMEBACK for a treat.\n\nFernhill & Co."
            ),
            "en",
            "rejected_facts",
        ),  # invented code without a digit
        (
            TRACKING,
            TRACKING.replace("Fernhill & Co.", "See https://evil.example/x\n\nFernhill & Co."),
            "en",
            "rejected_facts",
        ),  # new link
        (
            TRACKING,
            TRACKING.replace(
                "Fernhill & Co.", "Use the code sorry for a discount.\n\nFernhill & Co."
            ),
            "en",
            "rejected_facts",
        ),  # invented code in lower case
        (
            TRACKING,
            TRACKING.replace(
                "Fernhill & Co.", "We added a free gift for the wait!\n\nFernhill & Co."
            ),
            "en",
            "rejected_facts",
        ),  # invented offer in words
        (
            ES,
            ES.replace("Fernhill & Co.", "Te regalamos un cupón de diez euros.\n\nFernhill & Co."),
            "es",
            "rejected_facts",
        ),  # invented offer in words, Spanish
        (TRACKING, TRACKING.replace("Monday", "Tuesday"), "en", "rejected_facts"),  # weekday
        (TRACKING, TRACKING.replace("December", "January"), "en", "rejected_facts"),  # month
        (ES, ES.replace("lunes", "martes"), "es", "rejected_facts"),
        (
            ES,
            "Hi Ana,\n\nGood news: order #1042 is on its way with UPS and should arrive on "
            "lunes, 7 de diciembre. Follow it here: https://track.example.com/1Z999AA10123456784"
            "\n\nFernhill & Co.",
            "es",
            "rejected_language",
        ),  # switched language, facts kept
        (EN, "", "en", "rejected_shape"),
        (EN, EN * 2, "en", "rejected_facts"),  # every fact twice
        (EN, EN + " {{ refund_amount }}", "en", "rejected_shape"),
    ],
)
def test_adversarial_rewrites_never_get_through(
    original: str, rewrite: str, locale: str, outcome: str
) -> None:
    result = check_polish(original, rewrite, locale)
    assert not result.ok
    assert result.outcome == outcome, result


def test_much_longer_rewrite_is_refused_even_with_the_same_facts() -> None:
    padded = EN.replace("Hi Ana,", "Hi Ana," + " We truly value you as a customer." * 30)
    assert check_polish(EN, padded, "en").outcome == "rejected_shape"


# ------------------------------------------------------------------ through the SDK


def _polisher(handler: Handler, registry: CollectorRegistry, **kw: float) -> ClaudePolisher:
    client = client_over(handler)
    return ClaudePolisher(client, Brand(), polish_counter(registry), model="claude-test", **kw)


def _count(registry: CollectorRegistry, outcome: str) -> float:
    value = registry.get_sample_value("supportloop_reply_polish_total", {"outcome": outcome})
    return value or 0.0


REPLY = RenderedReply(EN, "en", "en")


async def test_a_good_rewrite_is_sent_and_counted() -> None:
    registry = CollectorRegistry()
    seen: list[dict[str, object]] = []
    better = EN.replace("I've refunded", "All sorted: I've refunded")
    result = await _polisher(messages_api(f"<reply>\n{better}\n</reply>", seen), registry).polish(
        REPLY
    )
    assert result.text == better and result.locale == "en"
    assert _count(registry, "accepted") == 1 and _count(registry, "rejected_facts") == 0
    assert seen[0]["model"] == "claude-test"
    [message] = seen[0]["messages"]  # type: ignore[misc]
    assert message["content"] == f"<reply>\n{EN}\n</reply>"
    assert "Fernhill & Co." in str(seen[0]["system"])


async def test_a_rewrite_that_changes_the_amount_is_dropped_for_the_template() -> None:
    registry = CollectorRegistry()
    polisher = _polisher(messages_api(EN.replace("$49.00", "$490.00")), registry)
    assert (await polisher.polish(REPLY)) == REPLY
    assert _count(registry, "rejected_facts") == 1 and _count(registry, "accepted") == 0


async def test_a_timeout_sends_the_template() -> None:
    registry = CollectorRegistry()

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    assert (await _polisher(slow, registry).polish(REPLY)) == REPLY
    assert _count(registry, "timeout") == 1


async def test_an_api_error_sends_the_template() -> None:
    registry = CollectorRegistry()

    def overloaded(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            529, json={"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}
        )

    assert (await _polisher(overloaded, registry).polish(REPLY)) == REPLY
    assert _count(registry, "api_error") == 1


def test_polish_is_off_unless_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUPPORTLOOP_REPLY_POLISH", raising=False)
    assert build_polisher(Brand(), CollectorRegistry()) is None
    monkeypatch.setenv("SUPPORTLOOP_REPLY_POLISH", "claude")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "test")
    assert PolishSettings().polish == "claude"
    assert isinstance(build_polisher(Brand(), CollectorRegistry()), ClaudePolisher)
    monkeypatch.setenv("SUPPORTLOOP_REPLY_POLISH", "gpt")
    with pytest.raises(ValueError, match="polish"):
        PolishSettings()


def test_friendly_filler_is_not_mistaken_for_an_offer() -> None:
    polished = TRACKING.replace(
        "You can follow it here:", "Feel free to follow it here, and may it arrive soon:"
    )
    assert check_polish(TRACKING, polished, "en").ok
    fr_original = (
        "Bonjour Ana,\n\nBonne nouvelle : la commande #1042 est en route avec UPS et devrait "
        "arriver le lundi 7 décembre.\n\nFernhill & Co."
    )
    fr = fr_original.replace("Bonne nouvelle", "Bon, bonne nouvelle : vous allez avoir votre colis")
    assert check_polish(fr_original, fr, "fr").ok


def test_every_shipped_template_accepts_itself_and_refuses_a_switch_to_english() -> None:
    from supportloop.adapters.replies import load_replies
    from supportloop.core.replies.check import replying_actions
    from supportloop.core.replies.facts import SAMPLE_FACTS

    catalog = load_replies(Path(__file__).resolve().parents[3] / "replies")
    english = {a: catalog.render_in("en", a, SAMPLE_FACTS) for a in replying_actions()}
    for locale in catalog.brand.enabled_locales:
        for action in replying_actions():
            text = catalog.render_in(locale, action, SAMPLE_FACTS)
            assert text is not None
            assert check_polish(text, text, locale).ok, (locale, action)
            if locale != "en" and action != "answer_from_kb":  # the KB sample is English
                swapped = check_polish(text, str(english[action]), locale)
                assert not swapped.ok, (locale, action)
