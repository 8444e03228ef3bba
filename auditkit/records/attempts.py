"""Attempt, Response and Score: one line of attempts.jsonl and its parts."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field, field_validator

from auditkit._base import Record
from auditkit.records.probes import Category, Expected, Message, Modality, Probe, last_user_text, modality_of

Verdict = Literal["pass", "violation", "unscored", "error"]
REPLACEMENT = "\ufffd"
UNPARSED = "unparsed"
"""The label of a score whose detector found nothing to extract; such scores never count in a metric."""


def valid_unicode(text: str) -> str:
    """`text` as valid Unicode: each lone surrogate (which no UTF-8 file can hold) becomes U+FFFD.

    Model output is hostile input: a Python target may return "ok \\ud800", and one such answer must not stop the
    attempt log from being written. Surrogate pairs that form a real character are kept as that character.
    """
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


class Response(Record):
    """What the target answered."""

    text: str
    finish_reason: str | None = None
    model: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    latency_ms: float = 0.0
    retries: int = 0

    _text_is_unicode = field_validator("text")(valid_unicode)


class AttemptError(Record):
    """Why an attempt has no response (the target failed after its retries)."""

    kind: str
    message: str
    retries: int = 0

    _message_is_unicode = field_validator("message")(valid_unicode)


class DetectorError(Record):
    """A detector could not score this attempt's response; the attempt is unscored for it, never a pass."""

    detector: str
    kind: Literal["detector"] = "detector"
    message: str = Field(description="a short reason: the exception type and the start of its message")

    _message_is_unicode = field_validator("message")(valid_unicode)


class Span(Record):
    """A character range of the response that a detector points at."""

    start: int
    end: int


class Score(Record):
    """One detector's judgement of one response."""

    detector: str
    kind: str = Field(description="what is measured: refusal, toxicity, pii, pattern, ...")
    label: str = Field(description="the specific label, e.g. 'refusal', 'canary', 'email'")
    value: float = Field(ge=0.0, le=1.0)
    flagged: bool
    evidence: list[Span] = Field(default_factory=list)
    note: str | None = None
    turn: int | None = Field(default=None, description="which answer of a scripted conversation was scored "
                             "(0 = the first); None: the final answer")

    @field_validator("note")
    @classmethod
    def _note_is_unicode(cls, note: str | None) -> str | None:
        return None if note is None else valid_unicode(note)


class GenerationRequest(Record):
    """What a target is asked to answer for one attempt."""

    attempt_id: str
    probe_id: str
    messages: list[Message]
    images: list[str] = Field(default_factory=list)
    audio: list[str] = Field(default_factory=list, description="WAV files")
    video: list[str] = Field(default_factory=list, description="MP4 files (their frames beside them)")
    sample: int = 0
    seed: int | None = None

    @property
    def user_text(self) -> str:
        """The last user message: what a plain-text target receives."""
        return last_user_text(self.messages)


class Attempt(Record):
    """One probe sent once to the target, with its response or error, scores and verdict."""

    id: str
    index: int = Field(description="position in the run's plan; reports sort by it")
    probe_id: str
    suite: str
    template: str
    category: Category
    expected: Expected
    tags: list[str] = Field(default_factory=list)
    variables: dict[str, str] = Field(default_factory=dict)
    transform: str | None = None
    sample: int = 0
    messages: list[Message]
    images: list[str] = Field(default_factory=list)
    turns: list[str] = Field(default_factory=list, description="later user turns of a scripted conversation")
    replies: list[Response] = Field(default_factory=list, description="the answers to every turn but the last, "
                                    "in order (the last answer is `response`)")
    audio: list[str] = Field(default_factory=list)
    video: list[str] = Field(default_factory=list)
    response: Response | None = None
    error: AttemptError | None = None
    scores: list[Score] = Field(default_factory=list)
    detector_errors: list[DetectorError] = Field(default_factory=list)
    verdict: Verdict = "unscored"
    finished_at: datetime | None = None

    @classmethod
    def plan(cls, probe: Probe, *, index: int, sample: int, transform: str | None = None) -> Attempt:
        """Make the not-yet-sent attempt for one probe and sample."""
        attempt_id = probe.id + (f"~{transform}" if transform else "") + f"#{sample}"
        return cls(id=attempt_id, index=index, probe_id=probe.id, suite=probe.suite, template=probe.template,
                   category=probe.category, expected=probe.expected, tags=probe.tags, variables=probe.variables,
                   transform=transform, sample=sample, messages=probe.messages, images=probe.images,
                   turns=probe.turns, audio=probe.audio, video=probe.video)

    def request(self, seed: int | None, messages: list[Message] | None = None) -> GenerationRequest:
        """The request a target receives for this attempt (`messages`: a later turn's whole conversation so far)."""
        return GenerationRequest(attempt_id=self.id, probe_id=self.probe_id,
                                 messages=self.messages if messages is None else messages, images=self.images,
                                 audio=self.audio, video=self.video, sample=self.sample, seed=seed)

    @property
    def modality(self) -> Modality:
        """How this attempt's request reached the model: text, image, audio or video."""
        return modality_of(self.images, self.audio, self.video)

    def conversation(self) -> list[Message]:
        """The whole exchange as sent and answered: opening messages, then each reply and the next user turn."""
        out = list(self.messages)
        for reply, turn in zip(self.replies, self.turns, strict=False):
            out += [Message(role="assistant", content=reply.text or " "), Message(role="user", content=turn)]
        if self.response is not None:
            out.append(Message(role="assistant", content=self.response.text or " "))
        return out

    def flagged(self, kind: str) -> bool:
        """True when any score of this kind flagged the response."""
        return any(s.kind == kind and s.flagged for s in self.scores)

    def max_value(self, kind: str) -> float | None:
        """The highest score value of this kind, or None when no detector of that kind ran."""
        values = [s.value for s in self.scores if s.kind == kind]
        return max(values) if values else None
