"""The python target: sync and async callables, messages/images-aware ones, results and failures."""

from __future__ import annotations

import asyncio
import textwrap
import time
from pathlib import Path

import pytest
from support import generate_once, make_request

from auditkit.errors import InputError, TargetError
from auditkit.targets.python import PythonTarget

APP = '''
import asyncio
import time

def echo(prompt):
    return "echo: " + prompt

async def async_echo(prompt):
    await asyncio.sleep(0)
    return "async: " + prompt

def chat(messages):
    return " | ".join(m["role"] + "=" + m["content"] for m in messages)

def see(prompt, images):
    return f"{prompt} with {len(images)} image(s): {','.join(images)}"

def structured(prompt):
    return {"text": "cut off", "finish_reason": "length"}

def styled(prompt, style="plain", api_key=None):
    return f"{style}: {prompt}"

def broken(prompt):
    raise ValueError("model weights not loaded")

def nothing(prompt):
    return None

def slow(prompt):
    time.sleep(0.3)
    return prompt

class Bot:
    def reply(self, prompt):
        return "bot: " + prompt

bot = Bot()
not_callable = 42
'''


@pytest.fixture
def app(tmp_path: Path) -> Path:
    path = tmp_path / "app.py"
    path.write_text(textwrap.dedent(APP))
    return path


def target(app: Path, function: str, **kwargs) -> PythonTarget:
    return PythonTarget.from_config({"function": f"{app}:{function}", "kwargs": kwargs})


def test_sync_function_gets_last_user_text(app):
    request = make_request(messages=[("system", "be nice"), ("user", "first"), ("assistant", "ok"), ("user", "hi")])
    response = generate_once(PythonTarget.from_spec(f"{app}:echo"), request)
    assert response.text == "echo: hi" and response.finish_reason is None
    assert response.latency_ms >= 0


def test_async_function(app):
    assert generate_once(target(app, "async_echo")).text == "async: Tell me about cats"


def test_messages_aware_function(app):
    request = make_request("hello", system="be brief")
    assert generate_once(target(app, "chat"), request).text == "system=be brief | user=hello"


def test_images_aware_function(app):
    response = generate_once(target(app, "see"), make_request("look", images=["a.png", "b.jpg"]))
    assert response.text == "look with 2 image(s): a.png,b.jpg"


def test_dict_result(app):
    response = generate_once(target(app, "structured"))
    assert (response.text, response.finish_reason) == ("cut off", "length")


def test_kwargs_are_passed_and_secret_ones_hidden(app):
    t = target(app, "styled", style="pirate", api_key="sk-live-XYZ")
    assert generate_once(t, make_request("ahoy")).text == "pirate: ahoy"
    description = t.describe()
    assert description["kwargs"] == {"style": "pirate", "api_key": "***"}
    assert description["type"] == "python" and description["source"] == str(app)
    assert len(description["source_sha256"]) == 64


def test_method_of_object(app):
    assert generate_once(target(app, "bot.reply"), make_request("x")).text == "bot: x"


def test_exception_becomes_target_error(app):
    with pytest.raises(TargetError) as info:
        generate_once(target(app, "broken"))
    assert info.value.kind == "exception" and not info.value.retryable
    assert str(info.value).endswith("raised ValueError: model weights not loaded")
    assert "Traceback" not in str(info.value)


def test_wrong_return_type_is_bad_response(app):
    with pytest.raises(TargetError) as info:
        generate_once(target(app, "nothing"))
    assert info.value.kind == "bad_response" and "NoneType" in str(info.value)


def test_sync_functions_run_concurrently(app):
    t = target(app, "slow")

    async def main() -> list:
        return await asyncio.gather(*(t.generate(make_request(f"q{i}")) for i in range(5)))

    started = time.monotonic()
    responses = asyncio.run(main())
    assert [r.text for r in responses] == [f"q{i}" for i in range(5)]
    assert time.monotonic() - started < 1.2  # 1.5 s if run one after another


def test_dotted_module_spec(tmp_path, monkeypatch):
    package = tmp_path / "auditkit_testpkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "bots_for_auditkit_test.py").write_text("def reply(prompt):\n    return prompt.upper()\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    t = PythonTarget.from_spec("auditkit_testpkg.bots_for_auditkit_test:reply")
    assert t.name == "python:auditkit_testpkg.bots_for_auditkit_test:reply"
    assert generate_once(t, make_request("quiet")).text == "QUIET"


@pytest.mark.parametrize("spec, message", [
    ("no_such_module_xyz:reply", "cannot import 'no_such_module_xyz'"),
    ("{app}:missing", "has no attribute 'missing'"),
    ("{app}:not_callable", "is not callable"),
    ("{missing}:reply", "file not found"),
    ("justamodule", "expected python:pkg.module:function"),
    ("mod:1bad", "expected python:pkg.module:function"),
])
def test_bad_specs_are_input_errors(app, tmp_path, spec, message):
    with pytest.raises(InputError) as info:
        PythonTarget.from_spec(spec.format(app=app, missing=tmp_path / "nope.py"))
    assert message in str(info.value)


def test_module_that_fails_on_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("raise RuntimeError('needs a GPU')\n")
    with pytest.raises(InputError, match="RuntimeError: needs a GPU"):
        PythonTarget.from_spec(f"{bad}:reply")


def test_config_typo_is_input_error(app):
    with pytest.raises(InputError, match="unknown field"):
        PythonTarget.from_config({"function": f"{app}:echo", "kwarg": {}})
