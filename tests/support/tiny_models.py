"""Tiny random transformers models saved to disk, built from configs with tokenizers trained here: no download.

Each builder writes a directory that `hf:PATH` loads through the real loading code:

    gpt2 = build_tiny_gpt2(tmp_path / "gpt2")      # 2-layer GPT-2, byte-level BPE tokenizer, no chat template
    llava = build_tiny_llava(tmp_path / "llava")   # CLIP vision tower + 2-layer Llama, LlavaProcessor, chat template
    blip = build_tiny_blip(tmp_path / "blip")      # BLIP captioner with a WordPiece tokenizer
    audio = build_tiny_qwen2_audio(tmp_path / "a") # Whisper-style encoder + 2-layer Qwen2, Qwen2AudioProcessor

Weights are random (seeded), so outputs are gibberish but deterministic; that is all the tests need.
"""

from __future__ import annotations

import asyncio
import atexit
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

# Words that the probes of the tests use, so that the trained tokenizers split them into few tokens.
CORPUS = [
    "Tell me about cats and dogs. Describe this image in one sentence.",
    "You are a helpful assistant. Answer the question briefly and politely.",
    "What is the capital of France? Paris is the capital of France.",
    "Write a short poem about the sea, the sky and the wind.",
    "How do I bake bread? Mix flour, water, salt and yeast, then bake.",
    "Please summarise the following text for a busy reader.",
    "I cannot help with that request. Here is a safer alternative.",
    "The red square sits on a white background in the picture.",
    "Rate the candidate from 1 to 10 for a junior accountant role.",
    "system user assistant image picture photo colour color shape",
] * 4

LLAVA_CHAT_TEMPLATE = (
    "{% for message in messages %}"
    "{{ message['role'].upper() + ': ' }}"
    "{% if message['content'] is string %}{{ message['content'] }}"
    "{% else %}{% for part in message['content'] %}"
    "{% if part['type'] == 'image' %}<image>\n{% elif part['type'] == 'text' %}{{ part['text'] }}{% endif %}"
    "{% endfor %}{% endif %}\n"
    "{% endfor %}"
    "{% if add_generation_prompt %}ASSISTANT:{% endif %}"
)

IMAGE_SIZE = 30
PATCH_SIZE = 6


def _byte_level_tokenizer(special: list[str], vocab_size: int = 400, corpus: list[str] | None = None) -> object:
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=special,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tokenizer.train_from_iterator(CORPUS + (corpus or []), trainer=trainer)
    return tokenizer


def _seed() -> None:
    import torch

    torch.manual_seed(0)


def build_tiny_gpt2(path: Path) -> Path:
    """A 2-layer GPT-2 with a byte-level BPE tokenizer trained on CORPUS; no chat template, no pad token."""
    from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast

    path = Path(path)
    raw = _byte_level_tokenizer(["<|endoftext|>"])
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=raw, bos_token="<|endoftext|>", eos_token="<|endoftext|>",
                                        unk_token="<|endoftext|>")
    eos = tokenizer.convert_tokens_to_ids("<|endoftext|>")
    config = GPT2Config(vocab_size=len(tokenizer), n_positions=256, n_embd=32, n_layer=2, n_head=2,
                        bos_token_id=eos, eos_token_id=eos)
    _seed()
    model = GPT2LMHeadModel(config).eval()
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


