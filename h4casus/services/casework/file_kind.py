"""The file kind: which law a household's file falls under (Jeugdwet, Wmo, Participatiewet).
It decides the retention period (services.privacy.retention).

Rules:
- the kind is chosen at registration, never assumed (`domain.validation.file_kind`); the CSV
  import takes it from the optional column `soort` (services.admin.importer);
- it changes only with a reason, by the household's regisseur or the teamleider of its team
  (policy action `household.file_kind`); every change is kept (from, to, why, who, when) and
  logged;
- a file that was ever under the Jeugdwet keeps the Jeugdwet retention period, whatever its
  kind now (`had_youth_help`): youth help on record is kept as long as the Jeugdwet asks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, exists, or_, select
from sqlalchemy.orm.exc import StaleDataError

from h4casus.domain import validation as v
from h4casus.domain.enums import FileKind
from h4casus.domain.errors import ConflictError, RuleViolation
from h4casus.services.access.authorize import authorize_and_log
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m

JEUGDWET = FileKind.JEUGDWET.value


@dataclass(frozen=True)
class FileKindChangeView:
    id: int
    household_id: int
    from_kind: str
    to_kind: str
    reason: str
    changed_by: str
    changed_at: datetime


def had_youth_help() -> ColumnElement[bool]:
    """SQL, correlated with `households`: the file is, or ever was, under the Jeugdwet."""
    return or_(
        m.Household.file_kind == JEUGDWET,
        exists(
            select(m.FileKindChange.id).where(
                m.FileKindChange.household_id == m.Household.id,
                m.FileKindChange.from_kind == JEUGDWET,
            )
        ),
    )


_HISTORY = (
    select(m.FileKindChange, m.User.display_name)
    .join(m.User, m.User.id == m.FileKindChange.changed_by)
    .order_by(m.FileKindChange.changed_at, m.FileKindChange.id)
)


def _rows(s, *conditions) -> list[FileKindChangeView]:
    return [
        FileKindChangeView(
            c.id, c.household_id, c.from_kind, c.to_kind, c.reason, name, c.changed_at
        )
        for c, name in s.execute(_HISTORY.where(*conditions))
    ]


def change_file_kind(
    ctx: ServiceContext,
    household_id: int,
    kind: str,
    reason: str,
    *,
    expected_version: int | None = None,
) -> FileKindChangeView:
    """Change the file kind with a reason; kept in the history and logged."""
    e = v.FieldErrors()
    new = e.check("dossiersoort", v.file_kind, kind)
    why = e.check("reden", v.text, reason, "reden", max_len=v.MAX_TEXT, multiline=True)
    e.raise_if_any()
    try:
        with ctx.session() as s:
            hh = authorize_and_log(
                s,
                ctx,
                "household.file_kind",
                household_id,
                "update",
                detail=f"dossiersoort naar {new.value}",
            )
            if expected_version is not None and hh.version != expected_version:
                raise ConflictError("het huishouden is intussen gewijzigd; laad het opnieuw")
            if hh.file_kind == new.value:
                raise RuleViolation(f"het dossier valt al onder {new.value}")
            change = m.FileKindChange(
                household_id=hh.id,
                from_kind=hh.file_kind,
                to_kind=new.value,
                reason=why,
                changed_by=ctx.actor.user_id,
                changed_at=ctx.clock.now(),
            )
            s.add(change)
            hh.file_kind = new.value
            s.flush()
            return _rows(s, m.FileKindChange.id == change.id)[0]
    except StaleDataError:
        raise ConflictError("het huishouden is intussen gewijzigd; laad het opnieuw") from None


def file_kind_history(ctx: ServiceContext, household_id: int) -> list[FileKindChangeView]:
    with ctx.session() as s:
        authorize_and_log(s, ctx, "household.read", household_id, "read", detail="dossiersoort")
        return _rows(s, m.FileKindChange.household_id == household_id)
