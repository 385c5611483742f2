"""The autonomy modes the demo starts from: Tier-1 categories live, the rest in shadow."""

from __future__ import annotations

from supportloop.adapters.kafka.produce import event_producer
from supportloop.core import events as ev
from supportloop.core.topics import CONFIG, CONFIG_AUDIT
from supportloop.settings import KafkaSettings

DEMO_LIVE = (
    "wismo",
    "order_status",
    "address_change",
    "order_modification",
    "cancellation",
    "policy_question",
    "return_request",
    "refund_request",
    # no policy of their own: live, their pre-sale questions ("do you take PayPal?") are
    # answered from the help centre; everything else in them still goes to a person
    "billing",
    "sales_question",
)


def demo_flips(live: tuple[str, ...] = DEMO_LIVE) -> list[ev.AutonomyModeChanged]:
    return [
        ev.AutonomyModeChanged.flip(
            f"demo:{category}",
            category,
            "live",
            by="demo",
            reason="demo: Tier-1/2 categories switched live after their shadow period",
            previous="shadow",
            at=ev.utcnow(),
        )
        for category in live
    ]


async def publish_flips(settings: KafkaSettings, flips: list[ev.AutonomyModeChanged]) -> None:
    async with event_producer(settings) as producer:
        for flip in flips:
            await producer.send_and_wait(CONFIG, flip, key=flip.category)
            await producer.send_and_wait(CONFIG_AUDIT, flip, key=flip.category)
