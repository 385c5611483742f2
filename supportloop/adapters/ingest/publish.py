"""Send the valid tickets of a file to the inbound topic; keep every rejected row's reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from supportloop.adapters.ingest.files import detect_format, read_tickets
from supportloop.adapters.ingest.records import RowError
from supportloop.adapters.kafka.produce import event_producer
from supportloop.core.events import TicketReceived
from supportloop.core.topics import INBOUND
from supportloop.settings import KafkaSettings


@dataclass
class IngestReport:
    accepted: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    rejected_rows: int = 0


async def ingest_file(
    path: Path,
    settings: KafkaSettings,
    on_row: Callable[[], None] | None = None,
) -> IngestReport:
    report = IngestReport()
    source = detect_format(path)
    seen: set[str] = set()
    async with event_producer(settings) as producer:
        for result in read_tickets(path):
            if on_row is not None:
                on_row()
            if result.ticket is None:
                report.rejected_rows += 1
                report.errors.extend(result.errors)
                continue
            if result.ticket.id in seen:
                report.rejected_rows += 1
                report.errors.append(
                    RowError(result.row, "id", f"duplicate ticket id {result.ticket.id!r}")
                )
                continue
            seen.add(result.ticket.id)
            await producer.send(INBOUND, TicketReceived.of(result.ticket, source))
            report.accepted.append(result.ticket.id)
    return report
