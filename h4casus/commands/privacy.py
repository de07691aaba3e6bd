"""export person, retention list/propose/approve/reject, person correct/restrict."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from h4casus.commands.common import db_path, open_context
from h4casus.domain.labels import counted


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen nummer") from None
    if value < 1 or value > 2**62:
        raise argparse.ArgumentTypeError(f"'{text}' is geen geldig nummer")
    return value


def _group(sub, name: str, help_: str, dest: str):
    """The subcommand group `name`, shared with other command modules that add to it."""
    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, help=help_)
        return parser.add_subparsers(dest=dest, metavar="WAT", required=True)
    for action in parser._actions:  # noqa: SLF001 - argparse keeps subparsers here
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            return action
    return parser.add_subparsers(dest=dest, metavar="WAT", required=True)


def register(sub) -> None:
    ex = _group(sub, "export", "gegevens exporteren", "export_command")
    p = ex.add_parser("person", help="alles over één persoon (inzageverzoek) als JSON")
    p.add_argument("person_id", type=_positive_int, metavar="PERSOON_ID")
    p.add_argument("-o", "--output", required=True, help="uitvoerbestand (.json)")
    p.set_defaults(func=cmd_export_person)

    rt = _group(sub, "retention", "bewaartermijnen en vernietiging (vier ogen)", "ret_command")
    p = rt.add_parser("list", help="dossiers waarvan de bewaartermijn is verstreken")
    p.add_argument("--json", action="store_true", help="als JSON")
    p.set_defaults(func=cmd_retention_list)
    p = rt.add_parser("propose", help="vernietiging of anonimisering voorstellen")
    p.add_argument("household_id", type=_positive_int, metavar="HUISHOUDEN_ID")
    p.add_argument(
        "--anonymise", action="store_true", help="anonimiseren in plaats van vernietigen"
    )
    p.set_defaults(func=cmd_retention_propose)
    for name, text in (("approve", "voorstel goedkeuren en uitvoeren"), ("reject", "afwijzen")):
        p = rt.add_parser(name, help=text)
        p.add_argument("proposal_id", type=_positive_int, metavar="VOORSTEL_ID")
        p.set_defaults(func=cmd_retention_decide, decision=name)

    ps = _group(sub, "person", "rechten van betrokkenen: correctie en beperking", "person_command")
    p = ps.add_parser("correct", help="een gegeven corrigeren (met reden)")
    p.add_argument("person_id", type=_positive_int, metavar="PERSOON_ID")
    p.add_argument(
        "--set",
        action="append",
        required=True,
        metavar="VELD=WAARDE",
        help="bijv. family_name=Jansen (meerdere keren mogelijk)",
    )
    p.add_argument("--reason", required=True, help="waarom (verzoek van betrokkene, ...)")
    p.set_defaults(func=cmd_person_correct)
    p = ps.add_parser("restrict", help="verwerking beperken (of --lift: opheffen)")
    p.add_argument("person_id", type=_positive_int, metavar="PERSOON_ID")
    p.add_argument("--reason", required=True)
    p.add_argument("--lift", action="store_true", help="beperking opheffen")
    p.set_defaults(func=cmd_person_restrict)


def cmd_export_person(args) -> int:
    from h4casus.security.output_paths import check_output_path
    from h4casus.services.privacy.person_export import export_person, write_json

    out = check_output_path(Path(args.output), store_db=db_path(args), field="uitvoer")
    ctx = open_context(args)
    try:
        document = export_person(ctx, args.person_id)
    finally:
        ctx.vault.close()
    write_json(document, out)
    counts = sum(len(v) for v in document["gegevens"].values())
    print(
        f"Inzage voor persoon {args.person_id} geschreven naar {out} "
        f"({counted(counts, 'gegevensregel', 'gegevensregels')}, "
        f"{counted(len(document['logboek']), 'logregel', 'logregels')})."
    )
    print("Let op: dit bestand bevat persoonsgegevens en is niet versleuteld.")
    return 0


def cmd_retention_list(args) -> int:
    from h4casus.services.privacy.retention import list_proposals, worklist

    ctx = open_context(args)
    try:
        due = worklist(ctx)
        proposals = list_proposals(ctx)
    finally:
        ctx.vault.close()
    if args.json:
        print(
            json.dumps(
                {
                    "due": [
                        {
                            "household_id": d.household_id,
                            "case_number": d.case_number,
                            "team": d.team,
                            "rule": d.rule,
                            "closed_on": d.closed_on.isoformat(),
                            "due_on": d.due_on.isoformat(),
                            "proposal_id": d.proposal_id,
                        }
                        for d in due
                    ],
                    "proposals": [
                        {
                            "id": p.id,
                            "household_id": p.household_id,
                            "case_number": p.case_number,
                            "mode": p.mode,
                            "proposed_by": p.proposed_by,
                        }
                        for p in proposals
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    print(f"{counted(len(due), 'dossier', 'dossiers')} met verstreken bewaartermijn:")
    for d in due:
        mark = f"voorstel {d.proposal_id}" if d.proposal_id else "-"
        print(
            f"{d.household_id:>7}  {d.case_number:14} {d.rule:12} gesloten {d.closed_on}  "
            f"termijn verstreken {d.due_on}  {d.team:20} {mark}"
        )
    print(f"{counted(len(proposals), 'openstaand voorstel', 'openstaande voorstellen')}:")
    for p in proposals:
        print(f"{p.id:>7}  {p.case_number:14} {p.mode:13} voorgesteld door {p.proposed_by}")
    return 0


def cmd_retention_propose(args) -> int:
    from h4casus.services.privacy.retention import propose

    ctx = open_context(args)
    try:
        p = propose(ctx, args.household_id, "anonimiseren" if args.anonymise else "vernietigen")
    finally:
        ctx.vault.close()
    print(
        f"Voorstel {p.id}: dossier {p.case_number} {p.mode}. "
        "Een tweede persoon moet het goedkeuren (retention approve)."
    )
    return 0


def cmd_retention_decide(args) -> int:
    from h4casus.services.privacy.retention import approve, reject

    ctx = open_context(args)
    try:
        fn = approve if args.decision == "approve" else reject
        p = fn(ctx, args.proposal_id)
    finally:
        ctx.vault.close()
    if args.decision == "approve":
        print(f"Voorstel {p.id} uitgevoerd: dossier {p.case_number} {p.mode} ({p.rows_removed}).")
    else:
        print(f"Voorstel {p.id} afgewezen.")
    return 0


def cmd_person_correct(args) -> int:
    from h4casus.domain.errors import ValidationError
    from h4casus.services.privacy.corrections import correct_person

    changes: dict[str, str] = {}
    for item in args.set:
        field, sep, value = item.partition("=")
        if not sep or not field.strip():
            raise ValidationError("gebruik VELD=WAARDE", "--set")
        changes[field.strip()] = value
    ctx = open_context(args)
    try:
        result = correct_person(ctx, args.person_id, None, args.reason, **changes)
    finally:
        ctx.vault.close()
    print("Gecorrigeerd." if result else "Niets gewijzigd: de waarden waren al zo.")
    return 0


def cmd_person_restrict(args) -> int:
    from h4casus.services.privacy.corrections import set_restriction

    ctx = open_context(args)
    try:
        set_restriction(ctx, args.person_id, not args.lift, args.reason)
    finally:
        ctx.vault.close()
    print("Beperking opgeheven." if args.lift else "Verwerking beperkt.")
    return 0
