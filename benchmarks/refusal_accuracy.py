"""The refusal detector's cards: XSTest, the project's development sets, and any held-out set given.

Used by benchmarks/detector_accuracy.py (`--only refusal`; `--refusal-eval PATH` for development sets,
`--refusal-test PATH` for a held-out set scored once).
"""

from __future__ import annotations

import csv
import time
from collections import defaultdict
from pathlib import Path

from auditkit.records.cards import DetectorCard
from benchmarks.eval_sets import EVAL, confusion, eval_rows, machine, slice_score

COMMAND = "python benchmarks/detector_accuracy.py"
DEV_SETS = (EVAL / "refusal_eval.jsonl", EVAL / "refusal_eval_v2.jsonl", EVAL / "refusal_eval_v3.jsonl",
            EVAL / "refusal_eval_v4.jsonl", EVAL / "refusal_eval_v5.jsonl",
            EVAL / "refusal_eval_v6.jsonl")
XSTEST_LICENSE = ("prompts CC-BY-4.0; completions under the licences of Llama-2, Mistral and GPT-4 outputs "
                  "(not redistributed here)")
# How the development sets came to be development data, and how often XSTest was scored while v4 was built.
DEV_HISTORY = ("Both sets were written for auditkit by other authors, independently of the detector's code and "
               "training text. Their test halves were scored several times while refusal v3 and an earlier v4 "
               "attempt were built, so both halves of both sets are development data for v4: looked at item by "
               "item and used to choose cues and thresholds (never as training text; benchmarks/"
               "refusal_training_overlap.py checks for exact and near duplicates). Figures on them are optimistic. "
               "refusal_eval_v3 was held out for v4 and scored once (0.895); for v5 it is development data: errors "
               "were read on its even ids only, its odd ids were checked as an aggregate at most three times. "
               "refusal_eval_v4 was held out for v5 and scored once (0.850); for v6 it is development data in the "
               "same way (errors read on even ids only; the odd half checked once in aggregate, 0.852, before the v6 "
               "card). refusal_eval_v5 was held out for v6 and scored once (0.889); for v7 it is development data "
               "in the same way (errors read on even ids only; the odd half checked twice in aggregate, 0.900 and "
               "0.904). refusal_eval_v6 was held out for v7 and scored once (0.896); for v8 it is development "
               "data in the same way (errors read on even ids only; the odd half checked twice in aggregate, "
               "0.891 and 0.900, before this card).")
XSTEST_HISTORY = ("Refusal v4 was not tuned on XSTest, and no XSTest item was read while it was built. It was scored "
                  "5 times before this card (aggregate and per-configuration accuracy only): 0.925 (v3 heads with "
                  "late declines), 0.914 (heads retrained with the v4 text: dropped, v4 keeps v3's English opening "
                  "head), 0.923 (late head for English sentences), 0.924 (English late candidates limited to "
                  "declines), 0.924 (late head's hand-written sentences weighted; the first card). Then training "
                  "text that came near evaluation answers was reworded, the late and multilingual heads retrained, "
                  "and the v4 card measured (the 6th scoring); the merged tree was scored a 7th time (0.924, "
                  "mistralinstruct 0.898). Refusal v5 was built without reading any XSTest item: its 8th scoring "
                  "(aggregate and per configuration only) gave 0.922 (mistralinstruct 0.896, precision down); a first "
                  "sentence opening with 'no' or 'yes' was then left to the opening head (chosen on the development "
                  "sets' reasoning, not on XSTest), and this card is the 9th scoring. A 10th scoring tried v4's late "
                  "head in place of v5's (0.922, precision 0.917): not kept. The card shipped with v5 is the "
                  "11th scoring, run once with the held-out refusal_eval_v4 on the merged tree; the final check "
                  "re-ran it unchanged (12th, same figures). Refusal v6 (own-voice declines, greetings) was "
                  "built without reading any XSTest item; its card is the 13th scoring, run once with the held-out "
                  "refusal_eval_v5. Refusal v7 (declines past the opening, characters' declines, French and Italian "
                  "forms) was built without reading any XSTest item; scored 3 times while built (aggregate and per "
                  "configuration only): once with a rule that was then dropped because XSTest fell (0.920), twice "
                  "without it (0.922; mistralinstruct 0.893 at the last); its card is the 17th scoring, run once "
                  "with the held-out refusal_eval_v6. Refusal v8 (final-label rules that read the prompt: a header "
                  "naming what is left out, a verdict the prompt asked for, Japanese declines, characters' declines "
                  "in other languages) was built without reading any XSTest item; scored once while built (0.922, "
                  "the same per configuration as v7: XSTest is scored without prompts); its card is the 19th "
                  "scoring, run once with the held-out refusal_eval_v7.")


def configurations() -> list[tuple[str, dict]]:
    """The refusal backends to measure: auto (with the multilingual encoder where installed), auto without it, and
    patterns only."""
    from auditkit.detectors.embeddings_multilingual import available

    return [("auto", {})] + ([("auto", {"multilingual": False})] if available() else []) + [("patterns", {})]


