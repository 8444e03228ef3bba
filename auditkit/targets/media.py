"""Audio and video of a request as targets take them: chat content parts, sample arrays, frame lists.

A target that cannot take a modality raises TargetError(kind="unsupported_input") rather than sending the
text alone: a model answering "listen to the audio clip" without the clip would say nothing about its safety.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from auditkit.errors import TargetError
from auditkit.records.attempts import GenerationRequest
from auditkit.records.probes import clip_frames
from auditkit.targets.images import image_content_part, read_media_file

MAX_MEDIA_BYTES = 50 * 1024 * 1024


def _read(path: str, what: str) -> bytes:
    return read_media_file(path, what, MAX_MEDIA_BYTES)


def audio_content_part(path: str) -> dict[str, Any]:
    """The OpenAI chat content part for a WAV file: `input_audio` with base64 data and its format."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in {"wav", "mp3"}:
        raise TargetError(f"audio {path!r}: unsupported type {suffix!r}; supported: mp3, wav", kind="bad_request")
    data = base64.b64encode(_read(path, "audio")).decode("ascii")
    return {"type": "input_audio", "input_audio": {"data": data, "format": suffix}}


def video_content_part(path: str) -> dict[str, Any]:
    """vLLM's chat content part for an MP4 file: `video_url` holding a data URL."""
    data = base64.b64encode(_read(path, "video")).decode("ascii")
    return {"type": "video_url", "video_url": {"url": f"data:video/mp4;base64,{data}"}}


def frame_files(video: str) -> list[str]:
    """The PNG frames kept beside an MP4 clip, in order; TargetError when there are none."""
    folder = Path(clip_frames(video))
    frames = sorted(str(p) for p in folder.glob("*.png")) if folder.is_dir() else []
    if not frames:
        raise TargetError(f"video {video!r}: no frames beside it (expected {folder}/000.png, ...)", kind="bad_request")
    return frames


def frame_parts(video: str) -> list[dict[str, Any]]:
    """One image part per frame of a clip, for endpoints that take images but not video."""
    return [image_content_part(frame) for frame in frame_files(video)]


def refuse_media(name: str, request: GenerationRequest, *, audio: bool = False, video: bool = False) -> None:
    """Raise unsupported_input when the request carries audio or video that this target cannot take."""
    if request.audio and not audio:
        raise TargetError(f"{name} cannot take audio; the probe carries {len(request.audio)} clip(s)",
                          kind="unsupported_input")
    if request.video and not video:
        raise TargetError(f"{name} cannot take video; the probe carries {len(request.video)} clip(s)",
                          kind="unsupported_input")


def read_wav(path: str, rate: int) -> Any:
    """A WAV file's samples as float32 in [-1, 1], mono, resampled (linearly) to `rate` Hz (needs numpy)."""
    import wave

    import numpy as np

    with wave.open(path, "rb") as file:
        channels, width, source = file.getnchannels(), file.getsampwidth(), file.getframerate()
        raw = file.readframes(file.getnframes())
    if width != 2:
        raise TargetError(f"audio {path!r}: expected 16-bit PCM, got {8 * width}-bit", kind="bad_request")
    samples = np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768.0
    if channels > 1:
        samples = samples.reshape(-1, channels).mean(axis=1)
    if source != rate and len(samples):
        at = np.arange(round(len(samples) * rate / source)) * (source / rate)
        samples = np.interp(at, np.arange(len(samples)), samples).astype(np.float32)
    return samples
