"""`supportloop kb import`: Zendesk Guide article lists, HTML pages, Markdown folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from supportloop.cli.main import app
from supportloop.core.knowledge import load_knowledge_base
from supportloop.core.knowledge.importer import html_to_markdown, read_zendesk
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
