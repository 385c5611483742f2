"""`supportloop kb import`: Zendesk Guide article lists, Gorgias Help Center API pages, HTML
pages, Markdown folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from supportloop.cli.main import app
from supportloop.core.knowledge import load_knowledge_base
from supportloop.core.knowledge.importer import html_to_markdown, read_gorgias, read_zendesk
from supportloop.errors import ConfigurationError

# The shape of GET /api/v2/help_center/{locale}/articles.json (Help Center API v2)
ZENDESK_EN = {
    "articles": [
        {
            "id": 360001,
            "title": "Shipping to Europe",
            "locale": "en-us",
            "source_locale": "en-us",
            "draft": False,
            "html_url": "https://shop.zendesk.com/hc/en-us/articles/360001",
            "body": "<p>We ship to the EU.</p><h2>How long does delivery to Europe take?</h2>"
            "<p>Delivery takes <strong>6-9</strong> business days.</p>"
            "<h2>Do I pay customs duties?</h2><ul><li>No: duties are prepaid.</li></ul>"
            "<script>alert(1)</script>",
        },
        {
            "id": 360002,
            "title": "Unpublished",
            "locale": "en-us",
            "draft": True,
            "body": "<p>secret</p>",
        },
        {
            "id": 360003,
            "title": "Gift wrap",
            "locale": "en-us",
            "body": "<p>We gift wrap for $5.</p>",
        },
    ],
    "next_page": None,
}
ZENDESK_ES = {
    "articles": [
        {
            "id": 360001,
            "title": "Envíos a Europa",
            "locale": "es",
            "source_locale": "en-us",
            "body": "<h2>¿Cuánto tarda la entrega a Europa?</h2><p>Tarda 6-9 días hábiles.</p>",
        }
    ]
}


def _export(tmp_path: Path) -> Path:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "en-us.json").write_text(json.dumps(ZENDESK_EN), encoding="utf-8")
    (folder / "es.json").write_text(json.dumps(ZENDESK_ES), encoding="utf-8")
    return folder


def test_zendesk_articles_become_passages_per_locale_with_their_source(tmp_path: Path) -> None:
    out = tmp_path / "kb"
    out.mkdir()
    (out / "kb.toml").write_text('locales = ["en", "es"]\nthreshold = 0.5\n', encoding="utf-8")
    result = CliRunner().invoke(
        app, ["kb", "import", str(_export(tmp_path)), "--from", "zendesk", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.glob("*.md"))
    assert names == ["gift-wrap.md", "shipping-to-europe.es.md", "shipping-to-europe.md"]
    text = (out / "shipping-to-europe.md").read_text(encoding="utf-8")
    assert "Source: https://shop.zendesk.com/hc/en-us/articles/360001" in text
    assert "alert" not in text and "secret" not in "".join(p.read_text() for p in out.glob("*"))
    kb = load_knowledge_base(out)
    match = kb.search("how long is delivery to europe?")
    assert match is not None and match.found
    assert match.passage.heading == "How long does delivery to Europe take?"
    assert match.passage.url == "https://shop.zendesk.com/hc/en-us/articles/360001"
    assert "6-9" in match.passage.text
    spanish = kb.search("¿Cuánto tarda la entrega a Europa?", "es")
    assert spanish is not None and spanish.passage.article == "shipping-to-europe"
    # an article without sub-headings answers its own title
    wrap = kb.search("Do you offer gift wrap?")
    assert wrap is not None and wrap.passage.heading == "Gift wrap"
    # importing again does not silently overwrite
    again = CliRunner().invoke(
        app, ["kb", "import", str(tmp_path / "export"), "--from", "zendesk", "--out", str(out)]
    )
    assert again.exit_code == 2 and "--force" in again.output


def test_html_and_markdown_folders(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    (pages / "fr").mkdir(parents=True)
    (pages / "returns.html").write_text(
        "<html lang='en'><head><title>Returns | Shop</title></head><body><nav>Home</nav>"
        "<h1>Returns</h1><h3>Can I return sale items?</h3><p>Yes, within 14 days.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    (pages / "fr" / "retours.html").write_text(
        "<h1>Retours</h1><h2>Puis-je retourner un article soldé ?</h2><p>Oui, 14 jours.</p>",
        encoding="utf-8",
    )
    out = tmp_path / "kb"
    runner = CliRunner()
    result = runner.invoke(app, ["kb", "import", str(pages), "--from", "html", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.glob("*.md")) == ["retours.fr.md", "returns.md"]
    assert "Home" not in (out / "returns.md").read_text(encoding="utf-8")
    assert "not enabled" in result.output  # fr is not in this brand's locales yet
    md = tmp_path / "md"
    md.mkdir()
    (md / "care.md").write_text("# Care\n\n## How do I wash it?\nCold.\n", encoding="utf-8")
    result = runner.invoke(app, ["kb", "import", str(md), "--from", "markdown", "--out", str(out)])
    assert result.exit_code == 0, result.output
    (md / "bad.md").write_text("just text\n", encoding="utf-8")
    bad = runner.invoke(
        app, ["kb", "import", str(md), "--from", "markdown", "--out", str(out), "--force"]
    )
    assert bad.exit_code == 2 and "no '## question' section" in bad.output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not a JSON file"),
        ('{"tickets": []}', "no 'articles' array"),
        ('{"articles": [{"body": "<p>x</p>"}]}', "has no title"),
        ('{"articles": [{"title": "x", "body": 3}]}', "body must be HTML"),
        ('{"articles": [{"title": "x", "body": "<p>y</p>", "locale": "???"}]}', "locale"),
    ],
)
def test_bad_zendesk_exports_are_clear_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "export.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigurationError, match=message):
        read_zendesk(path)


def test_html_without_text_or_title_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="title"):
        html_to_markdown("", "<p>text</p>")
    with pytest.raises(ConfigurationError, match="no text"):
        html_to_markdown("Empty", "<script>x</script>")


# Saved Gorgias Help Center API answers (listArticles pages, listArticleTranslations): see
# tests/fixtures/gorgias/README.md for the schemas (ArticlesListPageDto,
# ArticleTranslationsListPageDto) they are transcribed from.
GORGIAS = Path(__file__).parents[2] / "fixtures" / "gorgias"


def test_gorgias_translations_of_one_article_line_up_and_drafts_are_skipped() -> None:
    skipped: list[str] = []
    articles = read_gorgias(GORGIAS, "en", skipped)
    assert sorted((a.slug, a.locale, a.title) for a in articles) == [
        ("gift-wrap", "en", "Gift wrap"),
        ("shipping-to-europe", "en", "Shipping to Europe"),  # once, though in two files
        ("shipping-to-europe", "fr", "Livraison en Europe"),  # named after the en-US slug
    ]
    assert skipped == [
        "article 103 en-US 'Wholesale price list': UNLISTED, not PUBLIC",
        "article 104 en-US 'Holiday returns': a draft (is_current false)",
        "article 101 de-DE 'Versand nach Europa': a draft (is_current false)",
    ]
    french = next(a for a in articles if a.locale == "fr")
    assert french.markdown == (
        "# Livraison en Europe\n\n"
        "## Combien de temps prend la livraison en Europe ?\n"
        "La livraison en Europe prend 6 à 9 jours ouvrés.\n\n"
        "## Dois-je payer des droits de douane ?\n"
        "Non : les droits de douane et la TVA à l'import sont payés à la commande.\n"
    )
    english = next(a for a in articles if a.slug == "shipping-to-europe" and a.locale == "en")
    assert english.markdown.splitlines()[2:5] == [
        "## Shipping to Europe",  # the text before the first question answers the title
        "We ship to every country of the European Union from our warehouse in Rotterdam.",
        "",
    ]
    assert "## Do I pay customs duties?" in english.markdown
    assert english.filename("en") == "shipping-to-europe.md"
    assert french.filename("en") == "shipping-to-europe.fr.md"
    # with French as the default locale, the file names follow the French slug
    assert {a.slug for a in read_gorgias(GORGIAS, "fr")} == {"livraison-en-europe", "gift-wrap"}


def _gorgias_translation(locale: str, title: str, **extra: object) -> dict[str, object]:
    """One ArticleTranslationWithRating (listArticleTranslations' ``data`` items)."""
    return {
        "article_id": 7, "locale": locale, "title": title, "excerpt": "", "slug": "sizes",
        "content": f"<h2>{title}?</h2><p>See the size chart.</p>", "category_id": None,
        "article_unlisted_id": "u7", "seo_meta": {"title": None, "description": None},
        "visibility_status": "PUBLIC", "is_current": True, "deleted_datetime": None,
        "created_datetime": "2026-11-02T09:14:05Z", "updated_datetime": "2026-11-02T09:14:05Z",
        "rating": {"up": 0, "down": 0},
    } | extra  # fmt: skip


def test_gorgias_regional_variants_deleted_and_excerpt_only_translations(tmp_path: Path) -> None:
    page = {
        "object": "list",
        "data": [
            _gorgias_translation("en-US", "Sizes"),
            _gorgias_translation("en-GB", "Sizes (UK)"),  # the same language: one file
            _gorgias_translation("fr-FR", "Tailles", deleted_datetime="2026-11-03T10:00:00Z"),
            _gorgias_translation("es-ES", "Tallas", content="", excerpt="Mira la tabla."),
            _gorgias_translation("de-DE", "Größen", content="<p> </p><script>x</script>"),
        ],
        "meta": {"page": 1, "per_page": 20, "current_page": "/x", "item_count": 5, "nb_pages": 1},
    }
    path = tmp_path / "translations.json"
    path.write_text(json.dumps(page), encoding="utf-8")
    skipped: list[str] = []
    articles = read_gorgias(path, "en", skipped)
    assert [(a.locale, a.title) for a in articles] == [("en", "Sizes"), ("es", "Tallas")]
    assert articles[1].markdown == "# Tallas\n\n## Tallas\nMira la tabla.\n"
    assert skipped == [
        "article 7 en-GB 'Sizes (UK)': same language as en-US",
        "article 7 fr-FR 'Tailles': deleted",
        "article 7 de-DE 'Größen': no text",
    ]


def test_a_gorgias_fallback_translation_counts_under_its_own_locale(tmp_path: Path) -> None:
    """listArticles?locale=fr-FR gives an article without French in another locale, marked
    ``locale_fallback`` (ArticleListDataTranslationDto): imported as English, once."""
    english = _gorgias_translation("en-US", "Sizes")
    page = {
        "object": "list",
        "data": [{"id": 7, "translation": english | {"locale_fallback": "default"}}],
        "meta": {"page": 1, "per_page": 20, "current_page": "/x", "item_count": 1, "nb_pages": 1},
    }
    (tmp_path / "articles.fr-FR.json").write_text(json.dumps(page), encoding="utf-8")
    (tmp_path / "articles.en-US.json").write_text(
        json.dumps(page | {"data": [{"id": 7, "translation": english}]}), encoding="utf-8"
    )
    articles = read_gorgias(tmp_path, "en")
    assert [(a.filename("en"), a.title) for a in articles] == [("sizes.md", "Sizes")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not a JSON file"),
        ('{"articles": []}', "no 'data' array.*use --from zendesk"),
        ('{"object": "list", "data": [{"id": 1}]}', "item 0 is neither an article"),
        ('{"data": [{"id": 1, "translation": {"locale": "en-US", "content": "x"}}]}', "no title"),
        ('{"data": [{"translation": {"locale": "en-US", "title": "x"}}]}', "no article id"),
        ('{"data": [{"article_id": 1, "locale": "??", "title": "x"}]}', "unusable locale"),
        ('{"data": [{"article_id": 1, "locale": "en-US", "title": "x", "content": 3}]}', "HTML"),
        ('{"data": ["x"]}', "item 0 is not an object"),
    ],
)
def test_bad_gorgias_exports_are_clear_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "export.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigurationError, match=message) as error:
        read_gorgias(path, "en")
    assert str(error.value).startswith(str(path))


