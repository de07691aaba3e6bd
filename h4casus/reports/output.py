"""Writing a report to disk: the target is checked, the bytes go to a temp file beside it
(owner-only), are synced and renamed over the target.

Rules: refused (ValidationError, field "uitvoer", nothing written) are an existing directory,
a symlink, a device or anything else that is not a regular file, a folder that does not
exist, and the database's own files (`<db>`, `-wal`, `-shm`, `-journal`, `.keys`,
`.keys.new`), also under another name for the same file (a hard link). A failure midway
leaves the old target as it was and no temp file behind."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from h4casus.domain.errors import ValidationError

FIELD = "uitvoer"


def protected_files(db_path: Path | None) -> list[Path]:
    if db_path is None:
        return []
    db = Path(db_path)
    return [
        db,
        *(db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal", ".keys", ".keys.new")),
    ]


def _same(a: Path, b: Path) -> bool:
    try:
        if a.resolve() == b.resolve():
            return True
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def check_target(target: Path | str, db_path: Path | None = None) -> Path:
    """The target as a Path, or ValidationError saying why it cannot be written."""
    path = Path(target).expanduser()
    if not str(target).strip():
        raise ValidationError("geef een bestandsnaam", FIELD)
    if path.is_symlink():
        raise ValidationError(
            f"{path} is een symbolische koppeling; geef een gewoon bestand", FIELD
        )
    if path.exists():
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise ValidationError(f"{path} is een map; geef een bestandsnaam", FIELD)
        if not stat.S_ISREG(mode):
            raise ValidationError(f"{path} is geen gewoon bestand (apparaat of pijp)", FIELD)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(f"map {folder} bestaat niet", FIELD)
    for own in protected_files(db_path):
        if _same(path, own):
            raise ValidationError(
                f"{path} is een bestand van de database zelf; kies een andere naam", FIELD
            )
    return path


def write_bytes(data: bytes, target: Path | str, db_path: Path | None = None) -> Path:
    """Check the target, then write atomically (temp file beside it, fsync, rename)."""
    path = check_target(target, db_path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        check_target(path, db_path)  # still a regular file or absent just before the rename
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if hasattr(os, "O_DIRECTORY"):
        dfd = os.open(folder, os.O_DIRECTORY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    return path


def write_pdf(pdf: bytes, target: Path | str, db_path: Path | None = None) -> Path:
    return write_bytes(pdf, target, db_path)
