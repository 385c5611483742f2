"""Import a real help centre into SupportLoop's article format.

Sources:

* **Zendesk Guide** — the Help Center API's article list as saved JSON
  (``GET /api/v2/help_center/{locale}/articles.json``: ``{"articles": [...], "next_page": …}``;
  each article has ``id``, ``title``, ``body`` (HTML), ``locale`` (``en-us``), ``html_url``,
  ``draft``). A file, or a folder of page files (one per page and per locale). Drafts are
  skipped. Checked against https://developer.zendesk.com/api-reference/help_center/help-center-api/articles/
  and …/translations/ (Help Center API v2, read 2026-12).
* **Gorgias Help Center** — the Help Center API's answers as saved JSON, on
  ``https://{domain}.gorgias.com``:

  - ``GET /api/help-center/help-centers/{help_center_id}/articles?locale=fr-FR`` (operation
    ``listArticles``): ``{"object": "list", "data": [article, …], "meta": {…}}``; an article
    has ``id``, ``available_locales`` and one ``translation`` (the requested locale);
  - ``GET /api/help-center/help-centers/{help_center_id}/articles/{article_id}/translations``
    (``listArticleTranslations``): the same envelope, ``data`` holding every translation of
    one article;
  - ``GET …/articles/{id}?locale=…`` (``getArticle``): one article with its ``translation``.

  A translation has ``article_id``, ``locale`` (``en-US``, ``fr-FR``, ``pt-BR`` …), ``title``,
  ``excerpt``, ``content`` (HTML), ``slug``, ``visibility_status`` (``PUBLIC`` | ``UNLISTED``),
  ``is_current`` (false: a draft, not published) and ``deleted_datetime``. Pagination is by
  page, not cursor: ``meta`` = ``page``, ``per_page``, ``current_page``, ``item_count``,
  ``nb_pages`` and ``next_page`` (absent on the last page) — save each page as its own file.
  ``version_status`` defaults to ``current`` (the published version); export with it, since a
  ``latest_draft`` export shows an edited article's unpublished draft (``is_current`` false),
  which is skipped. A file, or a folder of page files (article lists per locale and/or
  translation lists per article, in any mix: a translation seen twice is imported once; a
  list's fallback translation, ``locale_fallback`` set, counts under its own ``locale``).
  Skipped, and reported: drafts, ``UNLISTED`` translations (kept off the help centre's pages
  and search), deleted ones, empty ones, and a second regional variant of one language
  (``en-GB`` after ``en-US``: articles are chosen by language). A translation has no public
  URL field, so its passages cite no link.
  Shapes read from the OpenAPI description that the Help Center client of Gorgias's helpdesk
  web app is generated from (``help-center.openapi.json``: ``ArticlesListPageDto``,
  ``ArticleTranslationsListPageDto``, ``ArticleWithLocalTranslation``, ``PageMetaDto``; seen in
  a public repository holding a copy of that app, github.com/ines-parreira/prototypes,
  ``src/rest_api/help_center_api/help-center.openapi.json``, read 2026-12-08) and its list
  fixture (``src/pages/settings/helpCenter/fixtures/getArticlesResponse.fixture.ts``). The
  public reference, https://developers.gorgias.com/reference (Help Center section), could not
  be read from here: compare a real export with it before relying on a field this reader skips.
* **HTML pages** — a folder of ``*.html`` articles (a saved or exported help centre, e.g. a
  Gorgias Help Center site's pages): the title from ``<h1>`` or ``<title>``, the locale from
  ``<html lang>`` or the sub-folder name.
* **Markdown** — a folder of ``*.md`` files already in the ``# Title`` / ``## question`` form
  (``<locale>/<slug>.md`` or ``<slug>.<locale>.md`` for translations).

HTML becomes ``# Title`` and one ``## heading`` passage per ``<h2>``–``<h4>`` (headings are
questions in most help centres); an article with no sub-headings is one passage whose question
is its title. Every translation of one Zendesk or Gorgias article gets the same file name, so
the locales line up: Zendesk's from the source-locale title, Gorgias's from the ``slug`` of the
default-locale translation (else of the first locale in alphabetical order).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from html import escape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from supportloop.errors import ConfigurationError

_SLUG = re.compile(r"[^a-z0-9]+")
_LOCALE = re.compile(r"^[a-z]{2}$")
_BLOCKS = frozenset({"p", "li", "div", "br", "tr", "blockquote", "pre", "table", "ul", "ol"})
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "nav", "footer"})


@dataclass(frozen=True)
class ImportedArticle:
    slug: str
    locale: str
    title: str
    markdown: str

    def filename(self, default_locale: str) -> str:
        return (
            f"{self.slug}.md" if self.locale == default_locale else f"{self.slug}.{self.locale}.md"
        )


def slugify(text: str) -> str:
    slug = _SLUG.sub("-", text.lower()).strip("-")[:80].strip("-")
    return slug or "article"


def short_locale(locale: str) -> str:
    """``en-us`` → ``en`` (articles are chosen by language)."""
    code = locale.strip().lower().replace("_", "-").split("-")[0]
    if not _LOCALE.match(code):
        raise ConfigurationError(f"unusable locale {locale!r}")
    return code


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.h1 = ""
        self.lang = ""
        self.sections: list[tuple[str | None, list[str]]] = [(None, [])]
        self._line: list[str] = []
        self._heading: list[str] | None = None
        self._in: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            self.lang = dict(attrs).get("lang") or ""
        if tag in _SKIP:
            self._skip += 1
        self._in.append(tag)
        if tag in ("h2", "h3", "h4"):
            self._flush()
            self._heading = []
        elif tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self._skip:
            self._skip -= 1
        if self._in and self._in[-1] == tag:
            self._in.pop()
        if tag in ("h2", "h3", "h4") and self._heading is not None:
            heading = " ".join("".join(self._heading).split())
            self._heading = None
            if heading:
                self.sections.append((heading, []))
        elif tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        current = self._in[-1] if self._in else ""
        if current == "title":
            self.title += data
        elif current == "h1":
            self.h1 += data
        elif self._heading is not None:
            self._heading.append(data)
        else:
            self._line.append(data)

    def _flush(self) -> None:
        line = " ".join("".join(self._line).split())
        self._line = []
        if line:
            self.sections[-1][1].append(line)

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_markdown(title: str, html: str, source_url: str | None = None) -> str:
    parser = _Html()
    parser.feed(html)
    parser.close()
    title = " ".join((title or parser.h1 or parser.title).split())
    if not title:
        raise ConfigurationError("an article without a title cannot be imported")
    lines = [f"# {title}", ""]
    if source_url:
        lines += [f"Source: {source_url}", ""]
    intro, *sections = parser.sections
    if not sections:  # no sub-headings: the whole article answers its title
        sections = [(title, intro[1])]
    elif intro[1]:
        sections = [(title, intro[1]), *sections]
    for heading, body in sections:
        if body:
            lines += [f"## {heading}", *body, ""]
    if len(lines) <= 4:
        raise ConfigurationError(f"article {title!r} has no text")
    return "\n".join(lines).rstrip() + "\n"


def _json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ConfigurationError(f"{path}: not a JSON file ({error})") from error


def read_zendesk(source: Path) -> list[ImportedArticle]:
    files = sorted(source.glob("*.json")) if source.is_dir() else [source]
    if not files:
        raise ConfigurationError(f"no *.json Help Center pages in {source}")
    raw: list[dict[str, Any]] = []
    for path in files:
        doc = _json(path)
        articles = doc.get("articles") if isinstance(doc, dict) else None
        if articles is None and isinstance(doc, dict) and isinstance(doc.get("article"), dict):
            articles = [doc["article"]]
        if not isinstance(articles, list):
            hint = " — a Gorgias export? use --from gorgias" if _looks_gorgias(doc) else ""
            raise ConfigurationError(
                f"{path}: not a Zendesk Help Center article list (no 'articles' array){hint}"
            )
        for number, article in enumerate(articles):
            if not isinstance(article, dict) or not isinstance(article.get("title"), str):
                raise ConfigurationError(f"{path}: article {number} has no title")
            if not isinstance(article.get("body") or "", str):
                raise ConfigurationError(f"{path}: article {number}: body must be HTML text")
            raw.append(article)
    published = [a for a in raw if not a.get("draft")]
    # one file name per article id, from the title of its first (source-locale) version
    slugs: dict[str, str] = {}
    for article in sorted(
        published, key=lambda a: a.get("locale") != a.get("source_locale", a.get("locale"))
    ):
        key = str(article.get("id") or article["title"])
        slugs.setdefault(key, slugify(article["title"]))
    out = []
    for article in published:
        body = article.get("body") or ""
        if not body.strip():
            continue
        out.append(
            ImportedArticle(
                slugs[str(article.get("id") or article["title"])],
                short_locale(str(article.get("locale") or "en")),
                article["title"].strip(),
                html_to_markdown(article["title"], body, article.get("html_url")),
            )
        )
    return out


def _looks_gorgias(doc: Any) -> bool:
    return isinstance(doc, dict) and (
        isinstance(doc.get("data"), list) or isinstance(doc.get("translation"), dict)
    )


@dataclass(frozen=True)
class _GorgiasTranslation:
    article: str  # the article id
    locale: str  # as Gorgias writes it: "fr-FR"
    title: str
    content: str
    excerpt: str
    slug: str
    skip: str | None  # why it is not imported, or None


def _gorgias_translation(
    path: Path, where: str, article: Any, item: dict[str, Any]
) -> _GorgiasTranslation:
    article = item.get("article_id", article)
    if not isinstance(article, int | str) or isinstance(article, bool) or article == "":
        raise ConfigurationError(f"{path}: {where} has no article id")
    locale = item.get("locale")
    if not isinstance(locale, str) or not locale:
        raise ConfigurationError(f"{path}: {where} (article {article}) has no locale")
    try:
        short_locale(locale)
    except ConfigurationError as error:
        raise ConfigurationError(f"{path}: {where} (article {article}): {error}") from error
    title = item.get("title")
    if not isinstance(title, str) or not title.strip():
        raise ConfigurationError(f"{path}: {where} (article {article}, {locale}) has no title")
    fields = {name: item.get(name) or "" for name in ("content", "excerpt", "slug")}
    for name, value in fields.items():
        if not isinstance(value, str):
            raise ConfigurationError(
                f"{path}: {where} (article {article}, {locale}): {name} must be text"
                + (" (HTML)" if name == "content" else "")
            )
    skip = None
    if item.get("deleted_datetime"):
        skip = "deleted"
    elif item.get("is_current") is False:
        skip = "a draft (is_current false)"
    elif item.get("visibility_status", "PUBLIC") != "PUBLIC":
        skip = f"{item.get('visibility_status')}, not PUBLIC"
    elif not (fields["content"].strip() or fields["excerpt"].strip()):
        skip = "no content"
    return _GorgiasTranslation(
        str(article),
        locale,
        title.strip(),
        fields["content"],
        fields["excerpt"],
        fields["slug"],
        skip,
    )


def _gorgias_items(path: Path, doc: Any) -> list[_GorgiasTranslation]:
    """The translations of one saved answer: an article or translation list, one article."""
    if isinstance(doc, dict) and isinstance(doc.get("data"), list):
        items, single = doc["data"], False
    elif isinstance(doc, dict) and ("translation" in doc or "article_id" in doc):
        items, single = [doc], True
    else:
        hint = (
            " — a Zendesk Guide export? use --from zendesk"
            if isinstance(doc, dict) and "articles" in doc
            else ""
        )
        raise ConfigurationError(
            f"{path}: not a Gorgias Help Center article or translation list (no 'data' array){hint}"
        )
    out = []
    for number, item in enumerate(items):
        where = "the article" if single else f"item {number}"
        if not isinstance(item, dict):
            raise ConfigurationError(f"{path}: {where} is not an object")
        if isinstance(item.get("translation"), dict):  # an article with one translation
            translation = _gorgias_translation(path, where, item.get("id"), item["translation"])
            if item.get("deleted_datetime") and translation.skip is None:
                translation = replace(translation, skip="article deleted")
            out.append(translation)
        elif "locale" in item and "article_id" in item:  # a translation
            out.append(_gorgias_translation(path, where, None, item))
        else:
            raise ConfigurationError(
                f"{path}: {where} is neither an article (with a 'translation') nor a "
                "translation (with 'article_id' and 'locale')"
            )
    return out


def read_gorgias(
    source: Path, default_locale: str, skipped: list[str] | None = None
) -> list[ImportedArticle]:
    """Articles from saved Gorgias Help Center API pages (see the module docstring); what is
    left out, and why, is appended to ``skipped``."""
    files = sorted(source.glob("*.json")) if source.is_dir() else [source]
    if not files:
        raise ConfigurationError(f"no *.json Help Center pages in {source}")
    seen: dict[tuple[str, str], _GorgiasTranslation] = {}
    for path in files:
        for item in _gorgias_items(path, _json(path)):
            key = (item.article, item.locale)
            # the same translation from an article list and a translation list: once,
            # the published one if either is
            if key not in seen or (seen[key].skip is not None and item.skip is None):
                seen[key] = item
    notes = skipped if skipped is not None else []
    kept: dict[tuple[str, str], _GorgiasTranslation] = {}
    for item in seen.values():
        what = f"article {item.article} {item.locale} {item.title!r}"
        if item.skip is not None:
            notes.append(f"{what}: {item.skip}")
            continue
        one_language = (item.article, short_locale(item.locale))
        if one_language in kept:
            notes.append(f"{what}: same language as {kept[one_language].locale}")
            continue
        kept[one_language] = item
    # one file name per article: the default-locale slug, else the first locale's
    slugs: dict[str, str] = {}
    for (article, _language), item in sorted(
        kept.items(), key=lambda pair: (pair[0][1] != default_locale, pair[1].locale)
    ):
        slugs.setdefault(article, slugify(item.slug or item.title))
    out = []
    for (article, language), item in kept.items():
        html = item.content if item.content.strip() else f"<p>{escape(item.excerpt)}</p>"
        try:
            markdown = html_to_markdown(item.title, html)
        except ConfigurationError:  # markup without a word of text
            notes.append(f"article {article} {item.locale} {item.title!r}: no text")
            continue
        out.append(ImportedArticle(slugs[article], language, item.title, markdown))
    return out


def read_html(source: Path, default_locale: str) -> list[ImportedArticle]:
    files = sorted(source.rglob("*.html")) + sorted(source.rglob("*.htm"))
    if not files:
        raise ConfigurationError(f"no *.html articles in {source}")
    out = []
    for path in files:
        html = path.read_text(encoding="utf-8", errors="replace")
        parser = _Html()
        parser.feed(html)
        parser.close()
        folder = path.parent.name.lower() if path.parent != source else ""
        locale = (
            short_locale(parser.lang)
            if parser.lang
            else (folder if _LOCALE.match(folder) else default_locale)
        )
        markdown = html_to_markdown("", html)
        title = markdown.splitlines()[0][2:]
        out.append(ImportedArticle(slugify(path.stem), locale, title, markdown))
    return out


def read_markdown(source: Path, default_locale: str) -> list[ImportedArticle]:
    files = sorted(source.rglob("*.md"))
    if not files:
        raise ConfigurationError(f"no *.md articles in {source}")
    out = []
    for path in files:
        if path.name.lower() == "readme.md":
            continue
        text = path.read_text(encoding="utf-8")
        if not any(line.startswith("## ") for line in text.splitlines()):
            raise ConfigurationError(f"{path}: no '## question' section")
        parts = path.name.split(".")
        folder = path.parent.name.lower() if path.parent != source else ""
        if len(parts) == 3 and _LOCALE.match(parts[1]):
            locale = parts[1]
        else:
            locale = folder if _LOCALE.match(folder) else default_locale
        title = next((x[2:].strip() for x in text.splitlines() if x.startswith("# ")), parts[0])
        out.append(ImportedArticle(slugify(parts[0]), locale, title, text))
    return out


def write_articles(
    articles: list[ImportedArticle], out: Path, default_locale: str, force: bool = False
) -> list[Path]:
    names = [a.filename(default_locale) for a in articles]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ConfigurationError(f"two articles would be written to the same file: {duplicates}")
    out.mkdir(parents=True, exist_ok=True)
    existing = [n for n in names if (out / n).exists()]
    if existing and not force:
        raise ConfigurationError(
            f"{len(existing)} article(s) already exist in {out} (e.g. {existing[0]}); "
            "pass --force to overwrite"
        )
    written = []
    for article, name in zip(articles, names, strict=True):
        path = out / name
        path.write_text(article.markdown, encoding="utf-8")
        written.append(path)
    return written
