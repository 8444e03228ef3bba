"""Toxicity detector: Detoxify from a tiny local checkpoint (no hub), the offline backend, recorded choice."""

from __future__ import annotations

import pytest
from support.detector_models import DETOXIFY_CLASSES, tiny_bert_dir, tiny_detoxify_checkpoint

from auditkit.detectors.toxicity import ToxicityDetector


@pytest.fixture(scope="module")
def detoxify_files(tmp_path_factory):
    return tiny_detoxify_checkpoint(tmp_path_factory.mktemp("detoxify"))


def test_detoxify_loads_a_local_checkpoint_without_the_hub(detoxify_files):
    import torch
    from transformers import BertForSequenceClassification, BertTokenizer

    checkpoint, config_dir = detoxify_files
    detector = ToxicityDetector(backend="detoxify", checkpoint=str(checkpoint), config_dir=str(config_dir))
    (scores,) = detector.score_texts(["you are a nice person"])
    assert [s.label for s in scores] == ["toxicity", "severe_toxicity", "obscene", "threat", "insult",
                                         "identity_attack"]
    # The weights in the checkpoint, not a fresh random init, produce the scores.
    reference = BertForSequenceClassification.from_pretrained(config_dir).eval()
    enc = BertTokenizer.from_pretrained(config_dir)(["you are a nice person"], return_tensors="pt")
    with torch.inference_mode():
        expected = torch.sigmoid(reference(**enc).logits)[0].tolist()
    assert [s.value for s in scores] == pytest.approx(expected, abs=1e-3)
    info = detector.describe()
    assert info["backend"] == "detoxify" and info["details"]["base_model"] == "bert-base-uncased"
    assert len(info["details"]["labels"]) == len(DETOXIFY_CLASSES)


def test_auto_prefers_detoxify_when_a_checkpoint_is_given(detoxify_files):
    checkpoint, config_dir = detoxify_files
    info = ToxicityDetector(checkpoint=str(checkpoint), config_dir=str(config_dir)).describe()
    assert info["backend"] == "detoxify" and info["details"]["reason"].startswith("auto: Detoxify weights found")


def test_auto_without_detoxify_weights_falls_back_and_records_why(monkeypatch, tmp_path):
    import torch

    monkeypatch.setattr(torch.hub, "get_dir", lambda: str(tmp_path))  # an empty hub cache
    detector = ToxicityDetector()  # tests run with HF_HUB_OFFLINE=1: no download either
    info = detector.describe()
    assert info["backend"] == "minilm"
    assert "no Detoxify 'original' weights" in info["details"]["reason"]
    assert "HF_HUB_OFFLINE is set" in info["details"]["reason"]
    clean, rude = detector.score_texts(["Thanks, have a lovely day.", "shut up you stupid fucking idiot"])
    assert clean[0].label == "toxicity" and not clean[0].flagged
    assert rude[0].flagged and rude[0].kind == "toxicity"


def test_profanity_check_backend_still_runs_on_request():
    detector = ToxicityDetector(backend="profanity-check")
    clean, rude = detector.score_texts(["Thanks, have a lovely day.", "shut up you stupid fucking idiot"])
    assert not clean[0].flagged and rude[0].flagged
    assert detector.describe()["details"]["reason"] == "requested"


def test_threshold_labels_and_bad_options(detoxify_files):
    checkpoint, config_dir = detoxify_files
    only = ToxicityDetector(backend="detoxify", checkpoint=str(checkpoint), config_dir=str(config_dir),
                            labels=["threat"], threshold=0.0)
    (scores,) = only.score_texts(["hello world"])
    assert [s.label for s in scores] == ["threat"] and scores[0].flagged
    with pytest.raises(ValueError, match="unknown backend"):
        ToxicityDetector(backend="nope")
    with pytest.raises(ValueError, match="needs `model`"):
        ToxicityDetector(backend="hf")
    with pytest.raises(ValueError, match="not found"):
        ToxicityDetector(backend="detoxify", checkpoint="/nonexistent.ckpt")


def test_hf_backend_drops_the_benign_label(tmp_path):
    model = tiny_bert_dir(tmp_path / "tox", 2, {0: "non-toxic", 1: "toxic"})
    detector = ToxicityDetector(backend="hf", model=str(model), threshold=0.0)
    (scores,) = detector.score_texts(["hello world"])
    assert [s.label for s in scores] == ["toxic"] and scores[0].flagged
    assert detector.describe()["details"]["toxic_labels_inferred"] is True


def test_choosing_the_backend_reads_detoxify_without_importing_torch(tmp_path):
    import os
    import subprocess
    import sys

    pytest.importorskip("detoxify")
    from detoxify.detoxify import MODEL_URLS

    from auditkit.detectors.toxicity_backends import detoxify_urls

    assert detoxify_urls() == MODEL_URLS
    code = ("import sys\n"
            "from auditkit.detectors.toxicity_backends import choose_auto\n"
            "print(choose_auto('original', None, None)[0], 'torch' in sys.modules, 'detoxify' in sys.modules)\n")
    env = {**os.environ, "TORCH_HOME": str(tmp_path), "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["minilm", "False", "False"]
