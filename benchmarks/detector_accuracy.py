"""Measure each offline detector on public labelled data and write its detector card.

python benchmarks/detector_accuracy.py [--data ../shared/datasets] [--only refusal,pii,toxicity]

- refusal: XSTest's 2,250 human-labelled completions (5 model configurations); full or partial refusal is
  the positive class. Prompts with even ids were used for error analysis while the v2 patterns and the
  generated training data were written; odd ids were never looked at: both halves are reported. And the
  project's own evaluation set benchmarks/eval/refusal_eval.jsonl (11 languages): the card reports its test
  split (never inspected item by item, never tuned on); the dev split (tuned on) goes to the results file.
- pii: Presidio's synthetic PII set (character spans), per entity type, with the packaged small spaCy model
  and with the blank pipeline.
- toxicity: HateCheck, per functional test and overall (friendly profanity and counter-speech apart), and
  auditkit's own benchmarks/eval/toxicity_eval.jsonl (test split; dev figures in a caveat), with the offline
  backends (profanity-check, minilm) and Detoxify when its weights are on this machine.
- harm (benchmarks/harm_accuracy.py): JailbreakBench's 300 human-labelled judge-comparison pairs (was the
  model jailbroken?), next to the published judges' columns and to "did not refuse"; and each harm evaluation
  file given with --harm-eval (default: harm_eval.jsonl and harm_eval_v2.jsonl, development data since harm
  v2), whole and per split, binary (complied_harmful or not), three-outcome accuracy and per slice. To score
  a held-out file once without touching JailbreakBench:
  python benchmarks/detector_accuracy.py --only harm --no-jailbreakbench --harm-eval PATH

Writes reports/detector_cards/<detector>-<backend>.json (a list when several data sets measured the same
backend) and benchmarks/results/detector_accuracy.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditkit.atomic import write_atomic  # noqa: E402
from auditkit.detectors.card import DetectorCard, SliceScore  # noqa: E402
from benchmarks.eval_sets import pii_eval_cards  # noqa: E402
from benchmarks.harm_accuracy import CardTools, harm_cards, keep_other_cards, summary_key  # noqa: E402

CARDS = ROOT / "reports" / "detector_cards"
RESULTS = ROOT / "benchmarks" / "results" / "detector_accuracy.json"
COMMAND = "python benchmarks/detector_accuracy.py"
# How often the refusal evaluation set's test split was scored while v3 was built (aggregates only were seen).
EVAL_HISTORY = ("Refusal v3 scored it twice while being built: 0.861 after tuning on the dev split, then 0.857 after "
                "further changes guided only by dev items and self-written cases (the first scoring's aggregate "
                "per-language and per-slice figures had been seen).")
XSTEST_LICENSE = ("prompts CC-BY-4.0; completions under the licences of Llama-2, Mistral and GPT-4 outputs "
                  "(not redistributed here)")


def confusion(pairs: list[tuple[bool, bool]]) -> dict[str, float | int | None]:
    """Precision, recall, F1, accuracy, sensitivity and specificity of (predicted, gold) pairs."""
    tp = sum(p and g for p, g in pairs)
    fp = sum(p and not g for p, g in pairs)
    fn = sum(g and not p for p, g in pairs)
    tn = sum(not p and not g for p, g in pairs)

    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 4) if b else None

    precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
    f1 = round(2 * precision * recall / (precision + recall), 4) if precision and recall else None
    return {"n": len(pairs), "precision": precision, "recall": recall, "f1": f1,
            "accuracy": ratio(tp + tn, len(pairs)), "sensitivity": recall, "specificity": ratio(tn, tn + fp)}


def slice_score(name: str, pairs: list[tuple[bool, bool]]) -> SliceScore:
    """A named slice's figures."""
    c = confusion(pairs)
    return SliceScore(name=name, n=len(pairs), precision=c["precision"], recall=c["recall"], f1=c["f1"],
                      accuracy=c["accuracy"])


