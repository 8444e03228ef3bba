"""Open a run store: resolve the URL, create the engine (SQLite in WAL mode, or PostgreSQL), migrate it."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import Any

from auditkit.atomic import create_private
from auditkit.errors import InputError, MissingExtraError, RunError
from auditkit.store.location import resolve_store_url

SQLITE_BUSY_TIMEOUT_S = 60.0
PG_CONNECT_TIMEOUT_S = 10


def _import_sqlalchemy() -> Any:
    try:
        import sqlalchemy
    except ImportError:
        raise MissingExtraError("the run store", "store", "sqlalchemy, alembic") from None
    return sqlalchemy


def display_url(url: str) -> str:
    """The URL with any password masked, for messages."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<unparseable store URL>"


def _sqlite_engine(sa: Any, url: Any) -> Any:
    from sqlalchemy import event

    database = url.database
    if database and database != ":memory:" and not database.startswith("file:"):
        try:
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            # SQLite would create the file 0644; the store holds every run's results, so it is made 0600
            # first (an empty file is an empty database), and SQLite gives its -wal and -shm files the same mode.
            create_private(Path(database).expanduser())
        except OSError as exc:
            raise RunError(f"cannot create the run store {database}: {exc.strerror}") from None
    engine = sa.create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin (see _begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # WAL lets readers go on while one process writes; foreign keys make deletes cascade.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT_S * 1000)}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # Take the write lock when the transaction starts: a deferred transaction that upgrades to a
        # writer later can fail at once with "database is locked", whatever the busy timeout says.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def create_store_engine(url: str) -> Any:
    """A SQLAlchemy engine for a store URL, configured for concurrent writers."""
    sa = _import_sqlalchemy()
    try:
        parsed = sa.engine.make_url(url)
    except sa.exc.ArgumentError:
        raise InputError(f"not a valid store URL: {url!r} (expected e.g. sqlite:///path/store.db or "
                         "postgresql+psycopg://user@host/db)") from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(sa, parsed)
    if backend == "postgresql":
        if parsed.get_driver_name() == "psycopg":
            try:
                import psycopg  # noqa: F401
            except ImportError:
                raise MissingExtraError("a PostgreSQL run store", "store", "psycopg[binary]") from None
        # A store that does not answer must not hold a finished run's exit for minutes.
        connect_args = {} if "connect_timeout" in parsed.query else {"connect_timeout": PG_CONNECT_TIMEOUT_S}
        return sa.create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)
    raise InputError(f"unsupported store {display_url(url)}: use sqlite:///PATH or postgresql+psycopg://...")


class Store:
    """An open run store: an engine whose schema is at the current revision. Use as a context manager."""

    def __init__(self, url: str, engine: Any):
        self.url = url
        self.engine = engine

    @property
    def display_url(self) -> str:
        """The store's URL with the password masked."""
        return display_url(self.url)

    @property
    def backend(self) -> str:
        """`sqlite` or `postgresql`."""
        return self.engine.dialect.name

    def session(self) -> Any:
        """A new ORM session bound to the store (not yet in a transaction)."""
        from sqlalchemy.orm import Session

        return Session(self.engine, expire_on_commit=False)

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Open the store at `url` (default: AUDITKIT_STORE, then the default SQLite file) and bring its schema up."""
    from auditkit.store.migrate import upgrade

    resolved = resolve_store_url(url)
    engine = create_store_engine(resolved)
    sa = _import_sqlalchemy()
    try:
        if migrate:
            upgrade(engine)
    except sa.exc.OperationalError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise RunError(f"cannot open the run store {display_url(resolved)}: {reason}") from None
    except BaseException:
        engine.dispose()
        raise
    return Store(resolved, engine)
