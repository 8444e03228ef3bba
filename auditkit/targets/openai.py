"""The `openai` target: any OpenAI-compatible chat-completions endpoint, over HTTP with retries.

The transport is aiohttp: at 32 requests in flight it costs about 0.1 ms of CPU per request, where httpx's
connection pool (which scans every connection with a system call per request) cost 2 ms; on a 2-core
machine that CPU is what the detectors need to keep up with the answers.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

import aiohttp
from pydantic import Field, field_validator

from auditkit import secrets
from auditkit._base import UserModel
from auditkit.errors import InputError, TargetError
from auditkit.records.attempts import GenerationRequest, Response
from auditkit.targets.configured import ConfiguredTarget
from auditkit.targets.images import image_content_part
from auditkit.targets.media import audio_content_part, frame_parts, video_content_part
from auditkit.targets.openai_models import endpoint_provenance, public_url

if TYPE_CHECKING:
    from collections.abc import Mapping

    from auditkit.records.provenance import ModelProvenance

DEFAULT_BASE_URL = "https://api.openai.com/v1"
SPEC_FORM = "openai:MODEL or openai:MODEL@URL (for example openai:gpt-4o-mini@http://localhost:8000/v1)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
RETRY_AFTER_STATUSES = frozenset({429, 503})
MAX_BACKOFF_S = 30.0
MAX_RETRY_AFTER_S = 60.0
# Headers that carry credentials: they must come from the environment, never from a config file
# (config files are committed and copied into run manifests).
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "api-key", "x-api-key"})
DEFAULT_PARAMS: dict[str, Any] = {"temperature": 0}
DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024


class OpenAIConfig(UserModel):
    """The `target:` mapping for `type: openai`."""

    model: str = Field(min_length=1, description="model name the endpoint serves")
    base_url: str = Field(DEFAULT_BASE_URL, description="API root, e.g. http://localhost:8000/v1")
    api_key_env: str | None = Field("OPENAI_API_KEY", description="environment variable holding the key; "
                                    "when it is unset no key is sent (local servers need none)")
    api_key_header: str = Field("Authorization", description="header carrying the key; 'Authorization' sends "
                                "'Bearer KEY', any other header (e.g. Azure's 'api-key') the bare key")
    headers: dict[str, str] = Field(default_factory=dict, description="extra headers (no secrets)")
    params: dict[str, Any] = Field(default_factory=dict, description="generation parameters merged into the "
                                   "request body (temperature defaults to 0; a null value drops a parameter)")
    timeout: float = Field(60.0, gt=0, description="seconds to wait for one answer")
    max_retries: int = Field(4, ge=0, le=20)
    backoff_base: float = Field(0.5, ge=0, description="first retry delay in seconds; doubles, with jitter")
    max_response_bytes: int = Field(DEFAULT_MAX_RESPONSE_BYTES, ge=1024, description="larger answers are "
                                    "recorded as errors (kind response_too_large) instead of filling the log")
    video: Literal["video_url", "frames"] = Field("video_url", description="how video probes are sent: "
                                                  "video_url (an MP4 data URL, as vLLM accepts) or frames (one "
                                                  "image part per frame, for endpoints that take only images)")

    @field_validator("base_url")
    @classmethod
    def _check_base_url(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if not re.match(r"^https?://[^/\s]+", value):
            raise ValueError("base_url must start with http:// or https://, e.g. http://localhost:8000/v1")
        if value.endswith("/chat/completions"):
            raise ValueError("base_url is the API root (e.g. .../v1), without /chat/completions")
        return value

    @field_validator("headers")
    @classmethod
    def _check_headers(cls, value: dict[str, str]) -> dict[str, str]:
        for name in value:
            if name.lower() in SECRET_HEADERS:
                raise ValueError(f"header {name!r} carries a secret; put the key in an environment variable "
                                 "and name it with api_key_env (and api_key_header)")
        return value

    @field_validator("params")
    @classmethod
    def _check_params(cls, value: dict[str, Any]) -> dict[str, Any]:
        for key in ("model", "messages"):
            if key in value:
                raise ValueError(f"params cannot set {key!r}; it is filled in by auditkit")
        if value.get("stream"):
            raise ValueError("streaming is not supported; remove params.stream")
        return value


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date), or None if absent/invalid."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


@dataclass(frozen=True)
class Reply:
    """A whole HTTP answer, read within the size limit."""

    status_code: int
    reason_phrase: str
    headers: Mapping[str, str]
    content: bytes

    @property
    def text(self) -> str:
        """The body as text (undecodable bytes replaced)."""
        return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body parsed as JSON (ValueError when it is not)."""
        return json.loads(self.content)


