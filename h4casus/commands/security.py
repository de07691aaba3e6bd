"""backup, restore, rekey, user passwd / user remove, audit list / export, breakglass."""

from __future__ import annotations

import argparse
from pathlib import Path

from h4casus.commands.common import (
    db_path,
    existing_db_path,
    new_password,
    open_context,
    password,
    print_stopped,
    record_id,
    username,
)
from h4casus.domain.labels import counted


def _user_subparsers(sub) -> argparse._SubParsersAction:
    """The `user` command's actions (the parser itself is registered by commands.admin)."""
    user = sub.choices.get("user") or sub.add_parser("user", help="accounts beheren")
    for action in user._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return user.add_subparsers(dest="user_command", metavar="ACTIE", required=True)


def register(sub) -> None:
    p = sub.add_parser("backup", help="versleutelde, zelfcontrolerende back-up maken")
    p.add_argument("-o", "--output", required=True, help="back-upbestand")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="back-up controleren en terugzetten op de plek van --db")
    p.add_argument("file", metavar="BESTAND", help="back-upbestand")
    p.add_argument(
        "--check-only", action="store_true", help="alleen controleren, niets terugzetten"
    )
    p.add_argument(
        "--other-store",
        action="store_true",
        help="de back-up is van een andere database: vervang de database op --db toch",
    )
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("rekey", help="database opnieuw versleutelen met een nieuwe sleutel")
    p.set_defaults(func=cmd_rekey)

    usub = _user_subparsers(sub)
    a = usub.add_parser(
        "passwd",
        help="eigen wachtwoord wijzigen (met --recovery: nieuw wachtwoord via de herstelsleutel)",
    )
    a.add_argument(
        "--rekey",
        action="store_true",
        help="vervang ook de databasesleutel: een oude kopie van het sleutelbestand met het "
        "oude wachtwoord opent dan niets meer van de huidige database",
    )
    a.set_defaults(func=cmd_passwd)
    a = usub.add_parser("remove", help="account verwijderen en de database opnieuw versleutelen")
    a.add_argument("name", help="gebruikersnaam")
    a.add_argument(
        "--transfer-to",
        metavar="ACCOUNT",
        help="wie de regie over de huishoudens van dit account overneemt",
    )
    a.set_defaults(func=cmd_user_remove)

    p = sub.add_parser("audit", help="logboek inzien en exporteren")
    asub = p.add_subparsers(dest="audit_command", metavar="ACTIE", required=True)
    for name, func, helptext in (
        ("list", cmd_audit_list, "logboekregels tonen"),
        ("export", cmd_audit_export, "logboek als CSV exporteren"),
    ):
        a = asub.add_parser(name, help=helptext)
        if name == "export":
            a.add_argument("-o", "--output", required=True, help="CSV-bestand")
        a.add_argument("--by", metavar="GEBRUIKER", help="alleen deze gebruiker")
        a.add_argument("--household", type=record_id, metavar="ID", help="alleen dit huishouden")
        a.add_argument("--event", help="alleen deze gebeurtenis (read, update, export, ...)")
        a.add_argument("--from", dest="date_from", metavar="JJJJ-MM-DD", help="vanaf datum")
        a.add_argument("--to", dest="date_to", metavar="JJJJ-MM-DD", help="tot en met datum")
        a.set_defaults(func=func)

    p = sub.add_parser("breakglass", help="noodtoegang tot een huishouden buiten uw team")
    p.add_argument("household", metavar="HUISHOUDEN", type=record_id, help="huishouden-id")
    p.add_argument("--reason", required=True, help="reden (minstens 20 tekens)")
    p.set_defaults(func=cmd_breakglass)


def cmd_backup(args) -> int:
    from h4casus.services.store.backup import create_backup

    ctx = open_context(args)
    try:
        info = create_backup(ctx, Path(args.output))
    finally:
        ctx.vault.close()
    print(f"Back-up gemaakt: {info.path} ({info.db_bytes} bytes, schema {info.schema}).")
    return 0


