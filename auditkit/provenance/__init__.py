"""Provenance: the licence, lineage and files of the model under audit, of the audit's data sets and of the
detector models, read from what each one shows (model cards, GGUF keys, an endpoint's model list) and what
the config states.

Names are imported lazily.
"""

from __future__ import annotations

from auditkit._lazy import lazy_exports

_EXPORTS = {
    "ModelCardStatement": "auditkit.records.provenance",
    "ModelProvenance": "auditkit.records.provenance",
    "ModelComponent": "auditkit.records.provenance",
    "Provenance": "auditkit.records.provenance",
    "ProvenanceSection": "auditkit.records.provenance",
    "FileHash": "auditkit.records.provenance",
    "local_model_provenance": "auditkit.provenance.local",
    "apply_statement": "auditkit.provenance.statement",
    "terms": "auditkit.provenance.licences",
    "normalise": "auditkit.provenance.licences",
}

__all__ = list(_EXPORTS)


__getattr__ = lazy_exports(__name__, _EXPORTS)
