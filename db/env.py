"""Alembic environment. The engine is handed in by h4casus.storage.migrations (it holds the
SQLCipher key); offline SQL generation is not supported for an encrypted store."""

from alembic import context

from h4casus.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes["engine"]
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    raise SystemExit("h4casus migrations run online only (the store is encrypted)")
run_migrations_online()
