"""Capacity on paper, from `make bench`'s figures: how many workers, partitions, CPU and broker
throughput a daily ticket volume needs (docs/capacity.md). Plain arithmetic, every step in
the table, every assumption a named input."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

SECONDS_PER_DAY = 86_400
SCALED = ("classifier", "resolver", "escalator")


@dataclass(frozen=True)
class Assumptions:
    peak_to_average: float = 4.0  # busiest minute of the day over the day's mean
    cpu_target: float = 0.6  # a worker's CPU busy share at that peak (the rest is headroom)
    cpu_request_cores: float = 0.5  # one worker's CPU request
    min_workers: int = 2  # per scaled service, so one can be replaced without a gap
    partitions_floor: int = 6  # the chart's default
    partitions_headroom: float = 2.0  # partitions per worker at peak: room to scale out
    helpdesk_writes_per_ticket: float = 1.0  # ticket updates (a reply or a hand-off note)


@dataclass(frozen=True)
class Row:
    tickets_per_day: int
    average_tps: float
    peak_tps: float
    cores: dict[str, float]
    workers: dict[str, int]
    partitions: int
    broker_records_per_s: float
    helpdesk_writes_per_min: float


def size(
    tickets_per_day: int,
    cpu_ms_per_ticket: Mapping[str, float],
    records_per_ticket: float,
    assume: Assumptions | None = None,
) -> Row:
    """cores = peak tps x CPU ms per ticket / 1000 / CPU target; workers = cores / request
    (at least ``min_workers``; the metrics service stays one worker); partitions = workers x
    headroom, rounded up to a multiple of the floor; broker records/s = peak tps x records
    each ticket writes."""
    a = assume or Assumptions()
    average = tickets_per_day / SECONDS_PER_DAY
    peak = average * a.peak_to_average
    cores = {s: peak * cpu_ms_per_ticket[s] / 1000 / a.cpu_target for s in cpu_ms_per_ticket}
    # the metrics service is one worker by design (it reads every topic): its CPU request
    # grows instead, and its cores column is the request it needs
    workers = {
        s: max(a.min_workers, math.ceil(c / a.cpu_request_cores)) if s in SCALED else 1
        for s, c in cores.items()
    }
    most = max(workers[s] for s in SCALED if s in workers)
    wanted = most * a.partitions_headroom
    partitions = max(
        a.partitions_floor, math.ceil(wanted / a.partitions_floor) * a.partitions_floor
    )
    return Row(
        tickets_per_day=tickets_per_day,
        average_tps=average,
        peak_tps=peak,
        cores=cores,
        workers=workers,
        partitions=partitions,
        broker_records_per_s=peak * records_per_ticket,
        helpdesk_writes_per_min=peak * a.helpdesk_writes_per_ticket * 60,
    )


def table(rows: Sequence[Row], services: Sequence[str]) -> str:
    """Markdown: one row per daily volume."""
    head = ["tickets/day", "mean tps", "peak tps"]
    head += [f"{s} cores → workers" for s in services]
    head += ["partitions", "broker records/s at peak", "helpdesk writes/min at peak"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        cells = [f"{r.tickets_per_day:,}", f"{r.average_tps:,.2f}", f"{r.peak_tps:,.1f}"]
        cells += [f"{r.cores[s]:,.2f} → {r.workers[s]}" for s in services]
        cells += [f"{r.partitions}", f"{r.broker_records_per_s:,.0f}"]
        cells += [f"{r.helpdesk_writes_per_min:,.0f}"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
