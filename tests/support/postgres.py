"""A throwaway PostgreSQL cluster for tests: initdb and pg_ctl in a temp dir, on a free 127.0.0.1 port.

The server binaries come from PATH, $AUDITKIT_PG_BIN, or Debian's /usr/lib/postgresql/<version>/bin.
initdb refuses to run as root, so as root the cluster runs as the unprivileged `postgres` user (which
Debian's postgresql package creates). Missing binaries skip the tests with a reason on a developer
machine and fail them in CI (CI set), where `.ci/run` installs PostgreSQL.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

SERVER_USER = "postgres"
DB_USER = "auditkit"
START_TIMEOUT_S = 60


def find_bindir() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres, or None."""
    candidates = []
    if os.environ.get("AUDITKIT_PG_BIN"):
        candidates.append(Path(os.environ["AUDITKIT_PG_BIN"]))
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)

    def version(p: Path) -> tuple[int, ...]:
        return tuple(int(x) for x in re.findall(r"\d+", p.parent.name)) or (0,)

    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=version, reverse=True)
    for folder in candidates:
        if all((folder / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresCluster:
    """A running cluster; `create_database()` returns a SQLAlchemy URL for a fresh, empty database."""

    def __init__(self, bindir: Path, root: Path, port: int, run_as: str | None):
        self.bindir, self.root, self.port, self.run_as = bindir, root, port, run_as
        self.data = root / "data"

    def _cmd(self, *args: str) -> list[str]:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.run_as:
            return ["runuser", "-u", self.run_as, "--", *command]
        return command

    def _run(self, *args: str) -> None:
        done = subprocess.run(self._cmd(*args), capture_output=True, text=True, timeout=START_TIMEOUT_S)
        if done.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{args[0]} failed ({done.returncode}): {done.stderr.strip()}\n{tail}")

    def start(self) -> None:
        """initdb, then start the server listening on 127.0.0.1 only, with its socket in the temp dir."""
        self._run("initdb", "-D", str(self.data), "-U", DB_USER, "--auth=trust", "-E", "UTF8", "--no-sync",
                  "--no-instructions")
        # fsync off: the cluster is thrown away, and durability is not what these tests measure.
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "server.log"), "-w",
                  "-t", str(START_TIMEOUT_S), "start")

    def stop(self) -> None:
        """Stop the server at once and delete the cluster."""
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        """SQLAlchemy URL of a database in this cluster."""
        return f"postgresql+psycopg://{DB_USER}@127.0.0.1:{self.port}/{database}"

    def create_database(self, prefix: str = "t") -> str:
        """Create an empty database and return its URL."""
        import psycopg

        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={DB_USER} dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _server_user() -> str | None:
    """Who runs the server: nobody special unless we are root, then the unprivileged postgres user."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(SERVER_USER)
    except KeyError:
        pytest.fail(f"running as root, and initdb refuses root: create the {SERVER_USER!r} user "
                    "(apt-get install postgresql does) or run the tests as an ordinary user")
    return SERVER_USER


def require_bindir() -> Path:
    """The server binaries; skip (developer machine) or fail (CI) when they are missing."""
    bindir = find_bindir()
    if bindir is None:
        reason = ("PostgreSQL server binaries (initdb, pg_ctl) not found on PATH, in $AUDITKIT_PG_BIN or "
                  "/usr/lib/postgresql/*/bin; install them with `apt-get install postgresql`")
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (CI is set, so the PostgreSQL tests may not be skipped)")
        pytest.skip(reason)
    return bindir


@contextmanager
def postgres_cluster() -> Iterator[PostgresCluster]:
    """Start a throwaway cluster; stop and delete it afterwards."""
    bindir = require_bindir()
    run_as = _server_user()
    # Not under pytest's tmp dir: that is private to the test user, and the server user must reach it.
    root = Path(tempfile.mkdtemp(prefix="auditkit-pg-"))
    if run_as:
        entry = pwd.getpwnam(run_as)
        os.chown(root, entry.pw_uid, entry.pw_gid)
    cluster = PostgresCluster(bindir, root, free_port(), run_as)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()
