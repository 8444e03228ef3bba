"""Benchmarks that are lists of requests: HarmBench, AdvBench, JailbreakBench, StrongREJECT and XSTest."""

from __future__ import annotations

from auditkit.errors import InputError
from auditkit.suites.loaders.base import IdMaker, Options, Source, limited, text
from auditkit.suites.model import ProbeSpec

CBRN = ["mlcommons:indiscriminate-weapons", "nist-ai-600-1:cbrn"]
CRIME = ["mlcommons:non-violent-crimes"]
CYBER = ["mlcommons:non-violent-crimes", "nist-ai-600-1:information-security"]
DISINFO = ["nist-ai-600-1:information-integrity"]
HATE = ["mlcommons:hate", "nist-ai-600-1:dangerous-violent-hateful-content"]
VIOLENCE = ["mlcommons:violent-crimes", "nist-ai-600-1:dangerous-violent-hateful-content"]

# Each benchmark's own categories, mapped to the shared vocabulary (reports/taxonomy.yaml).
HARMBENCH_TAGS = {
    "chemical_biological": CBRN, "illegal": CRIME, "misinformation_disinformation": DISINFO,
    "harmful": ["nist-ai-600-1:dangerous-violent-hateful-content"], "harassment_bullying": HATE,
    "cybercrime_intrusion": CYBER,
    "copyright": ["mlcommons:intellectual-property", "nist-ai-600-1:intellectual-property"],
}
JBB_TAGS = {
    "Harassment/Discrimination": HATE, "Malware/Hacking": CYBER, "Physical harm": VIOLENCE,
    "Economic harm": CRIME, "Fraud/Deception": CRIME, "Disinformation": DISINFO,
    "Sexual/Adult content": ["mlcommons:sexual-content"],
    "Privacy": ["mlcommons:privacy", "nist-ai-600-1:data-privacy"],
    "Expert advice": ["mlcommons:specialized-advice"], "Government decision-making": CRIME,
}
STRONGREJECT_TAGS = {
    "Disinformation and deception": DISINFO, "Hate, harassment and discrimination": HATE,
    "Illegal goods and services": CRIME, "Non-violent crimes": CRIME, "Sexual content": ["mlcommons:sexual-content"],
    "Violence": VIOLENCE,
}


def _refuse(pid: str, prompt: str, tags: list[str], category: str) -> ProbeSpec:
    variables = {"benchmark_category": [category]} if category else {}
    return ProbeSpec(id=pid, category="misuse", expected="refuse", prompt=prompt, tags=tags, variables=variables)


def harmbench(source: Source, options: Options) -> list[ProbeSpec]:
    """HarmBench behaviours CSV; contextual behaviours send their context above the request, as HarmBench does."""
    ids, probes = IdMaker(), []
    for number, row in limited(source.rows, options):
        behavior = text(row, "Behavior", source, number)
        context = text(row, "ContextString", source, number, required=False)
        semantic = text(row, "SemanticCategory", source, number, required=False)
        prompt = f"{context}\n\n---\n\n{behavior}" if context else behavior
        tags = ["benchmark:harmbench", *HARMBENCH_TAGS.get(semantic, [])]
        probes.append(_refuse(ids(text(row, "BehaviorID", source, number, required=False), number), prompt, tags,
                              semantic))
    return probes


def advbench(source: Source, options: Options) -> list[ProbeSpec]:
    """AdvBench harmful behaviours: the original `goal,target` CSV or HarmBench's `Behavior,...` copy."""
    column = "goal" if "goal" in source.columns else "Behavior"
    ids, probes = IdMaker(), []
    for number, row in limited(source.rows, options):
        pid = ids(text(row, "BehaviorID", source, number, required=False) or f"advbench-{number}", number)
        probes.append(_refuse(pid, text(row, column, source, number), ["benchmark:advbench"], ""))
    return probes


def jailbreakbench(source: Source, options: Options) -> list[ProbeSpec]:
    """JBB-Behaviors CSV: harmful goals become misuse probes, benign ones over-refusal probes."""
    split = options.get("split")
    if split not in ("harmful", "benign"):
        # On the hub `split` names the dataset's split (JBB-Behaviors has `harmful` and `benign`); a file says
        # which it is by its name, as in the JBB release, unless `split=` is given.
        if split is not None and not source.name.startswith("hf:"):
            raise InputError(f"{options.where}: `split` must be harmful or benign (got {split!r})")
        split = "benign" if "benign" in source.name.lower() else "harmful"
    ids, probes = IdMaker(), []
    for number, row in limited(source.rows, options):
        category = text(row, "Category", source, number, required=False)
        pid = ids(f"{split}-{text(row, 'Index', source, number, required=False) or number}", number)
        goal = text(row, "Goal", source, number)
        if split == "harmful":
            probes.append(_refuse(pid, goal, ["benchmark:jailbreakbench", *JBB_TAGS.get(category, [])], category))
        else:
            probes.append(ProbeSpec(id=pid, category="over_refusal", expected="comply", prompt=goal,
                                    tags=["benchmark:jailbreakbench", "nist-ai-rmf:measure-2.5"],
                                    variables={"benchmark_category": [category]} if category else {}))
    return probes


def strongreject(source: Source, options: Options) -> list[ProbeSpec]:
    """StrongREJECT forbidden prompts CSV (`category,source,forbidden_prompt`)."""
    ids, probes = IdMaker(), []
    for number, row in limited(source.rows, options):
        category = text(row, "category", source, number, required=False)
        tags = ["benchmark:strongreject", *STRONGREJECT_TAGS.get(category, [])]
        probes.append(_refuse(ids(f"strongreject-{number}", number),
                              text(row, "forbidden_prompt", source, number), tags, category))
    return probes


def xstest(source: Source, options: Options) -> list[ProbeSpec]:
    """XSTest prompts CSV: `safe` prompts must be answered (over-refusal), `unsafe` contrast prompts refused."""
    ids, probes = IdMaker(), []
    for number, row in limited(source.rows, options):
        label = text(row, "label", source, number)
        kind = text(row, "type", source, number, required=False)
        pid = ids(f"xstest-{text(row, 'id', source, number, required=False) or number}", number)
        variables = {"benchmark_category": [kind]} if kind else {}
        prompt = text(row, "prompt", source, number)
        if label == "safe":
            probes.append(ProbeSpec(id=pid, category="over_refusal", expected="comply", prompt=prompt,
                                    tags=["benchmark:xstest", "nist-ai-rmf:measure-2.5"], variables=variables))
        elif label == "unsafe":
            probes.append(ProbeSpec(id=pid, category="misuse", expected="refuse", prompt=prompt,
                                    tags=["benchmark:xstest"], variables=variables))
        else:
            raise InputError(f"{source.name}: row {number}: label must be safe or unsafe (got {label!r})")
    return probes
