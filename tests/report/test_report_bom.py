"""`auditkit bom`: a CycloneDX 1.6 ML-BOM of a run that validates, names the model, data sets, detector models and
auditkit with licences and hashes, is deterministic, and is covered by evidence.json."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from support.report_runs import make_known_run

from auditkit.cli.main import cli
from auditkit.errors import MissingExtraError
from auditkit.evidence.hashing import read_evidence
from auditkit.evidence.verify import verify_folder
from auditkit.report.bom import BOM_FILE, render_bom
from auditkit.report.model import Report

pytest.importorskip("cyclonedx")
STATEMENT = {"provider": "Example Labs", "license": "cc-by-nc-4.0", "open_weights": True,
             "base_model": "example-org/tiny-base-1b", "training_data": ["example-org/helpful-dialogues"],
             "url": "https://example.org/tiny-chat"}


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_known_run(tmp_path_factory.mktemp("bom"), model_card=STATEMENT).folder


def write_bom(run_dir: Path) -> dict:
    result = CliRunner().invoke(cli, ["bom", str(run_dir)])
    assert result.exit_code == 0, result.output
    return json.loads((run_dir / BOM_FILE).read_text(encoding="utf-8"))


def test_the_bom_validates_and_names_everything(run_dir):
    from cyclonedx.schema import SchemaVersion
    from cyclonedx.validation.json import JsonStrictValidator

    bom = write_bom(run_dir)
    text = (run_dir / BOM_FILE).read_text(encoding="utf-8")
    assert JsonStrictValidator(SchemaVersion.V1_6).validate_str(text) is None
    assert bom["bomFormat"] == "CycloneDX" and bom["specVersion"] == "1.6"
    model = bom["metadata"]["component"]
    assert model["type"] == "machine-learning-model" and model["publisher"] == "Example Labs"
    assert model["licenses"] == [{"license": {"id": "CC-BY-NC-4.0"}}]
    props = {p["name"]: p["value"] for p in model["properties"]}
    assert props["auditkit:access"] == "replay" and props["auditkit:open_weights"] == "true"
    card = model["modelCard"]
    assert card["modelParameters"]["task"] == "text-generation"
    metrics = card["quantitativeAnalysis"]["performanceMetrics"]
    plain = next(m for m in metrics if m["type"] == "violation_rate" and m["slice"].startswith("category=misuse"))
    assert plain["confidenceInterval"]["lowerBound"] and float(plain["value"]) > 0
    assert card["considerations"]["useCases"] == ["Customer support for adults."]
    assert any(r["name"].startswith("misuse-") for r in card["considerations"]["ethicalConsiderations"])
    by_role = {}
    for c in bom["components"]:
        role = {p["name"]: p["value"] for p in c.get("properties", [])}.get("auditkit:role")
        by_role.setdefault(role, []).append(c)
    (suite,) = by_role["audit-dataset"]
    report = Report.model_validate_json((run_dir / "report.json").read_text())
    assert suite["type"] == "data" and suite["data"][0]["type"] == "dataset"
    assert suite["hashes"] == [{"alg": "SHA-256", "content": report.manifest.suites[0].sha256}]
    (base,) = by_role["base-model"]
    (training,) = by_role["training-data"]
    assert base["name"] == "example-org/tiny-base-1b" and training["name"] == "example-org/helpful-dialogues"
    assert card["modelParameters"]["datasets"] == [{"ref": training["bom-ref"]}]
    (tool,) = by_role["audit-tool"]
    assert tool["name"] == "auditkit" and tool["licenses"] == [{"license": {"id": "Apache-2.0"}}]
    assert {c["name"] for c in by_role["detector-model"]} == {"auditkit rules"}
    depends = {d["ref"]: d.get("dependsOn", []) for d in bom["dependencies"]}
    assert sorted(depends[model["bom-ref"]]) == sorted([base["bom-ref"], training["bom-ref"]])


def test_the_bom_is_in_the_evidence_and_deterministic(run_dir):
    write_bom(run_dir)
    first = (run_dir / BOM_FILE).read_bytes()
    evidence = read_evidence(run_dir)
    assert evidence.statement.files[BOM_FILE] == hashlib.sha256(first).hexdigest()
    assert verify_folder(run_dir).ok
    write_bom(run_dir)
    assert (run_dir / BOM_FILE).read_bytes() == first  # same run, same BOM: a signature over it stays valid


def test_a_signed_run_keeps_its_signature_when_the_bom_is_rewritten(run_dir, tmp_path):
    pytest.importorskip("cryptography")
    runner = CliRunner()
    write_bom(run_dir)
    assert runner.invoke(cli, ["keygen", "-o", str(tmp_path / "k")]).exit_code == 0
    assert runner.invoke(cli, ["sign", str(run_dir), "--key", str(tmp_path / "k")]).exit_code == 0
    write_bom(run_dir)
    result = verify_folder(run_dir)
    assert result.ok and result.signature == "valid" and BOM_FILE in read_evidence(run_dir).statement.files


def test_bom_to_stdout_or_elsewhere(run_dir, tmp_path):
    out = CliRunner().invoke(cli, ["bom", str(run_dir), "--stdout"])
    assert out.exit_code == 0 and json.loads(out.output)["specVersion"] == "1.6"
    elsewhere = tmp_path / "audit.cdx.json"
    assert CliRunner().invoke(cli, ["bom", str(run_dir), "-o", str(elsewhere)]).exit_code == 0
    assert elsewhere.is_file() and "audit.cdx.json" not in read_evidence(run_dir).statement.files


def test_without_the_extra_the_message_names_it(run_dir, monkeypatch):
    report = Report.model_validate_json((run_dir / "report.json").read_text())
    monkeypatch.setitem(sys.modules, "cyclonedx.model", None)
    with pytest.raises(MissingExtraError, match=r"auditkit\[bom\]"):
        render_bom(report)
