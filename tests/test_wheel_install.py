"""Build the wheel, install it into a fresh virtual environment, and audit from there."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from support.openai_server import OpenAIStubServer

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]


def sh(*args: str | Path, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # No build isolation: the build backend is already installed, and tests never reach the network.
    result = sh(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", out, ROOT)
    assert result.returncode == 0, result.stderr
    (path,) = out.glob("auditkit-*.whl")
    return path


def test_wheel_carries_the_data_folders(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for required in ("auditkit/_data/probes/starter/starter-misuse.yaml", "auditkit/_data/policies/default.yaml",
                     "auditkit/_data/reports/templates/model_card.md.j2", "auditkit/_data/probes/schema.json"):
        assert required in names, required
    assert not any(n.startswith(("tests/", "probes/")) for n in names)


def test_audit_from_an_installed_wheel(wheel, tmp_path):
    venv = tmp_path / "venv"
    # The test environment's site-packages lend the dependencies (installed offline already) through a .pth
    # line; the wheel itself goes into the venv, whose own site-packages come first on sys.path. (`--system-
    # site-packages` would lend the base interpreter's packages, not those of the environment running the tests,
    # and a path line in a .pth file does not run that folder's own .pth files, so the editable checkout stays out.)
    assert sh(sys.executable, "-m", "venv", venv).returncode == 0
    py = venv / "bin" / "python"
    (own,) = sh(py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.split()
    Path(own, "_test_dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    result = sh(py, "-m", "pip", "install", "--no-deps", "--no-index", wheel)
    assert result.returncode == 0, result.stderr
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | {"CI": "true"}
    where = sh(py, "-c", "import auditkit, auditkit.resources as r; print(auditkit.__file__); "
               "print(r.data_dir('probes'))", cwd=work, env=env)
    module_file, probes_dir = where.stdout.split()
    assert module_file.startswith(str(venv)) and probes_dir.startswith(str(venv)), where.stdout
    with OpenAIStubServer() as server:
        run = sh(venv / "bin" / "auditkit", "run", "-t", f"openai:stub@{server.base_url}", "-s", "starter",
                 "-o", "out", cwd=work, env=env)
        sent = len(server.chat_requests)
    assert run.returncode in (0, 1), run.stderr
    assert sent == 68
    assert (work / "out" / "report.md").read_text().count("starter-") >= 6
    listing = sh(venv / "bin" / "auditkit", "probes", "list", cwd=work, env=env)
    assert "starter-over-refusal" in listing.stdout
