"""Read the reply templates and ``brand.yaml`` from a directory (``replies/`` by default;
the Helm chart mounts it from a ConfigMap next to the policies)."""

from __future__ import annotations

from pathlib import Path

import yaml

from supportloop.core.replies import ReplyCatalog, ReplyError, parse_brand
from supportloop.core.replies.catalog import TEMPLATE_SUFFIX

BRAND_FILE = "brand.yaml"
MAX_TEMPLATE_BYTES = 64_000
MAX_TEMPLATES = 2_000


def load_replies(directory: Path | str) -> ReplyCatalog:
    """``<dir>/brand.yaml`` and ``<dir>/<locale>/*.j2``; ReplyError/BrandError with the file
    (and line) on anything unusable."""
    root = Path(directory)
    if not root.is_dir():
        raise ReplyError(str(root), 0, "reply template directory does not exist")
    brand_path = root / BRAND_FILE
    data: object = None
    if brand_path.is_file():
        try:
            data = yaml.safe_load(brand_path.read_text(encoding="utf-8"))
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + 1 if mark is not None else 0
            raise ReplyError(str(brand_path), line, f"not valid YAML: {error}") from None
    brand = parse_brand(data, str(brand_path))
    templates: dict[str, str] = {}
    for path in sorted(root.glob(f"*/*{TEMPLATE_SUFFIX}")):
        if len(templates) >= MAX_TEMPLATES:
            raise ReplyError(str(root), 0, f"more than {MAX_TEMPLATES} templates")
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise ReplyError(str(path), 0, f"larger than {MAX_TEMPLATE_BYTES} bytes")
        try:
            source = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise ReplyError(str(path), 0, "not UTF-8 text") from None
        templates[f"{path.parent.name}/{path.name}"] = source
    try:
        return ReplyCatalog(templates, brand)
    except ReplyError as error:
        raise ReplyError(str(root / error.path), error.line, error.message) from None
