"""Several processes recording runs into one store at once (a fresh one: they race to migrate it too)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from support.store_runs import make_run

from auditkit.store.engine import open_store
from auditkit.store.queries import get_run, list_runs

WORKERS = 4
RUNS_EACH = 3

WORKER = textwrap.dedent("""
    import pathlib, sys, time
    from auditkit.store.engine import open_store
    from auditkit.store.record import record_run

    url, gate, folders = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3:]
    # Start together, once every interpreter has imported: say ready, wait for the go file.
    (gate / f"ready-{folders[0].rsplit('/', 1)[-1]}").touch()
    while not (gate / "go").exists():
        time.sleep(0.01)
    with open_store(url) as store:
        for folder in folders:
            record_run(store, folder, source="run")
""")


@pytest.mark.slow
def test_concurrent_writers_all_succeed_and_lose_nothing(store_url, tmp_path):
    import time

    shared = make_run(tmp_path / "shared", run_id="5aaed00000000000")
    jobs = []
    for w in range(WORKERS):
        mine = [make_run(tmp_path / f"w{w}-{i}", run_id=f"{w:02d}{i:02d}000000000000", model=f"bot-{w}")
                for i in range(RUNS_EACH)]
        # Every worker also records the shared run, so the same run id is written concurrently.
        jobs.append([str(p) for p in (*mine[:2], shared, *mine[2:])])
    gate = tmp_path / "gate"
    gate.mkdir()
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, store_url, str(gate), *folders],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for folders in jobs]
    deadline = time.monotonic() + 120
    while len(list(gate.glob("ready-*"))) < WORKERS and time.monotonic() < deadline:
        if any(p.poll() is not None for p in procs):
            break
        time.sleep(0.01)
    (gate / "go").touch()
    results = [(p.wait(timeout=120), p.stderr.read().decode()) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    assert [code for code, _ in results] == [0] * WORKERS, [err for _, err in results if err]
    with open_store(store_url) as store:
        runs = list_runs(store, limit=1000)
        assert len(runs) == WORKERS * RUNS_EACH + 1
        assert {r.run_id for r in runs} == {"5aaed00000000000"} | {
            f"{w:02d}{i:02d}000000000000" for w in range(WORKERS) for i in range(RUNS_EACH)}
        assert all(r.judgements == 1 and r.verdict == "pass" for r in runs)
        detail = get_run(store, "5aaed")
    [judgement] = detail.judgements
    assert len(judgement.findings) == 1 and len(judgement.metrics) == 5
