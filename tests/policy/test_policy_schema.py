"""The exported policy JSON Schema: up to date on disk, and true to what the loader accepts."""

from __future__ import annotations

import json

import pytest

from auditkit.policy import builtin_policies, policy_schema, schema_text
from auditkit.resources import data_dir
from auditkit.userfiles import load_yaml

REGENERATE = "auditkit policy schema > policies/schema.json"


def test_schema_file_is_up_to_date() -> None:
    on_disk = (data_dir("policies") / "schema.json").read_text(encoding="utf-8")
    assert on_disk == schema_text(), f"policies/schema.json is stale; regenerate it with `{REGENERATE}`"


def test_schema_text_is_stable_pretty_json() -> None:
    text = schema_text()
    assert text.endswith("}\n") and text.startswith('{\n  "$defs"')
    assert json.loads(text) == policy_schema()
    assert schema_text() == text


def test_schema_header_and_strictness() -> None:
    schema = policy_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == "auditkit policy"
    assert schema["additionalProperties"] is False
    assert schema["required"] == ["policy", "description"]
    rule = schema["$defs"]["ThresholdRule"]
    assert rule["additionalProperties"] is False
    assert rule["properties"]["metric"]["enum"] == ["violation_rate", "flag_rate", "mean_score", "error_rate",
                                                    "quantile", "max_score"]


def test_selection_accepts_a_single_value_like_the_loader() -> None:
    category = policy_schema()["$defs"]["Selection"]["properties"]["category"]["anyOf"]
    assert [option.get("type") for option in category] == ["array", "string", "null"]
    assert category[0]["items"] == category[1]
    assert "misuse" in category[1]["enum"]


@pytest.mark.parametrize("policy_id", sorted(builtin_policies()))
def test_builtin_policies_validate_against_the_schema(policy_id: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    data, _ = load_yaml(builtin_policies()[policy_id])
    jsonschema.validate(data, policy_schema())


def test_schema_rejects_unknown_fields() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    bad = {"policy": "p", "description": "d", "rules": [
        {"id": "a", "description": "a", "metric": "error_rate", "maxx": 0.1}]}
    with pytest.raises(jsonschema.ValidationError, match="maxx"):
        jsonschema.validate(bad, policy_schema())
