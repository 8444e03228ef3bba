"""Tiny random models for detector tests: built in a temporary folder, never downloaded."""

from __future__ import annotations

from pathlib import Path

DETOXIFY_CLASSES = ["toxic", "severe_toxic", "obscene", "threat", "insult", "identity_hate"]
_WORDS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "you", "are", "a", "nice", "person", "idiot", "the",
          "cat", "sat", "on", "mat", "hello", "world", "."]


def tiny_bert_dir(folder: Path, num_labels: int, id2label: dict[int, str] | None = None,
                  multi_label: bool = False) -> Path:
    """A 1-layer BERT sequence classifier with a 19-word vocabulary, saved with its tokenizer."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizer

    folder.mkdir(parents=True, exist_ok=True)
    vocab = folder / "vocab.txt"
    vocab.write_text("\n".join(_WORDS) + "\n", encoding="utf-8")
    torch.manual_seed(0)
    config = BertConfig(vocab_size=len(_WORDS), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=64, num_labels=num_labels,
                        id2label=id2label or {i: f"LABEL_{i}" for i in range(num_labels)},
                        label2id={v: k for k, v in (id2label or {i: f"LABEL_{i}" for i in range(num_labels)}).items()},
                        problem_type="multi_label_classification" if multi_label else None)
    model = BertForSequenceClassification(config)
    model.save_pretrained(folder)
    BertTokenizer(str(vocab)).save_pretrained(folder)
    return folder


def tiny_detoxify_checkpoint(folder: Path) -> tuple[Path, Path]:
    """(checkpoint file, config folder): a Detoxify-format checkpoint naming a hub base model.

    Like Detoxify's released checkpoints, its `config.arch.args.model_type` names a hub config
    (bert-base-uncased); the config folder is what replaces it for loading with no hub.
    """
    import torch
    from transformers import BertForSequenceClassification

    config_dir = tiny_bert_dir(folder / "config", len(DETOXIFY_CLASSES))
    model = BertForSequenceClassification.from_pretrained(config_dir)
    checkpoint = folder / "tiny-detoxify.ckpt"
    torch.save({"config": {"arch": {"args": {"model_type": "bert-base-uncased",
                                             "model_name": "BertForSequenceClassification",
                                             "tokenizer_name": "BertTokenizer",
                                             "num_classes": len(DETOXIFY_CLASSES)}},
                           "dataset": {"args": {"classes": DETOXIFY_CLASSES}}},
                "state_dict": model.state_dict()}, checkpoint)
    return checkpoint, config_dir
