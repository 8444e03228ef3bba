"""`auditkit view`: browse, filter, compare and review runs in the browser (a local web app)."""

from __future__ import annotations

from pathlib import Path

import click

from auditkit.cli.options import STORE_HELP


@click.command()
@click.argument("run_dirs", nargs=-1, type=click.Path(file_okay=False, path_type=Path))
@click.option("--store", "store_url", metavar="URL",
              help="Show the runs this store recorded (with or instead of RUN_DIRS). " + STORE_HELP)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but loopback exposes the runs to your network.")
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True, help="Port; 0 picks a free one.")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Another host name browsers may use to reach the server (repeatable); needed with --host 0.0.0.0.")
@click.option("--review", is_flag=True, help="Start a review of the (one) run: draw the sample and print its URL.")
@click.option("--reviewer", help="Name recorded with each review. Default: your user name.")
@click.option("--sample", "sample_size", type=click.IntRange(1), help="Attempts in the review sample (default 40).")
@click.option("--width", type=click.FloatRange(0, 1, min_open=True, max_open=True),
              help="Instead of --sample: as many per stratum as a 95% interval of this width needs, e.g. 0.2.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the review sample.")
@click.option("--limit", type=click.IntRange(1), default=200, show_default=True,
              help="With --store: the newest runs to show.")
def view(run_dirs: tuple[Path, ...], store_url: str | None, host: str, port: int, allow_hosts: tuple[str, ...],
         review: bool, reviewer: str | None, sample_size: int | None, width: float | None, seed: int,
         limit: int) -> None:
    """Serve a local web app over RUN_DIRS (or a run store): runs, findings, attempts, comparisons and review.

    It listens on 127.0.0.1 by default, answers only to the host names it knows (no DNS rebinding), and takes
    state-changing requests only with a token its own pages carry. Stop it with Ctrl-C.
    """
    import getpass

    from auditkit.cli.console import say
    from auditkit.view.app import create_app
    from auditkit.view.catalog import Catalog
    from auditkit.view.review_pages import start_plan
    from auditkit.view.serve import bind, serve, url_of

    if review and len(run_dirs) != 1:
        raise click.UsageError("--review takes exactly one RUN_DIR")
    if (sample_size or width) and not review:
        raise click.UsageError("--sample and --width go with --review")
    if sample_size and width:
        raise click.UsageError("give --sample or --width, not both")
    # Without folders the runs come from the store: --store, else the default one (as `auditkit history`).
    catalog = Catalog(list(run_dirs), store=store_url is not None or not run_dirs, store_url=store_url, limit=limit)
    name = reviewer or getpass.getuser()
    app = create_app(catalog, bind=host, extra_hosts=allow_hosts, reviewer=name)
    state = app.state
    state.review_defaults = {"size": sample_size, "width": width}
    sock = bind(host, port)
    url = url_of(sock)
    path = "/"
    if review:
        entry = catalog.runs()[0]
        start_plan(state, entry.key, reviewer=name, size=sample_size if width is None else None, width=width,
                   seed=seed)
        path = f"/runs/{entry.key}/review"
        say(f"review sample: {len(state.plans[entry.key].sample)} attempt(s) of {entry.folder}", err=True)
    say(f"auditkit view: {url}{path}  (Ctrl-C stops it)", err=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        say("warning: listening beyond this machine; anyone who can reach it can read these runs", err=True)
    serve(app, sock)
