"""Read the tickets a brand has, in the shape it has them, for triage.

Triage is where a brand first meets SupportLoop, with its "worst 20 tickets" pasted or
exported from a helpdesk — often without an e-mail or an order number. Text alone is a
ticket here: what is missing becomes a note on the row (and, through the facts, the verdict
says which lookup it prevents); a row is *bad* only when nothing usable is left (no text at
all, a line that is not JSON, more CSV fields than columns).

Shapes read (one ticket per row, per JSON object or per text block):

- our own JSONL/CSV (``id, subject, body, customer_email | customer {…}, order_id …``);
- **Zendesk** ticket objects — the Support API's Ticket JSON (``id, subject, description,
  requester_id, via.channel, tags, created_at``; ``{"ticket": …}`` and ``{"tickets": […]}``
  wrappers) as in the full JSON export (one ticket object per line), with a sideloaded
  ``requester {name, email}`` and ``comments [{body|plain_body, public}]`` when present; and
  the CSV export, whose headers are title-case ("Id", "Subject", "Requester",
  "Requester email", "Created at", "Via", "Tags"; the CSV export has no description column,
  so the subject is the text). Checked against Zendesk's "Exporting data to a JSON, CSV, or
  XML file" (support.zendesk.com/hc/en-us/articles/4408886165402) and the Ticket object of
  the Support API (developer.zendesk.com/api-reference/ticketing/tickets/tickets, 2026-12).
- **Gorgias** ticket objects — the REST API's Ticket (``id, subject, channel,
  created_datetime, customer {email, name, firstname, lastname}, tags [{name}],
  messages [{from_agent, body_text, body_html}]``, ``{"data": […]}`` list wrapper), checked
  against developers.gorgias.com/reference/tickets and /reference/ticket-messages (2026-12);
  and CSV exports with headers such as "Ticket id", "Customer email", "Customer name",
  "Subject", "Message"/"First message", "Channel", "Created datetime".
- plain text (any other suffix): one ticket per block separated by blank lines, or by lines
  of ``---`` when the file has them (then a ticket may hold paragraphs). Leading
  ``Subject:``, ``From:``/``Email:``, ``Name:``, ``Order:``, ``Id:``, ``Date:`` lines of a
  block are read as such; the rest is the body.

Column names are compared case-, space- and punctuation-insensitively.
"""

from __future__ import annotations

import csv
import html
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from supportloop.adapters.ingest.records import RowError, RowResult
from supportloop.core.events import Ticket
from supportloop.errors import InputError

MAX_ID, MAX_SUBJECT, MAX_BODY, MAX_ORDER = 128, 1_000, 50_000, 64
JSON_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv", ".tsv"}
_ID_BAD = re.compile(r"[^A-Za-z0-9._:\-]+")
_TRUE = {"1", "true", "yes", "y", "t", "x"}
_CHANNELS = {"email", "chat", "form", "social", "phone"}
_CHANNEL_ALIASES = {
    "web": "form", "web form": "form", "web_form": "form", "api": "form",
    "help-center": "form", "helpcenter": "form", "contact_form": "form", "contact-form": "form",
    "mail": "email",
    "sms": "chat", "whatsapp": "chat", "messenger": "chat", "chat_transcript": "chat",
    "voice": "phone", "aircall": "phone", "facebook": "social", "facebook-mention": "social",
    "instagram": "social", "instagram-comment": "social", "twitter": "social",
}  # fmt: skip

# canonical field -> the normalised column names that carry it (first present wins)
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "ticket_id", "ticket", "ticket_number", "number", "conversation_id"),
    "subject": ("subject", "ticket_subject", "title", "raw_subject"),
    "body": (
        "body", "description", "message", "first_message", "body_text", "text", "content",
        "comment", "question", "ticket_body", "customer_message",
    ),
    "email": (
        "customer_email", "email", "requester_email", "customer_email_address",
        "requester_email_address", "from_email", "from", "sender",
    ),
    "name": ("customer_name", "requester_name", "requester", "name", "customer"),
    "order_id": ("order_id", "order", "order_number", "order_no", "order_name"),
    "created_at": (
        "created_at", "created_datetime", "created", "created_date", "date", "opened_at",
    ),
    "channel": ("channel", "via", "source"),
    "tags": ("tags", "ticket_tags", "customer_tags"),
    "vip": ("vip", "customer_vip"),
    "automation_opt_in": ("automation_opt_in",),
}  # fmt: skip
TEXT_HEADERS = {
    "subject": "subject", "from": "email", "email": "email", "e_mail": "email",
    "customer": "name", "name": "name", "order": "order_id", "order_id": "order_id",
    "order_number": "order_id", "id": "id", "ticket": "id", "ticket_id": "id",
    "date": "created_at", "created_at": "created_at",
}  # fmt: skip
_HEADER_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z _\-#]{0,20}?)\s*:\s*(.*\S)\s*$")
_EMAIL_IN = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def column_key(name: str) -> str:
    """``"Requester email"``, ``requester-email``, ``REQUESTER_EMAIL`` → ``requester_email``."""
    return "_".join(re.findall(r"[a-z0-9]+", name.lower()))


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    text = str(value).strip()
    return text or None


