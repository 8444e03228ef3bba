"""The batcher inside the hf target: grouping, length-nearest picks, failures, memory splits, closing."""

from __future__ import annotations

import asyncio
import threading

import pytest

from auditkit.errors import TargetError
from auditkit.records.attempts import Response
from auditkit.targets.hf_batching import Batcher, Prepared, pick_batch, run_splitting


def item(data: str, *, key: str = "text", length: int = 5, arrived: float = 0.0) -> Prepared:
    return Prepared(key=key, length=length, seed=None, data=data, arrived=arrived)


class Recorder:
    """A batch function that echoes each item's data and records the batches it saw."""

    def __init__(self, fail_over: int | None = None, fail_with: Exception | None = None):
        self.seen: list[list[str]] = []
        self.keys: list[set] = []
        self.fail_over = fail_over
        self.fail_with = fail_with
        self.threads: set[int] = set()

    def __call__(self, batch: list[Prepared]) -> list[Response | TargetError]:
        self.threads.add(threading.get_ident())
        if self.fail_with is not None and (self.fail_over is None or len(batch) > self.fail_over):
            raise self.fail_with
        self.seen.append([p.data for p in batch])
        self.keys.append({p.key for p in batch})
        return [TargetError("bad row", kind="row") if p.data == "bad" else Response(text=f"echo {p.data}")
                for p in batch]


async def submit_all(batcher: Batcher, items: list[Prepared]) -> list[Response | BaseException]:
    return await asyncio.gather(*(batcher.submit(i) for i in items), return_exceptions=True)


def test_pick_batch_serves_the_oldest_with_its_nearest_lengths():
    waiting = [item("old", length=10, arrived=1.0), item("near", length=11, arrived=5.0),
               item("far", length=90, arrived=2.0), item("other", key="img", length=10, arrived=0.5),
               item("near2", length=9, arrived=6.0)]
    # The oldest is "other" (key img): only its group is eligible.
    assert pick_batch(waiting, 2) == [3]
    waiting.pop(3)
    assert [waiting[i].data for i in pick_batch(waiting, 3)] == ["old", "near", "near2"]
    assert [waiting[i].data for i in pick_batch(waiting, 10)] == ["old", "near", "far", "near2"]


def test_concurrent_requests_are_batched_and_answered_in_place():
    run = Recorder()
    batcher = Batcher(run, batch_size=4, name="t")

    async def main():
        try:
            return await submit_all(batcher, [item(str(i), length=i) for i in range(10)])
        finally:
            await batcher.aclose()

    results = asyncio.run(main())
    assert [r.text for r in results] == [f"echo {i}" for i in range(10)]
    assert batcher.batches == [4, 4, 2]
    assert sorted(d for batch in run.seen for d in batch) == sorted(str(i) for i in range(10))
    # The batch function ran off the event loop's thread.
    assert threading.get_ident() not in run.threads


def test_groups_never_mix_and_row_errors_stay_on_their_row():
    run = Recorder()
    batcher = Batcher(run, batch_size=8, name="t")
    items = [item("a1", key="a"), item("b1", key="b"), item("bad", key="a"), item("b2", key="b")]

    async def main():
        try:
            return await submit_all(batcher, items)
        finally:
            await batcher.aclose()

    results = asyncio.run(main())
    assert all(len(keys) == 1 for keys in run.keys)
    assert sorted(len(b) for b in run.seen) == [2, 2]
    assert results[0].text == "echo a1" and results[3].text == "echo b2"
    assert isinstance(results[2], TargetError) and results[2].kind == "row"


def test_a_failed_batch_fails_each_request_with_a_target_error():
    batcher = Batcher(Recorder(fail_with=ValueError("boom")), batch_size=4, name="hf:x")

    async def main():
        try:
            return await submit_all(batcher, [item(str(i)) for i in range(3)])
        finally:
            await batcher.aclose()

    results = asyncio.run(main())
    assert all(isinstance(r, TargetError) and r.kind == "generation" for r in results)
    assert "hf:x: generation failed: ValueError: boom" in str(results[0])


def test_out_of_memory_splits_the_batch_until_it_fits():
    run = Recorder(fail_over=2, fail_with=RuntimeError("CUDA out of memory. Tried to allocate 2.00 GiB"))
    results = run_splitting(run, [item(str(i)) for i in range(7)])
    assert [r.text for r in results] == [f"echo {i}" for i in range(7)]
    assert all(len(batch) <= 2 for batch in run.seen)
    with pytest.raises(ValueError):
        run_splitting(Recorder(fail_with=ValueError("not memory")), [item("1"), item("2")])


def test_closing_fails_waiting_requests_and_a_new_loop_starts_afresh():
    gate = threading.Event()

    def slow(batch):
        gate.wait(5)
        return [Response(text=p.data) for p in batch]

    batcher = Batcher(slow, batch_size=1, name="t")

    async def first():
        tasks = [asyncio.ensure_future(batcher.submit(item(str(i)))) for i in range(3)]
        await asyncio.sleep(0.05)  # the first is running, two wait
        await batcher.aclose()
        gate.set()
        return await asyncio.gather(*tasks, return_exceptions=True)

    results = asyncio.run(first())
    assert all(isinstance(r, TargetError) and r.kind == "closed" for r in results)

    async def second():
        try:
            return await batcher.submit(item("again"))
        finally:
            await batcher.aclose()

    assert asyncio.run(second()).text == "again"
