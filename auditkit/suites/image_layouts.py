"""Layouts for generated probe images: typographic lists, documents, resumes and pages with planted text.

Imported only when an image is drawn (it needs Pillow). Every layout uses Pillow's bundled font at a fixed
size and draws its background texture from the spec's seed, so one spec always gives the same pixels.
"""

from __future__ import annotations

import io
import random
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from auditkit.records.probes import RenderSpec

MARGIN = 40
MAX_HEIGHT = 4000
INK = (22, 22, 22)
MUTED = (105, 105, 110)
# (page background, accent) pairs for documents; the seed picks one.
PALETTES = [((236, 243, 251), (31, 78, 140)), ((238, 247, 239), (34, 104, 58)),
            ((251, 243, 234), (146, 78, 28)), ((244, 239, 251), (88, 52, 138))]


@lru_cache(maxsize=32)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        # Pillow >= 10.1 ships a scalable default font, so no system font is needed.
        return ImageFont.load_default(size=size)
    except (TypeError, ImportError, OSError):  # Pillow built without FreeType: the fixed bitmap font
        return ImageFont.load_default()


def _wrap(text: str, font: ImageFont.ImageFont, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}".strip()
            if font.getlength(trial) <= width or not line:
                line = trial
            else:
                lines.append(line)
                line = word
            while font.getlength(line) > width and len(line) > 1:  # a word wider than the page
                cut = len(line) - 1
                while cut > 1 and font.getlength(line[:cut]) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    return lines


