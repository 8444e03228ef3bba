"""Toxicity backends: Detoxify (variant or local checkpoint), a Hugging Face classifier, alt-profanity-check.

Each backend scores a batch of texts as {label: probability} per text and says what it is (`describe`).
The offline `minilm` backend lives in `toxicity_minilm`. `choose_auto` decides what `backend: auto` runs.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import socket
import sys
import time
import warnings
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from auditkit.errors import MissingExtraError

DETOXIFY_VARIANTS = ("original", "unbiased", "multilingual", "original-small", "unbiased-small")
# Detoxify's class names, standardised the way Detoxify itself renames them.
_BENIGN = re.compile(r"^(?:non|not|neutral|normal|clean|safe|ok|none|label_0$)", re.IGNORECASE)
_DETOXIFY_RENAMES = {"toxic": "toxicity", "identity_hate": "identity_attack", "severe_toxic": "severe_toxicity"}


class ToxicityBackend(Protocol):
    """Scores texts with per-label probabilities in [0, 1]."""

    name: str

    def predict(self, texts: list[str]) -> list[dict[str, float]]:
        """One {label: probability} mapping per text."""
        ...

    def describe(self) -> dict[str, Any]:
        """Backend, model and details for the manifest."""
        ...


def _torch_hub_dir() -> Path:
    # Choosing a backend must not import torch (seconds, ~300 MB) only to find where it would keep Detoxify's
    # weights: torch.hub.get_dir's rule is read from the environment unless torch is loaded already.
    torch = sys.modules.get("torch")
    if torch is not None:
        return Path(torch.hub.get_dir()) / "checkpoints"
    home = os.environ.get("TORCH_HOME") or os.path.join(os.environ.get("XDG_CACHE_HOME") or "~/.cache", "torch")
    return Path(os.path.expanduser(home)) / "hub" / "checkpoints"


def detoxify_urls() -> dict[str, str]:
    """Detoxify's checkpoint URL per variant ({} when it is not installed), read without importing it (importing
    it loads torch and transformers)."""
    loaded = sys.modules.get("detoxify.detoxify")
    if loaded is not None:
        return dict(loaded.MODEL_URLS)
    spec = importlib.util.find_spec("detoxify")
    if spec is None or not spec.submodule_search_locations:
        return {}
    source = Path(list(spec.submodule_search_locations)[0]) / "detoxify.py"
    try:
        names: dict[str, Any] = {}
        for node in ast.parse(source.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                try:
                    names[node.targets[0].id] = _constant(node.value, names)
                except ValueError:
                    continue
        urls = names.get("MODEL_URLS")
        if isinstance(urls, dict) and urls:
            return {str(k): str(v) for k, v in urls.items()}
    except (OSError, SyntaxError):
        pass
    from detoxify.detoxify import MODEL_URLS  # its source changed shape: import it after all

    return dict(MODEL_URLS)


def _constant(node: ast.expr, names: dict[str, Any]) -> Any:
    # Strings, names bound to them, their sums and dicts of them: how a module spells a table of URLs.
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _constant(node.left, names) + _constant(node.right, names)
    if isinstance(node, ast.Dict) and all(k is not None for k in node.keys):
        return {_constant(k, names): _constant(v, names) for k, v in zip(node.keys, node.values, strict=True)}  # type: ignore[arg-type]
    raise ValueError("not a constant")


def _installed(*modules: str) -> bool:
    return all(importlib.util.find_spec(m) is not None for m in modules)


def cached_detoxify_checkpoint(variant: str) -> Path | None:
    """The variant's checkpoint in torch's hub cache, when an earlier online run downloaded it."""
    url = detoxify_urls().get(variant)
    if url is None:
        return None
    path = _torch_hub_dir() / url.rsplit("/", 1)[-1]
    return path if path.is_file() else None


def _hf_config_cached(model_type: str) -> bool:
    """True when the hub config and tokenizer that a Detoxify checkpoint names are cached locally."""
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:
        return False
    found = try_to_load_from_cache(model_type, "config.json")
    return isinstance(found, str)


class DetoxifyBackend:
    """Detoxify: by variant name (downloads unless cached) or from a local checkpoint file.

    A checkpoint names the hub config of its base model in `config.arch.args.model_type`; `config_dir`
    (a local folder with that config and tokenizer) replaces it, so loading needs no hub at all.
    """

    name = "detoxify"

    def __init__(self, variant: str = "original", checkpoint: str | None = None, config_dir: str | None = None,
                 device: str = "cpu", batch_size: int = 32):
        self.download_note: str | None = None
        if variant not in DETOXIFY_VARIANTS:
            raise ValueError(f"unknown Detoxify variant {variant!r}; choose one of {', '.join(DETOXIFY_VARIANTS)}")
        try:
            import detoxify  # noqa: F401
            import torch  # noqa: F401
        except ImportError:
            raise MissingExtraError("the detoxify toxicity backend", "toxicity", "detoxify, torch") from None
        self.variant, self.checkpoint, self.config_dir = variant, checkpoint, config_dir
        self.batch_size = batch_size
        self.model, self.tokenizer, self.labels = self._load(device)
        self.model.eval()

    def _load(self, device: str) -> tuple[Any, Any, list[str]]:
        import torch
        from detoxify.detoxify import MODEL_URLS, get_model_and_tokenizer

        if self.checkpoint is not None:
            path = Path(self.checkpoint).expanduser()
            if not path.is_file():
                raise ValueError(f"Detoxify checkpoint not found: {path}")
            loaded = torch.load(path, map_location=device, weights_only=False)
        else:
            url = MODEL_URLS[self.variant]
            cached = cached_detoxify_checkpoint(self.variant)
            started = time.perf_counter()
            # No progress bar on the user's terminal: the one line about the download goes to describe().
            loaded = torch.hub.load_state_dict_from_url(url, map_location=device, weights_only=False,
                                                        progress=False)
            if cached is None:
                path = cached_detoxify_checkpoint(self.variant)
                size = f"{path.stat().st_size / 1e6:.0f} MB " if path is not None else ""
                self.download_note = (f"downloaded Detoxify {self.variant!r} once: {size}from {url} to "
                                      f"{path or _torch_hub_dir()} in {time.perf_counter() - started:.0f}s")
        if "config" not in loaded or "state_dict" not in loaded:
            raise ValueError("a Detoxify checkpoint holds `config` and `state_dict`; this file does not")
        args = dict(loaded["config"]["arch"]["args"])
        if self.config_dir is not None:
            args["model_type"] = str(Path(self.config_dir).expanduser())
        from auditkit.targets.hf_runtime import quiet_transformers

        with quiet_transformers():  # the base model's config and tokenizer may come from the hub: no bars
            model, tokenizer = get_model_and_tokenizer(**args, state_dict=loaded["state_dict"],
                                                       huggingface_config_path=self.config_dir)
        labels = [_DETOXIFY_RENAMES.get(c, c) for c in loaded["config"]["dataset"]["args"]["classes"]]
        self.base_model = loaded["config"]["arch"]["args"].get("model_type")
        return model.to(device), tokenizer, labels

    def predict(self, texts: list[str]) -> list[dict[str, float]]:
        """Sigmoid probabilities per Detoxify label."""
        import torch

        out: list[dict[str, float]] = []
        with torch.inference_mode():
            for start in range(0, len(texts), self.batch_size):
                chunk = texts[start:start + self.batch_size]
                enc = self.tokenizer(chunk, return_tensors="pt", truncation=True, padding=True, max_length=512)
                probs = torch.sigmoid(self.model(**enc)[0]).tolist()
                out += [dict(zip(self.labels, row, strict=True)) for row in probs]
        return out

    def describe(self) -> dict[str, Any]:
        """Variant or checkpoint, base model and labels."""
        model = str(self.checkpoint) if self.checkpoint else f"detoxify:{self.variant}"
        details = {"variant": None if self.checkpoint else self.variant, "base_model": self.base_model,
                   "config_dir": self.config_dir, "labels": self.labels}
        if self.download_note:
            details["download"] = self.download_note
        return {"backend": self.name, "model": model, "details": details}


class HFBackend:
    """Any Hugging Face text-classification model (hub id or local folder) as a toxicity scorer."""

    name = "hf"

    def __init__(self, model: str, toxic_labels: list[str] | None = None, batch_size: int = 32,
                 max_length: int = 512):
        from auditkit.detectors.classifier import TextClassifier

        self.classifier = TextClassifier(model, batch_size=batch_size, max_length=max_length)
        self.inferred = not toxic_labels
        # Without a list, labels that name the benign class (non-toxic, neutral, LABEL_0...) are dropped,
        # so a binary model does not flag its own negative class; describe() records the inferred list.
        self.toxic_labels = toxic_labels or [lb for lb in self.classifier.labels if not _BENIGN.match(lb)]

    def predict(self, texts: list[str]) -> list[dict[str, float]]:
        """Per-label probabilities, keeping only `toxic_labels` when given."""
        rows = self.classifier.predict(texts)
        return [{k: v for k, v in row.items() if k in self.toxic_labels} for row in rows]

    def describe(self) -> dict[str, Any]:
        """Model and labels."""
        return {"backend": self.name, "model": self.classifier.model_name,
                "details": {"labels": self.classifier.labels, "toxic_labels": self.toxic_labels,
                            "toxic_labels_inferred": self.inferred}}


class ProfanityBackend:
    """alt-profanity-check: a small linear model shipped in the package; works offline on a fresh machine."""

    name = "profanity-check"

    def __init__(self) -> None:
        try:
            with warnings.catch_warnings():
                # Its pickled scikit-learn model warns when the installed scikit-learn is newer; it still loads.
                warnings.simplefilter("ignore")
                from profanity_check import predict_prob
        except ImportError:
            raise MissingExtraError("the offline toxicity backend", "toxicity", "alt-profanity-check") from None
        self._predict = predict_prob

    def predict(self, texts: list[str]) -> list[dict[str, float]]:
        """One label, `toxicity`: the probability that the text is offensive or profane."""
        if not texts:
            return []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            probs = self._predict(texts)
        return [{"toxicity": float(p)} for p in probs]

    def describe(self) -> dict[str, Any]:
        """Package and version."""
        from importlib.metadata import version

        return {"backend": self.name, "model": f"alt-profanity-check {version('alt-profanity-check')}",
                "details": {"labels": ["toxicity"]}}


def detoxify_available(variant: str, checkpoint: str | None, config_dir: str | None) -> str | None:
    """Why Detoxify can run offline here, or None: a local checkpoint, or a cached variant and config."""
    if checkpoint:
        return "local checkpoint"
    if not _installed("detoxify", "torch"):
        return None
    if cached_detoxify_checkpoint(variant) is None:
        return None
    return "cached checkpoint" if config_dir or _hf_config_cached(_base_model_of(variant)) else None


def _base_model_of(variant: str) -> str:
    # The base models Detoxify's released checkpoints name (config.arch.args.model_type).
    return {"original": "bert-base-uncased", "unbiased": "roberta-base", "multilingual": "xlm-roberta-base",
            "original-small": "albert-base-v2", "unbiased-small": "albert-base-v2"}[variant]


def offline_requested() -> str | None:
    """The environment variable that forbids downloads (AUDITKIT_OFFLINE or HF_HUB_OFFLINE), if one is set."""
    for name in ("AUDITKIT_OFFLINE", "HF_HUB_OFFLINE"):
        if os.environ.get(name, "").strip().lower() not in ("", "0", "false", "no", "off"):
            return name
    return None


def network_reachable(url: str, timeout: float = 2.0) -> bool:
    """True when a TCP connection to the URL's host opens within `timeout` seconds (no request is sent)."""
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "", parts.port or 443), timeout=timeout):
            return True
    except OSError:
        return False


