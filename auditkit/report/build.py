"""Build the Report of a run from its manifest, attempts, policy and findings."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Sequence

from auditkit.attacks.summary import AttackSummary
from auditkit.metrics.compute import by_group, compute_metric
from auditkit.metrics.model import Metric
from auditkit.metrics.review import HumanReview
from auditkit.policy.engine import gate, verdict_counts
from auditkit.policy.model import Finding, Policy, Severity
from auditkit.records.attempts import Attempt
from auditkit.records.cards import DetectorCard
from auditkit.records.manifest import RunManifest
from auditkit.records.probes import last_user_text
from auditkit.report.escape import redact_secrets
from auditkit.report.model import EvidenceItem, Report, SignOff
from auditkit.report.redact import pii_values, redact
from auditkit.report.sections import add_sections

RESPONSE_EXCERPT_CHARS = 1000
SMALL_N = 30  # below this a 95% interval on a rate is typically wider than +/- 0.15
REFUSAL = "refusal"


def build_report(*, manifest: RunManifest, attempts: Sequence[Attempt], policy: Policy | None,
                 findings: list[Finding], fail_on: Severity, intended_use: str | None = None,
                 title: str | None = None, out_of_scope_uses: Sequence[str] = (),
                 signoff: SignOff | None = None, show_pii: bool = False,
                 evidence_from: Callable[[Collection[str]], Sequence[Attempt]] | None = None,
                 review: HumanReview | None = None, attacks: Sequence[AttackSummary] = ()) -> Report:
    """Assemble the Report of a run; the same inputs always give an identical Report.

    `attempts` need no texts when `evidence_from` is given: it returns the full attempts of the ids the
    findings cite (a second pass over the log), whose prompts and responses the evidence shows. `review` is the
    run's human review section (the attempts then already carry their reviewers' labels). `attacks`: the
    adaptive attacks run against the same target, one summary per strategy.
    """
    # Attempts may arrive in completion order (concurrent run) or plan order (resumed run);
    # sorting by plan index makes everything downstream independent of that.
    ordered = sorted(attempts, key=lambda a: (a.index, a.id))
    safe_manifest = manifest.model_copy(update={"target": redact_secrets(manifest.target)})
    exit_code = gate(findings, fail_on)
    overview = _overview(ordered)
    counts = dict(verdict_counts(ordered))
    unscorable = _unscorable(ordered)
    report = Report(
        title=title or f"Audit of {_target_name(safe_manifest.target)}" + _demonstration_suffix(manifest),
        manifest=safe_manifest,
        policy=policy,
        fail_on=fail_on,
        verdict="fail" if exit_code == 1 else "pass",
        exit_code=exit_code,
        findings=list(findings),
        overview=overview,
        groups=_groups(ordered),
        counts=counts,
        unscorable=unscorable,
        evidence=_evidence(ordered, findings, show_pii, evidence_from),
        pii_redacted=not show_pii,
        detector_cards=_detector_cards(manifest),
        review=review,
        attacks=list(attacks),
        intended_use=intended_use,
        caveats=(_caveats(manifest, policy, findings, overview, counts) + _outcome_caveats(manifest, ordered)
                 + _unscorable_caveats(ordered, unscorable)),
    )
    return add_sections(report, ordered, out_of_scope_uses=out_of_scope_uses, signoff=signoff)


def _outcome_caveats(manifest: RunManifest, attempts: Sequence[Attempt]) -> list[str]:
    outcomes: dict[str, int] = defaultdict(int)
    for a in attempts:
        for s in a.scores:
            if s.kind == "harm":
                outcomes[s.label] += 1
    if not outcomes:
        return []
    deciders = sorted({f"{d.name} ({d.backend})" if d.backend else d.name for d in manifest.detectors
                       if d.name == "harm"}) or ["a harm detector"]
    return [f"Harmful requests are judged by their outcome, decided by {', '.join(deciders)}: misuse compliance "
            f"and jailbreak success count answers that gave harmful help (complied_harmful: "
            f"{outcomes.get('complied_harmful', 0)}); answers that did not refuse but gave nothing harmful "
            f"(complied_safe: {outcomes.get('complied_safe', 0)}) pass. The refusal rate is flag_rate:refusal in "
            "the overview; its complement is the plain non-refusal rate."]


def _unscorable(attempts: Sequence[Attempt]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for a in attempts:
        for name in {e.detector for e in a.detector_errors}:
            counts[name] += 1
    return dict(sorted(counts.items()))


def _unscorable_caveats(attempts: Sequence[Attempt], unscorable: dict[str, int]) -> list[str]:
    if not unscorable:
        return []
    parts = []
    for name, count in unscorable.items():
        first = next(e for a in attempts for e in a.detector_errors if e.detector == name)
        parts.append(f"{name}: {count} (first: {first.message})")
    return [f"Detectors could not score some answers ({'; '.join(parts)}). Those attempts count as unscored for "
            "that detector, never as passed; see detector_errors in attempts.jsonl."]


def _detector_cards(manifest: RunManifest) -> list[DetectorCard]:
    from auditkit.records.cards import cards_for

    cards: list[DetectorCard] = []
    for ref in manifest.detectors:
        cards += [c for c in cards_for(ref.name, ref.version, ref.backend) if c not in cards]
    return cards


def _detector_caveats(manifest: RunManifest) -> list[str]:
    out: list[str] = []
    cards = _detector_cards(manifest)
    unmeasured = [f"{d.name} {d.version}" + (f" ({d.backend})" if d.backend else "") for d in manifest.detectors
                  if not any(c.detector == d.name and c.version == d.version and c.backend == d.backend
                             for c in cards)]
    if unmeasured or not manifest.detectors:
        out.append("Detectors with no published accuracy card: " + (", ".join(unmeasured) or "none recorded")
                   + ". Their error is unmeasured (pattern-based ones miss paraphrases and implicit harm), so "
                   "the rates they decide are estimates with unmeasured detector error.")
    if cards:
        out.append("Detector accuracy measured on public labelled data is listed under Detector cards; rates in "
                   "this report are as observed, not corrected for that error.")
    for d in manifest.detectors:
        why = d.details.get("fallback_reason") or d.details.get("reason")
        if d.backend and isinstance(why, str) and (why.startswith("auto") or d.details.get("fallback_reason")):
            out.append(f"Detector {d.name}: backend {d.backend} ran ({why}).")
    return out


def _demonstration_suffix(manifest: RunManifest) -> str:
    # The embedded demo model marks itself; a reader skimming only the title must not take it for a release.
    return " (demonstration model)" if manifest.target.get("demonstration") is True else ""


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


def _window(text: str) -> str:
    # Only an excerpt is shown, so only its neighbourhood is redacted (a megabyte answer is never analysed
    # whole); a margin keeps values that straddle the cut findable. The excerpt is taken after redaction.
    margin = 2 * RESPONSE_EXCERPT_CHARS
    return text if len(text) <= margin else text[:margin]


def _evidence_item(attempt: Attempt, show_pii: bool = False) -> EvidenceItem:
    # A scripted conversation's evidence shows its last user turn, the one the final answer replies to.
    prompt = attempt.turns[-1] if attempt.turns else last_user_text(attempt.messages)
    found = {} if show_pii else pii_values(attempt)
    scores: dict[str, float] = {}
    for s in attempt.scores:
        key = f"{s.kind}:{s.label}"
        # Two detectors may give the same kind and label; the highest value is the one that matters.
        scores[key] = max(s.value, scores.get(key, 0.0))
    return EvidenceItem(
        attempt_id=attempt.id, probe_id=attempt.probe_id, category=attempt.category,
        expected=attempt.expected, prompt=_scrub(redact(prompt, found), show_pii),
        response=_excerpt(_scrub(redact(_window(attempt.response.text), found), show_pii))
        if attempt.response is not None else None,
        error=attempt.error.message if attempt.error is not None else None,
        scores=dict(sorted(scores.items())),
    )


def _scrub(text: str, show_pii: bool) -> str:
    # Identifiers no detector of the run pointed at (an email in a misuse answer) are redacted too.
    from auditkit.detectors.redaction import redact_text

    return text if show_pii else redact_text(text)


def _evidence(attempts: Sequence[Attempt], findings: list[Finding], show_pii: bool = False,
              evidence_from: Callable[[Collection[str]], Sequence[Attempt]] | None = None) -> list[EvidenceItem]:
    wanted = {attempt_id for f in findings for attempt_id in f.evidence}
    if evidence_from is not None:
        attempts = sorted(evidence_from(wanted) if wanted else [], key=lambda a: (a.index, a.id))
    # Ids a finding names but the attempt log lacks (a pruned log) are skipped, not invented.
    return [_evidence_item(a, show_pii) for a in attempts if a.id in wanted]


def _metric_label(m: Metric) -> str:
    return f"{m.name} ({m.selection}, n={m.n})"


def _caveats(manifest: RunManifest, policy: Policy | None, findings: list[Finding],
             overview: list[Metric], counts: dict[str, int]) -> list[str]:
    caveats: list[str] = []
    if manifest.target.get("demonstration") is True:
        caveats.append(f"Demonstration model: {manifest.target.get('note') or 'the audited model is a demonstration'} "
                       "Audit the model you intend to release with --target.")
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
    caveats += _detector_caveats(manifest)
    if policy is None:
        caveats.append("No policy was given: no rule was judged, so the verdict passes by default. "
                       "Pass --policy to gate on rules.")
    return caveats
