"""RunConfig: everything `auditkit run` needs, from the command line or auditkit.yaml."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError, field_validator

from auditkit._base import UserModel
from auditkit.errors import InputError
from auditkit.policy.model import Severity
from auditkit.provenance.model import ModelCardStatement
from auditkit.userfiles import Location, load_yaml, located_problem, validation_problems

DEFAULT_SUITES = ["starter"]
DEFAULT_POLICY = "default"


class RunConfig(UserModel):
    """One audit: target, suites, policy and how to run them."""

    target: str | dict[str, Any] = Field(description="`openai:MODEL@URL`, `python:mod:fn`, `replay:PATH`, "
                                                     "or a mapping with `type`")
    suites: list[str] = Field(default_factory=lambda: list(DEFAULT_SUITES), min_length=1)
    policy: str | None = DEFAULT_POLICY
    out: Path | None = None
    concurrency: int = Field(default=8, ge=1, le=1024)
    samples: int = Field(default=1, ge=1, le=100)
    seed: int = 0
    score: bool = Field(default=True, description="score responses with the detectors; false only collects "
                                                  "them (score later with `auditkit score`)")
    scoring_threads: int | None = Field(default=None, ge=1, le=64, description="threads that score answers "
                                        "while requests are in flight; default: one per CPU, at most 4")
    limit: int | None = Field(default=None, ge=1, description="send at most this many attempts (a smoke run)")
    fail_on: Severity = "high"
    fail_on_inconclusive: bool = Field(default=False, description="every inconclusive rule at or above fail_on "
                                       "fails the gate, whatever the policy's on_inconclusive says")
    title: str | None = None
    intended_use: str | None = None
    out_of_scope_uses: list[str] = Field(default_factory=list, description="uses the model is not for; the "
                                                                           "model card lists them")
    signer: str | None = Field(default=None, description="who signs the report off (name, role); shown with "
                                                         "the run id and manifest hash")
    executor: str = Field(default="local", description="where attempts are sent and scored: `local` (this "
                          "process), `ray` (the cluster in RAY_ADDRESS, else a local Ray instance) or "
                          "`ray://HOST:PORT` (Ray Client); needs auditkit[ray]")
    ray_workers: int | None = Field(default=None, ge=1, le=4096, description="Ray workers (actors) to start; "
                                    "default: one per CPU of the cluster, at most one per request in flight")
    ray_gpus: float = Field(default=0, ge=0, le=64, description="GPUs each Ray worker reserves (a local model "
                            "on GPU); Ray hides GPUs from workers that reserve none")
    model_card: ModelCardStatement | None = Field(default=None, description="what the provider states about the "
                                                   "model (licence, open weights, provider, intended use); "
                                                   "recorded with what the model's own files or API say")
    commercial_use: bool = Field(default=True, description="the audit serves a commercial release: licences in "
                                 "the chain (model, data sets, detector models) that do not clearly allow "
                                 "commercial use become caveats")

    @field_validator("suites", "out_of_scope_uses", mode="before")
    @classmethod
    def _one_suite(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("executor")
    @classmethod
    def _executor_form(cls, value: str) -> str:
        if value in ("local", "ray") or re.fullmatch(r"ray://[^\s/:]+:\d{1,5}", value):
            return value
        raise ValueError("expected local, ray or ray://HOST:PORT")

    @field_validator("target")
    @classmethod
    def _target_type(cls, value: Any) -> Any:
        if isinstance(value, dict) and "type" not in value:
            raise ValueError("a target mapping needs `type` (openai, python, replay, ...)")
        return value


def load_config(path: Path, *, check_target: bool = True) -> dict[str, Any]:
    """Read auditkit.yaml as a mapping (validated once merged with command-line options).

    Every problem of the file, its `target:` section included, is reported at once with file:line:col;
    `check_target=False` skips the section when the command line replaces it.
    """
    path = Path(path)
    raw, where = load_yaml(path)
    problems: list[str] = []
    model = None
    try:
        model = _ConfigFile.model_validate(raw)
    except ValidationError as exc:
        problems += validation_problems(exc, _ConfigFile, path, where)
    if check_target and isinstance(raw, dict):
        problems += target_problems(raw.get("target"), path, where)
    if problems or model is None:
        problems.sort(key=lambda line: _line_of(line, path))
        raise InputError(f"{path}: invalid config ({len(problems)} problem(s))", file=str(path), problems=problems)
    data = model.model_dump(exclude_unset=True)
    base = path.resolve().parent
    # Paths in a config file are relative to that file, not to where the command runs.
    if "out" in data and data["out"] is not None and not Path(data["out"]).is_absolute():
        data["out"] = base / data["out"]
    if "suites" in data:
        data["suites"] = [s if not (base / s).exists() else str(base / s) for s in data["suites"]]
    if "policy" in data and data["policy"] and (base / data["policy"]).exists():
        data["policy"] = str(base / data["policy"])
    data["target"] = _relative_target(data.get("target"), base)
    return data


def _line_of(problem: str, path: Path) -> tuple[int, int]:
    """The (line, column) a located problem line names, for listing a file's problems in order."""
    match = re.match(r":(\d+):(\d+): ", problem[len(str(path)):])
    return (int(match[1]), int(match[2])) if match else (0, 0)


