"""The same prompts through promptfoo and Inspect AI, for the wall-time comparison of endpoint_throughput.py.

Each tool sends every prompt once to the latency server with a trivial check (no detector), at the same
concurrency, and is timed as a child process (wall time, peak RSS). A tool that is not installed is skipped
and said so. These runners follow the tools' documented command lines; neither tool was installed on the
machine where they were written, so check them on first use.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

INSPECT_TASK = '''
import json, os
from inspect_ai import Task, task
from inspect_ai.dataset import Sample
from inspect_ai.scorer import Score, Target, accuracy, scorer
from inspect_ai.solver import generate


@scorer(metrics=[accuracy()])
def answered():
    async def score(state, target: Target) -> Score:
        return Score(value=1 if state.output.completion else 0)
    return score


@task
def bench():
    prompts = json.load(open(os.environ["BENCH_PROMPTS"]))
    return Task(dataset=[Sample(input=p) for p in prompts], solver=generate(), scorer=answered())
'''


def available() -> dict[str, str | None]:
    """Each peer tool and the command that runs it, or None when it is not installed."""
    promptfoo = shutil.which("promptfoo")
    inspect = shutil.which("inspect") if importlib.util.find_spec("inspect_ai") else None
    return {"promptfoo": promptfoo, "inspect": inspect}


def _timed(cmd: list[str], env: dict[str, str], cwd: str) -> dict:
    started = time.time()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=cwd)
    _, status, usage = os.wait4(proc.pid, 0)
    return {"wall_s": round(time.time() - started, 2), "exit": os.waitstatus_to_exitcode(status),
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1), "started": started}


def run_promptfoo(exe: str, url: str, prompts: list[str], concurrency: int) -> dict:
    """promptfoo eval of the prompts against `url` (an OpenAI-compatible API root), a trivial assertion each."""
    with tempfile.TemporaryDirectory() as tmp:
        config = {"prompts": ["{{prompt}}"],
                  "providers": [{"id": "openai:chat:bench", "config": {"apiBaseUrl": url, "apiKey": "bench"}}],
                  "defaultTest": {"assert": [{"type": "javascript", "value": "true"}]},
                  "tests": [{"vars": {"prompt": p}} for p in prompts]}
        Path(tmp, "promptfooconfig.json").write_text(json.dumps(config))
        cmd = [exe, "eval", "-c", "promptfooconfig.json", "--no-cache", "--no-table", "--no-write",
               "--max-concurrency", str(concurrency)]
        return _timed(cmd, {**os.environ, "PROMPTFOO_DISABLE_TELEMETRY": "1"}, tmp)


def run_inspect(exe: str, url: str, prompts: list[str], concurrency: int) -> dict:
    """inspect eval of the prompts against `url` through its openai-api provider, a trivial scorer."""
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "bench_task.py").write_text(INSPECT_TASK)
        Path(tmp, "prompts.json").write_text(json.dumps(prompts))
        env = {**os.environ, "BENCH_PROMPTS": str(Path(tmp, "prompts.json")), "BENCH_BASE_URL": url,
               "BENCH_API_KEY": "bench", "INSPECT_LOG_DIR": str(Path(tmp, "logs"))}
        cmd = [exe, "eval", "bench_task.py", "--model", "openai-api/bench/bench", "--max-connections",
               str(concurrency), "--display", "none"]
        return _timed(cmd, env, tmp)


def peer_rows(server_factory, prompts: list[str], concurrency: int, load) -> dict:
    """Wall time, sending rate and peak RSS of each installed peer on `prompts`; the others marked skipped."""
    rows: dict[str, dict] = {}
    runners = {"promptfoo": run_promptfoo, "inspect": run_inspect}
    for name, exe in available().items():
        if exe is None:
            rows[name] = {"skipped": "not installed"}
            print(f"{name}: not installed, skipped", flush=True)
            continue
        server = server_factory()
        try:
            before = load()
            row = runners[name](exe, server.url, prompts, concurrency)
            stats = server.stats()
        finally:
            server.close()
        busy = stats["last_response"] - stats["first_request"] if stats["requests"] else 0
        row.update(requests=stats["requests"], requests_per_s=round(stats["requests"] / busy, 1) if busy else None,
                   startup_to_first_request_s=round(stats["first_request"] - row.pop("started"), 2)
                   if stats["requests"] else None, load_before=before, load_after=load())
        rows[name] = row
        print(f"{name}: {row}", flush=True)
    return rows


if __name__ == "__main__":
    print(json.dumps(available()))
    sys.exit(0)
