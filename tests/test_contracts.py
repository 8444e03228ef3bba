"""Contract tests over everything shipped: every suite, policy, target and detector plugin."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from auditkit.detectors.registry import DetectorSet
from auditkit.plugins import available, load_plugin
from auditkit.policy.load import builtin_policies, load_policy
from auditkit.records.attempts import Attempt, Response
from auditkit.records.expectations import verdict
from auditkit.records.probes import Message, Probe, TransformSpec
from auditkit.suites.counts import count_suites
from auditkit.suites.expand import variables_key
from auditkit.suites.images import ensure_rendered, render_png
from auditkit.suites.load import builtin_suite_files, load_suite_file
from auditkit.suites.model import Suite
from auditkit.suites.taxonomy import load_taxonomy
from auditkit.transforms import build_transform

SUITES = sorted(builtin_suite_files())
POLICIES = sorted(builtin_policies())
_PLACEHOLDER = re.compile(r"\{[a-z0-9_]+\}")


@functools.cache
def _suite(suite_id: str) -> Suite:
    return load_suite_file(builtin_suite_files()[suite_id], builtin=True)


def _texts(probe) -> list[str]:
    render = probe.render
    rendered = [] if render is None else [render.title or "", render.note or "", *render.lines,
                                          *render.fields, *render.fields.values(), *render.sections,
                                          *(r for rows in render.sections.values() for r in rows)]
    spoken = [t for spec in (probe.speech, probe.clip) if spec is not None for t in (spec.text, spec.prompt) if t]
    return [m.content for m in probe.messages] + probe.canaries + probe.tags + rendered + spoken


@pytest.mark.parametrize("suite_id", SUITES)
def test_builtin_suite(suite_id):
    suite = _suite(suite_id)
    assert suite.id == suite_id, "the file name must be the suite id"
    assert suite.probes and suite.spec.license
    assert suite.spec.origin, "a built-in suite says where its probes come from (origin:)"
    detectors = DetectorSet(suite.probes)  # every detector a probe names exists and accepts its options
    unknown_tags = load_taxonomy().unknown(t for p in suite.probes for t in p.tags)
    assert not unknown_tags, f"tags missing from reports/taxonomy.yaml: {unknown_tags}"
    representatives = {}
    for probe in suite.probes:
        assert probe.tags, f"{probe.id} has no taxonomy tags"
        if probe.category in ("misuse", "jailbreak"):
            assert probe.expected == "refuse", probe.id
        if probe.category == "over_refusal":
            assert probe.expected == "comply", probe.id
        # Ids are stable: they depend only on the suite, the probe and its variable values.
        assert probe.id == "/".join([suite.id, probe.template] + ([variables_key(probe.variables)]
                                                                   if probe.variables else [])), probe.id
        leftover = [m.group() for t in _texts(probe) for m in _PLACEHOLDER.finditer(t)
                    if m.group()[1:-1] in probe.variables or m.group()[1:-1] in suite.spec.lists]
        assert not leftover, f"{probe.id}: unfilled variables {leftover}"
        key = (tuple(d.name + repr(sorted(d.params.items())) for d in probe.detectors), bool(probe.canaries),
               probe.expected)
        representatives.setdefault(key, probe)
    # Every expectation must be decidable by the probe's own detectors (one probe per detector set, batched).
    reps = list(representatives.values())
    for probe, scores in zip(reps, detectors.score_batch([(p, "A neutral answer.") for p in reps]), strict=True):
        attempt = Attempt.plan(probe, index=0, sample=0)
        attempt.response = Response(text="A neutral answer.")
        attempt.scores = scores
        if probe.expected != "none":
            assert verdict(attempt) in ("pass", "violation"), f"{probe.id}: no detector decides {probe.expected}"


def test_builtin_probe_ids_are_unique_across_suites():
    ids = [p.id for s in SUITES for p in _suite(s).probes]
    assert len(ids) == len(set(ids))


def test_builtin_suites_meet_the_minimum_sizes():
    per_suite, total = count_suites(_suite(s) for s in SUITES)
    counts = {c.suite: c for c in per_suite}
    assert counts["core-bias"].by_category["bias"] >= 600
    axes = {t for t in counts["core-bias"].by_tag if t.startswith("protected:")}
    assert len(axes) >= 8, axes
    bbq = [p for p in _suite("core-bbq").probes if "bbq-style" in p.tags]
    assert len(bbq) >= 100 and {p.variables["bbq_condition"] for p in bbq} == {"ambiguous", "disambiguated"}
    assert counts["core-toxicity"].by_category["toxicity"] >= 150
    assert counts["core-pii"].by_category["pii"] >= 150
    assert sum(bool(p.canaries) for p in _suite("core-pii").probes) >= 50, "context leakage needs canaries"
    misuse = counts["core-misuse"]
    assert misuse.by_category["misuse"] >= 200
    hazards = set(load_taxonomy().frameworks["mlcommons"].terms)
    assert {t.split(":")[1] for t in misuse.by_tag if t.startswith("mlcommons:")} == hazards
    transforms = {t for t in counts["core-jailbreak"].by_tag if t.startswith("transform:")}
    assert len(transforms) >= 8 and counts["core-jailbreak"].by_category["jailbreak"] >= 8 * 20
    assert counts["core-prompt-injection"].by_category["prompt_injection"] >= 50
    assert all(p.canaries for p in _suite("core-prompt-injection").probes)
    assert counts["core-over-refusal"].by_category["over_refusal"] >= 150
    kinds = {p.render.kind for s in SUITES for p in _suite(s).probes if p.render}
    assert kinds == {"typographic", "document", "profile", "injection"}
    assert total.variants > total.probes


def test_injected_goals_only_count_when_carried_out():
    # Quoting an injection (to warn the user) must not leak its canary: only carrying the goal out assembles it.
    canary = load_plugin("detectors", "canary")()
    for suite_id in ("core-prompt-injection", "vision-injection", "audio-injection"):
        for probe in _suite(suite_id).probes:
            visible = [m.content for m in probe.messages if m.role != "system"]
            if probe.render and probe.render.note:
                visible.append(probe.render.note)
            if probe.speech and probe.speech.text:
                visible.append(probe.speech.text)
            if not probe.canaries:  # a benign control: nothing planted
                continue
            assert not canary.score_text("\n".join(visible), probe.canaries)[0].flagged, probe.id


@pytest.mark.slow
def test_generated_images_render(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITKIT_CACHE_DIR", str(tmp_path))
    probes = [p for s in SUITES for p in load_suite_file(builtin_suite_files()[s]).probes if p.render]
    assert probes and all(Path(p.images[-1]).parent == tmp_path / "images" for p in probes)
    for probe in probes:
        ensure_rendered(probe)
    files = sorted((tmp_path / "images").glob("*.png"))
    assert len(files) == len({p.images[-1] for p in probes})
    for path in files[::10]:
        data = path.read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) < 1_000_000
        probe = next(p for p in probes if p.images[-1] == str(path))
        assert render_png(probe.render) == data, f"{path.name}: rendering is not deterministic"


@pytest.mark.slow
def test_generated_audio_and_video_are_made_deterministically(tmp_path, monkeypatch):
    from auditkit.runs.planning import Plan
    from auditkit.suites.speech import render_wav
    from auditkit.suites.video import draw_frames, encode_mp4

    monkeypatch.setenv("AUDITKIT_CACHE_DIR", str(tmp_path))
    # Loaded anew, not through the cached _suite: media paths are resolved against the cache folder at load time.
    suites = [load_suite_file(builtin_suite_files()[s], builtin=True) for s in SUITES
              if s.startswith(("audio-", "video-"))]
    attempts = list(Plan(suites, samples=1))
    spoken = {a.audio[0] for a in attempts if a.audio}
    clips = {a.video[0] for a in attempts if a.video}
    assert len(spoken) == 56 and len(clips) == 48
    assert set(map(str, (tmp_path / "audio").glob("*.wav"))) == spoken
    probes = {p.id: p for s in suites for p in s.probes}
    for attempt in attempts[::7]:
        probe = probes[attempt.probe_id]
        if attempt.transform:
            from auditkit.suites.variants import build_suite_transforms, transformed

            suite = next(s for s in suites if s.id == attempt.suite)
            rule, built = build_suite_transforms(suite.spec, suite.path)[0]
            probe = transformed(probe, attempt.transform, dict(built)[attempt.transform], rule)
        if probe.speech is not None:
            assert render_wav(probe.speech) == Path(attempt.audio[0]).read_bytes(), attempt.id
        if probe.clip is not None:
            assert encode_mp4(draw_frames(probe.clip), probe.clip) == Path(attempt.video[0]).read_bytes(), attempt.id


@pytest.mark.parametrize("name", available("transforms"))
def test_transform_plugins(name):
    transform = build_transform(TransformSpec(name=name))
    assert transform.name == name and transform.version
    messages = [Message(role="system", content="Be brief."), Message(role="user", content="Describe a red fox.")]
    if hasattr(transform, "apply_probe"):  # a modality transform rewrites the probe's media, not only its text
        probe = Probe(id="s/p", suite="s", template="p", category="misuse", expected="refuse", messages=messages)
        out = transform.apply_probe(probe)
        assert out == transform.apply_probe(probe), "transforms must be deterministic"
        assert transform.modality in {"image", "audio", "video"}
        assert (out.speech, out.clip, out.render) != (None, None, None) and out.id == probe.id
        return
    out = transform.apply(messages)
    assert out == transform.apply(messages), "transforms must be deterministic"
    assert out[0] == messages[0] and out[-1].role == "user" and out[-1].content != messages[-1].content


def test_builtin_transforms_are_registered():
    assert {"role-play", "hypothetical", "prefix-injection", "refusal-suppression", "base64", "leetspeak",
            "payload-split", "data-field"} <= set(available("transforms"))
    assert {f"transform:{n}" for n in available("transforms")} <= {
        f"transform:{t}" for t in load_taxonomy().frameworks["transform"].terms}


@pytest.mark.parametrize("policy_id", POLICIES)
def test_builtin_policy(policy_id):
    policy = load_policy(policy_id)
    assert policy.id == policy_id and policy.rules
    categories = {p.category for s in SUITES for p in _suite(s).probes}
    for rule in policy.rules:
        assert rule.rationale, f"{policy_id}/{rule.id} has no rationale"
        if rule.select.category:
            assert set(rule.select.category) & categories, f"{rule.id} selects no built-in probe"


@pytest.mark.parametrize("name", available("targets"))
def test_target_plugins_have_the_factory_methods(name):
    factory = load_plugin("targets", name)
    assert callable(factory.from_spec) and callable(factory.from_config)


@pytest.mark.parametrize("name", available("detectors"))
def test_detector_plugins_declare_name_and_version(name):
    factory = load_plugin("detectors", name)
    assert factory.name == name and factory.version
    assert callable(factory.score)


def test_builtin_plugins_are_registered():
    assert {"openai", "python", "replay"} <= set(available("targets"))
    assert {"refusal", "pattern", "canary"} <= set(available("detectors"))
