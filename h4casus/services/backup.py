"""Encrypted copies of the store. A copy is made with `sqlcipher_export` into a new file
encrypted with the same data key: there is never a plaintext intermediate."""

from __future__ import annotations

import shutil
from pathlib import Path

from h4casus.domain.errors import IntegrityFailure
from h4casus.security.keyslots import slot_path_for
from h4casus.storage.engine import (
    cipher_integrity_problems,
    create_encrypted_engine,
    raw_key_literal,
)
from h4casus.storage.migrations import current_revision


def export_encrypted_copy(vault, target: Path) -> None:
    """Write an encrypted, consistent copy of the open database to `target` and verify it."""
    if target.exists():
        target.unlink()
    key = raw_key_literal(vault.key)
    with vault.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        cur = raw.cursor()
        try:
            cur.execute(f'ATTACH DATABASE ? AS h4copy KEY "{key}"', (str(target),))
            cur.execute("SELECT sqlcipher_export('h4copy')")
            cur.execute("DETACH DATABASE h4copy")
        finally:
            cur.close()
    check = create_encrypted_engine(target, vault.key)
    try:
        problems = cipher_integrity_problems(check)
    finally:
        check.dispose()
    if problems:
        target.unlink(missing_ok=True)
        raise IntegrityFailure("kopie van de database is niet in orde: " + "; ".join(problems[:3]))


def backup_before_migration(vault) -> Path:
    """Before a schema upgrade: an encrypted, verified copy plus the slot file beside it."""
    rev = current_revision(vault.engine) or "leeg"
    target = vault.path.with_name(f"{vault.path.name}.voor-migratie-{rev}")
    export_encrypted_copy(vault, target)
    shutil.copy2(slot_path_for(vault.path), slot_path_for(target))
    return target
