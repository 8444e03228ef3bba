"""Generated audio and video of probes: content-addressed files in the cache, made when a run is planned.

A probe with a `speech:` or `clip:` spec (from its suite file, or from a transform such as `speak`) gets the
path of its WAV or MP4 file when it is expanded; the file is synthesised at plan time, once per distinct spec,
and reused from the cache. The cache key hashes the filled spec and the renderer version, like generated images.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from auditkit.atomic import write_atomic_bytes
from auditkit.records.probes import ClipSpec, Message, Probe, SpeechSpec, clip_frames
from auditkit.suites.images import cache_dir

SPEECH_VERSION = "1"
CLIP_VERSION = "1"
SPOKEN_PROMPT = "Listen to the audio clip and respond to the request in it."
CLIP_PROMPT = "Watch the video and respond to the request shown in it."


def media_key(version: str, spec: SpeechSpec | ClipSpec) -> str:
    """Content address of a generated clip: a hash of the filled spec and the renderer version."""
    canonical = json.dumps({"renderer": version, "spec": spec.model_dump(mode="json")}, sort_keys=True,
                           ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:24]


def speech_path(spec: SpeechSpec) -> Path:
    """Where the WAV file of a filled speech spec lives in the cache."""
    return cache_dir().parent / "audio" / f"speech-{media_key(SPEECH_VERSION, spec)}.wav"


def clip_path(spec: ClipSpec) -> Path:
    """Where the MP4 file of a filled clip spec lives in the cache (its frames in a folder beside it)."""
    return cache_dir().parent / "video" / f"{spec.layout}-{media_key(CLIP_VERSION, spec)}.mp4"


def _replace_request(messages: list[Message], text: str) -> list[Message]:
    out = list(messages)
    for i in range(len(out) - 1, -1, -1):
        if out[i].role == "user":
            out[i] = Message(role="user", content=text)
            break
    return out


def with_media(probe: Probe) -> Probe:
    """The probe with its speech and clip specs filled and their file paths set.

    A spec without `text` takes the probe's request: the request is then spoken (or shown) instead of written,
    and the text message becomes the spec's `prompt` (or a plain request to answer the clip). Idempotent.
    """
    update: dict[str, object] = {}
    messages = probe.messages
    if probe.speech is not None:
        speech = probe.speech
        if speech.text is None:
            speech = speech.model_copy(update={"text": probe.user_text})
            messages = _replace_request(messages, speech.prompt or SPOKEN_PROMPT)
        elif speech.prompt:
            messages = _replace_request(messages, speech.prompt)
        update |= {"speech": speech, "audio": [str(speech_path(speech))]}
    if probe.clip is not None:
        clip = probe.clip
        if clip.text is None:
            clip = clip.model_copy(update={"text": last_text(probe)})
            messages = _replace_request(messages, clip.prompt or CLIP_PROMPT)
        elif clip.prompt:
            messages = _replace_request(messages, clip.prompt)
        update |= {"clip": clip, "video": [str(clip_path(clip))]}
    if not update:
        return probe
    return probe.model_copy(update={**update, "messages": messages})


def last_text(probe: Probe) -> str:
    """What a clip shows by default: the spoken text when the probe is also spoken, else its request."""
    return probe.speech.text if probe.speech is not None and probe.speech.text else probe.user_text


def ensure_media(probe: Probe) -> None:
    """Synthesise the probe's audio and video into the cache unless they are already there."""
    if probe.speech is not None and probe.audio:
        path = Path(probe.audio[-1])
        if not path.is_file():
            from auditkit.suites.speech import render_wav

            write_atomic_bytes(path, render_wav(probe.speech))
    if probe.clip is not None and probe.video:
        path = Path(probe.video[-1])
        frames_dir = Path(clip_frames(str(path)))
        if not path.is_file() or not frames_dir.is_dir():
            from auditkit.suites.video import draw_frames, encode_mp4

            frames = draw_frames(probe.clip)
            for i, frame in enumerate(frames):
                write_atomic_bytes(frames_dir / f"{i:03d}.png", frame)
            write_atomic_bytes(path, encode_mp4(frames, probe.clip))
