"""Which ticket table entries have outlived their lifetime, given a clock (no Kafka)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from supportloop.core.state_lifetime import REDELIVERY_REACH, payload, stamped, sweep, written_at
from supportloop.core.topics import INBOUND
from supportloop.settings import ServiceSettings

T0 = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
LIFETIME = timedelta(days=21)


def expired(raw: bytes, now: datetime) -> bool:
    return sweep([(b"T1", raw)], now, LIFETIME).expired == [b"T1"]


def test_a_stamp_keeps_the_payload_and_the_time_of_the_write() -> None:
    raw = stamped(b'{"decision": {"action": "refund"}}', T0)
    assert raw == b'@2026-03-01T09:30:00Z {"decision": {"action": "refund"}}'
    assert payload(raw) == b'{"decision": {"action": "refund"}}'
    assert written_at(raw) == T0


def test_a_stamp_is_in_utc_whatever_the_clock_zone() -> None:
    local = T0.astimezone(ZoneInfo("Europe/Berlin"))
    assert stamped(b"[]", local) == b"@2026-03-01T09:30:00Z []"


def test_an_entry_from_before_stamps_reads_as_it_was_and_has_no_time() -> None:
    for legacy in (b'{"": []}', b"[]", b'{"status": "waiting"}'):
        assert payload(legacy) == legacy
        assert written_at(legacy) is None
        assert not expired(legacy, T0 + timedelta(days=999))


def test_an_entry_expires_a_lifetime_after_its_last_write_and_not_before() -> None:
    raw = stamped(b"{}", T0)
    assert not expired(raw, T0)
    assert not expired(raw, T0 + LIFETIME - timedelta(seconds=1))
    assert expired(raw, T0 + LIFETIME)
    # a stamp ahead of this worker's clock (another pod's clock runs fast) is not expired
    assert not expired(raw, T0 - timedelta(hours=1))


def test_a_sweep_names_the_expired_and_the_unstamped_entries() -> None:
    now = T0 + timedelta(days=30)
    entries = {
        b"old": stamped(b"{}", T0),  # 30 days
        b"edge": stamped(b"{}", now - LIFETIME),  # exactly a lifetime
        b"young": stamped(b"{}", now - timedelta(days=20)),
        b"legacy": b'{"decision": {}}',
    }
    found = sweep(entries.items(), now, LIFETIME)
    assert found.expired == [b"old", b"edge"]
    assert found.unstamped == [b"legacy"]


def test_history_that_grows_leaves_about_a_lifetime_of_entries() -> None:
    """New tickets every day: the entries alive after each day's sweep stay at one
    lifetime's worth, however long the history."""
    alive: dict[bytes, bytes] = {}
    sizes = []
    for day in range(120):
        now = T0 + timedelta(days=day)
        for n in range(10):
            alive[f"T{day}-{n}".encode()] = stamped(b"{}", now)
        for key in sweep(alive.items(), now, LIFETIME).expired:
            del alive[key]
        sizes.append(len(alive))
    assert sizes[30] == sizes[60] == sizes[119] == 10 * LIFETIME.days


def test_the_lifetime_setting_is_longer_than_any_redelivery_reaches() -> None:
    reach = REDELIVERY_REACH
    assert reach == timedelta(milliseconds=INBOUND.retention_ms or 0) == timedelta(days=14)
    assert timedelta(days=ServiceSettings().state_ttl_days) > REDELIVERY_REACH
    ServiceSettings(state_ttl_days=REDELIVERY_REACH.days + 1)
    with pytest.raises(ValidationError):
        ServiceSettings(state_ttl_days=REDELIVERY_REACH.days)


def test_the_lifetime_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUPPORTLOOP_STATE_TTL_DAYS", "30")
    assert ServiceSettings().state_ttl_days == 30
