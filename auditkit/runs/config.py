"""RunConfig: everything `auditkit run` needs, built from auditkit.yaml plus overrides (command-line or pytest
options); SavedConfig: the config.json a run folder keeps of it."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from auditkit._base import UserModel
from auditkit.errors import InputError
from auditkit.policy.model import Severity
from auditkit.records.provenance import ModelCardStatement
from auditkit.userfiles import Location, load_yaml, located_problem, validate, validation_problems

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
    # Excluded from dumps: config.json records what was audited, not where this machine keeps its keys.
    secrets_file: Path | None = Field(default=None, exclude=True, description="a NAME=VALUE file that "
                                      "`api_key_env` names are looked up in when the environment does not set "
                                      "them; its values never reach logs, runs or reports")

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
    base = path.resolve().parent
    # Paths in a config file are relative to that file, not to where the command runs. The secrets file is
    # read from the raw mapping so that a missing one is reported with the file's other problems.
    named = raw.get("secrets_file") if isinstance(raw, dict) else None
    secrets_file = base / named if isinstance(named, str) and named else None
    if secrets_file is not None and not secrets_file.is_file():
        problems.append(located_problem(path, where, ("secrets_file",), f"no such file: {secrets_file}"))
    if problems or model is None:
        problems.sort(key=lambda line: _line_of(line, path))
        raise InputError(f"{path}: invalid config ({len(problems)} problem(s))", file=str(path), problems=problems)
    data = model.model_dump(exclude_unset=True)
    if secrets_file is not None:
        data["secrets_file"] = secrets_file  # a field left out of every dump; see RunConfig
    if "out" in data and data["out"] is not None and not Path(data["out"]).is_absolute():
        data["out"] = base / data["out"]
    if "suites" in data:
        data["suites"] = [s if not (base / s).exists() else str(base / s) for s in data["suites"]]
    if "policy" in data and data["policy"] and (base / data["policy"]).exists():
        data["policy"] = str(base / data["policy"])
    if data.get("target") is not None:  # left out when missing, so that a missing target is reported as such
        data["target"] = _relative_target(data["target"], base)
    return data


def build_run_config(path: Path | None = None, overrides: Mapping[str, Any] | None = None, *,
                     default_target: bool = False, resume: bool = False,
                     on_notice: Callable[[str], None] | None = None, what: str = "run configuration") -> RunConfig:
    """The RunConfig of defaults, then the config file at `path`, then `overrides` (each wins over the one before).

    `overrides` holds only what was given (a command line's unset options are left out); `policy: None` in it
    means no policy. With `default_target`, a configuration naming no target audits the embedded demonstration
    model (and `on_notice` is told so). Problems raise InputError located in the file.
    """
    overrides = dict(overrides or {})
    data = load_config(path, check_target=not overrides.get("target")) if path else {}
    return merge_run_config(data, overrides, path=path, default_target=default_target, resume=resume,
                            on_notice=on_notice, what=what)


def merge_run_config(file_data: Mapping[str, Any], overrides: Mapping[str, Any] | None = None, *,
                     path: Path | None = None, default_target: bool = False, resume: bool = False,
                     on_notice: Callable[[str], None] | None = None, what: str = "run configuration") -> RunConfig:
    """Validate what `load_config` read, with `overrides` applied over it (see build_run_config)."""
    data = {**file_data, **(overrides or {})}
    if default_target and not data.get("target"):
        from auditkit.targets.embedded import DEFAULT_TARGET_NOTICE, EMBEDDED_CONCURRENCY, EMBEDDED_SPEC

        data["target"] = EMBEDDED_SPEC
        data.setdefault("concurrency", EMBEDDED_CONCURRENCY)  # = its batch size; see embedded.py
        if on_notice:
            on_notice(DEFAULT_TARGET_NOTICE)
    if resume and not data.get("out"):
        raise InputError("--resume needs --out: the folder of the run to continue")
    secrets_file = data.get("secrets_file")
    if secrets_file is not None and not Path(secrets_file).is_file():
        raise InputError(f"{secrets_file}: secrets file not found")
    return validate(RunConfig, data, path=path, what=what)


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


class SavedConfig(BaseModel):
    """config.json of a run folder: the RunConfig as it ran, with the target as the manifest describes it.

    Read leniently: fields that older or newer auditkits wrote and this one does not know are ignored, and
    missing ones take RunConfig's defaults, so every saved run can be judged again.
    """

    model_config = ConfigDict(extra="ignore", frozen=True)

    target: dict[str, Any] | str | None = None
    suites: list[str] = Field(default_factory=lambda: list(DEFAULT_SUITES))
    policy: str | None = DEFAULT_POLICY
    out: str | None = None
    concurrency: int | None = None
    samples: int = 1
    seed: int = 0
    limit: int | None = None
    fail_on: Severity = "high"
    title: str | None = None
    intended_use: str | None = None
    out_of_scope_uses: list[str] = Field(default_factory=list)
    signer: str | None = None

    @field_validator("fail_on", mode="before")
    @classmethod
    def _default_fail_on(cls, value: Any) -> Any:
        return "high" if value is None else value

    @field_validator("out_of_scope_uses", mode="before")
    @classmethod
    def _no_uses(cls, value: Any) -> Any:
        return [] if value is None else value
