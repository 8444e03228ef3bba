"""Provenance records: where the model under audit, the audit's data sets and the detector models came from.

Every field that could not be read or was not stated stays None (shown as "unknown"); `sources` says where
each known value was read, so no value is ever a silent guess.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, field_validator

from auditkit._base import Record, UserModel

LicenceTerms = Literal["permissive", "copyleft", "restricted", "non-commercial", "unknown"]
"""What a licence allows, coarsely: `restricted` allows commercial use under conditions (Llama, Gemma, RAIL);
`non-commercial` forbids it; `unknown` is a missing, unrecognised or custom (`other`) licence."""
Access = Literal["weights", "api", "replay", "callable", "unknown"]
"""How the audit reached the model: its weights on this machine, an API, a replay file, a Python function."""


class ModelCardStatement(UserModel):
    """The `model_card:` section of auditkit.yaml: what the provider states about the model under audit.

    A statement fills what the target cannot show (an API model's licence) and wins over what the model's
    own files say; a disagreement between the two is reported.
    """

    name: str | None = Field(default=None, description="the model's name as released")
    provider: str | None = Field(default=None, description="who provides the model (organisation)")
    version: str | None = Field(default=None, description="the model's version or release")
    license: str | None = Field(default=None, description="SPDX id (Apache-2.0, CC-BY-NC-4.0) or licence name")
    license_url: str | None = Field(default=None, description="where the licence text is")
    open_weights: bool | None = Field(default=None, description="true when the weights are published; false "
                                      "for a model offered only through an API; leave unset when not known")
    base_model: list[str] = Field(default_factory=list, description="models this one was fine-tuned or "
                                  "derived from")
    training_data: list[str] = Field(default_factory=list, description="data sets (or statements about the "
                                     "data) the model was trained on")
    intended_use: str | None = Field(default=None, description="the provider's stated intended use")
    url: str | None = Field(default=None, description="the model card or release page")

    @field_validator("base_model", "training_data", mode="before")
    @classmethod
    def _one_item(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


class FileHash(Record):
    """One file of a model as it was loaded: path, size and SHA-256."""

    path: str = Field(description="relative to the model folder, or the file's name")
    size: int = Field(default=0, description="bytes")
    sha256: str | None = Field(default=None, description="None when the file was not hashed (see note)")
    note: str | None = None


class ModelProvenance(Record):
    """What is known about the model under audit and where each fact was read."""

    name: str | None = None
    provider: str | None = None
    version: str | None = None
    location: str | None = Field(default=None, description="folder, file, hub id or endpoint the audit used")
    access: Access = "unknown"
    open_weights: bool | None = None
    open_weights_basis: str = Field(default="not stated", description="why open_weights has its value")
    license: str | None = None
    license_name: str | None = None
    license_url: str | None = None
    license_terms: LicenceTerms = "unknown"
    base_models: list[str] = Field(default_factory=list)
    training_data: list[str] = Field(default_factory=list, description="training data sets named")
    training_data_statement: str | None = Field(default=None, description="what the model card says about "
                                                "its training data, as written there (untrusted text)")
    intended_use: str | None = Field(default=None, description="the provider's stated intended use")
    url: str | None = None
    architecture: str | None = None
    card: dict[str, Any] = Field(default_factory=dict, description="model card fields as read (front matter, "
                                 "config.json, GGUF general.* keys, /v1/models)")
    files: list[FileHash] = Field(default_factory=list)
    sources: dict[str, str] = Field(default_factory=dict, description="field -> where its value was read")
    notes: list[str] = Field(default_factory=list, description="what could not be read, and why")
    conflicts: list[str] = Field(default_factory=list, description="where the config's statement and the "
                                 "model's own files disagree")


class ModelComponent(Record):
    """A model a detector used (or a rule set with no model): licence, source and the files that loaded."""

    name: str
    role: str = Field(description="what it does for the detector, e.g. sentence encoder, spaCy pipeline")
    license: str | None = None
    license_terms: LicenceTerms = "unknown"
    source: str | None = Field(default=None, description="package, hub id, URL or folder it came from")
    version: str | None = None
    citation: str | None = None
    notes: str | None = None
    files: list[FileHash] = Field(default_factory=list)


class Provenance(Record):
    """The run's provenance recorded at run start: the model under audit and the release context."""

    model: ModelProvenance
    commercial_use: bool = Field(default=True, description="the audit serves a commercial release: licences "
                                 "that do not clearly allow commercial use are caveats")


class DataSetProvenance(Record):
    """One data set (suite) the audit sent, with its origin and licence."""

    suite: str
    origin: str | None = None
    license: str | None = None
    license_terms: LicenceTerms = "unknown"
    citation: str | None = None
    url: str | None = None
    sha256: str
    builtin: bool = False


class DetectorProvenance(Record):
    """One detector of the run and the models (if any) behind the backend that ran."""

    detector: str
    version: str
    backend: str | None = None
    models: list[ModelComponent] = Field(default_factory=list)


class ProvenanceSection(Record):
    """The report's "Licence and provenance" section: model, data sets, detector models, auditkit."""

    recorded: bool = Field(description="False for a run made before auditkit recorded provenance")
    model: ModelProvenance | None = None
    data: list[DataSetProvenance] = Field(default_factory=list)
    detectors: list[DetectorProvenance] = Field(default_factory=list)
    tool: ModelComponent
    commercial_use: bool = True
    issues: list[str] = Field(default_factory=list, description="licence caveats of the chain (also in caveats)")
    unknown: list[str] = Field(default_factory=list, description="what this run could not establish")
