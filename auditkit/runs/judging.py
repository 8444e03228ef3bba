"""Judge the attempts of a run folder with a policy and write its reports."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from auditkit.attacks.log import read_events, results
from auditkit.attacks.summary import AttackSummary, summarize_all
from auditkit.evidence.hashing import refresh_evidence
from auditkit.metrics.review import ReviewEstimate, human_review
from auditkit.policy.base import Baseline
from auditkit.policy.engine import judge
from auditkit.policy.load import load_policy
from auditkit.policy.model import Policy, Severity
from auditkit.records.reviews import apply_reviews, read_reviews
from auditkit.report.build import build_report
from auditkit.report.model import Report
from auditkit.report.render import write_reports
from auditkit.report.sections import make_signoff
from auditkit.runs.config import SavedConfig
from auditkit.runs.folder import CONFIG, RunFolder


def saved_config(folder: RunFolder) -> SavedConfig:
    """The config.json a run saved (defaults when absent)."""
    path = folder.path / CONFIG
    return SavedConfig.model_validate_json(path.read_bytes()) if path.is_file() else SavedConfig()


def load_baseline(ref: str | Path) -> Baseline:
    """A saved run as the baseline of regression rules: a run folder (or what resolve_run_dir accepts)."""
    from auditkit.runs.refs import resolve_run_dir

    folder = RunFolder(resolve_run_dir(ref))
    manifest = folder.manifest()
    # Regression rules compare metrics, which never read texts: a light read keeps memory flat.
    return Baseline(label=f"{manifest.run_id} ({folder.path})", attempts=folder.attempts(light=True))


def attack_summaries(path: Path) -> list[AttackSummary]:
    """The adaptive attacks logged in a run folder (attacks.jsonl), one summary per strategy; none when absent."""
    return summarize_all(results(read_events(path)))


def judge_run(path: Path, *, policy: str | Path | Policy | None = None, fail_on: Severity | None = None,
              write: bool = False, baseline: str | Path | Baseline | None = None,
              signer: str | None = None, show_pii: bool = False) -> Report:
    """Re-judge a saved run without touching the model; by default with the policy it was run with.

    `baseline` (a run folder or reference) is the run that regression rules compare with. `signer` signs
    the report off now; by default the config's signer does, at the time the run finished. `show_pii` keeps
    personal data in the evidence (a secured copy); by default what PII detectors found is redacted.
    """
    folder = RunFolder(path)
    manifest = folder.manifest()
    config = saved_config(folder)
    if policy is None:
        resolved = folder.policy()
    elif isinstance(policy, Policy):
        resolved = policy
    else:
        resolved = load_policy(policy)
    # Judging reads verdicts, scores and probe fields; texts are read again only for the attempts the report
    # shows as evidence, so judging a long run does not hold every prompt and response in memory.
    keep_text = resolved is not None and any(rule.reads_response_text() for rule in resolved.rules)
    attempts = folder.attempts(light=True, keep_text=keep_text)
    if baseline is not None and not isinstance(baseline, Baseline):
        baseline = load_baseline(baseline)
    # Human review, when the folder has one: reviewed attempts take their reviewer's label everywhere, and the
    # report shows each headline rate as the detectors decided it and as corrected by the review.
    review_log = read_reviews(folder.path)
    estimate = ReviewEstimate(attempts, review_log.reviews) if review_log.reviews else None
    section = human_review(attempts, estimate, skipped=len(review_log.skipped)) if estimate else None
    if review_log.reviews:
        attempts = apply_reviews(attempts, review_log.reviews)
    versions = {d.name: d.version for d in manifest.detectors}
    attacks = attack_summaries(folder.path)
    findings = judge(resolved, attempts, baseline=baseline, detector_versions=versions, review=estimate,
                     attacks=attacks) if resolved is not None else []
    report = build_report(manifest=manifest, attempts=attempts, policy=resolved, findings=findings, review=section,
                          fail_on=fail_on or config.fail_on,
                          intended_use=config.intended_use, title=config.title,
                          out_of_scope_uses=config.out_of_scope_uses, show_pii=show_pii,
                          evidence_from=lambda ids: folder.attempts(ids=ids), attacks=attacks,
                          signoff=make_signoff(folder.manifest_path, manifest.run_id,
                                               signer=signer or config.signer,
                                               signed_at=datetime.now(UTC) if signer else manifest.finished_at))
    if write:
        # evidence.json follows the reports just written, so `auditkit verify` passes on a fresh run.
        refresh_evidence(folder.path, manifest.run_id, write_reports(report, folder.path))
    return report
