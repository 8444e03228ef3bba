"""Vision-language and audio-language generation: transformers image-text-to-text models (LLaVA-, Qwen-VL-,
BLIP-style) and multimodal LMs (Qwen2-Audio-, Qwen2.5-Omni-style) with their processor; the probe's images go in
as PIL images, its audio as sample arrays and its video as frames, placed by the processor's chat template.

A processor with a video processor gets a clip's frames as one video; one without gets them as images (a frame
list). A processor without an audio feature extractor cannot take audio: such attempts are unsupported_input."""

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
from auditkit.targets.media import frame_files, read_wav

# Captioners whose decoder takes the prompt as a caption prefix with absolute positions: left padding
# would shift those positions, so their batches hold prompts of one length only; they need an image and
# return the prompt (less its final separator) ahead of the new tokens.
CAPTIONERS = frozenset({"blip"})


def chat_messages(messages: list[Message], images: int, audio: int = 0, videos: int = 0) -> list[dict[str, Any]]:
    """Messages as content parts, with one part per image, audio clip and video ahead of the last user message's
    text."""
    users = [i for i, m in enumerate(messages) if m.role == "user"]
    at = users[-1] if users else len(messages) - 1
    media = [{"type": "image"}] * images + [{"type": "audio"}] * audio + [{"type": "video"}] * videos
    chat = []
    for i, m in enumerate(messages):
        parts: list[dict[str, Any]] = [dict(p) for p in media] if i == at else []
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


def _audio_rate(processor: Any) -> int | None:
    extractor = getattr(processor, "feature_extractor", None) or getattr(processor, "audio_processor", None)
    rate = getattr(extractor, "sampling_rate", None)
    return int(rate) if rate else None


class VisionBackend:
    """An image-text-to-text model (or, as MultimodalBackend, a multimodal LM) and its processor, loaded once."""

    kind = "vision"
    auto_class = "AutoModelForImageTextToText"

    def __init__(self, source: dict[str, Any], options: GenerationOptions, *, device: str, dtype: str, name: str):
        import transformers
        from transformers import AutoProcessor

        self.options = options
        self.name = name
        self.device = device
        self.dtype = torch_dtype(dtype)
        self.processor, self.model = load_pretrained(getattr(transformers, self.auto_class), AutoProcessor, source,
                                                     device=device, dtype=dtype)
        self.audio_rate = _audio_rate(self.processor)
        self.takes_video = getattr(self.processor, "video_processor", None) is not None
        self.takes_images = getattr(self.processor, "image_processor", None) is not None
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

    def prompt_text(self, messages: list[Message], images: int, audio: int = 0, videos: int = 0) -> str:
        """The text the processor receives: the chat template with media slots, or the last user message."""
        if not self.templated:
            # Captioners take no conversation: the user's text is the caption prefix.
            return last_user_text(messages)
        return self.processor.apply_chat_template(chat_messages(messages, images, audio, videos),
                                                  add_generation_prompt=True, tokenize=False)

    def _inputs(self, request: GenerationRequest) -> tuple[list[str], list[str], list[str]]:
        """(image files, audio files, video files) as this model takes them; a clip's frames are images for a
        processor without a video processor. TargetError(unsupported_input) for what it cannot take."""
        if request.audio and self.audio_rate is None:
            raise TargetError(f"{self.name} cannot take audio (its processor has no audio feature extractor); "
                              "use an audio-language model such as Qwen2-Audio", kind="unsupported_input")
        if request.video and self.captioner:
            raise TargetError(f"{self.name} is an image captioner and cannot take video", kind="unsupported_input")
        images, videos = list(request.images), list(request.video)
        if videos and not self.takes_video:
            images += [frame for video in videos for frame in frame_files(video)]
            videos = []
        if images and not self.takes_images:
            # Its processor would drop them without a word, and the model answer a prompt about nothing.
            what = "video" if request.video and not request.images else "images"
            raise TargetError(f"{self.name} cannot take {what} (its processor has no image or video processor)",
                              kind="unsupported_input")
        return images, list(request.audio), videos

    def prepare(self, request: GenerationRequest) -> Prepared:
        """Template and measure one request; TargetError for missing media or media the model cannot take."""
        if self.captioner and not request.images:
            raise TargetError(f"{self.name} is an image captioner and needs an image; this probe has none",
                              kind="unsupported_input")
        images, audio, videos = self._inputs(request)
        missing = [p for p in [*images, *audio, *videos] if not Path(p).is_file()]
        if missing:
            raise TargetError(f"{self.name}: media file not found: {missing[0]}", kind="image")
        text = self.prompt_text(request.messages, len(images), len(audio), len(videos))
        with self._lock:
            length = len(self.tokenizer(text)["input_ids"])
        # Requests batch together only with the same media counts (and, for captioners, the same length).
        key = (len(images), len(audio), len(videos), length if self.captioner else None)
        return Prepared(key=key, length=length, seed=request.seed, data=(text, images, audio, videos))

    def run(self, batch: list[Prepared]) -> list[Response | TargetError]:
        """Generate for a batch; a request whose image cannot be read gets its own TargetError."""
        results: list[Response | TargetError | None] = [None] * len(batch)
        readable: list[tuple[int, tuple[list[Any], list[Any], list[Any]]]] = []
        for i, p in enumerate(batch):
            try:
                media = (load_images(p.data[1]), [read_wav(a, self.audio_rate or 16000) for a in p.data[2]],
                         [load_images(frame_files(v)) for v in p.data[3]])
                readable.append((i, media))
            except Exception as exc:  # noqa: BLE001 - Pillow and wave raise many types for unreadable files
                results[i] = TargetError(f"{self.name}: cannot read media: {type(exc).__name__}: {exc}",
                                         kind="image")
        if readable:
            answers = self._generate([batch[i] for i, _ in readable], [media for _, media in readable])
            for (i, _), answer in zip(readable, answers, strict=True):
                results[i] = answer
        return [r for r in results if r is not None]

    def _generate(self, batch: list[Prepared], media: list[tuple[list[Any], list[Any], list[Any]]]) -> list[Response]:
        import torch

        images = [image for row in media for image in row[0]]
        audio = [clip for row in media for clip in row[1]]
        videos = [video for row in media for video in row[2]]
        kwargs: dict[str, Any] = {"images": images or None}
        if audio:
            kwargs |= {"audio": audio, "sampling_rate": self.audio_rate}
        if videos:
            kwargs["videos"] = videos
        with self._lock:
            inputs = self.processor(text=[p.data[0] for p in batch], padding=True, return_tensors="pt", **kwargs)
        inputs = inputs.to(self.device)
        for name in ("pixel_values", "pixel_values_videos", "input_features"):
            if name in inputs:
                inputs[name] = inputs[name].to(self.dtype)
        width = inputs["input_ids"].shape[1]
        lengths = inputs["attention_mask"].sum(dim=1).tolist()
        processors = logits_processors(self.options, [p.seed for p in batch], self.device)
        with torch.inference_mode():
            output = self.model.generate(**inputs, generation_config=self.generation_config,
                                         logits_processor=processors)
        start = width - 1 if self.captioner else width
        with self._lock:
            return responses(self.tokenizer, output[:, start:].tolist(), lengths, stops=self.stops, model=self.name)


class MultimodalBackend(VisionBackend):
    """An any-to-text model (audio-language such as Qwen2-Audio, or omni) loaded with AutoModelForMultimodalLM."""

    kind = "multimodal"
    auto_class = "AutoModelForMultimodalLM"
