"""The openai target against a real local HTTP server: request body, auth, retries, parsing, images."""

from __future__ import annotations

import asyncio
import base64
import socket
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from support import generate_once, make_request
from support.openai_server import COMPLY_PREFIX, REFUSAL_TEXT, Fault, OpenAIStubServer

from auditkit.errors import InputError, TargetError
from auditkit.targets.openai import DEFAULT_BASE_URL, OpenAITarget, parse_retry_after

SECRET = "sk-test-SECRET123"
# Smallest valid PNG: 1x1 transparent pixel.
PNG_BYTES = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")


@pytest.fixture(autouse=True)
def _no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    # A developer's real key must never reach the test server (or change what the tests expect).
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)


def target_for(server: OpenAIStubServer, **options) -> OpenAITarget:
    options.setdefault("backoff_base", 0.01)
    return OpenAITarget(model="stub-model", base_url=server.base_url, **options)


def fails(target: OpenAITarget, request=None) -> TargetError:
    with pytest.raises(TargetError) as info:
        generate_once(target, request)
    return info.value


def test_body_carries_model_messages_and_params(openai_server):
    target = target_for(openai_server, params={"max_tokens": 50, "top_p": 0.9, "stop": ["\n\n"], "seed": 7})
    response = generate_once(target, make_request("Tell me about cats", system="Be brief.", seed=99))
    body = openai_server.requests[0].body
    assert body["model"] == "stub-model"
    assert body["messages"] == [{"role": "system", "content": "Be brief."},
                                {"role": "user", "content": "Tell me about cats"}]
    assert body["temperature"] == 0 and body["max_tokens"] == 50 and body["top_p"] == 0.9
    assert body["stop"] == ["\n\n"]
    assert body["seed"] == 7  # params win over the run's seed
    assert response.text == COMPLY_PREFIX + "Tell me about cats"
    assert response.finish_reason == "stop" and response.model == "stub-model"
    assert response.prompt_tokens == 6 and response.completion_tokens == len(response.text.split())
    assert response.latency_ms > 0 and response.retries == 0


def test_request_seed_is_sent_when_params_have_none(openai_server):
    generate_once(target_for(openai_server), make_request(seed=1234))
    generate_once(target_for(openai_server), make_request(seed=None))
    first, second = (r.body for r in openai_server.requests)
    assert first["seed"] == 1234
    assert "seed" not in second


def test_null_param_drops_the_default_temperature(openai_server):
    generate_once(target_for(openai_server, params={"temperature": None}))
    assert "temperature" not in openai_server.requests[0].body


def test_refusal_reply_and_length_finish(openai_server):
    assert generate_once(target_for(openai_server), make_request("How do I build a bomb?")).text == REFUSAL_TEXT
    response = generate_once(target_for(openai_server, params={"max_tokens": 3}))
    assert response.finish_reason == "length" and len(response.text.split()) == 3


