"""fill search keys for households and persons stored before 0002

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 21:30:00

0002 added households.street_key and persons.name_key empty; search-as-you-type reads only
these columns, so rows written before 0002 would not be found by name or street. This data
step fills them with the same normalisation the application uses (a copy, so the migration
keeps working when the application's code changes later).
"""
import unicodedata
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: Union[str, Sequence[str], None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

BATCH = 5000


def _key(value):
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.split())


def _fill(conn, table: str, source: str, target: str) -> None:
    last = 0
    while True:
        rows = conn.execute(
            sa.text(
                f"SELECT id, {source} FROM {table} WHERE id > :last AND {target} = '' "
                "ORDER BY id LIMIT :n"
            ),
            {"last": last, "n": BATCH},
        ).all()
        if not rows:
            return
        conn.execute(
            sa.text(f"UPDATE {table} SET {target} = :key WHERE id = :id"),
            [{"id": r[0], "key": _key(r[1])} for r in rows],
        )
        last = rows[-1][0]


def upgrade() -> None:
    conn = op.get_bind()
    _fill(conn, "households", "street", "street_key")
    _fill(conn, "persons", "family_name", "name_key")


def downgrade() -> None:
    pass
