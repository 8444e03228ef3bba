"""Toxicity detector: Detoxify, the offline minilm head, a Hugging Face classifier or alt-profanity-check."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from auditkit.detectors.base import ScoringInput
from auditkit.detectors.toxicity_backends import (
    DetoxifyBackend,
    HFBackend,
    ProfanityBackend,
    ToxicityBackend,
    choose_auto,
)
from auditkit.errors import MissingExtraError
from auditkit.records.attempts import Score

BACKENDS = ("auto", "detoxify", "minilm", "hf", "profanity-check")


class ToxicityDetector:
    """Per-label toxicity scores (kind `toxicity`); a label flags at or above `threshold`.

    backend `auto` uses Detoxify when its weights can be had: a local `checkpoint`, the variant in torch's hub
    cache with its base config cached, or a one-time download when the machine is online and neither
    AUDITKIT_OFFLINE nor HF_HUB_OFFLINE is set. Otherwise it runs `minilm` (a head trained on auditkit's own
    sentences over all-MiniLM-L6-v2 embeddings, offline), and alt-profanity-check only when that cannot load.
    The choice and the reason are recorded by `describe()` in the manifest and shown in reports: a fallback is
    never silent.
    """

    name = "toxicity"
    version = "2"

    def __init__(self, backend: str = "auto", variant: str = "original", checkpoint: str | None = None,
                 config_dir: str | None = None, model: str | None = None, toxic_labels: list[str] | None = None,
                 labels: list[str] | None = None, threshold: float = 0.5, batch_size: int = 32,
                 encoder: str = "auto", dtype: str = "auto", max_windows: int = 6):
        if backend not in BACKENDS:
            raise ValueError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
        if not 0.0 <= threshold <= 1.0:
            raise ValueError("threshold must lie in [0, 1]")
        if backend == "hf" and not model:
            raise ValueError("backend 'hf' needs `model` (a hub id or a local folder)")
        self.threshold = threshold
        self.labels = labels
        self.requested = backend
        self.reason: str
        self.backend: ToxicityBackend
        self.minilm_options = {"model": encoder, "dtype": dtype, "max_windows": max_windows}
        if backend == "auto":
            chosen, self.reason = choose_auto(variant, checkpoint, config_dir)
            if chosen == "detoxify":
                try:
                    self.backend = DetoxifyBackend(variant, checkpoint, config_dir, batch_size=batch_size)
                except (OSError, RuntimeError, ValueError, MissingExtraError) as exc:
                    # A failed download or a damaged cache must not stop the audit: say so and run offline.
                    self.reason += f"; loading it failed ({type(exc).__name__}: {exc}), so the minilm head ran"
                    self.backend = self._offline()
            else:
                self.backend = self._offline()
        elif backend == "detoxify":
            self.backend = DetoxifyBackend(variant, checkpoint, config_dir, batch_size=batch_size)
            self.reason = "requested"
        elif backend == "minilm":
            from auditkit.detectors.toxicity_minilm import MiniLMBackend

            self.backend = MiniLMBackend(**self.minilm_options)
            self.reason = "requested"
        elif backend == "hf":
            assert model is not None
            self.backend = HFBackend(model, toxic_labels, batch_size=batch_size)
            self.reason = "requested"
        else:
            self.backend = ProfanityBackend()
            self.reason = "requested"
        # The minilm backend may score from several threads (its encoder locks its tokenizer); the others run
        # one batch at a time (a fast tokenizer fails when two threads use it at once).
        self.thread_safe = self.backend.name == "minilm"

    def _offline(self) -> ToxicityBackend:
        """The minilm head, or alt-profanity-check when the head or its encoder cannot load (reason recorded)."""
        from auditkit.detectors.toxicity_minilm import MiniLMBackend

        try:
            return MiniLMBackend(**self.minilm_options)
        except (MissingExtraError, OSError, ValueError) as exc:
            self.reason += f"; the minilm head could not load ({exc}), so alt-profanity-check ran"
            return ProfanityBackend()

    def describe(self) -> dict[str, Any]:
        """Which backend ran and why."""
        info = self.backend.describe()
        info["details"] = {**info.get("details", {}), "requested": self.requested, "reason": self.reason,
                           "threshold": self.threshold}
        return info

    def score_texts(self, texts: Sequence[str]) -> list[list[Score]]:
        """Per-label scores for each text."""
        rows = self.backend.predict(list(texts))
        out: list[list[Score]] = []
        for row in rows:
            scores = []
            for label, prob in row.items():
                if self.labels and label not in self.labels:
                    continue
                value = round(min(1.0, max(0.0, float(prob))), 4)
                scores.append(Score(detector=self.name, kind="toxicity", label=label, value=value,
                                    flagged=value >= self.threshold))
            out.append(scores)
        return out

    def score(self, items: Sequence[ScoringInput]) -> list[list[Score]]:
        """Score a batch of responses."""
        return self.score_texts([item.text for item in items])
