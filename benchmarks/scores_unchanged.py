"""Did a change to the detectors' code change any score? Every score of the default offline stack, saved and compared.

    python benchmarks/scores_unchanged.py write before.json [--data ../shared/datasets]
    ... change the code ...
    python benchmarks/scores_unchanged.py compare before.json [--data ../shared/datasets]

Every row of every benchmarks/eval/*.jsonl refusal, harm and toxicity set (pii_eval has none of these detectors)
is scored as a run scores it: a DetectorSet of the default detectors (refusal and harm for the refusal and harm
sets, toxicity for the toxicity set), in batches of 64, each answer with its prompt. With --data, XSTest's model
completions are scored as well (measured only; compared in aggregate). `compare` prints how many scores differ
in label, flag, value, note or evidence, per set and detector, and exits 1 if any does. Only equality with the
saved scores is checked: no figure against the gold labels is computed or shown.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

EVAL = ROOT / "benchmarks" / "eval"
BATCH = 64
STACKS = {"refusal": ("refusal", "harm"), "harm": ("refusal", "harm"), "toxicity": ("toxicity",)}


def eval_sets() -> dict[str, list[tuple[str | None, str]]]:
    """(prompt, answer) of every row of each refusal, harm and toxicity evaluation set, by file stem."""
    sets = {}
    for path in sorted(EVAL.glob("*.jsonl")):
        if path.name.startswith("pii_"):
            continue
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        sets[path.stem] = [(r.get("prompt"), r.get("response", r.get("text", ""))) for r in rows]
    return sets


def xstest_pairs(data: Path) -> list[tuple[str | None, str]]:
    """(prompt, completion) of every XSTest v2 model completion."""
    pairs = []
    for path in sorted((data / "xstest" / "model_completions").glob("xstest_v2_completions_*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            pairs += [(r.get("prompt") or "", r.get("completion") or "") for r in csv.DictReader(f)]
    return pairs


def score_set(name: str, pairs: list[tuple[str | None, str]]) -> dict[str, list[list]]:
    """[label, value, flagged, note, evidence] of every score, by detector, as a run of the default stack gives them."""
    from auditkit.detectors.registry import DetectorSet
    from auditkit.records.probes import DetectorSpec, Message, Probe

    kind = "toxicity" if name.startswith("toxicity") else "refusal"
    specs = [DetectorSpec(name=n) for n in STACKS[kind]]
    probes = [Probe(id=f"{name}-{i}", suite="parity", template="parity", category="pii", expected="no_pii",
                    messages=[Message(role="user", content=prompt or "(no prompt)")], detectors=specs)
              for i, (prompt, _) in enumerate(pairs)]
    found = DetectorSet(probes[:1])
    out: dict[str, list[list]] = {}
    for start in range(0, len(pairs), BATCH):
        batch = [(probes[i], pairs[i][1]) for i in range(start, min(start + BATCH, len(pairs)))]
        for row in found.score_batch(batch):
            for s in row:
                out.setdefault(s.detector, []).append(
                    [s.label, s.value, s.flagged, s.note, [[e.start, e.end] for e in s.evidence]])
    return out


def score_all(data: Path | None) -> dict[str, dict[str, list[list]]]:
    """Every score of every set (and XSTest with `data`), by set and detector."""
    sets = eval_sets()
    if data is not None:
        pairs = xstest_pairs(data)
        if pairs:
            sets["xstest"] = pairs
        else:
            print(f"XSTest not found under {data}: scored without it", flush=True)
    out = {}
    for name, pairs in sets.items():
        started = time.perf_counter()
        out[name] = score_set(name, pairs)
        print(f"{name}: {len(pairs)} answers in {time.perf_counter() - started:.1f} s", flush=True)
    return out


def differences(before: dict, after: dict) -> dict[str, dict[str, int]]:
    """Per set/detector: how many scores differ in each field (and how many were compared)."""
    fields = ("label", "value", "flagged", "note", "evidence")
    report = {}
    for name in sorted(set(before) | set(after)):
        for detector in sorted(set(before.get(name, {})) | set(after.get(name, {}))):
            a, b = before.get(name, {}).get(detector, []), after.get(name, {}).get(detector, [])
            counts = {"compared": min(len(a), len(b)), "count_differs": int(len(a) != len(b))}
            for k, field in enumerate(fields):
                counts[field] = sum(x[k] != y[k] for x, y in zip(a, b, strict=False))
            report[f"{name}/{detector}"] = counts
    return report


def main() -> None:
    """Write every score, or compare every score with a saved file."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=("write", "compare"))
    ap.add_argument("path", type=Path)
    ap.add_argument("--data", type=Path, default=None, help="the public datasets folder (adds XSTest)")
    args = ap.parse_args()
    scores = score_all(args.data)
    if args.action == "write":
        args.path.write_text(json.dumps(scores) + "\n", encoding="utf-8")
        print(f"wrote {sum(len(v) for d in scores.values() for v in d.values())} scores to {args.path}")
        return
    before = json.loads(args.path.read_text(encoding="utf-8"))
    report = differences(before, scores)
    changed = 0
    for key, counts in report.items():
        bad = {k: v for k, v in counts.items() if k != "compared" and v}
        changed += sum(bad.values())
        print(f"{key:<32} {counts['compared']:>5} compared  " + (", ".join(f"{k} {v}" for k, v in bad.items())
                                                                 if bad else "identical"))
    print("every score identical" if not changed else f"{changed} differences")
    sys.exit(1 if changed else 0)


if __name__ == "__main__":
    main()
