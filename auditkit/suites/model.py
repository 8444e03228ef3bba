"""The suite file format (YAML): what a person writes, before variables expand it into Probes."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, field_validator, model_validator

from auditkit._base import UserModel
from auditkit.records.probes import (
    Category,
    ClipSpec,
    DetectorSpec,
    Expected,
    Identifier,
    Message,
    Probe,
    RenderSpec,
    ScoreTurns,
    SpeechSpec,
    TransformSpec,
)


def _scalar_to_str(value: Any) -> Any:
    # Numbers and booleans written in YAML (`[1, 2, 3]`, `yes`) are variable values too; prompts get their text.
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dict):
        return {k: _scalar_to_str(v) for k, v in value.items()}
    return value


VariableValue = Annotated[str | dict[str, str], BeforeValidator(_scalar_to_str)]


def _detector_shorthand(value: Any) -> Any:
    if isinstance(value, list):
        return [{"name": v} if isinstance(v, str) else v for v in value]
    return value


class TransformRule(UserModel):
    """Transforms a suite applies to some of its probes; transformed attempts keep the probe's id and expectation."""

    apply: list[TransformSpec] = Field(min_length=1)
    probes: list[str] = Field(default_factory=lambda: ["*"], min_length=1,
                              description="probe ids of this file (shell patterns such as `weapons-*`)")
    category: Category | None = Field(default=None, description="category of the transformed attempts "
                                      "(e.g. jailbreak); default: the probe's own")
    tags: list[str] = Field(default_factory=list, description="tags added to the transformed attempts")

    _shorthand = field_validator("apply", mode="before")(_detector_shorthand)

    def selects(self, probe_id: str) -> bool:
        """True when this rule applies to the probe written with this id."""
        return any(fnmatch.fnmatchcase(probe_id, pattern) for pattern in self.probes)


class ProbeSpec(UserModel):
    """One probe as written in a suite file; `variables` expand it into concrete probes."""

    id: Identifier
    category: Category
    expected: Expected
    prompt: str | None = Field(default=None, min_length=1)
    system: str | None = None
    messages: list[Message] | None = Field(default=None, min_length=1)
    turns: list[Annotated[str, Field(min_length=1)]] | None = Field(
        default=None, min_length=1, description="a scripted conversation: user turns sent one after another, "
        "each with the model's own earlier replies")
    score_turns: ScoreTurns = Field(default="final", description="with `turns`: score the final answer (final) "
                                    "or every answer (every; any answer that breaks the expectation is a violation)")
    images: list[str] = Field(default_factory=list)
    variables: dict[Identifier, list[VariableValue] | str] = Field(default_factory=dict)
    tags: list[str] = Field(default_factory=list)
    detectors: list[DetectorSpec] | None = None
    canaries: list[str] = Field(default_factory=list)
    goal: str | None = None
    render: RenderSpec | None = Field(default=None, description="an image generated for this probe at run time")
    speech: SpeechSpec | None = Field(default=None, description="a spoken clip generated for this probe at plan "
                                      "time (espeak-ng)")
    clip: ClipSpec | None = Field(default=None, description="a short video generated for this probe at plan time")

    _shorthand = field_validator("detectors", mode="before")(_detector_shorthand)

    @model_validator(mode="after")
    def _one_prompt_form(self) -> ProbeSpec:
        forms = sum(form is not None for form in (self.prompt, self.messages, self.turns))
        if forms != 1:
            raise ValueError("give exactly one of `prompt` (text), `messages` (chat messages) or `turns` "
                             "(a scripted conversation)")
        if self.score_turns != "final" and self.turns is None:
            raise ValueError("`score_turns` goes with `turns`")
        if self.messages is not None and self.system is not None:
            raise ValueError("`system` goes with `prompt`; with `messages`, add a system message instead")
        if self.messages is not None and not any(m.role == "user" for m in self.messages):
            raise ValueError("`messages` needs at least one user message")
        return self


class SuiteDefaults(UserModel):
    """Defaults a suite applies to every probe that does not set its own."""

    detectors: dict[Category, list[DetectorSpec]] = Field(default_factory=dict)
    tags: list[str] = Field(default_factory=list)

    @field_validator("detectors", mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {k: _detector_shorthand(v) for k, v in value.items()}
        return value


class SuiteFile(UserModel):
    """A suite file: an id, a description and its probes."""

    suite: Identifier
    description: str = Field(min_length=1)
    version: str = "1"
    license: str | None = Field(default=None, description="licence of the suite's content (SPDX id)")
    origin: str | None = Field(default=None, description="where the probes come from: written for auditkit, "
                               "written by you, or derived from a named public set")
    citation: str | None = Field(default=None, description="how to cite the public set the suite derives from")
    url: str | None = Field(default=None, description="where the suite's source can be found")
    defaults: SuiteDefaults = Field(default_factory=SuiteDefaults)
    lists: dict[Identifier, list[VariableValue]] = Field(default_factory=dict)
    probes: list[ProbeSpec] = Field(min_length=1)
    transforms: list[TransformRule] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_ids_and_lists(self) -> SuiteFile:
        seen: set[str] = set()
        for probe in self.probes:
            if probe.id in seen:
                raise ValueError(f"probe id {probe.id!r} is used twice; probe ids must be unique in a suite")
            seen.add(probe.id)
            for var, values in probe.variables.items():
                if isinstance(values, str) and values.removeprefix("$") not in self.lists:
                    raise ValueError(f"probe {probe.id!r}: variable {var!r} refers to unknown list {values!r}; "
                                     f"known lists: {sorted(self.lists) or 'none'}")
        return self

    @model_validator(mode="after")
    def _transforms_select_probes(self) -> SuiteFile:
        for i, rule in enumerate(self.transforms):
            for pattern in rule.probes:
                if not any(fnmatch.fnmatchcase(p.id, pattern) for p in self.probes):
                    raise ValueError(f"transforms[{i}]: {pattern!r} matches no probe id of this suite")
        for probe in self.probes:
            names = [t.name for rule in self.transforms if rule.selects(probe.id) for t in rule.apply]
            if len(names) != len(set(names)):
                raise ValueError(f"probe {probe.id!r}: a transform applies twice ({sorted(names)}); "
                                 "each transform may apply once per probe")
        return self


@dataclass(frozen=True)
class Suite:
    """A loaded suite: its file, content hash and concrete probes."""

    id: str
    description: str
    path: Path
    sha256: str
    spec: SuiteFile = field(repr=False)
    probes: list[Probe] = field(repr=False)
    builtin: bool = False
