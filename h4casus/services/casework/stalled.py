"""Regie op regie: when help stalls, the regisseur escalates to the teamleider or to the partner
whose part stalls, and records the answer later.

Rules:
- What stalls is flagged by `services.queries.signals` (an action past its deadline, a plan
  without progress since the last evaluation) and listed for the teamleider by
  `services.queries.stalled_help.regie_op_regie`; this module records the escalation itself.
- An escalation names to whom (the teamleider: an account with the teamleider role for the
  household's team; a partner: the organisation and contact, as text), what stalls
  (`subject`), and why / what is asked (`reason`). Later the answer is recorded once, with
  who and when; an answered escalation is history and does not change.
- Only for an open household; by the regisseur who holds regie or the teamleider
  (`regie.escalate`); the answer by them too (`regie.escalation_answer`). Both in the access
  log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, aliased

from h4casus.domain import validation as v
from h4casus.domain.enums import EscalationTarget, Role
from h4casus.domain.errors import ConflictError, NotFound, RuleViolation, ValidationError
from h4casus.services.access.authorize import authorize_and_log
from h4casus.services.casework.common import require_open
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m

MAX_PARTY = 200


@dataclass(frozen=True)
class RegieEscalationView:
    id: int
    household_id: int
    target: str  # teamleider | partner
    to_user_id: int | None
    addressee: str  # the teamleider's name, or the partner as typed
    subject: str
    reason: str
    raised_by: str
    raised_at: datetime
    answer: str | None
    answered_at: datetime | None
    answered_by: str | None
    version: int

    @property
    def open(self) -> bool:
        return self.answered_at is None


_TO, _BY, _ANS = (
    aliased(m.User, name="esc_to"),
    aliased(m.User, name="esc_by"),
    aliased(m.User, name="esc_answer"),
)


def escalation_select(*conditions):
    """SELECT of escalations with the names they show, newest first."""
    return (
        select(m.RegieEscalation, _TO.display_name, _BY.display_name, _ANS.display_name)
        .outerjoin(_TO, _TO.id == m.RegieEscalation.to_user_id)
        .join(_BY, _BY.id == m.RegieEscalation.raised_by)
        .outerjoin(_ANS, _ANS.id == m.RegieEscalation.answered_by)
        .where(*conditions)
        .order_by(m.RegieEscalation.raised_at.desc(), m.RegieEscalation.id.desc())
    )


_ROWS = escalation_select(m.RegieEscalation.household_id == bindparam("household_id"))


def escalation_view(
    e: m.RegieEscalation, to_name: str | None, by_name: str, answer_name: str | None
) -> RegieEscalationView:
    return RegieEscalationView(
        e.id,
        e.household_id,
        e.target,
        e.to_user_id,
        to_name if e.target == EscalationTarget.TEAMLEIDER.value else (e.to_party or ""),
        e.subject,
        e.reason,
        by_name,
        e.raised_at,
        e.answer,
        e.answered_at,
        answer_name,
        e.version,
    )


def escalation_rows(s: Session, household_id: int) -> list[RegieEscalationView]:
    """The household's escalations, newest first (one statement; for the case file)."""
    return [escalation_view(*r) for r in s.execute(_ROWS, {"household_id": household_id})]


def _teamleider(s: Session, username: str, team_id: int) -> m.User:
    user = s.scalar(select(m.User).where(m.User.username == username))
    if user is None or not user.active:
        raise ValidationError(f"account '{username}' bestaat niet of is niet actief", "aan")
    if not any(
        r.role == Role.TEAMLEIDER.value and r.team_id in (None, team_id) for r in user.roles
    ):
        raise ValidationError(f"{username} is geen teamleider van dit team", "aan")
    return user


def teamleiders(ctx: ServiceContext, household_id: int) -> list[tuple[str, str]]:
    """(username, display name) of the active teamleiders of the household's team (then
    those for all teams): whom the escalation dialog offers."""
    with ctx.read_session() as s:
        hh = authorize_and_log(
            s, ctx, "household.read", household_id, "read", detail="teamleiders van het team"
        )
        rows = s.execute(
            select(m.User.username, m.User.display_name, m.UserRole.team_id)
            .join(m.UserRole, m.UserRole.user_id == m.User.id)
            .where(
                m.User.active.is_(True),
                m.UserRole.role == Role.TEAMLEIDER.value,
                (m.UserRole.team_id == hh.team_id) | m.UserRole.team_id.is_(None),
            )
        ).all()
        # the team's own teamleiders first, then those for all teams
        out: dict[str, str] = {}
        for username, name, _team in sorted(rows, key=lambda r: (r[2] is None, r[1])):
            out.setdefault(username, name)
        return list(out.items())


def escalate(
    ctx: ServiceContext,
    household_id: int,
    target: str,
    to: str,
    subject: str,
    reason: str,
) -> RegieEscalationView:
    """Record an escalation: `to` is the teamleider's account name (target "teamleider") or
    the partner organisation and contact (target "partner")."""
    e = v.FieldErrors()
    kind = e.check("aan wie", v.choice, target, EscalationTarget, "aan wie")
    addressee = e.check("aan", v.text, to, "aan", max_len=MAX_PARTY)
    what = e.check("wat", v.text, subject, "wat", max_len=v.MAX_TEXT, multiline=True)
    why = e.check("waarom", v.text, reason, "waarom", max_len=v.MAX_TEXT, multiline=True)
    e.raise_if_any()
    with ctx.session() as s:
        hh = authorize_and_log(
            s, ctx, "regie.escalate", household_id, "create", detail=f"regie op regie: {kind}"
        )
        require_open(hh)
        row = m.RegieEscalation(
            household_id=household_id,
            target=kind.value,
            subject=what,
            reason=why,
            raised_by=ctx.actor.user_id,
            raised_at=ctx.clock.now(),
        )
        to_name = None
        if kind is EscalationTarget.TEAMLEIDER:
            user = _teamleider(s, addressee, hh.team_id)
            row.to_user_id, to_name = user.id, user.display_name
        else:
            row.to_party = addressee
        s.add(row)
        s.flush()
        return escalation_view(row, to_name, s.get(m.User, ctx.actor.user_id).display_name, None)


def record_answer(
    ctx: ServiceContext, escalation_id: int, answer: str, *, expected_version: int | None = None
) -> RegieEscalationView:
    """The answer of the teamleider or the partner (once)."""
    text = v.text(answer, "antwoord", max_len=v.MAX_TEXT, multiline=True)
    with ctx.session() as s:
        row = s.get(m.RegieEscalation, escalation_id)
        if row is None:
            raise NotFound(f"opschaling {escalation_id} bestaat niet")
        authorize_and_log(
            s,
            ctx,
            "regie.escalation_answer",
            row.household_id,
            "update",
            detail="regie op regie: antwoord",
        )
        if expected_version is not None and row.version != expected_version:
            raise ConflictError("de opschaling is intussen gewijzigd; laad opnieuw")
        if row.answered_at is not None:
            raise RuleViolation("op deze opschaling is al een antwoord vastgelegd")
        row.answer = text
        row.answered_at = ctx.clock.now()
        row.answered_by = ctx.actor.user_id
        s.flush()
        (found,) = s.execute(escalation_select(m.RegieEscalation.id == row.id)).all()
        return escalation_view(*found)
