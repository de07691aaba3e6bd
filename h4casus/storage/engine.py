"""The SQLCipher engine. The raw 256-bit data key goes in as `PRAGMA key = "x'..'"`, so
SQLCipher's own passphrase KDF is skipped (the key is random, not a password)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import QueuePool

from h4casus.domain.errors import IntegrityFailure, StoreBusy

PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    # WAL + NORMAL: durable across process crashes (kill -9) and never corrupt; on a power cut
    # only the last transactions before it may be lost. Saves one fsync per commit.
    "PRAGMA synchronous = NORMAL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
)


# SQLCipher's page cache per connection (SQLite's default is 8 MB), in MB: decrypted pages
# kept so that hot tables and indexes are not decrypted again and again.
# - 64 MB for the commands: imports, reports, `verify` and `list` scan the whole store.
# - 16 MB for the desktop: it reads a page of 200 rows or one household at a time, keeps
#   two connections open, and stays open all day beside other programs; at 100,000
#   households 64 MB per connection cost it 40 MB of memory and bought no speed
#   (docs/performance.md, "The desktop at 100,000 households").
PAGE_CACHE_MB = 64
DESKTOP_PAGE_CACHE_MB = 16


def cache_pragma(page_cache_mb: float) -> str:
    """The PRAGMA that gives a connection a page cache of this many MB."""
    return f"PRAGMA cache_size = -{round(page_cache_mb * 1024)}"


def busy_timeout_ms() -> int:
    """$H4CASUS_BUSY_TIMEOUT seconds (default 20), as SQLite's busy timeout."""
    import math
    import os

    raw = os.environ.get("H4CASUS_BUSY_TIMEOUT", "")
    try:
        seconds = float(raw) if raw else 20.0
    except ValueError:
        seconds = 20.0
    if not math.isfinite(seconds) or seconds < 0:
        seconds = 20.0
    return int(min(seconds, 3600.0) * 1000)


def raw_key_literal(key: bytes) -> str:
    return f"x'{key.hex()}'"


def create_encrypted_engine(
    path: Path, key: bytes, *, echo: bool = False, page_cache_mb: float | None = None
) -> Engine:
    """An engine over an encrypted file. The key is set first on every new connection
    (by the pysqlcipher dialect), then the PRAGMAs above and the page cache's size on the
    instance connect event (`page_cache_mb`, PAGE_CACHE_MB when None)."""
    cache = cache_pragma(PAGE_CACHE_MB if page_cache_mb is None else page_cache_mb)
    url = URL.create("sqlite+pysqlcipher", password=raw_key_literal(key), database=str(path))
    # A queue of connections any thread may take one from, newest first (a warm page cache).
    # The dialect's default, one connection per thread with at most five threads, closes the
    # connection of a sixth thread's predecessor while it may still be in use (a crash of
    # the desktop, whose lanes run on pooled threads).
    engine = create_engine(
        url,
        echo=echo,
        poolclass=QueuePool,
        pool_use_lifo=True,
        pool_size=2,
        max_overflow=8,
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # pragma: no branch - tiny
        cur = dbapi_conn.cursor()
        try:
            # No SQLCipher log lines on stderr: failures reach the user as one clear message.
            cur.execute("PRAGMA cipher_log_level = NONE")
            # Reading the schema proves the key: a wrong key or a foreign file fails here.
            cur.execute("SELECT count(*) FROM sqlite_master")
            for pragma in PRAGMAS:
                cur.execute(pragma)
            cur.execute(cache)
            # A busy store waits this long before it says it is in use (never "damaged").
            cur.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
        finally:
            cur.close()

    return engine


BUSY_MESSAGE = (
    "de database is in gebruik door een ander programma of een andere sessie (bijvoorbeeld "
    "een lange import); probeer het over enkele ogenblikken opnieuw"
)


def is_busy(detail: str) -> bool:
    """SQLite's 'locked' / 'busy' errors: the store is in use, not damaged."""
    return any(w in detail for w in ("database is locked", "table is locked", "database is busy"))


# Problems of the disk or folder rather than of the file itself.
ENVIRONMENT_ERRORS = ("readonly", "read-only", "disk is full", "disk I/O error", "unable to open")


def probe(engine: Engine, path: Path, *, read: str | None = None) -> None:
    """Open one connection; map 'not a database' to a clear IntegrityFailure. `read` names the
    connection flag that makes the engine begin a read (deferred) transaction."""
    try:
        with engine.connect() as conn:
            if read:
                conn.info[read] = True
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except (DatabaseError, OperationalError) as exc:
        detail = str(getattr(exc, "orig", exc))
        if isinstance(exc, OperationalError) and any(w in detail for w in ENVIRONMENT_ERRORS):
            raise  # read-only, full or failing disk: not damage; the CLI says so clearly
        if isinstance(exc, OperationalError) and is_busy(detail):
            raise StoreBusy(BUSY_MESSAGE) from exc
        raise IntegrityFailure(
            f"database {path.name} kan niet worden geopend: het bestand is beschadigd, "
            "hoort niet bij dit sleutelbestand of is geen h4casus-database"
        ) from exc


def cipher_integrity_problems(engine: Engine) -> list[str]:
    """SQLCipher's page HMAC check plus SQLite's integrity and foreign-key checks."""
    problems: list[str] = []
    with engine.connect() as conn:
        for row in conn.exec_driver_sql("PRAGMA cipher_integrity_check"):
            problems.append(f"versleuteling: {row[0]}")
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        if rows != ["ok"]:
            problems.extend(f"sqlite: {r}" for r in rows)
        for row in conn.exec_driver_sql("PRAGMA foreign_key_check"):
            problems.append(f"verwijzing: tabel {row[0]} rij {row[1]} verwijst naar {row[2]}")
    return problems
