"""Command-line entry point (`h4casus`, `python -m h4casus`).

Exit codes: 0 ok, 2 usage, 3 authentication or permission refused, 4 invalid input
(nothing written), 5 integrity/tamper/corruption found, 75 the store is in use by another
program or session (a long import, a re-key, a restore): nothing was changed, try again.
Users never see a traceback."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from h4casus import __version__
from h4casus.argparse_nl import use_dutch
from h4casus.domain.errors import H4Error

EXIT_OK, EXIT_USAGE, EXIT_AUTH, EXIT_INVALID, EXIT_INTEGRITY = 0, 2, 3, 4, 5
EXIT_BUSY = 75  # EX_TEMPFAIL: in use, try again later


def build_parser() -> argparse.ArgumentParser:
    """The parser, Dutch throughout (argparse's own texts too); usage errors exit 2."""
    use_dutch()
    parser = argparse.ArgumentParser(prog="h4casus", description="Casusregistratie voor wijkteams.")
    parser.add_argument(
        "--version",
        action="version",
        version=f"h4casus {__version__}",
        help="toon het versienummer en stop",
    )
    parser.add_argument(
        "--db", help="pad naar de database (standaard: $H4CASUS_DB of de gebruikersmap)"
    )
    parser.add_argument("--user", help="gebruikersnaam (standaard: $H4CASUS_USER)")
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="lees het wachtwoord van de eerste regel van standaardinvoer (anders $H4CASUS_PASSWORD)",
    )
    parser.add_argument(
        "--recovery",
        action="store_true",
        help="open met de herstelsleutel in plaats van een wachtwoord",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMANDO")
    from h4casus import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        if info.name.startswith("_") or info.name == "common":
            continue
        module = importlib.import_module(f"h4casus.commands.{info.name}")
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args.command = "gui"
        args.func = importlib.import_module("h4casus.commands.gui").run
    try:
        return int(args.func(args) or 0)
    except H4Error as exc:
        print(f"h4casus: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("h4casus: afgebroken", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        # Disk full, read-only folder, I/O error on a file we write (export, backup, slots).
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        print(
            f"h4casus: kan niet schrijven of lezen{where}: {exc.strerror or type(exc).__name__}; "
            "wat al was opgeslagen is bewaard.",
            file=sys.stderr,
        )
        return 1
    except Exception as exc:
        return _database_or_unexpected(exc)


def _database_or_unexpected(exc: Exception) -> int:
    from sqlalchemy.exc import DatabaseError, OperationalError

    if isinstance(exc, MemoryError):
        if _raised_by_the_database(exc):
            # SQLCipher reports a page that fails its HMAC check as SQLITE_NOMEM.
            print(
                "h4casus: de database is beschadigd of gewijzigd buiten h4casus om (een pagina "
                "kon niet worden ontsleuteld); er is niets opgeslagen.",
                file=sys.stderr,
            )
            return EXIT_INTEGRITY
        print(
            "h4casus: onvoldoende geheugen om dit af te maken; er is niets half opgeslagen. "
            "Sluit andere programma's en probeer het opnieuw.",
            file=sys.stderr,
        )
        return 1
    if not isinstance(exc, DatabaseError):
        return _unexpected(exc)
    detail = str(getattr(exc, "orig", "") or type(exc).__name__)
    from h4casus.storage.engine import BUSY_MESSAGE, is_busy

    if isinstance(exc, OperationalError) and is_busy(detail):
        print(f"h4casus: {BUSY_MESSAGE}; er is niets gewijzigd.", file=sys.stderr)
        return EXIT_BUSY
    if isinstance(exc, OperationalError) and any(
        w in detail
        for w in ("disk is full", "readonly", "read-only", "disk I/O error", "unable to open")
    ):
        print(
            f"h4casus: kan niet schrijven naar de database ({detail}); er is niets half opgeslagen "
            "en wat al was opgeslagen is bewaard.",
            file=sys.stderr,
        )
        return 1
    print(
        "h4casus: de database is beschadigd of gewijzigd buiten h4casus om "
        f"({detail}); er is niets opgeslagen.",
        file=sys.stderr,
    )
    return EXIT_INTEGRITY


def _raised_by_the_database(exc: BaseException) -> bool:
    """True when the innermost frame of `exc` is the database driver's call (SQLite's NOMEM,
    which SQLCipher also uses for a page that fails its HMAC), not Python running out of
    memory somewhere else."""
    tb = exc.__traceback__
    last = None
    while tb is not None:
        last = tb
        tb = tb.tb_next
    if last is None:
        return False
    import linecache

    code = last.tb_frame.f_code
    if "sqlalchemy" in code.co_filename and "engine" in code.co_filename:
        return True
    line = linecache.getline(code.co_filename, last.tb_lineno)
    return any(call in line for call in (".execute(", ".fetch", "exec_driver_sql("))


def _unexpected(exc: BaseException) -> int:
    """Never a traceback to a user (and no case data in the message)."""
    print(
        f"h4casus: onverwachte fout ({type(exc).__name__}); er is niets half opgeslagen. "
        "Meld dit bij de functioneel beheerder.",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
