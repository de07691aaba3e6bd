"""Creating and opening the encrypted store: slot file + SQLCipher database + migrations."""

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
from h4casus.security import keyslots
from h4casus.security.keyslots import SlotFile, slot_path_for
from h4casus.security.passwords import check_password
from h4casus.storage import migrations
from h4casus.storage import models as m
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
        """Drop the key from memory and close every connection."""
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
        from h4casus.security import lockout

        lockout.check(self.path, username)
        try:
            slots, key = unlock_key(self.path, username, secret, recovery=recovery)
        except AuthenticationError:
            lockout.record_failure(self.path, username)
            raise
        lockout.record_success(self.path, username)
        self.rebind(slots, key)

    def rebind(self, slots: SlotFile, key: bytes) -> None:
        """Use this slot file and data key from now on (after unlock or a re-key)."""
        fresh = _build(self.path, slots, key)
        self.close()
        self.slots, self.engine, self._sessionmaker = slots, fresh.engine, fresh._sessionmaker
        self._key = fresh._key

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _build(path: Path, slots: SlotFile, key: bytes) -> Vault:
    engine = create_encrypted_engine(path, key)

    # BEGIN IMMEDIATE: every unit of work takes the write lock up front, so the audit chain
    # (read last MAC, append) can never interleave between two processes.
    @event.listens_for(engine, "connect")
    def _no_implicit_tx(dbapi_conn, _rec) -> None:
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    maker = sessionmaker(engine, expire_on_commit=False)
    return Vault(path=path, slots=slots, engine=engine, _key=bytearray(key), _sessionmaker=maker)


@dataclass(frozen=True)
class InitResult:
    vault: Vault
    recovery_key: str
    kdf_seconds: float


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
    path.parent.mkdir(parents=True, exist_ok=True)
    key = keyslots.new_data_key()
    recovery = keyslots.new_recovery_key()
    calibration = keyslots.calibrate(kdf_target_seconds())
    slots = SlotFile(path=slot_path, store_id=str(uuid.uuid4()))
    slots.add(keyslots.user_slot_id(admin), password, key, calibration)
    slots.add(keyslots.RECOVERY_SLOT, keyslots.normalise_recovery_key(recovery), key, calibration)
    slots.seal(key)
    vault = _build(path, slots, key)
    try:
        migrations.upgrade(vault.engine)
        with vault.session() as s:
            seed_configuration(s)
            create_account_row(
                s, admin, display_name or admin, [(Role.BEHEERDER, None), (Role.TEAMLEIDER, None)]
            )
        slots.save()
    except BaseException:
        vault.close()
        for p in (path, slot_path, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
            p.unlink(missing_ok=True)
        raise
    os.chmod(path, 0o600)
    return InitResult(vault=vault, recovery_key=recovery, kdf_seconds=calibration.seconds)


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
    path: Path, username: str, secret: str, *, recovery: bool = False, migrate: bool = True
) -> Vault:
    """Unlock with a password (or the recovery key), verify, and migrate if needed."""
    from h4casus.security import lockout

    lockout.check(path, username)
    from h4casus.services.store.keys import settle_interrupted_rekey

    settle_interrupted_rekey(path, username, secret, recovery=recovery)
    try:
        slots, key = unlock_key(path, username, secret, recovery=recovery)
    except AuthenticationError:
        lockout.record_failure(path, username)
        raise
    lockout.record_success(path, username)
    vault = _build(path, slots, key)
    try:
        probe(vault.engine, path)
        if migrate and migrations.needs_upgrade(vault.engine):
            from h4casus.services.store.backup import backup_before_migration

            backup_before_migration(vault)
            migrations.upgrade(vault.engine)
            with vault.session() as s:
                seed_configuration(s)
    except BaseException:
        vault.close()
        raise
    return vault
