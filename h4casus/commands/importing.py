"""import households FILE.csv — validated bulk import, all or nothing."""

from __future__ import annotations

import sys
from pathlib import Path

from h4casus.commands.common import open_context


def register(sub) -> None:
    p = sub.add_parser("import", help="gegevens importeren (alles of niets)")
    isub = p.add_subparsers(dest="import_command", metavar="WAT", required=True)
    h = isub.add_parser(
        "households",
        help="huishoudens uit CSV (UTF-8, ',' of ';', één regel per persoon)",
    )
    h.add_argument("file", metavar="BESTAND.csv", help="CSV-bestand met kopregel")
    h.set_defaults(func=cmd_import_households)


def cmd_import_households(args) -> int:
    from h4casus.services.admin.importer import ImportRejected, import_file

    ctx = open_context(args)
    try:
        result = import_file(ctx, Path(args.file))
    except ImportRejected as exc:
        print(f"Afgekeurde regels in {args.file}:", file=sys.stderr)
        for row in exc.rejected:
            print(f"  {row}", file=sys.stderr)
        print("Er is niets geïmporteerd.", file=sys.stderr)
        return exc.exit_code
    finally:
        ctx.vault.close()
    print(f"{result.households} huishoudens met {result.persons} personen geïmporteerd.")
    for team, count in sorted(result.teams.items()):
        print(f"  {team}: {count}")
    if result.case_numbers:
        print(f"Dossiernummers {result.case_numbers[0]} t/m {result.case_numbers[-1]}.")
    return 0
