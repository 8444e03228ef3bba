"""What an OpenAI-compatible endpoint says about the model it serves (GET /models), for the run's provenance.

One request with a short timeout and no retries; a server without the route (or one that fails) leaves the
provenance saying so instead of failing the run. Fields are kept only as short scalars, and anything that
echoes the API key is redacted, as in every other answer of the endpoint.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

import aiohttp

from auditkit.records.provenance import ModelProvenance

if TYPE_CHECKING:
    from auditkit.targets.openai import OpenAITarget

MODELS_TIMEOUT_S = 10.0
MODELS_MAX_BYTES = 1024 * 1024
MAX_FIELDS = 30
NOT_STATED = ("not stated: the audit reached the model only through its API, which does not say whether the "
              "weights are published; set model_card.open_weights in the config")


async def _get(target: OpenAITarget, url: str) -> tuple[int, bytes]:
    client = target._client_for_loop()  # noqa: SLF001 - the target's own session, headers and proxy
    timeout = aiohttp.ClientTimeout(total=min(target.config.timeout, MODELS_TIMEOUT_S))
    async with client.get(url, allow_redirects=False, proxy=target._proxy, timeout=timeout) as reply:  # noqa: SLF001
        chunks, size = [], 0
        async for chunk in reply.content.iter_any():
            size += len(chunk)
            if size > MODELS_MAX_BYTES:
                raise ValueError(f"the model list is over {MODELS_MAX_BYTES} bytes")
            chunks.append(chunk)
        return reply.status, b"".join(chunks)


def public_url(url: str) -> str:
    """The URL without user:password@ (a URL may embed credentials)."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def _scalars(entry: dict[str, Any], redact: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in list(entry.items())[:MAX_FIELDS]:
        if isinstance(value, str):
            out[str(key)] = redact(value[:500])
        elif isinstance(value, bool | int | float):
            out[str(key)] = value
    return out


async def model_entry(target: OpenAITarget) -> tuple[dict[str, Any] | None, str | None]:
    """(the endpoint's entry for the target's model, None) or (None, why there is none)."""
    url = f"{target.config.base_url}/models"
    shown = f"{public_url(url)}"
    try:
        status, body = await _get(target, url)
    except (TimeoutError, aiohttp.ClientError, ValueError) as exc:
        return None, target._redact(f"GET {shown} failed: {type(exc).__name__}: {exc}")  # noqa: SLF001
    if status != 200:
        return None, f"GET {shown} answered HTTP {status}"
    try:
        data = json.loads(body)
    except ValueError:
        return None, f"GET {shown} did not answer JSON"
    listed = data.get("data") if isinstance(data, dict) else data
    if not isinstance(listed, list):
        return None, f"GET {shown} answered no model list"
    entries = [e for e in listed if isinstance(e, dict)]
    for entry in entries:
        if entry.get("id") == target.config.model:
            return _scalars(entry, target._redact), None  # noqa: SLF001
    return None, f"GET {shown} lists {len(entries)} model(s), none with id {target.config.model!r}"


async def endpoint_provenance(target: OpenAITarget) -> ModelProvenance:
    """The model's provenance as far as its endpoint shows it: id, owner, what it was served from."""
    entry, problem = await model_entry(target)
    prov = ModelProvenance(name=target.config.model, location=public_url(target.config.base_url), access="api",
                           open_weights_basis=NOT_STATED, sources={"name": "the target's model id"})
    if problem:
        prov.notes.append(problem)
        return prov
    assert entry is not None
    # owned_by is the serving account (OpenAI names itself, vLLM says "vllm"): a card field, not the provider.
    prov.card = {f"models.{k}": v for k, v in entry.items()}
    prov.sources["card"] = "GET /models"
    # vLLM names the base model of a served adapter.
    parent = entry.get("parent")
    if isinstance(parent, str) and parent:
        prov.base_models = [parent]
        prov.sources["base_models"] = "GET /models parent"
    return prov
