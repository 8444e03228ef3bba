"""The model-card sections a Report derives from its run: factors, data, lift, recommendations, compliance."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from auditkit.metrics.modality import modality_gaps
from auditkit.records.attempts import Attempt
from auditkit.report.compliance import coverage
from auditkit.report.factors import factors, modalities, suite_data, transform_lift
from auditkit.report.model import Report, SignOff
from auditkit.report.provenance import provenance_section
from auditkit.report.recommend import recommendations


def add_sections(report: Report, attempts: Sequence[Attempt], *, out_of_scope_uses: Sequence[str] = (),
                 signoff: SignOff | None = None) -> Report:
    """The report with its factors, evaluation data, lift, recommendations, sign-off, licence and provenance, and
    compliance filled in."""
    lift = transform_lift(attempts)
    provenance = provenance_section(report.manifest)
    filled = report.model_copy(update={
        "out_of_scope_uses": list(out_of_scope_uses),
        "factors": factors(attempts),
        "modalities": modalities(attempts),
        "data": suite_data(attempts),
        "lift": lift,
        "modality_gaps": modality_gaps(attempts),
        "recommendations": recommendations(report.findings, report.policy, lift),
        "signoff": signoff or SignOff(run_id=report.manifest.run_id),
        "provenance": provenance,
        "caveats": report.caveats + [c for c in provenance.issues if c not in report.caveats],
    })
    # Compliance reads the rest of the report (sign-off, detector cards), so it comes last.
    return filled.model_copy(update={"compliance": coverage(filled, attempts)})


def make_signoff(manifest_path: Path, run_id: str, *, signer: str | None,
                 signed_at: datetime | None) -> SignOff:
    """The sign-off of a run folder: its run id, the SHA-256 of its manifest.json, who signs and when."""
    from auditkit.records.hashing import sha256_file

    digest = sha256_file(manifest_path) if Path(manifest_path).is_file() else None
    return SignOff(run_id=run_id, manifest_sha256=digest, signer=signer, signed_at=signed_at if signer else None)
