"""Text generation with a transformers causal LM: chat template, left-padded batches, seeded decoding."""

from __future__ import annotations

import threading
from typing import Any

from auditkit.errors import TargetError
from auditkit.records.attempts import GenerationRequest, Response
from auditkit.records.probes import Message
from auditkit.targets.hf_batching import Prepared
from auditkit.targets.hf_config import GenerationOptions
from auditkit.targets.hf_decoding import generation_config, logits_processors, responses, stop_ids
from auditkit.targets.hf_runtime import context_length, load_pretrained
from auditkit.targets.media import refuse_media


def plain_prompt(messages: list[Message]) -> str:
    """A prompt for a model with no chat template: one user turn as is, a conversation as `Role: text` lines."""
    if len(messages) == 1 and messages[0].role == "user":
        return messages[0].content
    if len(messages) == 2 and messages[0].role == "system" and messages[1].role == "user":
        return f"{messages[0].content}\n\n{messages[1].content}"
    lines = [f"{m.role.capitalize()}: {m.content}" for m in messages]
    return "\n".join(lines) + "\nAssistant:"


def _merge_system(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fold system messages into the first user turn, for templates that reject the system role."""
    system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [dict(m) for m in messages if m["role"] != "system"]
    if system and rest and rest[0]["role"] == "user":
        rest[0]["content"] = f"{system}\n\n{rest[0]['content']}"
    elif system:
        rest.insert(0, {"role": "user", "content": system})
    return rest


class TextBackend:
    """A causal LM and its tokenizer, loaded once; `prepare` runs on the event loop, `run` in a thread."""

    kind = "text"

    def __init__(self, source: dict[str, Any], options: GenerationOptions, *, device: str, dtype: str, name: str):
        from transformers import AutoModelForCausalLM, AutoTokenizer

        self.options = options
        self.name = name
        self.device = device
        self.tokenizer, self.model = load_pretrained(AutoModelForCausalLM, AutoTokenizer, source, device=device,
                                                     dtype=dtype)
        self.templated = bool(getattr(self.tokenizer, "chat_template", None))
        self.stops = stop_ids(self.model, self.tokenizer)
        pad = self.tokenizer.pad_token_id
        self.pad_id = pad if pad is not None else (min(self.stops) if self.stops else 0)
        self.generation_config = generation_config(self.model, options, pad_token_id=self.pad_id)
        self.context = context_length(self.model.config)
        # Fast tokenizers are not safe to use from two threads at once (prepare on the loop, decode in the
        # batch thread): one lock around every tokenizer call.
        self._lock = threading.Lock()

    def prompt_text(self, messages: list[Message]) -> str:
        """The exact text the model sees: the chat template when the tokenizer has one, else a plain prompt."""
        if not self.templated:
            return plain_prompt(messages)
        chat = [{"role": m.role, "content": m.content} for m in messages]
        try:
            return self.tokenizer.apply_chat_template(chat, add_generation_prompt=True, tokenize=False)
        except Exception:  # noqa: BLE001 - jinja raises its own errors, e.g. "System role not supported"
            return self.tokenizer.apply_chat_template(_merge_system(chat), add_generation_prompt=True,
                                                      tokenize=False)

    def prepare(self, request: GenerationRequest) -> Prepared:
        """Tokenize one request; TargetError when it has images or does not fit the context."""
        if request.images:
            raise TargetError(f"{self.name} is a text model and cannot take the probe's "
                              f"{len(request.images)} image(s); use a vision-language model (kind: vision)",
                              kind="unsupported_input")
        refuse_media(self.name, request)
        text = self.prompt_text(request.messages)
        with self._lock:
            # The template already holds the special tokens the model expects (e.g. BOS).
            ids = self.tokenizer(text, add_special_tokens=not self.templated)["input_ids"]
        if self.context is not None and len(ids) + self.options.max_new_tokens > self.context:
            raise TargetError(f"{self.name}: the prompt has {len(ids)} tokens; with max_new_tokens="
                              f"{self.options.max_new_tokens} it exceeds the model's context of {self.context}",
                              kind="context_length")
        return Prepared(key="text", length=len(ids), seed=request.seed, data=ids)

    def run(self, batch: list[Prepared]) -> list[Response | TargetError]:
        """Generate for a batch with left padding; the same prompts give the same tokens alone or batched."""
        import torch

        width = max(p.length for p in batch)
        input_ids = torch.tensor([[self.pad_id] * (width - p.length) + p.data for p in batch], device=self.device)
        attention_mask = torch.tensor([[0] * (width - p.length) + [1] * p.length for p in batch],
                                      device=self.device)
        processors = logits_processors(self.options, [p.seed for p in batch], self.device)
        with torch.inference_mode():
            output = self.model.generate(input_ids=input_ids, attention_mask=attention_mask,
                                         generation_config=self.generation_config, logits_processor=processors)
        with self._lock:
            return list(responses(self.tokenizer, output[:, width:].tolist(), [p.length for p in batch],
                                  stops=self.stops, model=self.name))
