"""Everything stored about one person, as one JSON document (inzageverzoek, AVG art. 15).

The document holds the person record, the household data that concerns them, every row in
the file that is about them or about the whole household (consents, plan versions, goals and
actions, measurements, 18-/18+ plan, journal entries, meldcode steps, corrections, ...), and
the access-log entries about them or their household (who looked at their data). Rows about
other members are left out.

Confidential journal entries (need to know), decided for AVG art. 15:
- An entry recorded *about this person* (person_id = them) is included, confidential or not:
  it is their personal data, and "confidential" keeps an entry within the wijkteam, not from
  the person it is about.
- A confidential entry about the *whole household* is withheld: such entries typically hold
  what others told the wijkteam or worries about a member's safety (Meldcode), and handing
  them to one member can harm another (art. 15 lid 4 AVG, art. 41 UAVG: the rights and
  freedoms of others). The document says how many were withheld and on what ground
  (`achtergehouden`), so the privacy officer can judge them one by one and add what may be
  given; nothing is withheld silently.
- Only a teamleider makes this export (`export.person`); the teamleider may read every
  confidential entry, so the export shows them nothing new.

Which tables belong to the file follows from the foreign keys (see retention.household_rows),
so tables added later are exported without changes here.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from h4casus import __version__
from h4casus.domain.errors import NotFound, ValidationError
from h4casus.services.access.authorize import authorize_and_log
from h4casus.services.core.context import ServiceContext
from h4casus.services.privacy.retention import household_rows
from h4casus.storage import models as m

FORMAT = "h4casus-inzage"
FORMAT_VERSION = 1
# Internal bookkeeping columns that mean nothing to the person.
SKIP_COLUMNS = {"version", "name_key", "street_key", "sort_name"}
AUDIT_COLUMNS = (
    "id",
    "at",
    "event",
    "action",
    "username",
    "on_behalf_of",
    "workstation",
    "household_id",
    "person_id",
    "ground",
    "detail",
)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def _row(table, row, users: dict[int, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for col in table.columns:
        if col.name in SKIP_COLUMNS:
            continue
        val = row._mapping[col]
        out[col.name] = _plain(val)
        if val is not None and any(fk.column.table.name == "users" for fk in col.foreign_keys):
            out[f"{col.name}_naam"] = users.get(val, "?")
    return out


def collect(s: Session, person: m.Person) -> dict[str, Any]:
    users = dict(s.execute(select(m.User.id, m.User.display_name)).all())
    records: dict[str, list[dict[str, Any]]] = {}
    person_row: dict[str, Any] = {}
    household_row: dict[str, Any] = {}
    for table, cond in household_rows(person.household_id, person.id):
        pk = list(table.primary_key.columns)
        rows = [_row(table, r, users) for r in s.execute(select(table).where(cond).order_by(*pk))]
        if table.name == "persons":
            person_row = rows[0] if rows else {}
        elif table.name == "households":
            household_row = rows[0] if rows else {}
        elif rows:
            records[table.name] = rows
    withheld = _withhold_household_confidential(records)
    team = s.get(m.Team, person.household.team_id)
    household_row["team"] = team.name if team else None
    household_row["aantal_gezinsleden"] = len(person.household.members)
    audit = [
        {c: _plain(getattr(a, c)) for c in AUDIT_COLUMNS}
        for a in s.scalars(
            select(m.AuditEvent)
            .where(
                or_(
                    m.AuditEvent.person_id == person.id,
                    m.AuditEvent.household_id == person.household_id,
                )
            )
            .order_by(m.AuditEvent.id)
        )
    ]
    out = {
        "persoon": person_row,
        "huishouden": household_row,
        "gegevens": records,
        "logboek": audit,
    }
    if withheld:
        out["achtergehouden"] = {
            "vertrouwelijke_journaalregels_over_het_hele_huishouden": withheld,
            "grond": WITHHELD_GROUND,
        }
    return out


WITHHELD_GROUND = (
    "art. 15 lid 4 AVG en art. 41 UAVG: vertrouwelijke journaalregels over het hele "
    "huishouden kunnen gegevens over anderen bevatten; de privacyfunctionaris beoordeelt ze "
    "afzonderlijk"
)


def _withhold_household_confidential(records: dict[str, list[dict[str, Any]]]) -> int:
    """Drop confidential journal entries that are not about the person (see the module
    docstring); returns how many were withheld."""
    rows = records.get("journal_entries")
    if not rows:
        return 0
    kept = [r for r in rows if not r["confidential"] or r["person_id"] is not None]
    if kept:
        records["journal_entries"] = kept
    else:
        del records["journal_entries"]
    return len(rows) - len(kept)


def export_person(ctx: ServiceContext, person_id: int) -> dict[str, Any]:
    """The inzage document for one person; the export itself is logged (before collecting,
    so the document shows this export too)."""
    if isinstance(person_id, bool) or not isinstance(person_id, int) or person_id < 1:
        raise ValidationError("moet een positief nummer zijn", "persoon")
    with ctx.session() as s:
        p = s.get(m.Person, person_id)
        if p is None:
            raise NotFound(f"persoon {person_id} bestaat niet")
        authorize_and_log(
            s, ctx, "export.person", p.household_id, "export", person_id=p.id, detail="inzage"
        )
        body = collect(s, p)
        return {
            "formaat": FORMAT,
            "formaatversie": FORMAT_VERSION,
            "programma": f"h4casus {__version__}",
            "gemaakt_op": ctx.clock.now().replace(microsecond=0).isoformat(),
            "gemaakt_door": ctx.actor.username,
            **body,
        }


def write_json(document: dict[str, Any], path: Path) -> None:
    """Write atomically (temp file in the same folder, fsync, rename), readable by the owner
    only. The caller asked for this file; nothing else is written."""
    path = Path(path)
    if path.is_dir():
        raise ValidationError(f"{path} is een map; geef een bestandsnaam", "uitvoer")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(f"map {folder} bestaat niet", "uitvoer")
    data = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=".h4c-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
