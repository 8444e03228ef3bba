"""Any CSV or JSONL file of prompts, through a column mapping given as options."""

from __future__ import annotations

import re
from typing import get_args

from auditkit.errors import InputError
from auditkit.records.probes import Category, Expected
from auditkit.suites.loaders.base import IdMaker, Options, Source, limited, text
from auditkit.suites.model import ProbeSpec

OPTIONS = ("prompt", "id", "system", "tags", "variables", "canaries", "category", "category_column", "expected",
           "expected_column")
CATEGORIES = get_args(Category)
EXPECTED = get_args(Expected)


def _choice(value: str, allowed: tuple[str, ...], what: str, where: str) -> str:
    if value not in allowed:
        raise InputError(f"{where}: {what} must be one of {', '.join(allowed)} (got {value!r})")
    return value


def _split(value: str) -> list[str]:
    return [part.strip() for part in re.split(r"[,|;]", value) if part.strip()]


def mapped(source: Source, options: Options) -> list[ProbeSpec]:
    """Probes from rows: `prompt=COLUMN` is required; category and expected are fixed values or columns."""
    prompt_col = options.require("prompt", "the column holding the prompt text")
    id_col, system_col = options.get("id"), options.get("system")
    tags_col, canary_col = options.get("tags"), options.get("canaries")
    keep = _split(options.get("variables") or "")
    category_col, expected_col = options.get("category_column"), options.get("expected_column")
    category = _choice(options.get("category") or "other", CATEGORIES, "category", options.where)
    expected = _choice(options.get("expected") or "none", EXPECTED, "expected", options.where)
    ids, probes = IdMaker(), []
    for number, row in limited(source.rows, options):
        where = f"{source.name}: row {number}"
        cat = _choice(text(row, category_col, source, number), CATEGORIES, "category", where) if category_col \
            else category
        exp = _choice(text(row, expected_col, source, number), EXPECTED, "expected", where) if expected_col \
            else expected
        variables = {re.sub(r"[^a-z0-9_]", "_", c.lower()).strip("_") or f"column{i}":
                     [text(row, c, source, number, required=False)] for i, c in enumerate(keep)}
        probes.append(ProbeSpec(
            id=ids(text(row, id_col, source, number, required=False) if id_col else "", number),
            category=cat, expected=exp, prompt=text(row, prompt_col, source, number),
            system=text(row, system_col, source, number, required=False) or None if system_col else None,
            tags=_split(text(row, tags_col, source, number, required=False)) if tags_col else [],
            canaries=_split(text(row, canary_col, source, number, required=False)) if canary_col else [],
            variables=variables))
    return probes
