"""bom.cdx.json: a CycloneDX 1.6 ML-BOM of an audit, made with cyclonedx-python-lib and checked by its validator.

The model under audit is the BOM's subject (a machine-learning-model component with its model card); the
audit's data sets, the detector models and auditkit are components, with licences and hashes. Its base models
and training data sets, as the model card states them, are components it depends on. The library does not
model `modelCard` and `data` yet, so those are added to its JSON output, and the whole document is then
validated against the CycloneDX 1.6 JSON schema (strict).

The same report always gives the same BOM (serial number from the run and its manifest hash, timestamp from the
run), so rewriting it keeps evidence.json's hash, and its signature, valid.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

from auditkit.errors import MissingExtraError, RunError
from auditkit.records.provenance import FileHash, ModelComponent, ModelProvenance
from auditkit.report.model import Report

BOM_FILE = "bom.cdx.json"
PREFIX = "auditkit:"
MAX_FILE_PROPERTIES = 64
WEIGHTS = re.compile(r"\.(?:safetensors|gguf|bin|pt|pth|ckpt|onnx|h5|msgpack|model)$|(?:^|/)model$", re.IGNORECASE)
_URL = re.compile(r"^https?://\S+$")
NAMESPACE = uuid.UUID("8f5b8f7e-3d0c-4b8e-9a51-6a1d2f0c7e41")


def _cdx() -> Any:
    try:
        import cyclonedx.model as cdx_model
        from cyclonedx.validation.json import JsonStrictValidator  # noqa: F401 - the validation extra
    except ImportError:
        raise MissingExtraError("writing an ML-BOM", "bom", "cyclonedx-python-lib[validation]") from None
    return cdx_model


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.:-]+", "-", text).strip("-")[:120] or "unnamed"


class _Builder:
    """Collects components with unique bom-refs, their licences, hashes and properties."""

    def __init__(self) -> None:
        try:
            from cyclonedx.contrib.license.factories import LicenseFactory
        except ImportError:  # cyclonedx-python-lib before 11.x kept it here
            from cyclonedx.factory.license import LicenseFactory  # type: ignore[no-redef]

        self.licences = LicenseFactory()
        self.refs: set[str] = set()
        self.extra: dict[str, dict[str, Any]] = {}  # bom-ref -> JSON fields the library cannot express

    def ref(self, kind: str, name: str) -> str:
        base = f"{kind}:{_slug(name)}"
        ref, n = base, 2
        while ref in self.refs:
            ref, n = f"{base}-{n}", n + 1
        self.refs.add(ref)
        return ref

    def licences_of(self, licence: str | None, name: str | None = None) -> list[Any]:
        text = name if licence and licence.lower() == "other" and name else licence
        if not text:
            return []
        return [self.licences.make_from_string(text)]

    @staticmethod
    def properties(values: dict[str, Any]) -> list[Any]:
        from cyclonedx.model import Property

        out = []
        for key, value in values.items():
            if value is None or value == "" or value == []:
                continue
            text = value if isinstance(value, str) else json.dumps(value, sort_keys=True, default=str)
            out.append(Property(name=f"{PREFIX}{key}", value=text))
        return out

    @staticmethod
    def hashes(files: list[FileHash]) -> tuple[list[Any], dict[str, str]]:
        """The component hash (its one weights file, when there is exactly one) and per-file hash properties."""
        from cyclonedx.model import HashAlgorithm, HashType

        hashed = [f for f in files if f.sha256]
        weights = [f for f in hashed if WEIGHTS.search(f.path)]
        main = weights if len(weights) == 1 else (hashed if len(hashed) == 1 else [])
        component = [HashType(alg=HashAlgorithm.SHA_256, content=main[0].sha256)] if main else []
        props = {f"file:{f.path}": f.sha256 or f.note or "not hashed" for f in files[:MAX_FILE_PROPERTIES]}
        if len(files) > MAX_FILE_PROPERTIES:
            props["files_not_listed"] = str(len(files) - MAX_FILE_PROPERTIES)
        return component, props

    @staticmethod
    def links(**urls: str | None) -> list[Any]:
        from cyclonedx.model import ExternalReference, ExternalReferenceType, XsUri

        kinds = {"website": ExternalReferenceType.WEBSITE, "license": ExternalReferenceType.LICENSE,
                 "model_card": ExternalReferenceType.MODEL_CARD, "distribution": ExternalReferenceType.DISTRIBUTION}
        return [ExternalReference(type=kinds[kind], url=XsUri(url)) for kind, url in urls.items()
                if url and _URL.match(url)]


def _model_component(b: _Builder, model: ModelProvenance, report: Report) -> tuple[Any, list[Any], list[Any]]:
    """The model under audit, its base models and its training data sets (components and their refs)."""
    from cyclonedx.model.component import Component, ComponentType

    ref = b.ref("model", model.name or "model-under-audit")
    hashes, file_props = b.hashes(model.files)
    props = {"access": model.access, "open_weights": "unknown" if model.open_weights is None
             else str(model.open_weights).lower(), "open_weights_basis": model.open_weights_basis,
             "location": model.location, "license_terms": model.license_terms,
             "license": model.license or "unknown", "sources": model.sources, "conflicts": model.conflicts,
             "notes": model.notes, "training_data_statement": model.training_data_statement, **file_props}
    component = Component(name=model.name or "model under audit", type=ComponentType.MACHINE_LEARNING_MODEL,
                          bom_ref=ref, version=model.version, publisher=model.provider,
                          licenses=b.licences_of(model.license, model.license_name), hashes=hashes,
                          description=f"The model under audit in run {report.manifest.run_id}",
                          external_references=b.links(model_card=model.url, license=model.license_url),
                          properties=b.properties(props))
    bases = [Component(name=name, type=ComponentType.MACHINE_LEARNING_MODEL, bom_ref=b.ref("base-model", name),
                       description="base model of the model under audit, as its card or the config states",
                       properties=b.properties({"role": "base-model", "source": model.sources.get("base_models")}))
             for name in model.base_models]
    training = []
    for name in model.training_data:
        data_ref = b.ref("training-data", name)
        training.append(Component(name=name, type=ComponentType.DATA, bom_ref=data_ref,
                                  description="training data of the model under audit, as its card or the config "
                                              "states",
                                  properties=b.properties({"role": "training-data",
                                                           "source": model.sources.get("training_data")})))
        b.extra[data_ref] = {"data": [{"type": "dataset", "name": name,
                                       "description": "named as training data of the model under audit"}]}
    b.extra[ref] = {"modelCard": _model_card(model, report, [c.bom_ref.value for c in training])}
    return component, bases, training


def _model_card(model: ModelProvenance, report: Report, training_refs: list[str]) -> dict[str, Any]:
    """The CycloneDX modelCard: parameters, the audit's headline metrics, intended use and considerations."""
    parameters: dict[str, Any] = {}
    kind = report.manifest.target.get("kind")
    parameters["task"] = "image-text-to-text" if kind == "vision" else "text-generation"
    family = model.card.get("config.model_type") or model.card.get("gguf.general.architecture")
    if family:
        parameters["architectureFamily"] = str(family)
    if model.architecture:
        parameters["modelArchitecture"] = model.architecture
    if training_refs:
        parameters["datasets"] = [{"ref": r} for r in training_refs]
    metrics = []
    for m in report.overview:
        if m.value is None:
            continue
        entry: dict[str, Any] = {"type": m.name, "value": f"{m.value:.4f}", "slice": f"{m.selection} (n={m.n})"}
        if m.ci_low is not None and m.ci_high is not None:
            entry["confidenceInterval"] = {"lowerBound": f"{m.ci_low:.4f}", "upperBound": f"{m.ci_high:.4f}"}
        metrics.append(entry)
    considerations: dict[str, Any] = {}
    uses = [u for u in (report.intended_use, model.intended_use) if u]
    if uses:
        considerations["useCases"] = uses
    if report.caveats:
        considerations["technicalLimitations"] = list(report.caveats)
    risks = [{"name": f"{f.rule_id}: {f.description}", "mitigationStrategy": f.rationale or f.message}
             for f in report.findings if f.status == "fail"]
    if risks:
        considerations["ethicalConsiderations"] = risks
    card: dict[str, Any] = {"modelParameters": parameters}
    if metrics:
        card["quantitativeAnalysis"] = {"performanceMetrics": metrics}
    if considerations:
        card["considerations"] = considerations
    card["properties"] = [{"name": f"{PREFIX}verdict", "value": report.verdict},
                          {"name": f"{PREFIX}run_id", "value": report.manifest.run_id}]
    return card