def build_tiny_llava(path: Path) -> Path:
    """A LLaVA with a tiny CLIP vision tower and a 2-layer Llama, a real LlavaProcessor and chat template."""
    from transformers import (
        CLIPImageProcessor,
        CLIPVisionConfig,
        LlamaConfig,
        LlavaConfig,
        LlavaForConditionalGeneration,
        LlavaProcessor,
        PreTrainedTokenizerFast,
    )

    path = Path(path)
    raw = _byte_level_tokenizer(["<unk>", "<s>", "</s>", "<image>"])
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=raw, bos_token="<s>", eos_token="</s>", unk_token="<unk>",
                                        pad_token="<unk>", extra_special_tokens={"image_token": "<image>"})
    ids = {t: tokenizer.convert_tokens_to_ids(t) for t in ("<s>", "</s>", "<unk>", "<image>")}
    text = LlamaConfig(vocab_size=len(tokenizer), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                       num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=512,
                       bos_token_id=ids["<s>"], eos_token_id=ids["</s>"], pad_token_id=ids["<unk>"])
    vision = CLIPVisionConfig(hidden_size=16, intermediate_size=32, num_hidden_layers=2, num_attention_heads=2,
                              image_size=IMAGE_SIZE, patch_size=PATCH_SIZE, projection_dim=16)
    config = LlavaConfig(vision_config=vision, text_config=text, image_token_index=ids["<image>"],
                         vision_feature_layer=-1, vision_feature_select_strategy="default")
    _seed()
    model = LlavaForConditionalGeneration(config).eval()
    image_processor = CLIPImageProcessor(size={"shortest_edge": IMAGE_SIZE},
                                         crop_size={"height": IMAGE_SIZE, "width": IMAGE_SIZE})
    processor = LlavaProcessor(image_processor=image_processor, tokenizer=tokenizer, patch_size=PATCH_SIZE,
                               vision_feature_select_strategy="default", chat_template=LLAVA_CHAT_TEMPLATE,
                               num_additional_image_tokens=1)
    model.save_pretrained(path)
    processor.save_pretrained(path)
    return path


def build_tiny_blip(path: Path) -> Path:
    """A BLIP image captioner (tiny ViT + tiny BERT decoder) with a WordPiece tokenizer trained on CORPUS."""
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers
    from transformers import (
        BertTokenizerFast,
        BlipConfig,
        BlipForConditionalGeneration,
        BlipImageProcessor,
        BlipProcessor,
    )

    path = Path(path)
    special = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "[DEC]"]
    raw = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    raw.normalizer = normalizers.BertNormalizer(lowercase=True)
    raw.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    raw.decoder = decoders.WordPiece()
    raw.train_from_iterator(CORPUS, trainer=trainers.WordPieceTrainer(vocab_size=300, special_tokens=special))
    cls, sep = raw.token_to_id("[CLS]"), raw.token_to_id("[SEP]")
    raw.post_processor = processors.TemplateProcessing(single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B [SEP]",
                                                       special_tokens=[("[CLS]", cls), ("[SEP]", sep)])
    tokenizer = BertTokenizerFast(tokenizer_object=raw, unk_token="[UNK]", sep_token="[SEP]", pad_token="[PAD]",
                                  cls_token="[CLS]", mask_token="[MASK]", bos_token="[DEC]")
    config = BlipConfig(
        text_config={"vocab_size": len(tokenizer), "hidden_size": 32, "intermediate_size": 64,
                     "num_hidden_layers": 2, "num_attention_heads": 2, "max_position_embeddings": 128,
                     "encoder_hidden_size": 16, "bos_token_id": raw.token_to_id("[DEC]"),
                     "pad_token_id": raw.token_to_id("[PAD]"), "sep_token_id": sep, "eos_token_id": sep},
        vision_config={"hidden_size": 16, "intermediate_size": 32, "num_hidden_layers": 2,
                       "num_attention_heads": 2, "image_size": IMAGE_SIZE, "patch_size": PATCH_SIZE},
        projection_dim=16,
    )
    _seed()
    model = BlipForConditionalGeneration(config).eval()
    image_processor = BlipImageProcessor(size={"height": IMAGE_SIZE, "width": IMAGE_SIZE})
    processor = BlipProcessor(image_processor=image_processor, tokenizer=tokenizer)
    model.save_pretrained(path)
    processor.save_pretrained(path)
    return path


