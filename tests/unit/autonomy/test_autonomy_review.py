from __future__ import annotations

import pytest

from supportloop.core import events as ev
from supportloop.core.autonomy import (
    RolloutSettings,
    action_name,
    compare_escalation,
    draft_reviewed,
    escalation_reviewed,
    is_accepted,
    review_draft,
    token_similarity,
)
from supportloop.core.autonomy.review import DraftReview
from tests.unit.autonomy.autonomy_events import at

TWENTY = " ".join(f"w{i}" for i in range(20))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Hello there!", "hello   THERE !", 1.0),
        ("a b c d", "a b c e", 0.75),  # 2·3 / 8
        ("a b", "c d", 0.0),
        ("", "", 1.0),
        ("", "a", 0.0),
    ],
)
def test_token_similarity(a: str, b: str, expected: float) -> None:
    assert token_similarity(a, b) == expected


def test_draft_sent_with_whitespace_and_case_changes_is_sent_as_is() -> None:
    assert review_draft(
        "Hi Ann,\nyour parcel ships today.", "hi ann, your parcel  ships today."
    ) == (DraftReview("sent_as_is", 0.0))


def test_a_signature_added_to_a_long_draft_still_counts_as_sent_as_is() -> None:
    # 2·20 / 41 = 0.9756 → edit ratio 0.0244 ≤ 0.05
    assert review_draft(TWENTY, TWENTY + " anna") == DraftReview("sent_as_is", 0.0244)


def test_edited_draft_reports_how_much() -> None:
    assert review_draft("a b c d", "a b c e") == DraftReview("edited", 0.25)


@pytest.mark.parametrize(
    ("draft", "sent"), [("a b", "c d"), ("a b", None), ("a b", "  "), ("", "x")]
)
def test_discarded_drafts(draft: str, sent: str | None) -> None:
    assert review_draft(draft, sent) == DraftReview("discarded", 1.0)


def test_thresholds_come_from_settings() -> None:
    strict = RolloutSettings(draft_as_is_max_edit=0.0, draft_discarded_min_edit=0.2)
    assert review_draft(TWENTY, TWENTY + " anna", strict) == DraftReview("edited", 0.0244)
    assert review_draft("a b c d", "a b c e", strict) == DraftReview("discarded", 0.25)


def test_settings_refuse_crossed_thresholds() -> None:
    with pytest.raises(ValueError, match="draft_as_is_max_edit"):
        RolloutSettings(draft_as_is_max_edit=0.8, draft_discarded_min_edit=0.7)


def test_acceptance_counts_as_is_and_light_edits() -> None:
    s = RolloutSettings(accept_max_edit=0.2)
    assert is_accepted("sent_as_is", 0.03, s) is True
    assert is_accepted("edited", 0.2, s) is True
    assert is_accepted("edited", 0.25, s) is False
    assert is_accepted("discarded", 0.0, s) is False


def test_action_name_drops_the_explanation() -> None:
    assert action_name("route_to_legal: do not admit liability") == "route_to_legal"
    assert action_name(" Refund_Order ") == "refund_order"
    assert action_name(None) is None
    assert action_name("  ") is None


def test_same_action_and_similar_reply_is_not_materially_different() -> None:
    result = compare_escalation("refund_order", "a b c d", "REFUND_ORDER: partial", "a b c e")
    assert (result.same_action, result.replies_compared) == (True, True)
    assert (result.reply_similarity, result.materially_different) == (0.75, False)


def test_no_action_against_a_recommended_effect_is_materially_different() -> None:
    result = compare_escalation("refund_order", "a b c d", None, "a b c d")
    assert (result.same_action, result.reply_similarity, result.materially_different) == (
        False,
        1.0,
        True,
    )


def test_no_action_matches_a_recommendation_without_side_effects() -> None:
    result = compare_escalation("route_to_legal: do not act", "", None, "We passed this on.")
    assert (result.same_action, result.replies_compared) == (True, False)
    assert (result.reply_similarity, result.materially_different) == (0.0, False)


def test_another_action_is_materially_different() -> None:
    result = compare_escalation("refund_order", "", "cancel_order", None)
    assert (result.same_action, result.materially_different) == (False, True)


def test_dissimilar_reply_is_materially_different_with_the_threshold_from_settings() -> None:
    assert compare_escalation(
        "send_tracking", "a b c d", "send_tracking", "x y z w"
    ).materially_different
    lenient = compare_escalation("send_tracking", "a b c d", "send_tracking", "a b c e")
    strict = compare_escalation(
        "send_tracking",
        "a b c d",
        "send_tracking",
        "a b c e",
        RolloutSettings(reply_min_similarity=0.8),
    )
    assert (lenient.materially_different, strict.materially_different) == (False, True)


def test_review_events_have_deterministic_ids() -> None:
    draft = draft_reviewed("T1", "wismo", DraftReview("edited", 0.25), at(1))
    assert (draft.category, draft.verdict, draft.edit_ratio) == ("wismo", "edited", 0.25)
    assert draft.event_id == ev.derive_event_id("T1", ev.IdStage.DRAFT_REVIEWED)
    comparison = compare_escalation("refund_order", "", "refund_order", None)
    review = escalation_reviewed("T2", "refund_request", comparison, at(2))
    assert review.event_id == ev.derive_event_id("T2", ev.IdStage.ESCALATION_REVIEWED)
    assert (review.recommended_action, review.human_action) == ("refund_order", "refund_order")
    assert (review.same_action, review.materially_different, review.occurred_at) == (
        True,
        False,
        at(2),
    )