def _dataset_components(b: _Builder, report: Report) -> list[Any]:
    from cyclonedx.model import HashAlgorithm, HashType
    from cyclonedx.model.component import Component, ComponentType

    section = report.provenance
    out = []
    for d in section.data if section else []:
        ref = b.ref("audit-data", d.suite)
        out.append(Component(name=d.suite, type=ComponentType.DATA, bom_ref=ref, licenses=b.licences_of(d.license),
                             hashes=[HashType(alg=HashAlgorithm.SHA_256, content=d.sha256)],
                             description=d.origin or "origin not stated",
                             external_references=b.links(website=d.url),
                             properties=b.properties({"role": "audit-dataset", "builtin": str(d.builtin).lower(),
                                                      "license": d.license or "unknown",
                                                      "license_terms": d.license_terms, "citation": d.citation})))
        data: dict[str, Any] = {"type": "dataset", "name": d.suite, "description": d.origin or "origin not stated"}
        if d.url and _URL.match(d.url):
            data["contents"] = {"url": d.url}
        b.extra[ref] = {"data": [data]}
    return out


def _detector_component(b: _Builder, detector: str, backend: str | None, m: ModelComponent) -> Any:
    from cyclonedx.model.component import Component, ComponentType

    learned = m.name != "auditkit rules"
    hashes, file_props = b.hashes(m.files)
    return Component(name=m.name, type=ComponentType.MACHINE_LEARNING_MODEL if learned else ComponentType.LIBRARY,
                     bom_ref=b.ref("detector-model", f"{detector}-{m.name}"), version=m.version,
                     licenses=b.licences_of(m.license), hashes=hashes, description=f"{m.role} of the {detector} "
                     "detector", external_references=b.links(website=m.source),
                     properties=b.properties({"role": "detector-model", "detector": detector, "backend": backend,
                                              "license": m.license or "unknown", "license_terms": m.license_terms,
                                              "source": m.source, "citation": m.citation, "notes": m.notes,
                                              **file_props}))


