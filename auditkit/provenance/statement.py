"""Combine what the model's files or API say with what the config's `model_card:` states.

A statement wins (it is the provider's word for the release), but a disagreement with the model's own files is
kept as a conflict for the report: a licence stated as Apache-2.0 over weights whose card says CC-BY-NC-4.0 is
exactly what an auditor must see.
"""

from __future__ import annotations

from typing import Any

from auditkit.provenance.licences import normalise, terms
from auditkit.records.provenance import ModelCardStatement, ModelProvenance

STATED = "config model_card"
SCALARS = ("name", "provider", "version", "license", "license_url", "intended_use", "url")


def _same(field: str, a: Any, b: Any) -> bool:
    if field == "license":
        return (normalise(a) or "").lower() == (normalise(b) or "").lower()
    return " ".join(str(a).split()).lower() == " ".join(str(b).split()).lower()


def apply_statement(prov: ModelProvenance, statement: ModelCardStatement | None) -> ModelProvenance:
    """The provenance with the statement's fields filled in (and conflicts with the files recorded)."""
    if statement is None:
        return prov
    out = prov.model_copy(deep=True)
    for field in SCALARS:
        stated = getattr(statement, field)
        if stated is None:
            continue
        found = getattr(out, field)
        if found is not None and not _same(field, stated, found):
            label = "licence" if field == "license" else field.replace("_", " ")
            out.conflicts.append(f"{label}: the config states {stated!r}; {out.sources.get(field, 'the model')} "
                                 f"says {found!r}")
        setattr(out, field, normalise(stated) if field == "license" else stated)
        out.sources[field] = f"{STATED}.{field}"
    if statement.license is not None:
        out.license_name = None
        out.license_terms = terms(out.license)
    for field, attr in (("base_model", "base_models"), ("training_data", "training_data")):
        stated_list = getattr(statement, field)
        if not stated_list:
            continue
        found_list = getattr(out, attr)
        merged = list(dict.fromkeys([*stated_list, *found_list]))
        where = f"{STATED}.{field}" + (f" and {out.sources[attr]}" if found_list and attr in out.sources else "")
        setattr(out, attr, merged)
        out.sources[attr] = where
    if statement.open_weights is not None:
        if out.open_weights is not None and out.open_weights != statement.open_weights:
            out.conflicts.append(f"open weights: the config states {statement.open_weights}; "
                                 f"{out.open_weights_basis}")
        out.open_weights = statement.open_weights
        out.open_weights_basis = f"stated in the config ({STATED}.open_weights)"
        out.sources["open_weights"] = f"{STATED}.open_weights"
    return out