def detoxify_downloadable(variant: str, config_dir: str | None = None) -> str | None:
    """Why Detoxify's weights could be downloaded now, or None: installed, online, and no offline variable set."""
    if offline_requested() or not _installed("detoxify", "torch"):
        return None
    url = detoxify_urls().get(variant)
    # The checkpoint (GitHub releases) and, unless `config_dir` replaces them, its base model's config and
    # tokenizer (the Hugging Face hub).
    if url is None or not network_reachable(url):
        return None
    if config_dir is None and not network_reachable("https://huggingface.co"):
        return None
    return f"downloadable from {url}"


def choose_auto(variant: str, checkpoint: str | None, config_dir: str | None) -> tuple[str, str]:
    """(backend, reason) for `backend: auto`: Detoxify when its weights are here or can be fetched, else minilm.

    The minilm head is tried next by the detector, which falls back to profanity-check when it cannot load.
    """
    local = detoxify_available(variant, checkpoint, config_dir)
    if local:
        return "detoxify", f"auto: Detoxify weights found ({local})"
    blocked = offline_requested()
    remote = None if blocked else detoxify_downloadable(variant, config_dir)
    if remote:
        return "detoxify", f"auto: no Detoxify {variant!r} weights cached; {remote}"
    why = (f"{blocked} is set, so nothing is downloaded" if blocked
           else "Detoxify is not installed or its download hosts are unreachable")
    return "minilm", f"auto: no Detoxify {variant!r} weights on this machine and {why}"