def test_a_gorgias_export_given_as_zendesk_says_which_source_it_is() -> None:
    with pytest.raises(ConfigurationError, match="use --from gorgias"):
        read_zendesk(GORGIAS / "articles.en-US.page-1.json")


def test_kb_import_from_gorgias_then_search_answers_in_the_right_locale(tmp_path: Path) -> None:
    out = tmp_path / "kb"
    out.mkdir()
    (out / "kb.toml").write_text('locales = ["en", "fr"]\nthreshold = 0.45\n', encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(
        app, ["kb", "import", str(GORGIAS), "--from", "gorgias", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "imported 3 article(s)" in result.output and "(locales: en, fr)" in result.output
    assert "skipped 3 translation(s):" in result.output
    assert "article 101 de-DE 'Versand nach Europa': a draft (is_current false)" in result.output
    assert sorted(p.name for p in out.glob("*.md")) == [
        "gift-wrap.md",
        "shipping-to-europe.fr.md",
        "shipping-to-europe.md",
    ]
    question = "Combien de temps dure la livraison en Europe ?"
    found = runner.invoke(app, ["kb", "search", question, "--locale", "fr", "--kb-dir", str(out)])
    assert found.exit_code == 0, found.output
    best = found.output.splitlines()[0]
    assert "answers" in best
    assert best.endswith("Livraison en Europe › Combien de temps prend la livraison en Europe ?")
    assert "6 à 9 jours ouvrés" in found.output
    kb = load_knowledge_base(out)
    duties = kb.search("do I have to pay customs duties?", "en")
    assert duties is not None and duties.found
    assert (duties.passage.article, duties.passage.heading) == (
        "shipping-to-europe",
        "Do I pay customs duties?",
    )
    french = kb.search("Dois-je payer la douane ?", "fr")
    assert french is not None and french.found and french.passage.locale == "fr"
    assert french.passage.article == "shipping-to-europe"  # the same article as in English
    # a German question: the German translation was a draft, so no German answer at all
    german = runner.invoke(
        app,
        ["kb", "search", "Wie lange dauert der Versand?", "--locale", "de", "--kb-dir", str(out)],
    )
    assert "no articles in locale 'de'" in german.output


def test_a_malformed_gorgias_page_writes_nothing(tmp_path: Path) -> None:
    export = tmp_path / "export"
    export.mkdir()
    for page in GORGIAS.glob("*.json"):
        (export / page.name).write_bytes(page.read_bytes())
    (export / "translations.article-102.json").write_text(
        '{"object": "list", "data": [{"article_id": 102, "locale": "fr-FR"}]}', encoding="utf-8"
    )
    out = tmp_path / "kb"
    result = CliRunner().invoke(
        app, ["kb", "import", str(export), "--from", "gorgias", "--out", str(out)]
    )
    assert result.exit_code == 2
    assert (
        f"{export / 'translations.article-102.json'}: item 0 (article 102, fr-FR) has no title"
        in (result.output.replace("\n", ""))
    )
    assert not out.exists()
