"""The `python` target: a Python function (sync or async) that answers a prompt."""

from __future__ import annotations

import asyncio
import hashlib
import importlib
import importlib.util
import inspect
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import Field, field_validator

from auditkit._base import UserModel
from auditkit.errors import InputError, TargetError
from auditkit.records.attempts import GenerationRequest, Response
from auditkit.records.hashing import sha256_file
from auditkit.targets.configured import ConfiguredTarget
from auditkit.targets.media import refuse_media
from auditkit.userfiles import validate

SPEC_FORM = "python:pkg.module:function or python:path/to/file.py:function"
# kwargs values shown by describe() unless their name suggests a credential.
_SECRET_NAME = re.compile(r"key|token|secret|passw|auth|credential", re.IGNORECASE)


class PythonConfig(UserModel):
    """The `target:` mapping for `type: python`."""

    function: str = Field(description="'pkg.module:function' or 'path/to/file.py:function'")
    kwargs: dict[str, Any] = Field(default_factory=dict, description="extra keyword arguments for each call")

    @field_validator("function")
    @classmethod
    def _check_function(cls, value: str) -> str:
        module, _, attr = value.strip().rpartition(":")
        if not module or not attr or not all(part.isidentifier() for part in attr.split(".")):
            raise ValueError(f"expected 'pkg.module:function' or 'path/to/file.py:function', got {value!r}")
        return value.strip()


def _is_path(module: str) -> bool:
    return module.endswith(".py") or "/" in module or os.sep in module


def _import_file(path_text: str) -> Any:
    path = Path(path_text).expanduser().resolve()
    if not path.is_file():
        raise InputError(f"python target: file not found: {path_text}")
    # A unique, stable module name per file, registered in sys.modules so that the file's own
    # dataclasses, pickling and relative lookups behave as for a normally imported module.
    name = f"auditkit_target_{path.stem}_{hashlib.sha256(str(path).encode()).hexdigest()[:8]}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise InputError(f"python target: cannot load {path_text} as a Python module")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


def _import_module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        # The console script does not put the working directory on sys.path; users expect
        # `python:app:reply` to find ./app.py, as uvicorn and gunicorn do.
        cwd = os.getcwd()
        top = name.split(".")[0]
        if exc.name != top or cwd in sys.path or "" in sys.path:
            raise
        sys.path.insert(0, cwd)
        return importlib.import_module(name)


def resolve_function(target: str) -> Callable[..., Any]:
    """Import `module:function` (or `file.py:function`); InputError naming what failed."""
    module_name, _, attr = target.rpartition(":")
    try:
        module = _import_file(module_name) if _is_path(module_name) else _import_module(module_name)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - importing user code can raise anything; report it as input
        raise InputError(f"python target {target!r}: cannot import {module_name!r}: "
                         f"{type(exc).__name__}: {exc}") from None
    obj: Any = module
    for part in attr.split("."):
        if not hasattr(obj, part):
            raise InputError(f"python target {target!r}: {module_name!r} has no attribute {attr!r}")
        obj = getattr(obj, part)
    if not callable(obj):
        raise InputError(f"python target {target!r}: {attr!r} is not callable")
    return obj


def _is_async(fn: Callable[..., Any]) -> bool:
    # A callable object counts as async when its class defines `async def __call__`.
    if inspect.iscoroutinefunction(fn):
        return True
    return not inspect.isroutine(fn) and inspect.iscoroutinefunction(type(fn).__call__)


def _parameter_names(fn: Callable[..., Any]) -> set[str]:
    try:
        return set(inspect.signature(fn).parameters)
    except (TypeError, ValueError):  # some builtins have no signature
        return set()


