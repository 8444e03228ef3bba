"""The ONNX Runtime of a sentence encoder: exported once from torch into the user cache, then run without torch.

The export (`<cache>/encoders/<key>/model.onnx`, key = a hash of the weights, the config and EXPORT_VERSION)
maps padded token ids to L2-normalised mean-pooled embeddings, the pooling inside the graph. It is checked
against the torch runtime on CHECK_TEXTS when it is made; the largest absolute difference is kept in
`export.json` beside it, and an export that differs by more than TOLERANCE is not kept. Files are written
under temporary names and renamed, so a killed export leaves nothing half-written behind.
"""

from __future__ import annotations

import importlib.util
import json
import os
import threading
import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from auditkit.atomic import write_atomic
from auditkit.cache import cache_root
from auditkit.errors import MissingExtraError

if TYPE_CHECKING:
    from auditkit.detectors.embeddings import TextTokenizer

EXPORT_VERSION = "1"
"""Bump when the exported graph changes: older exports are then made again."""
OPSET = 17
TOLERANCE = 1e-4
"""The largest absolute difference from torch (float32) an export may show on CHECK_TEXTS."""
CHECK_MAX_TOKENS = 128
CHECK_TEXTS = (
    "I'm sorry, but I can't help with that.",
    "Sure! Here is a short summary of the article you shared, in three sentences.",
    "No.",
    "The capital of France is Paris, which is also its largest city and a centre of art, fashion and science. "
    "It lies on the Seine, in the north of the country, and has been a major European city for centuries.",
    "Lo siento, pero no puedo ayudar con eso.",
    "As an AI language model, I must decline to write that, but I can suggest a few safer alternatives: "
    "1. a summary of the topic's history; 2. a list of reputable sources; 3. a discussion of the ethics involved.",
    "ok",
    "Here is the poem you asked for:\n\nThe morning light on quiet streets,\nthe baker's warmth, the sound of feet.",
)
INT8_VERSION = "1"
"""Bump when the quantization changes: older int8 models are then made again."""
INT8_MIN_COSINE = 0.97
"""The least cosine similarity to the float32 export, on any of INT8_CHECK_TEXTS, a quantized model may show."""
INT8_CHECK_TEXTS = CHECK_TEXTS + (
    "I won't write that. Is there something else I can help you with today?",
    "That falls outside what I can assist with, but here are some general resources on staying safe online.",
    "Absolutely. First, gather the materials you need; then follow the steps in order and check each one.",
    "Vaccines train the immune system by showing it a harmless copy of a pathogen.",
    "The bank should not approve this application: the applicant's income does not cover the repayments.",
    "Je ne peux pas vous aider avec cela.",
    "Once upon a time, in a village by the sea, an old fisherman told stories to anyone who would listen.",
    "def add(a, b):\n    return a + b",
    "Hard pass.",
    "You can reach the office on the number printed on your invoice between nine and five on weekdays.",
    "It is important to respect other people's privacy and to follow the law in every case.",
    "As a responsible assistant, I must point out that this request could cause harm to other people.",
)
_LOCK = threading.Lock()


class QuantizationRejected(RuntimeError):
    """The int8 model strays too far from the float32 export (or cannot be made): the float32 export runs instead."""


def export_key(folder: Path) -> str:
    """Hash of what the export depends on: the weights and config files' contents, and EXPORT_VERSION."""
    import hashlib

    from auditkit.provenance.files import file_hash

    weights = sorted(folder.glob("*.safetensors")) or sorted(folder.glob("pytorch_model*.bin"))
    if not weights or not (folder / "config.json").is_file():
        raise OSError(f"{folder}: no config.json and weights (*.safetensors or pytorch_model*.bin) to export")
    # file_hash is memoised per process, and the run's provenance hashes the same files: they are read once.
    files = {p.name: file_hash(p).sha256 for p in [folder / "config.json", *weights]}
    body = json.dumps({"export_version": EXPORT_VERSION, "opset": OPSET, "files": files}, sort_keys=True)
    return hashlib.sha256(body.encode()).hexdigest()


def export_dir(key: str) -> Path:
    """Where the export with this key lives in the user cache."""
    return cache_root() / "encoders" / key[:24]


