"""`supportloop kb eval`: the bundled question sets stay above their floors."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from supportloop.cli.main import app
from supportloop.core.knowledge import load_knowledge_base
from supportloop.core.knowledge.evaluation import evaluate, load_questions
from supportloop.errors import ConfigurationError

REPO = Path(__file__).resolve().parents[3]
KB = REPO / "knowledge_base"
EVAL = KB / "eval"


@pytest.mark.parametrize(
    ("name", "floor", "unanswerable_answered", "answerable"),
    [
        # tuned on: every question in it has been looked at while changing retrieval
        ("dev.jsonl", 0.88, 0, 200),
        # never tuned on, and written blind (by someone who saw only the article titles):
        # run once for the figures in docs/knowledge-base.md, 10 / 25 right, 0 wrong, 2
        # unanswerable answered. Issue 22 asks for >= 80 % and 0 / 0: this pins today's
        # figure so that it can only get better, it does not claim the target.
        ("heldout.jsonl", 0.40, 2, 25),
    ],
)
def test_question_set_floor_and_no_wrong_answers(
    name: str, floor: float, unanswerable_answered: int, answerable: int
) -> None:
    result = evaluate(load_knowledge_base(KB), load_questions(EVAL / name))
    point = result.point
    assert point.coverage >= floor, point
    assert point.wrong == 0, point
    assert point.unanswerable_answered <= unanswerable_answered, point
    assert point.answerable >= answerable


def test_the_held_out_set_shares_no_question_with_the_dev_set() -> None:
    dev = {q.question.casefold() for q in load_questions(EVAL / "dev.jsonl")}
    held = {q.question.casefold() for q in load_questions(EVAL / "heldout.jsonl")}
    assert not dev & held


def test_curve_and_recommendation(tmp_path: Path) -> None:
    path = tmp_path / "q.jsonl"
    rows = [
        {"question": "Do gift cards expire?", "expected": "gift-cards"},
        {"question": "How much does shipping cost?", "expected": "shipping"},
        {"question": "Do you have a student discount?", "expected": None},
        # labelled with the wrong article: counted as a wrong answer while it is answered
        # (a heading of three words, so it scores 1.0: shorter ones are weighed as two
        # average words in focus)
        {"question": "Can I use more than one gift card on an order?", "expected": "shipping"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = evaluate(load_knowledge_base(KB), load_questions(path), threshold=0.5)
    assert (result.point.right, result.point.wrong, result.point.answerable) == (2, 1, 3)
    curve = result.curve()
    assert [p.threshold for p in curve] == sorted(p.threshold for p in curve)
    assert all(a.right >= b.right for a, b in itertools.pairwise(curve))
    assert result.recommended() is None  # 1.0-scoring wrong answer at every threshold


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "not JSON"),
        ('{"question": "", "expected": null}', "question"),
        ('{"question": "hi?"}', "expected"),
        ('{"question": "hi?", "expected": 3}', "expected"),
        ("[1, 2]", "object"),
    ],
)
def test_bad_question_files_are_clear_errors(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ConfigurationError, match=message):
        load_questions(path)


def test_an_expected_article_the_help_centre_lacks_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text('{"question": "hi?", "expected": "no-such-article"}\n', encoding="utf-8")
    with pytest.raises(ConfigurationError, match="no-such-article"):
        evaluate(load_knowledge_base(KB), load_questions(path))


def test_cli_prints_the_curve_and_fails_below_a_floor() -> None:
    runner = CliRunner()
    ok = runner.invoke(
        app,
        ["kb", "eval", str(EVAL / "dev.jsonl"), "--kb-dir", str(KB),
         "--min-coverage", "0.75", "--max-wrong", "0"],
    )  # fmt: skip
    assert ok.exit_code == 0, ok.output
    assert "coverage:" in ok.output and "recommended threshold" in ok.output
    assert ok.output.count("\n     0.") >= 10  # the curve's rows
    low = runner.invoke(
        app, ["kb", "eval", str(EVAL / "heldout.jsonl"), "--kb-dir", str(KB),
              "--min-coverage", "0.99"],
    )  # fmt: skip
    assert low.exit_code == 1 and "FAILED: coverage" in low.output
    as_json = runner.invoke(
        app, ["kb", "eval", str(EVAL / "dev.jsonl"), "--kb-dir", str(KB), "--json"]
    )
    assert json.loads(as_json.output)["wrong"] == 0
    missing = runner.invoke(app, ["kb", "eval", "nope.jsonl", "--kb-dir", str(KB)])
    assert missing.exit_code == 2 and "does not exist" in missing.output


def test_cli_search_cites_the_passage_and_refuses_a_locale_without_articles() -> None:
    runner = CliRunner()
    found = runner.invoke(app, ["kb", "search", "Do gift cards expire?", "--kb-dir", str(KB)])
    assert "Gift cards › Do gift cards expire?" in found.output
    assert "never expire" in found.output
    none = runner.invoke(app, ["kb", "search", "Ciao?", "--locale", "it", "--kb-dir", str(KB)])
    assert "no articles in locale 'it'" in none.output
