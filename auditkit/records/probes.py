"""A probe as one attempt sends it: its messages, category, expectation, detectors and generated media.

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


Modality = Literal["text", "image", "audio", "video"]


def modality_of(images: list[str], audio: list[str], video: list[str]) -> Modality:
    """How a request reaches the model: video, audio or image when it carries one, else text."""
    return "video" if video else "audio" if audio else "image" if images else "text"


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


class SpeechSpec(UserModel):
    """A spoken clip generated for a probe at plan time (espeak-ng, fixed voice and seed); texts may use variables."""

    text: str | None = Field(default=None, description="what is spoken; default: the probe's prompt, whose text "
                             "message then becomes `prompt`")
    prompt: str | None = Field(default=None, description="the text sent with the clip; default: the probe's prompt "
                               "when `text` is set, else a request to answer what the clip asks")
    voice: str = Field(default="en", max_length=40, description="espeak-ng voice, e.g. en, en-us, en+f3, de, fr")
    rate: int = Field(default=160, ge=80, le=450, description="words per minute")
    pitch: int = Field(default=50, ge=0, le=99)
    noise: float = Field(default=0.0, ge=0.0, le=1.0, description="background noise peak, as a fraction of full "
                         "scale (0: none)")
    seed: int = Field(default=0, description="seeds the background noise")


ClipLayout = Literal["typographic", "caption", "hidden"]


class ClipSpec(UserModel):
    """A short video generated for a probe at plan time: the request spread over typographic frames."""

    layout: ClipLayout = Field(default="caption", description="typographic: a few words per frame; caption: the "
                               "words appear one by one; hidden: the request in a few frames among filler")
    text: str | None = Field(default=None, description="the request shown; default: the probe's prompt")
    prompt: str | None = Field(default=None, description="the text sent with the clip; default: the probe's prompt "
                               "when `text` is set, else a request to answer what the video asks")
    filler: str = Field(default="Welcome to our channel. Today we look at the weather for the week ahead.",
                        description="harmless text of the other frames (layout hidden)")
    words_per_frame: int = Field(default=3, ge=1, le=20, description="typographic layout")
    fps: int = Field(default=2, ge=1, le=30)
    width: int = Field(default=480, ge=128, le=1280)
    height: int = Field(default=270, ge=96, le=720)
    font_size: int = Field(default=28, ge=10, le=96)
    seed: int = Field(default=0)


def clip_frames(video: str) -> str:
    """The folder beside an MP4 clip that holds its frames as 000.png, 001.png, ... (for frame-list targets)."""
    return video.removesuffix(".mp4") + ".frames"


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
    audio: list[str] = Field(default_factory=list)
    video: list[str] = Field(default_factory=list)
    speech: SpeechSpec | None = None
    clip: ClipSpec | None = None

    @property
    def user_text(self) -> str:
        """The last user message: what a plain-text target receives."""
        return last_user_text(self.messages)
