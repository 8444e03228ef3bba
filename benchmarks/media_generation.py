"""How long do spoken and video probes take to make? Seconds per second of audio, and per video frame.

    python benchmarks/media_generation.py [--repeats 3]

Speech: the requests of the built-in audio-misuse suite (its 40 probes), each synthesised by espeak-ng in its
own process, plain and with background noise; the figure is the median over clips of (synthesis time / clip
duration). Video: the video-typographic suite's 16 requests in the three layouts; the figure is the median over
clips of (drawing + encoding time / frames), with drawing and encoding also reported apart. Nothing is cached:
every clip is made afresh. Writes benchmarks/results/media_generation.json.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import statistics
import sys
import time
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditkit.atomic import write_atomic  # noqa: E402
from auditkit.records.probes import ClipSpec, SpeechSpec  # noqa: E402
from auditkit.suites.load import builtin_suite_files, load_suite_file  # noqa: E402
from auditkit.suites.speech import render_wav  # noqa: E402
from auditkit.suites.video import draw_frames, encode_mp4  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "media_generation.json"


def requests(suite_id: str) -> list[str]:
    """The user texts of a built-in suite's probes."""
    return [p.user_text for p in load_suite_file(builtin_suite_files()[suite_id]).probes]


def speech(texts: list[str], repeats: int) -> dict:
    """Synthesis time per second of audio, plain and with noise (medians over clips)."""
    out = {}
    for label, noise in (("plain", 0.0), ("noise-0.1", 0.1)):
        ratios, durations = [], []
        for _ in range(repeats):
            for text in texts:
                started = time.perf_counter()
                data = render_wav(SpeechSpec(text=text, noise=noise))
                elapsed = time.perf_counter() - started
                with wave.open(io.BytesIO(data)) as file:
                    seconds = file.getnframes() / file.getframerate()
                ratios.append(elapsed / seconds)
                durations.append(seconds)
        out[label] = {"clips": len(ratios), "median_s_per_audio_s": round(statistics.median(ratios), 4),
                      "median_clip_s": round(statistics.median(durations), 2)}
    return out


def video(texts: list[str], repeats: int) -> dict:
    """Drawing and encoding time per frame for each layout (medians over clips)."""
    out = {}
    for layout in ("caption", "typographic", "hidden"):
        per_frame, draw_pf, encode_pf, frames = [], [], [], []
        for _ in range(repeats):
            for text in texts:
                spec = ClipSpec(layout=layout, text=text)
                started = time.perf_counter()
                pngs = draw_frames(spec)
                drawn = time.perf_counter()
                encode_mp4(pngs, spec)
                done = time.perf_counter()
                n = len(pngs)
                per_frame.append((done - started) / n)
                draw_pf.append((drawn - started) / n)
                encode_pf.append((done - drawn) / n)
                frames.append(n)
        out[layout] = {"clips": len(per_frame), "median_frames": statistics.median(frames),
                       "median_s_per_frame": round(statistics.median(per_frame), 4),
                       "median_draw_s_per_frame": round(statistics.median(draw_pf), 4),
                       "median_encode_s_per_frame": round(statistics.median(encode_pf), 4)}
    return out


def main() -> None:
    """Measure and write the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    results = {
        "machine": {"platform": platform.platform(), "python": platform.python_version(), "cpus": os.cpu_count()},
        "speech": speech(requests("audio-misuse"), args.repeats),
        "video": video(requests("video-typographic"), args.repeats),
    }
    write_atomic(RESULTS, json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
