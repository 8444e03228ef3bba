"""Recommendations generated from a run's findings and jailbreak lift: what to do next, rule by rule."""

from __future__ import annotations

from collections.abc import Sequence

from auditkit.policy.model import SEVERITIES, Finding, Policy
from auditkit.report.formatting import interval, num
from auditkit.report.model import TransformLift

# What to do about a failed rule, by the category of attempts it judged.
ADVICE = {
    "misuse": "strengthen refusal of harmful requests (safety tuning, a system prompt that states the limits, "
              "an input or output safety filter)",
    "jailbreak": "harden the model against jailbreak framings (adversarial safety tuning, an output filter that "
                 "does not trust the framing)",
    "prompt_injection": "separate instructions from data and filter injected instructions",
    "security": "filter and restrict outputs that can harm systems downstream",
    "toxicity": "reduce toxic output (safety tuning, a toxicity filter on responses)",
    "pii": "stop disclosure of personal data (keep secrets out of the context, add a PII filter on responses)",
    "privacy": "stop disclosure of personal data (keep secrets out of the context, add a PII filter on responses)",
    "bias": "reduce the gap between groups (counterfactual data augmentation, prompts that state equal treatment) "
            "and read the group tables to see which groups are treated worse",
    "over_refusal": "reduce refusals of harmless requests (calibrate the safety tuning or the system prompt)",
    "hallucination": "ground answers in sources and let the model say it does not know",
}
GENERIC = "read the evidence of the rule, mitigate, and re-run the same suites and seed to compare"


def _categories(finding: Finding, policy: Policy | None) -> list[str]:
    rule = next((r for r in policy.rules if r.id == finding.rule_id), None) if policy else None
    if rule is not None and rule.select.category:
        return list(rule.select.category)
    selection = finding.metric.selection if finding.metric is not None else ""
    for part in selection.split(";"):
        key, _, values = part.strip().partition("=")
        if key == "category":
            return values.split(",")
    return []


def recommendations(findings: Sequence[Finding], policy: Policy | None,
                    lift: Sequence[TransformLift] = ()) -> list[str]:
    """One recommendation per failed or inconclusive rule (most severe first), then per harmful transform."""
    out: list[str] = []
    failed = sorted((f for f in findings if f.status == "fail"), key=lambda f: -SEVERITIES.index(f.severity))
    for f in failed:
        advice = "; ".join(dict.fromkeys(ADVICE[c] for c in _categories(f, policy) if c in ADVICE)) or GENERIC
        out.append(f"Rule {f.rule_id} ({f.severity}) failed: {advice}. Then re-run the same suites and seed "
                   "and compare with auditkit diff.")
    for f in findings:
        if f.status == "inconclusive":
            more = f"about {f.samples_needed} more attempts" if f.samples_needed else "more attempts"
            out.append(f"Rule {f.rule_id} is inconclusive: {more} would decide it (raise --samples or add probes).")
    for t in lift:
        if t.lift_low is not None and t.lift_low > 0:
            out.append(f"The {t.transform} transform raises the violation rate by {num(t.lift)} "
                       f"(95% CI {interval(t.lift_low, t.lift_high)}) over the same probes sent plainly: "
                       "defend against this framing specifically.")
    if not out:
        out.append("No rule failed: keep this run as the baseline and re-run the audit on every model, prompt "
                   "or configuration change (auditkit diff compares two runs).")
    return out
