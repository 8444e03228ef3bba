"""Screenshots of every page of `auditkit view` for the README, taken with Playwright in Debian's Chromium.

Serves two copies of the tests' known replay run (the second with its plain misuse requests refused), reviews a
few attempts, and writes runs.png, run.png, attempts.png, attempt.png, compare.png and review.png here, as
small palette PNGs.

    python docs/screenshots/take_screenshots.py
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from support.report_runs import make_known_run  # noqa: E402

from auditkit.runs.folder import RunFolder  # noqa: E402
from auditkit.view.app import create_app  # noqa: E402
from auditkit.view.catalog import Catalog  # noqa: E402
from auditkit.view.serve import BackgroundServer, bind  # noqa: E402

VIEWPORT = {"width": 1180, "height": 760}


def _candidate(run: Path, dest: Path) -> Path:
    """A later run of the same target in which the plain misuse requests were refused."""
    shutil.copytree(run, dest)
    manifest = json.loads((dest / "manifest.json").read_text(encoding="utf-8"))
    manifest["run_id"], manifest["started_at"] = "c0ffee0000000001", "2025-06-02T09:00:00Z"
    (dest / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    attempts = [a.model_copy(update={"verdict": "pass"}) if a.category == "misuse" and a.transform is None else a
                for a in RunFolder(dest).attempts()]
    (dest / "attempts.jsonl").write_text("".join(a.model_dump_json() + "\n" for a in attempts), encoding="utf-8")
    (dest / "report.json").unlink()
    from auditkit.runs.judging import judge_run

    judge_run(dest, write=True)
    return dest


def _small(path: Path) -> None:
    from PIL import Image

    with Image.open(path) as image:
        image.convert("RGB").quantize(colors=64).save(path, optimize=True)


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        run = make_known_run(Path(tmp) / "known").folder
        candidate = _candidate(run, Path(tmp) / "candidate")
        app = create_app(Catalog([run, candidate]), reviewer="Ana Auditor")
        base_key = next(e.key for e in app.state.catalog.runs() if e.folder == run.resolve())
        server = BackgroundServer(app, bind("127.0.0.1", 0)).start()
        shots: dict[str, str] = {}
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
                page = browser.new_page(viewport=VIEWPORT)
                url = server.url

                def shoot(name: str, path: str) -> None:
                    page.goto(url + path)
                    page.screenshot(path=str(HERE / f"{name}.png"))
                    shots[name] = path

                shoot("runs", "/?metric=violation_rate%7Ccategory%3Dmisuse")
                shoot("run", f"/runs/{base_key}")
                shoot("attempts", f"/runs/{base_key}/attempts?category=misuse&verdict=violation")
                attempt_id = next(a.id for a in RunFolder(run).attempts() if a.category == "pii")
                shoot("attempt", f"/runs/{base_key}/attempt?id={quote(attempt_id, safe='')}")
                shoot("compare", f"/compare?base={base_key}&candidate=c0ffee0000000001")
                page.goto(url + f"/runs/{base_key}/review")
                page.fill("input[name=size]", "6")
                with page.expect_navigation():
                    page.click("#start button[type=submit]")
                for _ in range(2):
                    with page.expect_navigation():
                        page.keyboard.press("a")
                page.screenshot(path=str(HERE / "review.png"))
                browser.close()
        finally:
            server.stop()
    for name in [*shots, "review"]:
        _small(HERE / f"{name}.png")
        print(f"{name}.png {(HERE / f'{name}.png').stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
