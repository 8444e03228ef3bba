"""Shared pydantic bases: strict models for user files, plain records for what auditkit writes."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class UserModel(BaseModel):
    """A model for a file people write by hand: unknown fields are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Record(BaseModel):
    """A model for what auditkit itself writes (attempt logs, manifests, reports)."""

    model_config = ConfigDict(extra="forbid")
