"""Restriction of processing (AVG art. 18) as a safety net on every ORM flush.

Once a person is `restricted`, no row about them (any record with their person_id) may be
added or changed, and their own record may not change except the restriction flag itself —
unless the unit of work was granted the privileged path for their household
(`permit`, called by services.access when the policy allows `person.process_restricted`).
The history rows of restriction itself and the access log are always allowed. Retention works below the ORM
and is not affected.
"""

from __future__ import annotations

from itertools import chain

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from h4casus.domain.errors import PermissionDenied
from h4casus.storage import models as m

PERMITTED = "restricted_processing_households"
FLAG_ONLY = {"restricted", "version"}
MESSAGE = (
    "de verwerking van gegevens van persoon {pid} is beperkt (AVG art. 18); alleen de "
    "teamleider van het team mag ze nog verwerken"
)


def permit(session: Session, household_id: int) -> None:
    """This unit of work may process restricted persons of `household_id`."""
    session.info.setdefault(PERMITTED, set()).add(household_id)


def refuse_if_restricted(session: Session, person_id: int) -> None:
    """Refuse any use (reading included) of a restricted person's data outside the
    privileged path; called by services.access when a service names the person."""
    person = session.get(m.Person, person_id)
    permitted = session.info.get(PERMITTED, set())
    if person is not None and person.restricted and person.household_id not in permitted:
        raise PermissionDenied(MESSAGE.format(pid=person_id))


def _changed_attrs(obj) -> set[str]:
    state = inspect(obj)
    return {a.key for a in state.attrs if a.history.has_changes()}


@event.listens_for(Session, "before_flush")
def refuse_processing_of_restricted_persons(session: Session, _ctx, _instances) -> None:
    permitted = session.info.get(PERMITTED, set())
    with session.no_autoflush:
        for obj in chain(session.new, session.dirty):
            if isinstance(obj, m.PersonRestriction | m.AuditEvent):
                continue  # the restriction's own history, and the access log
            if isinstance(obj, m.Person):
                if obj in session.new or not session.is_modified(obj):
                    continue
                was_restricted = inspect(obj).attrs.restricted.history
                before = (was_restricted.deleted or was_restricted.unchanged or [obj.restricted])[0]
                touched = _changed_attrs(obj)
                if before and not touched <= FLAG_ONLY and obj.household_id not in permitted:
                    raise PermissionDenied(MESSAGE.format(pid=obj.id))
                continue
            pid = getattr(obj, "person_id", None)
            if pid is None:
                continue
            if obj in session.dirty and not session.is_modified(obj):
                continue
            person = session.get(m.Person, pid)
            if person is not None and person.restricted and person.household_id not in permitted:
                raise PermissionDenied(MESSAGE.format(pid=pid))
