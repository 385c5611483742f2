from __future__ import annotations

import pytest
from pydantic import ValidationError

from supportloop.core import events as ev
from supportloop.core.autonomy import ReviewJoin, advance, pending_review
from tests.unit.autonomy.autonomy_events import at, drafted, escalated, outcome, resolved


def test_draft_is_reviewed_at_the_first_agent_reply() -> None:
    join = ReviewJoin()
    assert join.observe(drafted("T1", "wismo", at(0), reply="a b c d")) == []
    assert join.observe(outcome("T1", "csat", at(1), score=5)) == []
    [review] = join.observe(outcome("T1", "agent_reply", at(2), reply="a b c e"))
    assert isinstance(review, ev.DraftReviewed)
    assert (review.ticket_id, review.category, review.verdict, review.edit_ratio) == (
        "T1",
        "wismo",
        "edited",
        0.25,
    )
    assert review.occurred_at == at(2)
    assert join.observe(outcome("T1", "agent_reply", at(3), reply="more")) == []
    assert len(join) == 0


def test_draft_solved_without_a_reply_was_discarded() -> None:
    join = ReviewJoin()
    join.observe(drafted("T1", "wismo", at(0)))
    assert join.observe(outcome("T1", "agent_reply", at(1))) == []  # no reply, not solved
    [review] = join.observe(outcome("T1", "agent_reply", at(2), resolved_by="human"))
    assert isinstance(review, ev.DraftReviewed)
    assert (review.verdict, review.edit_ratio) == ("discarded", 1.0)


def test_live_resolutions_wait_for_nothing() -> None:
    join = ReviewJoin()
    join.observe(resolved("T1", "wismo", at(0)))
    assert join.observe(outcome("T1", "agent_reply", at(1), reply="x")) == []


def test_escalation_is_compared_when_the_human_solves_it() -> None:
    join = ReviewJoin()
    join.observe(escalated("T2", "refund_request", at(0), draft="a b c d"))
    assert (
        join.observe(outcome("T2", "agent_reply", at(1), reply="a b c e", action="refund_order"))
        == []
    )
    pending = join.pending("T2")
    assert pending is not None and (pending.last_reply, pending.last_action) == (
        "a b c e",
        "refund_order",
    )
    [review] = join.observe(outcome("T2", "agent_reply", at(2), resolved_by="human"))
    assert isinstance(review, ev.EscalationReviewed)
    assert (review.human_action, review.same_action, review.reply_similarity) == (
        "refund_order",
        True,
        0.75,
    )
    assert review.materially_different is False


def test_approval_counts_as_the_recommended_action() -> None:
    join = ReviewJoin()
    join.observe(escalated("T3", "refund_request", at(0)))
    [review] = join.observe(outcome("T3", "approval", at(1)))
    assert isinstance(review, ev.EscalationReviewed)
    assert (review.human_action, review.same_action, review.materially_different) == (
        "refund_order",
        True,
        False,
    )


def test_rejection_of_an_effect_is_materially_different() -> None:
    join = ReviewJoin()
    join.observe(escalated("T4", "refund_request", at(0)))
    [review] = join.observe(outcome("T4", "rejection", at(1)))
    assert isinstance(review, ev.EscalationReviewed)
    assert (review.human_action, review.same_action, review.materially_different) == (
        None,
        False,
        True,
    )


def test_redelivered_escalation_keeps_collected_replies() -> None:
    join = ReviewJoin()
    first = escalated("T5", "refund_request", at(0))
    join.observe(first)
    join.observe(outcome("T5", "agent_reply", at(1), reply="hello"))
    join.observe(first)
    pending = join.pending("T5")
    assert pending is not None and pending.last_reply == "hello"


def test_oldest_pending_review_is_evicted_beyond_capacity() -> None:
    join = ReviewJoin(capacity=2)
    for n in range(3):
        join.observe(drafted(f"T{n}", "wismo", at(n)))
    assert (len(join), join.evicted, join.pending("T0")) == (2, 1, None)


def test_pure_steps_for_table_backed_services() -> None:
    pending = pending_review(drafted("T6", "wismo", at(0), reply="a b"))
    assert pending is not None and pending.model_dump()["kind"] == "draft"
    still, review = advance(pending, outcome("T6", "approval", at(1)))
    assert (still, review) == (pending, None)
    still, review = advance(pending, outcome("T6", "agent_reply", at(2), reply="a b"))
    assert still is None and isinstance(review, ev.DraftReviewed) and review.verdict == "sent_as_is"
    assert pending_review(outcome("T6", "csat", at(3), score=4)) is None


