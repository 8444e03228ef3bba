"""The web app: routes, the template environment and shared state. Pages live in `pages` and `review_pages`.

Model output is untrusted everywhere: templates autoescape every value, model text is only ever element text
(never an attribute, a URL or markup), and the Content Security Policy that `guard` sets lets only the app's
own stylesheets and review script load or run.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from auditkit.records.attempts import Attempt
from auditkit.report.escape import redact_secrets, xml_safe
from auditkit.report.formatting import excerpt, interval, metric_ci, metric_n, metric_value, num, pvalue
from auditkit.resources import data_dir
from auditkit.view.catalog import Catalog
from auditkit.view.guard import Guard, allowed_hosts
from auditkit.view.sampling import ReviewLedger, ReviewPlan

HERE = Path(__file__).resolve().parent
STATIC = {"view.css": (HERE / "static" / "view.css", "text/css"),
          "review.js": (HERE / "static" / "review.js", "text/javascript")}


def _report_css() -> tuple[Path, str]:
    return data_dir("reports") / "templates" / "html" / "report.css", "text/css"


def _drop_controls(value: Any) -> Any:
    # Control characters are not allowed in HTML text; model output can hold them (ANSI escapes, NUL).
    if isinstance(value, str) and not isinstance(value, Markup):
        return xml_safe(value)
    return value


def target_label(target: dict[str, Any]) -> str:
    """A run's target in a few words: type:model (or name, or the file a replay read)."""
    safe = redact_secrets(target)
    name = safe.get("model") or safe.get("name") or (Path(str(safe["path"])).name if safe.get("path") else "")
    return f"{safe.get('type', 'target')}:{name}" if name else str(safe.get("type", "target"))


@lru_cache(maxsize=1)
def environment() -> Environment:
    """Templates of the app, and the report's shared partials (the human review section)."""
    env = Environment(loader=FileSystemLoader([str(HERE / "templates"), str(data_dir("reports") / "templates")]),
                      autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      finalize=_drop_controls)
    env.filters.update(num=num, ci=metric_ci, value=metric_value, n=metric_n, excerpt=excerpt, pvalue=pvalue,
                       interval=interval, signed=lambda v: num(v, signed=True), target=target_label)
    return env


@dataclass
class ViewState:
    """What every request shares: the runs, the session token, review sessions and caches."""

    catalog: Catalog
    token: str
    reviewer: str
    ledger: ReviewLedger = field(default_factory=ReviewLedger)
    plans: dict[str, ReviewPlan] = field(default_factory=dict)
    light: dict[str, tuple[tuple[int, int], list[Attempt]]] = field(default_factory=dict)
    review_defaults: dict[str, Any] = field(default_factory=dict)

    def light_attempts(self, key: str) -> list[Attempt]:
        """A run's attempts without texts (for sampling and comparing), read again when its log changed."""
        entry = self.catalog.get(key)
        assert entry is not None
        path = entry.run_folder.attempts_path
        stat = path.stat() if path.exists() else None
        signature = (stat.st_size, stat.st_mtime_ns) if stat else (0, 0)
        cached = self.light.get(key)
        if cached is None or cached[0] != signature:
            cached = self.light[key] = (signature, entry.run_folder.attempts(light=True))
        return cached[1]


def create_app(catalog: Catalog, *, token: str | None = None, bind: str = "127.0.0.1",
               extra_hosts: tuple[str, ...] = (), reviewer: str = "reviewer") -> Any:
    """The ASGI app over these runs, guarded (Host check, session token, security headers)."""
    from starlette.applications import Starlette
    from starlette.routing import Route

    from auditkit.view import pages, review_pages

    state = ViewState(catalog=catalog, token=token or secrets.token_urlsafe(32), reviewer=reviewer)
    routes = [
        Route("/", pages.runs_page),
        Route("/compare", pages.compare_page),
        Route("/static/{name}", static),
        Route("/runs/{key}", pages.run_page),
        Route("/runs/{key}/attempts", pages.attempts_page),
        Route("/runs/{key}/attempt", pages.attempt_page),
        Route("/runs/{key}/image", pages.image),
        Route("/runs/{key}/clip/{kind}", pages.clip),
        Route("/runs/{key}/files/{path:path}", pages.run_file),
        Route("/runs/{key}/review", review_pages.review_page, methods=["GET"]),
        Route("/runs/{key}/review", review_pages.record, methods=["POST"]),
        Route("/runs/{key}/review/start", review_pages.start, methods=["POST"]),
    ]
    app = Starlette(routes=routes, exception_handlers={404: pages.not_found})
    app.state.view = state
    guarded = Guard(app, token=state.token, hosts=allowed_hosts(bind, extra_hosts))
    guarded.state = state  # type: ignore[attr-defined]  # for the CLI and tests: the token and review plans
    return guarded


async def static(request: Any) -> Any:
    """The app's own assets: its stylesheet, the report's stylesheet (charts) and the review script."""
    from starlette.responses import PlainTextResponse, Response

    name = request.path_params["name"]
    found = _report_css() if name == "report.css" else STATIC.get(name)
    if found is None:
        return PlainTextResponse("not found", status_code=404)
    path, media = found
    return Response(path.read_bytes(), media_type=media)


def render(request: Any, template: str, status_code: int = 200, **context: Any) -> Any:
    """A page from a template, with the session token and the runs for the navigation."""
    from starlette.responses import HTMLResponse

    state: ViewState = request.app.state.view
    html = environment().get_template(template).render(token=state.token, request_path=request.url.path,
                                                       **context)
    return HTMLResponse(html, status_code=status_code)
