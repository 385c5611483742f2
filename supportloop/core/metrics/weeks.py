"""ISO weeks of event time, labelled like ``2025-W03`` (sorts as text in time order)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


def as_utc(moment: datetime) -> datetime:
    """Naive timestamps are taken to be UTC."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def week_of(moment: datetime) -> str:
    year, week, _ = as_utc(moment).isocalendar()
    return f"{year:04d}-W{week:02d}"


def week_start(week: str) -> datetime:
    """Monday 00:00 UTC of the week."""
    year, _, number = week.partition("-W")
    return datetime.fromisocalendar(int(year), int(number), 1).replace(tzinfo=UTC)


def previous_week(week: str) -> str:
    return week_of(week_start(week) - timedelta(days=7))


def weeks_back(week: str, count: int) -> str:
    return week_of(week_start(week) - timedelta(days=7 * count))
