"""The restore journal: putting a verified backup in place of a live store survives a crash.

Rules:
- The journal `<db>.restore` is written (atomically) only after the staged database, slot
  file and anchor were completely verified; it lists, per target, the staged file and where
  the old file goes aside.
- Then, per target: old file aside, staged file in. Then the aside files and the journal go.
- `roll` (run by whoever next holds the store lock exclusively, which proves the restoring
  process is dead) finishes the same steps: a staged file that still exists is moved in (its
  old file aside first), and what is left aside is removed. Because the staged files were
  verified before the journal existed, finishing is always right: rolled forward.
- Without a journal, a crash leaves only temp files (removed as stale) and the old store.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from h4casus.security.keyslots import atomic_write
from h4casus.security.store_files import restore_journal_path


def _fsync_dir(path: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(path, os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write(db_path: Path, moves: list[tuple[Path, Path]], remove: list[Path]) -> None:
    """`moves`: (staged file, target) pairs; `remove`: old companions to drop (e.g. -wal)."""
    doc = {
        "format": "h4casus-restore",
        "moves": [[staged.name, target.name] for staged, target in moves],
        "remove": [p.name for p in remove],
    }
    atomic_write(restore_journal_path(db_path), json.dumps(doc).encode("utf-8"))


def _aside(target: Path) -> Path:
    return target.with_name(target.name + ".voor-herstel")


def apply(db_path: Path) -> bool:
    """Carry out the journal (also after a crash); False when there is none."""
    journal = restore_journal_path(db_path)
    try:
        doc = json.loads(journal.read_bytes().decode("utf-8"))
        moves = [(db_path.with_name(a), db_path.with_name(b)) for a, b in doc["moves"]]
        remove = [db_path.with_name(n) for n in doc["remove"]]
    except FileNotFoundError:
        return False
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        # A journal that cannot be read was never completely written: nothing was moved.
        journal.unlink(missing_ok=True)
        return False
    folder = db_path.parent
    for p in remove:
        if p.exists():
            os.replace(p, _aside(p))
    for staged, target in moves:
        if staged.exists():
            if target.exists():
                os.replace(target, _aside(target))
            os.replace(staged, target)
    _fsync_dir(folder)
    for _staged, target in moves:
        _aside(target).unlink(missing_ok=True)
    for p in remove:
        _aside(p).unlink(missing_ok=True)
    journal.unlink(missing_ok=True)
    _fsync_dir(folder)
    return True


def roll(db_path: Path) -> bool:
    """Finish an interrupted restore (caller holds the store lock exclusively)."""
    return apply(db_path)
