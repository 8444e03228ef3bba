"""The `hf` target: a local transformers model (text or vision-language), loaded once, batched inside.

    auditkit run --target hf:HuggingFaceTB/SmolLM2-135M-Instruct
    auditkit run --target hf:./checkpoints/release-1.4
    auditkit run --target hf:./models/model.Q4_K_M.gguf

torch and transformers are imported when the model loads (on the first request), not before.
"""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditkit.errors import InputError, TargetError
from auditkit.records.attempts import GenerationRequest, Response
from auditkit.targets.configured import ConfiguredTarget
from auditkit.targets.hf_batching import Batcher
from auditkit.targets.hf_config import SPEC_FORM, HFConfig
from auditkit.targets.hf_runtime import require_hf, require_pillow, resolve_device, resolve_dtype

if TYPE_CHECKING:
    from auditkit.records.provenance import ModelProvenance

DEFAULT_BATCH_SIZE = 8  # used when no batch_size is given and no run has told the target its concurrency


def _looks_local(model: str) -> bool:
    # Hub ids are `name` or `owner/name`; anything else that names a path is meant to be on disk.
    return model.startswith((".", "/", "~")) or model.count("/") > 1 or "\\" in model or Path(model).exists()


class HFTarget(ConfiguredTarget):
    """A transformers model under audit. Concurrent `generate` calls are batched (see hf_batching)."""

    type = "hf"
    config_model = HFConfig  # what a config file's `target:` mapping is checked against

    def __init__(self, config: HFConfig | None = None, /, **options: Any) -> None:
        config = self._config(config, options)
        require_hf()
        config = self._checked(config)
        self.config = config
        self.name = f"hf:{config.model}" + (f"/{config.gguf_file}" if config.gguf_file else "")
        self._concurrency: int | None = None
        self._kind: str | None = None if config.kind == "auto" else config.kind
        self._backend: Any = None
        self._batcher: Batcher | None = None
        self._load_error: TargetError | None = None
        self._load_lock = threading.Lock()

    @staticmethod
    def _checked(config: HFConfig) -> HFConfig:
        """The config with a local model path expanded; InputError when that path does not exist."""
        if not _looks_local(config.model):
            return config
        path = Path(config.model).expanduser()
        if not path.exists():
            raise InputError(f"hf target: model folder not found: {config.model} (expected {SPEC_FORM})")
        if config.gguf_file and not (path / config.gguf_file).is_file():
            raise InputError(f"hf target: GGUF file not found: {path / config.gguf_file}")
        return config.model_copy(update={"model": str(path)})

    @classmethod
    def from_spec(cls, spec: str) -> HFTarget:
        """Build from `MODEL` (the part after `hf:`): a hub id, a model folder or a .gguf file."""
        if not spec.strip():
            raise InputError(f"hf target spec is empty: expected {SPEC_FORM}")
        return cls._from_fields({"model": spec.strip()}, what="spec")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(model={self.config.model!r})"

    def configure(self, *, concurrency: int) -> None:
        """Told by the runner: the run's concurrency becomes the batch size unless batch_size is set."""
        self._concurrency = concurrency

    @property
    def batch_size(self) -> int:
        """Requests per model.generate call."""
        return self.config.batch_size or self._concurrency or DEFAULT_BATCH_SIZE

    def source(self) -> dict[str, Any]:
        """Keyword arguments naming the model for transformers' from_pretrained."""
        out: dict[str, Any] = {"pretrained_model_name_or_path": self.config.model}
        if self.config.gguf_file:
            out["gguf_file"] = self.config.gguf_file
        if self.config.revision:
            out["revision"] = self.config.revision
        if self.config.trust_remote_code:
            out["trust_remote_code"] = True
        return out

    def kind(self) -> str:
        """text, vision or multimodal: as configured, else from the model's config (GGUF files are text)."""
        if self._kind is None:
            self._kind = "text" if self.config.gguf_file else _kind_of(self.source())
        return self._kind

    def describe(self) -> dict[str, Any]:
        """Model, kind, device, precision, decoding and batching; nothing secret is configured here."""
        device = resolve_device(self.config.device)
        out: dict[str, Any] = {"type": self.type, "model": self.config.model}
        if self.config.gguf_file:
            out["gguf_file"] = self.config.gguf_file
        if self.config.revision:
            out["revision"] = self.config.revision
        try:
            out["kind"] = self.kind()
        except Exception:  # noqa: BLE001 - describing must not fail; the load error surfaces on generate
            out["kind"] = self.config.kind
        out |= {"device": device, "dtype": self._dtype(device),
                "max_new_tokens": self.config.max_new_tokens, "batch_size": self.batch_size,
                "decoding": self._decoding()}
        return out

    async def provenance(self) -> ModelProvenance:
        """What the model's own files say (card, config.json, GGUF keys) and their hashes, for the manifest."""
        from auditkit.provenance.local import local_model_provenance

        return await asyncio.to_thread(local_model_provenance, self.config.model, gguf_file=self.config.gguf_file,
                                       revision=self.config.revision)

    def _decoding(self) -> dict[str, Any]:
        if not self.config.do_sample:
            return {"mode": "greedy"}
        return {"mode": "sample", "temperature": self.config.temperature, "top_p": self.config.top_p,
                "top_k": self.config.top_k, "seed": "per request: the run's seed + the sample index"}

    def _load(self) -> None:
        """Load the model once (in a worker thread); a failure is remembered and reported on every request."""
        with self._load_lock:
            if self._backend is not None:
                return
            if self._load_error is not None:
                raise self._load_error
            try:
                self._backend = self._build_backend()
            except TargetError as exc:
                self._load_error = exc
                raise
            except Exception as exc:  # noqa: BLE001 - transformers raises many types for a model it cannot load
                self._load_error = TargetError(f"{self.name}: cannot load the model: {type(exc).__name__}: {exc}",
                                               kind="load")
                raise self._load_error from None

    def _dtype(self, device: str) -> str:
        """The precision the model runs in on `device`."""
        return resolve_dtype(self.config.dtype, device)

    def _build_backend(self) -> Any:
        device = resolve_device(self.config.device)
        dtype = self._dtype(device)
        if self.kind() in ("vision", "multimodal"):
            require_pillow()
            from auditkit.targets.hf_vision import MultimodalBackend, VisionBackend

            backend = VisionBackend if self.kind() == "vision" else MultimodalBackend
            return backend(self.source(), self.config, device=device, dtype=dtype, name=self.name)
        from auditkit.targets.hf_text import TextBackend

        return TextBackend(self.source(), self.config, device=device, dtype=dtype, name=self.name)

    async def start(self) -> None:
        """Load the model now rather than on the first request."""
        if self._backend is None:
            await asyncio.to_thread(self._load)

    async def generate(self, request: GenerationRequest) -> Response:
        """Answer one request, batched with the other requests in flight."""
        started = time.perf_counter()
        await self.start()
        if self._batcher is None:
            self._batcher = Batcher(self._backend.run, batch_size=self.batch_size, name=self.name)
        answer = await self._batcher.submit(self._backend.prepare(request))
        return answer.model_copy(update={"latency_ms": (time.perf_counter() - started) * 1000.0})

    async def aclose(self) -> None:
        """Stop batching and release the model."""
        if self._batcher is not None:
            await self._batcher.aclose()
        self._batcher = None
        backend, self._backend = self._backend, None
        if backend is not None and str(getattr(backend, "device", "")).startswith("cuda"):
            del backend
            import torch

            torch.cuda.empty_cache()


def _kind_of(source: dict[str, Any]) -> str:
    from transformers import AutoConfig
    from transformers.models.auto import modeling_auto

    from auditkit.targets.hf_runtime import quiet_transformers

    with quiet_transformers():
        config = AutoConfig.from_pretrained(**source)
    if config.model_type in modeling_auto.MODEL_FOR_IMAGE_TEXT_TO_TEXT_MAPPING_NAMES:
        return "vision"
    # Audio-language and omni models (Qwen2-Audio, Qwen2.5-Omni): any-to-text, loaded as multimodal LMs.
    multimodal = getattr(modeling_auto, "MODEL_FOR_MULTIMODAL_LM_MAPPING_NAMES", {})
    return "multimodal" if config.model_type in multimodal else "text"
