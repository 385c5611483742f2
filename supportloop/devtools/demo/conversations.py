"""Customers write back: the demo's multi-turn threads.

After the bundled tickets have their outcomes, some customers whose ticket the AI resolved
write again on the same ticket — a thank-you, a second routine question (change the
address of that order), a dispute ("that didn't help"), a request for a person — and one
thread goes to a third turn. Each follow-up is an import-file line with its own
``message_id``; the demo prints every thread turn by turn with its outcome.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from rich.table import Table

from supportloop.adapters.kafka.reader import follow
from supportloop.core import events as ev
from supportloop.core.outcomes import TerminalOutcome
from supportloop.core.topics import TERMINAL_TOPICS
from supportloop.settings import KafkaSettings

ADDRESS = (
    "Thanks for the quick answer. One more thing: can you change the shipping address on "
    "that order to 12 Elm Street, Springfield, IL 62704?"
)


@dataclass(frozen=True)
class FollowUp:
    kind: str
    scenario: tuple[str, str]  # (category, scenario) of the opening message
    turns: tuple[str, ...]  # the customer's later messages, in order


THREADS: tuple[FollowUp, ...] = (
    FollowUp(
        "thank-you", ("wismo", "in_transit"), ("Thanks, that's all I needed. Great service!",)
    ),
    FollowUp("second question", ("wismo", "unshipped"), (ADDRESS,)),
    FollowUp("second question", ("wismo", "in_transit"), (ADDRESS,)),
    FollowUp(
        "dispute",
        ("wismo", "in_transit"),
        ("That didn't help. The tracking page shows nothing and I never got it.",),
    ),
    FollowUp("a person", ("order_status", "unshipped"), ("I want to talk to a real person.",)),
    FollowUp(
        "three turns",
        ("wismo", "unshipped"),
        (ADDRESS, "Hmm, that's wrong, I asked for Elm Street. Please undo that."),
    ),
)


def follow_up_lines(
    tickets: Mapping[str, ev.Ticket],
    labels: Mapping[str, tuple[str, str]],
    resolved: Iterable[str],
    threads: Sequence[FollowUp] = THREADS,
) -> list[tuple[str, dict[str, object]]]:
    """(thread kind, import line) for each later message, on tickets the AI resolved: the
    first unused ticket of each thread's scenario, in the bundled order."""
    resolved_ids = [tid for tid in resolved if tid in tickets and not tickets[tid].customer.vip]
    used: set[str] = set()
    lines: list[tuple[str, dict[str, object]]] = []
    for thread in threads:
        tid = next(
            (t for t in resolved_ids if labels.get(t) == thread.scenario and t not in used), None
        )
        if tid is None:
            continue
        used.add(tid)
        opening = tickets[tid]
        for number, text in enumerate(thread.turns, start=2):
            line = opening.model_copy(
                update={
                    "subject": f"Re: {opening.subject}",
                    "body": text,
                    "message_id": f"m{number}",
                }
            ).model_dump(mode="json")
            lines.append((thread.kind, line))
    return lines


def write_lines(path: Path, lines: Sequence[tuple[str, dict[str, object]]]) -> Path:
    path.write_text("".join(json.dumps(line) + "\n" for _, line in lines), encoding="utf-8")
    return path


async def thread_events(
    settings: KafkaSettings, ticket_ids: set[str]
) -> dict[str, list[ev.EventBase]]:
    """The terminal events of these tickets, every turn, as on the topics."""
    found: dict[str, list[ev.EventBase]] = {t: [] for t in ticket_ids}
    seen: set[str] = set()
    async for read in follow(settings, TERMINAL_TOPICS, until_end=True):
        event = read.event
        if event is not None and event.ticket_id in found and event.event_id not in seen:
            seen.add(event.event_id)
            found[event.ticket_id].append(event)
    return found


def describe(event: ev.EventBase | None) -> str:
    if isinstance(event, ev.TicketResolved):
        action = event.action.name if event.action is not None else "reply"
        verb = "answered by the AI" if event.outcome == "resolved" else "drafted for an agent"
        return f"{verb} · {action}"
    if isinstance(event, ev.TicketHandedOff):
        return f"handed to a person · {event.reason} → {event.queue}"
    if isinstance(event, ev.DeadLettered):
        return f"dead-lettered · {event.reason}"
    return "no outcome yet"


def conversations_table(
    tickets: Mapping[str, ev.Ticket],
    lines: Sequence[tuple[str, dict[str, object]]],
    events: Mapping[str, Sequence[ev.EventBase]],
    outcomes: Mapping[str, TerminalOutcome],
) -> Table:
    table = Table(title="conversations: customers who wrote back (one row per message)")
    for column in ("ticket", "thread", "turn", "customer wrote", "outcome"):
        table.add_column(column, no_wrap=column in ("ticket", "turn"))
    kinds: dict[str, str] = {}
    for kind, line in lines:
        kinds.setdefault(str(line["id"]), kind)
    for tid, kind in kinds.items():
        by_turn = {e.message_id or "": e for e in events.get(tid, ())}
        messages = [("", tickets[tid].body)] + [
            (str(line["message_id"]), str(line["body"])) for _, line in lines if line["id"] == tid
        ]
        for number, (message_id, body) in enumerate(messages, start=1):
            shown = " ".join(body.split())
            outcome = by_turn.get(message_id)
            if outcome is None and ev.turn_key(tid, message_id or None) not in outcomes:
                text = "no outcome yet"
            else:
                text = describe(outcome)
            table.add_row(
                tid if number == 1 else "", kind if number == 1 else "", str(number),
                shown[:70] + ("…" if len(shown) > 70 else ""), text,
            )  # fmt: skip
    return table


def show_conversations(
    console: object, kafka: KafkaSettings, tickets_path: Path, resolved: Iterable[str],
    work_dir: Path, timeout_s: float,
) -> bool:  # fmt: skip
    """Ingest the follow-ups of tickets the AI resolved, wait for every turn's outcome and
    print the threads. False when a later message got no outcome (silently ignored)."""
    import asyncio

    from rich.console import Console

    from supportloop.adapters.ingest.publish import ingest_file
    from supportloop.adapters.kafka.watch import wait_for_outcomes

    assert isinstance(console, Console)
    labels_path = tickets_path.with_name("labels.jsonl")
    if not labels_path.exists():
        console.print("conversations: no labels.jsonl next to the tickets, skipped")
        return True
    tickets = {
        t.id: t
        for t in (
            ev.Ticket.model_validate_json(line)
            for line in tickets_path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        )
    }
    labels: dict[str, tuple[str, str]] = {}
    for line in labels_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            label = json.loads(line)
            labels[label["id"]] = (label["category"], label["scenario"])
    lines = follow_up_lines(tickets, labels, resolved)
    if not lines:
        console.print("conversations: no resolved ticket to follow up on")
        return True
    path = write_lines(work_dir / "follow_ups.jsonl", lines)
    report = asyncio.run(ingest_file(path, kafka))
    console.print(f"customers wrote back: {len(report.accepted)} later messages ({path})")
    ledger = asyncio.run(wait_for_outcomes(kafka, set(report.accepted), timeout_s, settle_s=1))
    ids = {str(line["id"]) for _, line in lines}
    events = asyncio.run(thread_events(kafka, ids))
    console.print(conversations_table(tickets, lines, events, ledger.outcomes))
    missing = set(report.accepted) - ledger.outcomes.keys()
    if missing:
        console.print(f"[red]{len(missing)} later messages without an outcome[/red]")
    return not missing and not ledger.conflicts
