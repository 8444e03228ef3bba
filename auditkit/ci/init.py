"""`auditkit init`: a commented auditkit.yaml and a CI workflow for the user's project."""

from __future__ import annotations

from pathlib import Path

from auditkit.errors import InputError

CONFIG_TEMPLATE = """\
# auditkit.yaml — what to audit and how to judge it. `auditkit run --config auditkit.yaml` reads it;
# command-line options override it. Paths are relative to this file. Schema: `auditkit probes schema`,
# `auditkit policy schema`; every option is described in the README.

# The model under audit. Short forms: openai:MODEL@URL, python:pkg.module:function, replay:responses.jsonl
target:
  type: openai
  model: {model}
  base_url: {base_url}
  api_key_env: {key_env}        # the key is read from this environment variable (never put it here)
  params: {{temperature: 0, max_tokens: 512}}

# Probe suites: built-in ids or folders (`auditkit probes list`), or your own suite files.
suites: [starter]

# The release gate: a built-in policy (`auditkit policy list`) or your own policy file.
policy: default
fail_on: high                   # lowest severity whose failure fails the gate

# How to run.
concurrency: 8                  # requests in flight at once
samples: 1                      # times each probe is sent
seed: 0
out: runs/latest                # the run folder: report.md, report.json, junit.xml, attempts.jsonl

# For the model card.
intended_use: {intended_use}
"""

WORKFLOW_TEMPLATE = """\
# Audits the model on every pull request and fails the job when the policy fails.
name: model audit
on:
  pull_request:
  workflow_dispatch:
jobs:
  audit:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - id: audit
        uses: auditkit/auditkit@v0
        with:
          config: auditkit.yaml
        env:
          {key_env}: ${{{{ secrets.{key_env} }}}}
      - if: always()
        uses: actions/upload-artifact@v4
        with:
          name: audit-report
          path: ${{{{ steps.audit.outputs.run-dir }}}}
"""


def init_project(folder: Path, *, model: str = "my-model", base_url: str = "http://localhost:8000/v1",
                 key_env: str = "MODEL_API_KEY", intended_use: str = "Describe the intended use here.",
                 workflow: bool = True, force: bool = False) -> list[Path]:
    """Write auditkit.yaml (and .github/workflows/auditkit.yml) into `folder`; return the files written."""
    if not key_env.replace("_", "").isalnum():
        raise InputError(f"--key-env {key_env!r} is not an environment variable name")
    files = {folder / "auditkit.yaml": CONFIG_TEMPLATE.format(model=model, base_url=base_url, key_env=key_env,
                                                              intended_use=_yaml_text(intended_use))}
    if workflow:
        files[folder / ".github" / "workflows" / "auditkit.yml"] = WORKFLOW_TEMPLATE.format(key_env=key_env)
    existing = [p for p in files if p.exists()]
    if existing and not force:
        raise InputError(f"{existing[0]} already exists; pass --force to overwrite it")
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(files)


def _yaml_text(text: str) -> str:
    import json

    # A JSON string is a valid YAML scalar whatever characters the text holds.
    return json.dumps(text, ensure_ascii=False)
