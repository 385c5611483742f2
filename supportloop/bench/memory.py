"""Resident memory of a process, read from /proc (Linux)."""

from __future__ import annotations

from pathlib import Path


def rss_mb(pid: int, field: str = "VmRSS") -> float | None:
    """VmRSS = now, VmHWM = peak since start; in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    except (FileNotFoundError, ProcessLookupError, ValueError):
        return None
    return None