def _pick(record: dict[str, Any], field: str) -> Any:
    for key in ALIASES[field]:
        value = record.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _flag(value: Any) -> bool:
    return value if isinstance(value, bool) else str(value or "").strip().lower() in _TRUE


def _tag_names(value: Any) -> tuple[str, ...]:
    if isinstance(value, list | tuple):
        names = [v.get("name") if isinstance(v, dict) else v for v in value]
        return tuple(str(n).strip() for n in names if n is not None and str(n).strip())
    return tuple(t.strip() for t in re.split(r"[,;]", str(value or "")) if t.strip())


def _strip_html(value: str) -> str:
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", value)
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", text)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def channel_of(value: Any) -> str:
    raw = str(value or "email").strip().lower()
    return raw if raw in _CHANNELS else _CHANNEL_ALIASES.get(raw, "other")


# --- the vendor shapes, mapped to flat canonical fields ------------------------------------


def _zendesk(ticket: dict[str, Any]) -> dict[str, Any]:
    requester = ticket.get("requester") if isinstance(ticket.get("requester"), dict) else {}
    assert isinstance(requester, dict)
    body = _text(ticket.get("description"))
    comments = [c for c in ticket.get("comments") or [] if isinstance(c, dict)]
    if body is None and comments:
        first = comments[0]
        body = _text(first.get("plain_body")) or _text(first.get("body"))
        if body is None and _text(first.get("html_body")):
            body = _strip_html(str(first["html_body"]))
    via = ticket.get("via") if isinstance(ticket.get("via"), dict) else {}
    assert isinstance(via, dict)
    tags = _tag_names(ticket.get("tags"))
    fields = {
        str(f.get("id")): f.get("value")
        for f in ticket.get("custom_fields") or []
        if isinstance(f, dict)
    }
    return {
        "id": ticket.get("id"),
        "subject": ticket.get("subject") or ticket.get("raw_subject"),
        "body": body,
        "email": requester.get("email") or ticket.get("requester_email"),
        "name": requester.get("name"),
        "order_id": ticket.get("order_id") or fields.get("order_id"),
        "created_at": ticket.get("created_at"),
        "channel": via.get("channel"),
        "tags": tags,
        "vip": "vip" in {t.lower() for t in tags},
    }


def _gorgias(ticket: dict[str, Any]) -> dict[str, Any]:
    customer = ticket.get("customer") if isinstance(ticket.get("customer"), dict) else {}
    assert isinstance(customer, dict)
    messages = [m for m in ticket.get("messages") or [] if isinstance(m, dict)]
    from_customer = [m for m in messages if not m.get("from_agent")] or messages
    body = None
    if from_customer:
        first = from_customer[0]
        body = _text(first.get("body_text") or first.get("stripped_text"))
        if body is None and _text(first.get("body_html")):
            body = _strip_html(str(first["body_html"]))
    name = customer.get("name") or " ".join(
        str(customer[k]) for k in ("firstname", "lastname") if customer.get(k)
    )
    tags = _tag_names(ticket.get("tags"))
    return {
        "id": ticket.get("id"),
        "subject": ticket.get("subject"),
        "body": body,
        "email": customer.get("email"),
        "name": name or None,
        "created_at": ticket.get("created_datetime") or ticket.get("opened_datetime"),
        "channel": ticket.get("channel"),
        "tags": tags,
        "vip": "vip" in {t.lower() for t in tags},
    }


def _ours(record: dict[str, Any]) -> dict[str, Any]:
    flat = {column_key(str(k)): v for k, v in record.items()}
    customer = record.get("customer")
    fields = {name: _pick(flat, name) for name in ALIASES}
    if isinstance(customer, dict):
        fields["email"] = customer.get("email")
        fields["name"] = customer.get("name")
        fields["vip"] = customer.get("vip")
        fields["automation_opt_in"] = customer.get("automation_opt_in")
        fields["tags"] = customer.get("tags") or fields["tags"]
    elif isinstance(fields["name"], dict):
        fields["name"] = None
    if fields["email"] is None and isinstance(fields["name"], str) and "@" in fields["name"]:
        found = _EMAIL_IN.search(fields["name"])  # "Ana Ruiz <ana@example.com>"
        fields["email"] = found.group(0) if found else None
        fields["name"] = fields["name"].split("<")[0].strip() or None
    if isinstance(fields["email"], str) and "<" in fields["email"]:
        found = _EMAIL_IN.search(fields["email"])
        fields["email"] = found.group(0) if found else fields["email"]
    tags = _tag_names(fields["tags"])
    fields["tags"] = tags
    fields["vip"] = _flag(fields["vip"]) or "vip" in {t.lower() for t in tags}
    return fields


