"""Write a suite built by a loader as a suite YAML file that `--suite PATH` loads like any other."""

from __future__ import annotations

import yaml

from auditkit.suites.loaders.base import Source
from auditkit.suites.model import SuiteFile


def suite_yaml(spec: SuiteFile, source: Source, ref_text: str) -> str:
    """The suite as YAML, headed by a comment naming where it came from."""
    data = spec.model_dump(mode="json", exclude_defaults=True, exclude_none=True)
    header = (f"# Imported with `auditkit probes import` from {ref_text}\n"
              f"# source sha256: {source.sha256}; {len(spec.probes)} probes. The content is the source's, under "
              f"its licence ({spec.license or 'unknown'}).\n")
    return header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120)
