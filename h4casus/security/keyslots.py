"""Key slots: the random 256-bit data key, wrapped once per account and once for recovery.

Each slot stretches a secret with Argon2id and wraps the data key with AES-256-GCM. The slot
file is JSON beside the database, written atomically (temp file, fsync, rename). Two checks
guard it: a SHA-256 checksum over the content (damage gives an IntegrityFailure before any
password is tried) and, after unlocking, an HMAC keyed from the data key (a slot file that was
edited by someone without the key is refused as tampered).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from h4casus.domain.errors import AuthenticationError, IntegrityFailure

FORMAT = "h4casus-keyslots"
# 2: the sealed body may hold the log inbox key ("inbox"); older versions would report such a
# file as changed, version 2 makes them say it was made by a newer h4casus instead.
FORMAT_VERSION = 2
DATA_KEY_BYTES = 32
RECOVERY_SLOT = "recovery"

# Argon2id parameters. Production calibration keeps 64 MiB and raises the iterations until
# one derivation takes the target time (about 0.5 s). Only a tiny target (test runs) may go
# below that memory, never below the floor.
DEFAULT_MEMORY_KIB = 64 * 1024
FLOOR_MEMORY_KIB = 8 * 1024
LANES = 4
MAX_ITERATIONS = 64
# What a slot file may ask for before anything is derived: outside these bounds it was
# edited (or made by something else), and deriving could crash or hang the machine.
BOUNDS = {
    "memory_kib": (FLOOR_MEMORY_KIB, 1024 * 1024),
    "iterations": (1, MAX_ITERATIONS),
    "lanes": (1, 16),
    "salt": (16, 64),
}
# Below these a slot is weak; only test runs make such slots (see config.kdf_target_seconds).
STRONG_MEMORY_KIB = DEFAULT_MEMORY_KIB
STRONG_ITERATIONS = 2


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    iterations: int
    memory_kib: int
    lanes: int = LANES

    def derive(self, secret: str) -> bytes:
        kdf = Argon2id(
            salt=self.salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(secret.encode("utf-8"))

    def to_json(self) -> dict:
        return {
            "name": "argon2id",
            "salt": _b64(self.salt),
            "iterations": self.iterations,
            "memory_kib": self.memory_kib,
            "lanes": self.lanes,
        }

    @classmethod
    def from_json(cls, data: dict) -> KdfParams:
        if data.get("name") != "argon2id":
            raise IntegrityFailure("sleutelbestand gebruikt een onbekende sleutelafleiding")
        params = cls(
            salt=_unb64(data["salt"]),
            iterations=int(data["iterations"]),
            memory_kib=int(data["memory_kib"]),
            lanes=int(data["lanes"]),
        )
        params.validate()
        return params

    def validate(self) -> None:
        """IntegrityFailure when a parameter lies outside BOUNDS (checked before deriving)."""
        values = {
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
            "salt": len(self.salt),
        }
        for name, value in values.items():
            lo, hi = BOUNDS[name]
            if not lo <= value <= hi:
                raise IntegrityFailure(
                    f"sleutelbestand is gewijzigd buiten h4casus om: sleutelafleiding {name} = "
                    f"{value} ligt buiten {lo}..{hi}"
                )
        if self.memory_kib < 8 * self.lanes:
            raise IntegrityFailure(
                "sleutelbestand is gewijzigd buiten h4casus om: te weinig geheugen per baan"
            )

    @property
    def weak(self) -> bool:
        return self.memory_kib < STRONG_MEMORY_KIB or self.iterations < STRONG_ITERATIONS


@dataclass(frozen=True)
class Calibration:
    iterations: int
    memory_kib: int
    seconds: float


@functools.lru_cache(maxsize=4)
def calibrate(target_seconds: float) -> Calibration:
    """Pick Argon2id parameters so one derivation takes about `target_seconds` here
    (measured once per process: the machine does not change while it runs)."""
    memory = DEFAULT_MEMORY_KIB
    salt = os.urandom(16)

    def timed(iterations: int, memory_kib: int) -> float:
        start = time.perf_counter()
        KdfParams(salt, iterations, memory_kib).derive("calibration")
        return time.perf_counter() - start

    one = timed(1, memory)
    while one > target_seconds and memory > FLOOR_MEMORY_KIB and target_seconds < 0.25:
        memory = max(FLOOR_MEMORY_KIB, memory // 2)
        one = timed(1, memory)
    iterations = max(1, min(MAX_ITERATIONS, round(target_seconds / max(one, 1e-6))))
    if target_seconds >= 0.25:
        iterations = max(2, iterations)  # OWASP minimum for 64 MiB is t=1; keep a margin
    return Calibration(iterations=iterations, memory_kib=memory, seconds=one * iterations)


@dataclass
class Slot:
    slot_id: str  # "user:<name>" or "recovery"
    kdf: KdfParams
    nonce: bytes
    wrapped: bytes
    created_at: str
    failed_attempts: int = 0
    not_before: float = 0.0  # lockout delay after failed attempts (epoch seconds)
    # Re-keyable slots: `wrapped` holds an X25519 private key (wrapped with the stretched
    # secret) and `box` the data key sealed to its public key. A re-key seals the new data
    # key to every remaining public key without anyone's password (see `reseal`).
    public_key: bytes | None = None
    box: bytes | None = None

    def aad(self, store_id: str) -> bytes:
        return f"{FORMAT}|{store_id}|{self.slot_id}".encode()

    def box_aad(self, store_id: str) -> bytes:
        return f"{FORMAT}|box|{store_id}|{self.slot_id}".encode()

    def to_json(self) -> dict:
        return {
            "id": self.slot_id,
            "kdf": self.kdf.to_json(),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
            "created_at": self.created_at,
            "failed_attempts": self.failed_attempts,
            "not_before": self.not_before,
            **(
                {"public_key": _b64(self.public_key), "box": _b64(self.box or b"")}
                if self.public_key
                else {}
            ),
        }

    @classmethod
    def from_json(cls, data: dict) -> Slot:
        return cls(
            slot_id=str(data["id"]),
            kdf=KdfParams.from_json(data["kdf"]),
            nonce=_unb64(data["nonce"]),
            wrapped=_unb64(data["wrapped"]),
            created_at=str(data["created_at"]),
            failed_attempts=int(data.get("failed_attempts", 0)),
            not_before=float(data.get("not_before", 0.0)),
            public_key=_unb64(data["public_key"]) if data.get("public_key") else None,
            box=_unb64(data["box"]) if data.get("box") else None,
        )


def user_slot_id(username: str) -> str:
    return f"user:{username}"


def slot_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".keys")


def derive_subkey(data_key: bytes, purpose: str) -> bytes:
    """A separate key per purpose (slot-file MAC, audit chain, backups) via HKDF-SHA256."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode()).derive(
        data_key
    )


