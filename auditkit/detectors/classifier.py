"""Any Hugging Face text-classification model as a detector, with a mapping from its labels to ours."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from auditkit.detectors.base import ScoringInput
from auditkit.errors import MissingExtraError
from auditkit.records.attempts import Score


class TextClassifier:
    """A sequence-classification model and its tokenizer, scoring batches of texts on CPU or GPU."""

    def __init__(self, model: str, *, batch_size: int = 32, max_length: int = 512, device: str = "cpu",
                 multi_label: bool | None = None):
        try:
            import torch  # noqa: F401
            from transformers import AutoModelForSequenceClassification, AutoTokenizer
        except ImportError:
            raise MissingExtraError("a Hugging Face classifier", "hf", "transformers, torch") from None
        source = str(Path(model).expanduser()) if Path(model).expanduser().exists() else model
        from auditkit.targets.hf_runtime import LOAD_LOCK, quiet_transformers

        try:
            with LOAD_LOCK, quiet_transformers():
                self.tokenizer = AutoTokenizer.from_pretrained(source)
                self.model = AutoModelForSequenceClassification.from_pretrained(source).eval().to(device)
        except OSError as exc:
            raise ValueError(f"classifier model {model!r} could not be loaded (a local folder, or a hub id "
                             f"when the hub is reachable): {exc}") from None
        self.model_name = model
        self.batch_size, self.max_length, self.device = batch_size, max_length, device
        config = self.model.config
        self.labels = [config.id2label[i] for i in range(config.num_labels)]
        problem = getattr(config, "problem_type", None)
        self.multi_label = multi_label if multi_label is not None else problem == "multi_label_classification"

    def predict(self, texts: list[str]) -> list[dict[str, float]]:
        """{label: probability} per text: softmax over labels, or sigmoid per label for multi-label models."""
        import torch

        out: list[dict[str, float]] = []
        with torch.inference_mode():
            for start in range(0, len(texts), self.batch_size):
                chunk = texts[start:start + self.batch_size]
                enc = self.tokenizer(chunk, truncation=True, max_length=self.max_length, padding=True,
                                     return_tensors="pt").to(self.device)
                logits = self.model(**enc).logits
                probs = torch.sigmoid(logits) if self.multi_label else torch.softmax(logits, dim=-1)
                out += [dict(zip(self.labels, row, strict=True)) for row in probs.tolist()]
        return out


class ClassifierDetector:
    """Scores responses with a text-classification model; `flag` names the (mapped) labels that flag.

    `labels` maps the model's label names to the labels auditkit records (unmapped ones keep their name);
    `kind` decides which expectation the scores feed (e.g. `toxicity`, `refusal`), default `classifier`.
    """

    name = "classifier"
    version = "1"

    def __init__(self, model: str, flag: list[str] | None = None, labels: dict[str, str] | None = None,
                 kind: str = "classifier", threshold: float = 0.5, batch_size: int = 32, max_length: int = 512,
                 multi_label: bool | None = None):
        if not 0.0 <= threshold <= 1.0:
            raise ValueError("threshold must lie in [0, 1]")
        self.classifier = TextClassifier(model, batch_size=batch_size, max_length=max_length,
                                         multi_label=multi_label)
        self.mapping = dict(labels or {})
        unknown = set(self.mapping) - set(self.classifier.labels)
        if unknown:
            raise ValueError(f"labels maps {sorted(unknown)}, which the model lacks; its labels: "
                             f"{self.classifier.labels}")
        self.flag = set(flag or [])
        self.kind, self.threshold = kind, threshold

    def describe(self) -> dict[str, Any]:
        """Model, label mapping and flagging labels."""
        return {"backend": "transformers", "model": self.classifier.model_name,
                "details": {"labels": self.classifier.labels, "mapping": self.mapping, "flag": sorted(self.flag),
                            "multi_label": self.classifier.multi_label}}

    def score_texts(self, texts: Sequence[str]) -> list[list[Score]]:
        """One Score per label for each text."""
        rows = self.classifier.predict(list(texts))
        out = []
        for row in rows:
            scores = []
            for raw, prob in row.items():
                label = self.mapping.get(raw, raw)
                value = min(1.0, max(0.0, float(prob)))
                scores.append(Score(detector=self.name, kind=self.kind, label=label, value=round(value, 4),
                                    flagged=label in self.flag and value >= self.threshold))
            out.append(scores)
        return out

    def score(self, items: Sequence[ScoringInput]) -> list[list[Score]]:
        """Score a batch of responses."""
        return self.score_texts([item.text for item in items])