def shape_of(record: dict[str, Any]) -> str:
    if "messages" in record or "created_datetime" in record:
        return "gorgias"
    zendesk_keys = ("description", "requester_id", "requester", "via", "comments")
    if "body" not in record and any(k in record for k in zendesk_keys):
        return "zendesk"
    return "ours"


def canonical(record: dict[str, Any]) -> dict[str, Any]:
    """A record of any supported shape as flat canonical fields (values not yet checked)."""
    if isinstance(record.get("ticket"), dict) and "body" not in record:
        record = record["ticket"]
    shape = shape_of(record)
    if shape == "gorgias":
        return _gorgias(record)
    if shape == "zendesk":
        return _zendesk(record)
    return _ours(record)


# --- lenient validation: repair what can be repaired, note it, refuse only the unusable -----


def _created_at(value: Any, notes: list[str]) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    text = _text(value)
    if text is not None:
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" UTC", ""))
        except ValueError:
            notes.append(f"created_at {text[:40]!r} unreadable: time windows measured from now")
        else:
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return datetime.now(UTC)


def _email(value: Any, notes: list[str]) -> str | None:
    text = _text(value)
    if text is None:
        notes.append("no customer e-mail")
        return None
    local, _, domain = text.partition("@")
    if not local or "." not in domain or len(text) > 320 or " " in text:
        notes.append(f"customer e-mail {text[:60]!r} is not an address: ignored")
        return None
    return text.lower()


def _ticket_id(value: Any, row: int, prefix: str, notes: list[str]) -> str:
    text = _text(value)
    if text is None:
        made = f"{prefix}-{row}"
        notes.append(f"no ticket id: called {made}")
        return made
    cleaned = _ID_BAD.sub("-", text).strip("-")[:MAX_ID] or f"{prefix}-{row}"
    if cleaned != text:
        notes.append(f"ticket id {text[:40]!r} read as {cleaned}")
    return cleaned


def lenient_ticket(row: int, record: dict[str, Any], *, id_prefix: str = "row") -> RowResult:
    """One record of any shape as a Ticket plus notes, or the reason nothing is usable."""
    try:
        fields = canonical(record)
    except (AttributeError, TypeError) as exc:
        return RowResult(row, None, (RowError(row, "record", f"unreadable record: {exc}"),))
    notes: list[str] = []
    subject = _text(fields.get("subject")) or ""
    body = _text(fields.get("body"))
    if body is None:
        if not subject:
            return RowResult(row, None, (RowError(row, "body", "no text: no subject, no body"),))
        body = subject
        notes.append("no body: the subject is the text")
    if len(subject) > MAX_SUBJECT:
        subject = subject[:MAX_SUBJECT]
        notes.append(f"subject cut to {MAX_SUBJECT} characters")
    if len(body) > MAX_BODY:
        body = body[:MAX_BODY]
        notes.append(f"body cut to {MAX_BODY} characters")
    order_id = _text(fields.get("order_id"))
    if order_id is not None and len(order_id) > MAX_ORDER:
        notes.append(f"order number {order_id[:20]!r}… too long: ignored")
        order_id = None
    name = _text(fields.get("name"))
    candidate = {
        "id": _ticket_id(fields.get("id"), row, id_prefix, notes),
        "subject": subject,
        "body": body,
        "customer": {
            "email": _email(fields.get("email"), notes),
            "name": name,
            "vip": _flag(fields.get("vip")),
            "automation_opt_in": _flag(fields.get("automation_opt_in")),
            "tags": _tag_names(fields.get("tags")),
        },
        "order_id": order_id,
        "created_at": _created_at(fields.get("created_at"), notes),
        "channel": channel_of(fields.get("channel")),
    }
    try:
        ticket = Ticket.model_validate(candidate)
    except ValidationError as exc:  # nothing above should leave one; say what if it does
        errors = tuple(
            RowError(row, ".".join(str(p) for p in err["loc"]) or "record", err["msg"])
            for err in exc.errors()
        )
        return RowResult(row, None, errors)
    return RowResult(row, ticket, notes=tuple(notes))


# --- files ----------------------------------------------------------------------------------


def file_kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in CSV_SUFFIXES:
        return "csv"
    return "text"


