"""report case / plan [--partner P] / team / transition / monitor: the printed reports as PDF (and the
monitor also as CSV).

Rules: the output path is checked before the database is opened (a directory, a symlink, a
device, a missing folder or one of the database's own files is refused with exit 4 and nothing
is written, not even a log row); a refusal of the policy is exit 3; the file is written
atomically beside the target."""

from __future__ import annotations

import argparse
from pathlib import Path

from h4casus.commands.common import db_path, open_context


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen nummer") from None
    if value < 1 or value > 2**62:
        raise argparse.ArgumentTypeError(f"'{text}' is geen geldig nummer")
    return value


def register(sub) -> None:
    rep = sub.add_parser("report", help="rapporten afdrukken als PDF (casus, plan, team, ...)")
    kinds = rep.add_subparsers(dest="report_command", metavar="RAPPORT", required=True)

    p = kinds.add_parser("case", help="casusoverzicht van één huishouden (casusoverleg)")
    p.add_argument("household_id", type=_positive_int, metavar="HUISHOUDEN_ID")
    p.add_argument("-o", "--output", required=True, metavar="BESTAND", help="uitvoerbestand (.pdf)")
    p.add_argument(
        "--full-bsn", action="store_true", help="BSN volledig afdrukken (anders gemaskeerd)"
    )
    p.add_argument(
        "--include-confidential",
        action="store_true",
        help="vertrouwelijke journaalregels meenemen (anders weggelaten)",
    )
    p.set_defaults(func=cmd_case)

    p = kinds.add_parser("plan", help="Ons plan: het plan op één pagina voor het huishouden")
    p.add_argument("household_id", type=_positive_int, metavar="HUISHOUDEN_ID")
    p.add_argument("-o", "--output", required=True, metavar="BESTAND", help="uitvoerbestand (.pdf)")
    p.add_argument(
        "--partner",
        metavar="PARTNER",
        help="partnerversie voor deze ketenpartner (nummer in het netwerk, organisatie of "
        "soort, bijv. school): alleen doelen, acties en wie ze doet; vraagt toestemming",
    )
    p.set_defaults(func=cmd_plan)

    p = kinds.add_parser("team", help="teamoverzicht: caseload per regisseur")
    p.add_argument("team", metavar="TEAM", help='naam van het team, bijv. "Wijkteam Rijswijk"')
    p.add_argument("-o", "--output", required=True, metavar="BESTAND", help="uitvoerbestand (.pdf)")
    p.set_defaults(func=cmd_team)

    p = kinds.add_parser("transition", help="18-/18+ overzicht: jongeren van 16 tot 18")
    p.add_argument(
        "--team", help="alleen dit team (standaard: alle teams waarvan u teamleider bent)"
    )
    p.add_argument("-o", "--output", required=True, metavar="BESTAND", help="uitvoerbestand (.pdf)")
    p.set_defaults(func=cmd_transition)

    p = kinds.add_parser("monitor", help="anonieme cijfers over een periode (PDF en/of CSV)")
    p.add_argument(
        "--from",
        dest="date_from",
        required=True,
        metavar="DATUM",
        help="begin (JJJJ-MM-DD of DD-MM-JJJJ)",
    )
    p.add_argument(
        "--to",
        dest="date_to",
        required=True,
        metavar="DATUM",
        help="einde, tot en met (JJJJ-MM-DD)",
    )
    p.add_argument("-o", "--output", metavar="BESTAND", help="uitvoerbestand (.pdf)")
    p.add_argument("--csv", metavar="BESTAND", help="ook (of alleen) als CSV naar dit bestand")
    p.set_defaults(func=cmd_monitor)


def _target(args, value: str) -> Path:
    from h4casus.reports.output import check_target

    return check_target(value, db_path(args))


def _done(path: Path, what: str) -> None:
    print(f"{what} geschreven naar {path}.")
    print("Let op: dit bestand is niet versleuteld; bewaar en deel het zorgvuldig.")


def cmd_case(args) -> int:
    from h4casus.reports.case import casusoverzicht

    out = _target(args, args.output)
    ctx = open_context(args)
    try:
        casusoverzicht(
            ctx,
            args.household_id,
            full_bsn=args.full_bsn,
            include_confidential=args.include_confidential,
            target=out,
        )
    finally:
        ctx.vault.close()
    _done(out, "Casusoverzicht")
    return 0


def cmd_plan(args) -> int:
    from h4casus.reports.own_plan import ons_plan

    if args.partner is not None:
        return cmd_partner_plan(args)
    out = _target(args, args.output)
    ctx = open_context(args)
    try:
        ons_plan(ctx, args.household_id, target=out)
    finally:
        ctx.vault.close()
    _done(out, "Ons plan")
    return 0


def cmd_partner_plan(args) -> int:
    """The partner version; missing consent is refused with exit 3 naming whose it is."""
    from h4casus.reports.partner_plan import partnerversie

    out = _target(args, args.output)
    ctx = open_context(args)
    try:
        partnerversie(ctx, args.household_id, args.partner, target=out)
    finally:
        ctx.vault.close()
    _done(out, "Partnerversie van het plan")
    return 0


def cmd_team(args) -> int:
    from h4casus.reports.team import teamoverzicht

    out = _target(args, args.output)
    ctx = open_context(args)
    try:
        teamoverzicht(ctx, args.team, target=out)
    finally:
        ctx.vault.close()
    _done(out, "Teamoverzicht")
    return 0


def cmd_transition(args) -> int:
    from h4casus.reports.transition import overzicht_18

    out = _target(args, args.output)
    ctx = open_context(args)
    try:
        overzicht_18(ctx, args.team, target=out)
    finally:
        ctx.vault.close()
    _done(out, "18-/18+ overzicht")
    return 0


def cmd_monitor(args) -> int:
    from h4casus.domain import validation as v
    from h4casus.domain.errors import ValidationError
    from h4casus.reports.monitor import monitor_files
    from h4casus.services.queries.monitor import validate_period

    if not args.output and not args.csv:
        raise ValidationError("geef -o BESTAND.pdf en/of --csv BESTAND.csv", "uitvoer")
    errors = v.FieldErrors()
    start = errors.check("--from", v.parse_date, args.date_from, "--from")
    end = errors.check("--to", v.parse_date, args.date_to, "--to")
    errors.raise_if_any()
    validate_period(start, end)
    pdf_out = _target(args, args.output) if args.output else None
    csv_out = _target(args, args.csv) if args.csv else None
    if pdf_out and csv_out and pdf_out.resolve() == csv_out.resolve():
        raise ValidationError("-o en --csv wijzen naar hetzelfde bestand", "uitvoer")
    ctx = open_context(args)
    try:
        monitor_files(ctx, start, end, pdf_target=pdf_out, csv_target=csv_out)
    finally:
        ctx.vault.close()
    if pdf_out:
        _done(pdf_out, "Monitor (PDF)")
    if csv_out:
        _done(csv_out, "Monitor (CSV)")
    return 0
