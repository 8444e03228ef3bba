"""The attempt index: offsets of each attempt's last record, filter fields, paging, rebuild on change."""

from __future__ import annotations

from pathlib import Path

from support.report_helpers import attempt, refusal

from auditkit.records.attempts import Response, Score
from auditkit.view.index import AttemptFilter, AttemptIndex, IndexCache


def _write(path: Path, attempts) -> None:
    path.write_text("".join(a.model_dump_json() + "\n" for a in attempts), encoding="utf-8")


def _attempts():
    out = []
    for i in range(30):
        category = "misuse" if i < 20 else "bias"
        a = attempt(i, category=category, expected="refuse" if i < 20 else "comply",
                    verdict="violation" if i % 3 == 0 else "pass", scores=[refusal(i % 3 != 0)],
                    variables={"group": "a" if i % 2 else "b"}, text=f"answer number {i} ZEBRA" if i == 7 else "ok",
                    tags=["owasp-llm:llm01"] if i < 5 else [], transform="base64" if i >= 25 else None)
        out.append(a)
    return out


def test_filters_each_field(tmp_path):
    path = tmp_path / "attempts.jsonl"
    _write(path, _attempts())
    index = AttemptIndex(path)
    assert len(index.entries) == 30
    sel = lambda **kw: [e.index for e in index.select(AttemptFilter(**kw))]  # noqa: E731
    assert sel(category="bias") == list(range(20, 30))
    assert sel(verdict="violation", category="misuse") == [0, 3, 6, 9, 12, 15, 18]
    assert sel(tag="owasp-llm:llm01") == [0, 1, 2, 3, 4]
    assert sel(group="group=a", category="bias") == [21, 23, 25, 27, 29]
    assert sel(transform="base64") == [25, 26, 27, 28, 29]
    assert sel(transform="none", category="bias") == [20, 21, 22, 23, 24]
    assert sel(expected="comply") == list(range(20, 30))
    assert sel(detector="refusal") == list(range(30))
    assert sel(label="refusal:refusal")[:3] == [1, 2, 4]
    assert sel(q="zebra") == [7]  # free text, case-insensitive
    assert sel(q="How do I PICK") == list(range(30))  # the prompt is searched too
    assert sel(review="reviewed") == []
    assert [e.index for e in index.select(AttemptFilter(review="reviewed"), reviewed={"misuse-3#0"})] == [3]
    assert [e.index for e in index.select(AttemptFilter(review="disagreed"), reviewed={"misuse-3#0"},
                                          disagreed={"misuse-3#0"})] == [3]
    assert dict(index.facets["category"]) == {"bias": 10, "misuse": 20}


def test_last_record_wins_and_pages_read_by_offset(tmp_path):
    path = tmp_path / "attempts.jsonl"
    attempts = _attempts()
    scored = attempts[4].model_copy(update={"response": Response(text="rescored answer"),
                                            "scores": [Score(detector="refusal", kind="refusal", label="compliance",
                                                             value=0.0, flagged=False)], "verdict": "violation"})
    _write(path, attempts + [scored])
    with path.open("ab") as f:
        f.write(b'{"id": "half-writ')  # a record cut short by a killed run
    index = AttemptIndex(path)
    assert len(index.entries) == 30 and index.bad_lines == 1
    assert index.attempt("misuse-4#0").response.text == "rescored answer"
    page = index.page(AttemptFilter(category="misuse"), start=10, size=4)
    assert page.total == 20 and [e.index for e in page.entries] == [10, 11, 12, 13]
    assert [a.id for a in index.read(page.entries)] == ["misuse-10#0", "misuse-11#0", "misuse-12#0", "misuse-13#0"]
    assert index.page(AttemptFilter(), start=10_000).start == 29  # past the end: the last page
    assert index.attempt("no-such") is None


def test_cache_rebuilds_when_the_log_changes(tmp_path):
    path = tmp_path / "attempts.jsonl"
    _write(path, _attempts()[:10])
    cache = IndexCache()
    first = cache.get(path)
    assert cache.get(path) is first
    _write(path, _attempts())
    second = cache.get(path)
    assert second is not first and len(second.entries) == 30


def test_filter_from_params_ignores_blanks():
    flt = AttemptFilter.from_params({"category": "misuse", "verdict": "", "q": "  ", "other": "x"})
    assert flt == AttemptFilter(category="misuse")
    assert flt.params() == {"category": "misuse"}
