"""`auditkit init`: start a project with a commented auditkit.yaml and a CI workflow."""

from __future__ import annotations

from pathlib import Path

import click

from auditkit.cli.console import say


@click.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path), default=".")
@click.option("--model", default="my-model", show_default=True, help="Model name the endpoint serves.")
@click.option("--base-url", default="http://localhost:8000/v1", show_default=True, help="OpenAI-compatible API root.")
@click.option("--key-env", default="MODEL_API_KEY", show_default=True, help="Environment variable with the API key.")
@click.option("--intended-use", default="Describe the intended use here.", help="For the report's model card.")
@click.option("--ci", type=click.Choice(["github", "none"]), default="github", show_default=True,
              help="Also write a GitHub Actions workflow.")
@click.option("--force", is_flag=True, help="Overwrite existing files.")
def init(folder: Path, model: str, base_url: str, key_env: str, intended_use: str, ci: str, force: bool) -> None:
    """Write auditkit.yaml and a CI workflow into FOLDER (default: here)."""
    from auditkit.ci.init import init_project

    for path in init_project(folder, model=model, base_url=base_url, key_env=key_env, intended_use=intended_use,
                             workflow=ci == "github", force=force):
        say(f"wrote {path}")
    say("next: edit auditkit.yaml, then `auditkit run --config auditkit.yaml`")
