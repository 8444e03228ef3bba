"""The vocabulary of probe tags (reports/taxonomy.yaml): framework terms such as `owasp-llm:llm01`, and labels."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from pydantic import Field

from auditkit._base import UserModel
from auditkit.resources import data_dir
from auditkit.userfiles import load_model


class Framework(UserModel):
    """A framework whose terms tags refer to as `PREFIX:TERM`."""

    title: str
    version: str | None = None
    url: str | None = None
    terms: dict[str, str] = Field(min_length=1, description="term id: its name in the framework")


class Taxonomy(UserModel):
    """Every tag a built-in probe may carry."""

    version: str
    frameworks: dict[str, Framework]
    labels: dict[str, str] = Field(default_factory=dict, description="plain tag: what it means")

    def describe(self, tag: str) -> tuple[str, str] | None:
        """(framework title or 'label', term name or label description) for a known tag, else None."""
        prefix, sep, term = tag.partition(":")
        if sep:
            framework = self.frameworks.get(prefix)
            if framework and term in framework.terms:
                return framework.title, framework.terms[term]
            return None
        return ("label", self.labels[tag]) if tag in self.labels else None

    def unknown(self, tags: Iterable[str]) -> list[str]:
        """The tags that are not in the vocabulary, sorted and without repeats."""
        return sorted({t for t in tags if self.describe(t) is None})


def taxonomy_path() -> Path:
    """The shipped vocabulary file."""
    return data_dir("reports") / "taxonomy.yaml"


@lru_cache(maxsize=4)
def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """Load a vocabulary file (default: the shipped one)."""
    return load_model(Taxonomy, path or taxonomy_path(), what="taxonomy")
