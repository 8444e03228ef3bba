"""Harm-outcome detector cards: JailbreakBench's human labels and auditkit's own harm evaluation files.

Used by benchmarks/detector_accuracy.py (`--only harm`, `--harm-eval PATH ...`, `--no-jailbreakbench`).

- JailbreakBench judge-comparison: 300 (goal, response) pairs with three human labels; measurement only.
- Each harm evaluation file is scored whole and per split. benchmarks/eval/harm_eval.jsonl (v1) and
  harm_eval_v2.jsonl (v2) are development data since harm detector v2 (looked at, threshold chosen on them),
  harm_eval_v3.jsonl since harm detector v3, harm_eval_v4.jsonl since v4 and harm_eval_v5.jsonl since v5 (each
  scored once held out first; then half of it read, see DEVELOPMENT_USE); any other file is reported as held
  out (never looked at while building; scored once).
"""

from __future__ import annotations

import csv
import json
import os
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditkit.records.cards import DetectorCard, SliceScore

JBB_JUDGES = {"harmbench_cf": "HarmBench classifier", "llamaguard2_cf": "Llama Guard 2", "gpt4_cf": "GPT-4",
              "llama3_cf": "Llama-3-70B"}
DEVELOPMENT_USE = {
    "harm_eval.jsonl": "development data: looked at, and the decision threshold chosen on it (with the other "
                       "development files); never trained on - an optimistic figure",
    "harm_eval_v2.jsonl": "development data: looked at, and the decision threshold chosen on it (with the other "
                          "development files); never trained on - an optimistic figure",
    "harm_eval_v3.jsonl": "development data since harm v3. Scored once held out by harm v2 (binary 0.804, 3-class "
                          "0.763); then the rows with an even id were read item by item (error analysis; threshold "
                          "chosen on them with v1 and v2) and the odd half checked in aggregate only, 3 times at "
                          "most while v3 was built; never trained on. No v3 item was copied or paraphrased into "
                          "training text (benchmarks/training_overlap.py)",
    "harm_eval_v4.jsonl": "development data since harm v4. Scored once held out by harm v3 (binary 0.837, 3-class "
                          "0.799, P 0.753, R 0.724); then the rows with an even id were read item by item (error "
                          "analysis; threshold chosen on them with v1, v2 and the even half of v3) and the odd half "
                          "checked in aggregate only (binary, 3-class, P, R, per outcome), twice while v4 was built "
                          "(0.850, then 0.842 for the shipped head) and once more by this card; never trained on. "
                          "No v4 item was copied or paraphrased into training text (benchmarks/training_overlap.py)",
    "harm_eval_v5.jsonl": "development data since harm v5. Scored once held out by harm v4 (binary 0.863, 3-class "
                          "0.783, P 0.851, R 0.713); then the rows with an even id were read item by item (error "
                          "analysis; threshold chosen on them with v1, v2 and the even halves of v3 and v4) and the "
                          "odd half checked in aggregate only (binary, 3-class, P, R, per slice), at most 3 times "
                          "while v5 was built; never trained on. No v5 item was copied or paraphrased into training "
                          "text (benchmarks/training_overlap.py; its one hit, h5-0240, is a 12-word stock refusal "
                          "the phrase-bank generator wrote before v5 existed)",
}
DEVELOPMENT_FILES = set(DEVELOPMENT_USE)
# Held-out files this detector version was already scored on once (the same detector, so the same figures).
HELD_OUT_USE = {
    "harm_eval_v6.jsonl": "held out: never looked at while harm v5 was built; scored once with it (binary 0.846, "
                          "3-class 0.783) and re-scored unchanged for this card. A harm v6 attempt then read its "
                          "even half (not merged: no gain on the development files as a whole), so it is "
                          "development data for the next harm version",
}
# Every scoring of JailbreakBench while harm v2 was built (aggregate figures only were seen, never items).
JBB_SCORINGS = (
    "JailbreakBench was scored 5 times while harm detector v2 was built, aggregate figures only (items never "
    "read): "
    "accuracy 0.647 (P 0.524, R 0.400; first v2 head, threshold 0.70), 0.660 (P 0.535, R 0.555; more written "
    "data, threshold 0.60), 0.670 (P 0.575, R 0.382; length features removed, threshold 0.55), 0.667 (P 0.562, "
    "R 0.409; threshold 0.50, before the last written scenarios), and 0.670 (P 0.563, R 0.446; the shipped v2 "
    "head on the merged encoder stack). "
    "Harm v1 scored 0.660. Harm v3 (new written guises bank, features for stage directions, any-script words, "
    "lawful steps, punchlines and in-character declines, bracket-neutral weights, C 0.3, threshold chosen on v1, "
    "v2 and the even half of v3) was scored once at its final commit (0.677, P 0.573, R 0.464), then once more "
    "after its head was retrained on refusal v5's outputs (the merged tree): this card's figure. Nothing was "
    "fitted to "
    "these figures; after the first, the "
    "threshold rule was changed to weigh the development pairs also with their [placeholders] written as words "
    "(chosen on development data, prompted by that figure's low recall). Harm v4 (features for calm group "
    "contempt, elision in words, harm reduction and a delivered text; a written bank of calm contempt and "
    "everyday drug and weapon help with their safe twins; threshold chosen on v1, v2 and the even halves of v3 "
    "and v4) was scored once, at its final commit (0.673, P 0.567, R 0.464). Harm v5 (steps inline and in eight "
    "other languages, elision in their words, a frame around a procedure, calls to spread, persona declines in "
    "idiom; written banks in eight languages, of wrapped help and of texts to spread, with their safe twins; "
    "written weight 4; threshold chosen on v1, v2 and the even halves of v3, v4 and v5) was scored twice, "
    "aggregate only: a candidate head (0.677, P 0.568, R 0.491) and the shipped head, chosen on the development "
    "files before this figure was seen (0.667, P 0.557, R 0.446); nothing was chosen or fitted on either.")
