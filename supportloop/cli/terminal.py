"""How a report reaches its reader: a table on a terminal, at the terminal's width; markdown
when piped or redirected (no 80-column wrap in a log or an e-mail); the file's format when
written to ``--output``; a fixed width with ``--width``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

SUFFIX_FORMATS = {
    ".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown",
    ".csv": "csv", ".json": "json",
}  # fmt: skip
MIN_WIDTH = 40


def resolve_format(
    fmt: str | None, output: Path | None, width: int | None, stream: TextIO | None = None
) -> str:
    """``fmt`` when given; else the output file's suffix; else a table on a TTY or with
    ``--width``; else markdown."""
    if fmt:
        return fmt
    if output is not None and output.suffix.lower() in SUFFIX_FORMATS:
        return SUFFIX_FORMATS[output.suffix.lower()]
    target = stream if stream is not None else sys.stdout
    if width is not None or target.isatty():
        return "table"
    return "markdown"


def check_width(width: int | None) -> int | None:
    if width is not None and width < MIN_WIDTH:
        raise ValueError(f"--width must be at least {MIN_WIDTH}")
    return width
