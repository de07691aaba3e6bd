"""Encrypted copies of the open database: `sqlcipher_export` into a new file under the same
key (there is never a plaintext intermediate), checked page by page before it counts.

Rules: a copy is created owner-only (0600) before SQLite writes to it; a copy that fails its
check is removed. The copy made before a schema upgrade gets the slot file and an audit
anchor of its own, so it opens as a store by itself.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import DatabaseError

from h4casus.domain.errors import IntegrityFailure
from h4casus.security import anchor as anchors
from h4casus.security.keyslots import slot_path_for
from h4casus.security.store_files import anchor_path
from h4casus.storage import models as m
from h4casus.storage.engine import (
    cipher_integrity_problems,
    create_encrypted_engine,
    raw_key_literal,
)
from h4casus.storage.schema_version import current_revision

if TYPE_CHECKING:
    from h4casus.services.store.vault import Vault


def export_encrypted_copy(vault: Vault, target: Path) -> None:
    """Write an encrypted, consistent copy of the open database to `target` and verify it."""
    if target.exists():
        target.unlink()
    # Created empty and owner-only first: SQLite would create it with the umask's mode.
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
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


def backup_before_migration(vault: Vault) -> Path:
    """Before a schema upgrade: an encrypted, verified copy plus the slot file and an audit
    anchor beside it (so the copy opens as a store of its own)."""
    rev = current_revision(vault.engine) or "leeg"
    target = vault.path.with_name(f"{vault.path.name}.voor-migratie-{rev}")
    try:
        with vault.engine.connect() as conn:
            head = conn.execute(
                select(m.AuditEvent.id, m.AuditEvent.mac).order_by(m.AuditEvent.id.desc()).limit(1)
            ).first()
            conn.rollback()
    except DatabaseError:  # a schema from before the access log
        head = None
    export_encrypted_copy(vault, target)
    shutil.copy2(slot_path_for(vault.path), slot_path_for(target))
    seq, mac = (head[0], head[1].hex()) if head else (0, "")
    anchors.write_new(
        anchor_path(target),
        anchors.Anchor(vault.slots.store_id, seq, mac, anchors.db_salt(target)).sealed(vault.key),
    )
    return target
