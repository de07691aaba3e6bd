"""Viewing, filtering and exporting the access log (NEN 7513).

A teamleider sees the rows about households of their own team(s); a beheerder (and a
teamleider for all teams) sees every row. Looking at the log and exporting it are logged
themselves. CSV cells that a spreadsheet would run as a formula are neutralised."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from h4casus.domain.enums import Role
from h4casus.domain.errors import PermissionDenied
from h4casus.domain.validation import FieldErrors
from h4casus.security.audit import EVENTS
from h4casus.security.keyslots import atomic_write
from h4casus.security.output_paths import check_output_path
from h4casus.security.policy import require
from h4casus.services.core import audit_log
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m

MAX_ROWS = 100_000
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = (
    "id",
    "tijdstip",
    "gebeurtenis",
    "actie",
    "gebruiker",
    "namens",
    "werkplek",
    "huishouden",
    "persoon",
    "grond",
    "noodtoegang_reden",
    "toelichting",
)


@dataclass(frozen=True)
class AuditFilter:
    username: str | None = None
    household_id: int | None = None
    event: str | None = None
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    case_number: str | None = None  # the household by its case number
    action: str | None = None  # an action ("regie.transfer") or its start ("regie.")


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: str
    event: str
    action: str
    username: str
    on_behalf_of: str | None
    workstation: str
    household_id: int | None
    person_id: int | None
    ground: str
    breakglass_reason: str | None
    detail: str | None
    case_number: str | None = None  # of household_id, when that household still exists

    def cells(self) -> list[str]:
        values = (
            self.id,
            self.at,
            self.event,
            self.action,
            self.username,
            self.on_behalf_of,
            self.workstation,
            self.household_id,
            self.person_id,
            self.ground,
            self.breakglass_reason,
            self.detail,
        )
        return ["" if v is None else str(v) for v in values]


def neutralise(cell: str) -> str:
    """A cell a spreadsheet would evaluate (=, +, -, @, tab, CR first) gets a leading '."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def _validate(flt: AuditFilter) -> None:
    errors = FieldErrors()
    if flt.event is not None and flt.event not in EVENTS:
        errors.add("gebeurtenis", f"kies een van: {', '.join(EVENTS)}")
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        errors.add("periode", "de begindatum ligt na de einddatum")
    if flt.username is not None and len(flt.username) > 64:
        errors.add("gebruiker", "te lang")
    if flt.case_number is not None and len(flt.case_number) > 32:
        errors.add("dossiernummer", "te lang")
    if flt.action is not None and (len(flt.action) > 64 or "%" in flt.action):
        errors.add("actie", "moet een actie zijn, zoals regie.transfer of regie.")
    errors.raise_if_any()


def _query(s, ctx, flt: AuditFilter):
    q = select(m.AuditEvent, m.Household.case_number).outerjoin(
        m.Household, m.Household.id == m.AuditEvent.household_id
    )
    if flt.username:
        q = q.where(m.AuditEvent.username == flt.username)
    if flt.household_id is not None:
        q = q.where(m.AuditEvent.household_id == flt.household_id)
    if flt.event:
        q = q.where(m.AuditEvent.event == flt.event)
    if flt.case_number:
        q = q.where(
            m.AuditEvent.household_id.in_(
                select(m.Household.id).where(m.Household.case_number == flt.case_number)
            )
        )
    if flt.action:
        if flt.action.endswith("."):
            q = q.where(m.AuditEvent.action.startswith(flt.action, autoescape=True))
        else:
            q = q.where(m.AuditEvent.action == flt.action)
    # `at` is ISO 8601 text, so string comparison on the date part orders correctly.
    if flt.date_from:
        q = q.where(m.AuditEvent.at >= flt.date_from.isoformat())
    if flt.date_to:
        q = q.where(m.AuditEvent.at < (flt.date_to + timedelta(days=1)).isoformat())
    teams = _visible_teams(ctx)
    if teams is not None:
        team_households = select(m.Household.id).where(m.Household.team_id.in_(teams))
        q = q.where(m.AuditEvent.household_id.in_(team_households))
    return q.order_by(m.AuditEvent.id).limit(MAX_ROWS)


