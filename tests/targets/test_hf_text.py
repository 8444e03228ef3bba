"""The hf target on a tiny random GPT-2 (tokenizer trained in the test): batching, seeds, errors, a full run."""

from __future__ import annotations

import asyncio
import json
import textwrap

import pytest

pytest.importorskip("transformers")

from click.testing import CliRunner  # noqa: E402
from support import make_request  # noqa: E402
from support.tiny_models import generate_all, tiny_model, write_suite  # noqa: E402

from auditkit.cli.main import cli  # noqa: E402
from auditkit.errors import InputError, MissingExtraError, TargetError  # noqa: E402
from auditkit.records.probes import Message  # noqa: E402
from auditkit.targets import load_target  # noqa: E402
from auditkit.targets.hf import HFTarget  # noqa: E402
from auditkit.targets.hf_config import HFConfig  # noqa: E402
from auditkit.targets.hf_text import _merge_system, plain_prompt  # noqa: E402

PROMPTS = ["Tell me about cats.", "What is the capital of France? Answer briefly and politely please.",
           "Write a short poem about the sea, the sky and the wind, then explain it.", "Bake bread?",
           "Please summarise the following text for a busy reader: the red square sits on a white background.",
           "Rate the candidate from 1 to 10."]


@pytest.fixture(scope="module")
def gpt2():
    return tiny_model("gpt2")


def test_batched_greedy_outputs_equal_one_at_a_time(gpt2):
    requests = [make_request(p, probe_id=f"p{i}") for i, p in enumerate(PROMPTS)]
    batched_target = HFTarget(model=str(gpt2), max_new_tokens=12, batch_size=len(PROMPTS))
    single_target = HFTarget(model=str(gpt2), max_new_tokens=12, batch_size=1)
    batched = generate_all(batched_target, requests, together=True)
    single = generate_all(single_target, requests, together=False)
    assert batched_target._batcher is None  # closed
    assert [r.text for r in batched] == [r.text for r in single]
    assert [r.completion_tokens for r in batched] == [r.completion_tokens for r in single] == [12] * len(PROMPTS)
    assert len({r.prompt_tokens for r in batched}) > 1  # prompts of different lengths shared a padded batch
    assert all(r.finish_reason == "length" and r.model == f"hf:{gpt2}" for r in batched)


def test_batches_follow_the_batch_size(gpt2):
    target = HFTarget(model=str(gpt2), max_new_tokens=2, batch_size=4)
    requests = [make_request(p, probe_id=f"p{i}") for i, p in enumerate(PROMPTS)]

    async def main():
        try:
            await asyncio.gather(*(target.generate(r) for r in requests))
            return list(target._batcher.batches)
        finally:
            await target.aclose()

    assert asyncio.run(main()) == [4, 2]


def test_sampling_is_seeded_per_request_whatever_the_batch(gpt2):
    def sampled(seeds, batch_size):
        target = HFTarget(model=str(gpt2), max_new_tokens=10, do_sample=True, temperature=1.5, top_p=0.95,
                          top_k=50, batch_size=batch_size)
        requests = [make_request(PROMPTS[i % 3], probe_id=f"p{i}", seed=s) for i, s in enumerate(seeds)]
        return [r.text for r in generate_all(target, requests, together=True)]

    together = sampled([7, 8, 9, 7], batch_size=4)
    alone = sampled([7, 8, 9, 7], batch_size=1)
    assert together == alone
    again = sampled([7, 8, 9, 7], batch_size=4)
    assert again == together
    assert len({together[0], together[1], together[2]}) == 3  # different seeds, different samples
    assert HFTarget(model=str(gpt2), do_sample=True).describe()["decoding"]["mode"] == "sample"


def test_images_and_overlong_prompts_are_recorded_errors(gpt2, tmp_path):
    target = HFTarget(model=str(gpt2), max_new_tokens=4)
    requests = [make_request("Describe this image", images=[str(tmp_path / "x.png")]),
                make_request("cats " * 400), make_request("Tell me about cats.")]
    image, long, ok = generate_all(target, requests, together=True)
    assert isinstance(image, TargetError) and image.kind == "unsupported_input"
    assert isinstance(long, TargetError) and long.kind == "context_length" and "256" in str(long)
    assert isinstance(ok.text, str) and ok.completion_tokens == 4


