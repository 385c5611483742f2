"""A Faust relay: the services' own Faust set-up (ServiceApp), forwarding raw bytes, no work.

`python -m supportloop.devtools.bench.faust_relay NAME SRC DST` — measures what the framework alone
costs, between the plain aiokafka relay and the pipeline.
"""

from __future__ import annotations

import sys
from typing import Any

from supportloop.adapters.runtime.faust_app import ServiceApp, process_events, run_worker
from supportloop.adapters.runtime.stage import RawMessage
from supportloop.core.topics import TopicSpec
from supportloop.settings import KafkaSettings, ServiceSettings


def build_relay(name: str, source: str, target: str) -> ServiceApp:
    service = ServiceApp(name, KafkaSettings(), ServiceSettings())
    inbound = service.topic(TopicSpec(source, "ticket_id", ()))
    outbound = service.topic(TopicSpec(target, "ticket_id", ()))

    async def forward(message: RawMessage) -> None:
        await outbound.send(key=message.key, value=message.value)

    @service.app.agent(inbound, name="relay")
    async def relay(stream: Any) -> None:
        await process_events(stream, forward)

    return service


if __name__ == "__main__":
    run_worker(build_relay(*sys.argv[1:4]))
