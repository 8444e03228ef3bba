"""Build the Report of a run from its manifest, attempts, policy and findings."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from auditkit.attempts import Attempt
from auditkit.metrics.compute import by_group, compute_metric
from auditkit.metrics.model import Metric
from auditkit.policy.judge import gate, verdict_counts
from auditkit.policy.model import Finding, Policy, Severity
from auditkit.report.escape import redact_secrets
from auditkit.report.model import EvidenceItem, Report
from auditkit.runs.manifest import RunManifest
from auditkit.suites.model import last_user_text

RESPONSE_EXCERPT_CHARS = 1000
SMALL_N = 30  # below this a 95% interval on a rate is typically wider than +/- 0.15
REFUSAL = "refusal"


def build_report(*, manifest: RunManifest, attempts: Sequence[Attempt], policy: Policy | None,
                 findings: list[Finding], fail_on: Severity, intended_use: str | None = None,
                 title: str | None = None) -> Report:
    """Assemble the Report of a run; the same inputs always give an identical Report."""
    # Attempts may arrive in completion order (concurrent run) or plan order (resumed run);
    # sorting by plan index makes everything downstream independent of that.
    ordered = sorted(attempts, key=lambda a: (a.index, a.id))
    safe_manifest = manifest.model_copy(update={"target": redact_secrets(manifest.target)})
    exit_code = gate(findings, fail_on)
    overview = _overview(ordered)
    counts = dict(verdict_counts(ordered))
    return Report(
        title=title or f"Audit of {_target_name(safe_manifest.target)}",
        manifest=safe_manifest,
        policy=policy,
        fail_on=fail_on,
        verdict="fail" if exit_code == 1 else "pass",
        exit_code=exit_code,
        findings=list(findings),
        overview=overview,
        groups=_groups(ordered),
        counts=counts,
        evidence=_evidence(ordered, findings),
        intended_use=intended_use,
        caveats=_caveats(manifest, policy, findings, overview, counts),
    )


def _target_name(target: dict[str, object]) -> str:
    for key in ("model", "name", "type"):
        if target.get(key):
            return str(target[key])
    return "an unnamed target"


def _by_category(attempts: Sequence[Attempt]) -> dict[str, list[Attempt]]:
    out: dict[str, list[Attempt]] = defaultdict(list)
    for a in attempts:
        out[a.category].append(a)
    return {c: out[c] for c in sorted(out)}


def _has_refusal_scores(attempts: Sequence[Attempt]) -> bool:
    return any(s.kind == REFUSAL for a in attempts for s in a.scores)


def _has_verdicts(attempts: Sequence[Attempt]) -> bool:
    return any(a.verdict in ("pass", "violation") for a in attempts)


def _overview(attempts: Sequence[Attempt]) -> list[Metric]:
    metrics: list[Metric] = []
    for category, items in _by_category(attempts).items():
        selection = f"category={category}"
        # A metric with n = 0 (no verdicts, no refusal detector) would only add a row of dashes.
        if _has_verdicts(items):
            metrics.append(compute_metric(items, metric="violation_rate", selection=selection))
        metrics.append(compute_metric(items, metric="error_rate", selection=selection))
        if _has_refusal_scores(items):
            metrics.append(compute_metric(items, metric="flag_rate", kind=REFUSAL, selection=selection))
    return metrics


def _groups(attempts: Sequence[Attempt]) -> list[Metric]:
    metrics: list[Metric] = []
    for category, items in _by_category(attempts).items():
        variables = sorted({v for a in items for v in a.variables})
        selection = f"category={category}"
        for variable in variables:
            if _has_refusal_scores(items):
                metrics += by_group(items, variable, metric="flag_rate", kind=REFUSAL, selection=selection)
            if _has_verdicts(items):
                metrics += by_group(items, variable, metric="violation_rate", selection=selection)
    return metrics


def _excerpt(text: str, limit: int = RESPONSE_EXCERPT_CHARS) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _evidence_item(attempt: Attempt) -> EvidenceItem:
    prompt = last_user_text(attempt.messages)
    scores: dict[str, float] = {}
    for s in attempt.scores:
        key = f"{s.kind}:{s.label}"
        # Two detectors may give the same kind and label; the highest value is the one that matters.
        scores[key] = max(s.value, scores.get(key, 0.0))
    return EvidenceItem(
        attempt_id=attempt.id, probe_id=attempt.probe_id, category=attempt.category,
        expected=attempt.expected, prompt=prompt,
        response=_excerpt(attempt.response.text) if attempt.response is not None else None,
        error=attempt.error.message if attempt.error is not None else None,
        scores=dict(sorted(scores.items())),
    )


def _evidence(attempts: Sequence[Attempt], findings: list[Finding]) -> list[EvidenceItem]:
    wanted = {attempt_id for f in findings for attempt_id in f.evidence}
    # Ids a finding names but the attempt log lacks (a pruned log) are skipped, not invented.
    return [_evidence_item(a) for a in attempts if a.id in wanted]


def _metric_label(m: Metric) -> str:
    return f"{m.name} ({m.selection}, n={m.n})"


def _caveats(manifest: RunManifest, policy: Policy | None, findings: list[Finding],
             overview: list[Metric], counts: dict[str, int]) -> list[str]:
    caveats: list[str] = []
    inconclusive = [f.rule_id for f in findings if f.status == "inconclusive"]
    small = [m for m in overview if m.n < SMALL_N]
    if inconclusive or small:
        named = [f"rule {r} (inconclusive)" for r in inconclusive] + [_metric_label(m) for m in small]
        caveats.append(f"Small samples: 95% intervals are wide where n is below {SMALL_N}; read these with "
                       f"care and raise --samples or add probes to narrow them: {'; '.join(named)}.")
    # A re-judged or hand-made run may lack the manifest's tally; the attempts themselves still count.
    errors = manifest.errors or sum(manifest.errors_by_kind.values()) or counts.get("error", 0)
    if errors:
        kinds = ", ".join(f"{k}: {n}" for k, n in sorted(manifest.errors_by_kind.items())) or "kind not recorded"
        caveats.append(f"{errors} attempt(s) got no response ({kinds}). error_rate counts them; "
                       "violation_rate leaves them out of n, so a model that fails often can look safer "
                       "than it is.")
    if not manifest.complete:
        caveats.append(f"The run is incomplete: {manifest.attempts_done} of {manifest.attempts_planned} "
                       "planned attempts were done. Results cover only those; resume the run to finish it.")
    detectors = ", ".join(f"{d.name} {d.version}" for d in manifest.detectors) or "none recorded"
    caveats.append("Detectors in this version are pattern-based (refusal patterns and regular expressions): "
                   "they miss paraphrased refusals and implicit harm, so violation and refusal rates are "
                   f"estimates with unmeasured detector error. Detectors used: {detectors}.")
    if policy is None:
        caveats.append("No policy was given: no rule was judged, so the verdict passes by default. "
                       "Pass --policy to gate on rules.")
    return caveats
