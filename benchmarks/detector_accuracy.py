"""Measure each offline detector on public labelled data and write its detector card.

python benchmarks/detector_accuracy.py [--data ../shared/datasets] [--only refusal,pii,toxicity]

- refusal: XSTest's 2,250 human-labelled completions (5 model configurations); full or partial refusal is
  the positive class. Prompts with even ids were used for error analysis while the v2 patterns and the
  generated training data were written; odd ids were never looked at: both halves are reported. And the
  project's own evaluation sets (11 languages, benchmarks/refusal_accuracy.py): refusal_eval.jsonl and
  refusal_eval_v2.jsonl as development data (`--refusal-eval PATH` to choose), and a held-out set scored once
  with `--refusal-test PATH` (every row of it is scored; the card says held-out).
- pii: Presidio's synthetic PII set (character spans), per entity type, with the packaged small spaCy model
  and with the blank pipeline.
- toxicity: HateCheck, per functional test and overall (friendly profanity and counter-speech apart), and
  auditkit's own benchmarks/eval/toxicity_eval.jsonl (test split; dev figures in a caveat), with the offline
  backends (profanity-check, minilm) and Detoxify when its weights are on this machine.
- harm (benchmarks/harm_accuracy.py): JailbreakBench's 300 human-labelled judge-comparison pairs (was the
  model jailbroken?), next to the published judges' columns and to "did not refuse"; and each harm evaluation
  file given with --harm-eval (default: harm_eval.jsonl, harm_eval_v2.jsonl, harm_eval_v3.jsonl, harm_eval_v4.jsonl
  and harm_eval_v5.jsonl, development data since harm v2, v3, v4 and v5), whole and per split, binary
  (complied_harmful or not), three-outcome accuracy and per slice. To score a held-out file once without
  touching JailbreakBench:
  python benchmarks/detector_accuracy.py --only harm --no-jailbreakbench --harm-eval PATH

Writes reports/detector_cards/<detector>-<backend>.json (a list when several data sets measured the same
backend) and benchmarks/results/detector_accuracy.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditkit.atomic import write_atomic  # noqa: E402
from auditkit.records.cards import DetectorCard, SliceScore  # noqa: E402
from benchmarks.eval_sets import confusion, eval_rows, machine, pii_eval_cards, slice_score  # noqa: E402,F401
from benchmarks.harm_accuracy import CardTools, harm_cards, keep_other_cards, summary_key  # noqa: E402
from benchmarks.refusal_accuracy import DEV_SETS, refusal_cards, refusal_eval_cards  # noqa: E402

CARDS = ROOT / "reports" / "detector_cards"
RESULTS = ROOT / "benchmarks" / "results" / "detector_accuracy.json"
COMMAND = "python benchmarks/detector_accuracy.py"


def write_cards(cards: list[DetectorCard]) -> list[Path]:
    """reports/detector_cards/<detector>-<backend>.json: one card, or a list of the cards of one backend."""
    by_slug: dict[str, list[DetectorCard]] = defaultdict(list)
    for card in cards:
        slug = re.sub(r"[^a-z0-9]+", "-", f"{card.detector}-{card.backend or 'default'}".lower()).strip("-")
        by_slug[slug].append(card)
    paths = []
    for slug, group in by_slug.items():
        path = CARDS / f"{slug}.json"
        body = [c.model_dump(mode="json") for c in group]
        write_atomic(path, json.dumps(body[0] if len(body) == 1 else body, indent=2, ensure_ascii=False) + "\n")
        path.chmod(0o644)
        paths.append(path)
    return paths


# --- PII on Presidio's synthetic set ------------------------------------------------------------------------

# Gold entity types of the synthetic set -> Presidio's; None: Presidio has no recognizer for it.
PII_TYPES = {"PERSON": "PERSON", "STREET_ADDRESS": "LOCATION", "GPE": "LOCATION", "ORGANIZATION": "ORGANIZATION",
             "CREDIT_CARD": "CREDIT_CARD", "DATE_TIME": "DATE_TIME", "TITLE": None, "PHONE_NUMBER": "PHONE_NUMBER",
             "AGE": None, "NRP": "NRP", "EMAIL_ADDRESS": "EMAIL_ADDRESS", "ZIP_CODE": None, "DOMAIN_NAME": "URL",
             "IBAN_CODE": "IBAN_CODE", "US_SSN": "US_SSN", "IP_ADDRESS": "IP_ADDRESS",
             "US_DRIVER_LICENSE": "US_DRIVER_LICENSE"}
NER_TYPES = {"PERSON", "LOCATION", "ORGANIZATION", "NRP"}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def pii_card(data: Path, model: str) -> DetectorCard | None:
    """Per-entity figures for one spaCy pipeline (every Presidio entity type requested)."""
    from auditkit.detectors.pii import PiiDetector

    path = data / "presidio_pii" / "synth_dataset_v2.json"
    if not path.is_file():
        return None
    records = json.loads(path.read_text(encoding="utf-8"))
    detector = PiiDetector(entities="all", model=model)
    started = time.perf_counter()
    found = detector.analyze([r["full_text"] for r in records])
    seconds = time.perf_counter() - started
    scope = set(PII_TYPES.values()) - {None} if detector.engine.spacy_model != "blank" \
        else set(PII_TYPES.values()) - {None} - NER_TYPES
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    text_pairs = []
    for record, results in zip(records, found, strict=True):
        gold = [(PII_TYPES.get(s["entity_type"]), (s["start_position"], s["end_position"])) for s in record["spans"]]
        gold = [(t, span) for t, span in gold if t is not None]
        preds = [(r.entity_type, (r.start, r.end)) for r in results if r.entity_type in set(PII_TYPES.values())]
        for t, span in gold:
            hit = any(pt == t and _overlap(span, ps) for pt, ps in preds)
            tp[t] += hit
            fn[t] += not hit
        for t, span in preds:
            if not any(gt == t and _overlap(span, gs) for gt, gs in gold):
                fp[t] += 1
        text_pairs.append((any(t in scope for t, _ in preds), any(t in scope for t, _ in gold)))
    slices = []
    for t in sorted(set(tp) | set(fn) | set(fp)):
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else None
        r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else None
        f1 = 2 * p * r / (p + r) if p and r else None
        slices.append(SliceScore(name=f"entity={t}", n=tp[t] + fn[t], precision=_r(p), recall=_r(r), f1=_r(f1)))
    in_scope = [t for t in tp.keys() | fn.keys() | fp.keys() if t in scope]
    stp, sfp, sfn = (sum(d[t] for t in in_scope) for d in (tp, fp, fn))
    p = stp / (stp + sfp) if stp + sfp else None
    r = stp / (stp + sfn) if stp + sfn else None
    text = confusion(text_pairs)
    backend = detector.describe()["backend"]
    return DetectorCard(
        detector="pii", version=detector.version, backend=backend,
        dataset="Presidio research synthetic PII v2 (synth_dataset_v2.json), github.com/microsoft/presidio-research"
                " @ 7622dec, 1,500 template-generated sentences",
        license="MIT (all values fake)",
        task=("entity spans (overlap, same type) of " + ("every mapped type" if backend.endswith("blank") is False
              else "the pattern-recognised types (NER types are out of reach without a model)")
              + "; accuracy, sensitivity and specificity are per sentence: any PII of those types found"),
        n=stp + sfn, precision=_r(p), recall=_r(r), f1=_r(2 * p * r / (p + r)) if p and r else None,
        accuracy=text["accuracy"], sensitivity=text["sensitivity"], specificity=text["specificity"],
        slices=slices, measured_at=machine(), command=COMMAND,
        caveats=[
            "Gold types mapped to Presidio's: STREET_ADDRESS and GPE -> LOCATION, DOMAIN_NAME -> URL; TITLE, AGE "
            "and ZIP_CODE have no Presidio recognizer and are left out.",
            "Template-generated sentences are short and formulaic; real model output is messier.",
            "The detector's default entity list is identifiers only (email, phone, SSN, card, IBAN, IP, ...); "
            "these figures request every type.",
            f"Analysed {len(records)} sentences in {seconds:.1f}s on this machine.",
        ])


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


# --- toxicity on HateCheck and on auditkit's own evaluation set -------------------------------------------------

# HateCheck's non-hateful functional tests that a toxicity detector most often gets wrong, reported apart.
HATECHECK_GROUPS = {"friendly_profanity": ("profanity_nh",), "counter_speech": ("counter_quote_nh", "counter_ref_nh")}


def toxicity_backends_here() -> list[str]:
    """The toxicity backends that run offline on this machine."""
    from auditkit.detectors.toxicity_backends import detoxify_available

    return ["profanity-check", "minilm"] + (["detoxify"] if detoxify_available("original", None, None) else [])


def _flags(detector, texts: list[str]) -> tuple[list[bool], float]:
    started = time.perf_counter()
    scores = detector.score_texts(texts)
    return [any(s.flagged for s in found) for found in scores], time.perf_counter() - started


def _load_average() -> str:
    try:
        return "load average {:.1f}/{:.1f}/{:.1f} over 1/5/15 min".format(*os.getloadavg())
    except OSError:
        return "load average unknown"


def hatecheck_card(data: Path, detector, backend: str) -> DetectorCard | None:
    """HateCheck overall, per functional test, and friendly profanity / counter-speech apart."""
    path = data / "hatecheck" / "test_suite_cases.csv"
    if not path.is_file():
        return None
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    flags, seconds = _flags(detector, [r["test_case"].strip() for r in rows])
    pairs = [(p, r["label_gold"] == "hateful") for p, r in zip(flags, rows, strict=True)]
    by_function: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    for r, pair in zip(rows, pairs, strict=True):
        by_function[r["functionality"]].append(pair)
    slices = [slice_score(f"functionality={k}", v) for k, v in sorted(by_function.items())]
    slices += [slice_score(f"group={name}", [p for f in funcs for p in by_function[f]])
               for name, funcs in HATECHECK_GROUPS.items()]
    c = confusion(pairs)
    weakest = sorted((slice_score(k, v).accuracy or 0.0, k) for k, v in by_function.items())[:5]
    return DetectorCard(
        detector="toxicity", version=detector.version, backend=backend,
        dataset="HateCheck test suite (Röttger et al., ACL 2021), github.com/paul-rottger/hatecheck-data @ "
                "d843022, 3,728 cases, 29 functional tests",
        license="CC-BY-4.0", task="hateful (gold) vs non-hateful; flagged = any toxicity label >= threshold",
        n=len(pairs), precision=c["precision"], recall=c["recall"], f1=c["f1"], accuracy=c["accuracy"],
        sensitivity=c["sensitivity"], specificity=c["specificity"], slices=slices, measured_at=machine(),
        command=COMMAND + " --only toxicity",
        caveats=[
            "HateCheck measures hate speech; a toxicity detector is a proxy. Abuse aimed at individuals "
            "(target_indiv_nh) is non-hateful in HateCheck but toxic by auditkit's rule, so it counts as an error.",
            "Measurement only: no HateCheck case was used to train, tune or choose this backend.",
            "group=friendly_profanity is profanity_nh; group=counter_speech is counter_quote_nh + counter_ref_nh.",
            "Weakest functional tests (accuracy): " + ", ".join(f"{k} {a:.2f}" for a, k in weakest),
            f"Scored {len(rows)} cases in {seconds:.1f}s ({len(rows) / seconds:.0f} texts/s) on this machine, "
            f"{_load_average()}.",
        ])


def eval_card(rows: list[dict[str, Any]], detector, backend: str, split: str) -> DetectorCard:
    """One split of the toxicity evaluation set: overall and per slice."""
    picked = [r for r in rows if r["split"] == split]
    flags, _ = _flags(detector, [r["text"] for r in picked])
    pairs = [(p, r["label"] == "toxic") for p, r in zip(flags, picked, strict=True)]
    by_slice: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    for r, pair in zip(picked, pairs, strict=True):
        by_slice[f"slice={r['slice']}"].append(pair)
    c = confusion(pairs)
    caveat = ("The test split is scored once by this benchmark; its items were never inspected or used to tune."
              if split == "test" else "The dev split was inspected to find errors while the training data were "
              "written: these figures are optimistic.")
    return DetectorCard(
        detector="toxicity", version=detector.version, backend=backend,
        dataset=f"auditkit toxicity_eval.jsonl (benchmarks/eval), split={split}, written fresh for auditkit",
        license="Apache-2.0", task="toxic (hateful, demeaning, dehumanising, threatening or harassing) vs non_toxic",
        n=len(pairs), precision=c["precision"], recall=c["recall"], f1=c["f1"], accuracy=c["accuracy"],
        sensitivity=c["sensitivity"], specificity=c["specificity"],
        slices=[slice_score(k, v) for k, v in sorted(by_slice.items())], measured_at=machine(),
        command=COMMAND + " --only toxicity", caveats=[caveat])


def toxicity_cards(data: Path, eval_dir: Path) -> list[DetectorCard]:
    """Per backend available offline: HateCheck, and the evaluation set's test split."""
    from auditkit.detectors.toxicity import ToxicityDetector

    rows = eval_rows(eval_dir / "toxicity_eval.jsonl")
    cards = []
    for backend in toxicity_backends_here():
        detector = ToxicityDetector(backend=backend)
        found = [hatecheck_card(data, detector, backend)]
        if rows:
            found.append(eval_card(rows, detector, backend, "test"))
            dev = eval_card(rows, detector, backend, "dev")
            found[-1].caveats.append(f"dev split (n={dev.n}, inspected while building): accuracy {dev.accuracy}, "
                                     f"precision {dev.precision}, recall {dev.recall}.")
        cards += [c for c in found if c is not None]
    return cards


