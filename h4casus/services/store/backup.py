"""Encrypted copies of the store. A copy is made with `sqlcipher_export` into a new file
encrypted with the same data key: there is never a plaintext intermediate. Every new backup
is read back (structure, SHA-256, HMAC) and kept with that check as the last backup for the
beheerder's worklist (`services.store.health`). Restoring one: `services/store/restore.py`."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from h4casus.domain.errors import (
    IntegrityFailure,
    ValidationError,
)
from h4casus.security.keyslots import (
    RECOVERY_SLOT,
    Slot,
    SlotFile,
    derive_subkey,
    normalise_recovery_key,
    slot_path_for,
    user_slot_id,
)
from h4casus.security.output_paths import check_output_path
from h4casus.security.store_files import (
    stale_temp_files,
    temp_name,
)
from h4casus.services.access.authorize import require_global
from h4casus.services.core import audit_log
from h4casus.services.core.context import ServiceContext
from h4casus.services.core.settings import Settings, get_settings
from h4casus.services.store import health
from h4casus.services.store.copies import export_encrypted_copy
from h4casus.services.store.vault import Vault
from h4casus.storage.engine import (
    cipher_integrity_problems,
    create_encrypted_engine,
)
from h4casus.storage.schema_version import current_revision

# ---------------------------------------------------------------------------- backup files
# One self-contained file:  MAGIC | u64 header length | header JSON | encrypted database |
# HMAC-SHA256 tag (key from the data key) | SHA-256 of everything before.
# The header holds the slot file, so any account password in the backup (or the recovery
# key) restores it. The SHA-256 finds damage without a password; the HMAC finds tampering.

MAGIC = b"H4CASUS-BACKUP\x00v1\n"
BACKUP_FORMAT = "h4casus-backup"
CHUNK = 1 << 20
SCHEDULE_PATTERN = "h4casus-????-??-??.h4cbak"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: str
    schema: str | None
    db_bytes: int


def _backup_mac_key(data_key: bytes) -> bytes:
    return derive_subkey(data_key, "h4casus backup file")


def create_backup(ctx: ServiceContext, target: Path, *, scheduled: bool = False) -> BackupInfo:
    """Write an encrypted, self-verifying backup of the open store to `target` (atomic).
    Only ciphertext ever reaches the disk: the database part is a `sqlcipher_export` copy."""
    target = Path(target).expanduser()
    target.parent.mkdir(parents=True, exist_ok=True)
    target = check_output_path(target, store_db=ctx.vault.path)
    with ctx.session() as s:
        if scheduled:
            audit_log.record(s, ctx, "export", "backup.scheduled", ground="automatische back-up")
        else:
            require_global(s, ctx, "backup.run", "export", detail="versleutelde back-up")
    vault = ctx.vault
    # Temp files of an earlier backup to the same name that was killed (its maker is dead).
    for stale in stale_temp_files(target.parent, {target.name}):
        stale.unlink(missing_ok=True)
    tmp_db = temp_name(target, "db.tmp")
    tmp_out = temp_name(target, "tmp")
    try:
        export_encrypted_copy(vault, tmp_db)
        db_sha = hashlib.sha256()
        with tmp_db.open("rb") as fh:
            for chunk in iter(lambda: fh.read(CHUNK), b""):
                db_sha.update(chunk)
        slots_doc = json.loads(slot_path_for(vault.path).read_bytes().decode("utf-8"))
        created = ctx.clock.now().replace(microsecond=0).isoformat()
        schema = current_revision(vault.engine)
        header = json.dumps(
            {
                "format": BACKUP_FORMAT,
                "version": 1,
                "created_at": created,
                "store_id": vault.slots.store_id,
                "schema": schema,
                "db_bytes": tmp_db.stat().st_size,
                "db_sha256": db_sha.hexdigest(),
                "slots": slots_doc,
            },
            sort_keys=True,
        ).encode("utf-8")
        mac = hmac.new(_backup_mac_key(vault.key), digestmod=hashlib.sha256)
        total = hashlib.sha256()
        fd = os.open(tmp_out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:

            def put(data: bytes, *, authenticated: bool = True) -> None:
                if authenticated:
                    mac.update(data)
                total.update(data)
                out.write(data)

            put(MAGIC)
            put(struct.pack(">Q", len(header)))
            put(header)
            with tmp_db.open("rb") as fh:
                for chunk in iter(lambda: fh.read(CHUNK), b""):
                    put(chunk)
            put(mac.digest(), authenticated=False)
            out.write(total.digest())
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_out, target)
    finally:
        tmp_db.unlink(missing_ok=True)
        tmp_out.unlink(missing_ok=True)
    size = target.stat().st_size
    check_ok, check = _check_written(target, vault.key)
    with ctx.session() as s:
        health.record_backup(
            s,
            created,
            ctx.actor.username,
            target.name,
            size,
            scheduled=scheduled,
            check_ok=check_ok,
            check=check,
        )
    if not check_ok:
        raise IntegrityFailure(check)
    return BackupInfo(target, created, schema, size)


def _check_written(target: Path, key: bytes) -> tuple[bool, str]:
    """Read the written file back: structure, SHA-256 and the HMAC of the data key (the file
    is complete and authentic; `check_backup` also opens the database inside)."""
    try:
        parsed = _parse(target)
        mac = hmac.new(_backup_mac_key(key), digestmod=hashlib.sha256)
        with target.open("rb") as fh:
            remaining = parsed.db_end
            while remaining > 0:
                chunk = fh.read(min(CHUNK, remaining))
                if not chunk:
                    break
                mac.update(chunk)
                remaining -= len(chunk)
    except (IntegrityFailure, OSError) as exc:
        return False, f"teruggelezen: niet in orde ({exc})"
    if not hmac.compare_digest(mac.digest(), parsed.tag):
        return False, "teruggelezen: niet in orde (de handtekening klopt niet)"
    return True, "teruggelezen: volledig en echt (controlegetal en handtekening in orde)"


@dataclass
class _Parsed:
    header: dict
    header_end: int
    db_end: int
    tag: bytes


def _parse(source: Path) -> _Parsed:
    """Structure and SHA-256 check; needs no password."""
    damaged = IntegrityFailure(f"back-up {source.name} is beschadigd of geen h4casus-back-up")
    try:
        size = source.stat().st_size
        with source.open("rb") as fh:
            if fh.read(len(MAGIC)) != MAGIC:
                raise damaged
            (hlen,) = struct.unpack(">Q", fh.read(8))
            if hlen > 10_000_000 or len(MAGIC) + 8 + hlen + 64 > size:
                raise damaged
            header = json.loads(fh.read(hlen).decode("utf-8"))
            header_end = len(MAGIC) + 8 + hlen
            fh.seek(0)
            total = hashlib.sha256()
            remaining = size - 32
            while remaining > 0:
                chunk = fh.read(min(CHUNK, remaining))
                if not chunk:
                    raise damaged
                total.update(chunk)
                remaining -= len(chunk)
            fh.seek(size - 64)
            tag, checksum = fh.read(32), fh.read(32)
    except (OSError, ValueError, struct.error, UnicodeDecodeError):
        raise damaged from None
    if not hmac.compare_digest(total.digest(), checksum):
        raise damaged
    if header.get("format") != BACKUP_FORMAT or int(header.get("version", 0)) != 1:
        raise damaged
    if header_end + int(header["db_bytes"]) != size - 64:
        raise damaged
    return _Parsed(header, header_end, size - 64, tag)


def _slots_from_doc(doc: dict, path: Path) -> SlotFile:
    body = dict(doc)
    checksum = body.pop("checksum", None)
    if checksum is None or not hmac.compare_digest(SlotFile._checksum(body), str(checksum)):
        raise IntegrityFailure("het sleutelbestand in de back-up is beschadigd")
    slots = {x["id"]: Slot.from_json(x) for x in body["slots"]}
    inbox = base64.b64decode(body["inbox"]) if body.get("inbox") else None
    return SlotFile(
        path=path,
        store_id=str(body["store_id"]),
        slots=slots,
        mac=body.get("mac"),
        inbox=inbox,
        format_version=int(body.get("format_version", 1)),
    )


@dataclass(frozen=True)
class BackupCheck:
    created_at: str
    schema: str | None
    audit_rows: int


def unlock_backup(
    source: Path, username: str, secret: str, recovery: bool, slot_target: Path
) -> tuple[_Parsed, SlotFile, bytes]:
    parsed = _parse(source)
    slots = _slots_from_doc(parsed.header["slots"], slot_target)
    if recovery:
        key = slots.unwrap(RECOVERY_SLOT, normalise_recovery_key(secret))
    else:
        key = slots.unwrap(user_slot_id(username), secret)
    slots.verify_seal(key)
    mac = hmac.new(_backup_mac_key(key), digestmod=hashlib.sha256)
    with source.open("rb") as fh:
        remaining = parsed.db_end
        while remaining > 0:
            chunk = fh.read(min(CHUNK, remaining))
            mac.update(chunk)
            remaining -= len(chunk)
    if not hmac.compare_digest(mac.digest(), parsed.tag):
        raise IntegrityFailure(f"back-up {source.name} is gewijzigd buiten h4casus om")
    return parsed, slots, key


def stage_db(source: Path, parsed: _Parsed, staged: Path) -> None:
    db_sha = hashlib.sha256()
    fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out, source.open("rb") as fh:
        fh.seek(parsed.header_end)
        remaining = parsed.db_end - parsed.header_end
        while remaining > 0:
            chunk = fh.read(min(CHUNK, remaining))
            db_sha.update(chunk)
            out.write(chunk)
            remaining -= len(chunk)
        out.flush()
        os.fsync(out.fileno())
    if db_sha.hexdigest() != parsed.header["db_sha256"]:
        raise IntegrityFailure(f"back-up {source.name} is beschadigd")


def check_staged(staged: Path, key: bytes) -> int:
    engine = create_encrypted_engine(staged, key)
    try:
        problems = cipher_integrity_problems(engine)
        if problems:
            raise IntegrityFailure("database in de back-up is niet in orde: " + problems[0])
        with Session(engine) as s:
            chain = audit_log.verify(s, key)
        if chain.broken:
            raise IntegrityFailure(
                f"logboek in de back-up verbroken bij rij {chain.broken.row_id}: "
                f"{chain.broken.reason}"
            )
        return chain.rows
    except (DatabaseError, MemoryError):
        raise IntegrityFailure("database in de back-up kan niet worden ontsleuteld") from None
    finally:
        engine.dispose()


def check_backup(
    source: Path, username: str, secret: str, *, recovery: bool = False
) -> BackupCheck:
    """Full check of a backup file without restoring it (decrypts into a temp copy that is
    encrypted like the original and removed afterwards)."""
    source = Path(source)
    for stale in stale_temp_files(source.parent, {source.name}):
        stale.unlink(missing_ok=True)
    staged = temp_name(source, "check")
    try:
        parsed, _slots, key = unlock_backup(source, username, secret, recovery, staged)
        stage_db(source, parsed, staged)
        rows = check_staged(staged, key)
    finally:
        for p in db_files(staged):
            p.unlink(missing_ok=True)
    return BackupCheck(parsed.header["created_at"], parsed.header.get("schema"), rows)


def check_own_backup(ctx: ServiceContext, source: Path) -> BackupCheck:
    """The full check of a backup of the open store (one made since the last re-key), with
    the data key in memory instead of a password. Reads only the backup file and a temp
    copy: it does not touch the open database (the desktop runs it on the CPU lane)."""
    source = Path(source)
    parsed = _parse(source)
    key = ctx.vault.key
    foreign = IntegrityFailure(
        f"back-up {source.name} hoort niet bij de sleutel van deze database (gemaakt voor de "
        "laatste hersleuteling?) of is gewijzigd buiten h4casus om"
    )
    try:
        _slots_from_doc(parsed.header["slots"], temp_name(source, "keys")).verify_seal(key)
    except IntegrityFailure:
        raise foreign from None
    mac = hmac.new(_backup_mac_key(key), digestmod=hashlib.sha256)
    with source.open("rb") as fh:
        remaining = parsed.db_end
        while remaining > 0:
            chunk = fh.read(min(CHUNK, remaining))
            mac.update(chunk)
            remaining -= len(chunk)
    if not hmac.compare_digest(mac.digest(), parsed.tag):
        raise foreign
    staged = temp_name(source, "check")
    try:
        stage_db(source, parsed, staged)
        rows = check_staged(staged, key)
    finally:
        for p in db_files(staged):
            p.unlink(missing_ok=True)
    return BackupCheck(parsed.header["created_at"], parsed.header.get("schema"), rows)


def db_files(db: Path) -> list[Path]:
    """A database file and the files SQLite keeps beside it."""
    return [db, Path(str(db) + "-wal"), Path(str(db) + "-shm"), Path(str(db) + "-journal")]


def run_scheduled_backup(ctx: ServiceContext, directory: Path, keep: int = 7) -> Path | None:
    """The daily automatic backup: at most one per day (by the injected clock), named by date;
    only the newest `keep` generations are kept. Returns the new file, or None if today's
    backup already exists."""
    if not 1 <= int(keep) <= 366:
        raise ValidationError("bewaar tussen 1 en 366 generaties", "generaties")
    directory = Path(directory)
    target = directory / f"h4casus-{ctx.clock.today().isoformat()}.h4cbak"
    if target.exists():
        return None
    create_backup(ctx, target, scheduled=True)
    generations = sorted(directory.glob(SCHEDULE_PATTERN))
    for old in generations[: max(0, len(generations) - keep)]:
        old.unlink(missing_ok=True)
    return target


def daily_backup_directory(vault: Vault, settings: Settings) -> Path:
    """Where the automatic daily backups go: the configured folder, or a folder beside the
    database ("<name>-backups")."""
    configured = settings.backup_directory.strip()
    if configured:
        return Path(configured).expanduser()
    return vault.path.with_name(f"{vault.path.stem}-backups")


def run_daily_backup(ctx: ServiceContext) -> Path | None:
    """The app's automatic backup at sign-in: at most one per day, the setting
    `backup_generations` kept. Returns the new file, or None when today's backup exists."""
    settings = get_settings(ctx)
    keep = settings.backup_generations
    return run_scheduled_backup(ctx, daily_backup_directory(ctx.vault, settings), keep=keep)
