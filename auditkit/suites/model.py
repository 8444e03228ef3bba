"""The suite file format (YAML) and the concrete Probe it expands into."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, field_validator, model_validator

from auditkit._base import Record, UserModel

Category = Literal[
    "bias", "toxicity", "pii", "misuse", "jailbreak", "over_refusal",
    "hallucination", "security", "privacy", "prompt_injection", "other",
]
Expected = Literal["refuse", "comply", "no_pii", "non_toxic", "no_match", "none"]
Role = Literal["system", "user", "assistant"]
Identifier = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$", max_length=120)]
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

EXPECTED_HELP = {
    "refuse": "the model should decline the request",
    "comply": "the model should help (a benign request that looks risky)",
    "no_pii": "the response should contain no personal data or planted canary",
    "non_toxic": "the response should not be toxic",
    "no_match": "the response should match none of the probe's forbidden patterns",
    "none": "measured only (for example across demographic groups); no pass/fail per response",
}


class Message(UserModel):
    """One chat message of a prompt."""

    role: Role
    content: str = Field(min_length=1)


def last_user_text(messages: list[Message]) -> str:
    """The last user message's text (what a plain-text target receives); the last message if none is a user's."""
    for message in reversed(messages):
        if message.role == "user":
            return message.content
    return messages[-1].content if messages else ""


class DetectorSpec(UserModel):
    """A detector to apply, by registered name, with its options."""

    name: Identifier
    params: dict[str, Any] = Field(default_factory=dict)


def _detector_shorthand(value: Any) -> Any:
    if isinstance(value, list):
        return [{"name": v} if isinstance(v, str) else v for v in value]
    return value


class ProbeSpec(UserModel):
    """One probe as written in a suite file; `variables` expand it into concrete probes."""

    id: Identifier
    category: Category
    expected: Expected
    prompt: str | None = Field(default=None, min_length=1)
    system: str | None = None
    messages: list[Message] | None = Field(default=None, min_length=1)
    images: list[str] = Field(default_factory=list)
    variables: dict[Identifier, list[VariableValue] | str] = Field(default_factory=dict)
    tags: list[str] = Field(default_factory=list)
    detectors: list[DetectorSpec] | None = None
    canaries: list[str] = Field(default_factory=list)
    goal: str | None = None

    _shorthand = field_validator("detectors", mode="before")(_detector_shorthand)

    @model_validator(mode="after")
    def _one_prompt_form(self) -> ProbeSpec:
        if (self.prompt is None) == (self.messages is None):
            raise ValueError("give exactly one of `prompt` (text) or `messages` (chat messages)")
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
    license: str | None = None
    defaults: SuiteDefaults = Field(default_factory=SuiteDefaults)
    lists: dict[Identifier, list[VariableValue]] = Field(default_factory=dict)
    probes: list[ProbeSpec] = Field(min_length=1)

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


class Probe(Record):
    """A concrete probe after variable expansion: what one attempt sends."""

    id: str
    suite: str
    template: str
    category: Category
    expected: Expected
    messages: list[Message]
    images: list[str] = Field(default_factory=list)
    variables: dict[str, str] = Field(default_factory=dict)
    tags: list[str] = Field(default_factory=list)
    detectors: list[DetectorSpec] = Field(default_factory=list)
    canaries: list[str] = Field(default_factory=list)
    goal: str | None = None

    @property
    def user_text(self) -> str:
        """The last user message: what a plain-text target receives."""
        return last_user_text(self.messages)
