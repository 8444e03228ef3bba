"""Apply a suite's transforms: each probe is planned as itself, then once per transform that selects it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from auditkit.errors import InputError
from auditkit.records.probes import Probe
from auditkit.suites.images import ensure_rendered, image_path
from auditkit.suites.media import ensure_media, with_media
from auditkit.suites.model import Suite, SuiteFile, TransformRule
from auditkit.transforms.base import Transform
from auditkit.transforms.registry import build_transform

Built = list[tuple[TransformRule, list[tuple[str, Transform]]]]


def build_suite_transforms(spec: SuiteFile, path: Path | str) -> Built:
    """Build every transform a suite file names; InputError naming the file if one is unknown or misconfigured."""
    built: Built = []
    for rule in spec.transforms:
        transforms = []
        for item in rule.apply:
            try:
                transforms.append((item.name, build_transform(item)))
            except InputError as exc:
                raise InputError(f"{path}: {exc}") from None
        built.append((rule, transforms))
    return built


def transformed_tags(tags: list[str], rule: TransformRule, name: str) -> list[str]:
    """Tags of a transformed attempt: the probe's, the rule's, and `transform:NAME`."""
    return list(dict.fromkeys([*tags, *rule.tags, f"transform:{name}"]))


def transformed(probe: Probe, name: str, transform: Transform, rule: TransformRule) -> Probe:
    """The probe as one transform sends it: same id, detectors and expectation; rewritten messages (or, for a
    transform with `apply_probe`, such as `speak`, a rewritten probe: spoken or shown instead of written)."""
    update = {"category": rule.category or probe.category, "tags": transformed_tags(probe.tags, rule, name)}
    apply_probe = getattr(transform, "apply_probe", None)
    if apply_probe is not None:
        variant = with_media(apply_probe(probe))
        if variant.render is not None and variant.render != probe.render:  # a request drawn as an image
            update["images"] = [*probe.images, str(image_path(variant.render))]
        return variant.model_copy(update=update)
    return probe.model_copy(update={"messages": transform.apply(probe.messages), **update})


def suite_variants(suite: Suite) -> Iterator[tuple[str | None, Probe]]:
    """Every (transform name or None, probe) of a suite in plan order: each probe, then its transforms.

    Generated images, audio and video are made here, so a plan only holds media that exist.
    """
    built = build_suite_transforms(suite.spec, suite.path) if suite.spec.transforms else []
    for probe in suite.probes:
        ensure_rendered(probe)
        ensure_media(probe)
        yield None, probe
        for rule, transforms in built:
            if rule.selects(probe.template):
                for name, transform in transforms:
                    variant = transformed(probe, name, transform, rule)
                    ensure_rendered(variant)
                    ensure_media(variant)
                    yield name, variant
