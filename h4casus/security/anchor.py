"""The audit anchor: the head of the audit chain (sequence number and MAC) kept outside the
database, in `<db>.anchor`, so that a database that went *back* is found.

Rules:
- The anchor holds the store id, the id and MAC of the newest audit row, and the salt of the
  database file (its first 16 bytes, new with every re-key or restore). An HMAC-SHA256 with a
  key derived from the data key seals it: without the key it cannot be forged.
- It only ever moves forward: a writer replaces it only with a higher sequence number, under
  an exclusive lock on the anchor file, in place (one small write, no fsync). Process order
  after a commit therefore cannot move it back.
- It is written *after* the commit. A crash between commit and anchor leaves the anchor one
  step behind (harmless: less is detected, nothing false). It is never written ahead.
- `check` finds: an anchor for another store or another database file, a database whose
  newest row is older than the anchor (lost commits, a deleted or truncated WAL, an older
  copy), and a row at the anchored sequence with another MAC (a different history).
- What cannot be found: the database and the anchor replaced together by older copies of
  both; and with `synchronous = NORMAL` a power cut can lose the last commits while their
  anchor survived, which then reads as "behind" (see SECURITY.md for the way out).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path

import portalocker

from h4casus.domain.errors import IntegrityFailure
from h4casus.security.keyslots import derive_subkey

FORMAT = "h4casus-anchor"
SALT_BYTES = 16


@dataclass(frozen=True)
class Anchor:
    store_id: str
    seq: int
    head_mac: str  # hex
    db_salt: str  # hex of the database file's first 16 bytes
    mac: str = ""

    def body(self) -> dict:
        return {
            "format": FORMAT,
            "store_id": self.store_id,
            "seq": self.seq,
            "head_mac": self.head_mac,
            "db_salt": self.db_salt,
        }

    def _mac_input(self) -> bytes:
        return json.dumps(self.body(), sort_keys=True, separators=(",", ":")).encode()

    def sealed(self, data_key: bytes) -> Anchor:
        mac = hmac.new(_key(data_key), self._mac_input(), hashlib.sha256).hexdigest()
        return Anchor(self.store_id, self.seq, self.head_mac, self.db_salt, mac)

    def verify(self, data_key: bytes) -> None:
        expected = hmac.new(_key(data_key), self._mac_input(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, self.mac):
            raise IntegrityFailure(
                "het ankerbestand van het logboek is gewijzigd buiten h4casus om of hoort bij "
                "een andere sleutel"
            )

    def to_bytes(self) -> bytes:
        return json.dumps({**self.body(), "mac": self.mac}, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes, name: str = "anker") -> Anchor:
        try:
            doc = json.loads(raw.decode("utf-8"))
            if doc.get("format") != FORMAT:
                raise ValueError
            return cls(
                str(doc["store_id"]),
                int(doc["seq"]),
                str(doc["head_mac"]),
                str(doc["db_salt"]),
                str(doc["mac"]),
            )
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError):
            raise IntegrityFailure(
                f"ankerbestand {name} is beschadigd of geen h4casus-anker"
            ) from None


def _key(data_key: bytes) -> bytes:
    return derive_subkey(data_key, "h4casus audit anchor")


def db_salt(db_path: Path) -> str:
    """The database file's first 16 bytes (SQLCipher's per-file salt), hex."""
    with open(db_path, "rb") as fh:
        return fh.read(SALT_BYTES).hex()


def read(path: Path) -> Anchor | None:
    try:
        with open(path, "rb") as fh:
            portalocker.lock(fh, portalocker.LOCK_SH)
            try:
                raw = fh.read()
            finally:
                portalocker.unlock(fh)
    except FileNotFoundError:
        return None
    return Anchor.from_bytes(raw, path.name)


def write_new(path: Path, anchor: Anchor) -> None:
    """A whole new anchor file (temp, fsync, rename): for init, re-key, restore."""
    from h4casus.security.keyslots import atomic_write

    atomic_write(path, anchor.to_bytes())


def advance(path: Path, anchor: Anchor) -> None:
    """Move the anchor forward to `anchor` (sealed), never back (see module rules)."""
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return  # no anchor yet (a store from before anchors): `check` makes one
    with os.fdopen(fd, "r+b", buffering=0) as fh:
        portalocker.lock(fh, portalocker.LOCK_EX)
        try:
            try:
                current = Anchor.from_bytes(fh.read())
            except IntegrityFailure:
                return  # damaged: `check` reports it at the next open; do not hide it
            if current.seq >= anchor.seq or current.db_salt != anchor.db_salt:
                return  # never back; another file's anchor is only replaced as a whole
            data = anchor.to_bytes()
            fh.seek(0)
            fh.write(data)
            fh.truncate(len(data))
        finally:
            portalocker.unlock(fh)


def check(anchor: Anchor, data_key: bytes, *, store_id: str, salt: str, head, mac_at) -> None:
    """IntegrityFailure when the database is not the one the anchor vouches for, or behind it.

    `head` is (id, mac bytes) of the newest audit row or None; `mac_at(seq)` the MAC of row
    `seq` or None."""
    anchor.verify(data_key)
    if anchor.store_id != store_id:
        raise IntegrityFailure("het ankerbestand van het logboek hoort bij een andere database")
    if anchor.db_salt != salt:
        raise IntegrityFailure(
            "het databasebestand is vervangen: het hoort niet bij het anker van het logboek "
            "(een oudere kopie of een ander bestand)"
        )
    last = head[0] if head else 0
    if last < anchor.seq:
        raise IntegrityFailure(
            f"de database loopt achter op het anker van het logboek: rij {last} is de "
            f"laatste, het anker staat op rij {anchor.seq} ({anchor.seq - last} vastgelegde "
            "logregels en de wijzigingen erbij ontbreken: een verwijderd of afgekapt "
            "-wal-bestand, een oudere kopie, of stroomuitval direct na het opslaan)"
        )
    if anchor.seq:
        found = mac_at(anchor.seq)
        if found is None or found.hex() != anchor.head_mac:
            raise IntegrityFailure(
                f"logboekrij {anchor.seq} is niet die van het anker: de database heeft een "
                "andere geschiedenis dan het anker"
            )