def render_bom(report: Report) -> str:
    """The ML-BOM of an audit as CycloneDX 1.6 JSON, validated (RunError if the library rejects it)."""
    _cdx()
    from cyclonedx.model.bom import Bom, BomMetaData
    from cyclonedx.model.component import Component, ComponentType
    from cyclonedx.model.tool import ToolRepository
    from cyclonedx.output.json import JsonV1Dot6
    from cyclonedx.schema import SchemaVersion
    from cyclonedx.validation.json import JsonStrictValidator

    manifest = report.manifest
    b = _Builder()
    section = report.provenance
    model = section.model if section is not None and section.model is not None else ModelProvenance(
        name=str(manifest.target.get("model") or manifest.target.get("type") or "model under audit"),
        notes=["provenance not recorded for this run"])
    subject, bases, training = _model_component(b, model, report)
    tool = section.tool if section is not None else None
    auditkit = Component(name="auditkit", type=ComponentType.APPLICATION, bom_ref=b.ref("tool", "auditkit"),
                         version=manifest.auditkit_version, licenses=b.licences_of(tool.license if tool else
                                                                                   "Apache-2.0"),
                         description="the audit tool that ran this audit",
                         properties=b.properties({"role": "audit-tool"}))
    detectors = [_detector_component(b, d.detector, d.backend, m) for d in (section.detectors if section else [])
                 for m in d.models]
    when = manifest.finished_at or manifest.started_at
    metadata = BomMetaData(
        component=subject, timestamp=when,
        tools=ToolRepository(components=[Component(name="auditkit", type=ComponentType.APPLICATION,
                                                   version=manifest.auditkit_version)]),
        properties=b.properties({"run_id": manifest.run_id, "verdict": report.verdict,
                                 "manifest_sha256": report.signoff.manifest_sha256 if report.signoff else None,
                                 "commercial_use": str(section.commercial_use).lower() if section else None,
                                 "license_issues": section.issues if section else None}))
    serial = uuid.uuid5(NAMESPACE, f"{manifest.run_id}|{report.signoff.manifest_sha256 if report.signoff else ''}")
    bom = Bom(serial_number=serial, metadata=metadata,
              components=[*bases, *training, *_dataset_components(b, report), *detectors, auditkit])
    bom.register_dependency(subject, [*bases, *training])
    data = json.loads(JsonV1Dot6(bom).output_as_string())
    for component in [data["metadata"]["component"], *data.get("components", [])]:
        component.update(b.extra.get(component.get("bom-ref", ""), {}))
    text = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
    error = JsonStrictValidator(SchemaVersion.V1_6).validate_str(text)
    if error is not None:
        raise RunError(f"the ML-BOM does not validate against CycloneDX 1.6: {error}")
    return text
