"""Video probes: a request spread over typographic frames, encoded as MP4 by the ffmpeg that `imageio-ffmpeg` ships.

Imported only when a clip is made (it needs Pillow). Frames are drawn by the typographic image layout and
centred on a canvas of fixed size; libx264 runs single-threaded with bit-exact flags, so one spec always gives
the same MP4 bytes. The frames are also kept as PNG files beside the MP4, for targets that take frame lists.
"""

from __future__ import annotations

import io
import subprocess

from auditkit.errors import InputError, MissingExtraError
from auditkit.records.probes import ClipSpec, RenderSpec

TIMEOUT_S = 120.0


def frame_texts(spec: ClipSpec) -> list[str]:
    """The text of each frame, in order, for the clip's layout."""
    words = (spec.text or "").split()
    if spec.layout == "caption":
        return [" ".join(words[:i]) for i in range(1, len(words) + 1)] or [""]
    if spec.layout == "typographic":
        n = spec.words_per_frame
        return [" ".join(words[i:i + n]) for i in range(0, len(words), n)] or [""]
    # hidden: filler frames, the request over two frames in the middle, filler again.
    filler = spec.filler.split()
    third = max(1, len(filler) // 3)
    chunks = [" ".join(filler[i:i + third]) for i in range(0, len(filler), third)]
    half = (len(words) + 1) // 2
    middle = [" ".join(words[:half]), " ".join(words[half:])] if len(words) > 1 else [" ".join(words)]
    cut = (len(chunks) + 1) // 2
    return chunks[:cut] + middle + chunks[cut:]


def draw_frames(spec: ClipSpec) -> list[bytes]:
    """Each frame as PNG bytes of exactly width x height pixels."""
    try:
        from PIL import Image

        from auditkit.suites.image_layouts import draw
    except ImportError as exc:
        raise MissingExtraError("video probes", "vision", "Pillow") from exc
    frames = []
    for i, text in enumerate(frame_texts(spec)):
        page = RenderSpec(kind="typographic", lines=[text] if text else [], width=spec.width,
                          font_size=spec.font_size, seed=spec.seed + i)
        with Image.open(io.BytesIO(draw(page))) as drawn:
            canvas = Image.new("RGB", (spec.width, spec.height), (255, 255, 255))
            top = max(0, (spec.height - drawn.height) // 2)
            canvas.paste(drawn.crop((0, 0, spec.width, min(drawn.height, spec.height))), (0, top))
        out = io.BytesIO()
        canvas.save(out, format="PNG", compress_level=3)
        frames.append(out.getvalue())
    return frames


def ffmpeg_exe() -> str:
    """The ffmpeg binary that imageio-ffmpeg ships."""
    try:
        import imageio_ffmpeg
    except ImportError as exc:
        raise MissingExtraError("video probes", "media", "imageio-ffmpeg") from exc
    return imageio_ffmpeg.get_ffmpeg_exe()


def encode_mp4(frames: list[bytes], spec: ClipSpec) -> bytes:
    """H.264 MP4 bytes of the PNG frames at the clip's frame rate (deterministic encoder settings)."""
    from PIL import Image

    raw = b"".join(Image.open(io.BytesIO(f)).convert("RGB").tobytes() for f in frames)
    command = [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-f", "rawvideo", "-pix_fmt", "rgb24",
               "-s", f"{spec.width}x{spec.height}", "-r", str(spec.fps), "-i", "pipe:0",
               "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-threads", "1",
               "-x264-params", "threads=1:lookahead-threads=1", "-fflags", "+bitexact", "-flags:v", "+bitexact",
               # A pipe cannot be seeked back into, so the MP4 is written fragmented, index first.
               "-map_metadata", "-1", "-movflags", "frag_keyframe+empty_moov", "-f", "mp4", "pipe:1"]
    done = subprocess.run(command, input=raw, capture_output=True, timeout=TIMEOUT_S, check=False)
    if done.returncode != 0 or not done.stdout:
        raise InputError(f"video probe: ffmpeg failed: {done.stderr.decode('utf-8', 'replace')[-300:]}")
    return done.stdout