def machine() -> str:
    """Date and machine of a measurement."""
    return f"{datetime.now(UTC):%Y-%m-%d} on {platform.machine()} {platform.system()}, {platform.python_version()}"


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


# --- refusal on XSTest -------------------------------------------------------------------------------------

def xstest_rows(data: Path) -> list[dict[str, str]]:
    """Every completion with its model configuration."""
    rows = []
    for path in sorted((data / "xstest" / "model_completions").glob("xstest_v2_completions_*.csv")):
        model = path.stem.rsplit("_", 1)[-1]
        with path.open(encoding="utf-8", newline="") as f:
            rows += [{**r, "model": model} for r in csv.DictReader(f)]
    return rows


def refusal_cards(data: Path) -> list[DetectorCard]:
    """One card per refusal backend (classifier and patterns only)."""
    from auditkit.detectors.refusal import RefusalDetector

    rows = xstest_rows(data)
    if not rows:
        return []
    gold = [r["final_label"] != "1_full_compliance" for r in rows]
    texts = [r["completion"] or "" for r in rows]
    cards = []
    for backend in ("auto", "patterns"):
        detector = RefusalDetector(backend=backend)
        started = time.perf_counter()
        pred = [s.flagged for s in detector.score_texts(texts)]
        seconds = time.perf_counter() - started
        pairs = list(zip(pred, gold, strict=True))
        by_model: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
        halves: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
        for row, pair in zip(rows, pairs, strict=True):
            by_model[f"model={row['model']}"].append(pair)
            even = int(row["id"].rsplit("-", 1)[-1]) % 2 == 0
            halves["prompt ids even (used for error analysis)" if even else "prompt ids odd (held out)"].append(pair)
        c = confusion(pairs)
        cards.append(DetectorCard(
            detector="refusal", version=detector.version, backend=detector.backend,
            dataset="XSTest v2 model completions (Röttger et al., NAACL 2024), github.com/paul-rottger/"
                    "exaggerated-safety @ d7bb5bd, 5 model configurations x 450 prompts",
            license=XSTEST_LICENSE, task="refusal (full or partial, human final_label) vs full compliance",
            n=len(pairs), precision=c["precision"], recall=c["recall"], f1=c["f1"], accuracy=c["accuracy"],
            sensitivity=c["sensitivity"], specificity=c["specificity"],
            slices=[slice_score(k, v) for k, v in sorted(by_model.items())]
            + [slice_score(k, v) for k, v in sorted(halves.items())],
            measured_at=machine(), command=COMMAND,
            caveats=[
                "Anchors on the same data: XSTest's string matcher 0.884 accuracy, its GPT-4 judge 0.821.",
                "The classifier was trained only on generated sentences (benchmarks/refusal_training_data.py); "
                "no XSTest text was used for training. Errors on even prompt ids were read while writing the "
                "cue patterns and the generator, so the odd-id slice is the cleaner estimate.",
                "Refusal v3 was not tuned on XSTest items; its aggregate figures per configuration were read after "
                "changes, and one cue (a refusal phrase late in the answer) was dropped after it lowered "
                "mistralguard below 0.90 with no gain on the dev split or self-written cases.",
                "Weakest on answers that reject a discriminatory premise without declining (annotated as "
                "refusals) and on lectures about harmless wording (llama2orig), where the line between "
                "partial refusal and compliance is a judgement call.",
                f"Scored {len(texts)} completions in {seconds:.1f}s on this machine.",
            ]))
    return cards


# --- refusal on the project's own evaluation set -------------------------------------------------------------

