"""Failed sign-ins: the lockout delay, the serialisation of guesses, and the record of failed
attempts until someone holding the key can write it into the access log.

Rules:
- Everything lives in `<db>.lockout`, never in the slot file: a wrong password never rewrites
  the slot file, so it can never write back a stale one (e.g. across a re-key).
- The lockout file is also the *key-file guard*: every sign-in attempt and every change of
  the slot file (user add, password change, recovery, re-key) holds its exclusive lock
  (`KeyGuard`). Guesses are therefore evaluated one at a time, a counter update is never
  lost, and a slot file is only ever changed by one process that read the latest one.
  The file is rewritten in place under that lock (never renamed: the lock is on the file).
- Counters are kept per user name, whether or not the account exists, so "te veel mislukte
  pogingen" appears for every name alike (no enumeration). The name is stored hashed.
- After 3 failures each further attempt waits 2, 4, 8 ... seconds, at most 5 minutes.
- Failed attempts are kept as sealed records (X25519 box to the store's log inbox key, whose
  public half is in the sealed slot file): nobody without the key reads which names were
  tried. The next successful sign-in appends them to the access log and drops them.
- The file is not authenticated (it is written without the key): someone with write access
  to the folder can reset it. Offline guessing is bounded by Argon2id, not by this delay.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from h4casus.domain.errors import AuthenticationError
from h4casus.security.file_lock import FileLock
from h4casus.security.store_files import lockout_path

FORMAT = "h4casus-lockout"
FREE_ATTEMPTS = 3
MAX_DELAY = 300.0
MAX_ACCOUNTS = 2000  # names tracked; the oldest expired ones go first
MAX_EVENTS = 1000  # failed attempts waiting for the log; the oldest go first


def delay_for(failures: int) -> float:
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY, 2.0 ** (failures - FREE_ATTEMPTS + 1))


def _name_hash(username: str) -> str:
    return hashlib.sha256(b"h4casus lockout|" + username.encode("utf-8")).hexdigest()[:32]


def locked_out_message(username: str, wait: float) -> str:
    shown = "".join(ch for ch in username[:64] if ch.isprintable())
    return (
        f"te veel mislukte pogingen voor {shown}; probeer het over {int(wait) + 1} seconden opnieuw"
    )


@dataclass(frozen=True)
class PendingEvent:
    seq: int
    at: str
    username: str
    workstation: str
    reason: str


class KeyGuard:
    """The exclusive lock on `<db>.lockout` plus its content (see module rules)."""

    def __init__(self, db_path: Path, timeout: float | None = None) -> None:
        self.db_path = Path(db_path)
        self.lock = FileLock(lockout_path(self.db_path), "het sleutelbestand")
        self.timeout = timeout
        self.data: dict = {}

    # ------------------------------------------------------------------ file
    def __enter__(self) -> KeyGuard:
        self.lock.exclusive(self.timeout)
        try:
            self.data = self._read()
        except BaseException:
            self.lock.release()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.lock.release()

    def _read(self) -> dict:
        fh = self.lock.file
        fh.seek(0)
        raw = fh.read()
        fresh = {"format": FORMAT, "epoch": secrets.token_hex(8), "next_seq": 1}
        if not raw:
            return {**fresh, "accounts": {}, "events": []}
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError
            data.setdefault("accounts", {})
            data.setdefault("events", [])
            return data
        except (ValueError, UnicodeDecodeError, AttributeError):
            # A damaged counter file counts as reset (as deleting it would); start again.
            return {**fresh, "accounts": {}, "events": []}

    def save(self) -> None:
        self._prune()
        body = json.dumps(self.data, sort_keys=True, separators=(",", ":")).encode("utf-8")
        fh = self.lock.file
        fh.seek(0)
        fh.write(body)
        fh.truncate(len(body))
        fh.flush()
        os.fsync(fh.fileno())

    def _prune(self, now: float | None = None) -> None:
        now = time.time() if now is None else now
        accounts = self.data["accounts"]
        if len(accounts) > MAX_ACCOUNTS:
            expired = sorted(
                (k for k, v in accounts.items() if v.get("not_before", 0) <= now),
                key=lambda k: accounts[k].get("last", 0),
            )
            for k in expired[: len(accounts) - MAX_ACCOUNTS]:
                del accounts[k]
        events = self.data["events"]
        if len(events) > MAX_EVENTS:
            del events[: len(events) - MAX_EVENTS]

    # ------------------------------------------------------------------ counters
    def _entry(self, username: str) -> dict:
        return self.data["accounts"].get(_name_hash(username), {})

    def check(self, username: str, now: float | None = None) -> None:
        """AuthenticationError while `username` must wait (any name, existing or not)."""
        now = time.time() if now is None else now
        not_before = float(self._entry(username).get("not_before", 0.0))
        if not_before > now:
            raise AuthenticationError(locked_out_message(username, not_before - now))

    def failures(self, username: str) -> int:
        return int(self._entry(username).get("failures", 0))

    def not_before(self, username: str) -> float:
        """Until when (epoch seconds) `username` must wait before the next attempt."""
        return float(self._entry(username).get("not_before", 0.0))

    def record_failure(
        self,
        username: str,
        *,
        inbox: bytes | None,
        workstation: str,
        reason: str,
        now: float | None = None,
    ) -> None:
        now = time.time() if now is None else now
        entry = dict(self._entry(username))
        entry["failures"] = int(entry.get("failures", 0)) + 1
        entry["not_before"] = now + delay_for(entry["failures"])
        entry["last"] = now
        self.data["accounts"][_name_hash(username)] = entry
        self._event(username, inbox, workstation, reason, now)
        self.save()

    def note(self, username: str, *, workstation: str, reason: str) -> None:
        """A refused attempt that counts no further (e.g. during the lockout delay)."""
        from h4casus.security.keyslots import SlotFile, slot_path_for

        try:
            inbox = SlotFile.load(slot_path_for(self.db_path)).inbox
        except Exception:
            inbox = None
        self._event(username, inbox, workstation, reason, time.time())
        self.save()

    def _event(
        self, username: str, inbox: bytes | None, workstation: str, reason: str, now: float
    ) -> None:
        from h4casus.security.keyslots import seal_box

        if inbox is not None:
            seq = int(self.data.get("next_seq", 1))
            self.data["next_seq"] = seq + 1
            record = {
                "seq": seq,
                "at": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(now)),
                "username": username[:64],
                "workstation": workstation[:64],
                "reason": reason[:100],
            }
            plain = json.dumps(record, sort_keys=True).encode("utf-8")
            sealed = seal_box(inbox, plain, _event_aad(self.data["epoch"], seq))
            self.data["events"].append(
                {"seq": seq, "box": base64.b64encode(sealed).decode("ascii")}
            )

    def record_success(self, username: str) -> None:
        key = _name_hash(username)
        if key in self.data["accounts"]:
            del self.data["accounts"][key]
            self.save()

    # ------------------------------------------------------------------ pending events
    @property
    def epoch(self) -> str:
        return str(self.data.get("epoch", ""))

    def pending(self, inbox_private: bytes, after_seq: int = 0) -> list[PendingEvent]:
        """The failed attempts not yet in the log, oldest first (unreadable ones as such)."""
        from h4casus.security.keyslots import open_box

        out: list[PendingEvent] = []
        for ev in self.data["events"]:
            seq = int(ev.get("seq", 0))
            if seq <= after_seq:
                continue
            try:
                plain = open_box(
                    inbox_private, base64.b64decode(ev["box"]), _event_aad(self.epoch, seq)
                )
                rec = json.loads(plain.decode("utf-8"))
                out.append(
                    PendingEvent(
                        seq,
                        str(rec["at"]),
                        str(rec["username"]),
                        str(rec["workstation"]),
                        str(rec["reason"]),
                    )
                )
            except Exception:
                out.append(PendingEvent(seq, "", "?", "?", "onleesbaar (ander sleutelpaar)"))
        return out

    def drop_events(self, upto_seq: int) -> None:
        before = len(self.data["events"])
        self.data["events"] = [e for e in self.data["events"] if int(e["seq"]) > upto_seq]
        if len(self.data["events"]) != before:
            self.save()


def _event_aad(epoch: str, seq: int) -> bytes:
    return f"h4casus lockout event|{epoch}|{seq}".encode()
