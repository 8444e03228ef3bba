"""Generated probe images: deterministic Pillow renderings cached under content-addressed file names.

A probe with a `render:` spec gets the path of its image when the suite is loaded (no Pillow needed);
the file itself is drawn when the run is planned, once per distinct spec, and reused from the cache.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

from auditkit.atomic import write_atomic_bytes
from auditkit.errors import MissingExtraError
from auditkit.records.probes import Probe, RenderSpec

RENDERER_VERSION = "1"
CACHE_ENV = "AUDITKIT_CACHE_DIR"


def cache_dir() -> Path:
    """The folder generated images are kept in: $AUDITKIT_CACHE_DIR, else the user cache folder."""
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured).expanduser() / "images"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "auditkit" / "images"


def image_key(spec: RenderSpec) -> str:
    """Content address of a rendering: a hash of the filled spec and the renderer version."""
    canonical = json.dumps({"renderer": RENDERER_VERSION, "spec": spec.model_dump(mode="json")},
                           sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:24]


def image_path(spec: RenderSpec) -> Path:
    """Where the image for a filled spec lives in the cache."""
    return cache_dir() / f"{spec.kind}-{image_key(spec)}.png"


def render_png(spec: RenderSpec) -> bytes:
    """Draw a filled spec and return the PNG bytes (same spec, same Pillow: same bytes)."""
    try:
        from auditkit.suites.image_layouts import draw
    except ImportError as exc:  # Pillow is the only import there that can be missing
        raise MissingExtraError("generated probe images", "vision", "Pillow") from exc
    return draw(spec)


def ensure_rendered(probe: Probe) -> None:
    """Draw the probe's generated image into the cache unless it is already there."""
    if probe.render is None or not probe.images:
        return
    # Expansion appends the generated image last, after any image files the suite names.
    path = Path(probe.images[-1])
    if not path.is_file():
        write_atomic_bytes(path, render_png(probe.render))


def ensure_all_rendered(probes: Iterable[Probe]) -> int:
    """Draw every generated image the probes need; return how many probes carry one."""
    count = 0
    for probe in probes:
        if probe.render is not None:
            ensure_rendered(probe)
            count += 1
    return count