def _json_records(path: Path) -> Iterator[tuple[int, dict[str, Any] | RowError]]:
    text = path.read_text(encoding="utf-8", errors="replace")
    stripped = text.lstrip()
    if stripped[:1] in {"[", "{"}:
        try:
            whole = json.loads(text)
        except json.JSONDecodeError:
            whole = None  # JSON Lines (one object per line), read below
        if isinstance(whole, list) or (
            isinstance(whole, dict) and isinstance(whole.get("tickets") or whole.get("data"), list)
        ):
            items = whole if isinstance(whole, list) else whole.get("tickets") or whole["data"]
            for index, item in enumerate(items, start=1):
                if isinstance(item, dict):
                    yield index, item
                else:
                    yield index, RowError(index, "item", "not a JSON object")
            return
        if isinstance(whole, dict):
            yield 1, whole
            return
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield line_no, RowError(line_no, "line", f"invalid JSON: {exc.msg}")
            continue
        if not isinstance(record, dict):
            yield line_no, RowError(line_no, "line", "not a JSON object")
            continue
        yield line_no, record


def _csv_records(path: Path) -> Iterator[tuple[int, dict[str, Any] | RowError]]:
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
        reader = csv.DictReader(handle, dialect=dialect)
        columns = {column_key(c) for c in reader.fieldnames or []}
        if not columns & set(ALIASES["body"] + ALIASES["subject"]):
            raise InputError(
                f"{path}: no column with the ticket's text "
                f"(one of: {', '.join(ALIASES['body'][:4] + ALIASES['subject'][:1])} …)"
            )
        index = 1  # row 1 is the header
        while True:
            index += 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:  # e.g. a field over the csv module's size limit
                yield index, RowError(index, "row", f"unreadable CSV row: {exc}")
                continue
            if None in row:
                yield index, RowError(index, "row", "more fields than columns")
                continue
            yield index, {k: v for k, v in row.items() if k is not None}


def text_blocks(text: str) -> Iterator[tuple[int, str]]:
    """(first line number, block) for each ticket of a plain-text paste."""
    lines = text.splitlines()
    dashed = any(re.fullmatch(r"\s*-{3,}\s*", line) for line in lines)
    block: list[str] = []
    start = 0
    for number, line in enumerate(lines, start=1):
        boundary = re.fullmatch(r"\s*-{3,}\s*", line) if dashed else not line.strip()
        if boundary:
            if any(b.strip() for b in block):
                yield start, "\n".join(block).strip("\n")
            block = []
            continue
        if not block:
            start = number
        block.append(line)
    if any(b.strip() for b in block):
        yield start, "\n".join(block).strip("\n")


def text_record(block: str) -> dict[str, Any]:
    """A block's leading ``Key: value`` lines (known keys only), then its body."""
    record: dict[str, Any] = {}
    lines = block.splitlines()
    while lines:
        match = _HEADER_LINE.match(lines[0])
        field = TEXT_HEADERS.get(column_key(match.group(1))) if match else None
        if match is None or field is None or field in record:
            break
        value = match.group(2)
        if field == "email" and "<" in value:
            found = _EMAIL_IN.search(value)
            record.setdefault("name", value.split("<")[0].strip() or None)
            value = found.group(0) if found else value
        record[field] = value
        lines.pop(0)
    record["body"] = "\n".join(lines).strip() or None
    return record


def _text_records(path: Path) -> Iterator[tuple[int, dict[str, Any] | RowError]]:
    text = path.read_text(encoding="utf-8", errors="replace")
    for start, block in text_blocks(text):
        yield start, text_record(block)


def read_pasted(path: Path) -> Iterator[RowResult]:
    """One RowResult per ticket of the file; InputError only when the file itself is unusable."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a file")
    kind = file_kind(path)
    records = (
        _json_records(path)
        if kind == "json"
        else _csv_records(path)
        if kind == "csv"
        else _text_records(path)
    )
    prefix = "block" if kind == "text" else "row"
    for row, record in records:
        if isinstance(record, RowError):
            yield RowResult(row, None, (record,))
        else:
            yield lenient_ticket(row, record, id_prefix=prefix)


def count_pasted(path: Path) -> int:
    """Tickets in the file, for the progress bar (a cheap estimate, never an error)."""
    if not path.is_file():
        return 0
    kind = file_kind(path)
    text = path.read_text(encoding="utf-8", errors="replace")
    if kind == "text":
        return sum(1 for _ in text_blocks(text))
    if kind == "csv":
        with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
            try:
                return max(0, sum(1 for _ in csv.reader(handle)) - 1)
            except csv.Error:
                return max(0, sum(1 for line in text.splitlines() if line.strip()) - 1)
    lines = sum(1 for line in text.splitlines() if line.strip())
    if text.lstrip()[:1] in {"[", "{"} and lines > 0:
        try:
            whole = json.loads(text)
        except json.JSONDecodeError:
            return lines
        if isinstance(whole, list):
            return len(whole)
        if isinstance(whole, dict):
            items = whole.get("tickets") or whole.get("data")
            return len(items) if isinstance(items, list) else 1
    return lines
