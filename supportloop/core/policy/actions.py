"""The actions a policy may choose, each with the reply template sent when it succeeds.

``effect`` actions change state in the shop, helpdesk, subscriptions or accounts and are
verified by reading the state back; ``reply`` actions only answer; ``recommend`` actions are
for people (they may appear after ``Else escalate recommending``, never after ``Then``).
Templates use ``{fact}`` placeholders filled from looked-up facts only. The replies the
services send are the brand's files, ``replies/<locale>/<action>.j2`` (``core/replies``,
loaded by ``adapters/replies.py``); the English strings here are what a workflow built
without them answers with (``LegacyReplies``), and which actions reply at all (a non-empty
template): ``supportloop replies check`` requires a file for each of those per locale.
"""

from __future__ import annotations

from dataclasses import dataclass
from string import Formatter
from typing import Literal

ActionKind = Literal["effect", "reply", "recommend"]


@dataclass(frozen=True)
class ActionSpec:
    name: str
    kind: ActionKind
    description: str
    template: str

    @property
    def placeholders(self) -> tuple[str, ...]:
        return tuple(f for _, f, _, _ in Formatter().parse(self.template) if f)


def _actions(*specs: ActionSpec) -> dict[str, ActionSpec]:
    return {spec.name: spec for spec in specs}