TASK = "complied_harmful vs not (refused or complied_safe)"


@dataclass(frozen=True)
class CardTools:
    """What detector_accuracy.py shares with this module: figures from (predicted, gold) pairs, and where
    and how a measurement was made."""

    confusion: Callable[[list[tuple[bool, bool]]], dict]
    slice_score: Callable[[str, list[tuple[bool, bool]]], SliceScore]
    measured_at: str
    command: str


def load_note() -> str:
    """The machine's load while measuring: throughput on a shared machine says little without it."""
    return f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}"


def card_from(tools: CardTools, detector, dataset: str, license_: str, pairs: list[tuple[bool, bool]],
              slices: list[SliceScore], caveats: list[str]) -> DetectorCard:
    """A harm card from (flagged, gold harmful) pairs."""
    c = tools.confusion(pairs)
    return DetectorCard(detector="harm", version=detector.version, backend=detector.backend, dataset=dataset,
                        license=license_, task=TASK, n=len(pairs), precision=c["precision"], recall=c["recall"],
                        f1=c["f1"], accuracy=c["accuracy"], sensitivity=c["sensitivity"],
                        specificity=c["specificity"], slices=slices, measured_at=tools.measured_at,
                        command=tools.command, caveats=caveats)


def jbb_harm_card(tools: CardTools, data: Path, detector, refusal) -> tuple[DetectorCard, dict] | None:
    """Agreement with the human majority on JailbreakBench's judge-comparison pairs (request = the goal)."""
    path = data / "jailbreakbench" / "judge-comparison.csv"
    if not path.is_file():
        return None
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    gold = [r["human_majority"] == "1" for r in rows]
    texts = [r["target_response"] or "" for r in rows]
    started = time.perf_counter()
    scores = detector.score_pairs([(r["goal"], t) for r, t in zip(rows, texts, strict=True)])
    seconds = time.perf_counter() - started
    pairs = [(s.flagged, g) for s, g in zip(scores, gold, strict=True)]
    # The same answers judged against the jailbreak prompt actually sent, instead of the plain goal.
    sent = detector.score_pairs([(r["prompt"] or r["goal"], t) for r, t in zip(rows, texts, strict=True)])
    not_refused = [not s.flagged for s in refusal.score_texts(texts)]
    unanimous = [len({r["human1"], r["human2"], r["human3"]}) == 1 for r in rows]
    slices = [
        tools.slice_score("request = jailbreak prompt sent (not the goal)",
                          [(s.flagged, g) for s, g in zip(sent, gold, strict=True)]),
        tools.slice_score("humans unanimous (3 of 3)", [p for p, u in zip(pairs, unanimous, strict=True) if u]),
        tools.slice_score("humans split (2 of 3)", [p for p, u in zip(pairs, unanimous, strict=True) if not u]),
        tools.slice_score("baseline: did not refuse (refusal detector)", list(zip(not_refused, gold, strict=True))),
    ]
    published = {name: round(sum(r[col] == r["human_majority"] for r in rows) / len(rows), 4)
                 for col, name in JBB_JUDGES.items()}
    labels = {o: sum(s.label == o for s in scores) for o in ("refused", "complied_safe", "complied_harmful")}
    c = tools.confusion(pairs)
    card = card_from(
        tools, detector, "JailbreakBench judge-comparison (Chao et al. 2024, JBB-Behaviors `judge_comparison`), "
        "300 (goal, response) pairs with three human labels; human_majority is the label", "MIT", pairs, slices, [
            "Agreement of published judges with the same human majority (columns of the file): "
            + ", ".join(f"{k} {v:.3f}" for k, v in published.items()) + f"; did not refuse "
            f"{slices[-1].accuracy:.3f}.",
            "Measurement only: no item of this file was used for training, tuning or error analysis; the head was "
            "trained on text written for auditkit (benchmarks/harm_training_data.py, harm_training_written.py) "
            "and its threshold chosen on harm_eval.jsonl, harm_eval_v2.jsonl and the even-id halves of "
            "harm_eval_v3.jsonl and harm_eval_v4.jsonl.",
            JBB_SCORINGS,
            "The request given to the detector is the goal (the plain harmful behaviour); judging against the "
            "jailbreak prompt actually sent is reported as a slice.",
            f"Outcomes given: {labels}. Responses are truncated in the file, as the humans saw them.",
            "The offline head reads the form of help (ordered on-topic actions, elided or concrete specifics, "
            "help after a partial decline, a finished artifact, a story that teaches the method) and cannot weigh "
            f"substance; on real model output it errs both ways (precision {c['precision']}, recall "
            f"{c['recall']}). For rates that must hold, configure a safety judge (`judge:`).",
            f"Scored {len(rows)} pairs in {seconds:.1f}s ({len(rows) / seconds:.0f} responses/s) on this machine"
            f" ({load_note()}).",
        ])
    return card, {"published": published, "did_not_refuse": slices[-1].accuracy,
                  "responses_per_s": round(len(rows) / seconds, 1)}


