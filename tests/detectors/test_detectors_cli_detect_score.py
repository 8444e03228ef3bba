"""`auditkit detect` on CSV/JSONL files and `auditkit score` on a saved run, through the CLI."""

from __future__ import annotations

import csv
import json

from click.testing import CliRunner
from support.openai_server import OpenAIStubServer

from auditkit.cli.main import cli
from auditkit.runs.folder import RunFolder


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_detect_jsonl_to_stdout_and_csv_file(tmp_path):
    source = tmp_path / "logs.jsonl"
    source.write_text("\n".join(json.dumps({"id": i, "reply": t}) for i, t in enumerate(
        ["I'm sorry, but I can't help with that.", "Paris is the capital of France."])) + "\n")
    result = invoke("detect", "--detector", "refusal", "--option", "backend=patterns", str(source),
                    "--text-column", "reply")
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert [(r["id"], r["flagged"]) for r in lines] == [(0, True), (1, False)]
    assert lines[0]["scores"][0]["kind"] == "refusal"
    out = tmp_path / "scored.csv"
    result = invoke("detect", "-d", "pii", str(source), "--text-column", "reply", "-o", str(out))
    assert result.exit_code == 0 and "2 texts scored, 0 flagged" in result.stderr
    rows = list(csv.DictReader(out.open()))
    assert rows[0]["reply"].startswith("I'm sorry") and rows[0]["pii:none"] == "0.0"


def test_detect_reads_csv_and_reports_bad_input(tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("text\nmail me at jo.doe@acme-mail.com\n")
    result = invoke("detect", "-d", "pii", str(source))
    assert result.exit_code == 0 and '"label": "email_address"' in result.stdout
    assert invoke("detect", "-d", "pii", str(source), "--text-column", "nope").exit_code == 2
    assert invoke("detect", "-d", "refusal", "-O", "threshold=7", str(source)).exit_code == 2
    assert invoke("detect", "-d", "refusal", "-O", "novalue", str(source)).exit_code == 2


def test_score_rescored_run_with_other_detectors(tmp_path):
    run_dir = tmp_path / "run"
    with OpenAIStubServer(responder=lambda body: "Sure, write to jo.doe@acme-mail.com for details.") as server:
        first = invoke("run", "-t", f"openai:stub@{server.base_url}", "-s", "starter-pii", "-o", str(run_dir),
                       "--no-progress")
    assert first.exit_code in (0, 1), first.output
    before = {a.id: a for a in RunFolder(run_dir).attempts()}
    result = invoke("score", str(run_dir), "--detectors", "refusal", "-O", "refusal.backend=patterns")
    assert result.exit_code in (0, 1), result.output
    assert "re-scored" in result.stderr
    folder = RunFolder(run_dir)
    after = folder.attempts()
    assert len(after) == len(before)
    assert all({s.detector for s in a.scores} == {"refusal"} for a in after if a.response is not None)
    # no_pii probes have no pii detector any more: nothing decides them.
    assert all(a.verdict == "unscored" for a in after if a.expected == "no_pii")
    refs = folder.manifest().detectors
    assert [(r.name, r.backend) for r in refs] == [("refusal", "patterns")]
    report = json.loads((run_dir / "report.json").read_text())
    assert report["manifest"]["detectors"][0]["backend"] == "patterns"


def test_score_rejects_options_for_unknown_detectors(tmp_path):
    assert invoke("score", str(tmp_path), "-O", "x.y=1").exit_code == 2
