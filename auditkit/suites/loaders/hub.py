"""Rows of a Hugging Face dataset, read with the `datasets` library when it is installed and the hub answers."""

from __future__ import annotations

import hashlib
import json

from auditkit.errors import InputError, MissingExtraError
from auditkit.suites.loaders.base import Options, Source

OPTIONS = ("config", "split", "revision", "data_files")


def read_hub(name: str, options: Options) -> Source:
    """Load one split of a dataset (hub id, or a packaged builder such as `csv` with `data_files=`)."""
    try:
        import datasets
    except ImportError:
        raise MissingExtraError("hf: suites", "datasets", "datasets") from None
    config, split = options.get("config"), options.get("split") or "train"
    revision, data_files = options.get("revision"), options.get("data_files")
    try:
        data = datasets.load_dataset(name, config, split=split, revision=revision, data_files=data_files)
    except Exception as exc:  # network, missing dataset, bad split: every failure becomes one clear message
        raise InputError(f"hf:{name}: could not load split {split!r}: {type(exc).__name__}: {exc} "
                         "(is the hub reachable, or HF_HUB_OFFLINE set, and are the name, config and split right?)") \
            from None
    rows = [dict(r) for r in data]
    identity = json.dumps({"name": name, "config": config, "split": split, "revision": revision,
                           "data_files": data_files, "fingerprint": getattr(data, "_fingerprint", None)},
                          sort_keys=True)
    info = getattr(data, "info", None)
    return Source(name=f"hf:{name}", rows=rows, sha256=hashlib.sha256(identity.encode()).hexdigest(),
                  columns=list(data.column_names), license=_text(getattr(info, "license", None)),
                  citation=_text(getattr(info, "citation", None)),
                  url=_text(getattr(info, "homepage", None)) or f"https://huggingface.co/datasets/{name}")


def _text(value: object) -> str | None:
    """A data set card's field as text, or None when it is empty."""
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None
