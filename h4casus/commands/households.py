"""list households."""

from __future__ import annotations

import json
import sys

from h4casus.commands.common import open_context


def register(sub) -> None:
    p = sub.add_parser("list", help="snel opzoeken voor scripts")
    lsub = p.add_subparsers(dest="list_command", metavar="WAT", required=True)
    h = lsub.add_parser("households", help="huishoudens (zonder BSN)")
    h.add_argument("--json", action="store_true", help="als JSON-array")
    h.set_defaults(func=cmd_list_households)


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
            for row in iter_households(ctx):
                out.write(
                    f"{row.id:>7}  {row.case_number:14} {row.level:6} {row.status:11} "
                    f"{row.display_name[:28]:28} {row.postcode} {row.house_number:<5} {row.city:14} "
                    f"{row.team:18} {row.regisseur or '-'}\n"
                )
    finally:
        ctx.vault.close()
    return 0