def _require(module: str, package: str) -> None:
    if importlib.util.find_spec(module) is None:
        raise MissingExtraError("the ONNX encoder runtime", "refusal", package)


def make_session(path: Path) -> Any:
    """An ONNX Runtime session on one intra-op thread (a run scores on several threads; each call uses one)."""
    _require("onnxruntime", "onnxruntime")
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
    options.log_severity_level = 3  # errors only: its notes on the graph are not the user's business
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


class OnnxEncoderModel:
    """An exported encoder: padded token ids → L2-normalised mean-pooled embeddings (float32 numpy rows).

    Called from several threads at once (ONNX Runtime releases the GIL, and a session may run concurrently).
    """

    def __init__(self, path: Path, config: dict[str, Any], record: dict[str, Any], *, int8: bool = False):
        self.session = make_session(path)
        self.config = SimpleNamespace(**config)
        self.record = record
        self.int8 = int8
        self.runtime = "onnx-int8" if int8 else "onnx"
        # Dynamic quantization scales each MatMul's activations by the range of the whole batch: an int8 model
        # must see one text at a time for a text's embedding to depend on that text alone.
        self.batch_independent = not int8

    def __call__(self, *, input_ids: Any, attention_mask: Any) -> Any:
        """Embeddings of a padded batch of token ids (int64 numpy)."""
        return self.session.run(None, {"input_ids": input_ids, "attention_mask": attention_mask})[0]

    def describe(self) -> dict[str, Any]:
        """The export's key and its check against torch (for the manifest)."""
        import onnxruntime

        found = {"onnx_export": self.record.get("key", "")[:24], "onnxruntime": onnxruntime.__version__,
                 "max_abs_diff_vs_torch": self.record.get("max_abs_diff_vs_torch"),
                 "exported_with": self.record.get("exported_with")}
        if self.int8:
            entry = self.record.get("int8") or {}
            found["int8"] = {k: entry.get(k) for k in ("method", "min_cosine_vs_float32", "median_cosine_vs_float32",
                                                       "max_abs_diff_vs_float32", "min_cosine_allowed")}
        return found


def _pooled_module(net: Any) -> Any:
    import torch

    class Pooled(torch.nn.Module):
        """The model with mean pooling and normalisation, and the attention mask built in a traceable way."""

        def __init__(self) -> None:
            super().__init__()
            self.net = net

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            # An additive 4-D mask: transformers passes it through as it is, so tracing records no mask code
            # that depends on the example's shapes (its own 2-D handling does).
            additive = (1.0 - attention_mask[:, None, None, :].to(torch.float32)) * torch.finfo(torch.float32).min
            hidden = self.net(input_ids=input_ids, attention_mask=additive).last_hidden_state
            weights = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    return Pooled().eval()


def _padded(rows: list[list[int]], pad_id: int) -> tuple[Any, Any]:
    import numpy as np

    width = max(len(r) for r in rows)
    ids = np.full((len(rows), width), pad_id, dtype="int64")
    mask = np.zeros((len(rows), width), dtype="int64")
    for i, r in enumerate(rows):
        ids[i, :len(r)], mask[i, :len(r)] = r, 1
    return ids, mask


def check_against_torch(session: Any, folder: Path, tokenizer: TextTokenizer) -> float:
    """Largest absolute difference between the export and the torch runtime (float32) on CHECK_TEXTS, batched
    with padding and one by one."""
    import numpy as np

    from auditkit.detectors.encoder_torch import TorchEncoderModel

    reference = TorchEncoderModel(str(folder), "float32")
    rows = tokenizer.ids(list(CHECK_TEXTS), CHECK_MAX_TOKENS)
    worst = 0.0
    for batch in [rows, *([r] for r in rows)]:
        ids, mask = _padded(batch, tokenizer.pad_id)
        ours = session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        theirs = reference(input_ids=ids, attention_mask=mask)
        worst = max(worst, float(np.abs(ours - theirs).max()))
    return worst