def _box_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=b"h4casus slot box"
    ).derive(shared)


def seal_box(recipient_public: bytes, data_key: bytes, aad: bytes) -> bytes:
    """ECIES: ephemeral X25519 + HKDF-SHA256 + AES-256-GCM. Output: ephemeral || nonce || ct."""
    ephemeral = X25519PrivateKey.generate()
    eph_pub = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    nonce = os.urandom(12)
    ct = AESGCM(_box_key(shared, eph_pub, recipient_public)).encrypt(nonce, data_key, aad)
    return eph_pub + nonce + ct


def open_box(private_raw: bytes, box: bytes, aad: bytes) -> bytes:
    private = X25519PrivateKey.from_private_bytes(private_raw)
    eph_pub, nonce, ct = box[:32], box[32:44], box[44:]
    shared = private.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    recipient = private.public_key().public_bytes_raw()
    return AESGCM(_box_key(shared, eph_pub, recipient)).decrypt(nonce, ct, aad)


def format_recovery_key(raw: bytes) -> str:
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalise_recovery_key(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


@dataclass
class SlotFile:
    """The slot file in memory. `save` writes it atomically; `load` checks it first."""

    path: Path
    store_id: str
    slots: dict[str, Slot] = field(default_factory=dict)
    mac: str | None = None
    # Public half of the log inbox key (derived from the data key; see security.lockout):
    # failed sign-ins are sealed to it so that only a key holder can read them.
    inbox: bytes | None = None
    format_version: int = FORMAT_VERSION  # as loaded; `seal` moves it to the current one

    # ------------------------------------------------------------------ persistence
    @staticmethod
    def _checksum(body: dict) -> str:
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
        return hashlib.sha256(canonical).hexdigest()

    def _body(self) -> dict:
        return {
            "format": FORMAT,
            "format_version": self.format_version,
            "store_id": self.store_id,
            "slots": [s.to_json() for s in sorted(self.slots.values(), key=lambda s: s.slot_id)],
            "mac": self.mac,
            **({"inbox": _b64(self.inbox)} if self.inbox else {}),
        }

    def _mac_input(self) -> bytes:
        # Lockout counters change without the key, so they are outside the MAC.
        body = self._body()
        body["mac"] = None
        for s in body["slots"]:
            s.pop("failed_attempts", None)
            s.pop("not_before", None)
        return json.dumps(body, sort_keys=True, separators=(",", ":")).encode()

    def seal(self, data_key: bytes) -> None:
        self.format_version = FORMAT_VERSION
        self.inbox = inbox_public(data_key)
        key = derive_subkey(data_key, "h4casus slot file mac")
        self.mac = hmac.new(key, self._mac_input(), hashlib.sha256).hexdigest()

    def verify_seal(self, data_key: bytes) -> None:
        key = derive_subkey(data_key, "h4casus slot file mac")
        expected = hmac.new(key, self._mac_input(), hashlib.sha256).hexdigest()
        if self.mac is None or not hmac.compare_digest(expected, self.mac):
            raise IntegrityFailure(
                f"sleutelbestand {self.path.name} is gewijzigd buiten h4casus om (controle mislukt)"
            )

    def save(self) -> None:
        body = self._body()
        body["checksum"] = self._checksum(self._body())
        data = json.dumps(body, indent=2, sort_keys=True).encode("utf-8")
        atomic_write(self.path, data)

    @classmethod
    def load(cls, path: Path) -> SlotFile:
        if not path.exists():
            raise IntegrityFailure(f"sleutelbestand {path.name} ontbreekt naast de database")
        try:
            raw = json.loads(path.read_bytes().decode("utf-8"))
            checksum = raw.pop("checksum")
            if raw.get("format") != FORMAT:
                raise ValueError("format")
            if int(raw.get("format_version", 0)) > FORMAT_VERSION:
                raise IntegrityFailure(
                    f"sleutelbestand {path.name} is gemaakt door een nieuwere h4casus"
                )
            if not hmac.compare_digest(cls._checksum(raw), str(checksum)):
                raise ValueError("checksum")
            slots = {s.slot_id: s for s in (Slot.from_json(x) for x in raw["slots"])}
            inbox = _unb64(raw["inbox"]) if raw.get("inbox") else None
            return cls(
                path=path,
                store_id=str(raw["store_id"]),
                slots=slots,
                mac=raw.get("mac"),
                inbox=inbox,
                format_version=int(raw.get("format_version", 1)),
            )
        except IntegrityFailure:
            raise
        except Exception:
            raise IntegrityFailure(
                f"sleutelbestand {path.name} is beschadigd of geen h4casus-sleutelbestand"
            ) from None

    # ------------------------------------------------------------------ slots
    def add(self, slot_id: str, secret: str, data_key: bytes, calibration: Calibration) -> None:
        kdf = KdfParams(os.urandom(16), calibration.iterations, calibration.memory_kib)
        slot = Slot(
            slot_id=slot_id,
            kdf=kdf,
            nonce=os.urandom(12),
            wrapped=b"",
            created_at=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        )
        wrapping_key = kdf.derive(secret)
        private = X25519PrivateKey.generate()
        slot.public_key = private.public_key().public_bytes_raw()
        slot.wrapped = AESGCM(wrapping_key).encrypt(
            slot.nonce, private.private_bytes_raw(), slot.aad(self.store_id)
        )
        slot.box = seal_box(slot.public_key, data_key, slot.box_aad(self.store_id))
        self.slots[slot_id] = slot

    def reseal(self, data_key: bytes) -> None:
        """Seal a new data key to every slot (after a re-key); needs no password."""
        for slot in self.slots.values():
            if slot.public_key is None:
                raise IntegrityFailure(
                    f"sleutel {slot.slot_id} is van een oud formaat; stel eerst een nieuw "
                    "wachtwoord in voor dit account"
                )
            slot.box = seal_box(slot.public_key, data_key, slot.box_aad(self.store_id))

    def remove(self, slot_id: str) -> None:
        self.slots.pop(slot_id, None)

    def unwrap(self, slot_id: str, secret: str) -> bytes:
        """The data key, or AuthenticationError. Does not save lockout counters."""
        slot = self.slots.get(slot_id)
        if slot is None:
            # Same message as a wrong password, and the same time (the parameters of a real
            # slot): no user enumeration.
            like = next(iter(self.slots.values()), None)
            params = like.kdf if like else KdfParams(os.urandom(16), 1, FLOOR_MEMORY_KIB)
            KdfParams(os.urandom(16), params.iterations, params.memory_kib, params.lanes).derive(
                secret
            )
            raise AuthenticationError("gebruikersnaam of wachtwoord onjuist")
        try:
            wrapping_key = slot.kdf.derive(secret)
            key = AESGCM(wrapping_key).decrypt(slot.nonce, slot.wrapped, slot.aad(self.store_id))
            if slot.public_key is not None:
                key = open_box(key, slot.box or b"", slot.box_aad(self.store_id))
        except InvalidTag:
            raise AuthenticationError("gebruikersnaam of wachtwoord onjuist") from None
        if len(key) != DATA_KEY_BYTES:
            raise IntegrityFailure("sleutelbestand bevat een ongeldige sleutel")
        return key


def inbox_private(data_key: bytes) -> bytes:
    """The private half of the log inbox key (X25519), derived from the data key."""
    return derive_subkey(data_key, "h4casus log inbox")


def inbox_public(data_key: bytes) -> bytes:
    private = X25519PrivateKey.from_private_bytes(inbox_private(data_key))
    return private.public_key().public_bytes_raw()


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def new_recovery_key() -> str:
    return format_recovery_key(secrets.token_bytes(20))


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temp file in the same directory, fsync, rename over, fsync the directory."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):
        dfd = os.open(path.parent, os.O_DIRECTORY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
