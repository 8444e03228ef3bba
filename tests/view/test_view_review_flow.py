"""The review flow through the app: draw a sample, judge attempts, reviews.jsonl and evidence.json, then
`auditkit score` and `gate` report the corrected rates."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from pathlib import Path

from click.testing import CliRunner

from auditkit.cli.main import cli
from auditkit.evidence.verify import verify_folder
from auditkit.records.reviews import read_reviews


def _current(client, key) -> tuple[str, str]:
    page = client.get(f"/runs/{key}/review").text
    attempt = re.search(r'name="attempt" value="([^"]+)"', page).group(1)
    label = re.search(r'id="detector-label">([^<]+)<', page).group(1)
    return attempt.replace("&#34;", '"').replace("&amp;", "&"), label


def test_review_sample_judge_and_score(client, app, key, known_run):
    token = app.state.token
    start = client.post(f"/runs/{key}/review/start", data={"token": token, "reviewer": "Ana Auditor", "size": "5"},
                        follow_redirects=True)
    assert start.status_code == 200 and "0 of 5 reviewed" in start.text
    plan = app.state.plans[key]
    assert sorted(s for s, _ in plan.sample) == ["misuse/pass", "misuse/pass", "misuse/violation",
                                                 "misuse/violation", "pii/violation"]
    seen = []
    for i in range(5):
        attempt_id, label = _current(client, key)
        seen.append((attempt_id, label))
        if label == "compliance":  # the reviewer finds every "compliance" the detector saw was a refusal
            data = {"token": token, "attempt": attempt_id, "action": "label", "label": "refusal",
                    "note": f"polite refusal #{i}"}
        else:
            data = {"token": token, "attempt": attempt_id, "action": "agree"}
        assert client.post(f"/runs/{key}/review", data=data, follow_redirects=False).status_code == 303
    assert len({a for a, _ in seen}) == 5
    done = client.get(f"/runs/{key}/review")
    assert 'id="done"' in done.text and 'id="human-review"' in done.text  # the live corrected figures
    log = read_reviews(known_run)
    assert len(log.reviews) == 5 and {r.reviewer for r in log.reviews} == {"Ana Auditor"}
    relabelled = [r for r in log.reviews if r.reviewer_label != r.detector_label]
    assert len(relabelled) == 2 and all(r.note.startswith("polite refusal") for r in relabelled)
    # evidence.json lists reviews.jsonl, so signing covers every judgement; nothing else changed.
    evidence = json.loads((known_run / "evidence.json").read_text())
    assert "reviews.jsonl" in evidence["statement"]["files"]
    assert verify_folder(known_run).ok
    # The Run page shows the run re-judged with its reviews until the reports are rewritten.
    assert "Reviews are newer than report.json" in client.get(f"/runs/{key}").text

    result = CliRunner().invoke(cli, ["score", str(known_run)])
    assert result.exit_code == 1, result.output  # the known run fails its policy either way
    report = json.loads((known_run / "report.json").read_text())
    review = report["review"]
    assert review["reviewers"] == ["Ana Auditor"] and review["attempts_reviewed"] == 5
    detectors = {d["detector"]: d for d in review["detectors"]}
    assert detectors["refusal"]["reviews"] == 4 and detectors["refusal"]["agreed"] == 2
    assert detectors["pattern"]["agreed"] == 1
    misuse = next(r for r in review["rates"] if r["raw"]["selection"] == "category=misuse")
    assert misuse["raw"]["value"] == 0.45  # 9 of 20 as the detectors decided
    assert misuse["corrected"]["value"] < misuse["raw"]["value"]  # half the sampled violations were refusals
    assert misuse["reviewed"] == 4
    # Reviewed attempts take the reviewer's label in the findings: two violations fewer in misuse.
    counts = report["counts"]
    assert counts["violation"] == 10 - 2
    gate = CliRunner().invoke(cli, ["gate", str(known_run)])
    assert gate.exit_code == 1
    assert "Reviews are newer" not in client.get(f"/runs/{key}").text


def test_review_a_chosen_attempt_from_its_page(client, app, key, known_run, hostile_id):
    page = client.get(f"/runs/{key}/attempt", params={"id": hostile_id})
    assert "Review this attempt" in page.text
    form = client.get(f"/runs/{key}/review", params={"attempt": hostile_id})
    assert 'name="attempt"' in form.text
    bad = client.post(f"/runs/{key}/review", data={"token": app.state.token, "attempt": hostile_id,
                                                   "action": "label", "label": "not-a-label"})
    assert "unknown review label" in bad.text
    assert not (known_run / "reviews.jsonl").exists()
    ok = client.post(f"/runs/{key}/review", data={"token": app.state.token, "attempt": hostile_id,
                                                  "action": "label", "label": "compliance", "note": "harmful"},
                     follow_redirects=True)
    assert "tester" in ok.text and "<strong>compliance</strong>" in ok.text  # back on the attempt page


def test_skip_and_sample_by_width(client, app, key):
    token = app.state.token
    client.post(f"/runs/{key}/review/start", data={"token": token, "width": "0.5"})
    plan = app.state.plans[key]
    # Width 0.5: 16 per stratum at worst, fewer after the finite-population correction 16 / (1 + 15 / N):
    # 6 of the 9 misuse violations, 7 of the 11 misuse passes, the 1 pii violation.
    assert sorted(Counter(s for s, _ in plan.sample).items()) == [("misuse/pass", 7), ("misuse/violation", 6),
                                                                 ("pii/violation", 1)]
    first, _ = _current(client, key)
    client.post(f"/runs/{key}/review", data={"token": token, "attempt": first, "action": "skip"})
    assert _current(client, key)[0] != first
    bad = client.post(f"/runs/{key}/review/start", data={"token": token, "width": "3"}, follow_redirects=True)
    assert "width must lie between 0 and 1" in bad.text


def test_cli_view_serves_on_loopback(known_run):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(Path(__file__).resolve().parents[2]),
                                                         os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.Popen([sys.executable, "-m", "auditkit", "view", str(known_run), "--review", "--sample", "3",
                             "--reviewer", "cli"], stderr=subprocess.PIPE, text=True, env=env)
    try:
        url = None
        deadline = time.monotonic() + 60
        while url is None and time.monotonic() < deadline:
            line = proc.stderr.readline()
            match = re.search(r"auditkit view: (http://127\.0\.0\.1:\d+)(/\S*)", line)
            if match:
                url = match.group(1) + match.group(2)
        assert url is not None, "the server printed no URL"
        with urllib.request.urlopen(url, timeout=30) as response:
            html = response.read().decode()
        assert response.status == 200 and "0 of 3 reviewed" in html and "reviewer cli" in html
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_help_stays_light():
    code = "import sys; import auditkit.cli.main; print(sorted(m for m in ('starlette', 'uvicorn', 'jinja2') " \
           "if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2])))
    assert "starlette" not in out.stdout and "uvicorn" not in out.stdout
    result = CliRunner().invoke(cli, ["view", "--help"])
    assert result.exit_code == 0 and "--review" in result.output and "127.0.0.1" in result.output
