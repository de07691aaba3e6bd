"""Bulk import of households from CSV: every row validated first, then all or nothing.

Format (README, "Demo data, import"): UTF-8 (a BOM is fine), `,` or `;`, a header row with
huishouden,achternaam,voornamen,geboortedatum,bsn,relatie,straat,huisnummer,toevoeging,
postcode,plaats,team — one row per person, grouped by `huishouden`. Optional columns:
tussenvoegsel, bron (signal source; default "anders"), wijk, regisseur (username), soort (the
file kind: jeugdwet, wmo or participatiewet; it decides the retention period). When the file
has no column soort, every household is registered as wmo and the result says how many; when
it has one, every household fills it in.

The rules are the ones `register_household` applies (validate_household / validate_member);
on top: one address per household, a known team, no BSN twice (in the file or already
registered), and someone to hold regie from day one.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from h4casus.domain import validation
from h4casus.domain.enums import FileKind, Role, SignalSource
from h4casus.domain.errors import ValidationError
from h4casus.domain.labels import counted
from h4casus.security.policy import require
from h4casus.services.casework.households import (
    HouseholdInput,
    MemberInput,
    insert_household,
    start_level,
    validate_household,
)
from h4casus.services.core import audit_log
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m

REQUIRED = (
    "huishouden",
    "achternaam",
    "voornamen",
    "geboortedatum",
    "bsn",
    "relatie",
    "straat",
    "huisnummer",
    "toevoeging",
    "postcode",
    "plaats",
    "team",
)
OPTIONAL = ("tussenvoegsel", "bron", "wijk", "regisseur", "soort")
ADDRESS = (
    "straat",
    "huisnummer",
    "toevoeging",
    "postcode",
    "plaats",
    "team",
    "bron",
    "wijk",
    "soort",
)
KIND_COLUMN = "soort"
KIND_WITHOUT_COLUMN = FileKind.WMO.value  # files of an older format, without the column
MAX_ROWS = 200_000


@dataclass(frozen=True)
class RejectedRow:
    line: int  # line number in the file (the header is line 1)
    household: str
    reasons: tuple[str, ...]

    def __str__(self) -> str:
        return f"regel {self.line} (huishouden {self.household}): " + "; ".join(self.reasons)


class ImportRejected(ValidationError):
    """The file has invalid rows; nothing was written."""

    def __init__(self, rejected: list[RejectedRow]) -> None:
        self.rejected = rejected
        super().__init__(
            {
                "bestand": f"{counted(len(rejected), 'regel', 'regels')} afgekeurd; "
                "er is niets geïmporteerd"
            }
        )


@dataclass(frozen=True)
class ImportResult:
    households: int
    persons: int
    case_numbers: tuple[str, ...]
    teams: dict[str, int] = field(default_factory=dict)
    kinds: dict[str, int] = field(default_factory=dict)  # households per file kind
    kind_assumed: bool = False  # the file had no column soort: all registered as wmo


@dataclass
class _Row:
    line: int
    values: dict[str, str]
    reasons: list[str] = field(default_factory=list)


def _records(reader):
    """The CSV records; a malformed record (e.g. a field over the csv limit, a NUL byte)
    becomes a clear error naming its line instead of an unexpected failure."""
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ValidationError(
                f"regel {reader.line_num}: ongeldige CSV ({exc})", "bestand"
            ) from None
        yield record


def read_rows(data: bytes) -> list[_Row]:
    """Decode, sniff the delimiter from the header and map each row to the header names."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError("het bestand is geen UTF-8-tekst", "bestand") from None
    header_line = text.split("\n", 1)[0]
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise ValidationError("het bestand is leeg", "bestand") from None
    names = [h.strip().lower() for h in header]
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise ValidationError(
            f"kolommen ontbreken in de kopregel: {', '.join(missing)}", "kopregel"
        )
    unknown = [c for c in names if c not in REQUIRED and c not in OPTIONAL]
    if unknown:
        raise ValidationError(f"onbekende kolommen: {', '.join(unknown)}", "kopregel")
    if len(set(names)) != len(names):
        raise ValidationError("een kolom staat twee keer in de kopregel", "kopregel")
    rows: list[_Row] = []
    for record in _records(reader):
        line = reader.line_num
        if not any(cell.strip() for cell in record):
            continue  # blank line
        row = _Row(line, {})
        if len(record) != len(names):
            row.reasons.append(f"heeft {len(record)} velden, de kopregel {len(names)}")
        row.values = {n: (record[i] if i < len(record) else "") for i, n in enumerate(names)}
        if KIND_COLUMN in row.values:  # "Jeugdwet" and "jeugdwet " are the same kind
            row.values[KIND_COLUMN] = row.values[KIND_COLUMN].strip().lower()
        rows.append(row)
        if len(rows) > MAX_ROWS:
            raise ValidationError(f"meer dan {MAX_ROWS} regels; splits het bestand", "bestand")
    if not rows:
        raise ValidationError("het bestand bevat geen gegevensregels", "bestand")
    return rows


