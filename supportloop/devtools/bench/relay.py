"""A plain aiokafka relay: consume one topic, produce every message to the next, no work.

`python -m supportloop.devtools.bench.relay SRC DST` — the ceiling the pipeline is compared with.
"""

from __future__ import annotations

import asyncio
import signal
import sys

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from supportloop.adapters.kafka.connection import aiokafka_kwargs
from supportloop.settings import KafkaSettings


async def relay(source: str, target: str, settings: KafkaSettings) -> None:
    consumer = AIOKafkaConsumer(
        source,
        **aiokafka_kwargs(settings),
        group_id=f"relay-{source}",
        auto_offset_reset="earliest",
        enable_auto_commit=True,
    )
    producer = AIOKafkaProducer(**aiokafka_kwargs(settings), acks="all", linger_ms=5)
    await consumer.start()
    await producer.start()
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    try:
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=100, max_records=1000)
            for messages in batches.values():
                for message in messages:
                    await producer.send(target, value=message.value, key=message.key)
    finally:
        await producer.flush()
        await consumer.stop()
        await producer.stop()


if __name__ == "__main__":
    asyncio.run(relay(sys.argv[1], sys.argv[2], KafkaSettings()))