def _visible_teams(ctx: ServiceContext) -> set[int] | None:
    """None: every row (beheerder, or teamleider for all teams); else the teamleider's teams."""
    if ctx.actor.has_role(Role.BEHEERDER):
        return None
    teams = ctx.actor.team_ids(Role.TEAMLEIDER)
    if teams is not None and not teams:
        raise PermissionDenied(f"{ctx.actor.username} heeft geen recht om het logboek in te zien")
    return teams


def _rows(s, ctx, flt: AuditFilter) -> list[AuditRow]:
    found = s.execute(_query(s, ctx, flt)).all()
    events = [e for e, _case in found]
    cases = {e.id: case for e, case in found}
    grant_ids = {
        int(e.ground.split(":", 1)[1])
        for e in events
        if e.ground.startswith("break-glass:") and e.ground.split(":", 1)[1].strip().isdigit()
    }
    reasons = {}
    if grant_ids:
        reasons = dict(
            s.execute(
                select(m.BreakGlassGrant.id, m.BreakGlassGrant.reason).where(
                    m.BreakGlassGrant.id.in_(grant_ids)
                )
            ).all()
        )
    out = []
    for e in events:
        reason = None
        if e.ground.startswith("break-glass:"):
            gid = e.ground.split(":", 1)[1].strip()
            reason = reasons.get(int(gid)) if gid.isdigit() else None
        out.append(
            AuditRow(
                e.id,
                e.at,
                e.event,
                e.action,
                e.username,
                e.on_behalf_of,
                e.workstation,
                e.household_id,
                e.person_id,
                e.ground,
                reason,
                e.detail,
                cases.get(e.id),
            )
        )
    return out


def _describe(flt: AuditFilter) -> str:
    parts = []
    if flt.username:
        parts.append(f"gebruiker={flt.username}")
    if flt.household_id is not None:
        parts.append(f"huishouden={flt.household_id}")
    if flt.event:
        parts.append(f"gebeurtenis={flt.event}")
    if flt.case_number:
        parts.append(f"dossier={flt.case_number}")
    if flt.action:
        parts.append(f"actie={flt.action}")
    if flt.date_from or flt.date_to:
        parts.append(f"periode={flt.date_from or ''}..{flt.date_to or ''}")
    return ", ".join(parts) or "geen filter"


def list_events(ctx: ServiceContext, flt: AuditFilter | None = None) -> list[AuditRow]:
    """The log rows the actor may see, filtered; the look itself is logged."""
    flt = flt or AuditFilter()
    _validate(flt)
    with ctx.read_session() as s:
        ground = require(ctx.actor, "audit.read")
        rows = _rows(s, ctx, flt)
        audit_log.record(
            s,
            ctx,
            "read",
            "audit.read",
            ground=ground,
            household_id=flt.household_id,
            detail=f"{len(rows)} regels; {_describe(flt)}"[:400],
        )
        return rows


def export_csv(ctx: ServiceContext, target: Path, flt: AuditFilter | None = None) -> int:
    """Write the visible, filtered rows as CSV (UTF-8 with BOM, ';'); returns the row count.
    The file is written atomically; the export is logged in the same unit of work."""
    target = check_output_path(target, store_db=ctx.vault.path)
    flt = flt or AuditFilter()
    _validate(flt)
    with ctx.session() as s:
        ground = require(ctx.actor, "audit.export")
        rows = _rows(s, ctx, flt)
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([neutralise(c) for c in row.cells()])
        audit_log.record(
            s,
            ctx,
            "export",
            "audit.export",
            ground=ground,
            household_id=flt.household_id,
            detail=f"{len(rows)} regels naar CSV; {_describe(flt)}"[:400],
        )
        s.flush()
        atomic_write(Path(target), ("\ufeff" + buf.getvalue()).encode("utf-8"))
        return len(rows)
