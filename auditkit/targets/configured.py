"""The constructors every target built from one pydantic config shares (openai, python, hf, embedded)."""

from __future__ import annotations

from typing import Any, ClassVar, Self

from pydantic import BaseModel

from auditkit.userfiles import validate


def _article(name: str) -> str:
    # Spoken, "HF" and "OpenAI" both start with a vowel sound: "an HFConfig", "an OpenAIConfig", "a PythonConfig".
    return "an" if name[:1] in "AEIOU" or name.startswith("HF") else "a"


class ConfiguredTarget:
    """A target made from its config model: `Target(config)`, `Target(**options)` or `Target.from_config(mapping)`.

    Subclasses name `type` (the entry-point name, used in messages) and `config_model`, and call
    `self._config(config, options)` first thing in `__init__`.
    """

    type: ClassVar[str]
    config_model: ClassVar[type[BaseModel]]  # what a config file's `target:` mapping is checked against

    @classmethod
    def _config(cls, config: Any, options: dict[str, Any]) -> Any:
        """`config` as given, or one validated from keyword `options`; TypeError when both are given."""
        if config is None:
            return validate(cls.config_model, options, what=f"{cls.type} target config")
        if options:
            name = cls.config_model.__name__
            raise TypeError(f"give either {_article(name)} {name} or keyword options, not both")
        return config

    @classmethod
    def _from_fields(cls, fields: dict[str, Any], *, what: str) -> Self:
        """Build from fields of the config model; a problem is reported as one of the `{type} target {what}`."""
        return cls(validate(cls.config_model, fields, what=f"{cls.type} target {what}"))

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> Self:
        """Build from the `target:` mapping of auditkit.yaml (without `type`)."""
        return cls._from_fields(config, what="config")
