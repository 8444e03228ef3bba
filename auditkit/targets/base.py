"""The Target protocol: the model under audit behind one async method."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from auditkit.records.attempts import GenerationRequest, Response


@runtime_checkable
class Target(Protocol):
    """A model under audit. `generate` raises TargetError when it cannot answer.

    A target may also have `async provenance() -> ModelProvenance`: what it can see of the model's licence,
    lineage and files (a model card, GGUF keys, an endpoint's model list), recorded when a run starts.
    """

    name: str

    def describe(self) -> dict[str, Any]:
        """What is audited (type, model, endpoint) with no secrets."""
        ...

    async def generate(self, request: GenerationRequest) -> Response:
        """Answer one request."""
        ...

    async def aclose(self) -> None:
        """Release connections, files and models."""
        ...


class TargetFactory(Protocol):
    """What an `auditkit.targets` entry point names: a class built from a spec string or a config.

    A factory may also name `config_model`, the pydantic model of its `target:` mapping: config files are
    then checked against it before the run, each problem reported with its file and line.
    """

    @classmethod
    def from_spec(cls, spec: str) -> Target:
        """Build from the part of `TYPE:SPEC` after the colon."""
        ...

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> Target:
        """Build from the `target:` mapping of auditkit.yaml (without its `type`)."""
        ...