class PythonTarget(ConfiguredTarget):
    """A Python callable under audit: `fn(prompt) -> str`, or `fn(messages=..., images=..., audio=..., video=...)`.

    Sync callables run in a worker thread so that the runner's concurrency applies to them too.
    """

    type = "python"
    config_model = PythonConfig  # what a config file's `target:` mapping is checked against

    def __init__(self, config: PythonConfig | None = None, /, **options: Any) -> None:
        self.config = config = self._config(config, options)
        self.name = f"python:{config.function}"
        self.function = resolve_function(config.function)
        params = _parameter_names(self.function)
        self._wants_messages = "messages" in params
        self._wants_images = "images" in params
        self._wants_audio = "audio" in params
        self._wants_video = "video" in params
        self._async = _is_async(self.function)

    @classmethod
    def from_spec(cls, spec: str) -> PythonTarget:
        """Build from `pkg.module:function` or `file.py:function` (the part after `python:`)."""
        try:
            config = validate(PythonConfig, {"function": spec}, what="python target spec")
        except InputError as exc:
            raise InputError(f"python target spec {spec!r}: expected {SPEC_FORM}", problems=exc.problems) from None
        return cls(config)

    def __repr__(self) -> str:
        return f"PythonTarget(function={self.config.function!r})"

    def describe(self) -> dict[str, Any]:
        """Type, function and its source file hash; kwargs whose names look like credentials are hidden."""
        kwargs = {k: ("***" if _SECRET_NAME.search(k) else v) for k, v in self.config.kwargs.items()}
        out: dict[str, Any] = {"type": self.type, "function": self.config.function, "kwargs": kwargs}
        source = _source_file(self.function)
        if source is not None:
            out["source"] = str(source)
            out["source_sha256"] = sha256_file(source)
        return out

    def _arguments(self, request: GenerationRequest) -> tuple[tuple[Any, ...], dict[str, Any]]:
        kwargs = dict(self.config.kwargs)
        if self._wants_images:
            kwargs["images"] = list(request.images)
        refuse_media(self.name, request, audio=self._wants_audio, video=self._wants_video)
        if self._wants_audio:
            kwargs["audio"] = list(request.audio)
        if self._wants_video:
            kwargs["video"] = list(request.video)
        if self._wants_messages:
            kwargs["messages"] = [{"role": m.role, "content": m.content} for m in request.messages]
            return (), kwargs
        return (request.user_text,), kwargs

    async def generate(self, request: GenerationRequest) -> Response:
        """Call the function once; its exceptions become TargetError(kind="exception")."""
        args, kwargs = self._arguments(request)
        started = time.perf_counter()
        try:
            if self._async:
                result = await self.function(*args, **kwargs)
            else:
                result = await asyncio.to_thread(self.function, *args, **kwargs)
                if inspect.isawaitable(result):  # e.g. a sync wrapper that returns a coroutine
                    result = await result
        except TargetError:
            raise  # the function reports its own failure kind (and whether a retry helps)
        except Exception as exc:  # noqa: BLE001 - any failure of the audited code is a recorded result
            raise TargetError(f"{self.name} raised {type(exc).__name__}: {exc}", kind="exception") from None
        latency_ms = (time.perf_counter() - started) * 1000.0
        return self._response(result, latency_ms)

    def _response(self, result: Any, latency_ms: float) -> Response:
        if isinstance(result, str):
            return Response(text=result, latency_ms=latency_ms)
        if isinstance(result, dict) and isinstance(result.get("text"), str):
            finish = result.get("finish_reason")
            return Response(text=result["text"], finish_reason=finish if isinstance(finish, str) else None,
                            latency_ms=latency_ms)
        raise TargetError(f"{self.name} returned {type(result).__name__}; expected a str "
                          "or a dict with a 'text' string", kind="bad_response")

    async def aclose(self) -> None:
        """Nothing to release: the function's module stays imported."""


def _source_file(fn: Callable[..., Any]) -> Path | None:
    try:
        name = inspect.getsourcefile(inspect.unwrap(fn))
    except TypeError:
        return None
    if not name:
        return None
    path = Path(name)
    return path if path.is_file() else None
