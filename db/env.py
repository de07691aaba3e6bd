"""Alembic environment. The engine is handed in by h4casus.storage.migrations (it holds the
SQLCipher key); offline SQL generation is not supported for an encrypted store.

Foreign keys are not enforced while the migrations run: SQLite's batch mode rebuilds a table
by copy, drop and rename, and with enforcement on, dropping a referenced table checks every
referencing row for each row it drops (tables without an index on the referencing column make
that quadratic: minutes at 100,000 households). After the migrations `PRAGMA
foreign_key_check` must find nothing, else the migration fails and nothing is committed."""

from alembic import context

from h4casus.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes["engine"]
    with engine.connect() as connection:
        # On the driver connection, before SQLAlchemy begins its transaction: inside a
        # transaction SQLite ignores the PRAGMA (and the store's "begin" hook opens one).
        raw = connection.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            compare_type=True,
        )
        try:
            with context.begin_transaction():
                context.run_migrations()
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration leaves broken foreign keys: {broken[:5]}")
            connection.commit()
        finally:
            connection.rollback()
            raw.execute("PRAGMA foreign_keys = ON")


if context.is_offline_mode():
    raise SystemExit("h4casus migrations run online only (the store is encrypted)")
run_migrations_online()
