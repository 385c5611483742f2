"""Send the valid tickets of a file to the inbound topic; keep every rejected row's reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from supportloop.adapters.ingest.files import detect_format, read_tickets
from supportloop.adapters.ingest.records import RowError
from supportloop.adapters.kafka.produce import event_producer
from supportloop.core.events import TicketReceived, turn_key
from supportloop.core.topics import INBOUND
from supportloop.settings import KafkaSettings


@dataclass
class IngestReport:
    accepted: list[str] = field(default_factory=list)  # turn keys: ticket ids for openings
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
            # a line is a message: the same ticket may come back with a new message_id
            turn = turn_key(result.ticket.id, result.ticket.message_id)
            if turn in seen:
                report.rejected_rows += 1
                what = "ticket id" if turn == result.ticket.id else "message"
                report.errors.append(RowError(result.row, "id", f"duplicate {what} {turn!r}"))
                continue
            seen.add(turn)
            await producer.send(INBOUND, TicketReceived.of(result.ticket, source))
            report.accepted.append(turn)
    return report
