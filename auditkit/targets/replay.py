"""The `replay` target: answers from a JSONL file of recorded responses, for offline runs and tests."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from pydantic import Field, model_validator

from auditkit._base import UserModel
from auditkit.errors import InputError, TargetError
from auditkit.records.attempts import GenerationRequest, Response
from auditkit.userfiles import parse_json_line, read_text, validate

SPEC_FORM = "replay:PATH (a JSONL file of recorded responses)"
RECORD_FORM = ('each line {"probe_id": ..., "response": "..."} or {"prompt": ..., "response": "..."}, '
               'with optional "sample" and "error" in place of "response"')
# Recordings may come from whole attempt logs, which outgrow the limit for hand-written files.
MAX_RECORDING_BYTES = 1024 * 1024 * 1024


class RecordedError(UserModel):
    """A recorded failure, replayed as a TargetError."""

    kind: str = Field(min_length=1)
    message: str = "recorded error"
    retryable: bool = False
    retries: int = Field(0, ge=0)


class Recording(UserModel):
    """One line of a replay file."""

    probe_id: str | None = None
    prompt: str | None = None
    attempt_id: str | None = None
    sample: int | None = Field(None, ge=0, description="the sample it answers; absent: any sample")
    response: str | Response | None = None
    error: str | RecordedError | None = Field(None, description="a failure kind, or {kind, message}")

    @model_validator(mode="after")
    def _one_answer_one_key(self) -> Recording:
        if (self.response is None) == (self.error is None):
            raise ValueError("give exactly one of `response` or `error`")
        if self.probe_id is None and self.prompt is None and self.attempt_id is None:
            raise ValueError("give `probe_id` or `prompt` to say which request it answers")
        return self


class ReplayConfig(UserModel):
    """The `target:` mapping for `type: replay`."""

    path: str = Field(min_length=1, description="JSONL file of recorded responses")


def _from_attempt_log(data: dict[str, Any]) -> dict[str, Any] | None:
    """A line of a run's attempts.jsonl as a recording (None for attempts that were never answered)."""
    if data.get("response") is None and data.get("error") is None:
        return None
    out: dict[str, Any] = {"attempt_id": data.get("id"), "sample": data.get("sample")}
    # A transformed attempt shares its probe_id with the plain one; only its attempt id tells them apart.
    if not data.get("transform"):
        out["probe_id"] = data.get("probe_id")
    if data.get("response") is not None:
        out["response"] = data["response"]
    else:
        out["error"] = {k: v for k, v in data["error"].items() if k in ("kind", "message", "retries")}
    return out


def _is_attempt_line(data: dict[str, Any]) -> bool:
    return {"id", "index", "suite", "probe_id", "messages"} <= data.keys()


class ReplayTarget:
    """Replays recorded answers: by attempt id, then (probe_id, sample), probe_id, then exact prompt text.

    Several records for one key that name no sample are used in turn: sample k gets record k mod n.
    """

    type = "replay"
    config_model = ReplayConfig  # what a config file's `target:` mapping is checked against

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.name = f"replay:{self.path.name}"
        text = read_text(self.path, limit=MAX_RECORDING_BYTES)
        self.sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
        self._by_attempt: dict[str, Recording] = {}
        self._by_key_sample: dict[tuple[str, str, int], Recording] = {}
        self._by_key: dict[tuple[str, str], list[Recording]] = {}
        self.count = 0
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                self._add(self._parse_line(line, number))
        if not self.count:
            raise InputError(f"{self.path}: no recordings; expected {RECORD_FORM}", file=str(self.path))

    def _parse_line(self, line: str, number: int) -> Recording | None:
        data = parse_json_line(line, self.path, number, expected=RECORD_FORM, objects=False)
        if isinstance(data, dict) and _is_attempt_line(data):
            data = _from_attempt_log(data)
            if data is None:
                return None
        # Every problem of the line is reported at that line of the file.
        return validate(Recording, data, path=self.path, where={(): (number, 1)},
                        what=f"recording on line {number}")

    def _add(self, record: Recording | None) -> None:
        if record is None:
            return
        self.count += 1
        if record.attempt_id is not None:
            self._by_attempt[record.attempt_id] = record  # later lines win: a resumed run re-recorded it
        for kind, value in (("probe", record.probe_id), ("prompt", record.prompt)):
            if value is None:
                continue
            if record.sample is None:
                self._by_key.setdefault((kind, value), []).append(record)
            else:
                self._by_key_sample[(kind, value, record.sample)] = record

    @classmethod
    def from_spec(cls, spec: str) -> ReplayTarget:
        """Build from `PATH` (the part after `replay:`)."""
        if not spec.strip():
            raise InputError(f"replay target spec is empty: expected {SPEC_FORM}")
        return cls(spec.strip())

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> ReplayTarget:
        """Build from the `target:` mapping of auditkit.yaml (without `type`): {path: PATH}."""
        return cls(validate(ReplayConfig, config, what="replay target config").path)

    def __repr__(self) -> str:
        return f"ReplayTarget(path={str(self.path)!r})"

    def describe(self) -> dict[str, Any]:
        """Type, file path, its sha256 and how many recordings it holds."""
        return {"type": self.type, "path": str(self.path), "sha256": self.sha256, "recordings": self.count}

    def lookup(self, request: GenerationRequest) -> Recording | None:
        """The recording that answers a request, or None."""
        if request.attempt_id in self._by_attempt:
            return self._by_attempt[request.attempt_id]
        for kind, value in (("probe", request.probe_id), ("prompt", request.user_text)):
            found = self._by_key_sample.get((kind, value, request.sample))
            if found is not None:
                return found
            records = self._by_key.get((kind, value))
            if records:
                return records[request.sample % len(records)]
        return None

    async def generate(self, request: GenerationRequest) -> Response:
        """Return the recorded response, or raise the recorded error (or kind "no_recording")."""
        record = self.lookup(request)
        if record is None:
            raise TargetError(f"{self.name}: no recording for probe {request.probe_id!r} sample "
                              f"{request.sample} (nor for its prompt text)", kind="no_recording")
        if record.error is not None:
            error = RecordedError(kind=record.error) if isinstance(record.error, str) else record.error
            raise TargetError(f"{self.name}: recorded error: {error.message}", kind=error.kind,
                              retryable=error.retryable)
        if isinstance(record.response, str):
            return Response(text=record.response)
        assert record.response is not None
        return record.response.model_copy()

    async def aclose(self) -> None:
        """Nothing to release: the file was read at construction."""