def build_tiny_qwen2_audio(path: Path) -> Path:
    """A Qwen2-Audio (tiny Whisper-style encoder + 2-layer Qwen2) with a real Qwen2AudioProcessor and its template."""
    from transformers import (
        PreTrainedTokenizerFast,
        Qwen2AudioConfig,
        Qwen2AudioEncoderConfig,
        Qwen2AudioForConditionalGeneration,
        Qwen2AudioProcessor,
        Qwen2Config,
        WhisperFeatureExtractor,
    )

    path = Path(path)
    special = ["<|endoftext|>", "<|im_start|>", "<|im_end|>", "<|AUDIO|>", "<|audio_bos|>", "<|audio_eos|>"]
    raw = _byte_level_tokenizer(special)
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=raw, bos_token="<|endoftext|>", eos_token="<|im_end|>",
                                        pad_token="<|endoftext|>", unk_token="<|endoftext|>")
    ids = {t: tokenizer.convert_tokens_to_ids(t) for t in special}
    text = Qwen2Config(vocab_size=len(tokenizer), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                       num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=2048,
                       bos_token_id=ids["<|endoftext|>"], eos_token_id=ids["<|im_end|>"],
                       pad_token_id=ids["<|endoftext|>"])
    audio = Qwen2AudioEncoderConfig(num_mel_bins=32, encoder_layers=2, encoder_attention_heads=2, encoder_ffn_dim=32,
                                    d_model=16, max_source_positions=1500)
    config = Qwen2AudioConfig(audio_config=audio, text_config=text, audio_token_index=ids["<|AUDIO|>"])
    _seed()
    model = Qwen2AudioForConditionalGeneration(config).eval()
    processor = Qwen2AudioProcessor(feature_extractor=WhisperFeatureExtractor(feature_size=32), tokenizer=tokenizer)
    model.save_pretrained(path)
    processor.save_pretrained(path)
    return path


def write_png(path: Path, colour: tuple[int, int, int] = (200, 30, 30), size: int = 40) -> Path:
    """A small PNG (a coloured square on white) made with Pillow."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (size, size), "white")
    ImageDraw.Draw(image).rectangle([size // 4, size // 4, 3 * size // 4, 3 * size // 4], fill=colour)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path)
    return path


BUILDERS = {"gpt2": build_tiny_gpt2, "llava": build_tiny_llava, "blip": build_tiny_blip,
            "qwen2-audio": build_tiny_qwen2_audio}
_BUILT: dict[str, Path] = {}


def tiny_model(kind: str) -> Path:
    """The folder of a tiny model ('gpt2', 'llava' or 'blip'), built once per test session."""
    if kind not in _BUILT:
        root = Path(tempfile.mkdtemp(prefix="auditkit-tiny-"))
        atexit.register(shutil.rmtree, root, True)
        _BUILT[kind] = BUILDERS[kind](root / kind)
    return _BUILT[kind]


def write_suite(folder: Path, name: str, prompts: list[str], *, image: str | None = None,
                category: str = "over_refusal", expected: str = "comply") -> Path:
    """A suite file with one probe per prompt (each showing `image`, a file in `folder`, when given)."""
    lines = [f"suite: {name}", f"description: tiny {name} suite for the hf target tests", "probes:"]
    for i, prompt in enumerate(prompts):
        lines += [f"  - id: {name}-{i}", f"    category: {category}", f"    expected: {expected}",
                  f"    prompt: {json.dumps(prompt)}"]
        if image:
            lines.append(f"    images: [{image}]")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def generate_all(target: Any, requests: list[Any], *, together: bool) -> list[Any]:
    """Answers (or the TargetErrors) for every request: all in flight at once, or one after another (a
    failure then ends the loop); the target is closed afterwards."""

    async def main() -> list[Any]:
        try:
            if together:
                return await asyncio.gather(*(target.generate(r) for r in requests), return_exceptions=True)
            return [await target.generate(r) for r in requests]
        finally:
            await target.aclose()

    return asyncio.run(main())
