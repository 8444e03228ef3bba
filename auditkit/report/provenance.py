"""The report's "Licence and provenance" section: what was audited, with what data and detector models, under
which licences, and the licence caveats of a commercial release audit."""

from __future__ import annotations

from auditkit.provenance.licences import describe_terms, normalise, terms
from auditkit.records.manifest import DetectorRef, RunManifest
from auditkit.records.provenance import (
    DataSetProvenance,
    DetectorProvenance,
    ModelComponent,
    ProvenanceSection,
)
from auditkit.report.escape import redact_secrets

AUDITKIT_LICENSE = "Apache-2.0"
AUDITKIT_SOURCE = "https://pypi.org/project/auditkit/"
UNCLEAR = ("non-commercial", "unknown")


def _detector(ref: DetectorRef) -> DetectorProvenance:
    models = ref.models
    if not models:
        # A run recorded before detectors listed their models: the table still names them (without hashes).
        from auditkit.detectors.provenance import detector_models

        try:
            models = detector_models(ref, hash_files=False)
        except Exception:  # noqa: BLE001 - an old or foreign manifest: show the detector without its models
            models = []
    return DetectorProvenance(detector=ref.name, version=ref.version, backend=ref.backend, models=models)


def _data(manifest: RunManifest) -> list[DataSetProvenance]:
    out = []
    for s in manifest.suites:
        licence = normalise(s.license)
        out.append(DataSetProvenance(suite=s.id, origin=s.origin, license=licence, license_terms=terms(licence),
                                     citation=s.citation, url=s.url, sha256=s.sha256, builtin=s.builtin))
    return out


def _licence_text(licence: str | None, kind: str) -> str:
    return f"{licence} ({describe_terms(kind)})" if licence else "unknown (no licence stated)"  # type: ignore[arg-type]


def _issues(section: ProvenanceSection) -> list[str]:
    """Licence caveats: conflicts always; for a commercial release, what does not clearly allow commercial use."""
    out: list[str] = []
    model = section.model
    if not section.recorded:
        return out  # a run from before provenance was recorded: the section says so, the caveats stay as they were
    if model is not None and model.conflicts:
        out.append("The config's model card statement disagrees with the model's own files: "
                   + "; ".join(model.conflicts) + ". The report shows the stated values; check which is right.")
    if not section.commercial_use:
        return out
    unclear: list[str] = []
    conditional: list[str] = []
    if model is not None:
        name = f"model {model.name}" if model.name else "the model under audit"
        licence = model.license_name if model.license and model.license.lower() == "other" and model.license_name \
            else model.license
        if model.license_terms in UNCLEAR:
            hint = "" if model.license else " (set model_card.license in the config)"
            unclear.append(f"{name}: {_licence_text(licence, model.license_terms)}{hint}")
        elif model.license_terms == "restricted":
            conditional.append(f"{name}: {licence}")
    for d in section.data:
        if d.license_terms in UNCLEAR:
            unclear.append(f"data set {d.suite}: {_licence_text(d.license, d.license_terms)}")
        elif d.license_terms == "restricted":
            conditional.append(f"data set {d.suite}: {d.license}")
    for det in section.detectors:
        for m in det.models:
            if m.license_terms in UNCLEAR:
                unclear.append(f"detector {det.detector} model {m.name}: {_licence_text(m.license, m.license_terms)}")
            elif m.license_terms == "restricted":
                conditional.append(f"detector {det.detector} model {m.name}: {m.license}")
    if unclear:
        out.append("Commercial release audit: licences in the chain that do not clearly allow commercial use: "
                   + "; ".join(dict.fromkeys(unclear)) + ". Check their terms before this audit supports a "
                   "commercial release (set commercial_use: false in the config for a non-commercial one).")
    if conditional:
        out.append("Licences that allow commercial use only under conditions (acceptable-use policies, user "
                   "thresholds): " + "; ".join(dict.fromkeys(conditional)) + ".")
    return out


def _unknown(section: ProvenanceSection) -> list[str]:
    """What this run could not establish, for the compliance gaps."""
    if not section.recorded or section.model is None:
        return ["The model's provenance was not recorded (a run made before auditkit recorded it)."]
    model = section.model
    out = []
    if model.license is None:
        out.append("The model's licence is unknown: set model_card.license in the config.")
    if model.open_weights is None:
        out.append("Whether the weights are published is not stated: set model_card.open_weights.")
    if not model.training_data and not model.training_data_statement:
        out.append("No training-data statement was found or stated: set model_card.training_data.")
    missing = [d.suite for d in section.data if d.license is None]
    if missing:
        out.append(f"Data sets with no stated licence: {', '.join(missing)}.")
    return out


def provenance_section(manifest: RunManifest) -> ProvenanceSection:
    """The section of a run: its recorded provenance, its suites' origins and licences, its detector models."""
    prov = manifest.provenance
    model = None
    if prov is not None:
        # The model card's fields are the model's own text; anything secret-looking is hidden, as in the target.
        model = prov.model.model_copy(update={"card": redact_secrets(prov.model.card)})
    tool = ModelComponent(name="auditkit", role="audit tool", license=AUDITKIT_LICENSE,
                          license_terms=terms(AUDITKIT_LICENSE), source=AUDITKIT_SOURCE,
                          version=manifest.auditkit_version)
    section = ProvenanceSection(recorded=prov is not None, model=model, data=_data(manifest),
                                detectors=[_detector(d) for d in manifest.detectors], tool=tool,
                                commercial_use=prov.commercial_use if prov is not None else True)
    return section.model_copy(update={"issues": _issues(section), "unknown": _unknown(section)})
