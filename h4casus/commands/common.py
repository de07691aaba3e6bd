"""What every CLI command needs: the database path, the password, an opened context."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from h4casus.config import default_db_path
from h4casus.domain.errors import AuthenticationError, H4Error, PermissionDenied, ValidationError
from h4casus.domain.labels import counted

_stdin_lines: list[str] | None = None
MAX_ID = 2**63 - 1  # SQLite's largest integer


def record_id(text: str) -> int:
    """argparse type for an id (household, person, grant ...): 1 .. 2**63-1, else exit 2
    with a message that says why (never an overflow deep inside the database driver)."""
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text[:40]}' is geen geheel getal") from None
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(
            f"'{text[:40]}' ligt niet tussen 1 en {MAX_ID} (geen bestaand nummer)"
        )
    return value


def stdin_line(index: int) -> str | None:
    """Line `index` of standard input (read once, shared by all password prompts)."""
    global _stdin_lines
    if _stdin_lines is None:
        _stdin_lines = sys.stdin.read().splitlines() if not sys.stdin.isatty() else []
    return _stdin_lines[index] if index < len(_stdin_lines) else None


class NoDatabase(H4Error):
    """The path names no database: a usage problem (exit 2), not damage (exit 5)."""

    exit_code = 2


def db_path(args) -> Path:
    return Path(args.db).expanduser() if args.db else default_db_path()


def existing_db_path(args) -> Path:
    """The database to open; a plain usage error when there is none at that path."""
    path = db_path(args)
    if not path.is_file():
        what = "is een map, geen database" if path.is_dir() else "bestaat geen database"
        raise NoDatabase(
            f"op {path} {what}. Controleer het pad (--db of $H4CASUS_DB), of maak een nieuwe "
            "database met 'h4casus init --admin NAAM'."
        )
    return path


def username(args) -> str:
    name = args.user or os.environ.get("H4CASUS_USER")
    if not name:
        raise ValidationError("geef een gebruikersnaam met --user of $H4CASUS_USER", "user")
    return name


def password(args, *, prompt: str = "Wachtwoord: ") -> str:
    if getattr(args, "password_stdin", False):
        pw = stdin_line(0)
        if not pw:
            raise AuthenticationError("geen wachtwoord op standaardinvoer")
        return pw
    pw = os.environ.get("H4CASUS_PASSWORD")
    if pw:
        return pw
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise AuthenticationError("geef het wachtwoord met --password-stdin of $H4CASUS_PASSWORD")


def new_password(args) -> str:
    """The password for a new account: $H4CASUS_NEW_PASSWORD, or line 2 of stdin."""
    if getattr(args, "password_stdin", False):
        pw = stdin_line(1)
        if pw:
            return pw
    pw = os.environ.get("H4CASUS_NEW_PASSWORD")
    if pw:
        return pw
    if sys.stdin.isatty():
        first = getpass.getpass("Nieuw wachtwoord: ")
        if getpass.getpass("Nogmaals: ") != first:
            raise ValidationError("de twee wachtwoorden zijn niet gelijk", "wachtwoord")
        return first
    raise ValidationError(
        "geef het nieuwe wachtwoord met $H4CASUS_NEW_PASSWORD of als tweede regel bij --password-stdin",
        "wachtwoord",
    )


def open_context(args):
    """Unlock the store and sign in as --user. The caller closes ctx.vault.

    The recovery key only recovers an account (`user passwd --recovery`) or restores a
    backup (`restore --recovery`); it never signs in as anyone for other commands."""
    from h4casus.services.store.session import sign_in

    if getattr(args, "recovery", False):
        raise PermissionDenied(
            "de herstelsleutel is alleen voor een nieuw wachtwoord (user passwd --recovery) "
            "en voor het terugzetten van een back-up (restore --recovery)"
        )
    return sign_in(existing_db_path(args), username(args), password(args))


def print_stopped(result) -> None:
    """What happened to the work of a removed or deactivated account."""
    if result.handed_over:
        print(
            f"Regie over {counted(len(result.handed_over), 'huishouden', 'huishoudens')} "
            f"overgedragen aan {result.receiver}: {', '.join(result.handed_over)}."
        )
    if result.withdrawn_handovers:
        n = counted(result.withdrawn_handovers, "wachtende overdracht", "wachtende overdrachten")
        print(f"{n} ingetrokken.")
