"""The `target:` mapping of the `hf` target (local transformers models) and the parsing of `hf:SPEC`."""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from auditkit._base import UserModel

SPEC_FORM = ("hf:MODEL where MODEL is a hub id (HuggingFaceTB/SmolLM2-135M-Instruct), a local model folder, "
             "or a .gguf file")
DEFAULT_MAX_NEW_TOKENS = 256
Kind = Literal["auto", "text", "vision", "multimodal"]
DType = Literal["auto", "float32", "float16", "bfloat16"]


class GenerationOptions(UserModel):
    """How a local model generates: device, precision, length, decoding and batching."""

    device: str = Field("auto", description="auto (cuda, then mps, then cpu), cuda, cuda:N, mps or cpu")
    dtype: DType = Field("auto", description="auto: bfloat16 on GPUs that support it, float16 on other GPUs "
                         "and mps, float32 on cpu")
    max_new_tokens: int = Field(DEFAULT_MAX_NEW_TOKENS, ge=1, le=32768, description="tokens generated at most")
    do_sample: bool = Field(False, description="sample instead of greedy decoding; each request is seeded with "
                            "the run's seed + sample index, so sampled runs are reproducible")
    temperature: float = Field(1.0, gt=0, le=10, description="sampling temperature (with do_sample)")
    top_p: float = Field(1.0, gt=0, le=1, description="nucleus sampling mass (with do_sample)")
    top_k: int | None = Field(None, ge=1, description="keep only the k likeliest tokens (with do_sample)")
    batch_size: int | None = Field(None, ge=1, le=1024, description="requests per model.generate call; "
                                   "default: the run's concurrency")

    @field_validator("device")
    @classmethod
    def _check_device(cls, value: str) -> str:
        value = value.strip().lower()
        if not re.fullmatch(r"auto|cpu|mps|cuda(:\d+)?", value):
            raise ValueError("expected auto, cpu, mps, cuda or cuda:N")
        return value


class HFConfig(GenerationOptions):
    """The `target:` mapping for `type: hf`."""

    model: str = Field(min_length=1, description="hub id, local model folder, or path to a .gguf file")
    gguf_file: str | None = Field(None, description="GGUF file inside `model` (a hub repo or folder); "
                                  "transformers de-quantizes it on load (needs the gguf package)")
    revision: str | None = Field(None, description="hub branch, tag or commit to load")
    kind: Kind = Field("auto", description="text (causal LM), vision (image-text-to-text model and processor), "
                       "multimodal (audio-language or omni model and processor, e.g. Qwen2-Audio), "
                       "or auto: decided from the model's config")
    trust_remote_code: bool = Field(False, description="run model code shipped in the repository (needed by "
                                    "some vision-language models); only for repositories you trust")

    @model_validator(mode="before")
    @classmethod
    def _split_gguf(cls, data: Any) -> Any:
        # `model: path/to/file.gguf` is the same as `model: path/to, gguf_file: file.gguf`.
        if isinstance(data, dict) and isinstance(data.get("model"), str) and not data.get("gguf_file"):
            path = PurePath(data["model"].strip())
            if path.suffix.lower() == ".gguf":
                data = {**data, "model": str(path.parent), "gguf_file": path.name}
        return data

    @model_validator(mode="after")
    def _check_kind(self) -> HFConfig:
        if self.gguf_file is not None and self.kind in ("vision", "multimodal"):
            raise ValueError("a GGUF file loads as a text model; use kind: text or auto")
        return self
