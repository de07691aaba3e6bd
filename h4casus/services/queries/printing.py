"""The print stamp: the audit row that records a print or export, and what every printed page
shows about it (who, when, which log row).

Rules: the row is written in the same unit of work that reads the data for the print, before
the document exists (the log records that the data were read out for a print, also when
writing the file fails afterwards); its id is the "logboekkenmerk" on every page, so a paper
copy found anywhere leads back to who printed it and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from h4casus.services.core import audit_log
from h4casus.storage import models as m

PRINT, EXPORT = "print", "export"


@dataclass(frozen=True)
class PrintStamp:
    audit_id: int
    event: str  # print | export
    action: str  # e.g. report.case
    username: str
    printed_by: str  # display name
    printed_at: datetime
    workstation: str

    @property
    def reference(self) -> str:
        """The log reference printed on every page."""
        return f"L{self.audit_id:07d}"


def stamp(
    s: Session,
    ctx,
    event: str,
    action: str,
    *,
    ground: str,
    household_id: int | None = None,
    detail: str | None = None,
) -> PrintStamp:
    """Write the audit row for this print or export and return what the pages show."""
    audit_id = audit_log.record(
        s, ctx, event, action, ground=ground, household_id=household_id, detail=detail
    )
    name = s.scalar(select(m.User.display_name).where(m.User.id == ctx.actor.user_id))
    return PrintStamp(
        audit_id=audit_id,
        event=event,
        action=action,
        username=ctx.actor.username,
        printed_by=name or ctx.actor.username,
        printed_at=ctx.clock.now().replace(microsecond=0),
        workstation=ctx.actor.workstation,
    )
