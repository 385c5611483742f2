"""Bounded per-ticket memory: an LRU with a TTL in event time, and an LRU set of event ids."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(slots=True)
class TicketFacts:
    """What the book remembers about one ticket while its events arrive."""

    last_seen: datetime
    category: str | None = None
    received_at: datetime | None = None
    terminal: str | None = None  # resolved | drafted | handed_off | dead_lettered
    responded: bool = False
    # where the conversation's outcome was counted (a later turn may move it) and whether
    # a follow-up message after an AI resolution was counted
    terminal_week: str | None = None
    terminal_category: str | None = None
    followed_up: bool = False


class TicketCache:
    def __init__(self, max_tickets: int, ttl: timedelta) -> None:
        self._max = max_tickets
        self._ttl = ttl
        self._items: OrderedDict[str, TicketFacts] = OrderedDict()
        self._newest: datetime | None = None
        self.evicted = 0

    def __len__(self) -> int:
        return len(self._items)

    def get(self, ticket_id: str) -> TicketFacts | None:
        return self._items.get(ticket_id)

    def touch(self, ticket_id: str, at: datetime) -> TicketFacts:
        facts = self._items.get(ticket_id)
        if facts is None:
            facts = TicketFacts(last_seen=at)
            self._items[ticket_id] = facts
        else:
            self._items.move_to_end(ticket_id)
            facts.last_seen = max(facts.last_seen, at)
        if self._newest is None or at > self._newest:
            self._newest = at
        self._evict()
        return facts

    def _evict(self) -> None:
        while len(self._items) > self._max:
            self._items.popitem(last=False)
            self.evicted += 1
        if self._newest is None:
            return
        horizon = self._newest - self._ttl
        while self._items:
            oldest = next(iter(self._items.values()))
            if oldest.last_seen >= horizon:
                break
            self._items.popitem(last=False)
            self.evicted += 1


class SeenIds:
    """Remembers the last ``size`` ids; ``add`` answers False for an id already seen."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._ids: OrderedDict[str, None] = OrderedDict()

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, item: str) -> bool:
        if item in self._ids:
            self._ids.move_to_end(item)
            return False
        self._ids[item] = None
        if len(self._ids) > self._size:
            self._ids.popitem(last=False)
        return True
