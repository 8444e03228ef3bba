"""RunManifest: what is needed to know exactly what a run audited, with what, and when; and reading it from
the manifest.json of a run folder (the file that makes a folder a run folder)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError

from auditkit._base import Record
from auditkit.errors import InputError
from auditkit.records.provenance import ModelComponent, Provenance

MANIFEST = "manifest.json"


class SuiteRef(Record):
    """A suite used by a run, pinned by content hash."""

    id: str
    path: str
    sha256: str
    probes: int
    builtin: bool = False
    origin: str | None = Field(default=None, description="written for auditkit, or the public set it derives from")
    license: str | None = None
    citation: str | None = None
    url: str | None = None


class PolicyRef(Record):
    """The policy used by a run, pinned by the hash of every file in its `extends` chain."""

    id: str
    path: str
    sha256: str
    files: list[str] = Field(default_factory=list)


class DetectorRef(Record):
    """A detector that scored the run: name, version and options, and which backend actually ran."""

    name: str
    version: str
    params: dict[str, Any] = Field(default_factory=dict)
    backend: str | None = Field(default=None, description="the backend that ran, e.g. patterns+minilm, presidio")
    model: str | None = Field(default=None, description="the model or package behind the backend")
    details: dict[str, Any] = Field(default_factory=dict, description="how and why this backend was chosen")
    models: list[ModelComponent] = Field(default_factory=list, description="the models behind the backend that "
                                         "ran: licence, source and hashes of the files that loaded")


class MediaRef(Record):
    """A generated or suite-given image, audio clip or video a run sent, pinned by the hash of its bytes."""

    kind: str = Field(description="image, audio or video")
    file: str = Field(description="the file's name (generated files are named by the hash of their spec)")
    sha256: str


class RunManifest(Record):
    """Versions, hashes, seed, times and counts of one run."""

    run_id: str
    auditkit_version: str
    python: str
    platform: str
    packages: dict[str, str] = Field(default_factory=dict)
    target: dict[str, Any] = Field(description="the target's description, without secrets")
    suites: list[SuiteRef]
    policy: PolicyRef | None = None
    detectors: list[DetectorRef] = Field(default_factory=list)
    plan_sha256: str = Field(description="hash of the ordered attempt ids; a resume must match it")
    seed: int
    samples: int
    concurrency: int
    started_at: datetime
    finished_at: datetime | None = None
    attempts_planned: int
    attempts_done: int = 0
    errors: int = 0
    errors_by_kind: dict[str, int] = Field(default_factory=dict)
    resumed: int = Field(default=0, description="how many times this run was resumed")
    complete: bool = False
    provenance: Provenance | None = Field(default=None, description="the model's licence, lineage and files, "
                                          "recorded at run start")
    media: list[MediaRef] = Field(default_factory=list, description="images, audio and video the plan sends")


def require_run_folder(folder: Path) -> None:
    """Raise a clear error unless the folder holds a run (a manifest.json)."""
    if not (Path(folder) / MANIFEST).is_file():
        raise InputError(f"{folder}: not a run folder (no {MANIFEST}); give the --out folder of a run")


def read_manifest(folder: Path) -> RunManifest:
    """The manifest of the run folder; InputError when the folder holds no run or an invalid manifest."""
    require_run_folder(folder)
    path = Path(folder) / MANIFEST
    try:
        return RunManifest.model_validate_json(path.read_text(encoding="utf-8"))
    except ValidationError as exc:
        raise InputError(f"{path}: invalid manifest ({exc.error_count()} problems)") from None
