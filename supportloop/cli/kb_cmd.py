"""`supportloop kb eval | search | import`: measure, query and fill the help centre."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

import typer

from supportloop.errors import ConfigurationError

KB_DIR = Path("knowledge_base")


class Source(StrEnum):
    zendesk = "zendesk"
    gorgias = "gorgias"
    html = "html"
    markdown = "markdown"


def _fail(error: Exception) -> None:
    typer.echo(f"error: {error}", err=True)
    raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    kb = typer.Typer(help="The help centre: evaluate retrieval, search it, import articles.")
    app.add_typer(kb, name="kb")

    @kb.command("eval")
    def evaluate_cmd(
        questions: Path = typer.Argument(..., help="JSONL: question, expected (article|null)"),
        kb_dir: Path = typer.Option(KB_DIR, "--kb-dir"),
        threshold: float | None = typer.Option(
            None, "--threshold", help="default: the brand's (kb.toml)"
        ),
        min_coverage: float | None = typer.Option(
            None, "--min-coverage", help="exit 1 below this share answered right (0..1)"
        ),
        max_wrong: int | None = typer.Option(
            None, "--max-wrong", help="exit 1 above this many wrong answers (both kinds)"
        ),
        verbose: bool = typer.Option(False, "--verbose", "-v", help="list the misses"),
        as_json: bool = typer.Option(False, "--json"),
    ) -> None:
        """Coverage (answered right / answerable), wrong answers and the threshold curve."""
        from supportloop.core.knowledge import load_knowledge_base
        from supportloop.core.knowledge.evaluation import evaluate, load_questions, render

        if threshold is not None and not 0.0 < threshold <= 1.0:
            _fail(ConfigurationError("--threshold must be in (0, 1]"))
        try:
            result = evaluate(load_knowledge_base(kb_dir), load_questions(questions), threshold)
        except ConfigurationError as error:
            _fail(error)
            return
        point = result.point
        if as_json:
            typer.echo(
                json.dumps(
                    {
                        "threshold": result.threshold,
                        "answerable": point.answerable,
                        "right": point.right,
                        "coverage": round(point.coverage, 4),
                        "wrong": point.wrong,
                        "unanswerable_answered": point.unanswerable_answered,
                        "recommended_threshold": result.recommended(),
                        "curve": [
                            {
                                "threshold": p.threshold,
                                "coverage": round(p.coverage, 4),
                                "wrong": p.wrong,
                                "unanswerable_answered": p.unanswerable_answered,
                            }
                            for p in result.curve()
                        ],
                    }
                )
            )
        else:
            typer.echo(render(result, verbose=verbose))
        failed = []
        if min_coverage is not None and point.coverage < min_coverage:
            failed.append(f"coverage {point.coverage:.0%} < {min_coverage:.0%}")
        if max_wrong is not None and point.wrong + point.unanswerable_answered > max_wrong:
            failed.append(
                f"{point.wrong + point.unanswerable_answered} wrong answers > {max_wrong}"
            )
        if failed:
            typer.echo("FAILED: " + "; ".join(failed), err=True)
            raise typer.Exit(1)

    @kb.command("search")
    def search_cmd(
        question: str = typer.Argument(...),
        locale: str = typer.Option("en", "--locale"),
        kb_dir: Path = typer.Option(KB_DIR, "--kb-dir"),
        top: int = typer.Option(3, "--top", min=1, max=50),
    ) -> None:
        """The best passages for a question, with their scores and citation."""
        from supportloop.core.knowledge import load_knowledge_base

        try:
            base = load_knowledge_base(kb_dir)
        except ConfigurationError as error:
            _fail(error)
            return
        ranked = base.ranked(question, locale)
        if not ranked:
            typer.echo(f"no articles in locale {locale!r}: no answer (a knowledge-base gap)")
            return
        for match in ranked[:top]:
            mark = "answers" if match.found else "below threshold"
            typer.echo(f"{match.score:.3f}  {mark:15}  {match.passage.citation}")
        best = ranked[0]
        if best.found:
            typer.echo(f"\n{best.passage.text}")

    @kb.command("import")
    def import_cmd(
        source: Path = typer.Argument(
            ..., help="a Zendesk or Gorgias JSON file/folder, or a folder of pages"
        ),
        kind: Source = typer.Option(..., "--from", help="zendesk | gorgias | html | markdown"),
        out: Path = typer.Option(KB_DIR, "--out", help="the knowledge-base folder to fill"),
        default_locale: str = typer.Option("en", "--default-locale"),
        force: bool = typer.Option(False, "--force", help="overwrite existing articles"),
    ) -> None:
        """Import a help centre as ``# Title`` / ``## question`` articles, per locale."""
        from supportloop.core.knowledge import load_knowledge_base
        from supportloop.core.knowledge.importer import (
            read_gorgias,
            read_html,
            read_markdown,
            read_zendesk,
            write_articles,
        )

        if not source.exists():
            _fail(ConfigurationError(f"{source} does not exist"))
        skipped: list[str] = []
        try:
            if kind is Source.zendesk:
                articles = read_zendesk(source)
            elif kind is Source.gorgias:
                articles = read_gorgias(source, default_locale, skipped)
            elif kind is Source.html:
                articles = read_html(source, default_locale)
            else:
                articles = read_markdown(source, default_locale)
            written = write_articles(articles, out, default_locale, force)
            base = load_knowledge_base(out)
        except ConfigurationError as error:
            _fail(error)
            return
        locales = sorted({a.locale for a in articles})
        typer.echo(
            f"imported {len(written)} article(s) into {out} (locales: {', '.join(locales)}); "
            f"{len(base.passages)} passage(s) now searchable"
        )
        if skipped:
            typer.echo(f"skipped {len(skipped)} translation(s):")
            for note in skipped:
                typer.echo(f"  - {note}")
        skipped = sorted(set(locales) - set(base.settings.locales))
        if skipped:
            typer.echo(
                f"note: locale(s) {', '.join(skipped)} are not enabled in {out}/kb.toml "
                "(locales = [...]): their articles are not used until they are"
            )
