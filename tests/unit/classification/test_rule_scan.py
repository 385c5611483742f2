"""The guardrail rules give the same verdicts on RE2 as on Python's re."""

from __future__ import annotations

from supportloop.core.classification import guardrails
from supportloop.core.classification.rule_scan import compile_rules, first_match, re2
from tests.unit.classification.builders import FIXTURES, read_fixture

RULE_SETS = {**guardrails._RULES, "upset": guardrails._UPSET}


def _texts() -> list[str]:
    names = ["adversarial.jsonl", "ordinary.jsonl", "reworded_dev.jsonl"]
    names += sorted(path.name for path in FIXTURES.glob("heldout_*.jsonl"))
    rows = [row for name in names for row in read_fixture(name)]
    return [guardrails.guardrail_text(f"{row.get('subject', '')}\n{row['body']}") for row in rows]


def test_re2_runs_every_rule_without_a_lookaround() -> None:
    assert re2 is not None, "google-re2 is a dependency: install it (make venv)"
    for patterns in RULE_SETS.values():
        scanners = compile_rules(patterns)
        assert type(scanners[0]).__module__.startswith("re2")
        assert len(scanners) == 1 + sum("(?!" in p or "(?=" in p for p in patterns)


def test_re2_and_re_fire_on_the_same_fixture_tickets() -> None:
    texts = _texts()
    assert len(texts) > 1500
    for reason, patterns in RULE_SETS.items():
        fast, plain = compile_rules(patterns), compile_rules(patterns, use_re2=False)
        fired = [first_match(fast, t) is not None for t in texts]
        assert fired == [first_match(plain, t) is not None for t in texts], reason
        assert any(fired), reason


def test_a_rule_with_a_lookahead_still_applies() -> None:
    scanners = compile_rules((r"\bsue\b(?! is)", r"\blawyer\b"))
    assert first_match(scanners, "i will sue you") == "sue"
    assert first_match(scanners, "sue is my name") is None
    assert first_match(scanners, "my lawyer will call") == "lawyer"
