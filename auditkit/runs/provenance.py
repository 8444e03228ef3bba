"""Record, at run start, where the model under audit and the audit's data sets come from."""

from __future__ import annotations

from typing import Any

from auditkit.provenance.statement import apply_statement
from auditkit.records.manifest import SuiteRef
from auditkit.records.provenance import ModelCardStatement, ModelProvenance, Provenance
from auditkit.suites.model import Suite
from auditkit.targets.base import Target

_ACCESS = {
    "replay": ("replay", "not stated: the audit replayed recorded answers, which say nothing about the weights; set "
                         "model_card.open_weights in the config"),
    "python": ("callable", "not stated: the audit called a Python function; set model_card.open_weights in the "
                           "config"),
}


def suite_ref(suite: Suite) -> SuiteRef:
    """A suite as the manifest records it: id, file, hash, size, and its origin, licence and citation."""
    spec = suite.spec
    return SuiteRef(id=suite.id, path=str(suite.path), sha256=suite.sha256, probes=len(suite.probes),
                    builtin=suite.builtin, origin=spec.origin, license=spec.license, citation=spec.citation,
                    url=spec.url)


def _described(target: Target) -> ModelProvenance:
    """What a target without a provenance() method shows: its type says how the model was reached."""
    desc: dict[str, Any] = target.describe()
    access, basis = _ACCESS.get(str(desc.get("type")), ("unknown", "not stated; set model_card.open_weights in "
                                                                   "the config"))
    name = desc.get("model") or desc.get("name")
    location = desc.get("path") or desc.get("function") or desc.get("endpoint")
    return ModelProvenance(name=str(name) if name else None, location=str(location) if location else None,
                           access=access, open_weights_basis=basis,
                           sources={"name": "the target's description"} if name else {},
                           notes=[f"a {desc.get('type') or 'custom'} target shows no model card or licence"])


async def collect_provenance(target: Target, statement: ModelCardStatement | None = None, *,
                             commercial_use: bool = True) -> Provenance:
    """The model's provenance: what the target can see (files, GGUF keys, its API), then the config's statement.

    Never fails the run: a target whose provenance cannot be read records why.
    """
    method = getattr(target, "provenance", None)
    if callable(method):
        try:
            model = await method()
        except Exception as exc:  # noqa: BLE001 - provenance must not end an audit; the reason is kept
            model = _described(target)
            model.notes.append(f"provenance not read: {type(exc).__name__}: {exc}")
        if not isinstance(model, ModelProvenance):
            model = _described(target)
    else:
        model = _described(target)
    return Provenance(model=apply_statement(model, statement), commercial_use=commercial_use)
