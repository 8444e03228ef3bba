"""The JSON Schema of policy files, so editors can validate and autocomplete them."""

from __future__ import annotations

import json
from typing import Any

from auditkit.policy.model import RULE_TYPES, PolicyFile

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
REGENERATE = "auditkit policy schema > policies/schema.json"


def _allow_single_values(selection: dict[str, Any]) -> None:
    """Let each list field of a selection also take one bare value, as the loader does."""
    # Selection turns `category: misuse` into ['misuse'] in a before-validator, which pydantic's
    # generated schema cannot see; without this, editors would flag the shorthand as an error.
    for prop in selection.get("properties", {}).values():
        options = prop.get("anyOf", [])
        arrays = [o for o in options if o.get("type") == "array" and "items" in o]
        for array in arrays:
            options.insert(options.index(array) + 1, dict(array["items"]))


def _dispatch_on_type(rules: dict[str, Any]) -> None:
    """Validate each rule against the model its `type` names (threshold when absent), not against all of them.

    Pydantic exports the union as a plain `oneOf`; a misspelt field then fails every branch and validators
    report whichever branch they like best. `if`/`then` on `type` gives the error of the intended rule type.
    """
    refs = {ref["$ref"].rsplit("/", 1)[1]: ref for ref in rules["items"].pop("oneOf")}
    branches = []
    for name, model in RULE_TYPES.items():
        then = refs[model.__name__]
        when = {"properties": {"type": {"const": name}}, "required": ["type"]}
        branches.append({"if": when, "then": then})
    branches.append({"if": {"not": {"required": ["type"]}}, "then": refs[RULE_TYPES["threshold"].__name__]})
    rules["items"] = {"type": "object", "properties": {"type": {"enum": list(RULE_TYPES)}}, "allOf": branches}


def policy_schema() -> dict[str, Any]:
    """JSON Schema of a policy file (PolicyFile), with its dialect and a title."""
    schema = PolicyFile.model_json_schema()
    _allow_single_values(schema["$defs"]["Selection"])
    _dispatch_on_type(schema["properties"]["rules"])
    schema["$schema"] = SCHEMA_DIALECT
    schema["title"] = "auditkit policy"
    return schema


def schema_text() -> str:
    """The policy schema as the text of policies/schema.json: pretty, sorted keys, trailing newline."""
    # Sorted keys and a fixed indent make the file byte-stable, so a test can compare it exactly.
    return json.dumps(policy_schema(), indent=2, sort_keys=True) + "\n"