def test_load_failure_is_a_target_error_remembered():
    target = HFTarget(model="nobody/no-such-model", max_new_tokens=4)  # a hub id; the hub is offline in tests
    assert target.describe()["kind"] == "auto"  # describing never fails

    async def main():
        errors = []
        for text in ("a", "b"):
            with pytest.raises(TargetError) as caught:
                await target.generate(make_request(text))
            errors.append(caught.value)
        await target.aclose()
        return errors

    first, second = asyncio.run(main())
    assert first.kind == "load" and "nobody/no-such-model" in str(first)
    assert second is first  # loaded (and failed) once, not once per request


def test_config_and_spec_forms(gpt2, tmp_path, monkeypatch):
    assert HFConfig(model="models/x/model.Q4_K_M.gguf").model_dump(include={"model", "gguf_file"}) == \
        {"model": "models/x", "gguf_file": "model.Q4_K_M.gguf"}
    target = load_target(f"hf:{gpt2}")
    assert isinstance(target, HFTarget)
    desc = target.describe()
    assert desc == {"type": "hf", "model": str(gpt2), "kind": "text", "device": "cpu", "dtype": "float32",
                    "max_new_tokens": 256, "batch_size": 8, "decoding": {"mode": "greedy"}}
    target.configure(concurrency=3)
    assert target.describe()["batch_size"] == 3
    assert load_target({"type": "hf", "model": str(gpt2), "batch_size": 5}).batch_size == 5
    with pytest.raises(InputError, match="model folder not found"):
        load_target(f"hf:{tmp_path / 'missing'}")
    with pytest.raises(InputError, match="GGUF file not found"):
        load_target(f"hf:{gpt2}/model.gguf")
    with pytest.raises(InputError, match="device"):
        load_target({"type": "hf", "model": str(gpt2), "device": "tpu"})
    with pytest.raises(InputError, match="GGUF file loads as a text model"):
        load_target({"type": "hf", "model": str(gpt2), "gguf_file": "x.gguf", "kind": "vision"})
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "torch" else real(name, *a))
    with pytest.raises(MissingExtraError, match=r"auditkit\[hf\]"):
        load_target(f"hf:{gpt2}")


def test_prompts_without_a_chat_template():
    user = [Message(role="user", content="hi")]
    assert plain_prompt(user) == "hi"
    assert plain_prompt([Message(role="system", content="Be brief."), *user]) == "Be brief.\n\nhi"
    chat = [Message(role=r, content=c) for r, c in (("user", "a"), ("assistant", "b"), ("user", "c"))]
    assert plain_prompt(chat) == "User: a\nAssistant: b\nUser: c\nAssistant:"
    merged = _merge_system([{"role": "system", "content": "S"}, {"role": "user", "content": "U"}])
    assert merged == [{"role": "user", "content": "S\n\nU"}]


def test_full_run_from_a_config_file_with_a_relative_model_path(gpt2, tmp_path):
    import shutil

    shutil.copytree(gpt2, tmp_path / "model")
    suite = write_suite(tmp_path / "suites", "tiny-text", PROMPTS[:5])
    config = tmp_path / "auditkit.yaml"
    config.write_text(textwrap.dedent(f"""
        target: {{type: hf, model: model, max_new_tokens: 6}}
        suites: [{suite}]
        concurrency: 3
    """))
    out = tmp_path / "run"
    result = CliRunner().invoke(cli, ["run", "--config", str(config), "--out", str(out), "--no-progress"],
                                catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    attempts = [json.loads(line) for line in (out / "attempts.jsonl").read_text().splitlines()]
    assert len(attempts) == 5
    assert all(a["response"]["completion_tokens"] == 6 and a["error"] is None for a in attempts)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["target"]["model"] == str(tmp_path / "model")
    assert manifest["target"]["batch_size"] == 3  # the run's concurrency
    assert (out / "report.md").read_text().startswith("# Audit of")


def test_the_runner_loads_a_local_model_before_any_detector_model(gpt2, tmp_path, monkeypatch):
    """transformers' loading is not thread-safe, so the detector thread starts only after the model is loaded."""
    from auditkit.runs import local_executor, runner

    events: list[str] = []
    real_start, real_detectors = HFTarget.start, local_executor.DetectorSet

    async def start(self):
        await real_start(self)
        events.append("model loaded")

    def detectors(probes):
        events.append("detectors built")
        return real_detectors(probes)

    monkeypatch.setattr(HFTarget, "start", start)
    monkeypatch.setattr(local_executor, "DetectorSet", detectors)
    suite = write_suite(tmp_path / "suites", "tiny-order", PROMPTS[:2])
    runner.run_audit(runner.RunConfig(target={"type": "hf", "model": str(gpt2), "max_new_tokens": 2},
                                      suites=[str(suite)], out=tmp_path / "run", policy=None))
    assert events.index("model loaded") < events.index("detectors built")
