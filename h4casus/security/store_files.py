"""The files that make up one store, named in one place.

Rules:
- Every file the application keeps beside a database `<db>` is named here: the database and
  SQLite's companions, the slot file and its pending successor, the store lock, the lockout
  file, the audit anchor and its pending successor, the restore journal, the demo marker.
- Temporary files of long operations carry the pid of the process that made them
  (`.<name>.<pid>.<tag>`), so a later run can tell a stale one (its maker is dead) from one
  in use, and remove it (`stale_temp_files`).
- Nothing the CLI writes on a user's request may land on one of these (see `output_paths`).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

SQLITE_SUFFIXES = ("-wal", "-shm", "-journal")
COMPANION_SUFFIXES = (
    ".keys",
    ".keys.new",
    ".lock",
    ".lockout",
    ".anchor",
    ".anchor.new",
    ".restore",
    ".demo.json",
)


def _with(db: Path, suffix: str) -> Path:
    return db.with_name(db.name + suffix)


def sqlite_files(db: Path) -> list[Path]:
    """The database and the files SQLite keeps beside it."""
    return [db, *(_with(db, s) for s in SQLITE_SUFFIXES)]


def lock_path(db: Path) -> Path:
    return _with(db, ".lock")


def lockout_path(db: Path) -> Path:
    return _with(db, ".lockout")


def anchor_path(db: Path) -> Path:
    return _with(db, ".anchor")


def pending_anchor_path(db: Path) -> Path:
    return _with(db, ".anchor.new")


def restore_journal_path(db: Path) -> Path:
    return _with(db, ".restore")


def all_store_files(db: Path) -> list[Path]:
    """Every fixed file name that belongs to the store at `db`."""
    return [*sqlite_files(db), *(_with(db, s) for s in COMPANION_SUFFIXES)]


def temp_name(target: Path, tag: str) -> Path:
    """A temp file beside `target`, named after this process (see module rules)."""
    return target.with_name(f".{target.name}.{os.getpid()}.{tag}")


_TEMP = re.compile(r"^\.(?P<base>.+)\.(?P<pid>\d+)\.(?P<tag>[a-z]+(?:\.[a-z]+)?)$")


def pid_alive(pid: int) -> bool:
    """Whether process `pid` still runs. Where that cannot be asked safely (Windows: os.kill
    there terminates), every process counts as alive: its temp files are kept."""
    if pid <= 0:
        return False
    if pid == os.getpid() or os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists (another user's) or cannot tell: keep the file
    return True


def stale_temp_files(folder: Path, names: set[str] | None = None) -> list[Path]:
    """Temp files in `folder` (made by `temp_name`, or SQLite's -wal/-shm beside them) whose
    maker is dead. `names` limits it to temp files of these base names."""
    out: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return out
    for p in entries:
        name = p.name
        for suffix in SQLITE_SUFFIXES:
            if name.endswith(suffix):
                name = name[: -len(suffix)]
                break
        m = _TEMP.match(name)
        if m is None or (names is not None and m.group("base") not in names):
            continue
        if not p.is_symlink() and p.is_file() and not pid_alive(int(m.group("pid"))):
            out.append(p)
    return out
