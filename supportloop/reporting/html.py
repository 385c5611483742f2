"""Self-contained HTML for reports a support lead forwards: one file, inline CSS and SVG, no
script and no fetch (a Content-Security-Policy of ``default-src 'none'`` makes any stray
reference fail loudly in a browser instead of leaking a request)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2433;
margin:24px auto;max-width:1200px;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.lead{color:#5b6474;margin:0 0 16px}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{border-bottom:1px solid #e3e6ec;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f5f7fa;font-weight:600}td.num{text-align:right;white-space:nowrap}
.clean{color:#137333;font-weight:600}.policy_work{color:#a05a00;font-weight:600}
.human{color:#b3261e;font-weight:600}.muted{color:#5b6474}
.total td{font-weight:600;background:#fafbfc}
svg text{font:12px system-ui,sans-serif;fill:#1d2433}
ul{margin:4px 0 8px 18px;padding:0}
"""


def esc(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def page(title: str, lead: str, sections: Iterable[str]) -> str:
    body = "\n".join(sections)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{_CSS}</style></head>\n"
        f'<body><h1>{esc(title)}</h1><p class="lead">{esc(lead)}</p>\n{body}\n</body></html>\n'
    )


def section(heading: str, *parts: str) -> str:
    return f"<section><h2>{esc(heading)}</h2>{''.join(parts)}</section>"


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    numeric: Iterable[int] = (),
    row_class: Sequence[str | None] | None = None,
    raw: Iterable[int] = (),
) -> str:
    """Rows of cells (escaped, except the columns in ``raw`` which hold markup we built)."""
    numeric_cols, raw_cols = set(numeric), set(raw)
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    lines = []
    for index, row in enumerate(rows):
        cells = []
        for col, cell in enumerate(row):
            text = str(cell) if col in raw_cols else esc(cell)
            cls = ' class="num"' if col in numeric_cols else ""
            cells.append(f"<td{cls}>{text}</td>")
        kind = row_class[index] if row_class is not None and index < len(row_class) else None
        attr = f' class="{esc(kind)}"' if kind else ""
        lines.append(f"<tr{attr}>{''.join(cells)}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(lines)}</tbody></table>"


def bars(items: Sequence[tuple[str, float, str]], *, title: str, width: int = 640) -> str:
    """Horizontal bars of shares in [0, 1]: (label, share, caption shown after the bar)."""
    label_w, bar_w, row_h = 190, width - 190 - 130, 22
    height = row_h * len(items) + 8
    rows = []
    for i, (label, share, caption) in enumerate(items):
        y = 4 + i * row_h
        filled = max(0.0, min(1.0, share)) * bar_w
        rows.append(
            f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{esc(label)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{bar_w}" height="14" fill="#eef1f5"/>'
            f'<rect x="{label_w}" y="{y + 3}" width="{filled:.1f}" height="14" fill="#2e7d32"/>'
            f'<text x="{label_w + bar_w + 8}" y="{y + 15}">{esc(caption)}</text>'
        )
    return (
        f'<svg role="img" aria-label="{esc(title)}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{esc(title)}</title>{''.join(rows)}</svg>"
    )


def sparkline(values: Sequence[float | None], *, label: str, width: int = 96) -> str:
    """A small line over the weeks; gaps (None) break the line, the last point is marked."""
    height, pad = 22, 2
    known = [v for v in values if v is not None]
    if not known:
        return '<span class="muted">—</span>'
    low, high = min(known), max(known)
    span = (high - low) or 1.0
    step = (width - 2 * pad) / max(1, len(values) - 1)
    segments: list[list[str]] = [[]]
    last = (0.0, 0.0)
    for i, value in enumerate(values):
        if value is None:
            segments.append([])
            continue
        x = pad + i * step
        y = height - pad - (value - low) / span * (height - 2 * pad)
        segments[-1].append(f"{x:.1f},{y:.1f}")
        last = (x, y)
    lines = "".join(
        f'<polyline points="{" ".join(s)}" fill="none" stroke="#1a73e8" stroke-width="1.5"/>'
        for s in segments
        if len(s) > 1
    )
    return (
        f'<svg role="img" aria-label="{esc(label)}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{esc(label)}</title>{lines}"
        f'<circle cx="{last[0]:.1f}" cy="{last[1]:.1f}" r="2.2" fill="#1a73e8"/></svg>'
    )


def bullet_list(items: Iterable[str]) -> str:
    listed = "".join(f"<li>{esc(i)}</li>" for i in items)
    return f"<ul>{listed}</ul>" if listed else '<p class="muted">none</p>'
