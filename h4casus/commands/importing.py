"""import households FILE.csv — validated bulk import, all or nothing."""

from __future__ import annotations

import sys
from pathlib import Path

from h4casus.commands.common import open_context
from h4casus.domain.labels import counted, file_kind_label, number_range


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
    households = counted(result.households, "huishouden", "huishoudens")
    print(f"{households} met {counted(result.persons, 'persoon', 'personen')} geïmporteerd.")
    for team, count in sorted(result.teams.items()):
        print(f"  {team}: {count}")
    if result.case_numbers:
        first, last = result.case_numbers[0], result.case_numbers[-1]
        label = "Dossiernummer" if first == last else "Dossiernummers"
        print(f"{label} {number_range(first, last)}.")
    if result.kinds:
        kinds = ", ".join(
            f"{file_kind_label(kind)} {n}" for kind, n in sorted(result.kinds.items())
        )
        print(f"Dossiersoort: {kinds}.")
    if result.kind_assumed:
        print(
            "Let op: het bestand heeft geen kolom soort; alle huishoudens zijn als Wmo "
            "geregistreerd. Wijzig een dossiersoort met: h4casus household kind ID SOORT "
            '--reason "..."'
        )
    return 0
