"""Render a reply for an action in the customer's language.

Templates are Jinja2 (https://jinja.palletsprojects.com/en/3.1.x/sandbox/ — Jinja2 3.1) in a
``SandboxedEnvironment`` with ``StrictUndefined``: a template can read facts and call the
formatting filters, nothing else, and a fact it needs that was not looked up stops the render
(the reply is incomplete: the resolver escalates instead of sending a hole). Facts whose
value is None or "" count as not looked up, as they did for the ``{fact}`` templates.

Template names are ``<locale>/<action>.j2``; partials are ``<locale>/_<name>.j2`` and are
included by their bare name (``{% include "_greeting.j2" %}``), which resolves in the
including template's locale.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from string import Formatter
from typing import Any, Protocol

from jinja2 import (
    DictLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    Undefined,
    UndefinedError,
    pass_context,
)
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment

from supportloop.core.events import FactValue
from supportloop.core.replies import formatting
from supportloop.core.replies.brand import Brand
from supportloop.errors import ConfigurationError

log = logging.getLogger(__name__)

TEMPLATE_SUFFIX = ".j2"
PARTIAL_PREFIX = "_"
# Names every template may use besides facts.
GLOBALS = frozenset({"brand", "locale"})


class ReplyError(ConfigurationError):
    """A reply template that cannot be used; says which file and which line."""

    def __init__(self, path: str, line: int, message: str) -> None:
        self.path = path
        self.line = line
        self.message = message
        super().__init__(f"{path}:{line}: {message}")


@dataclass(frozen=True)
class RenderedReply:
    text: str
    locale: str  # the language the reply is written in
    language: str  # the language the customer wrote in
    fallback: bool = False  # the customer's language is not enabled: default locale

    @property
    def locale_note(self) -> str:
        """For people (drafts, hand-off notes): why the reply is not in the customer's
        language; "" when it is."""
        if not self.fallback:
            return ""
        wrote = self.language or "an unknown language"
        return f"reply in {self.locale}: the customer wrote in {wrote}, not an enabled locale"


class Replies(Protocol):
    def render(
        self, action: str, facts: Mapping[str, FactValue], language: str | None = None
    ) -> RenderedReply | None:
        """The reply for ``action`` or None when a fact it needs was not looked up (or the
        action does not reply)."""
        ...


def _present(facts: Mapping[str, FactValue]) -> dict[str, FactValue]:
    return {k: v for k, v in facts.items() if v is not None and v != ""}


class LegacyReplies:
    """The English ``{fact}`` strings of ``core/policy/actions.py``: what a workflow built
    without a template directory (unit tests, tools) answers with."""

    def render(
        self, action: str, facts: Mapping[str, FactValue], language: str | None = None
    ) -> RenderedReply | None:
        from supportloop.core.policy import ACTIONS

        spec = ACTIONS.get(action)
        if spec is None or not spec.template:
            return None
        names = [f for _, f, _, _ in Formatter().parse(spec.template) if f]
        present = _present(facts)
        if any(name not in present for name in names):
            return None
        text = spec.template.format_map({name: present[name] for name in names})
        lang = (language or "en")[:2]
        return RenderedReply(text, "en", lang, fallback=lang != "en")


class _Environment(SandboxedEnvironment):
    def join_path(self, template: str, parent: str) -> str:
        """``{% include "_greeting.j2" %}`` in ``es/x.j2`` means ``es/_greeting.j2``."""
        if "/" not in template and "/" in parent:
            return f"{parent.rsplit('/', 1)[0]}/{template}"
        return template


def _facts_context(context: Context) -> tuple[str, str]:
    brand = context.get("brand")
    code = str(context.get("locale") or "en")
    currency = context.get("currency")
    if not isinstance(currency, str) or not currency:
        currency = brand.get("currency", "USD") if isinstance(brand, Mapping) else "USD"
    return code, str(currency)


def _defined(value: object) -> object:
    """A filter given a fact that was not looked up fails like a placeholder would."""
    if isinstance(value, Undefined):
        raise UndefinedError(f"{value._undefined_name!r} is undefined")
    return value


@pass_context
def _money(context: Context, value: object, currency: str | None = None) -> str:
    code, fallback = _facts_context(context)
    return formatting.money(_defined(value), currency or fallback, code)


@pass_context
def _date(context: Context, value: object) -> str:
    return formatting.day(_defined(value), _facts_context(context)[0])


@pass_context
def _number(context: Context, value: object) -> str:
    return formatting.number(_defined(value), _facts_context(context)[0])


def make_environment(templates: Mapping[str, str]) -> SandboxedEnvironment:
    env = _Environment(
        loader=DictLoader(dict(templates)),
        undefined=StrictUndefined,
        autoescape=False,  # plain-text replies; the helpdesk escapes what it renders
        keep_trailing_newline=False,
    )
    env.filters.update({"money": _money, "date": _date, "number": _number})
    return env


class ReplyCatalog:
    """Templates by ``<locale>/<action>.j2`` plus the brand. Parses every template up front:
    a syntax error stops start-up with file and line."""

    def __init__(self, templates: Mapping[str, str], brand: Brand) -> None:
        self.templates = dict(templates)
        self.brand = brand
        self.env = make_environment(self.templates)
        for name, source in sorted(self.templates.items()):
            try:
                self.env.parse(source, name=name)
            except TemplateSyntaxError as error:
                raise ReplyError(name, error.lineno, error.message or "syntax error") from None
        for code in brand.enabled_locales:
            try:
                formatting.locale(code)
            except formatting.FormatError as error:
                raise ReplyError("brand.yaml", 0, str(error)) from None

    @staticmethod
    def name(locale: str, action: str) -> str:
        return f"{locale}/{action}{TEMPLATE_SUFFIX}"

    def has(self, locale: str, action: str) -> bool:
        return self.name(locale, action) in self.templates

    def context(self, facts: Mapping[str, FactValue], locale: str) -> dict[str, Any]:
        brand = {**self.brand.as_context(), "currency": self.brand.currency}
        return {**_present(facts), "brand": brand, "locale": locale}

    def render_in(self, locale: str, action: str, facts: Mapping[str, FactValue]) -> str | None:
        """Render one template; None when a fact it needs is missing. A template that fails
        for any other reason (a bad value for a filter, the sandbox refusing) raises
        ReplyError: that is a bug in the template, not a missing fact."""
        name = self.name(locale, action)
        try:
            template = self.env.get_template(name)
            return template.render(self.context(facts, locale)).strip()
        except UndefinedError:
            return None
        except TemplateNotFound as error:
            raise ReplyError(name, 0, f"template not found: {error.name}") from None
        except formatting.FormatError as error:
            raise ReplyError(name, 0, str(error)) from None
        except TemplateError as error:
            raise ReplyError(name, getattr(error, "lineno", 0) or 0, str(error)) from None

    def render(
        self, action: str, facts: Mapping[str, FactValue], language: str | None = None
    ) -> RenderedReply | None:
        lang = (language or "").lower()[:2]
        locale, fallback = self.brand.locale_for(lang)
        if not self.has(locale, action):
            if locale == self.brand.default_locale or not self.has(
                self.brand.default_locale, action
            ):
                return None
            log.warning("no %s template for %s: answering in the default locale", locale, action)
            locale, fallback = self.brand.default_locale, True
        text = self.render_in(locale, action, facts)
        if text is None:
            return None
        return RenderedReply(text, locale, lang or locale, fallback)
