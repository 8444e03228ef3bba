"""Vision-language generation: transformers image-text-to-text models (LLaVA-, Qwen-VL-, BLIP-style) with
their processor; the probe's images go in as PIL images placed by the processor's chat template."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from auditkit.errors import TargetError
from auditkit.records.attempts import GenerationRequest, Response
from auditkit.records.probes import Message, last_user_text
from auditkit.targets.hf_batching import Prepared
from auditkit.targets.hf_config import GenerationOptions
from auditkit.targets.hf_decoding import generation_config, logits_processors, responses, stop_ids
from auditkit.targets.hf_runtime import load_pretrained, torch_dtype

# Captioners whose decoder takes the prompt as a caption prefix with absolute positions: left padding
# would shift those positions, so their batches hold prompts of one length only; they need an image and
# return the prompt (less its final separator) ahead of the new tokens.
CAPTIONERS = frozenset({"blip"})


def chat_messages(messages: list[Message], images: int) -> list[dict[str, Any]]:
    """Messages as content parts, with one image part per image ahead of the last user message's text."""
    users = [i for i, m in enumerate(messages) if m.role == "user"]
    at = users[-1] if users else len(messages) - 1
    chat = []
    for i, m in enumerate(messages):
        parts: list[dict[str, Any]] = [{"type": "image"} for _ in range(images)] if i == at else []
        parts.append({"type": "text", "text": m.content})
        chat.append({"role": m.role, "content": parts})
    return chat


def load_images(paths: list[str]) -> list[Any]:
    """Open image files as RGB PIL images."""
    from PIL import Image

    images = []
    for path in paths:
        with Image.open(path) as image:
            images.append(image.convert("RGB"))
    return images


class VisionBackend:
    """An image-text-to-text model and its processor, loaded once."""

    kind = "vision"

    def __init__(self, source: dict[str, Any], options: GenerationOptions, *, device: str, dtype: str, name: str):
        from transformers import AutoModelForImageTextToText, AutoProcessor

        self.options = options
        self.name = name
        self.device = device
        self.dtype = torch_dtype(dtype)
        self.processor, self.model = load_pretrained(AutoModelForImageTextToText, AutoProcessor, source,
                                                     device=device, dtype=dtype)
        self.tokenizer = self.processor.tokenizer
        # Decoder-only VLMs generate after the prompt, so prompts are padded on the left.
        self.tokenizer.padding_side = "left"
        self.captioner = self.model.config.model_type in CAPTIONERS
        self.templated = bool(getattr(self.processor, "chat_template", None))
        self.stops = stop_ids(self.model, self.tokenizer)
        text_config = getattr(self.model.config, "text_config", None)
        if self.captioner and text_config is not None and getattr(text_config, "sep_token_id", None) is not None:
            self.stops.add(int(text_config.sep_token_id))
        self.generation_config = generation_config(self.model, options, pad_token_id=self.tokenizer.pad_token_id)
        self._lock = threading.Lock()

    def prompt_text(self, messages: list[Message], images: int) -> str:
        """The text the processor receives: the chat template with image slots, or the last user message."""
        if not self.templated:
            # Captioners take no conversation: the user's text is the caption prefix.
            return last_user_text(messages)
        return self.processor.apply_chat_template(chat_messages(messages, images), add_generation_prompt=True,
                                                  tokenize=False)

    def prepare(self, request: GenerationRequest) -> Prepared:
        """Template and measure one request; TargetError for missing images or a captioner without one."""
        if self.captioner and not request.images:
            raise TargetError(f"{self.name} is an image captioner and needs an image; this probe has none",
                              kind="unsupported_input")
        missing = [p for p in request.images if not Path(p).is_file()]
        if missing:
            raise TargetError(f"{self.name}: image not found: {missing[0]}", kind="image")
        text = self.prompt_text(request.messages, len(request.images))
        with self._lock:
            length = len(self.tokenizer(text)["input_ids"])
        # Requests batch together only with the same number of images (and, for captioners, the same length).
        key = (len(request.images), length if self.captioner else None)
        return Prepared(key=key, length=length, seed=request.seed, data=(text, list(request.images)))

    def run(self, batch: list[Prepared]) -> list[Response | TargetError]:
        """Generate for a batch; a request whose image cannot be read gets its own TargetError."""
        results: list[Response | TargetError | None] = [None] * len(batch)
        readable: list[tuple[int, list[Any]]] = []
        for i, p in enumerate(batch):
            try:
                readable.append((i, load_images(p.data[1])))
            except Exception as exc:  # noqa: BLE001 - Pillow raises many types for unreadable files
                results[i] = TargetError(f"{self.name}: cannot read image: {type(exc).__name__}: {exc}",
                                         kind="image")
        if readable:
            answers = self._generate([batch[i] for i, _ in readable], [images for _, images in readable])
            for (i, _), answer in zip(readable, answers, strict=True):
                results[i] = answer
        return [r for r in results if r is not None]

    def _generate(self, batch: list[Prepared], images: list[list[Any]]) -> list[Response]:
        import torch

        flat = [image for row in images for image in row]
        with self._lock:
            inputs = self.processor(text=[p.data[0] for p in batch], images=flat or None, padding=True,
                                    return_tensors="pt")
        inputs = inputs.to(self.device)
        if "pixel_values" in inputs:
            inputs["pixel_values"] = inputs["pixel_values"].to(self.dtype)
        width = inputs["input_ids"].shape[1]
        lengths = inputs["attention_mask"].sum(dim=1).tolist()
        processors = logits_processors(self.options, [p.seed for p in batch], self.device)
        with torch.inference_mode():
            output = self.model.generate(**inputs, generation_config=self.generation_config,
                                         logits_processor=processors)
        start = width - 1 if self.captioner else width
        with self._lock:
            return responses(self.tokenizer, output[:, start:].tolist(), lengths, stops=self.stops, model=self.name)