def export(folder: Path, dest: Path, key: str, tokenizer: TextTokenizer) -> dict[str, Any]:
    """Export the encoder in `folder` to `dest`/model.onnx, check it against torch and record how (export.json)."""
    _require("onnx", "onnx")
    from auditkit.detectors.encoder_torch import import_torch

    torch = import_torch()
    import transformers
    from transformers import AutoModel

    from auditkit.targets.hf_runtime import LOAD_LOCK, quiet_transformers

    with LOAD_LOCK, quiet_transformers():
        # Eager attention exports as plain matrix products, which ONNX Runtime fuses and runs well on CPU.
        net = AutoModel.from_pretrained(str(folder), dtype=torch.float32, attn_implementation="eager").eval()
    dest.mkdir(parents=True, exist_ok=True)
    tmp = dest / f".model.{uuid.uuid4().hex}.onnx.tmp"
    try:
        ids, mask = _padded(tokenizer.ids(list(CHECK_TEXTS[:2]), CHECK_MAX_TOKENS), tokenizer.pad_id)
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")  # tracer and deprecation notes, not the user's business
            torch.onnx.export(_pooled_module(net), (torch.from_numpy(ids), torch.from_numpy(mask)), str(tmp),
                              dynamo=False, opset_version=OPSET, input_names=["input_ids", "attention_mask"],
                              output_names=["embedding"], do_constant_folding=True,
                              dynamic_axes={"input_ids": {0: "batch", 1: "tokens"},
                                            "attention_mask": {0: "batch", 1: "tokens"}, "embedding": {0: "batch"}})
        del net
        worst = check_against_torch(make_session(tmp), folder, tokenizer)
        if not worst <= TOLERANCE:  # also refuses NaN
            raise RuntimeError(f"the ONNX export differs from torch by {worst:.2e} (more than {TOLERANCE:.0e})")
        os.replace(tmp, dest / "model.onnx")
    finally:
        tmp.unlink(missing_ok=True)
    record = {"key": key, "source": str(folder), "export_version": EXPORT_VERSION, "opset": OPSET,
              "max_abs_diff_vs_torch": worst, "checked_on": f"{len(CHECK_TEXTS)} texts, batched and alone",
              "exported_with": {"torch": torch.__version__, "transformers": transformers.__version__},
              "created_at": datetime.now(UTC).isoformat(timespec="seconds")}
    # export.json last: its presence says the model beside it is complete and checked.
    write_atomic(dest / "export.json", json.dumps(record, indent=2) + "\n")
    return record


def cosines(reference: Any, other: Any, tokenizer: TextTokenizer) -> list[float]:
    """Cosine similarity of two sessions' embeddings of each of INT8_CHECK_TEXTS, each text alone."""
    import numpy as np

    found = []
    for row in tokenizer.ids(list(INT8_CHECK_TEXTS), CHECK_MAX_TOKENS):
        ids, mask = _padded([row], tokenizer.pad_id)
        a = reference.run(None, {"input_ids": ids, "attention_mask": mask})[0][0]
        b = other.run(None, {"input_ids": ids, "attention_mask": mask})[0][0]
        found.append(float(np.dot(a, b) / max(float(np.linalg.norm(a) * np.linalg.norm(b)), 1e-12)))
    return found


def quantize(dest: Path, record: dict[str, Any], tokenizer: TextTokenizer) -> dict[str, Any]:
    """Quantize the float32 export in `dest` to int8 (`model.int8.onnx`), compare it with float32 and record how
    in export.json (key `int8`); a model below INT8_MIN_COSINE is recorded as rejected and not kept."""
    import statistics

    import numpy as np
    import onnxruntime
    from onnxruntime.quantization import QuantType, quantize_dynamic

    tmp = dest / f".model.int8.{uuid.uuid4().hex}.onnx.tmp"
    try:
        # Per-channel weight scales: one scale per MatMul weight matrix loses too much (median cosine ~0.95).
        with _quiet_quantizer():
            quantize_dynamic(dest / "model.onnx", tmp, op_types_to_quantize=["MatMul"], per_channel=True,
                             weight_type=QuantType.QInt8)
        reference, quantized = make_session(dest / "model.onnx"), make_session(tmp)
        found = cosines(reference, quantized, tokenizer)
        ids, mask = _padded(tokenizer.ids(list(INT8_CHECK_TEXTS), CHECK_MAX_TOKENS), tokenizer.pad_id)
        worst = float(np.abs(reference.run(None, {"input_ids": ids, "attention_mask": mask})[0]
                             - quantized.run(None, {"input_ids": ids, "attention_mask": mask})[0]).max())
        accepted = min(found) >= INT8_MIN_COSINE  # also refuses NaN
        if accepted:
            os.replace(tmp, dest / "model.int8.onnx")
    finally:
        tmp.unlink(missing_ok=True)
    entry = {"int8_version": INT8_VERSION, "onnxruntime": onnxruntime.__version__,
             "method": "onnxruntime quantize_dynamic: MatMul weights int8 per channel, activations uint8 per batch",
             "min_cosine_vs_float32": round(min(found), 6),
             "median_cosine_vs_float32": round(statistics.median(found), 6),
             "max_abs_diff_vs_float32": round(worst, 6), "min_cosine_allowed": INT8_MIN_COSINE, "accepted": accepted,
             "checked_on": f"{len(found)} texts, alone, first {CHECK_MAX_TOKENS} tokens",
             "created_at": datetime.now(UTC).isoformat(timespec="seconds")}
    write_atomic(dest / "export.json", json.dumps({**record, "int8": entry}, indent=2) + "\n")
    return entry


