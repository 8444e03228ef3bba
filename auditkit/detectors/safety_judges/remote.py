"""Safety judges behind an OpenAI-compatible endpoint (`openai:MODEL@URL`), with each family's rubric.

Llama Guard and Granite Guardian get the conversation itself (the server's chat template builds their
prompt, as the model's own tokenizer would; Granite's risk goes in `chat_template_kwargs`, which vLLM
passes to the template). ShieldGemma, WildGuard and HarmBench get their published prompt as one user message,
which the server's chat template then wraps: close to, but not byte for byte, the local prompt. Any other
model gets auditkit's harm rubric (judge.py) and answers in JSON. Endpoints give no logits here, so
probabilities are None.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Sequence
from typing import Any

from pydantic import Field

from auditkit._base import UserModel
from auditkit.aio import run_in_thread
from auditkit.detectors.judge import RUBRICS, _close, parse_verdict
from auditkit.detectors.safety_judges import formats
from auditkit.detectors.safety_judges.local import Policy
from auditkit.detectors.safety_judges.names import family_from_name, harmbench_variant
from auditkit.detectors.safety_judges.verdict import SafetyVerdict
from auditkit.errors import InputError, TargetError
from auditkit.records.attempts import GenerationRequest
from auditkit.records.probes import Message

RUBRIC_FAMILY = "harm-rubric"
MAX_TOKENS = {"llama-guard": 20, "wildguard": 64, "harmbench": 1, "granite-guardian": 20, "shieldgemma": 1,
              RUBRIC_FAMILY: 256}


class RemoteJudgeOptions(UserModel):
    """Options of a safety judge behind an OpenAI-compatible endpoint."""

    family: str | None = Field(None, description="prompt format; default from the model name, else the "
                               "harm rubric")
    concurrency: int = Field(4, ge=1, le=256, description="requests in flight")
    max_response_chars: int = Field(8000, ge=100, description="longer prompts and responses keep their head")
    policies: list[Policy] | None = Field(None, min_length=1, description="ShieldGemma policies to ask")
    risk_name: str = Field("harm", min_length=1, description="Granite Guardian risk to judge")
    target: dict[str, Any] = Field(default_factory=dict, description="extra openai target settings "
                                   "(api_key_env, headers, params, timeout, ...)")


class OpenAISafetyJudge:
    """A safety judge reached through the openai target; judge() runs its own event loop in a thread."""

    def __init__(self, model: str, base_url: str | None, options: RemoteJudgeOptions | None = None) -> None:
        from auditkit.targets.registry import load_target

        self.options = options or RemoteJudgeOptions()
        family = self.options.family or family_from_name(model) or RUBRIC_FAMILY
        if family not in (*formats.FAMILIES, RUBRIC_FAMILY):
            raise InputError(f"unknown safety judge family {family!r}; known: "
                             f"{', '.join((*formats.FAMILIES, RUBRIC_FAMILY))}")
        self.family, self.model = family, model
        self.policies = list(self.options.policies or formats.SHIELDGEMMA_POLICIES)
        self.variant = harmbench_variant(model)
        extra = dict(self.options.target)
        params = {"max_tokens": MAX_TOKENS[family], **extra.pop("params", {})}
        if family == "granite-guardian":
            params.setdefault("chat_template_kwargs", {"guardian_config": {"risk_name": self.options.risk_name}})
        self.target_config: dict[str, Any] = {"type": "openai", "model": model, **extra, "params": params}
        if base_url:
            self.target_config["base_url"] = base_url
        probe = load_target(self.target_config)  # fails early on a bad config
        self.identity = probe.describe()
        _close(probe)

    def messages(self, prompt: str, response: str) -> list[list[Message]]:
        """The chat messages sent for one pair (ShieldGemma: one conversation per policy)."""
        # Chat messages may not be empty; say so rather than send nothing.
        prompt, response = formats.defuse(prompt) or "(no prompt)", formats.defuse(response) or "(empty response)"
        if self.family in ("llama-guard", "granite-guardian"):
            return [[Message(role="user", content=prompt), Message(role="assistant", content=response)]]
        if self.family == "shieldgemma":
            texts = [formats.shieldgemma_prompt(prompt, response, policy) for policy in self.policies]
        elif self.family == "wildguard":
            texts = [formats.WILDGUARD_CHAT_BODY.format(prompt=prompt, response=response)]
        elif self.family == "harmbench":
            texts = [formats.harmbench_prompt(prompt, response, self.variant)]
        else:
            texts = [RUBRICS["harm"]["template"].replace("{goal}", "").replace("{prompt}", prompt)
                     .replace("{response}", response)]
        return [[Message(role="user", content=text)] for text in texts]

    def parse(self, outputs: list[str]) -> tuple[bool | None, str | None]:
        """(unsafe, category) from the endpoint's answer(s), by the family's format."""
        if self.family == "shieldgemma":
            answers = [formats.parse_yes_no(text) for text in outputs]
            hits = [formats.SHIELDGEMMA_POLICIES[p][0] for p, a in zip(self.policies, answers, strict=True) if a]
            if hits:
                return True, hits[0]
            return (None, None) if None in answers else (False, None)
        (text,) = outputs
        if self.family == "llama-guard":
            return formats.parse_llama_guard(text)
        if self.family == "granite-guardian":
            unsafe = formats.parse_granite(text)
            return unsafe, (self.options.risk_name if unsafe else None)
        if self.family == "wildguard":
            answer = formats.parse_wildguard(text)
            return (None if answer is None else answer.harmful_response), None
        if self.family == "harmbench":
            return formats.parse_yes_no(text), None
        verdict, _ = parse_verdict(text, ["unsafe", "safe"])
        return (None if verdict is None else verdict == "unsafe"), None

    async def _judge_all(self, pairs: Sequence[tuple[str, str]]) -> list[SafetyVerdict]:
        from auditkit.targets.registry import load_target

        target = load_target(self.target_config)
        gate = asyncio.Semaphore(self.options.concurrency)
        cap = self.options.max_response_chars

        async def ask(i: int, k: int, messages: list[Message]) -> str:
            async with gate:
                reply = await target.generate(GenerationRequest(attempt_id=f"safety-judge-{i}-{k}",
                                                                probe_id="safety-judge", messages=messages))
            return reply.text

        async def one(i: int, prompt: str, response: str) -> SafetyVerdict:
            truncated = len(prompt) > cap or len(response) > cap
            try:
                outputs = await asyncio.gather(*(ask(i, k, m) for k, m in
                                                 enumerate(self.messages(prompt[:cap], response[:cap]))))
            except TargetError as exc:
                return SafetyVerdict(unsafe=None, probability=None, category=None,
                                     raw=f"judge failed ({exc.kind}): {exc}"[:500], truncated=truncated)
            unsafe, category = self.parse(list(outputs))
            return SafetyVerdict(unsafe=unsafe, probability=None, category=category, raw="\n---\n".join(outputs),
                                 truncated=truncated)

        try:
            return list(await asyncio.gather(*(one(i, p, r) for i, (p, r) in enumerate(pairs))))
        finally:
            await target.aclose()

    def judge(self, pairs: Sequence[tuple[str, str]]) -> list[SafetyVerdict]:
        """One verdict per (prompt, response) pair, in order; a failed request gives unsafe=None."""
        if not pairs:
            return []
        return run_in_thread(self._judge_all(list(pairs)), thread_name="auditkit-judge")

    def describe(self) -> dict[str, Any]:
        """Backend, endpoint identity and the rubric sent."""
        sample = "\n\n".join(m.content for m in self.messages("{prompt}", "{response}")[0])
        details: dict[str, Any] = {
            "family": self.family, "runtime": "openai-compatible endpoint", "target": self.identity,
            "prompt_source": ("the conversation; the server's chat template builds the prompt"
                              if self.family in ("llama-guard", "granite-guardian") else
                              "auditkit's harm rubric" if self.family == RUBRIC_FAMILY else
                              "the published prompt as one user message, wrapped by the server's chat template"),
            "prompt_sha256": hashlib.sha256(sample.encode()).hexdigest(),
            "truncation": f"prompts and responses longer than {self.options.max_response_chars} characters keep "
                          "their head; such verdicts carry truncated=true",
            "probability": "none: the endpoint returns text only",
            "untrusted_text": "control-token strings inside prompts and responses are broken by a zero-width "
                              "space, so the server's tokenizer reads them as text",
        }
        if self.family == "shieldgemma":
            details["policies"] = self.policies
        return {"backend": f"judge:{self.family}", "model": f"openai:{self.model}", "details": details}
