"""Actions of a goal: who does what (inwoner, netwerk, wijkteam, aanbieder, ...) by when,
and their status; finishing one records the day."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from h4casus.domain import validation as v
from h4casus.domain.enums import ActionStatus, NetworkKind, ResponsibleType
from h4casus.domain.errors import NotFound, ValidationError
from h4casus.services.core.context import ServiceContext
from h4casus.services.plan.versions import (
    check_version,
    conflict,
    goal_for_edit,
    household_of_version,
)
from h4casus.services.plan.views import ActionView, action_view
from h4casus.storage import models as m

# --------------------------------------------------------------------------- actions


def validate_action(data: dict, e: v.FieldErrors, partial: bool) -> dict:
    clean: dict = {}
    if not partial or "description" in data:
        clean["description"] = e.check(
            "actie", v.text, data.get("description"), "actie", max_len=v.MAX_TEXT, multiline=True
        )
    if not partial or "responsible_type" in data:
        rt = e.check(
            "wie", v.choice, data.get("responsible_type"), ResponsibleType, "verantwoordelijke"
        )
        clean["responsible_type"] = rt.value if rt else None
    if "responsible_name" in data:
        clean["responsible_name"] = e.check(
            "naam verantwoordelijke",
            v.text,
            data["responsible_name"],
            "naam verantwoordelijke",
            required=False,
        )
    if "network_contact_id" in data:
        cid = data["network_contact_id"]
        if cid is not None and (not isinstance(cid, int) or isinstance(cid, bool)):
            e.add("netwerklid", "is geen netwerklid")
        else:
            clean["network_contact_id"] = cid
    if "deadline" in data:
        clean["deadline"] = e.check(
            "deadline", v.parse_date, data["deadline"], "deadline", required=False
        )
    if "status" in data:
        st = e.check("status", v.choice, data["status"], ActionStatus, "status")
        clean["status"] = st.value if st else None
    return clean


ACTION_FIELDS = {
    "description",
    "responsible_type",
    "responsible_name",
    "network_contact_id",
    "deadline",
    "status",
}


def check_network_owner(s: Session, goal: m.Goal, clean: dict) -> None:
    """An action assigned to a network member: the member is in this household's active
    network, and the owner type follows the member (eigen netwerk: netwerk; a professional
    stays aanbieder or professional as chosen, else professional)."""
    cid = clean.get("network_contact_id")
    if cid is None:
        return
    c = s.get(m.NetworkContact, cid)
    hid = household_of_version(s, goal.plan_version_id)
    if c is None or c.household_id != hid:
        raise ValidationError("hoort niet bij het netwerk van dit huishouden", "netwerklid")
    if not c.active:
        raise ValidationError("is niet meer betrokken (beëindigd)", "netwerklid")
    if c.kind == NetworkKind.INFORMEEL.value:
        clean["responsible_type"] = ResponsibleType.NETWERK.value
    elif clean.get("responsible_type") not in (
        ResponsibleType.AANBIEDER.value,
        ResponsibleType.PROFESSIONAL.value,
    ):
        clean["responsible_type"] = ResponsibleType.PROFESSIONAL.value
    if not clean.get("responsible_name"):
        clean["responsible_name"] = (
            c.contact_name if c.kind == NetworkKind.INFORMEEL.value else c.organisation
        )


def add_action(
    ctx: ServiceContext,
    goal_id: int,
    description: str,
    responsible_type: str,
    *,
    responsible_name: str | None = None,
    network_contact_id: int | None = None,
    deadline: date | str | None = None,
    status: str = ActionStatus.OPEN.value,
    new_concept: bool = False,
) -> ActionView:
    """An action of a goal in the concept; with `new_concept`, an action of a goal of the
    last vastgestelde version goes to that goal's copy in a new concept started from it."""
    e = v.FieldErrors()
    clean = validate_action(
        {
            "description": description,
            "responsible_type": responsible_type,
            "responsible_name": responsible_name,
            "network_contact_id": network_contact_id,
            "deadline": deadline,
            "status": status,
        },
        e,
        partial=False,
    )
    e.raise_if_any()
    with ctx.session() as s:
        g = goal_for_edit(
            s, ctx, goal_id, f"plan: actie bij doel {goal_id}", new_concept=new_concept
        )
        check_network_owner(s, g, clean)
        position = (
            s.scalar(select(func.max(m.Action.position)).where(m.Action.goal_id == g.id)) or 0
        ) + 1
        a = m.Action(goal_id=g.id, position=position, **clean)
        if a.status == ActionStatus.AFGEROND.value:
            a.completed_on = ctx.clock.today()
        s.add(a)
        s.flush()
        return action_view(a)


def _action_for_edit(
    s: Session,
    ctx: ServiceContext,
    action_id: int,
    detail: str,
    *,
    expected_version: int | None = None,
    new_concept: bool = False,
) -> m.Action:
    """The action to change (its copy in a new concept, see `goal_for_edit`). A copied
    action keeps its goal's lineage and its position, which finds it in the copy."""
    a = s.get(m.Action, action_id)
    if a is None:
        raise NotFound(f"actie {action_id} bestaat niet")
    check_version(a, expected_version)
    g = goal_for_edit(s, ctx, a.goal_id, detail, new_concept=new_concept)
    if g.id == a.goal_id:
        return a
    copies = s.scalars(
        select(m.Action).where(m.Action.goal_id == g.id).order_by(m.Action.position, m.Action.id)
    ).all()
    same = [c for c in copies if c.position == a.position]
    copy = next((c for c in same if c.description == a.description), same[0] if same else None)
    if copy is None:  # pragma: no cover - copy_version copies every action
        raise conflict()
    return copy


def update_action(
    ctx: ServiceContext,
    action_id: int,
    expected_version: int | None = None,
    *,
    new_concept: bool = False,
    **changes,
) -> ActionView:
    """Change an action of the concept (with `new_concept`: see `add_action`)."""
    e = v.FieldErrors()
    for key in set(changes) - ACTION_FIELDS:
        e.add(key, "kan hier niet worden gewijzigd")
    clean = validate_action(changes, e, partial=True)
    e.raise_if_any()
    try:
        with ctx.session() as s:
            a = _action_for_edit(
                s,
                ctx,
                action_id,
                f"plan: actie {action_id}",
                expected_version=expected_version,
                new_concept=new_concept,
            )
            if "network_contact_id" in clean:
                if "responsible_type" not in clean:
                    clean["responsible_type"] = a.responsible_type
                check_network_owner(s, s.get(m.Goal, a.goal_id), clean)
            for key, val in clean.items():
                setattr(a, key, val)
            if "status" in clean:
                done = clean["status"] == ActionStatus.AFGEROND.value
                a.completed_on = (a.completed_on or ctx.clock.today()) if done else None
            s.flush()
            return action_view(a)
    except StaleDataError:
        raise conflict() from None


def remove_action(ctx: ServiceContext, action_id: int, *, new_concept: bool = False) -> None:
    with ctx.session() as s:
        a = _action_for_edit(
            s, ctx, action_id, f"plan: actie {action_id} verwijderd", new_concept=new_concept
        )
        s.delete(a)
