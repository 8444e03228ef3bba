"""The Review page: draw a stratified sample, then judge one attempt at a time (keyboard: a, 1-9, n, s)."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlencode

from auditkit.errors import InputError
from auditkit.records.reviews import MAX_NOTE_CHARS, review_labels, review_target
from auditkit.view.app import ViewState, render
from auditkit.view.pages import _entry, _state
from auditkit.view.sampling import DEFAULT_SAMPLE, draw_plan, reviewed_ids

MAX_REVIEWER_CHARS = 200


async def _form(request: Any) -> dict[str, str]:
    # The guard has read and checked the body already (urlencoded, at most 64 KiB); this parses the same bytes.
    body = (await request.body()).decode("utf-8", "replace")
    return {k: v[0] for k, v in parse_qs(body, keep_blank_values=True, max_num_fields=100).items()}


def _redirect(path: str, **query: str) -> Any:
    from starlette.responses import RedirectResponse

    return RedirectResponse(path + (f"?{urlencode(query)}" if query else ""), status_code=303)


async def review_page(request: Any) -> Any:
    """The start form, the next attempt of the sample (or `?attempt=ID`), or the summary when all are done."""
    state = _state(request)
    entry = _entry(request)
    plan = state.plans.get(entry.key)
    done = reviewed_ids(entry.folder)
    wanted = request.query_params.get("attempt")
    index = state.catalog.index(entry)
    attempt_id = wanted if wanted and wanted in index.by_id else (plan.next_id(set(done)) if plan else None)
    attempt = index.attempt(attempt_id) if attempt_id else None
    target = review_target(attempt) if attempt is not None else None
    report = entry.report() if plan is not None and attempt is None else None
    defaults = state.review_defaults
    return render(request, "review.html.j2", page_title=f"Review · {entry.key}", entry=entry, plan=plan,
                  done=done, attempt=attempt, target=target,
                  labels=review_labels(target.kind) if target else (), previous=done.get(attempt_id or ""),
                  progress=plan.progress(set(done)) if plan else {}, report=report,
                  reviewer=plan.reviewer if plan else state.reviewer, note_chars=MAX_NOTE_CHARS,
                  default_size=defaults.get("size") or DEFAULT_SAMPLE, default_width=defaults.get("width") or "",
                  error=request.query_params.get("error"))


def start_plan(state: ViewState, key: str, *, reviewer: str, size: int | None, width: float | None,
               seed: int = 0) -> None:
    """Draw the review sample of a run and make it the run's session (the CLI's --review does this too)."""
    state.plans[key] = draw_plan(state.light_attempts(key), reviewer=reviewer, size=size, width=width, seed=seed)


async def start(request: Any) -> Any:
    """POST: draw the sample, by size or by target interval width."""
    state = _state(request)
    entry = _entry(request)
    form = await _form(request)
    reviewer = form.get("reviewer", "").strip()[:MAX_REVIEWER_CHARS] or state.reviewer
    try:
        width = float(form["width"]) if form.get("width", "").strip() else None
        size = None if width is not None else int(form.get("size") or DEFAULT_SAMPLE)
        start_plan(state, entry.key, reviewer=reviewer, size=size, width=width)
    except (ValueError, InputError) as exc:
        return _redirect(f"/runs/{entry.key}/review", error=str(exc) if isinstance(exc, InputError) else
                         "give a whole number of attempts, or a width between 0 and 1")
    return _redirect(f"/runs/{entry.key}/review")


async def record(request: Any) -> Any:
    """POST: agree, give the correct label (with a note), or skip; then on to the next attempt."""
    from starlette.exceptions import HTTPException

    state = _state(request)
    entry = _entry(request)
    form = await _form(request)
    attempt = state.catalog.index(entry).attempt(form.get("attempt", ""))
    if attempt is None:
        raise HTTPException(404, "no such attempt in this run")
    plan = state.plans.get(entry.key)
    action = form.get("action", "label")
    if action == "skip":
        if plan is not None:
            plan.skipped.add(attempt.id)
        return _redirect(f"/runs/{entry.key}/review")
    target = review_target(attempt)
    if target is None:
        return _redirect(f"/runs/{entry.key}/review", error=f"attempt {attempt.id} has no detector verdict to review")
    label = target.detector_label if action == "agree" else form.get("label", "")
    note = form.get("note", "")[:MAX_NOTE_CHARS]
    try:
        state.ledger.record(entry.folder, entry.manifest.run_id, attempt,
                            reviewer=plan.reviewer if plan else state.reviewer, label=label, note=note)
    except InputError as exc:
        return _redirect(f"/runs/{entry.key}/review", attempt=attempt.id, error=str(exc))
    if plan is None:
        return _redirect(f"/runs/{entry.key}/attempt", id=attempt.id)
    return _redirect(f"/runs/{entry.key}/review")