def _member(v: dict[str, str]) -> MemberInput:
    return MemberInput(
        given_names=v["voornamen"],
        family_name=v["achternaam"],
        family_name_prefix=v.get("tussenvoegsel") or None,
        birth_date=v["geboortedatum"],
        relation=v["relatie"],
        bsn=v["bsn"] or None,
    )


def _household_input(v: dict[str, str], gemeente: str, members: list[MemberInput]):
    kind = v.get(KIND_COLUMN, KIND_WITHOUT_COLUMN)
    return HouseholdInput(
        file_kind=kind,
        street=v["straat"],
        house_number=v["huisnummer"],
        house_number_suffix=v["toevoeging"] or None,
        postcode=v["postcode"],
        city=v["plaats"],
        gemeente=gemeente,
        team=v["team"],
        wijk=v.get("wijk") or None,
        signal_source=v.get("bron") or SignalSource.ANDERS.value,
        members=members,
    )


def _reasons(exc: ValidationError, strip: str = "lid 1 ") -> list[str]:
    """The row's problems, named by their column."""
    column = {"dossiersoort": KIND_COLUMN}
    return [f"{column.get(k, k.removeprefix(strip))}: {msg}" for k, msg in exc.errors.items()]


def import_households(ctx: ServiceContext, data: bytes) -> ImportResult:
    """Validate the whole file, then write every household in one unit of work.

    Raises ImportRejected (listing every bad row with its line number) when any row is
    invalid; then nothing is written."""
    ground = require(ctx.actor, "import.households")
    rows = read_rows(data)
    today = ctx.clock.today()
    groups: dict[str, list[_Row]] = defaultdict(list)
    for row in rows:
        key = row.values["huishouden"].strip()
        if not key:
            row.reasons.append("huishouden: is verplicht")
            continue
        groups[key].append(row)
    with ctx.session() as s:
        teams = {t.name: t for t in s.scalars(select(m.Team))}
        prepared = _validate(s, ctx, groups, teams, today)
        rejected = [
            RejectedRow(r.line, r.values.get("huishouden", ""), tuple(r.reasons))
            for r in rows
            if r.reasons
        ]
        if rejected:
            raise ImportRejected(rejected)
        kind_assumed = bool(rows) and KIND_COLUMN not in rows[0].values
        return _write(s, ctx, ground, prepared, teams, kind_assumed)


def _validate(
    s: Session, ctx: ServiceContext, groups, teams, today
) -> list[tuple[str, list[_Row], dict, list]]:
    prepared = []
    seen_bsn: dict[str, int] = {}  # BSN -> first line; checked over the whole file
    row_bsn: dict[int, str] = {}
    for group in groups.values():
        for row in group:
            try:
                number = validation.bsn(row.values["bsn"])
            except ValidationError:
                continue  # reported with the row's other problems below
            if number:
                row_bsn[row.line] = number
                if number in seen_bsn:
                    row.reasons.append(f"bsn: staat ook op regel {seen_bsn[number]}")
                seen_bsn.setdefault(number, row.line)
    for key, group in groups.items():
        first = group[0].values
        team = teams.get(first["team"].strip())
        gemeente = (team.gemeente if team and team.gemeente else first["plaats"]) or ""
        for row in group:
            v = row.values
            if v["team"].strip() and v["team"].strip() not in teams:
                row.reasons.append(f"team: '{v['team'].strip()}' bestaat niet")
            try:  # the address and the person on this row, with the shared rules
                validate_household(_household_input(v, gemeente, [_member(v)]), today)
            except ValidationError as exc:
                row.reasons.extend(_reasons(exc))
            if row is not group[0]:
                differs = [c for c in ADDRESS if c in v and v[c].strip() != first[c].strip()]
                if differs:
                    row.reasons.append(
                        f"adres wijkt af van regel {group[0].line} ({', '.join(differs)}); "
                        "één huishouden heeft één adres"
                    )
        if any(r.reasons for r in group):
            continue
        try:
            hh, members = validate_household(
                _household_input(first, gemeente, [_member(r.values) for r in group]), today
            )
        except ValidationError as exc:  # rules across members (e.g. the same BSN twice)
            for k, msg in exc.errors.items():
                idx = int(k.split(" ")[1]) - 1 if k.startswith("lid ") else 0
                group[idx].reasons.append(f"{k.split(' ', 2)[-1]}: {msg}")
            continue
        regisseur = _regisseur(s, ctx, first.get("regisseur", "").strip(), teams[hh["team"]])
        if isinstance(regisseur, str):
            group[0].reasons.append(regisseur)
        prepared.append((key, group, hh, members, regisseur))
    if seen_bsn:
        known = set(s.scalars(select(m.Person.bsn).where(m.Person.bsn.in_(list(seen_bsn)))))
        for group in groups.values():
            for row in group:
                if row_bsn.get(row.line) in known:
                    row.reasons.append("bsn: is al geregistreerd bij een ander huishouden")
    return prepared