def cmd_restore(args) -> int:
    from h4casus.services.store.backup import check_backup
    from h4casus.services.store.restore import restore_backup

    secret = password(args, prompt="Herstelsleutel: " if args.recovery else "Wachtwoord: ")
    if args.check_only:
        result = check_backup(Path(args.file), username(args), secret, recovery=args.recovery)
        print(f"Back-up in orde: gemaakt {result.created_at}, {result.audit_rows} logregels.")
        return 0
    info = restore_backup(
        Path(args.file),
        db_path(args),
        username(args),
        secret,
        recovery=args.recovery,
        other_store=args.other_store,
    )
    print(f"Back-up van {info.created_at} teruggezet in {info.db_path}.")
    return 0


def cmd_rekey(args) -> int:
    from h4casus.services.store.keys import rekey

    ctx = open_context(args)
    try:
        result = rekey(ctx)
    finally:
        ctx.vault.close()
    print(
        "Nieuwe databasesleutel in gebruik; "
        f"{counted(result.slots, 'sleutel', 'sleutels')} opnieuw verzegeld."
    )
    return 0


def cmd_passwd(args) -> int:
    from h4casus.services.store.keys import change_password, recover_account

    if args.recovery:
        recover_account(
            existing_db_path(args),
            password(args, prompt="Herstelsleutel: "),
            username(args),
            new_password(args),
        )
        print(f"Nieuw wachtwoord ingesteld voor {username(args)} (met de herstelsleutel).")
        return 0
    current = password(args, prompt="Huidig wachtwoord: ")
    ctx = open_context(args)
    try:
        result = change_password(ctx, current, new_password(args), rekey=args.rekey)
    finally:
        ctx.vault.close()
    if result is not None:
        print(f"Wachtwoord gewijzigd; nieuwe databasesleutel in gebruik ({result.slots} sleutels).")
    else:
        print("Wachtwoord gewijzigd.")
    return 0


def cmd_user_remove(args) -> int:
    from h4casus.services.admin.accounts import remove_account

    ctx = open_context(args)
    try:
        result = remove_account(ctx, args.name, transfer_to=args.transfer_to)
    finally:
        ctx.vault.close()
    print(f"Account {result.username} verwijderd; de database is opnieuw versleuteld.")
    print_stopped(result)
    return 0


def _filter(args):
    from h4casus.domain import validation as v
    from h4casus.services.admin.audit_views import AuditFilter

    errors = v.FieldErrors()
    start = (
        errors.check("--from", v.parse_date, args.date_from, "--from") if args.date_from else None
    )
    end = errors.check("--to", v.parse_date, args.date_to, "--to") if args.date_to else None
    errors.raise_if_any()
    return AuditFilter(
        username=args.by,
        household_id=args.household,
        event=args.event,
        date_from=start,
        date_to=end,
    )


def cmd_audit_list(args) -> int:
    from h4casus.services.admin.audit_views import list_events

    flt = _filter(args)
    ctx = open_context(args)
    try:
        rows = list_events(ctx, flt)
    finally:
        ctx.vault.close()
    for r in rows:
        hh = f" huishouden {r.household_id}" if r.household_id is not None else ""
        print(f"{r.id:>7} {r.at} {r.username:<12} {r.event:<7} {r.action:<24}{hh}  [{r.ground}]")
    print(f"{counted(len(rows), 'regel', 'regels')}.")
    return 0


def cmd_audit_export(args) -> int:
    from h4casus.services.admin.audit_views import export_csv

    flt = _filter(args)
    ctx = open_context(args)
    try:
        count = export_csv(ctx, Path(args.output), flt)
    finally:
        ctx.vault.close()
    print(f"{counted(count, 'logregel', 'logregels')} geëxporteerd naar {args.output}.")
    return 0


def cmd_breakglass(args) -> int:
    from h4casus.services.access.breakglass import request_access

    ctx = open_context(args)
    try:
        grant = request_access(ctx, args.household, args.reason)
    finally:
        ctx.vault.close()
    print(
        f"Noodtoegang {grant.id} tot huishouden {grant.household_id} geldt tot "
        f"{grant.expires_at.isoformat(timespec='minutes')}. Deze toegang valt op in het logboek."
    )
    return 0
