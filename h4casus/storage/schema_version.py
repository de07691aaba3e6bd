"""The schema version of a store, read without Alembic.

Rules:
- `HEAD` is the revision of the newest migration in `db/versions`; `scripts/make_migration.py`
  sets it, and `tests/test_migrations.py` checks it against Alembic's own reading of the
  scripts, so a migration written by hand without raising it fails the suite.
- `current_revision` reads the one row of Alembic's table `alembic_version` (None for an
  empty database).
- Alembic itself (some 150 modules and 11 MB of memory with Mako and Pygments) is imported
  only when a store is created or has to be migrated (`storage/migrations.py`); opening a
  store that is up to date, and a whole desktop session, never load it.
"""

from __future__ import annotations

from sqlalchemy import Engine, inspect, text

HEAD = "0009"


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != HEAD
