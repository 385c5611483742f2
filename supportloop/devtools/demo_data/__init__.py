"""Bundled demo data: a fictional shop and tickets consistent with it."""

from supportloop.devtools.demo_data.generator import (
    DEFAULT_SEED,
    REFERENCE_TIME,
    DemoData,
    generate,
    render_files,
    write_demo_files,
)

__all__ = [
    "DEFAULT_SEED",
    "REFERENCE_TIME",
    "DemoData",
    "generate",
    "render_files",
    "write_demo_files",
]
