"""Reply templates as files: loading, locale choice, CLDR formatting, the check."""

from __future__ import annotations

from pathlib import Path

import pytest

from supportloop.adapters.replies import load_replies
from supportloop.core.policy import ACTIONS, load_policies
from supportloop.core.replies import LegacyReplies, ReplyCatalog, ReplyError, parse_brand
from supportloop.core.replies.brand import BrandError
from supportloop.core.replies.check import check_replies, replying_actions
from supportloop.core.replies.facts import SAMPLE_FACTS

REPO = Path(__file__).resolve().parents[3]
REPLIES = REPO / "replies"


@pytest.fixture(scope="module")
def catalog() -> ReplyCatalog:
    return load_replies(REPLIES)


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "replies"
    for path in REPLIES.rglob("*"):
        if path.is_file():
            dest = target / path.relative_to(REPLIES)
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    return target


def test_shipped_templates_pass_the_check(catalog: ReplyCatalog) -> None:
    assert check_replies(catalog, load_policies(REPO / "policies").values()) == []
    assert set(catalog.brand.enabled_locales) >= {"en", "es", "fr", "de", "it", "nl", "pt"}
    for locale in catalog.brand.enabled_locales:
        for action in replying_actions():
            assert catalog.has(locale, action), (locale, action)


def test_english_templates_reproduce_the_replies_sent_before_they_were_files(
    catalog: ReplyCatalog,
) -> None:
    legacy = LegacyReplies()
    # the date is now formatted ("Monday, December 14")
    changed = {"skip_next_charge", "delay_subscription"}
    for action in replying_actions():
        rendered, before = (
            catalog.render(action, SAMPLE_FACTS, "en"),
            legacy.render(action, SAMPLE_FACTS, "en"),
        )
        assert rendered is not None and before is not None
        if action in changed:
            assert rendered.text != before.text
            continue
        assert rendered.text == before.text, action


@pytest.mark.parametrize(
    ("status", "extra", "expected"),
    [
        ("unfulfilled", {}, "is confirmed and being packed"),
        ("delivered", {}, "was delivered on Thursday, December 3."),
        ("in_transit", {}, "should arrive by Monday, December 7. Tracking: https://"),
        ("in_transit", {"order_cancelled": True}, "was cancelled."),
    ],
)
def test_order_status_sentence_follows_the_order(
    catalog: ReplyCatalog, status: str, extra: dict[str, object], expected: str
) -> None:
    facts = {**SAMPLE_FACTS, "fulfillment_status": status, **extra}
    rendered = catalog.render("send_order_status", facts, "en")
    assert rendered is not None and expected in rendered.text


def test_money_and_dates_follow_the_locale(catalog: ReplyCatalog) -> None:
    eur = {**SAMPLE_FACTS, "refund_amount": 12.5, "currency": "EUR"}
    usd = {**SAMPLE_FACTS, "refund_amount": 12.5, "currency": "USD"}
    assert "12,50\xa0€" in catalog.render("refund_order", eur, "de").text  # type: ignore[union-attr]
    assert "12,50\xa0€" in catalog.render("refund_order", eur, "fr").text  # type: ignore[union-attr]
    assert "$12.50" in catalog.render("refund_order", usd, "en").text  # type: ignore[union-attr]
    assert "€12.50" in catalog.render("refund_order", eur, "en").text  # type: ignore[union-attr]
    es = catalog.render("send_tracking", SAMPLE_FACTS, "es")
    assert es is not None and "lunes, 7 de diciembre" in es.text and es.text.startswith("Hola")
    de = catalog.render("send_tracking", SAMPLE_FACTS, "de")
    assert de is not None and "Montag, 7. Dezember" in de.text


def test_a_language_that_is_not_enabled_gets_the_default_locale_and_says_so(
    catalog: ReplyCatalog,
) -> None:
    rendered = catalog.render("send_tracking", SAMPLE_FACTS, "pl")
    assert rendered is not None
    assert (rendered.locale, rendered.language, rendered.fallback) == ("en", "pl", True)
    assert "wrote in pl" in rendered.locale_note
    same = catalog.render("send_tracking", SAMPLE_FACTS, "es")
    assert same is not None and not same.fallback and same.locale_note == ""


def test_a_missing_fact_means_no_reply_not_a_hole(catalog: ReplyCatalog) -> None:
    for missing in ("tracking_url", "eta_at"):
        facts = {**SAMPLE_FACTS, missing: None}
        assert catalog.render("send_tracking", facts, "fr") is None
    assert catalog.render("human_review", SAMPLE_FACTS, "en") is None


