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
_LOCK = threading.Lock()


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

    runtime = "onnx"

    def __init__(self, path: Path, config: dict[str, Any], record: dict[str, Any]):
        self.session = make_session(path)
        self.config = SimpleNamespace(**config)
        self.record = record

    def __call__(self, *, input_ids: Any, attention_mask: Any) -> Any:
        """Embeddings of a padded batch of token ids (int64 numpy)."""
        return self.session.run(None, {"input_ids": input_ids, "attention_mask": attention_mask})[0]

    def describe(self) -> dict[str, Any]:
        """The export's key and its check against torch (for the manifest)."""
        import onnxruntime

        return {"onnx_export": self.record.get("key", "")[:24], "onnxruntime": onnxruntime.__version__,
                "max_abs_diff_vs_torch": self.record.get("max_abs_diff_vs_torch"),
                "exported_with": self.record.get("exported_with")}


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


def load_onnx_model(folder: Path, tokenizer: TextTokenizer) -> OnnxEncoderModel:
    """The encoder in `folder` on ONNX Runtime, exporting it into the user cache the first time."""
    _require("onnxruntime", "onnxruntime")
    key = export_key(folder)
    dest = export_dir(key)
    with _LOCK:
        record = _read_record(dest, key)
        if record is None:
            try:
                record = export(folder, dest, key, tokenizer)
            except (MissingExtraError, OSError):
                raise
            except Exception as exc:  # noqa: BLE001 - any exporter failure means: run on torch instead
                raise RuntimeError(f"exporting {folder.name} to ONNX failed: {type(exc).__name__}: {exc}") from None
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    return OnnxEncoderModel(dest / "model.onnx", config, record)


def _read_record(dest: Path, key: str) -> dict[str, Any] | None:
    try:
        record = json.loads((dest / "export.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("key") != key or not (dest / "model.onnx").is_file():
        return None
    return record