def eval_rows(path: Path) -> list[dict[str, str]]:
    """The labelled answers of an evaluation set (JSON lines)."""
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def refusal_eval_cards(path: Path, extra: dict[str, object]) -> list[DetectorCard]:
    """One card per refusal backend on the test split; the dev split's figures (tuned on) go to `extra`."""
    from auditkit.detectors.refusal import RefusalDetector

    rows = eval_rows(path)
    if not rows:
        return []
    cards = []
    for backend in ("auto", "patterns"):
        detector = RefusalDetector(backend=backend)
        figures: dict[str, dict[str, list[tuple[bool, bool]]]] = {}
        for split in ("test", "dev"):
            part = [r for r in rows if r["split"] == split]
            started = time.perf_counter()
            scores = detector.score_texts([r["text"] for r in part], [r["prompt"] for r in part])
            seconds = time.perf_counter() - started
            bare = detector.score_texts([r["text"] for r in part])  # as `auditkit detect` without a prompt column
            groups: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
            for r, s, b in zip(part, scores, bare, strict=True):
                pair = (s.flagged, r["label"] != "compliance")
                for key in ("all", "English" if r["lang"] == "en" else "non-English", f"lang={r['lang']}",
                            f"slice={r['slice']}", f"gold={r['label']}"):
                    groups[key].append(pair)
                groups["all, scored without prompts"].append((b.flagged, pair[1]))
            figures[split] = groups
            extra[f"refusal/{detector.backend}/eval-{split} by group"] = {
                k: {"n": len(v), "accuracy": confusion(v)["accuracy"]} for k, v in sorted(groups.items())}
        test, dev = figures["test"], figures["dev"]
        c = confusion(test["all"])
        keys = [k for k in test if k != "all"]
        order = sorted(keys, key=lambda k: (k != "English", not k.startswith("non"),
                                            not k.startswith("lang"), not k.startswith("slice"), k))
        cards.append(DetectorCard(
            detector="refusal", version=detector.version, backend=detector.backend,
            dataset=f"auditkit refusal evaluation set (benchmarks/eval/refusal_eval.jsonl), split=test, "
                    f"{len(test['all'])} of {len(rows)} answers, 11 languages",
            license="written for auditkit", task="refusal (full or partial, label refusal|partial_refusal) vs "
                                                  "compliance; each answer scored with its prompt",
            n=len(test["all"]), precision=c["precision"], recall=c["recall"], f1=c["f1"], accuracy=c["accuracy"],
            sensitivity=c["sensitivity"], specificity=c["specificity"],
            slices=[slice_score(k, test[k]) for k in order], measured_at=machine(), command=COMMAND,
            caveats=[
                "Test split: never inspected item by item and never tuned on. The set was written by another "
                "author, independently of the detector's code and training data. " + EVAL_HISTORY,
                f"Dev split (inspected and tuned on, so optimistic): accuracy {confusion(dev['all'])['accuracy']} "
                f"(n={len(dev['all'])}), English {confusion(dev['English'])['accuracy']}, non-English "
                f"{confusion(dev['non-English'])['accuracy']}; per language and slice in "
                "benchmarks/results/detector_accuracy.json.",
                "A prompt only matters for a bare 'no': it answers a yes/no question and declines a request. "
                "The slice 'all, scored without prompts' is the same split scored from the answers alone.",
                f"Scored {len(test['all'])} answers in {seconds:.1f}s on this machine.",
            ]))
    return cards


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


HARM_EVALS = [ROOT / "benchmarks" / "eval" / "harm_eval.jsonl", ROOT / "benchmarks" / "eval" / "harm_eval_v2.jsonl"]


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
                    help="folder of the project's evaluation sets (refusal_eval.jsonl)")
    args = ap.parse_args()
    wanted = set(args.only.split(","))
    jobs: list[tuple[str, Callable[[], list[DetectorCard]]]] = []
    extra: dict[str, object] = {}
    if "refusal" in wanted:
        jobs.append(("refusal", lambda: refusal_cards(args.data)
                     + refusal_eval_cards(args.eval / "refusal_eval.jsonl", extra)))
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
    print(f"{'detector':<10} {'backend':<34} {'data':<12} {'n':>6} {'acc':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for name, job in jobs:
        cards = job()
        if not cards:
            print(f"{name:<10} skipped: data not found under {args.data}")
        # A harm run may score one file: the cards of the data sets it did not score stay as they were.
        write_cards(keep_other_cards(cards, CARDS) if name == "harm" else cards)
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
