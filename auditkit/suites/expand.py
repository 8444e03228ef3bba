"""Expand a probe written with variables into concrete probes with stable ids."""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path

from auditkit.records.probes import ClipSpec, Message, Probe, RenderSpec, SpeechSpec
from auditkit.suites.defaults import default_detectors
from auditkit.suites.images import image_path
from auditkit.suites.media import with_media
from auditkit.suites.model import ProbeSpec, SuiteFile, VariableValue

_PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)\}")


def fill(template: str, values: dict[str, str]) -> str:
    """Replace `{name}` placeholders that name a variable; leave any other braces alone."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def variables_key(values: dict[str, str]) -> str:
    """A short hash of a probe's variable values: the stable part of its id."""
    canonical = json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:10]


def _choices(name: str, values: list[VariableValue]) -> list[dict[str, str]]:
    # A mapping sets several linked variables at once (a name and the gender it signals).
    return [dict(v) if isinstance(v, dict) else {name: v} for v in values]


def combinations(spec: ProbeSpec, suite: SuiteFile) -> Iterator[dict[str, str]]:
    """Yield every combination of the probe's variables (cartesian product, declaration order)."""
    axes = []
    for name, values in spec.variables.items():
        if isinstance(values, str):
            values = suite.lists[values.removeprefix("$")]
        axes.append(_choices(name, values))
    for combo in itertools.product(*axes):
        merged: dict[str, str] = {}
        for part in combo:
            merged.update(part)
        yield merged


def _messages(spec: ProbeSpec, values: dict[str, str]) -> list[Message]:
    if spec.messages is not None:
        return [Message(role=m.role, content=fill(m.content, values)) for m in spec.messages]
    out = []
    if spec.system:
        out.append(Message(role="system", content=fill(spec.system, values)))
    first = spec.turns[0] if spec.turns else spec.prompt
    out.append(Message(role="user", content=fill(first or "", values)))
    return out


def fill_render(spec: RenderSpec, values: dict[str, str]) -> RenderSpec:
    """The render spec with every text filled from the probe's variables."""
    return spec.model_copy(update={
        "title": fill(spec.title, values) if spec.title else spec.title,
        "fields": {fill(k, values): fill(v, values) for k, v in spec.fields.items()},
        "lines": [fill(line, values) for line in spec.lines],
        "sections": {fill(k, values): [fill(r, values) for r in rows] for k, rows in spec.sections.items()},
        "note": fill(spec.note, values) if spec.note else spec.note,
    })


def fill_media(spec: SpeechSpec | ClipSpec | None, values: dict[str, str]) -> SpeechSpec | ClipSpec | None:
    """A speech or clip spec with its texts filled from the probe's variables."""
    if spec is None:
        return None
    texts = {k: fill(v, values) for k in ("text", "prompt", "filler") if isinstance(v := getattr(spec, k, None), str)}
    return spec.model_copy(update=texts)


def expand_probe(spec: ProbeSpec, suite: SuiteFile, base_dir: Path) -> list[Probe]:
    """Turn one probe spec into its concrete probes."""
    detectors = spec.detectors
    if detectors is None:
        detectors = suite.defaults.detectors.get(spec.category) or default_detectors(spec.category)
    images = [str((base_dir / p).resolve()) for p in spec.images]
    probes = []
    for values in combinations(spec, suite):
        pid = f"{suite.suite}/{spec.id}" + (f"/{variables_key(values)}" if values else "")
        render = fill_render(spec.render, values) if spec.render else None
        probes.append(with_media(Probe(
            id=pid, suite=suite.suite, template=spec.id, category=spec.category, expected=spec.expected,
            messages=_messages(spec, values), images=[*images, str(image_path(render))] if render else images,
            variables=values, render=render,
            tags=list(dict.fromkeys(fill(t, values) for t in [*suite.defaults.tags, *spec.tags])),
            detectors=list(detectors),
            canaries=[fill(c, values) for c in spec.canaries],
            goal=fill(spec.goal, values) if spec.goal else None,
            turns=[fill(t, values) for t in (spec.turns or [])[1:]], score_turns=spec.score_turns,
            speech=fill_media(spec.speech, values), clip=fill_media(spec.clip, values),
        )))
    return probes
