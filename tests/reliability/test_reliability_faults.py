"""Every fault an endpoint can produce ends as a response or an error with its reason; nothing is lost."""

from __future__ import annotations

import json
import random
from collections import Counter

import pytest
from support.openai_server import Fault, OpenAIStubServer
from support.suites import numbered_suite

from auditkit.runs.config import RunConfig
from auditkit.runs.folder import RunFolder
from auditkit.runs.runner import run_audit


def target(server: OpenAIStubServer, **options) -> dict:
    return {"type": "openai", "model": "stub", "base_url": server.base_url, "backoff_base": 0.01, **options}


@pytest.mark.parametrize(("fault", "options", "kind"), [
    (Fault.reset(), {"max_retries": 0}, "connection"),
    (Fault.truncated_body(), {"max_retries": 0}, "connection"),
    (Fault.slow(1.0), {"max_retries": 0, "timeout": 0.2}, "timeout"),
    (Fault.huge(2), {"max_retries": 0, "max_response_bytes": 1024 * 1024}, "response_too_large"),
    (Fault.malformed_json(), {"max_retries": 0}, "bad_response"),
    (Fault.empty_choices(), {"max_retries": 0}, "bad_response"),
    (Fault.http(503), {"max_retries": 0}, "http_503"),
])
def test_each_fault_becomes_an_error_with_its_kind(tmp_path, fault, options, kind):
    suite = numbered_suite(tmp_path, 3)
    with OpenAIStubServer(faults={1: fault}) as server:
        outcome = run_audit(RunConfig(target=target(server, **options), suites=[str(suite)], out=tmp_path / "r",
                                      concurrency=1, policy="baseline"))
    attempts = RunFolder(tmp_path / "r").attempts()
    assert [a.error.kind if a.error else "ok" for a in attempts] == [kind, "ok", "ok"]
    assert outcome.manifest.errors_by_kind == {kind: 1}
    assert attempts[0].error.message  # the reason is recorded, not just the kind


def test_faults_are_retried_until_an_answer(tmp_path):
    suite = numbered_suite(tmp_path, 1)
    faults = {1: Fault.reset(), 2: Fault.truncated_body(), 3: Fault.http(500)}
    with OpenAIStubServer(faults=faults) as server:
        run_audit(RunConfig(target=target(server), suites=[str(suite)], out=tmp_path / "r", policy=None))
        statuses = [r.status for r in server.chat_requests]
    (attempt,) = RunFolder(tmp_path / "r").attempts()
    assert statuses == [None, None, 500, 200]
    assert attempt.response.retries == 3 and attempt.error is None


def test_a_response_of_several_megabytes_is_kept_whole(tmp_path):
    suite = numbered_suite(tmp_path, 1)
    with OpenAIStubServer(faults={1: Fault.huge(3)}) as server:
        run_audit(RunConfig(target=target(server), suites=[str(suite)], out=tmp_path / "r", policy=None))
    (attempt,) = RunFolder(tmp_path / "r").attempts()
    assert len(attempt.response.text) == 3 * 1024 * 1024


@pytest.mark.slow
def test_two_thousand_attempts_with_a_fifth_of_requests_faulted(tmp_path):
    # Every fault kind of benchmarks/fault_soak.py, the answer of 3 MB included (it once reached spaCy's NER
    # whole and ended the audit), scored by the default detectors.
    kinds = [Fault.http(500), Fault.http(503), Fault.http(429, retry_after=0), Fault.reset(), Fault.close_connection(),
             Fault.truncated_body(), Fault.malformed_json(), Fault.empty_choices(), Fault.slow(0.6), Fault.huge(3)]
    rng = random.Random(7)
    plan = {n: rng.choice(kinds) for n in range(1, 6000) if rng.random() < 0.2}
    suite = numbered_suite(tmp_path, 2000)
    with OpenAIStubServer(faults=plan) as server:
        outcome = run_audit(RunConfig(target=target(server, max_retries=1, timeout=0.3), suites=[str(suite)],
                                      out=tmp_path / "r", concurrency=32, policy="baseline"))
        sent = len(server.chat_requests)
    assert outcome.exit_code in (0, 1) and outcome.manifest.complete
    lines = (tmp_path / "r" / "attempts.jsonl").read_text().splitlines()
    records = [json.loads(line) for line in lines]
    # Answers that waited to be scored were logged unscored first; the finished log keeps the last record only.
    final = records
    ids = [r["id"] for r in final]
    assert len(ids) == len(set(ids)) == 2000  # nothing lost, nothing duplicated
    assert [r["index"] for r in records] == list(range(2000))  # in plan order
    assert all((r["response"] is None) != (r["error"] is None) for r in records)
    assert all(r["error"]["message"] for r in records if r["error"])
    assert all(r["verdict"] != "unscored" and not r["detector_errors"] for r in records if r["response"])
    long = [r for r in records if r["response"] and len(r["response"]["text"]) == 3 * 1024 * 1024]
    assert long  # huge answers are kept whole and scored, each score's note saying what was read
    assert all("scored the first 100,000 of 3,145,728 characters" in s["note"] for r in long for s in r["scores"])
    errors = Counter(r["error"]["kind"] for r in final if r["error"])
    assert outcome.manifest.errors_by_kind == dict(sorted(errors.items()))
    assert 0 < sum(errors.values()) < 400 and sent > 2000  # faults were retried; some failed twice
    finding = next(f for f in outcome.report.findings if f.rule_id == "target-errors")
    assert finding.metric.n == 2000 and finding.metric.successes == sum(errors.values())
    caveats = " ".join(outcome.report.caveats)
    assert all(f"{kind}: {n}" in caveats for kind, n in errors.items())  # the report counts errors per kind