def eval_rows(path: Path) -> list[dict[str, Any]]:
    """The rows of a harm evaluation JSONL file (prompt, response, outcome; optional split, slice, category)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for i, r in enumerate(rows, start=1):
        missing = [k for k in ("prompt", "response", "outcome") if k not in r]
        if missing:
            raise ValueError(f"{path}:{i}: missing {', '.join(missing)}")
    return rows


def harm_eval_cards(tools: CardTools, path: Path, detector) -> list[DetectorCard]:
    """Binary, three-outcome and per-slice figures on a harm evaluation file: whole, then per split."""
    if not path.is_file():
        return []
    rows = eval_rows(path)
    development = path.name in DEVELOPMENT_FILES
    started = time.perf_counter()
    scores = detector.score_pairs([(r["prompt"], r["response"]) for r in rows])
    seconds = time.perf_counter() - started
    splits = sorted({r.get("split") for r in rows if r.get("split")})
    parts = [("all", list(range(len(rows))))] + [(s, [i for i, r in enumerate(rows) if r.get("split") == s])
                                                 for s in splits]
    use = (DEVELOPMENT_USE[path.name] if development else HELD_OUT_USE.get(
        path.name, "held out: never looked at while the detector was built; scored once"))
    cards = []
    for name, idx in parts:
        part = [rows[i] for i in idx]
        got = [scores[i] for i in idx]
        pairs = [(s.flagged, r["outcome"] == "complied_harmful") for s, r in zip(got, part, strict=True)]
        three = sum(s.label == r["outcome"] for s, r in zip(got, part, strict=True)) / len(part)
        by: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
        for r, pair in zip(part, pairs, strict=True):
            by[f"outcome={r['outcome']}"].append(pair)
            if "[" not in r["response"]:  # the figure a detector leaning on bracketed blanks cannot inflate
                by["answers without [brackets]"].append(pair)
            for key in ("slice", "category"):
                if r.get(key):
                    by[f"{key}={r[key]}"].append(pair)
        slices = [SliceScore(name="three outcomes (3-class accuracy)", n=len(part), accuracy=round(three, 4))]
        slices += [tools.slice_score(k, v) for k, v in sorted(by.items())]
        where = "whole file" if name == "all" else f"{name} split"
        cards.append(card_from(
            tools, detector, f"benchmarks/eval/{path.name}, {where} ({len(part)} pairs written for auditkit; "
            "outcomes refused / complied_safe / complied_harmful)", "project data", pairs, slices, [
                f"{path.name}: {use}.",
                "Harmful answers in this file elide their specifics (in brackets in "
                f"{sum('[' in r['response'] for r in part if r['outcome'] == 'complied_harmful')} of "
                f"{sum(r['outcome'] == 'complied_harmful' for r in part)}, against "
                f"{sum('[' in r['response'] for r in part if r['outcome'] != 'complied_harmful')} of "
                f"{sum(r['outcome'] != 'complied_harmful' for r in part)} other answers); real harmful answers carry "
                "them, so the figure speaks to the form of help, not its substance.",
                f"Scored {len(rows)} pairs in {seconds:.1f}s ({len(rows) / seconds:.0f} responses/s; "
                f"{load_note()}).",
            ]))
    return cards


def harm_cards(tools: CardTools, data: Path, evals: list[Path], *,
               jailbreakbench: bool = True) -> tuple[list[DetectorCard], dict]:
    """The offline harm detector on JailbreakBench's human labels and on each harm evaluation file."""
    from auditkit.detectors.harm import HarmDetector
    from auditkit.detectors.refusal import RefusalDetector

    detector = HarmDetector()
    cards, extra = [], {}
    if jailbreakbench:
        jbb = jbb_harm_card(tools, data, detector, RefusalDetector())
        if jbb:
            cards.append(jbb[0])
            extra["jailbreakbench"] = jbb[1]
    for path in evals:
        cards += harm_eval_cards(tools, path, detector)
    return cards, extra


def keep_other_cards(cards: list[DetectorCard], folder: Path) -> list[DetectorCard]:
    """The new cards, then the shipped cards of the same detector, version and backend measured on other data
    sets (scoring one file leaves the card of every other data set in place)."""
    from auditkit.detectors.cards import load_cards

    if not cards:
        return cards
    new = {c.dataset for c in cards}
    ref = cards[0]
    kept = [c for c in load_cards(folder) if (c.detector, c.version, c.backend) == (ref.detector, ref.version,
                                                                                     ref.backend)
            and c.dataset not in new]
    return cards + kept


def summary_key(card: DetectorCard) -> str:
    """The results-file key of a harm card: harm/<backend>/<data set>[-<split>]."""
    if card.dataset.startswith("JailbreakBench"):
        return f"harm/{card.backend}/jailbreakbench"
    name = card.dataset.split(",")[0].rsplit("/", 1)[-1].removesuffix(".jsonl")
    part = card.dataset.split(",")[1].split("(")[0].strip()
    return f"harm/{card.backend}/{name}-" + ("all" if part == "whole file" else part.removesuffix(" split"))
