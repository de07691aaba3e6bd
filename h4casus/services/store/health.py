"""The last `verify` and the last backup of a store, kept for the beheerder's worklist.

Rules:
- Each is one small JSON document in the `settings` table (like the audit head and the
  anchor marker: store bookkeeping, not a setting): `health.verify` (when, by whom, in order
  or not, the problems and the lines of the report) and `health.backup` (when, which file,
  its size, by whom or automatic, and the check of the written file).
- The access log keeps the events themselves (`verify` as an `audit.read` row whose detail
  says the result, `backup.run` / `backup.scheduled`); these documents only spare the
  worklist a search through the log.
- Writing happens inside the caller's unit of work; reading is one primary-key lookup each.
- A damaged document reads as "not known" (None), never as an error.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from h4casus.storage import models as m

VERIFY_KEY = "health.verify"
BACKUP_KEY = "health.backup"
MAX_LINES = 20


@dataclass(frozen=True)
class VerifyRecord:
    at: str  # ISO 8601
    username: str
    ok: bool
    problems: tuple[str, ...]
    lines: tuple[str, ...]


@dataclass(frozen=True)
class BackupRecord:
    at: str  # ISO 8601
    username: str
    file: str  # the file name (the folder is the beheerder's choice, not shown)
    size: int
    scheduled: bool
    check_ok: bool
    check: str  # the check of the written file, in words


def _write(s: Session, key: str, doc: dict[str, Any]) -> None:
    value = json.dumps(doc, ensure_ascii=False)
    row = s.get(m.Setting, key)
    if row is None:
        s.add(m.Setting(key=key, value=value))
    else:
        row.value = value
    s.flush()


def _read(s: Session, key: str) -> dict[str, Any] | None:
    row = s.get(m.Setting, key)
    if row is None:
        return None
    try:
        doc = json.loads(row.value)
    except ValueError:
        return None
    return doc if isinstance(doc, dict) else None


def record_verify(
    s: Session, at: str, username: str, problems: list[str], lines: list[str]
) -> None:
    _write(
        s,
        VERIFY_KEY,
        {
            "at": at,
            "username": username,
            "ok": not problems,
            "problems": [p[:400] for p in problems[:MAX_LINES]],
            "lines": [line[:400] for line in lines[:MAX_LINES]],
        },
    )


def record_backup(
    s: Session,
    at: str,
    username: str,
    file: str,
    size: int,
    *,
    scheduled: bool,
    check_ok: bool,
    check: str,
) -> None:
    _write(
        s,
        BACKUP_KEY,
        {
            "at": at,
            "username": username,
            "file": file,
            "size": size,
            "scheduled": scheduled,
            "check_ok": check_ok,
            "check": check[:400],
        },
    )


def last_verify(s: Session) -> VerifyRecord | None:
    doc = _read(s, VERIFY_KEY)
    try:
        return VerifyRecord(
            str(doc["at"]),
            str(doc["username"]),
            bool(doc["ok"]),
            tuple(str(p) for p in doc.get("problems", ())),
            tuple(str(p) for p in doc.get("lines", ())),
        )
    except (TypeError, KeyError):
        return None


def last_backup(s: Session) -> BackupRecord | None:
    doc = _read(s, BACKUP_KEY)
    try:
        return BackupRecord(
            str(doc["at"]),
            str(doc["username"]),
            str(doc["file"]),
            int(doc["size"]),
            bool(doc["scheduled"]),
            bool(doc["check_ok"]),
            str(doc["check"]),
        )
    except (TypeError, KeyError, ValueError):
        return None
