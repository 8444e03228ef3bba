"""The import layers of DESIGN.md hold: pyproject.toml's contracts pass on auditkit and catch a bad import."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "auditkit"
LINT = ("import sys; from importlinter.cli import lint_imports; "
        "sys.exit(lint_imports(config_filename=sys.argv[1], no_cache=True, no_logo=True))")


def lint(root: Path) -> subprocess.CompletedProcess[str]:
    """Run import-linter with `root`'s pyproject.toml on the auditkit package under `root`."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-c", LINT, str(root / "pyproject.toml")], cwd=root, env=env,
                          capture_output=True, text=True, timeout=300)


def layers() -> list[list[str]]:
    """The layers contract of pyproject.toml, highest first, each a list of independent package names."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(c for c in config["tool"]["importlinter"]["contracts"] if c["id"] == "layers")
    return [[name.strip() for name in layer.split("|")] for layer in contract["layers"]]


def test_auditkit_keeps_every_import_contract():
    done = lint(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 kept, 0 broken" in done.stdout


def test_every_package_of_auditkit_is_in_a_layer_or_is_a_utility():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    utilities = next(c for c in config["tool"]["importlinter"]["contracts"] if c["id"] == "utilities")
    placed = {name for layer in layers() for name in layer}
    placed |= {name.removeprefix("auditkit.") for name in utilities["source_modules"]}
    found = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    found |= {p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    assert found == placed


@pytest.mark.parametrize(("module", "bad_import", "broken"), [
    ("records/hashing.py", "from auditkit.runs import runner",
     "auditkit.records is not allowed to import auditkit.runs"),
    ("detectors/base.py", "import auditkit.policy.engine",
     "auditkit.detectors is not allowed to import auditkit.policy"),
    ("store/record.py", "from auditkit.runs.judging import judge_run",
     "auditkit.store is not allowed to import auditkit.runs"),
    ("errors.py", "from auditkit.report.model import Report",
     "utility modules import no layer BROKEN"),
])
def test_the_contracts_report_an_upward_import(tmp_path, module, bad_import, broken):
    # A copy of the package with one import added inside a function: lazy imports count as much as top-level ones.
    shutil.copytree(PACKAGE, tmp_path / "auditkit", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    path = tmp_path / "auditkit" / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n\ndef _upward() -> None:\n    {bad_import}\n",
                    encoding="utf-8")
    done = lint(tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert broken in done.stdout


def _lazy_exports(init: Path) -> dict[str, str]:
    for node in ast.parse(init.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "_EXPORTS" for t in node.targets):
            return ast.literal_eval(node.value)
    return {}


def test_lazy_front_doors_point_only_at_their_own_layer_or_below():
    # import-linter cannot see the module names in a lazy front door, so this test reads them.
    rank = {name: i for i, layer in enumerate(layers()) for name in layer}
    for init in sorted(PACKAGE.glob("*/__init__.py")):
        package = init.parent.name
        for name, module in _lazy_exports(init).items():
            target = module.split(".")[1]
            assert rank[target] >= rank[package], f"auditkit.{package} exports {name} from higher layer {module}"


def test_every_package_has_a_lazy_front_door():
    for init in [PACKAGE / "__init__.py", *sorted(PACKAGE.glob("*/__init__.py"))]:
        text = init.read_text(encoding="utf-8")
        assert "lazy_exports(__name__, _EXPORTS)" in text and _lazy_exports(init), init
        # Importing a submodule binds its name on the package, hiding a lazy export of the same name.
        submodules = {p.stem for p in init.parent.glob("*.py")} | {p.name for p in init.parent.iterdir() if p.is_dir()}
        assert not submodules & set(_lazy_exports(init)), f"{init}: an export is named like a submodule"
        assert not [n for n in ast.parse(text).body if isinstance(n, ast.ImportFrom)
                    and n.module not in ("__future__", "auditkit._lazy", "auditkit._version")], f"eager: {init}"