# How the hand-off's draft was used (issue 24): EscalationReviewed.draft_verdict, judged by
# the agent's first public reply after the hand-off.
def _finish(*outcomes: ev.HumanOutcome, draft: str = "a b c d") -> ev.EscalationReviewed:
    join = ReviewJoin()
    join.observe(escalated("H1", "refund_request", at(0), draft=draft))
    reviews = [r for o in outcomes for r in join.observe(o)]
    [review] = reviews
    assert isinstance(review, ev.EscalationReviewed) and len(join) == 0
    return review


def test_handoff_draft_sent_as_is_by_the_first_reply() -> None:
    review = _finish(
        outcome("H1", "agent_reply", at(1), reply="A b c d"),  # case is no edit
        outcome("H1", "agent_reply", at(2), reply="something else entirely"),
        outcome("H1", "agent_reply", at(3), resolved_by="human"),
    )
    assert (review.draft_verdict, review.draft_edit_ratio) == ("sent_as_is", 0.0)
    assert review.reply_similarity == 0.0  # the accuracy check still reads the latest reply


def test_handoff_draft_edited_by_the_first_reply_not_a_later_one() -> None:
    review = _finish(
        outcome("H1", "agent_reply", at(1), reply="a b c e"),
        outcome("H1", "agent_reply", at(2), reply="a b c d"),
        outcome("H1", "agent_reply", at(3), resolved_by="human"),
    )
    assert (review.draft_verdict, review.draft_edit_ratio) == ("edited", 0.25)


def test_handoff_draft_discarded_when_the_reply_keeps_nothing() -> None:
    review = _finish(
        outcome("H1", "agent_reply", at(1), reply="x y z w"),
        outcome("H1", "agent_reply", at(2), resolved_by="human"),
    )
    assert (review.draft_verdict, review.draft_edit_ratio) == ("discarded", 1.0)


def test_handoff_draft_discarded_by_a_solve_without_a_reply_or_a_rejection() -> None:
    solved = _finish(
        outcome("H1", "agent_reply", at(1), reply="   "),  # no words: not a reply
        outcome("H1", "agent_reply", at(2), resolved_by="human"),
    )
    assert (solved.draft_verdict, solved.draft_edit_ratio) == ("discarded", 1.0)
    rejected = _finish(outcome("H1", "rejection", at(1)))
    assert (rejected.draft_verdict, rejected.draft_edit_ratio) == ("discarded", 1.0)


def test_approval_sends_the_handoff_draft_as_is_unless_the_agent_replied_first() -> None:
    approved = _finish(outcome("H1", "approval", at(1)))
    assert (approved.draft_verdict, approved.draft_edit_ratio) == ("sent_as_is", 0.0)
    replied_first = _finish(
        outcome("H1", "agent_reply", at(1), reply="a b c e"),
        outcome("H1", "approval", at(2)),
    )
    assert replied_first.draft_verdict == "edited"


def test_handoff_without_a_draft_has_no_draft_verdict() -> None:
    for finish in (
        outcome("H1", "approval", at(1)),
        outcome("H1", "rejection", at(1)),
        outcome("H1", "agent_reply", at(1), resolved_by="human"),
    ):
        review = _finish(finish, draft="  ")
        assert (review.draft_verdict, review.draft_edit_ratio) == (None, None)


def test_handoff_reviews_never_publish_a_shadow_draft_review() -> None:
    join = ReviewJoin()
    join.observe(escalated("H2", "refund_request", at(0), draft="a b c d"))
    reviews = join.observe(outcome("H2", "agent_reply", at(1), reply="a b c d"))
    reviews += join.observe(outcome("H2", "agent_reply", at(2), resolved_by="human"))
    assert [type(r) for r in reviews] == [ev.EscalationReviewed]


def test_pending_entry_from_before_first_replies_falls_back_to_the_latest_reply() -> None:
    waiting = pending_review(escalated("H3", "refund_request", at(0), draft="a b c d"))
    assert waiting is not None
    # as a table kept it a deploy ago: a reply seen, no first_reply field
    raw = waiting.model_copy(update={"last_reply": "a b c d"}).model_dump(exclude={"first_reply"})
    old = type(waiting).model_validate(raw)
    still, review = advance(old, outcome("H3", "agent_reply", at(1), resolved_by="human"))
    assert still is None and isinstance(review, ev.EscalationReviewed)
    assert review.draft_verdict == "sent_as_is"


def test_draft_verdict_and_edit_ratio_come_together() -> None:
    review = _finish(outcome("H1", "approval", at(1)))
    with pytest.raises(ValidationError, match="come together"):
        ev.EscalationReviewed.model_validate(
            {**review.model_dump(), "draft_verdict": "edited", "draft_edit_ratio": None}
        )
    assert ev.EscalationReviewed.model_validate(
        {**review.model_dump(), "draft_verdict": None, "draft_edit_ratio": None}
    )
