"""Where a file the user asked for may be written (backup -o, audit export -o, export person
-o, and any other output): one check for all of them.

Rules:
- Never onto a file of a store: the open store's own files (database, -wal, -shm, slot file,
  pending slot file, lock, lockout file, anchor, restore journal ...) and, anywhere, a file
  that is the database of a store (a slot file lies beside it) or one of its companions.
- Only a new path or an existing *regular* file: not a symbolic link, a directory, a device,
  a pipe or a socket (also not through a symlinked last component).
- The folder must exist. Nothing is written by this check; a refusal names the field.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from h4casus.domain.errors import ValidationError
from h4casus.security.store_files import COMPANION_SUFFIXES, SQLITE_SUFFIXES, all_store_files


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.realpath(a) == os.path.realpath(b)
    except OSError:
        return False


def _is_store_file(target: Path) -> bool:
    """`target` is a database with a slot file beside it, or a companion of such a one."""
    name = target.name
    if target.with_name(name + ".keys").exists():
        return True
    for suffix in (*COMPANION_SUFFIXES, *SQLITE_SUFFIXES):
        if name.endswith(suffix) and name != suffix:
            base = target.with_name(name[: -len(suffix)])
            if base.exists() and base.with_name(base.name + ".keys").exists():
                return True
    return False


def check_output_path(
    target: Path | str, *, store_db: Path | None = None, field: str = "-o"
) -> Path:
    """`target` as a Path when a file may be written there; ValidationError otherwise."""
    target = Path(target).expanduser()
    if not target.name or target.name in (".", ".."):
        raise ValidationError(f"{target} is geen bestandsnaam", field)
    if store_db is not None:
        for own in all_store_files(Path(store_db)):
            if _same(target, own):
                raise ValidationError(
                    f"{target} is een bestand van de database zelf; kies een andere naam", field
                )
    if _is_store_file(target):
        raise ValidationError(
            f"{target} is een bestand van een h4casus-database; kies een andere naam", field
        )
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise ValidationError(
            f"{target} kan niet worden gebruikt ({exc.strerror})", field
        ) from None
    if st is not None:
        if stat.S_ISLNK(st.st_mode):
            raise ValidationError(
                f"{target} is een symbolische koppeling; geef een gewoon bestand", field
            )
        if stat.S_ISDIR(st.st_mode):
            raise ValidationError(f"{target} is een map; geef een bestandsnaam", field)
        if not stat.S_ISREG(st.st_mode):
            raise ValidationError(
                f"{target} is geen gewoon bestand (apparaat, pijp of socket)", field
            )
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(f"map {folder} bestaat niet", field)
    return target
