"""Creating and opening the encrypted store: slot file + SQLCipher database + migrations.

Rules:
- An open vault holds the store lock (`<db>.lock`) shared for as long as it holds the key;
  operations that replace the key or the files (re-key, restore, settling an interrupted
  re-key) hold it exclusively. A sign-in therefore never runs beside a re-key: it waits, or
  is told the store is in use (StoreBusy, exit 75).
- Sign-in (password check, lockout counters) runs under the key-file guard (security.lockout).
- Units of work that write start with BEGIN IMMEDIATE; read units (`read_session`) start a
  plain BEGIN and append their audit rows afterwards in a short write transaction, so that
  reading never waits for (or blocks) a long write, while the audit chain stays serialised.
- Alembic is imported only to create or migrate a store (`_upgrade`); opening a store that
  is up to date reads its revision without it (storage/schema_version.py).
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from h4casus.config import kdf_target_seconds, load_default
from h4casus.domain.enums import Role
from h4casus.domain.errors import AuthenticationError, IntegrityFailure, ValidationError
from h4casus.domain.validation import text
from h4casus.security import anchor as anchors
from h4casus.security import keyslots
from h4casus.security.file_lock import FileLock
from h4casus.security.keyslots import SlotFile, slot_path_for
from h4casus.security.passwords import check_password
from h4casus.security.store_files import anchor_path, lock_path
from h4casus.services.core import audit_log
from h4casus.services.core.audit_log import QUEUE_INFO, READ_INFO
from h4casus.services.store import guard as store_guard
from h4casus.services.store.copies import backup_before_migration
from h4casus.storage import models as m
from h4casus.storage import schema_version
from h4casus.storage.accounts import create_account_row
from h4casus.storage.engine import create_encrypted_engine, probe


@dataclass
class Vault:
    """An unlocked store. Holds the data key only as long as it is open (see `close`)."""

    path: Path
    slots: SlotFile
    engine: Engine
    _key: bytearray | None = field(repr=False)
    _sessionmaker: sessionmaker = field(repr=False)
    store_lock: FileLock | None = field(default=None, repr=False)
    db_salt: str = ""
    anchor_problem: str | None = None  # set when opened with accept_lost_commits
    page_cache_mb: float | None = None  # per connection; None: the engine's default

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the store lock exclusively (no other session open) for the block; back to
        shared afterwards. StoreBusy when other sessions stay open."""
        lock = self.store_lock
        if lock is None:
            yield
            return
        try:
            lock.exclusive(
                message="de database is geopend in een andere sessie of een ander programma; "
                "sluit die eerst en probeer het opnieuw"
            )
        except BaseException:
            lock.shared()
            raise
        try:
            yield
        finally:
            lock.shared()

    @contextlib.contextmanager
    def read_session(self) -> Iterator[Session]:
        """A unit of work that only reads: no write lock while reading; audit rows it records
        are appended afterwards in one short write transaction (before the caller gets the
        result: a read that cannot be logged fails)."""
        if self._key is None:
            raise AuthenticationError("de database is vergrendeld")
        with self.engine.connect() as conn:
            conn.info[READ_INFO] = True
            try:
                with Session(bind=conn, expire_on_commit=False) as session:
                    session.info[READ_INFO] = True
                    with session.begin():
                        yield session
                    queued = session.info.pop(QUEUE_INFO, [])
            finally:
                conn.info.pop(READ_INFO, None)
        if queued:
            with self.session() as s:
                for ctx, args, kwargs in queued:
                    audit_log.record(s, ctx, *args, **kwargs)

    def advance_anchor(self, seq: int, mac: bytes) -> None:
        """After a commit that appended audit rows (see security.anchor)."""
        if self._key is None or not self.db_salt:
            return
        anchors.advance(
            anchor_path(self.path),
            anchors.Anchor(self.slots.store_id, seq, mac.hex(), self.db_salt).sealed(
                bytes(self._key)
            ),
        )

    @property
    def key(self) -> bytes:
        if self._key is None:
            raise AuthenticationError("de database is vergrendeld")
        return bytes(self._key)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error."""
        if self._key is None:
            raise AuthenticationError("de database is vergrendeld")
        with self._sessionmaker() as session, session.begin():
            yield session

    def close(self) -> None:
        """Drop the key from memory, close every connection and release the store lock."""
        self._drop()
        if self.store_lock is not None:
            self.store_lock.release()
            self.store_lock = None

    def _drop(self) -> None:
        self.engine.dispose()
        if self._key is not None:
            for i in range(len(self._key)):
                self._key[i] = 0
            self._key = None

    @property
    def locked(self) -> bool:
        return self._key is None

    def lock(self) -> None:
        """Auto-lock: drop the key and all connections; `unlock` needs a password again."""
        self.close()

    def unlock(self, username: str, secret: str, *, recovery: bool = False) -> None:
        """Unlock a locked vault again with an account password (or the recovery key).
        Failed attempts count toward the lockout delay like at opening."""
        lock = self.store_lock or FileLock(lock_path(self.path))
        lock.shared()
        try:
            store_guard.prepare(self.path, lock)
            slots, key = store_guard.sign_in(self.path, username, secret, recovery=recovery)
            self.store_lock = lock
            self.rebind(slots, key)
        except BaseException:
            if self._key is None:
                lock.release()
                self.store_lock = None
            raise

    def rebind(self, slots: SlotFile, key: bytes) -> None:
        """Use this slot file and data key from now on (after unlock or a re-key); the
        store lock stays as it is."""
        fresh = _build(self.path, slots, key, page_cache_mb=self.page_cache_mb)
        self._drop()
        self.slots, self.engine, self._sessionmaker = slots, fresh.engine, fresh._sessionmaker
        self._key = fresh._key
        self.db_salt = fresh.db_salt

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _build(
    path: Path,
    slots: SlotFile,
    key: bytes,
    store_lock: FileLock | None = None,
    *,
    page_cache_mb: float | None = None,
) -> Vault:
    engine = create_encrypted_engine(path, key, page_cache_mb=page_cache_mb)

    # BEGIN IMMEDIATE: every writing unit of work takes the write lock up front, so the audit
    # chain (read last MAC, append) can never interleave between two processes. Read units
    # (`read_session`, the open probe) begin deferred and take no write lock.
    @event.listens_for(engine, "connect")
    def _no_implicit_tx(dbapi_conn, _rec) -> None:
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN" if conn.info.get(READ_INFO) else "BEGIN IMMEDIATE")

    maker = sessionmaker(engine, expire_on_commit=False)
    try:
        salt = anchors.db_salt(path)
    except OSError:
        salt = ""
    return Vault(
        path=path,
        slots=slots,
        engine=engine,
        _key=bytearray(key),
        _sessionmaker=maker,
        store_lock=store_lock,
        db_salt=salt,
        page_cache_mb=page_cache_mb,
    )


def _upgrade(engine: Engine) -> None:
    """Alembic's upgrade to the newest schema. Alembic is imported here, deliberately late
    (module rules): a session that opens an up-to-date store never loads it."""
    from h4casus.storage import migrations

    migrations.upgrade(engine)


@dataclass(frozen=True)
class InitResult:
    vault: Vault
    recovery_key: str
    kdf_seconds: float
    weak_kdf: bool = False  # test parameters (see config.kdf_target_seconds)


def init_store(
    path: Path, admin: str, password: str, display_name: str | None = None
) -> InitResult:
    """A new encrypted database with its slot file, the default configuration and the admin
    account (roles beheerder and teamleider for all teams)."""
    admin = text(admin, "gebruikersnaam", max_len=64)
    check_password(password, username=admin)
    slot_path = slot_path_for(path)
    if path.exists() or slot_path.exists():
        raise ValidationError(f"{path} bestaat al; kies een nieuwe plek", "db")
    target_seconds = kdf_target_seconds()
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(lock_path(path)).exclusive()
    if path.exists() or slot_path.exists():
        lock.release()
        raise ValidationError(f"{path} bestaat al; kies een nieuwe plek", "db")
    key = keyslots.new_data_key()
    recovery = keyslots.new_recovery_key()
    calibration = keyslots.calibrate(target_seconds)
    slots = SlotFile(path=slot_path, store_id=str(uuid.uuid4()))
    slots.add(keyslots.user_slot_id(admin), password, key, calibration)
    slots.add(keyslots.RECOVERY_SLOT, keyslots.normalise_recovery_key(recovery), key, calibration)
    slots.seal(key)
    vault = _build(path, slots, key, lock)
    try:
        _upgrade(vault.engine)
        vault.db_salt = anchors.db_salt(path)
        with vault.session() as s:
            seed_configuration(s)
            create_account_row(
                s, admin, display_name or admin, [(Role.BEHEERDER, None), (Role.TEAMLEIDER, None)]
            )
            store_guard.mark_anchored(s)
        anchors.write_new(
            anchor_path(path),
            anchors.Anchor(slots.store_id, 0, "", vault.db_salt).sealed(key),
        )
        slots.save()
    except BaseException:
        vault.close()
        for p in store_guard.store_files_to_remove(path):
            p.unlink(missing_ok=True)
        raise
    lock.shared()
    os.chmod(path, 0o600)
    weak = keyslots.KdfParams(b"", calibration.iterations, calibration.memory_kib).weak
    return InitResult(
        vault=vault, recovery_key=recovery, kdf_seconds=calibration.seconds, weak_kdf=weak
    )


def seed_configuration(s: Session) -> None:
    """Load the default configuration documents into the database (idempotent)."""
    for i, lg in enumerate(load_default("leefgebieden")["leefgebieden"]):
        if s.get(m.Leefgebied, lg["code"]) is None:
            s.add(m.Leefgebied(code=lg["code"], name=lg["name"], position=i))
    for lvl in load_default("escalation_ladder")["levels"]:
        if s.get(m.EscalationLevel, lvl["code"]) is None:
            s.add(
                m.EscalationLevel(
                    code=lvl["code"],
                    rank=lvl["rank"],
                    colour=lvl["colour"],
                    hex=lvl["hex"],
                    situation=lvl["situation"],
                    casusregie=lvl["casusregie"],
                    procesregie=lvl["procesregie"],
                    operational=lvl["operational"],
                    bestuurlijk=lvl["bestuurlijk"],
                    review_interval_days=lvl["review_interval_days"],
                    requires_approval=lvl["requires_approval"],
                )
            )
    for inst in load_default("instruments")["instruments"]:
        if s.get(m.Instrument, inst["code"]) is None:
            s.add(
                m.Instrument(
                    code=inst["code"],
                    name=inst["name"],
                    scope=inst["scope"],
                    domains=[
                        m.InstrumentDomain(code=d["code"], name=d["name"], position=i)
                        for i, d in enumerate(inst["domains"])
                    ],
                    levels=[
                        m.InstrumentLevel(score=lv["score"], label=lv["label"])
                        for lv in inst["levels"]
                    ],
                )
            )
    # Settings are not seeded: their defaults are declared in services.core.settings and only
    # what the beheerder changes is stored. The transition document holds data (areas, list).
    if s.get(m.Setting, "transition") is None:
        doc = load_default("transition")
        s.add(m.Setting(key="transition", value=json.dumps(doc, ensure_ascii=False)))
    s.flush()


def unlock_key(
    path: Path, username: str, secret: str, *, recovery: bool = False
) -> tuple[SlotFile, bytes]:
    if not path.exists():
        raise IntegrityFailure(f"database {path} bestaat niet")
    slots = SlotFile.load(slot_path_for(path))
    if recovery:
        key = slots.unwrap(keyslots.RECOVERY_SLOT, keyslots.normalise_recovery_key(secret))
    else:
        key = slots.unwrap(keyslots.user_slot_id(username), secret)
    slots.verify_seal(key)
    return slots, key


def open_store(
    path: Path,
    username: str,
    secret: str,
    *,
    recovery: bool = False,
    migrate: bool = True,
    accept_lost_commits: bool = False,
    page_cache_mb: float | None = None,
) -> Vault:
    """Unlock with a password (or the recovery key), verify, and migrate if needed.
    `page_cache_mb`: each connection's page cache (storage.engine: PAGE_CACHE_MB when None,
    DESKTOP_PAGE_CACHE_MB for the desktop).

    Holds the store lock shared from here until `close` (see module rules). A database behind
    its audit anchor is refused (IntegrityFailure) unless `accept_lost_commits` (a beheerder
    who chose to go on with what is there: logged, and the anchor moves to the database)."""
    path = Path(path)
    lock = FileLock(lock_path(path))
    lock.shared(
        message="de database is in gebruik: er loopt een sleutelwissel of een herstel; "
        "probeer het over enkele ogenblikken opnieuw"
    )
    try:
        store_guard.prepare(path, lock)
        slots, key = store_guard.sign_in(path, username, secret, recovery=recovery)
        vault = _build(path, slots, key, lock, page_cache_mb=page_cache_mb)
    except BaseException:
        lock.release()
        raise
    try:
        try:
            probe(vault.engine, path, read=READ_INFO)
            opens = True
        except IntegrityFailure:
            opens = False
        promoted = store_guard.settle_legacy(
            path, lock, username, secret, recovery=recovery, current_opens=opens
        )
        if promoted is not None:
            vault.rebind(*promoted)
        elif not opens:
            probe(vault.engine, path, read=READ_INFO)  # raises the clear message again
        if migrate and schema_version.needs_upgrade(vault.engine):
            backup_before_migration(vault)
            _upgrade(vault.engine)
            with vault.session() as s:
                seed_configuration(s)
        store_guard.check_anchor(vault, accept_lost_commits=accept_lost_commits)
    except BaseException:
        vault.close()
        raise
    return vault
