"""A plain (unencrypted) SQLite copy of a store, opened the way the Vault opens the real one,
so the benchmark can run the same workloads on both and report what encryption costs."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.orm import sessionmaker

from h4casus.services.core.audit_log import READ_INFO
from h4casus.services.store.vault import Vault
from h4casus.storage.engine import PAGE_CACHE_MB, PRAGMAS, cache_pragma


def export_plain(vault: Vault, target: Path) -> None:
    """sqlcipher_export into a new plaintext file (same schema, same rows)."""
    raw = vault.engine.raw_connection()
    try:
        conn = raw.driver_connection
        conn.execute(f"ATTACH DATABASE '{target}' AS plaintext KEY ''")
        conn.execute("SELECT sqlcipher_export('plaintext')")
        conn.execute("DETACH DATABASE plaintext")
    finally:
        raw.close()


def plain_vault(path: Path, slots, key: bytes) -> Vault:
    """A Vault over the plain file: same SQLite library (sqlcipher3 without a key), same
    PRAGMAs, same units of work (BEGIN IMMEDIATE to write, BEGIN to read), same audit key."""
    from sqlcipher3 import dbapi2

    engine = create_engine(
        "sqlite://",
        creator=lambda: dbapi2.connect(str(path), check_same_thread=False),
        module=dbapi2,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _rec) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        for pragma in (*PRAGMAS, cache_pragma(PAGE_CACHE_MB)):
            cur.execute(pragma)
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN" if conn.info.get(READ_INFO) else "BEGIN IMMEDIATE")

    maker = sessionmaker(engine, expire_on_commit=False)
    return Vault(path=path, slots=slots, engine=engine, _key=bytearray(key), _sessionmaker=maker)