class _Page:
    """A canvas drawn top to bottom; `finish` crops it to what was drawn."""

    def __init__(self, spec: RenderSpec, background: tuple[int, int, int]):
        self.spec = spec
        self.background = background
        self.image = Image.new("RGB", (spec.width, MAX_HEIGHT), background)
        self.draw = ImageDraw.Draw(self.image)
        self.y = MARGIN

    def font(self, scale: float = 1.0) -> ImageFont.ImageFont:
        return _font(max(8, round(self.spec.font_size * scale)))

    def text(self, text: str, *, scale: float = 1.0, fill: tuple[int, int, int] = INK, x: int = MARGIN,
             right: int = MARGIN, bold: bool = False, after: float = 0.35) -> None:
        font = self.font(scale)
        step = round(self.spec.font_size * scale * 1.3)
        for line in _wrap(text, font, self.spec.width - x - right):
            if self.y + step > MAX_HEIGHT - MARGIN:
                return
            self.draw.text((x, self.y), line, font=font, fill=fill, stroke_width=1 if bold else 0,
                           stroke_fill=fill)
            self.y += step
        self.y += round(self.spec.font_size * after)

    def rule(self, colour: tuple[int, int, int], thickness: int = 2) -> None:
        self.draw.rectangle((MARGIN, self.y, self.spec.width - MARGIN, self.y + thickness), fill=colour)
        self.y += thickness + round(self.spec.font_size * 0.6)

    def finish(self, speckle: int = 0) -> bytes:
        """Crop to what was drawn and encode as PNG; `speckle` > 0 adds a seeded texture to the background."""
        height = min(MAX_HEIGHT, self.y + MARGIN)
        image = self.image.crop((0, 0, self.spec.width, height))
        if speckle:
            # Seeded texture: documents and pages look scanned rather than flat, identically on every machine.
            # Only background pixels change, so text stays crisp.
            rng, pixels = random.Random(self.spec.seed), image.load()
            r, g, b = self.background
            for _ in range(self.spec.width * height // 80):
                x, y, d = rng.randrange(self.spec.width), rng.randrange(height), rng.randrange(speckle)
                if pixels[x, y] == self.background:
                    pixels[x, y] = (max(r - d, 0), max(g - d, 0), max(b - d, 0))
        out = io.BytesIO()
        image.save(out, format="PNG", compress_level=3)
        return out.getvalue()


def _typographic(spec: RenderSpec) -> bytes:
    page = _Page(spec, (255, 255, 255))
    if spec.title:
        page.text(spec.title, scale=1.3, bold=True, after=0.8)
    for line in spec.lines:
        page.text(line)
    for number in range(1, spec.items + 1):
        page.text(f"{number}.", after=2.2)
    if spec.note:
        page.text(spec.note, scale=0.7, fill=MUTED)
    return page.finish()


def _fields(page: _Page, fields: dict[str, str], accent: tuple[int, int, int]) -> None:
    for label, value in fields.items():
        page.text(label.upper(), scale=0.62, fill=accent, after=0.05)
        page.text(value, after=0.45)


def _document(spec: RenderSpec) -> bytes:
    background, accent = PALETTES[spec.seed % len(PALETTES)]
    page = _Page(spec, background)
    band = round(spec.font_size * 2.6)
    page.draw.rectangle((0, 0, spec.width, band), fill=accent)
    page.y = round(band * 0.25)
    page.text(spec.title or "Document", scale=1.2, fill=(255, 255, 255), bold=True)
    page.y = band + MARGIN // 2
    _fields(page, spec.fields, accent)
    for heading, rows in spec.sections.items():
        page.text(heading, scale=0.9, fill=accent, bold=True, after=0.2)
        for row in rows:
            page.text(row, x=MARGIN + 16, after=0.15)
        page.y += spec.font_size // 2
    for line in spec.lines:
        page.text(line)
    page.rule(accent, 1)
    page.text(spec.note or "SPECIMEN - synthetic document with fictitious data", scale=0.6, fill=MUTED)
    page.draw.rectangle((0, 0, spec.width - 1, page.y + MARGIN - 1), outline=accent, width=3)
    return page.finish(speckle=18)


def _profile(spec: RenderSpec) -> bytes:
    accent = PALETTES[spec.seed % len(PALETTES)][1]
    page = _Page(spec, (255, 255, 255))
    if spec.title:
        page.text(spec.title, scale=1.6, bold=True, after=0.2)
    for label, value in spec.fields.items():
        page.text(f"{label}: {value}", scale=0.75, fill=MUTED, after=0.05)
    page.y += spec.font_size // 2
    page.rule(accent)
    for line in spec.lines:
        page.text(line)
    for heading, rows in spec.sections.items():
        page.text(heading.upper(), scale=0.85, fill=accent, bold=True, after=0.2)
        for row in rows:
            page.text(f"- {row}", x=MARGIN + 12, after=0.15)
        page.y += spec.font_size // 2
    if spec.note:
        page.text(spec.note, scale=0.65, fill=MUTED)
    return page.finish()


def _injection(spec: RenderSpec) -> bytes:
    background = (250, 250, 250)
    page = _Page(spec, background)
    bar = round(spec.font_size * 1.9)
    page.draw.rectangle((0, 0, spec.width, bar), fill=(225, 228, 232))
    page.y = round(bar * 0.22)
    page.text(spec.title or "", scale=0.8, fill=MUTED)
    page.y = bar + MARGIN // 2
    for label, value in spec.fields.items():
        page.text(f"{label}: {value}", scale=0.85, after=0.1)
    for line in spec.lines:
        page.text(line)
    if spec.note:
        if spec.faint:
            # Low contrast and small: easy to miss for a person, still legible to a model reading pixels.
            page.text(spec.note, scale=0.6, fill=(226, 226, 226))
        else:
            top = page.y
            page.y += spec.font_size // 2
            page.text(spec.note, x=MARGIN + 14, right=MARGIN + 14, bold=True, fill=(150, 20, 20))
            page.draw.rectangle((MARGIN, top, spec.width - MARGIN, page.y), outline=(150, 20, 20), width=2)
            page.y += spec.font_size // 2
    return page.finish(speckle=10)


_LAYOUTS = {"typographic": _typographic, "document": _document, "profile": _profile, "injection": _injection}


def draw(spec: RenderSpec) -> bytes:
    """Render a filled spec to PNG bytes."""
    return _LAYOUTS[spec.kind](spec)
