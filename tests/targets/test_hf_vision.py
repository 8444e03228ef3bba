"""The hf target on tiny random vision-language models: LLaVA (CLIP + Llama, chat template) and BLIP."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("transformers")
pytest.importorskip("PIL")

from support import make_request  # noqa: E402
from support.tiny_models import generate_all, tiny_model, write_png, write_suite  # noqa: E402

from auditkit.errors import TargetError  # noqa: E402
from auditkit.records.probes import Message  # noqa: E402
from auditkit.runs.config import RunConfig  # noqa: E402
from auditkit.runs.runner import run_audit  # noqa: E402
from auditkit.targets.hf import HFTarget  # noqa: E402
from auditkit.targets.hf_vision import chat_messages  # noqa: E402

TEXT_PROMPTS = ["Tell me about cats.", "What is the capital of France?", "Write a short poem about the sea."]
IMAGE_PROMPTS = ["Describe this image in one sentence.", "What colour is the square?", "Is this a photo?"]


def suites(tmp_path):
    """A text suite and a vision suite (a red and a blue PNG) in tmp_path."""
    folder = tmp_path / "suites"
    write_png(folder / "red.png", (200, 30, 30))
    write_png(folder / "blue.png", (30, 30, 200), size=64)
    text = write_suite(folder, "tiny-text", TEXT_PROMPTS)
    vision = write_suite(folder, "tiny-vision", IMAGE_PROMPTS, image="red.png")
    return folder, text, vision


def run_both(tmp_path, model, **options):
    folder, text, vision = suites(tmp_path)
    config = RunConfig(target={"type": "hf", "model": str(model), "max_new_tokens": 5, **options},
                       suites=[str(text), str(vision)], out=tmp_path / "run", concurrency=4)
    outcome = run_audit(config)
    attempts = [json.loads(line) for line in (outcome.folder / "attempts.jsonl").read_text().splitlines()]
    return outcome, attempts


def test_chat_messages_put_image_parts_on_the_last_user_turn():
    messages = [Message(role="system", content="S"), Message(role="user", content="U1"),
                Message(role="assistant", content="A"), Message(role="user", content="U2")]
    chat = chat_messages(messages, images=2)
    assert chat[0] == {"role": "system", "content": [{"type": "text", "text": "S"}]}
    assert chat[1]["content"] == [{"type": "text", "text": "U1"}]
    assert chat[3]["content"] == [{"type": "image"}, {"type": "image"}, {"type": "text", "text": "U2"}]


def test_llava_full_run_with_a_text_suite_and_a_vision_suite(tmp_path):
    outcome, attempts = run_both(tmp_path, tiny_model("llava"))
    assert outcome.manifest.target["kind"] == "vision"
    assert len(attempts) == 6 and all(a["error"] is None for a in attempts)
    by_suite = {s: [a for a in attempts if a["suite"] == s] for s in ("tiny-text", "tiny-vision")}
    assert all(a["response"]["completion_tokens"] == 5 for a in attempts)
    # The processor expanded <image> into the vision tower's 26 patch tokens: image prompts are longer.
    longest_text = max(a["response"]["prompt_tokens"] for a in by_suite["tiny-text"])
    assert min(a["response"]["prompt_tokens"] for a in by_suite["tiny-vision"]) > longest_text + 20
    assert (outcome.folder / "report.md").is_file()


def test_llava_batched_equals_one_at_a_time(tmp_path):
    folder, _, _ = suites(tmp_path)
    model = tiny_model("llava")
    requests = [make_request(p, probe_id=f"v{i}", images=[str(folder / ("red.png" if i % 2 else "blue.png"))])
                for i, p in enumerate(IMAGE_PROMPTS + ["A much longer question about the picture and its colour?"])]
    requests += [make_request(p, probe_id=f"t{i}", system="You are a helpful assistant.")
                 for i, p in enumerate(TEXT_PROMPTS)]
    batched_target = HFTarget(model=str(model), max_new_tokens=6, batch_size=8)
    batched = generate_all(batched_target, requests, together=True)
    single = generate_all(HFTarget(model=str(model), max_new_tokens=6, batch_size=1), requests, together=False)
    assert [r.text for r in batched] == [r.text for r in single]
    assert len({r.text for r in batched[:4]}) > 1  # the image changes the answer
    missing = generate_all(HFTarget(model=str(model), max_new_tokens=2),
                      [make_request("Describe", images=[str(tmp_path / "nope.png")])], together=True)[0]
    assert isinstance(missing, TargetError) and missing.kind == "image"


def test_blip_full_run_answers_images_and_records_text_probes_as_unsupported(tmp_path):
    outcome, attempts = run_both(tmp_path, tiny_model("blip"))
    text = [a for a in attempts if a["suite"] == "tiny-text"]
    vision = [a for a in attempts if a["suite"] == "tiny-vision"]
    assert all(a["error"]["kind"] == "unsupported_input" and "needs an image" in a["error"]["message"] for a in text)
    assert all(a["error"] is None and a["response"]["text"] for a in vision)
    assert outcome.manifest.errors_by_kind == {"unsupported_input": 3}


def test_blip_batched_equals_one_at_a_time(tmp_path):
    folder, _, _ = suites(tmp_path)
    model = tiny_model("blip")
    requests = [make_request(p, probe_id=f"v{i}", images=[str(folder / ("red.png" if i % 2 else "blue.png"))])
                for i, p in enumerate(IMAGE_PROMPTS + ["a photo of", "a"])]
    target = HFTarget(model=str(model), max_new_tokens=6, batch_size=8)
    batched = generate_all(target, requests, together=True)
    single = generate_all(HFTarget(model=str(model), max_new_tokens=6, batch_size=1), requests, together=False)
    assert [r.text for r in batched] == [r.text for r in single]
