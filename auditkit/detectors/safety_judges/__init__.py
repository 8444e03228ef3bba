"""Harm judges: published safety classifiers with their exact prompt formats, locally or behind an endpoint.

    judge = load_safety_judge("llama-guard-3-1b", device="cpu")
    judge = load_safety_judge("ibm-granite/granite-guardian-3.1-2b")
    judge = load_safety_judge("./models/shieldgemma-2b", policies=["dangerous"])
    judge = load_safety_judge("openai:meta-llama/Llama-Guard-3-8B@http://localhost:8000/v1")
    verdicts = judge.judge([(prompt, response), ...])   # SafetyVerdict(unsafe, probability, category, raw)

Local judges need the `hf` extra (torch, transformers) and load when built; with HF_HUB_OFFLINE or
AUDITKIT_OFFLINE set they read local files only.
"""

from __future__ import annotations

import re
from typing import Any

from auditkit.detectors.safety_judges.formats import FAMILIES
from auditkit.detectors.safety_judges.names import SHORT_NAMES, SPEC_FORMS, resolve_local
from auditkit.detectors.safety_judges.verdict import SafetyJudge, SafetyVerdict
from auditkit.errors import InputError
from auditkit.userfiles import validate

__all__ = ["FAMILIES", "SHORT_NAMES", "SafetyJudge", "SafetyVerdict", "load_safety_judge"]


def load_safety_judge(spec: str, **options: Any) -> SafetyJudge:
    """A judge from a short name, hub id, local folder or `openai:MODEL@URL`; options as in Local/RemoteJudgeOptions."""
    if not isinstance(spec, str) or not spec.strip():
        raise InputError(f"safety judge spec must be {SPEC_FORMS}")
    spec = spec.strip()
    if spec.startswith("openai:"):
        from auditkit.detectors.safety_judges.remote import OpenAISafetyJudge, RemoteJudgeOptions

        match = re.fullmatch(r"openai:(?P<model>[^@\s]+)(?:@(?P<url>\S+))?", spec)
        if not match:
            raise InputError(f"safety judge {spec!r}: expected openai:MODEL or openai:MODEL@URL")
        return OpenAISafetyJudge(match["model"], match["url"],
                                 validate(RemoteJudgeOptions, options, what="safety judge options"))
    from auditkit.detectors.safety_judges.local import LocalJudgeOptions, LocalSafetyJudge

    checked = validate(LocalJudgeOptions, options, what="safety judge options")
    return LocalSafetyJudge(resolve_local(spec, checked.family), checked)
