"""The audit chain: each row's MAC = HMAC-SHA256(key, previous MAC || canonical row).

The key is derived (HKDF) from the data key, so only someone holding the key can extend the
chain, and any changed, removed or reordered row breaks every MAC after it."""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass

from h4casus.security.keyslots import derive_subkey

GENESIS = b"\x00" * 32
EVENTS = (
    "create",
    "read",
    "update",
    "delete",
    "search",
    "print",
    "export",
    "login",
    "admin",
    "denied",  # a refused action or sign-in (NEN 7513: unsuccessful attempts are logged too)
)


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: str
    event: str
    action: str
    username: str
    on_behalf_of: str | None
    workstation: str
    household_id: int | None
    person_id: int | None
    ground: str
    detail: str | None

    def canonical(self) -> bytes:
        return json.dumps(
            [
                self.id,
                self.at,
                self.event,
                self.action,
                self.username,
                self.on_behalf_of,
                self.workstation,
                self.household_id,
                self.person_id,
                self.ground,
                self.detail,
            ],
            separators=(",", ":"),
            ensure_ascii=False,
        ).encode("utf-8")


def audit_key(data_key: bytes) -> bytes:
    return derive_subkey(data_key, "h4casus audit chain")


def chain_mac(key: bytes, previous: bytes, record: AuditRecord) -> bytes:
    return hmac.new(key, previous + record.canonical(), hashlib.sha256).digest()


@dataclass(frozen=True)
class ChainBreak:
    row_id: int
    reason: str


def verify_chain(key: bytes, rows: list[tuple[AuditRecord, bytes]]) -> ChainBreak | None:
    """The first broken row, or None. Rows must come ordered by id."""
    previous = GENESIS
    expected_id = None
    for record, mac in rows:
        if expected_id is not None and record.id != expected_id:
            return ChainBreak(record.id, f"rij(en) vóór {record.id} ontbreken of staan verkeerd")
        if not hmac.compare_digest(chain_mac(key, previous, record), mac):
            return ChainBreak(record.id, "inhoud of volgorde gewijzigd")
        previous = mac
        expected_id = record.id + 1
    return None