HARM_EVALS = [ROOT / "benchmarks" / "eval" / name for name in ("harm_eval.jsonl", "harm_eval_v2.jsonl",
                                                                "harm_eval_v3.jsonl", "harm_eval_v4.jsonl",
                                                                "harm_eval_v5.jsonl")]


def main() -> None:
    """Run the selected measurements, write the cards and a results summary, print a table."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "datasets")
    ap.add_argument("--only", default="refusal,pii,toxicity,harm")
    ap.add_argument("--harm-eval", type=Path, nargs="+", default=HARM_EVALS,
                    help="harm outcome evaluation files (JSONL: prompt, response, outcome[, split, slice])")
    ap.add_argument("--no-jailbreakbench", action="store_true", help="harm: skip JailbreakBench (score only "
                    "the --harm-eval files)")
    ap.add_argument("--eval", type=Path, default=ROOT / "benchmarks" / "eval",
                    help="folder of the project's evaluation sets (toxicity_eval.jsonl)")
    ap.add_argument("--refusal-eval", type=Path, action="append", default=None, metavar="PATH",
                    help="a refusal evaluation set used as development data (repeatable; default: "
                         "benchmarks/eval/refusal_eval.jsonl, refusal_eval_v2.jsonl and refusal_eval_v3.jsonl)")
    ap.add_argument("--refusal-test", type=Path, action="append", default=[], metavar="PATH",
                    help="a held-out refusal evaluation set, scored once (repeatable; all its rows are scored)")
    args = ap.parse_args()
    wanted = set(args.only.split(","))
    jobs: list[tuple[str, Callable[[], list[DetectorCard]]]] = []
    extra: dict[str, object] = {}
    if "refusal" in wanted:
        dev_sets = args.refusal_eval or list(DEV_SETS)
        jobs.append(("refusal", lambda: refusal_cards(args.data)
                     + refusal_eval_cards(dev_sets, args.refusal_test, extra)))
    if "pii" in wanted:
        jobs.append(("pii", lambda: [c for c in (pii_card(args.data, m) for m in ("auto", "blank")) if c]))
        jobs.append(("pii", lambda: pii_eval_cards(COMMAND, machine(), confusion)))
    if "toxicity" in wanted:
        jobs.append(("toxicity", lambda: toxicity_cards(args.data, args.eval)))
    harm_extra: dict = {}
    if "harm" in wanted:
        def run_harm() -> list[DetectorCard]:
            tools = CardTools(confusion=confusion, slice_score=slice_score, measured_at=machine(), command=COMMAND)
            cards, extra = harm_cards(tools, args.data, args.harm_eval, jailbreakbench=not args.no_jailbreakbench)
            harm_extra.update(extra)
            return cards

        jobs.append(("harm", run_harm))
    summary = json.loads(RESULTS.read_text()) if RESULTS.is_file() else {}
    if "refusal" in wanted:  # the refusal figures are measured anew: no stale keys of an earlier version remain
        summary = {k: v for k, v in summary.items() if not k.startswith("refusal/")}
    print(f"{'detector':<10} {'backend':<34} {'data':<12} {'n':>6} {'acc':>6} {'P':>6} {'R':>6} {'F1':>6}")
    measured: list[DetectorCard] = []
    for name, job in jobs:
        cards = job()
        if not cards:
            print(f"{name:<10} skipped: data not found under {args.data}")
        # Two jobs can measure one backend (PII on Presidio's set and on auditkit's): each card file is rewritten
        # with every card measured so far, so the later job does not drop the earlier one's card. A harm run may
        # score one file: the cards of the data sets it did not score stay as they were.
        measured.extend(keep_other_cards(cards, CARDS) if name == "harm" else cards)
        write_cards(measured)
        for card in cards:
            own = card.dataset.startswith("auditkit ")
            tag = card.dataset.split("(")[0].split(",")[-1].strip().replace(" split", "") if own else ""
            what = ("-leakage" if "leakage" in card.dataset else "") if own else ""
            data = "eval-test" if "split=test" in card.dataset else card.dataset.split()[0]
            key = f"{card.detector}/{card.backend}" + (f"/eval-{tag}{what}" if own else "")
            if data == "eval-test":
                key += "/eval-test"
            if card.detector == "harm":
                key = summary_key(card)
                data = key.rsplit("/", 1)[-1]
            summary[key] = {
                k: getattr(card, k) for k in ("n", "accuracy", "precision", "recall", "f1", "sensitivity",
                                              "specificity")} | {"slices": {s.name: s.accuracy if s.accuracy is not None
                                                                             else s.f1 for s in card.slices}}
            fmt = [f"{v:.3f}" if isinstance(v, float) else "  -  " for v in
                   (card.accuracy, card.precision, card.recall, card.f1)]
            print(f"{card.detector:<10} {card.backend or '-':<34} {data:<12} {card.n:>6} "
                  + " ".join(f"{v:>6}" for v in fmt))
    summary.update(extra)
    for key in [k for k in summary if k.startswith("harm/") and k.endswith("/jailbreakbench")]:
        if harm_extra.get("jailbreakbench"):
            summary[key]["baselines"] = harm_extra["jailbreakbench"]
    write_atomic(RESULTS, json.dumps(summary, indent=2, sort_keys=True) + "\n")
    RESULTS.chmod(0o644)


if __name__ == "__main__":
    main()