def _regisseur(s: Session, ctx: ServiceContext, username: str, team: m.Team) -> int | str:
    """Who holds regie from day one: the named account, else the team's teamleider, else the
    importing account if it works in that team. A string is the reason for refusal."""
    if username:
        user = s.scalar(select(m.User).where(m.User.username == username, m.User.active))
        if user is None:
            return f"regisseur: account '{username}' bestaat niet"
        if not any(
            r.role in (Role.REGISSEUR, Role.CONSULENT, Role.TEAMLEIDER)
            and r.team_id in (None, team.id)
            for r in user.roles
        ):
            return f"regisseur: {username} werkt niet in {team.name}"
        return user.id
    leader = s.scalar(
        select(m.UserRole.user_id)
        .join(m.User, m.User.id == m.UserRole.user_id)
        .where(
            m.UserRole.role == Role.TEAMLEIDER.value,
            m.UserRole.team_id == team.id,
            m.User.active,
        )
        .order_by(m.UserRole.user_id)
        .limit(1)
    )
    if leader is not None:
        return leader
    teams = ctx.actor.team_ids()
    if teams is None or team.id in teams:
        return ctx.actor.user_id
    return f"regisseur: {team.name} heeft geen teamleider; geef een kolom regisseur"


def _write(
    s: Session, ctx: ServiceContext, ground: str, prepared, teams, kind_assumed: bool
) -> ImportResult:
    level = start_level(s)
    case_numbers: list[str] = []
    per_team: dict[str, int] = defaultdict(int)
    per_kind: dict[str, int] = defaultdict(int)
    persons = 0
    for _key, _group, hh_fields, members, regisseur_id in prepared:
        team = teams[hh_fields["team"]]
        hh = insert_household(
            s, ctx, hh_fields, members, team.id, regisseur_id, level, reason="import"
        )
        audit_log.record(
            s,
            ctx,
            "create",
            "import.households",
            ground=ground,
            household_id=hh.id,
            detail=f"import: {len(members)} gezinsleden",
        )
        case_numbers.append(hh.case_number)
        per_team[team.name] += 1
        per_kind[hh.file_kind] += 1
        persons += len(members)
    return ImportResult(
        len(case_numbers),
        persons,
        tuple(case_numbers),
        dict(per_team),
        dict(per_kind),
        kind_assumed,
    )


MAX_IMPORT_BYTES = 50 * 1024 * 1024  # about 300,000 rows; larger files: split them


def import_file(ctx: ServiceContext, path: Path) -> ImportResult:
    """Read and import one CSV file (at most MAX_IMPORT_BYTES; a regular file)."""
    path = Path(path)
    try:
        if not path.is_file():
            raise ValidationError(f"{path} is geen gewoon bestand", "bestand")
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ValidationError(
                f"{path.name} is te groot ({size // (1024 * 1024)} MB; hoogstens "
                f"{MAX_IMPORT_BYTES // (1024 * 1024)} MB): splits het bestand en importeer de "
                "delen na elkaar",
                "bestand",
            )
        with path.open("rb") as fh:
            data = fh.read(MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        raise ValidationError(f"kan {path} niet lezen: {exc.strerror}", "bestand") from None
    if len(data) > MAX_IMPORT_BYTES:
        raise ValidationError(f"{path.name} is te groot", "bestand")
    return import_households(ctx, data)
