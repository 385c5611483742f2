"""Canned ticket texts for the simulator (deterministic given the random generator)."""

from __future__ import annotations

import random

_SUBJECTS = {
    "wismo": "Where is my order?",
    "order_status": "Order status",
    "address_change": "Change of delivery address",
    "return_request": "I want to return an item",
    "subscription_change": "Subscription change",
    "refund_request": "Refund please",
    "complaint": "Very disappointed",
    "damaged_or_wrong_item": "Item arrived damaged",
    "legal": "Formal notice",
    "other": "Question",
}
_BODIES = {
    "wismo": ("My parcel has not arrived yet.", "Tracking has not moved for days."),
    "order_status": ("Has my order shipped?", "Can you tell me the status of my order?"),
    "address_change": ("Please ship to my new address.", "I moved, can you update the address?"),
    "return_request": ("The shoes do not fit, how do I return them?", "I'd like a return label."),
    "subscription_change": (
        "Please skip next month's box.",
        "Can I change my delivery to monthly?",
    ),
    "refund_request": ("I was charged twice.", "Please refund my cancelled order."),
    "complaint": ("This is the third time my order is late.", "Your service is terrible."),
    "damaged_or_wrong_item": ("The mug arrived broken.", "I received the wrong colour."),
    "legal": ("I will contact my lawyer about this.", "This is a formal chargeback notice."),
    "other": ("Do you sell gift cards?", "Is the shop open on holidays?"),
}
_GAPS = {
    "wismo": (
        "Do you deliver to PO boxes?",
        "What happens if the courier leaves the parcel with a neighbour?",
    ),
    "order_status": ("Can I collect my order from the warehouse?",),
    "address_change": ("Can I change the address after the label is printed?",),
    "return_request": ("Do sale items have a longer return window?", "Can I return a gift?"),
    "subscription_change": ("Can I pause my subscription for three months?",),
    "refund_request": ("Are shipping costs refunded on partial returns?",),
    "damaged_or_wrong_item": ("Do I need to send photos of the damage?",),
    "other": ("Do you ship to Norway?", "Do you offer student discounts?"),
}
_ACTIONS = {
    "complaint": "apologise and offer 10% voucher",
    "legal": "route to legal team, no reply",
    "refund_request": "refund within policy",
}


def subject(category: str) -> str:
    return _SUBJECTS.get(category, "Question")


def body(category: str, rng: random.Random) -> str:
    return rng.choice(_BODIES.get(category, _BODIES["other"]))


def knowledge_gap(category: str, rng: random.Random) -> str:
    return rng.choice(_GAPS.get(category, _GAPS["other"]))


def reply(category: str) -> str:
    return f"Hello! Here is the answer about your {category.replace('_', ' ')} request."


def recommended_action(category: str) -> str:
    return _ACTIONS.get(category, "reply with tracking details")
