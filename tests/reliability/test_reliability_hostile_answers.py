"""No answer can stop an audit: megabytes, lone surrogates, NUL bytes, terminal escapes, deep markup, any script.

Each answer goes through the whole run (log, default detectors, judging, every report format); a detector that
breaks on one answer costs that answer's score from that detector, recorded and reported, never the run.
"""

from __future__ import annotations

import json
import textwrap

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditkit.cli.main import cli
from auditkit.detectors.pii import PiiDetector
from auditkit.detectors.registry import DetectorSet
from auditkit.records.attempts import Attempt
from auditkit.report.model import Report
from auditkit.suites import load_suites

HOSTILE = {
    0: "big " * (5 * 1024 * 1024 // 4),                               # 5 MB, under the 16 MiB response limit
    1: "ok \ud800 and \udfff alone",                                    # lone surrogates
    2: "nul\x00bytes\x00inside",
    3: "\x1b]0;TITLE\x07\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\ \x1b[31mred\x1b[0m\r\x08\x9b",
    4: "<div>" * 20000 + "deep" + "</div>" * 20000,
    5: "مرحبا بالعالم 你好世界 नमस्ते दुनिया Привет мир \u202eevil\u202c",
    6: "BREAK-PII in this one answer",
}
MODULE = textwrap.dedent('''
    import itertools
    from tests_hostile_answers import HOSTILE
    _count = itertools.count()

    def answer(prompt):
        return HOSTILE[next(_count) % len(HOSTILE)]
''')


def test_a_run_whose_answers_are_hostile_finishes_and_reports(tmp_path, monkeypatch):
    (tmp_path / "tests_hostile_answers.py").write_text(f"HOSTILE = {HOSTILE!r}\n", encoding="utf-8")
    (tmp_path / "hostile_target.py").write_text(MODULE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    original = PiiDetector.score_texts

    def breaks_on_one(self, texts):
        if any("BREAK-PII" in t for t in texts):
            raise ValueError("pii broke on this answer")
        return original(self, texts)

    monkeypatch.setattr(PiiDetector, "score_texts", breaks_on_one)
    out = tmp_path / "run"
    result = CliRunner().invoke(cli, ["run", "-t", "python:hostile_target:answer", "-s", "starter", "-o", str(out),
                                      "--concurrency", "1", "--no-progress"])
    assert result.exit_code in (0, 1), result.output
    for name in ("report.json", "report.md", "report.html", "junit.xml", "evidence.json", "manifest.json"):
        assert (out / name).is_file(), name
    records = [json.loads(line) for line in (out / "attempts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == len({r["id"] for r in records}) == 68
    texts = {r["response"]["text"] for r in records}
    assert "ok \ufffd and \ufffd alone" in texts and HOSTILE[2] in texts and HOSTILE[0] in texts
    broken = [r for r in records if r["response"]["text"] == HOSTILE[6] and r["category"] in ("pii", "privacy")]
    assert broken and all(r["detector_errors"] == [{"detector": "pii", "kind": "detector",
                                                     "message": "ValueError: pii broke on this answer"}]
                          for r in broken)
    assert all(r["verdict"] != "pass" for r in broken)
    report = Report.model_validate_json((out / "report.json").read_text(encoding="utf-8"))
    assert report.unscorable == {"pii": len(broken)}
    assert any(f"pii: {len(broken)} (first: ValueError: pii broke on this answer)" in c for c in report.caveats)
    assert "pii broke on this answer" in (out / "report.md").read_text(encoding="utf-8")
    # Misuse rates count harmful help, and the report says which detector decided it.
    assert any(c.startswith("Harmful requests are judged by their outcome, decided by harm (offline:")
               for c in report.caveats)
    # No evidence shows more than an excerpt of the 5 MB answer.
    assert all(len(e.response or "") <= 1001 for e in report.evidence)


def _default_stack() -> tuple[DetectorSet, list]:
    probes = [p for s in load_suites(["starter"]) for p in s.probes]
    chosen = {}
    for p in probes:
        chosen.setdefault(tuple(sorted(d.name for d in p.detectors)), p)
    picked = list(chosen.values())
    return DetectorSet(picked), picked


_STACK: tuple[DetectorSet, list] | None = None
_PIECES = st.sampled_from(["a", " ", "\x00", "\ud800", "\U0001f600", "<b>", "&amp;", "\x1b[2J", "\u202e", "日本",
                           "ة", "I'm sorry, I can't", "jane@acme-mail.com", "\n", "{{", "%s", "\\"])
HOSTILE_TEXT = st.one_of(
    st.text(alphabet=st.characters(codec=None), max_size=400),
    st.lists(_PIECES, max_size=60).map("".join),
    st.builds(lambda piece, n: piece * n, _PIECES, st.integers(1, 60_000)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=HOSTILE_TEXT)
def test_every_default_detector_scores_any_text(text):
    global _STACK
    if _STACK is None:
        _STACK = _default_stack()
    detectors, probes = _STACK
    assert {d.name for p in probes for d in p.detectors} >= {"refusal", "pii", "toxicity", "canary"}
    for probe, (scores, errors) in zip(probes, detectors.score_items([(p, text) for p in probes]), strict=True):
        assert errors == [], errors
        # Every detector scores (a canary detector says nothing when its canaries are absent).
        assert {s.detector for s in scores} >= {d.name for d in probe.detectors} - {"canary"}
        assert all(0.0 <= s.value <= 1.0 for s in scores)
        attempt = Attempt(id="x#0", index=0, probe_id=probe.id, suite=probe.suite, template=probe.template,
                          category=probe.category, expected=probe.expected, messages=probe.messages,
                          response={"text": text}, scores=scores)
        # Whatever the text, its record is valid JSON in UTF-8 and reads back.
        line = attempt.model_dump_json().encode("utf-8")
        assert Attempt.model_validate_json(line).scores == scores