def target_problems(target: Any, path: Path | None = None, where: dict[tuple, Location] | None = None) -> list[str]:
    """Located problems of a `target:` value: its type must be installed and its options fit that type.

    Targets whose factory names a `config_model` (every built-in one) are checked field by field, so that a
    misspelt option is reported with the rest of the file instead of when the run starts.
    """
    from auditkit.plugins import available, load_plugin
    from auditkit.targets.registry import SPEC_FORMS

    def located(loc: tuple, message: str) -> str:
        return located_problem(path, where, loc, message)

    if isinstance(target, str):
        type_name, colon, _ = target.strip().partition(":")
        loc: tuple = ("target",)
        if not colon or not type_name:
            return [located(loc, f"expected TYPE:SPEC ({', '.join(SPEC_FORMS)}) or a mapping with `type` "
                                 f"(got {target!r})")]
    elif isinstance(target, dict) and "type" in target:
        type_name, loc = target["type"], ("target", "type")
        if not isinstance(type_name, str) or not type_name:
            return [located(loc, f"expected a target type name, one of: {', '.join(available('targets'))}")]
    else:
        return []  # missing, or a mapping without `type`: the RunConfig model reports those
    types = available("targets")
    if type_name not in types:
        return [located(loc, f"unknown target type {type_name!r}; expected one of: {', '.join(types)}")]
    config_model = getattr(load_plugin("targets", type_name), "config_model", None)
    if not isinstance(target, dict) or not (isinstance(config_model, type) and issubclass(config_model, BaseModel)):
        return []  # a TYPE:SPEC string is parsed by its target when the run starts
    options = {k: v for k, v in target.items() if k != "type"}
    try:
        config_model.model_validate(options)
    except ValidationError as exc:
        return validation_problems(exc, config_model, path, where, prefix=("target",))
    return []


def _relative_target(target: Any, base: Path) -> Any:
    """Resolve a replay file, a python `file.py:fn` or a local hf model in a config file against its folder."""
    if isinstance(target, str):
        kind, _, rest = target.partition(":")
        if kind in ("replay", "hf") and rest and (base / rest).exists():
            return f"{kind}:{base / rest}"
        if kind == "python" and ".py:" in rest and (base / rest.split(".py:")[0]).with_suffix(".py").exists():
            return f"python:{base / rest}"
        return target
    if isinstance(target, dict):
        resolved = dict(target)
        if target.get("type") == "replay" and target.get("path") and (base / target["path"]).exists():
            resolved["path"] = str(base / target["path"])
        model = target.get("model")
        if target.get("type") == "hf" and isinstance(model, str) and model and (base / model).exists():
            resolved["model"] = str(base / model)  # a local model folder or .gguf file
        func = target.get("function")
        if target.get("type") == "python" and isinstance(func, str) and ".py:" in func:
            path, _, fn = func.rpartition(":")
            if (base / path).exists():
                resolved["function"] = f"{base / path}:{fn}"
        return resolved
    return target


class _ConfigFile(RunConfig):
    target: str | dict[str, Any] | None = None  # type: ignore[assignment]
