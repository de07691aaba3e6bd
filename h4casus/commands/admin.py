"""init, user add, verify."""

from __future__ import annotations

import sys

from h4casus.commands._table import table_lines
from h4casus.commands.common import (
    db_path,
    new_password,
    open_context,
    password,
    print_stopped,
    username,
)


def register(sub) -> None:
    p = sub.add_parser("init", help="nieuwe versleutelde database met beheerdersaccount")
    p.add_argument("--admin", required=True, help="gebruikersnaam van de eerste beheerder")
    p.add_argument("--name", help="volledige naam van de beheerder")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("user", help="accounts beheren")
    usub = p.add_subparsers(dest="user_command", metavar="ACTIE", required=True)
    a = usub.add_parser("add", help="account toevoegen")
    a.add_argument("name", help="gebruikersnaam")
    a.add_argument(
        "--role", required=True, choices=["consulent", "regisseur", "teamleider", "beheerder"]
    )
    a.add_argument("--team", help="team (leeg: alle teams)")
    a.add_argument("--display-name", help="volledige naam")
    a.set_defaults(func=cmd_user_add)
    ls = usub.add_parser("list", help="accounts tonen")
    ls.set_defaults(func=cmd_user_list)
    a = usub.add_parser(
        "deactivate", help="account deactiveren (kan niet meer inloggen; sleutel blijft)"
    )
    a.add_argument("name", help="gebruikersnaam")
    a.add_argument(
        "--transfer-to",
        metavar="ACCOUNT",
        help="wie de regie over de huishoudens van dit account overneemt",
    )
    a.set_defaults(func=cmd_user_deactivate)
    d = usub.add_parser(
        "deputy",
        help="plaatsvervanger aanwijzen die namens de teamleider goedkeurt (vier ogen)",
    )
    d.add_argument("name", help="gebruikersnaam (met een casusrol)")
    d.add_argument("--team", required=True, help="team waarvoor hij goedkeurt")
    d.add_argument("--end", action="store_true", help="aanwijzing beëindigen")
    d.set_defaults(func=cmd_user_deputy)

    p = sub.add_parser(
        "verify", help="controleer versleuteling, database en logboek (exit 5 bij een fout)"
    )
    p.add_argument(
        "--accept-lost-commits",
        action="store_true",
        help="(beheerder) de database loopt achter op het anker van het logboek (bijvoorbeeld "
        "na stroomuitval): ga verder met wat er is; dit wordt gelogd",
    )
    p.set_defaults(func=cmd_verify)


def cmd_init(args) -> int:
    from h4casus.services.store.vault import init_store

    path = db_path(args)
    result = init_store(
        path, args.admin, password(args, prompt="Wachtwoord voor de beheerder: "), args.name
    )
    result.vault.close()
    print(f"Database aangemaakt: {path}")
    print(f"Beheerder: {args.admin} (rollen beheerder en teamleider, alle teams)")
    print()
    print("HERSTELSLEUTEL — wordt maar één keer getoond. Bewaar hem op papier in een kluis:")
    print(f"    {result.recovery_key}")
    print()
    print(f"(sleutelafleiding: Argon2id, ongeveer {result.kdf_seconds:.2f} s per ontgrendeling)")
    if result.weak_kdf:
        print(
            "WAARSCHUWING: zwakke testparameters voor de sleutelafleiding "
            "(H4CASUS_WEAK_KDF_FOR_TESTS); alleen voor tests, nooit voor echte gegevens.",
            file=sys.stderr,
        )
    return 0


def cmd_user_add(args) -> int:
    from h4casus.services.admin.accounts import add_user

    ctx = open_context(args)
    try:
        info = add_user(
            ctx,
            args.name,
            args.role,
            new_password(args),
            team=args.team,
            display_name=args.display_name,
        )
    finally:
        ctx.vault.close()
    scope = f"team {args.team}" if args.team else "alle teams"
    print(f"Account {info.username} toegevoegd als {args.role} ({scope}).")
    return 0


def cmd_user_list(args) -> int:
    from h4casus.services.admin.accounts import list_accounts

    ctx = open_context(args)
    try:
        rows = [
            (
                acc.username,
                acc.display_name,
                ", ".join(f"{r} ({t or 'alle teams'})" for r, t in acc.roles),
                "" if acc.active else "[inactief]",
            )
            for acc in list_accounts(ctx)
        ]
        for line in table_lines(rows):
            print(line)
    finally:
        ctx.vault.close()
    return 0


def cmd_user_deactivate(args) -> int:
    from h4casus.services.admin.accounts import deactivate_account

    ctx = open_context(args)
    try:
        result = deactivate_account(ctx, args.name, transfer_to=args.transfer_to)
    finally:
        ctx.vault.close()
    print(f"Account {result.username} gedeactiveerd; inloggen kan niet meer.")
    print_stopped(result)
    return 0


def cmd_user_deputy(args) -> int:
    from h4casus.services.admin.accounts import designate_deputy, end_deputy

    ctx = open_context(args)
    try:
        if args.end:
            end_deputy(ctx, args.name, args.team)
        else:
            designate_deputy(ctx, args.name, args.team)
    finally:
        ctx.vault.close()
    if args.end:
        print(f"{args.name} is geen plaatsvervanger meer voor {args.team}.")
    else:
        print(
            f"{args.name} is plaatsvervanger voor {args.team}: keurt op- en afschalingen en "
            "overdrachten goed, nooit de eigen."
        )
    return 0


def cmd_verify(args) -> int:
    from h4casus.services.store.verification import accept_lost_commits, verify_store

    if args.accept_lost_commits:
        print(accept_lost_commits(db_path(args), username(args), password(args)))
    ctx = open_context(args)
    try:
        report = verify_store(ctx)
    finally:
        ctx.vault.close()
    for line in report.lines:
        print(line)
    if report.problems:
        for problem in report.problems:
            print(f"FOUT: {problem}", file=sys.stderr)
        return 5
    print("In orde.")
    return 0
