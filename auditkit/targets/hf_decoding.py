"""Decoding for local models: greedy, or sampling that is seeded per request whatever the batch holds.

Sampling through transformers' `do_sample` draws every row of a batch from one random stream, so a
request's answer would depend on which requests shared its batch. Here each row gets its own generator
seeded with the request's seed, and a token is drawn with the Gumbel-max trick (argmax of the warped
logits plus Gumbel noise, which samples exactly from softmax of the warped logits) under greedy search.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from auditkit.records.attempts import Response
from auditkit.targets.hf_config import GenerationOptions


def _iter_ids(value: Any) -> list[int]:
    if value is None:
        return []
    if isinstance(value, int):
        return [value]
    return [int(v) for v in value]


def generation_config(model: Any, options: GenerationOptions, *, pad_token_id: int | None) -> Any:
    """The model's generation config with auditkit's length and with sampling switched off (see module doc)."""
    config = copy.deepcopy(model.generation_config)
    # A model's own generation_config.json may ask for sampling; auditkit decides that from its options,
    # so that greedy runs are greedy and sampled runs are reproducible.
    config.do_sample = False
    config.num_beams = 1
    config.temperature = None
    config.top_p = None
    config.top_k = None
    config.max_new_tokens = options.max_new_tokens
    config.max_length = None
    if pad_token_id is not None:
        config.pad_token_id = pad_token_id
    elif config.pad_token_id is None:
        eos = _iter_ids(config.eos_token_id)
        config.pad_token_id = eos[0] if eos else 0
    return config


def stop_ids(model: Any, tokenizer: Any) -> set[int]:
    """Token ids that end an answer: the generation config's eos ids, else the tokenizer's eos."""
    ids = set(_iter_ids(model.generation_config.eos_token_id))
    if not ids and getattr(tokenizer, "eos_token_id", None) is not None:
        ids.add(int(tokenizer.eos_token_id))
    return ids


class SeededSampler:
    """A logits processor: temperature, top-k and top-p warping, then Gumbel noise from one generator per row."""

    def __init__(self, options: GenerationOptions, seeds: Sequence[int], device: Any):
        import torch

        self.options = options
        self.generators = [torch.Generator(device=device).manual_seed(int(s)) for s in seeds]

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        import torch

        scores = scores.float() / self.options.temperature
        if self.options.top_k is not None and self.options.top_k < scores.shape[-1]:
            kth = torch.topk(scores, self.options.top_k, dim=-1).values[..., -1:]
            scores = scores.masked_fill(scores < kth, float("-inf"))
        if self.options.top_p < 1.0:
            ordered, order = torch.sort(scores, descending=True, dim=-1)
            mass = ordered.softmax(dim=-1).cumsum(dim=-1)
            # Keep the smallest prefix whose mass reaches top_p: a token goes if the mass before it already does.
            drop = (mass - ordered.softmax(dim=-1)) >= self.options.top_p
            scores = scores.masked_fill(drop.scatter(-1, order, drop), float("-inf"))
        noise = torch.stack([
            torch.rand(scores.shape[-1], generator=g, device=scores.device) for g in self.generators
        ])
        gumbel = -torch.log(-torch.log(noise.clamp(min=1e-20, max=1.0 - 1e-7)))
        return scores + gumbel


def logits_processors(options: GenerationOptions, seeds: Sequence[int | None], device: Any) -> Any:
    """The processors for one batch: empty for greedy decoding, a SeededSampler when sampling."""
    from transformers import LogitsProcessorList

    if not options.do_sample:
        return LogitsProcessorList()
    return LogitsProcessorList([SeededSampler(options, [0 if s is None else s for s in seeds], device)])


@dataclass
class Decoded:
    """One row of generated tokens cut at its stop token."""

    tokens: list[int]
    stopped: bool


def cut_at_stop(row: Sequence[int], stops: set[int]) -> Decoded:
    """The generated tokens before the first stop token; `stopped` says whether one came."""
    for i, token in enumerate(row):
        if token in stops:
            return Decoded(tokens=list(row[:i]), stopped=True)
    return Decoded(tokens=list(row), stopped=False)


def responses(tokenizer: Any, rows: Sequence[Sequence[int]], prompt_tokens: Sequence[int], *, stops: set[int],
              model: str) -> list[Response]:
    """A Response per generated row, cut at its stop token (latency is filled in by the target, which knows
    the queueing)."""
    out = []
    for row, prompt in zip(rows, prompt_tokens, strict=True):
        decoded = cut_at_stop(row, stops)
        out.append(Response(text=tokenizer.decode(decoded.tokens, skip_special_tokens=True),
                            finish_reason="stop" if decoded.stopped else "length", model=model,
                            prompt_tokens=int(prompt), completion_tokens=len(decoded.tokens)))
    return out