ACTIONS: dict[str, ActionSpec] = _actions(
    ActionSpec(
        "send_tracking",
        "reply",
        "reply with the tracking link and the estimated delivery date",
        "Hi {customer_first_name},\n\nGood news: order {order_name} is on its way with "
        "{carrier} and should arrive by {eta_date}. You can follow it here: {tracking_url}\n\n"
        "Fernhill & Co.",
    ),
    ActionSpec(
        "apologize_and_check_carrier",
        "effect",
        "apologise for the delay and open a carrier check (helpdesk tag carrier_check)",
        "Hi {customer_first_name},\n\nI'm sorry, order {order_name} is running late: {carrier} "
        "expected to deliver it by {eta_date}. We have asked {carrier} to check on the parcel "
        "and will follow up as soon as we hear back. Tracking: {tracking_url}\n\nFernhill & Co.",
    ),
    ActionSpec(
        "send_order_status",
        "reply",
        "reply with the order's current status",
        "Hi {customer_first_name},\n\nThanks for checking in. Order {order_name} "
        "({items}) {order_status_sentence}\n\nFernhill & Co.",
    ),
    ActionSpec(
        "update_shipping_address",
        "effect",
        "change the shipping address of an unfulfilled order",
        "Hi {customer_first_name},\n\nDone: order {order_name} will now ship to "
        "{new_address}.\n\nFernhill & Co.",
    ),
    ActionSpec(
        "remove_line_item",
        "effect",
        "remove one line item from an unfulfilled order and refund its price",
        "Hi {customer_first_name},\n\nI've removed the {edit_item} from order {order_name}; "
        "the difference goes back to your original payment method.\n\nFernhill & Co.",
    ),
    ActionSpec(
        "cancel_order",
        "effect",
        "cancel an unfulfilled order and refund it in full",
        "Hi {customer_first_name},\n\nOrder {order_name} is cancelled and {order_total_text} "
        "is on its way back to your original payment method (3-5 business days).\n\n"
        "Fernhill & Co.",
    ),
    ActionSpec(
        "create_return",
        "effect",
        "open a return and send the prepaid label",
        "Hi {customer_first_name},\n\nYour return for order {order_name} is open. Print your "
        "prepaid label here: {return_label_url}\nOnce the parcel is scanned we refund you within "
        "5 business days.\n\nFernhill & Co.",
    ),
    ActionSpec(
        "refund_order",
        "effect",
        "refund what is still refundable on the order",
        "Hi {customer_first_name},\n\nI've refunded {refund_amount_text} for order {order_name} "
        "to your original payment method; it shows up within 3-5 business days.\n\n"
        "Fernhill & Co.",
    ),
    ActionSpec(
        "refund_line_items",
        "effect",
        "refund the line items (and units) the customer named, by the amount the shop "
        "computes for them",
        "Hi {customer_first_name},\n\nI've refunded {requested_refund_amount_text} for "
        "{requested_items} from order {order_name} to your original payment method; it shows "
        "up within 3-5 business days. The rest of your order is unchanged.\n\nFernhill & Co.",
    ),
    ActionSpec(
        "ask_scope_question",
        "reply",
        "ask the customer which items (and how many) the request is about",
        "Hi {customer_first_name},\n\nHappy to help with order {order_name}. So that we get "
        "it exactly right: which of these items is this about, and how many of each?\n\n"
        "{items}\n\nJust reply to this message and we'll take care of it.\n\nFernhill & Co.",
    ),
    ActionSpec(
        "pause_subscription",
        "effect",
        "pause the subscription with no end date (not with Recharge, which has none: its "
        "connector refuses)",
        "Hi {customer_first_name},\n\nYour {subscription_product} subscription is paused. "
        "Resume any time from your account.\n\nFernhill & Co.",
    ),
    ActionSpec(
        "delay_subscription",
        "effect",
        "move the next charge to the date asked (a pause until then, or several skipped "
        "deliveries); it carries on by itself from there",
        "Hi {customer_first_name},\n\nDone: your {subscription_product} subscription's next "
        "delivery is now on {new_charge_date}; nothing is charged before then, and it carries "
        "on by itself from there.\n\nFernhill & Co.",
    ),
    ActionSpec(
        "skip_next_charge",
        "effect",
        "skip the next scheduled charge",
        "Hi {customer_first_name},\n\nDone: the {subscription_product} delivery scheduled for "
        "{next_charge_date} is skipped.\n\nFernhill & Co.",
    ),
    ActionSpec(
        "swap_subscription_product",
        "effect",
        "swap the subscribed product for another subscribable product",
        "Hi {customer_first_name},\n\nYour subscription now sends {swap_product} instead of "
        "{subscription_product}, starting with the next delivery.\n\nFernhill & Co.",
    ),
    ActionSpec(
        "change_subscription_frequency",
        "effect",
        "change the delivery interval",
        "Hi {customer_first_name},\n\nYour {subscription_product} will now arrive every "
        "{requested_frequency_weeks} weeks.\n\nFernhill & Co.",
    ),
    ActionSpec(
        "send_password_reset",
        "effect",
        "email a password reset link",
        "Hi {customer_first_name},\n\nI've sent a password reset link to {customer_email}. "
        "It is valid for 24 hours.\n\nFernhill & Co.",
    ),
    ActionSpec(
        "request_email_change",
        "effect",
        "start an email change; the new address must confirm it",
        "Hi {customer_first_name},\n\nWe've sent a confirmation link to {new_email}. Once you "
        "click it, that address becomes your login.\n\nFernhill & Co.",
    ),
    ActionSpec(
        "answer_from_kb",
        "reply",
        "answer from the best knowledge-base passage",
        "Hi {customer_first_name},\n\n{kb_answer}\n\n(From our help centre: {kb_title}.)\n\n"
        "Fernhill & Co.",
    ),
    ActionSpec(
        "request_damage_photo",
        "reply",
        "apologise for a damaged or wrong item and ask for a photo before putting it right",
        "Hi {customer_first_name},\n\nI'm so sorry your order didn't arrive as it should. "
        "Could you reply with a photo of the item (and of the packaging, if you still have "
        "it)? As soon as we have it we'll put it right: a replacement or a refund, whichever "
        "you prefer.\n\nFernhill & Co.",
    ),
    ActionSpec(
        "answer_size_question",
        "reply",
        "answer a sizing question from the product's own sizes",
        "Hi {customer_first_name},\n\nThe {product_title} comes in {product_sizes}. If you "
        "tell us the size you usually wear and your measurements, we'll recommend the one "
        "that fits you best.\n\nFernhill & Co.",
    ),
    ActionSpec(
        "apologize_and_review",
        "reply",
        "apologise and say a person is looking into it",
        "Hi {customer_first_name},\n\nI'm sorry about this, and thank you for telling us. "
        "I've passed your message to a member of our team, who is looking into it and will "
        "reply to you personally.\n\nFernhill & Co.",
    ),
    ActionSpec(
        "acknowledge_and_review",
        "reply",
        "thank the customer and say a person will reply",
        "Hi {customer_first_name},\n\nThanks for getting in touch. A member of our team has "
        "your message and will reply to you personally.\n\nFernhill & Co.",
    ),
    ActionSpec("edit_order", "recommend", "a person edits the order", ""),
    ActionSpec("review_subscription", "recommend", "a person reviews the subscription", ""),
    ActionSpec("review_account", "recommend", "a person reviews the account request", ""),
    ActionSpec("human_review", "recommend", "a person reads the ticket and decides", ""),
)

ESCALATE = "escalate"
