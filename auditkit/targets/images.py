"""Turn probe image files into the data URLs that chat APIs accept."""

from __future__ import annotations

import base64
from pathlib import Path

from auditkit.errors import TargetError

# Only the formats OpenAI-compatible vision endpoints document; anything else
# would be rejected by the server after a costly upload, so refuse it here.
MIME_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
}

# A request body holds every image base64-encoded; refuse files that no endpoint would take.
MAX_IMAGE_BYTES = 20 * 1024 * 1024


def image_mime_type(path: str | Path) -> str:
    """The MIME type of an image file from its suffix; TargetError(kind="bad_request") if unsupported."""
    suffix = Path(path).suffix.lower()
    try:
        return MIME_TYPES[suffix]
    except KeyError:
        supported = ", ".join(sorted({s.lstrip(".") for s in MIME_TYPES}))
        raise TargetError(f"image {str(path)!r}: unsupported type {suffix or '(no suffix)'!r}; "
                          f"supported: {supported}", kind="bad_request") from None


def read_media_file(path: str | Path, what: str, limit: int) -> bytes:
    """The bytes of a file a request sends (`what`: image, audio, video); TargetError when it is over `limit`
    bytes or cannot be read."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > limit:
            raise TargetError(f"{what} {str(path)!r} is {size} bytes; the limit is {limit}", kind="bad_request")
        return file.read_bytes()
    except OSError as exc:
        raise TargetError(f"{what} {str(path)!r} cannot be read: {exc.strerror or exc}",
                          kind="bad_request") from None


def image_data_url(path: str | Path) -> str:
    """A `data:<mime>;base64,...` URL holding the bytes of an image file."""
    mime = image_mime_type(path)
    data = read_media_file(path, "image", MAX_IMAGE_BYTES)
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def image_content_part(path: str | Path) -> dict:
    """The OpenAI chat content part for one image file."""
    return {"type": "image_url", "image_url": {"url": image_data_url(path)}}