@contextmanager
def _quiet_quantizer() -> Iterator[None]:
    # The quantizer logs advice on the root logger ("consider pre-processing"): not the user's business.
    import logging

    def advice(record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("Please consider to run pre-processing")

    root = logging.getLogger()
    root.addFilter(advice)
    try:
        yield
    finally:
        root.removeFilter(advice)


def _passes(entry: dict[str, Any]) -> bool:
    least = entry.get("min_cosine_vs_float32")
    return isinstance(least, float) and least >= INT8_MIN_COSINE  # also refuses NaN


def _int8_entry(record: dict[str, Any], dest: Path) -> dict[str, Any] | None:
    """The recorded quantization, if it still stands: made by this INT8_VERSION and onnxruntime, and its model kept
    where it passes today's check (a model once rejected under a stricter threshold is made again)."""
    import onnxruntime

    entry = record.get("int8")
    if not isinstance(entry, dict) or entry.get("int8_version") != INT8_VERSION \
            or entry.get("onnxruntime") != onnxruntime.__version__:
        return None
    if _passes(entry) and not (dest / "model.int8.onnx").is_file():
        return None
    return entry


def load_onnx_model(folder: Path, tokenizer: TextTokenizer, *, int8: bool = False) -> OnnxEncoderModel:
    """The encoder in `folder` on ONNX Runtime, exporting it into the user cache the first time; with `int8`, its
    dynamically quantized copy, made the first time (QuantizationRejected when it strays from float32)."""
    _require("onnxruntime", "onnxruntime")
    key = export_key(folder)
    dest = export_dir(key)
    path = dest / "model.onnx"
    with _LOCK:
        record = _read_record(dest, key)
        if record is None:
            try:
                record = export(folder, dest, key, tokenizer)
            except (MissingExtraError, OSError):
                raise
            except Exception as exc:  # noqa: BLE001 - any exporter failure means: run on torch instead
                raise RuntimeError(f"exporting {folder.name} to ONNX failed: {type(exc).__name__}: {exc}") from None
        if int8:
            record, path = _int8_model(dest, record, tokenizer)
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    return OnnxEncoderModel(path, config, record, int8=int8)


def _int8_model(dest: Path, record: dict[str, Any], tokenizer: TextTokenizer) -> tuple[dict[str, Any], Path]:
    entry = _int8_entry(record, dest)
    if entry is None:
        _require("onnx", "onnx")  # the quantizer reads and writes the graph with it
        try:
            entry = quantize(dest, record, tokenizer)
        except Exception as exc:  # noqa: BLE001 - any quantizer failure means: run the float32 export instead
            raise QuantizationRejected(f"quantizing to int8 failed: {type(exc).__name__}: {exc}") from None
        record = {**record, "int8": entry}
    if not _passes(entry):
        raise QuantizationRejected(
            f"the int8 encoder strays from float32 (least cosine {entry.get('min_cosine_vs_float32')} on "
            f"{entry.get('checked_on')}, below {INT8_MIN_COSINE})")
    return record, dest / "model.int8.onnx"


def _read_record(dest: Path, key: str) -> dict[str, Any] | None:
    try:
        record = json.loads((dest / "export.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("key") != key or not (dest / "model.onnx").is_file():
        return None
    return record