def _ssl_context() -> Any:
    # certifi's bundle when it is installed (as httpx and requests use), so certificates verify the same way
    # on machines whose system store is empty or stale; else the system store.
    import ssl

    try:
        import certifi
    except ImportError:
        return ssl.create_default_context()
    return ssl.create_default_context(cafile=certifi.where())


def env_proxy(url: str) -> str | None:
    """The proxy the environment (HTTP_PROXY, HTTPS_PROXY, NO_PROXY) sets for `url`, or None."""
    import urllib.request

    parts = urlsplit(url)
    if urllib.request.proxy_bypass(parts.hostname or ""):
        return None
    return urllib.request.getproxies().get(parts.scheme)


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class OpenAITarget(ConfiguredTarget):
    """A model behind an OpenAI-compatible `/chat/completions` endpoint (OpenAI, vLLM, Ollama, TGI, ...)."""

    type = "openai"
    config_model = OpenAIConfig  # what a config file's `target:` mapping is checked against

    def __init__(self, config: OpenAIConfig | None = None, /, **options: Any) -> None:
        self.config = config = self._config(config, options)
        self.name = f"openai:{config.model}"
        self._url = f"{config.base_url}/chat/completions"
        self._client: aiohttp.ClientSession | None = None
        self._client_loop: asyncio.AbstractEventLoop | None = None
        self._proxy: str | None = None
        self._images: dict[str, dict] = {}

    @classmethod
    def from_spec(cls, spec: str) -> OpenAITarget:
        """Build from `MODEL` or `MODEL@URL` (the part after `openai:`)."""
        match = re.fullmatch(r"(?P<model>[^@\s]+)(?:@(?P<url>\S+))?", spec.strip())
        if not match:
            raise InputError(f"openai target spec {spec!r}: expected {SPEC_FORM}")
        options: dict[str, Any] = {"model": match["model"]}
        if match["url"]:
            options["base_url"] = match["url"]
        try:
            return cls._from_fields(options, what="spec")
        except InputError as exc:
            raise InputError(f"openai target spec {spec!r}: expected {SPEC_FORM}", problems=exc.problems) from None

    def __repr__(self) -> str:
        return f"OpenAITarget(model={self.config.model!r}, base_url={public_url(self.config.base_url)!r})"

    def _api_key(self) -> str | None:
        env = self.config.api_key_env
        return secrets.lookup(env) if env else None

    def describe(self) -> dict[str, Any]:
        """Type, model, endpoint and parameters; header names only and never the key."""
        env = self.config.api_key_env
        if not env:
            auth = "none"
        elif self._api_key() is None:
            auth = f"none (${env} is not set)"
        else:
            auth = f"key from ${env} in header {self.config.api_key_header}"
        base = public_url(self.config.base_url)
        return {
            "type": self.type,
            "model": self.config.model,
            "base_url": base,
            "endpoint": f"{base}/chat/completions",
            "params": self._params(),
            "headers": sorted(self.config.headers),
            "auth": auth,
            "timeout": self.config.timeout,
            "max_retries": self.config.max_retries,
        }

    async def provenance(self) -> ModelProvenance:
        """What the endpoint says about the model (GET /models), recorded in the run's manifest."""
        return await endpoint_provenance(self)

    def _params(self) -> dict[str, Any]:
        merged = {**DEFAULT_PARAMS, **self.config.params}
        return {k: v for k, v in merged.items() if v is not None}

    def _client_for_loop(self) -> aiohttp.ClientSession:
        # A client session is bound to the event loop it was first used in, so make it lazily
        # inside the running loop (and again if the target is reused under a new loop).
        loop = asyncio.get_running_loop()
        if self._client is None or self._client_loop is not loop:
            headers = dict(self.config.headers)
            key = self._api_key()
            if key is not None:
                is_bearer = self.config.api_key_header.lower() == "authorization"
                headers[self.config.api_key_header] = f"Bearer {key}" if is_bearer else key
            self._client = aiohttp.ClientSession(
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self.config.timeout),
                # The runner bounds concurrency; the pool must never be the bottleneck.
                connector=aiohttp.TCPConnector(limit=256, ssl=_ssl_context() if self._url.startswith("https:")
                                               else True),
            )
            # Proxies from HTTP(S)_PROXY / NO_PROXY, as curl and other clients honour them; looked up once
            # here, because aiohttp's trust_env re-reads the environment and ~/.netrc on every request.
            self._proxy = env_proxy(self._url)
            self._client_loop = loop
        return self._client

    def _image_part(self, path: str) -> dict:
        # Every sample of an image probe sends the same file; encode it once.
        if path not in self._images:
            if len(self._images) >= 64:
                self._images.clear()
            self._images[path] = image_content_part(path)
        return self._images[path]

    def _media_parts(self, request: GenerationRequest) -> list[dict[str, Any]]:
        parts = [self._image_part(path) for path in request.images]
        parts += [audio_content_part(path) for path in request.audio]
        for path in request.video:
            parts += frame_parts(path) if self.config.video == "frames" else [video_content_part(path)]
        return parts

    def request_body(self, request: GenerationRequest) -> dict[str, Any]:
        """The JSON body sent for one request: images as data URLs, audio as `input_audio` parts and video as
        `video_url` parts (or frames), on the last user message after its text."""
        messages: list[dict[str, Any]] = [{"role": m.role, "content": m.content} for m in request.messages]
        if (request.images or request.audio or request.video) and messages:
            users = [i for i, m in enumerate(messages) if m["role"] == "user"]
            at = users[-1] if users else len(messages) - 1
            parts = [{"type": "text", "text": messages[at]["content"]}, *self._media_parts(request)]
            messages[at] = {"role": messages[at]["role"], "content": parts}
        body: dict[str, Any] = {"model": self.config.model, "messages": messages, **self._params()}
        if request.seed is not None and "seed" not in self.config.params:
            body["seed"] = request.seed
        return body

    async def generate(self, request: GenerationRequest) -> Response:
        """Send one chat completion, retrying rate limits, server errors and dropped connections."""
        try:
            body = self.request_body(request)
        except TargetError as err:
            raise self._final(err, 0) from None
        retries = 0
        while True:
            try:
                return await self._send_once(body, retries)
            except TargetError as err:
                if not err.retryable or retries >= self.config.max_retries:
                    raise self._final(err, retries) from None
                await asyncio.sleep(self._delay(err, retries))
                retries += 1

    def _delay(self, err: TargetError, retries: int) -> float:
        if err.retry_after is not None:
            return min(err.retry_after, MAX_RETRY_AFTER_S)
        ceiling = min(MAX_BACKOFF_S, self.config.backoff_base * 2**retries)
        # Jitter spreads retries of many concurrent attempts so they do not hit the server together.
        return random.uniform(ceiling / 2, ceiling)

    def _final(self, err: TargetError, retries: int) -> TargetError:
        message = self._redact(str(err))
        if retries:
            message += f" (gave up after {retries} retr{'y' if retries == 1 else 'ies'})"
        return TargetError(message, kind=err.kind, retryable=err.retryable, retry_after=err.retry_after,
                           retries=retries)

    def _redact(self, text: str) -> str:
        # Servers sometimes echo the key back in error bodies (e.g. "Incorrect API key provided: ...").
        key = self._api_key()
        return text.replace(key, "***") if key else text

    async def _send_once(self, body: dict[str, Any], retries: int) -> Response:
        client = self._client_for_loop()
        started = time.perf_counter()
        try:
            reply = await self._post(client, body)
        except TimeoutError as exc:
            raise TargetError(f"{self.name}: no answer from {self._public_endpoint()} within "
                              f"{self.config.timeout:g}s ({type(exc).__name__})", kind="timeout",
                              retryable=True) from None
        except (aiohttp.ClientConnectionError, aiohttp.ClientPayloadError) as exc:
            # Refused, reset or dropped connections and cut-off bodies: another try may well succeed.
            raise TargetError(f"{self.name}: connection to {self._public_endpoint()} failed: "
                              f"{type(exc).__name__}: {exc}", kind="connection", retryable=True) from None
        except aiohttp.ClientError as exc:
            # Proxy, URL and protocol set-up errors: retrying would fail the same way.
            raise TargetError(f"{self.name}: request to {self._public_endpoint()} failed: "
                              f"{type(exc).__name__}: {exc}", kind="connection") from None
        latency_ms = (time.perf_counter() - started) * 1000.0
        if not 200 <= reply.status_code < 300:
            raise self._status_error(reply)
        return self._parse(reply, latency_ms, retries)

    async def _post(self, client: aiohttp.ClientSession, body: dict[str, Any]) -> Reply:
        # Stream the body so that a runaway answer is cut off at the limit instead of filling memory.
        # Redirects are not followed: a redirected API root is a misconfiguration to report (see _status_error).
        limit = self.config.max_response_bytes
        async with client.post(self._url, json=body, allow_redirects=False, proxy=self._proxy) as reply:
            declared = reply.content_length
            if declared is not None and declared > limit:
                raise self._too_large(declared)
            chunks, size = [], 0
            async for chunk in reply.content.iter_any():
                size += len(chunk)
                if size > limit:
                    raise self._too_large(size)
                chunks.append(chunk)
            return Reply(reply.status, reply.reason or "", reply.headers, b"".join(chunks))

    def _too_large(self, size: int) -> TargetError:
        return TargetError(f"{self.name}: answer from {self._public_endpoint()} is over "
                           f"{self.config.max_response_bytes} bytes ({size} so far); raise max_response_bytes "
                           "to accept it", kind="response_too_large")

    def _public_endpoint(self) -> str:
        return public_url(self._url)

    def _status_error(self, reply: Reply) -> TargetError:
        status = reply.status_code
        detail, code = _error_detail(reply)
        kind = f"http_{status}"
        if status == 400 and code == "content_filter":
            # The provider's own filter blocked the prompt: a result worth keeping apart from plain errors.
            kind = "content_filter"
        if 300 <= status < 400:
            detail = f"redirected to {reply.headers.get('location', '?')}; check base_url"
        retry_after = parse_retry_after(reply.headers.get("retry-after")) if status in RETRY_AFTER_STATUSES else None
        return TargetError(self._redact(f"{self.name}: HTTP {status} from {self._public_endpoint()}: {detail}"),
                           kind=kind, retryable=status in RETRY_STATUSES, retry_after=retry_after)

    def _bad(self, why: str) -> TargetError:
        return TargetError(self._redact(f"{self.name}: unusable answer from {self._public_endpoint()}: {why}"),
                           kind="bad_response", retryable=True)

    def _parse(self, reply: Reply, latency_ms: float, retries: int) -> Response:
        try:
            data = reply.json()
        except ValueError:
            raise self._bad(f"body is not JSON: {reply.text[:200]!r}") from None
        if not isinstance(data, dict):
            raise self._bad(f"expected a JSON object, got {type(data).__name__}")
        choices = data.get("choices")
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            error = data.get("error")
            hint = f" (error: {error.get('message') if isinstance(error, dict) else error})" if error else ""
            raise self._bad("no choices" + hint)
        choice = choices[0]
        message = choice.get("message")
        if not isinstance(message, dict):
            raise self._bad("choices[0] has no message")
        finish_reason = choice.get("finish_reason")
        finish_reason = finish_reason if isinstance(finish_reason, str) else None
        content = message.get("content")
        if isinstance(content, str):
            text = content
        elif isinstance(content, list):
            texts = [p.get("text") for p in content if isinstance(p, dict) and isinstance(p.get("text"), str)]
            if not texts:
                raise self._bad("message content has no text parts")
            text = "".join(texts)
        elif content is None and isinstance(message.get("refusal"), str):
            # Newer OpenAI models put a refusal in its own field with content null.
            text = message["refusal"]
        elif content is None and finish_reason == "content_filter":
            text = ""
        else:
            raise self._bad("message has no content")
        # A hostile or misconfigured server may echo the credentials back; they must not reach the log.
        text = self._redact(text)
        usage = data.get("usage") if isinstance(data.get("usage"), dict) else {}
        model = data.get("model")
        return Response(
            text=text,
            finish_reason=finish_reason,
            model=model if isinstance(model, str) and model else self.config.model,
            prompt_tokens=_int_or_none(usage.get("prompt_tokens")),
            completion_tokens=_int_or_none(usage.get("completion_tokens")),
            latency_ms=latency_ms,
            retries=retries,
        )

    async def aclose(self) -> None:
        """Close the connection pool."""
        client, loop = self._client, self._client_loop
        self._client = self._client_loop = None
        if client is None:
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        # A client from a loop that has ended cannot be closed from another loop; its sockets are gone.
        if running is loop:
            await client.close()
        elif client.connector is not None:
            client.connector._close()  # noqa: SLF001  (drop the dead sockets without the closed loop)


def _error_detail(reply: Reply) -> tuple[str, str | None]:
    """A short reason from an error body (OpenAI's {"error": {"message", "code"}} or plain text)."""
    try:
        data = reply.json()
    except ValueError:
        text = reply.text.strip()
        return (text[:300] or reply.reason_phrase or "no body"), None
    error = data.get("error") if isinstance(data, dict) else None
    if isinstance(error, dict):
        code = error.get("code")
        return str(error.get("message") or error)[:300], code if isinstance(code, str) else None
    if isinstance(error, str):
        return error[:300], None
    return str(data)[:300], None
