"""JSON Schema of suite files, for editors and for validation outside Python."""

from __future__ import annotations

from typing import Any

from auditkit.suites.model import SuiteFile

SCHEMA_ID = "https://auditkit.dev/schemas/suite.schema.json"


def suite_schema() -> dict[str, Any]:
    """The JSON Schema of a suite file."""
    schema = SuiteFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    schema["title"] = "auditkit suite"
    return schema
