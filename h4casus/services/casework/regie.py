"""Regie: who directs a household, and the explicit handover (overdracht) between regisseurs.

An open household always has exactly one active regisseur (the partial unique index holds
"at most one"; these services hold "at least one"). A handover is proposed by the current
regisseur or the teamleider, accepted by the receiver, and approved when the configuration
says so (`handover_requires_approval`: always / across_teams / never) — four eyes, by someone
else than the proposer, the giver and the receiver (services.casework.approval), also when
a teamleider proposes it. Until it completes the current regisseur stays. Regie can go
temporarily to an external party (jeugdbescherming, Veilig Thuis, Raad voor de
Kinderbescherming) and come back.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from h4casus.domain import validation as v
from h4casus.domain.enums import HandoverStatus
from h4casus.domain.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from h4casus.security.policy import decide
from h4casus.services.access.authorize import authorize_and_log
from h4casus.services.casework import approval
from h4casus.services.casework.common import in_team, require_open, user_by_name, user_team_ids
from h4casus.services.casework.eigen_regie import end_open_eigen_regie
from h4casus.services.core.context import ServiceContext
from h4casus.services.core.settings import read_settings
from h4casus.storage import models as m
from h4casus.storage.active_regie import active_regie_on, active_regisseur_id

PENDING = (HandoverStatus.VOORGESTELD.value, HandoverStatus.GEACCEPTEERD.value)


@dataclass(frozen=True)
class RegieEntry:
    id: int
    user_id: int | None
    holder: str  # display name of the regisseur, or the external party
    external_party: str | None
    started_at: datetime
    ended_at: datetime | None
    reason: str
    end_reason: str | None

    @property
    def active(self) -> bool:
        return self.ended_at is None


@dataclass(frozen=True)
class HandoverView:
    id: int
    household_id: int
    from_user_id: int | None
    from_name: str | None
    to_user_id: int | None
    to_name: str | None
    proposed_by: int
    proposed_at: datetime
    reason: str
    note: str
    status: str
    needs_approval: bool
    accepted_at: datetime | None
    approved_by: int | None
    decided_at: datetime | None
    version: int
    # While it waits for approval: who may approve it; empty: nobody can yet.
    approvers: tuple[str, ...] | None = None

    @property
    def waiting_note(self) -> str | None:
        return approval.waiting_note(self.approvers)


# --------------------------------------------------------------------------- session helpers


def active_assignment(s: Session, household_id: int) -> m.RegieAssignment | None:
    return s.scalar(select(m.RegieAssignment).where(active_regie_on(household_id)))


def end_assignment(s: Session, household_id: int, at: datetime, reason: str) -> None:
    current = active_assignment(s, household_id)
    if current is not None:
        current.ended_at = at
        current.end_reason = reason
        s.flush()  # the partial unique index must see the end before a new start


def start_assignment(
    s: Session,
    household_id: int,
    at: datetime,
    reason: str,
    *,
    by: int,
    user_id: int | None = None,
    external_party: str | None = None,
) -> m.RegieAssignment:
    end_assignment(s, household_id, at, reason)
    row = m.RegieAssignment(
        household_id=household_id,
        user_id=user_id,
        external_party=external_party,
        started_at=at,
        reason=reason,
        assigned_by=by,
    )
    s.add(row)
    s.flush()
    return row


def cancel_pending_handovers(s: Session, household_id: int, at: datetime, note: str) -> None:
    for h in s.scalars(
        select(m.Handover).where(
            m.Handover.household_id == household_id, m.Handover.status.in_(PENDING)
        )
    ):
        h.status = HandoverStatus.INGETROKKEN.value
        h.decided_at = at
        h.decision_note = note


# Built once (a SELECT with aliased joins costs more to construct than to run).
_HISTORY = (
    select(m.RegieAssignment, m.User.display_name)
    .outerjoin(m.User, m.User.id == m.RegieAssignment.user_id)
    .where(m.RegieAssignment.household_id == bindparam("household_id"))
    .order_by(m.RegieAssignment.started_at, m.RegieAssignment.id)
)
_FROM, _TO = aliased(m.User, name="handover_from"), aliased(m.User, name="handover_to")
_HANDOVERS = (
    select(m.Handover, _FROM.display_name, _TO.display_name)
    .outerjoin(_FROM, _FROM.id == m.Handover.from_user_id)
    .outerjoin(_TO, _TO.id == m.Handover.to_user_id)
    .order_by(m.Handover.proposed_at, m.Handover.id)
)


def history_rows(s: Session, household_id: int) -> list[RegieEntry]:
    return [
        RegieEntry(
            a.id,
            a.user_id,
            name or a.external_party or "",
            a.external_party,
            a.started_at,
            a.ended_at,
            a.reason,
            a.end_reason,
        )
        for a, name in s.execute(_HISTORY, {"household_id": household_id})
    ]


def handover_rows(s: Session, *conditions) -> list[HandoverView]:
    q = _HANDOVERS.where(*conditions)
    return [
        HandoverView(
            h.id,
            h.household_id,
            h.from_user_id,
            fname,
            h.to_user_id,
            tname or h.to_external_party,
            h.proposed_by,
            h.proposed_at,
            h.reason,
            h.note,
            h.status,
            h.needs_approval,
            h.accepted_at,
            h.approved_by,
            h.decided_at,
            h.version,
        )
        for h, fname, tname in s.execute(q)
    ]


def handover_involved(h: m.Handover) -> tuple[int | None, ...]:
    """Who may not approve this handover: the proposer, the giver and the receiver."""
    return h.proposed_by, h.from_user_id, h.to_user_id


def _handover_view(s: Session, h: m.Handover, team_id: int | None = None) -> HandoverView:
    """The handover; with `team_id`, and when it needs approval, who may approve it."""
    s.flush()
    view = handover_rows(s, m.Handover.id == h.id)[0]
    if team_id is None or not h.needs_approval or h.status not in PENDING:
        return view
    names = approval.approvers(s, "handover.approve", team_id, handover_involved(h))
    return replace(view, approvers=names)


def _reason(reason: str, note: str | None = None) -> tuple[str, str]:
    e = v.FieldErrors()
    r = e.check("reden", v.text, reason, "reden", max_len=v.MAX_TEXT, multiline=True)
    n = e.check(
        "overdrachtsnotitie",
        v.text,
        note,
        "overdrachtsnotitie",
        required=False,
        max_len=v.MAX_TEXT,
        multiline=True,
    )
    e.raise_if_any()
    return r, n or ""


def _may(ctx: ServiceContext, s: Session, action: str, hh: m.Household) -> bool:
    return decide(
        ctx.actor, action, team_id=hh.team_id, assigned_user_id=active_regisseur_id(s, hh.id)
    ).allowed


# --------------------------------------------------------------------------- assignment


def assign(ctx: ServiceContext, household_id: int, username: str, reason: str) -> RegieEntry:
    """The teamleider (re)assigns regie directly; pending handovers are withdrawn."""
    why, _ = _reason(reason)
    with ctx.session() as s:
        hh = authorize_and_log(s, ctx, "regie.assign", household_id, "update", detail="regie")
        require_open(hh)
        user = user_by_name(s, username)
        current = active_assignment(s, household_id)
        if current is not None and current.user_id == user.id:
            raise RuleViolation(f"{username} voert al de regie over dit huishouden")
        now = ctx.clock.now()
        cancel_pending_handovers(s, household_id, now, "vervangen door toewijzing")
        start_assignment(s, household_id, now, why, by=ctx.actor.user_id, user_id=user.id)
        return history_rows(s, household_id)[-1]


def history(ctx: ServiceContext, household_id: int) -> list[RegieEntry]:
    with ctx.session() as s:
        authorize_and_log(s, ctx, "household.read", household_id, "read", detail="regiehistorie")
        return history_rows(s, household_id)


def pending_handovers(ctx: ServiceContext, household_id: int) -> list[HandoverView]:
    with ctx.session() as s:
        authorize_and_log(s, ctx, "household.read", household_id, "read", detail="overdrachten")
        return handover_rows(
            s, m.Handover.household_id == household_id, m.Handover.status.in_(PENDING)
        )


# --------------------------------------------------------------------------- handover


def _needs_approval(s: Session, hh: m.Household, receiver: m.User) -> bool:
    """Per configuration only: who proposes it does not matter (four eyes)."""
    mode = read_settings(s).handover_requires_approval
    if mode == "always":
        return True
    if mode == "never":
        return False
    return not in_team(receiver, hh.team_id)


def propose_handover(
    ctx: ServiceContext, household_id: int, to_username: str, reason: str, note: str | None = None
) -> HandoverView:
    why, handover_note = _reason(reason, note)
    with ctx.session() as s:
        hh = authorize_and_log(
            s, ctx, "handover.propose", household_id, "create", detail="overdracht voorgesteld"
        )
        require_open(hh)
        current = active_assignment(s, household_id)
        if current is None or current.user_id is None:
            raise RuleViolation(
                "de regie ligt tijdelijk buiten het wijkteam; neem de regie eerst terug"
            )
        receiver = user_by_name(s, to_username, "ontvanger")
        if receiver.id == current.user_id:
            raise RuleViolation(f"{to_username} voert de regie al")
        if s.scalar(
            select(m.Handover.id).where(
                m.Handover.household_id == household_id, m.Handover.status.in_(PENDING)
            )
        ):
            raise RuleViolation("er loopt al een overdracht voor dit huishouden")
        h = m.Handover(
            household_id=household_id,
            from_user_id=current.user_id,
            to_user_id=receiver.id,
            proposed_by=ctx.actor.user_id,
            proposed_at=ctx.clock.now(),
            reason=why,
            note=handover_note,
            status=HandoverStatus.VOORGESTELD.value,
            needs_approval=_needs_approval(s, hh, receiver),
        )
        s.add(h)
        return _handover_view(s, h, hh.team_id)


def _load(s: Session, handover_id: int, expected_version: int | None) -> m.Handover:
    h = s.get(m.Handover, handover_id)
    if h is None:
        raise NotFound(f"overdracht {handover_id} bestaat niet")
    if expected_version is not None and h.version != expected_version:
        raise ConflictError("deze overdracht is intussen gewijzigd; laad hem opnieuw")
    return h


def _complete(s: Session, ctx: ServiceContext, h: m.Handover, hh: m.Household) -> None:
    current = active_assignment(s, hh.id)
    if current is None or current.user_id != h.from_user_id:
        raise ConflictError("de regie is intussen gewijzigd; deze overdracht kan niet doorgaan")
    now = ctx.clock.now()
    receiver = s.get(m.User, h.to_user_id)
    if receiver is None or not receiver.active:
        raise RuleViolation("de ontvangende regisseur is niet meer actief")
    start_assignment(s, hh.id, now, h.reason, by=h.proposed_by, user_id=h.to_user_id)
    if not in_team(receiver, hh.team_id):
        teams = [t for t in user_team_ids(receiver) if t is not None]
        if len(teams) == 1:
            hh.team_id = teams[0]  # the case moves with its regisseur to the other team
    h.status = HandoverStatus.VOLTOOID.value
    h.decided_at = now


def _step(fn):
    """Run a handover step; a concurrent save becomes a ConflictError."""

    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except StaleDataError:
            raise ConflictError("deze overdracht is intussen gewijzigd; laad hem opnieuw") from None

    wrapper.__doc__ = fn.__doc__
    wrapper.__name__ = fn.__name__
    return wrapper


@_step
def accept_handover(
    ctx: ServiceContext, handover_id: int, expected_version: int | None = None
) -> HandoverView:
    """The receiver accepts; without required approval the handover completes now."""
    with ctx.session() as s:
        h = _load(s, handover_id, expected_version)
        hh = authorize_and_log(
            s, ctx, "handover.accept", h.household_id, "update", detail=f"overdracht {h.id}"
        )
        if h.to_user_id != ctx.actor.user_id:
            raise PermissionDenied("alleen de ontvangende regisseur kan deze overdracht accepteren")
        if h.status != HandoverStatus.VOORGESTELD.value:
            raise RuleViolation(f"deze overdracht is {h.status}")
        require_open(hh)
        h.accepted_at = ctx.clock.now()
        if h.needs_approval:
            h.status = HandoverStatus.GEACCEPTEERD.value
        else:
            _complete(s, ctx, h, hh)
        return _handover_view(s, h, hh.team_id)


@_step
def approve_handover(
    ctx: ServiceContext,
    handover_id: int,
    note: str | None = None,
    expected_version: int | None = None,
) -> HandoverView:
    """Someone else with the right to approve (teamleider of the team or plaatsvervanger)
    approves an accepted handover; the receiver takes over now. Four eyes: never the
    proposer, the giver or the receiver."""
    with ctx.session() as s:
        h = _load(s, handover_id, expected_version)
        hh = authorize_and_log(
            s, ctx, "handover.approve", h.household_id, "update", detail=f"overdracht {h.id}"
        )
        if h.status != HandoverStatus.GEACCEPTEERD.value:
            raise RuleViolation(
                "alleen een door de ontvanger geaccepteerde overdracht kan worden goedgekeurd"
            )
        approval.refuse_own(ctx, handover_involved(h), "een overdracht")
        require_open(hh)
        h.approved_by = ctx.actor.user_id
        h.decision_note = v.text(note, "toelichting", required=False, max_len=v.MAX_TEXT)
        _complete(s, ctx, h, hh)
        return _handover_view(s, h)


@_step
def reject_handover(
    ctx: ServiceContext,
    handover_id: int,
    note: str | None = None,
    expected_version: int | None = None,
) -> HandoverView:
    """The receiver declines, or the teamleider refuses; the regie stays where it was."""
    with ctx.session() as s:
        h = _load(s, handover_id, expected_version)
        if h.status not in PENDING:
            raise RuleViolation(f"deze overdracht is {h.status}")
        hh = s.get(m.Household, h.household_id)
        is_receiver = h.to_user_id == ctx.actor.user_id and h.status == "voorgesteld"
        action = "handover.accept" if is_receiver else "handover.approve"
        authorize_and_log(s, ctx, action, hh.id, "update", detail=f"overdracht {h.id} afgewezen")
        h.status = HandoverStatus.AFGEWEZEN.value
        h.decided_at = ctx.clock.now()
        h.decision_note = v.text(note, "toelichting", required=False, max_len=v.MAX_TEXT)
        if not is_receiver:
            h.approved_by = ctx.actor.user_id
        return _handover_view(s, h)


@_step
def withdraw_handover(
    ctx: ServiceContext, handover_id: int, expected_version: int | None = None
) -> HandoverView:
    """The proposer, the current regisseur or the teamleider withdraws a pending handover."""
    with ctx.session() as s:
        h = _load(s, handover_id, expected_version)
        hh = authorize_and_log(
            s, ctx, "household.read", h.household_id, "update", detail=f"overdracht {h.id}"
        )
        if h.status not in PENDING:
            raise RuleViolation(f"deze overdracht is {h.status}")
        allowed = ctx.actor.user_id in (h.proposed_by, h.from_user_id) or _may(
            ctx, s, "handover.approve", hh
        )
        if not allowed:
            raise PermissionDenied(
                "alleen de voorsteller, de huidige regisseur of de teamleider kan intrekken"
            )
        h.status = HandoverStatus.INGETROKKEN.value
        h.decided_at = ctx.clock.now()
        return _handover_view(s, h)


# --------------------------------------------------------------------------- temporary external regie


def transfer_to_external(
    ctx: ServiceContext,
    household_id: int,
    party: str,
    reason: str,
    *,
    contact: str | None = None,
    start: date | str | None = None,
) -> RegieEntry:
    """Regie goes temporarily to jeugdbescherming, Veilig Thuis, the Raad ... and comes back
    with `return_from_external`. The household keeps its history. `contact` (the person
    there) is kept with the organisation; `start` (default today) may lie in the past, but
    not before the current regie began."""
    today = ctx.clock.today()
    e = v.FieldErrors()
    why = e.check("reden", v.text, reason, "reden", max_len=v.MAX_TEXT, multiline=True)
    name = e.check("partij", v.text, party, "partij", max_len=120)
    who = e.check("contactpersoon", v.text, contact, "contactpersoon", required=False, max_len=80)
    begin = e.check("start", v.not_future, start, today, "start", required=False) or today
    e.raise_if_any()
    holder = f"{name} ({who})" if who else name
    with ctx.session() as s:
        hh = authorize_and_log(
            s, ctx, "regie.external", household_id, "update", detail="regie tijdelijk extern"
        )
        require_open(hh)
        current = active_assignment(s, household_id)
        if current is not None and current.user_id is None:
            raise RuleViolation(f"de regie ligt al bij {current.external_party}")
        end_open_eigen_regie(s, ctx, household_id, f"regie tijdelijk bij {name}")
        now = ctx.clock.now()
        at = now if begin == today else datetime.combine(begin, time())
        if current is not None and at < current.started_at:
            raise ValidationError(
                f"ligt vóór het begin van de huidige regie ({current.started_at:%d-%m-%Y})",
                "start",
            )
        cancel_pending_handovers(s, household_id, now, "regie tijdelijk extern")
        start_assignment(s, household_id, at, why, by=ctx.actor.user_id, external_party=holder)
        return history_rows(s, household_id)[-1]


def return_from_external(
    ctx: ServiceContext, household_id: int, reason: str, to_username: str | None = None
) -> RegieEntry:
    """Regie comes back to the wijkteam: by default to the last regisseur who held it.
    A teamleider may give it to anyone; a regisseur only takes it back themselves."""
    why, _ = _reason(reason)
    with ctx.session() as s:
        hh = authorize_and_log(
            s, ctx, "regie.return", household_id, "update", detail="regie terug van extern"
        )
        require_open(hh)
        current = active_assignment(s, household_id)
        if current is None or current.user_id is not None:
            raise RuleViolation("de regie ligt niet bij een externe partij")
        if to_username is not None:
            receiver = user_by_name(s, to_username)
        else:
            last_id = s.scalar(
                select(m.RegieAssignment.user_id)
                .where(
                    m.RegieAssignment.household_id == household_id,
                    m.RegieAssignment.user_id.is_not(None),
                )
                .order_by(m.RegieAssignment.started_at.desc(), m.RegieAssignment.id.desc())
                .limit(1)
            )
            if last_id is None:
                receiver = user_by_name(s, ctx.actor.username)
            else:
                receiver = s.get(m.User, last_id)
                receiver = user_by_name(s, receiver.username)
        if receiver.id != ctx.actor.user_id and not _may(ctx, s, "regie.assign", hh):
            raise PermissionDenied("alleen de teamleider kan de regie aan een ander teruggeven")
        start_assignment(
            s, household_id, ctx.clock.now(), why, by=ctx.actor.user_id, user_id=receiver.id
        )
        return history_rows(s, household_id)[-1]
