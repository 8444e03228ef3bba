"""Spoken probes: text rendered as speech with the espeak-ng library that `espeakng-loader` ships (offline).

Imported only when a clip is synthesised. Each clip is spoken by a fresh process (see espeak_child), so the
same text, voice, rate, pitch and seed give the same samples on every run and in any order. Background noise
is drawn from the spec's seed, so a noisy clip is as reproducible as a clean one.
"""

from __future__ import annotations

import array
import io
import json
import random
import subprocess
import sys
import wave
from pathlib import Path

from auditkit.errors import InputError, MissingExtraError
from auditkit.records.probes import SpeechSpec

TAIL_S = 0.25  # silence after the speech, so a clip does not end on a clipped phoneme
TIMEOUT_S = 60.0
_CHILD = Path(__file__).with_name("espeak_child.py")


def _library() -> tuple[str, str]:
    try:
        import espeakng_loader
    except ImportError as exc:
        raise MissingExtraError("spoken probes", "media", "espeakng-loader") from exc
    return espeakng_loader.get_library_path(), espeakng_loader.get_data_path()


def synthesise(text: str, *, voice: str, rate: int, pitch: int, seed: int) -> tuple[array.array, int]:
    """Mono 16-bit samples of the text spoken by espeak-ng, and their sample rate."""
    library, data = _library()
    job = json.dumps({"text": text, "voice": voice, "rate": rate, "pitch": pitch, "seed": seed})
    done = subprocess.run([sys.executable, "-I", str(_CHILD), library, data], input=job.encode("utf-8"),
                          capture_output=True, timeout=TIMEOUT_S, check=False)
    if done.returncode != 0 or len(done.stdout) < 4:
        why = done.stderr.decode("utf-8", "replace").strip()[-300:] or f"exit status {done.returncode}"
        raise InputError(f"spoken probe: espeak-ng failed: {why}")
    samples = array.array("h")
    samples.frombytes(done.stdout[4:len(done.stdout) - (len(done.stdout) - 4) % 2])
    if sys.byteorder != "little":
        samples.byteswap()
    return samples, int.from_bytes(done.stdout[:4], "little")


def add_noise(samples: array.array, level: float, seed: int) -> array.array:
    """Mix seeded white noise in at `level` (its peak as a fraction of full scale); clipped to 16 bits."""
    if level <= 0:
        return samples
    rng = random.Random(seed)
    peak = level * 32767
    return array.array("h", (max(-32768, min(32767, round(s + rng.uniform(-peak, peak)))) for s in samples))


def wav_bytes(samples: array.array, rate: int) -> bytes:
    """A mono 16-bit PCM WAV file holding the samples."""
    if sys.byteorder != "little":
        samples = array.array("h", samples)
        samples.byteswap()
    out = io.BytesIO()
    with wave.open(out, "wb") as file:
        file.setnchannels(1)
        file.setsampwidth(2)
        file.setframerate(rate)
        file.writeframes(samples.tobytes())
    return out.getvalue()


def render_wav(spec: SpeechSpec) -> bytes:
    """Speak a filled spec and return WAV bytes (same spec, same espeak-ng: same bytes)."""
    samples, rate = synthesise(spec.text or "", voice=spec.voice, rate=spec.rate, pitch=spec.pitch, seed=spec.seed)
    samples.extend([0] * round(rate * TAIL_S))
    return wav_bytes(add_noise(samples, spec.noise, spec.seed), rate)