def test_check_fails_on_an_unknown_placeholder_with_file_and_line(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    path = root / "es" / "send_tracking.j2"
    path.write_text(
        path.read_text(encoding="utf-8") + "\nCódigo: {{ discount_code }}\n", encoding="utf-8"
    )
    problems = check_replies(load_replies(root), load_policies(REPO / "policies").values())
    assert [(p.path, p.line) for p in problems] == [("es/send_tracking.j2", 7)]
    assert "unknown placeholder 'discount_code'" in problems[0].message


def test_check_fails_on_a_fact_the_policy_does_not_look_up(tmp_path: Path) -> None:
    """send_password_reset's policy looks up the account, not the order."""
    root = _copy(tmp_path)
    (root / "de" / "send_password_reset.j2").write_text(
        "Hallo {{ customer_first_name }}, {{ order_name }}\n", encoding="utf-8"
    )
    problems = check_replies(load_replies(root), load_policies(REPO / "policies").values())
    assert [str(p) for p in problems] == [
        "de/send_password_reset.j2:1: unknown placeholder 'order_name': not a fact "
        "send_password_reset's policy provides"
    ]


def test_check_reports_missing_templates_and_strays(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    (root / "nl" / "refund_order.j2").unlink()
    (root / "nl" / "refund_everything.j2").write_text("x\n", encoding="utf-8")
    (root / "nl" / "human_review.j2").write_text("x\n", encoding="utf-8")
    messages = [
        str(p) for p in check_replies(load_replies(root), load_policies(REPO / "policies").values())
    ]
    assert "nl/refund_order.j2:0: missing: nl has no reply for refund_order" in messages
    assert "nl/refund_everything.j2:0: no action named 'refund_everything'" in messages
    assert "nl/human_review.j2:0: human_review is a recommendation: it never replies" in messages


def test_check_reports_a_template_that_does_not_render(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    (root / "it" / "refund_order.j2").write_text("{{ order_name | money }}\n", encoding="utf-8")
    [problem] = check_replies(load_replies(root), load_policies(REPO / "policies").values())
    assert problem.path == "it/refund_order.j2"
    assert "does not render" in problem.message and "not an amount" in problem.message


def test_syntax_error_stops_loading_with_file_and_line(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    (root / "fr" / "cancel_order.j2").write_text("ok\n{% if %}\n", encoding="utf-8")
    with pytest.raises(ReplyError) as raised:
        load_replies(root)
    assert raised.value.line == 2 and raised.value.path.endswith("fr/cancel_order.j2")


def test_sandbox_refuses_attribute_games(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    (root / "en" / "send_tracking.j2").write_text(
        "{{ customer_first_name.__class__.__mro__[1].__subclasses__() }}\n", encoding="utf-8"
    )
    catalog = load_replies(root)
    with pytest.raises(ReplyError):
        catalog.render_in("en", "send_tracking", SAMPLE_FACTS)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"enabled_locales": ["en", "xx1"]}, "not a two-letter code"),
        ({"default_locale": "es", "enabled_locales": ["en"]}, "is not in enabled_locales"),
        ({"currency": "dollars"}, "ISO 4217"),
        ({"shop": "typo"}, "unknown key"),
        ({"sign_off": ""}, "non-empty"),
        (["en"], "mapping"),
    ],
)
def test_brand_yaml_errors_are_clear(data: object, message: str) -> None:
    with pytest.raises(BrandError, match=message):
        parse_brand(data)


def test_unknown_enabled_locale_is_refused_at_start_up(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    (root / "brand.yaml").write_text("enabled_locales: [en, qq]\n", encoding="utf-8")
    with pytest.raises(ReplyError, match="unknown locale 'qq'"):
        load_replies(root)


def test_every_action_that_replies_is_covered() -> None:
    assert set(replying_actions()) == {n for n, s in ACTIONS.items() if s.kind != "recommend"}


def test_a_customer_without_a_name_is_greeted_in_their_language(catalog: ReplyCatalog) -> None:
    """The gatherer's "there" for a nameless customer is English: other locales drop the name;
    facts from before ``customer_named`` existed (an older event's) keep the named greeting."""
    nameless = {**SAMPLE_FACTS, "customer_first_name": "there", "customer_named": False}
    for locale in catalog.brand.enabled_locales:
        rendered = catalog.render("send_tracking", nameless, locale)
        assert rendered is not None and rendered.locale == locale
        first_line = rendered.text.splitlines()[0]
        assert ("there" in first_line) == (locale == "en"), (locale, first_line)
    older = {k: v for k, v in SAMPLE_FACTS.items() if k != "customer_named"}
    for locale in ("de", "es"):
        rendered = catalog.render("send_tracking", older, locale)
        assert rendered is not None and "Ana" in rendered.text.splitlines()[0]