def test_bearer_key_from_environment(openai_server, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    generate_once(target_for(openai_server, headers={"X-Team": "audit"}))
    headers = openai_server.requests[0].headers
    assert headers["authorization"] == f"Bearer {SECRET}"
    assert headers["x-team"] == "audit"


def test_no_authorization_header_when_key_unset(openai_server):
    generate_once(target_for(openai_server))
    assert "authorization" not in openai_server.requests[0].headers


def test_custom_key_variable_and_header(openai_server, monkeypatch):
    monkeypatch.setenv("MY_GATEWAY_KEY", SECRET)
    generate_once(target_for(openai_server, api_key_env="MY_GATEWAY_KEY", api_key_header="api-key"))
    headers = openai_server.requests[0].headers
    assert headers["api-key"] == SECRET and "authorization" not in headers


def test_key_never_in_describe_repr_or_errors(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    # The server echoes the key back, as some providers do in 401 bodies.
    with OpenAIStubServer(faults={1: Fault.http(401, body={"error": {"message": f"bad key {SECRET}"}})}) as server:
        target = target_for(server, headers={"X-Org": "acme"})
        error = fails(target)
    assert error.kind == "http_401"
    assert "bad key ***" in str(error)
    description = target.describe()
    for text in (str(description), repr(target), str(error), repr(error)):
        assert SECRET not in text
    assert description["headers"] == ["X-Org"] and "acme" not in str(description)
    assert description["auth"] == "key from $OPENAI_API_KEY in header Authorization"


def test_describe_hides_url_credentials():
    target = OpenAITarget(model="m", base_url="https://user:pw@gateway.example/v1")
    assert "pw" not in str(target.describe()) and "pw" not in repr(target)
    assert target.describe()["endpoint"] == "https://gateway.example/v1/chat/completions"


def test_429_retry_after_is_honoured():
    with OpenAIStubServer(faults={1: Fault.http(429, retry_after=1)}) as server:
        started = time.monotonic()
        response = generate_once(target_for(server))
        elapsed = time.monotonic() - started
        first, second = server.requests
    assert response.retries == 1
    assert elapsed >= 0.9 and second.arrived - first.arrived >= 0.9
    assert (first.status, second.status) == (429, 200)


def test_retry_after_http_date():
    later = datetime.now(UTC) + timedelta(seconds=30)
    assert 25 <= parse_retry_after(format_datetime(later, usegmt=True)) <= 30
    assert parse_retry_after("2.5") == 2.5
    assert parse_retry_after("-3") == 0.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_500_twice_then_success():
    with OpenAIStubServer(faults={1: Fault.http(500), 2: Fault.http(500)}) as server:
        response = generate_once(target_for(server))
        assert [r.status for r in server.requests] == [500, 500, 200]
    assert response.retries == 2 and response.text.startswith(COMPLY_PREFIX)


def test_400_is_not_retried():
    with OpenAIStubServer(faults={1: Fault.http(400)}) as server:
        error = fails(target_for(server))
        assert len(server.requests) == 1
    assert error.kind == "http_400" and not error.retryable
    assert "injected HTTP 400" in str(error)


def test_provider_content_filter_has_its_own_kind():
    blocked = {"error": {"message": "The prompt was filtered", "code": "content_filter"}}
    with OpenAIStubServer(faults={1: Fault.http(400, body=blocked)}) as server:
        assert fails(target_for(server)).kind == "content_filter"


def test_retries_exhausted():
    with OpenAIStubServer(faults=lambda number, body: Fault.http(503)) as server:
        error = fails(target_for(server, max_retries=2, backoff_base=0.01))
        assert len(server.requests) == 3
    assert error.kind == "http_503" and error.retries == 2
    assert "gave up after 2 retries" in str(error)


@pytest.mark.parametrize("fault", [Fault.malformed_json(), Fault.empty_choices()], ids=["malformed", "empty"])
def test_unusable_answer_is_bad_response(fault):
    with OpenAIStubServer(faults={1: fault}) as server:
        error = fails(target_for(server, max_retries=0))
    assert error.kind == "bad_response" and error.retryable


def test_bad_response_is_retried():
    with OpenAIStubServer(faults={1: Fault.malformed_json()}) as server:
        assert generate_once(target_for(server)).retries == 1


@pytest.mark.parametrize("message, expected", [
    ({"role": "assistant", "content": [{"type": "text", "text": "Hello "}, {"type": "text", "text": "there"}]},
     "Hello there"),
    ({"role": "assistant", "content": None, "refusal": "I can't help with that."}, "I can't help with that."),
])
def test_content_forms(message, expected):
    body = {"model": "x", "choices": [{"index": 0, "message": message, "finish_reason": "stop"}]}
    with OpenAIStubServer(faults={1: Fault.http(200, body=body)}) as server:
        response = generate_once(target_for(server))
    assert response.text == expected
    assert response.prompt_tokens is None  # no usage in that body


def test_missing_content_is_bad_response():
    body = {"choices": [{"index": 0, "message": {"role": "assistant", "tool_calls": []}}]}
    with OpenAIStubServer(faults={1: Fault.http(200, body=body)}) as server:
        error = fails(target_for(server, max_retries=0))
    assert error.kind == "bad_response" and "no content" in str(error)


def test_dropped_connection_is_retried_then_reported():
    with OpenAIStubServer(faults={1: Fault.close_connection()}) as server:
        assert generate_once(target_for(server)).retries == 1
    with OpenAIStubServer(faults=lambda n, b: Fault.close_connection()) as server:
        error = fails(target_for(server, max_retries=1))
        assert len(server.requests) == 2
    assert error.kind == "connection"


def test_read_timeout():
    with OpenAIStubServer(faults={1: Fault.slow(1.0)}) as server:
        error = fails(target_for(server, timeout=0.2, max_retries=0))
    assert error.kind == "timeout" and error.retryable


def test_connection_refused():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    target = OpenAITarget(model="m", base_url=f"http://127.0.0.1:{port}/v1", max_retries=1, backoff_base=0.01)
    error = fails(target)
    assert error.kind == "connection" and error.retries == 1


def test_image_is_sent_as_data_url_on_last_user_message(openai_server, tmp_path):
    image = tmp_path / "chart.png"
    image.write_bytes(PNG_BYTES)
    request = make_request(messages=[("user", "first"), ("assistant", "ok"), ("user", "What is in this image?")],
                           images=[str(image)])
    generate_once(target_for(openai_server), request)
    messages = openai_server.requests[0].body["messages"]
    assert messages[0] == {"role": "user", "content": "first"}
    text_part, image_part = messages[2]["content"]
    assert text_part == {"type": "text", "text": "What is in this image?"}
    assert image_part["type"] == "image_url"
    prefix = "data:image/png;base64,"
    assert image_part["image_url"]["url"].startswith(prefix)
    assert base64.b64decode(image_part["image_url"]["url"][len(prefix):]) == PNG_BYTES


@pytest.mark.parametrize("name", ["scan.bmp", "missing.png"])
def test_unusable_image_is_bad_request(openai_server, tmp_path, name):
    if name.endswith(".bmp"):
        (tmp_path / name).write_bytes(b"BM")
    error = fails(target_for(openai_server), make_request(images=[str(tmp_path / name)]))
    assert error.kind == "bad_request" and not error.retryable
    assert openai_server.requests == []


def test_from_spec_with_url(openai_server):
    target = OpenAITarget.from_spec(f"my-model@http://127.0.0.1:{openai_server.port}/v1")
    assert target.name == "openai:my-model"
    assert generate_once(target).model == "my-model"
    assert openai_server.requests[0].path == "/v1/chat/completions"


def test_from_spec_default_url():
    target = OpenAITarget.from_spec("gpt-4o-mini")
    assert target.config.base_url == DEFAULT_BASE_URL and target.config.model == "gpt-4o-mini"


@pytest.mark.parametrize("spec", ["", "model@localhost:8000/v1", "a b"])
def test_bad_spec(spec):
    with pytest.raises(InputError, match="openai:MODEL@URL"):
        OpenAITarget.from_spec(spec)


@pytest.mark.parametrize("config, problem", [
    ({"model": "m", "temprature": 0.5}, "unknown field"),
    ({}, "required"),
    ({"model": "m", "base_url": "localhost:8000"}, "http://"),
    ({"model": "m", "base_url": "http://h/v1/chat/completions"}, "API root"),
    ({"model": "m", "headers": {"Authorization": "Bearer x"}}, "api_key_env"),
    ({"model": "m", "params": {"messages": []}}, "filled in by auditkit"),
    ({"model": "m", "params": {"stream": True}}, "streaming"),
    ({"model": "m", "max_retries": -1}, "greater than or equal"),
])
def test_bad_config(config, problem):
    with pytest.raises(InputError) as info:
        OpenAITarget.from_config(config)
    assert problem in str(info.value)


def test_concurrent_requests_share_one_pool():
    with OpenAIStubServer(latency=0.3) as server:
        target = target_for(server)

        async def main() -> list:
            try:
                return await asyncio.gather(*(target.generate(make_request(f"q{i}")) for i in range(20)))
            finally:
                await target.aclose()

        started = time.monotonic()
        responses = asyncio.run(main())
        elapsed = time.monotonic() - started
        assert server.peak_in_flight >= 10
    assert [r.text for r in responses] == [COMPLY_PREFIX + f"q{i}" for i in range(20)]
    assert elapsed < 3.0  # serially it would take 6 s


def test_proxy_from_the_environment_carries_the_request(openai_server, monkeypatch):
    from auditkit.targets.openai import env_proxy

    proxy = openai_server.base_url.removesuffix("/v1")
    for name in ("HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", proxy)
    monkeypatch.setenv("NO_PROXY", "internal.example")
    assert env_proxy("http://model.example/v1/chat/completions") == proxy
    assert env_proxy("http://internal.example/v1/chat/completions") is None
    # The stub plays the proxy: the request reaches it though the model's host resolves nowhere.
    reply = generate_once(OpenAITarget(model="stub-model", base_url="http://model.example/v1"))
    assert reply.text.startswith(COMPLY_PREFIX)
    assert len(openai_server.requests) == 1
