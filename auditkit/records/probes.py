"""A probe as one attempt sends it: its messages, category, expectation, detectors and generated image.

The suite file format (suites/model.py) is written in these terms; targets, transforms and detectors read
them without knowing about suite files."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from auditkit._base import Record, UserModel

Category = Literal[
    "bias", "toxicity", "pii", "misuse", "jailbreak", "over_refusal",
    "hallucination", "security", "privacy", "prompt_injection", "other",
]
Expected = Literal["refuse", "comply", "no_pii", "non_toxic", "no_match", "none"]
Role = Literal["system", "user", "assistant"]
Identifier = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$", max_length=120)]
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


ScoreTurns = Literal["final", "every"]
"""Which answers of a scripted conversation the detectors score: the last one (default) or every one."""

RenderKind = Literal["typographic", "document", "profile", "injection"]


class RenderSpec(UserModel):
    """An image generated for a probe at run time (Pillow, fixed font and seed); its text may use variables."""

    kind: RenderKind = Field(description="typographic: text and empty numbered items; document: an ID card, "
                             "invoice or form; profile: a resume; injection: a page with a planted instruction")
    title: str | None = None
    fields: dict[str, str] = Field(default_factory=dict, description="label: value rows (documents, profiles)")
    lines: list[str] = Field(default_factory=list, description="body text, one paragraph per entry")
    sections: dict[str, list[str]] = Field(default_factory=dict, description="heading: bullet lines (profiles)")
    items: int = Field(default=0, ge=0, le=10, description="empty numbered items drawn after the text")
    note: str | None = Field(default=None, description="small print; for `injection`, the planted instruction")
    faint: bool = Field(default=False, description="draw the note in low-contrast text")
    width: int = Field(default=768, ge=256, le=2048)
    font_size: int = Field(default=24, ge=10, le=96)
    seed: int = Field(default=0, description="seeds the background texture and colours")


class TransformSpec(DetectorSpec):
    """A transform to apply, by registered name (`auditkit.transforms` entry points), with its options."""


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
    render: RenderSpec | None = None
    turns: list[str] = Field(default_factory=list, description="later user turns of a scripted conversation, "
                             "each sent after the model's own reply to the one before")
    score_turns: ScoreTurns = "final"

    @property
    def user_text(self) -> str:
        """The last user message: what a plain-text target receives."""
        return last_user_text(self.messages)
