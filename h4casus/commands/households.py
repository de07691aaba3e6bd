"""list households, household kind."""

from __future__ import annotations

import json
import sys

from h4casus.commands._table import table_lines
from h4casus.commands.common import open_context
from h4casus.domain.labels import file_kind_label, status_label


def register(sub) -> None:
    p = sub.add_parser("list", help="snel opzoeken voor scripts")
    lsub = p.add_subparsers(dest="list_command", metavar="WAT", required=True)
    h = lsub.add_parser("households", help="huishoudens (zonder BSN)")
    h.add_argument("--json", action="store_true", help="als JSON-array")
    h.set_defaults(func=cmd_list_households)

    p = sub.add_parser("household", help="één huishouden")
    hsub = p.add_subparsers(dest="household_command", metavar="ACTIE", required=True)
    k = hsub.add_parser(
        "kind", help="dossiersoort wijzigen (jeugdwet, wmo, participatiewet), met reden"
    )
    k.add_argument("household_id", type=int, metavar="HUISHOUDEN_ID")
    k.add_argument("kind", metavar="SOORT", help="jeugdwet, wmo of participatiewet")
    k.add_argument("--reason", required=True, help="waarom de dossiersoort verandert")
    k.set_defaults(func=cmd_household_kind)


def cmd_list_households(args) -> int:
    from h4casus.services.queries.listing import iter_households

    ctx = open_context(args)
    out = sys.stdout
    try:
        if args.json:
            out.write("[")
            for i, row in enumerate(iter_households(ctx)):
                out.write(("," if i else "") + "\n" + json.dumps(row.to_json(), ensure_ascii=False))
            out.write("\n]\n")
        else:
            rows = [
                (
                    row.id,
                    row.case_number,
                    row.level,
                    status_label(row.status),
                    row.display_name,
                    row.postcode,
                    f"{row.house_number}{row.house_number_suffix or ''}",
                    row.city,
                    row.team,
                    row.regisseur or "-",
                )
                for row in iter_households(ctx, with_members=False)
            ]
            for line in table_lines(rows, right=(0,)):
                out.write(line + "\n")
    finally:
        ctx.vault.close()
    return 0


def cmd_household_kind(args) -> int:
    from h4casus.services.casework.file_kind import change_file_kind

    ctx = open_context(args)
    try:
        change = change_file_kind(ctx, args.household_id, args.kind, args.reason)
    finally:
        ctx.vault.close()
    print(
        f"Dossiersoort van huishouden {change.household_id}: {file_kind_label(change.from_kind)} "
        f"-> {file_kind_label(change.to_kind)} (reden vastgelegd)."
    )
    return 0