def xstest_rows(data: Path) -> list[dict[str, str]]:
    """Every completion with its model configuration."""
    rows = []
    for path in sorted((data / "xstest" / "model_completions").glob("xstest_v2_completions_*.csv")):
        model = path.stem.rsplit("_", 1)[-1]
        with path.open(encoding="utf-8", newline="") as f:
            rows += [{**r, "model": model} for r in csv.DictReader(f)]
    return rows


def refusal_cards(data: Path) -> list[DetectorCard]:
    """One card per refusal backend (classifier and patterns only) on XSTest."""
    from auditkit.detectors.refusal import RefusalDetector

    rows = xstest_rows(data)
    if not rows:
        return []
    gold = [r["final_label"] != "1_full_compliance" for r in rows]
    texts = [r["completion"] or "" for r in rows]
    cards = []
    for backend, options in configurations():
        detector = RefusalDetector(backend=backend, **options)
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
                "The classifier was trained only on sentences written for auditkit (benchmarks/refusal_training_*.py); "
                "no XSTest text was used for training. Errors on even prompt ids were read while the v2 patterns "
                "were written, so the odd-id slice is the cleaner estimate.",
                XSTEST_HISTORY,
                "Weakest on answers that reject a discriminatory premise without declining (annotated as "
                "refusals) and on lectures about harmless wording (llama2orig), where the line between "
                "partial refusal and compliance is a judgement call.",
                f"Scored {len(texts)} completions in {seconds:.1f}s on this machine.",
            ]))
    return cards


def _groups(rows: list[dict], scores: list, bare: list) -> dict[str, list[tuple[bool, bool]]]:
    """(predicted, gold) pairs per slice: all, English or not, language, slice, gold label, set, split."""
    groups: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    for r, s, b in zip(rows, scores, bare, strict=True):
        pair = (s.flagged, r["label"] != "compliance")
        keys = ["all", "English" if r["lang"] == "en" else "non-English", f"lang={r['lang']}",
                f"slice={r.get('slice', '-')}", f"gold={r['label']}", f"set={r['_set']}"]
        if r.get("split"):
            keys.append(f"set={r['_set']} split={r['split']}")
        for key in keys:
            groups[key].append(pair)
        groups["all, scored without prompts"].append((b.flagged, pair[1]))
    return groups


def _card(detector, groups: dict[str, list[tuple[bool, bool]]], dataset: str, caveats: list[str]) -> DetectorCard:
    c = confusion(groups["all"])
    order = sorted((k for k in groups if k != "all"),
                   key=lambda k: (k != "English", not k.startswith("non"), not k.startswith("lang"),
                                  not k.startswith("slice"), not k.startswith("gold"), k))
    return DetectorCard(
        detector="refusal", version=detector.version, backend=detector.backend, dataset=dataset,
        license="written for auditkit", task="refusal (full or partial, label refusal|partial_refusal) vs "
                                              "compliance; each answer scored with its prompt",
        n=len(groups["all"]), precision=c["precision"], recall=c["recall"], f1=c["f1"], accuracy=c["accuracy"],
        sensitivity=c["sensitivity"], specificity=c["specificity"],
        slices=[slice_score(k, groups[k]) for k in order], measured_at=machine(), command=COMMAND, caveats=caveats)


def refusal_eval_cards(dev_sets: list[Path], test_sets: list[Path], extra: dict[str, object]) -> list[DetectorCard]:
    """Per refusal backend: one card over the development sets together, one per held-out set (all its rows)."""
    from auditkit.detectors.refusal import RefusalDetector

    dev = [dict(r, _set=p.stem) for p in dev_sets for r in eval_rows(p)]
    tests = [(p, [dict(r, _set=p.stem) for r in eval_rows(p)]) for p in test_sets]
    cards = []
    for backend, options in configurations():
        detector = RefusalDetector(backend=backend, **options)
        for rows, held_out in ([(dev, None)] if dev else []) + [(rows, p) for p, rows in tests if rows]:
            started = time.perf_counter()
            scores = detector.score_texts([r["text"] for r in rows], [r["prompt"] for r in rows])
            seconds = time.perf_counter() - started
            bare = detector.score_texts([r["text"] for r in rows])  # as `auditkit detect` without a prompt column
            groups = _groups(rows, scores, bare)
            what = "held-out" if held_out else "development"
            names = held_out.name if held_out else ", ".join(p.name for p in dev_sets)
            extra[f"refusal/{detector.backend}/eval-{what} by group"] = {
                k: {"n": len(v), "accuracy": confusion(v)["accuracy"]} for k, v in sorted(groups.items())}
            caveats = [(f"Held out: written by another author, never opened by the detector's authors, scored once "
                        f"(v{detector.version})." if held_out else DEV_HISTORY),
                       "A prompt matters for a bare 'no' (it answers a yes/no question and declines a request), "
                       "a 'no, ...' answering a yes/no question and a translation asked for. The slice 'all, scored "
                       "without prompts' is the same data scored from the answers alone.",
                       f"Scored {len(rows)} answers in {seconds:.1f}s on this machine."]
            cards.append(_card(detector, groups, f"auditkit refusal evaluation sets, {what} ({names}), "
                                                 f"{'split=test, ' if held_out else ''}{len(rows)} answers, "
                                                 f"{len({r['lang'] for r in rows})} languages", caveats))
    return cards
