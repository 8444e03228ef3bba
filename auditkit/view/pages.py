"""The read-only pages: Runs, Run, Attempts, Attempt, Compare, and a run's files and images."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from auditkit.metrics.model import Metric
from auditkit.records.probes import last_user_text
from auditkit.report import charts
from auditkit.report.model import Report
from auditkit.view.app import ViewState, render
from auditkit.view.catalog import RunEntry
from auditkit.view.index import PAGE_SIZE, AttemptFilter
from auditkit.view.sampling import reviewed_ids

CLIP_TYPES = {"audio": {".wav": "audio/wav", ".mp3": "audio/mpeg"}, "video": {".mp4": "video/mp4"}}
IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
               ".webp": "image/webp"}
EXCERPT = 240


def _state(request: Any) -> ViewState:
    return request.app.state.view  # type: ignore[no-any-return]


def _entry(request: Any) -> RunEntry:
    from starlette.exceptions import HTTPException

    entry = _state(request).catalog.get(request.path_params["key"])
    if entry is None:
        raise HTTPException(404, "no such run")
    return entry


async def not_found(request: Any, exc: Any) -> Any:
    """404 as a page (the message is ours, never a path or id from the request)."""
    return render(request, "error.html.j2", status_code=404, page_title="Not found",
                  message=getattr(exc, "detail", None) or "Not found")


def _headline(report: Report | None) -> list[Metric]:
    if report is None:
        return []
    return [m for m in report.overview if m.name == "violation_rate"] or \
        [m for m in report.overview if m.name.startswith("flag_rate")]


def _saved_report(entry: RunEntry) -> Report | None:
    # The Runs page reads report.json only: re-judging every listed run would make the list slow.
    path = entry.folder / "report.json"
    if not path.is_file():
        return None
    try:
        return Report.model_validate_json(path.read_bytes())
    except ValueError:
        return None


async def runs_page(request: Any) -> Any:
    """Every run: title, target, date, verdict, headline rates, and a trend of a chosen metric."""
    state = _state(request)
    state.catalog.refresh()
    rows = []
    options: dict[str, str] = {}
    for entry in state.catalog.runs():
        report = _saved_report(entry)
        rows.append({"entry": entry, "report": report, "headline": _headline(report)})
        for m in report.overview if report else []:
            options.setdefault(f"{m.name}|{m.selection}", f"{m.name} · {m.selection}")
    chosen = request.query_params.get("metric") or next(iter(options), "")
    name, _, selection = chosen.partition("|")
    points = []
    for row in reversed(rows):  # oldest first
        metric = next((m for m in row["report"].overview if m.name == name and m.selection == selection), None) \
            if row["report"] else None
        if metric is not None:
            m = row["entry"].manifest
            points.append(charts.Row(label=f"{m.run_id[:8]} {m.started_at:%Y-%m-%d}", value=metric.value,
                                     low=metric.ci_low, high=metric.ci_high, n=metric.n,
                                     status=row["report"].verdict))
    trend = charts.trend(points, title=f"{name} ({selection}) over runs") if points else None
    return render(request, "runs.html.j2", page_title="Runs", rows=rows, options=sorted(options.items()),
                  chosen=chosen, trend=trend, missing=state.catalog.missing, store=state.catalog.store)


async def run_page(request: Any) -> Any:
    """One run's model card: findings with intervals and charts, each finding's evidence, the human review."""
    from auditkit.report.html import html_context

    entry = _entry(request)
    report = entry.report()
    ctx = html_context(report) if report is not None else None
    return render(request, "run.html.j2", page_title=report.title if report else entry.key, entry=entry,
                  report=report, ctx=ctx, rejudged=entry.rejudged(), files=entry.files(),
                  reviews=len(reviewed_ids(entry.folder)))


def _query(flt: AttemptFilter, **extra: Any) -> str:
    return urlencode(flt.params() | {k: v for k, v in extra.items() if v is not None})


async def attempts_page(request: Any) -> Any:
    """Attempts filtered on the server, a page at a time."""
    entry = _entry(request)
    index = _state(request).catalog.index(entry)
    params = dict(request.query_params)
    flt = AttemptFilter.from_params(params)
    try:
        start = max(0, int(params.get("start", 0)))
        size = int(params.get("size", PAGE_SIZE))
    except ValueError:
        start, size = 0, PAGE_SIZE
    reviews = reviewed_ids(entry.folder)
    disagreed = {i for i, r in reviews.items() if not r.agrees}
    page = index.page(flt, start=start, size=size, reviewed=reviews.keys(), disagreed=disagreed)
    attempts = index.read(page.entries)
    prev_start = page.start - page.size if page.start > 0 else None
    next_start = page.start + page.size if page.start + page.size < page.total else None
    return render(request, "attempts.html.j2", page_title=f"Attempts · {entry.key}", entry=entry, flt=flt,
                  facets=index.facets, page=page, attempts=attempts, reviews=reviews, excerpt_chars=EXCERPT,
                  prompts={a.id: last_user_text(a.messages) for a in attempts},
                  prev_query=_query(flt, start=prev_start, size=page.size) if prev_start is not None else None,
                  next_query=_query(flt, start=next_start, size=page.size) if next_start is not None else None,
                  bad_lines=index.bad_lines, filter_query=_query(flt))


def _attempt_or_404(request: Any, entry: RunEntry) -> Any:
    from starlette.exceptions import HTTPException

    attempt = _state(request).catalog.index(entry).attempt(request.query_params.get("id", ""))
    if attempt is None:
        raise HTTPException(404, "no such attempt in this run")
    return attempt


async def attempt_page(request: Any) -> Any:
    """One attempt whole: the conversation, images inline, the response, every score with its detector and
    backend, and its reviews."""
    from auditkit.records.reviews import read_reviews, review_target

    entry = _entry(request)
    attempt = _attempt_or_404(request, entry)
    backends = {d.name: d.backend or "—" for d in entry.manifest.detectors}
    reviews = [r for r in read_reviews(entry.folder).reviews if r.attempt_id == attempt.id]
    return render(request, "attempt.html.j2", page_title=f"Attempt {attempt.id}", entry=entry, attempt=attempt,
                  backends=backends, reviews=reviews, target=review_target(attempt),
                  id_query=urlencode({"id": attempt.id}), back=request.query_params.get("back", ""))


def _image_roots(entry: RunEntry) -> list[Any]:
    # Probe images live in the run folder, beside a suite file the run recorded, or in auditkit's image cache
    # (generated audio and video beside it, in its sibling folders).
    from pathlib import Path

    from auditkit.suites.images import cache_dir

    # A suite path recorded relative to wherever the run was started names no folder reliably: left out.
    roots = [entry.folder] + [Path(s.path).parent for s in entry.manifest.suites if Path(s.path).is_absolute()]
    generated = [cache_dir(), cache_dir().parent / "audio", cache_dir().parent / "video"]
    return [r.resolve() for r in roots + generated]


async def image(request: Any) -> Any:
    """Image `n` of an attempt, only when it is an image file inside the run folder, a suite folder of the run
    or the image cache; never a path from the request."""
    from pathlib import Path

    from starlette.exceptions import HTTPException
    from starlette.responses import Response

    entry = _entry(request)
    attempt = _attempt_or_404(request, entry)
    try:
        n = int(request.query_params.get("n", "0"))
        path = Path(attempt.images[n]).resolve()
    except (ValueError, IndexError):
        raise HTTPException(404, "no such image") from None
    media = IMAGE_TYPES.get(path.suffix.lower())
    if media is None or not path.is_file() or not any(path.is_relative_to(r) for r in _image_roots(entry)):
        raise HTTPException(404, "no such image")
    return Response(path.read_bytes(), media_type=media)


async def clip(request: Any) -> Any:
    """Audio or video clip `n` of an attempt (kind in the path), under the same folder rule as images."""
    from pathlib import Path

    from starlette.exceptions import HTTPException
    from starlette.responses import Response

    entry = _entry(request)
    attempt = _attempt_or_404(request, entry)
    kind = request.path_params["kind"]
    types = CLIP_TYPES.get(kind)
    try:
        n = int(request.query_params.get("n", "0"))
        path = Path(getattr(attempt, kind)[n]).resolve() if types else None
    except (ValueError, IndexError):
        path = None
    media = types.get(path.suffix.lower()) if types and path else None
    if media is None or not path.is_file() or not any(path.is_relative_to(r) for r in _image_roots(entry)):
        raise HTTPException(404, "no such clip")
    return Response(path.read_bytes(), media_type=media)


async def run_file(request: Any) -> Any:
    """A file of the run folder, as a download (never rendered by the browser); nothing outside the folder."""
    from starlette.exceptions import HTTPException
    from starlette.responses import FileResponse

    entry = _entry(request)
    path = entry.file(request.path_params["path"])
    if path is None:
        raise HTTPException(404, "no such file in this run")
    return FileResponse(path, media_type="application/octet-stream", filename=path.name,
                        content_disposition_type="attachment")


async def compare_page(request: Any) -> Any:
    """Two runs side by side: every metric, its difference and significance (what `auditkit diff` computes),
    and the attempts whose verdict changed."""
    from auditkit.metrics.diff import diff_runs, verdict_changes

    state = _state(request)
    runs = state.catalog.runs()
    base_key = request.query_params.get("base") or (runs[1].key if len(runs) > 1 else "")
    cand_key = request.query_params.get("candidate") or (runs[0].key if runs else "")
    base, cand = state.catalog.get(base_key), state.catalog.get(cand_key)
    rows, changes, forest = [], [], None
    if base is not None and cand is not None:
        base_attempts, cand_attempts = state.light_attempts(base.key), state.light_attempts(cand.key)
        rows = diff_runs(base_attempts, cand_attempts)
        changes = verdict_changes(base_attempts, cand_attempts)
        shown = [r for r in rows if r.difference is not None]
        if shown:
            forest = charts.forest([charts.Row(label=f"{r.name} ({r.selection})", value=r.difference, low=r.ci_low,
                                               high=r.ci_high, n=r.candidate.n,
                                               status={"worse": "fail", "better": "pass"}.get(r.change))
                                    for r in shown],
                                   title="candidate minus baseline, with 95% intervals")
    return render(request, "compare.html.j2", page_title="Compare", runs=runs, base=base, cand=cand, rows=rows,
                  changes=changes, forest=forest)
