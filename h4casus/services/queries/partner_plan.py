"""The partner version of the plan: what a ketenpartner may receive (need to know).

Rules:
- Only goals (title, SMART result, leefgebied, for whom by first name), actions and owners,
  the regisseur to call and the next evaluation. Never a BSN, a birth date, a journal entry,
  ZRM scores, decisions, evaluations, the Meldcode, the safety check or the signal note; the
  data class below holds nothing else, so no renderer can print more.
- Sharing asks `report.partner` and then the consent rule (`domain.consent.check_sharing`)
  for the partner on today's date: every current member, every decider the age rule names.
  Missing consent is refused (PermissionDenied, exit 3) with a Dutch reason that names whose
  consent is missing; the refusal is logged as such. Consent for some leefgebieden only
  shares only the goals of those leefgebieden; the household's address and phone only when
  the consent covers contact details.
- The print or export is logged (event `print` / `export`, action `report.partner`, the
  partner in the detail) before the document exists.
- The partner is named by the number of the contact in the network, its organisation, or a
  partner type (`school`, `huisarts`, ...); an unknown partner is invalid input naming the
  partners there are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from h4casus.domain.consent import SharingCheck
from h4casus.domain.enums import NetworkKind, PartnerType
from h4casus.domain.errors import PermissionDenied, ValidationError
from h4casus.domain.names import fold
from h4casus.domain.network import PARTNER_TYPE_LABELS, partner_type_label
from h4casus.services.access.authorize import authorize
from h4casus.services.casework.consent import sharing_check
from h4casus.services.casework.network import contact_view
from h4casus.services.queries.casefile import open_casefile
from h4casus.services.queries.printing import PRINT, PrintStamp, stamp
from h4casus.storage import models as m

VISIBLE_GOALS = ("open", "lopend", "behaald", "niet behaald")


@dataclass(frozen=True)
class PartnerAction:
    description: str
    owner: str  # "Inwoner", "Netwerk · Oma Truus", "Wijkteam · R. de Wit"
    own_circle: bool  # the household or its own network (else a professional)
    deadline: date | None
    status: str


@dataclass(frozen=True)
class PartnerGoal:
    leefgebied: str
    for_whom: str  # "het hele huishouden" or a first name
    title: str
    result: str
    status: str
    actions: tuple[PartnerAction, ...]


@dataclass(frozen=True)
class PartnerPlanData:
    stamp: PrintStamp
    partner: str  # "GGD Haaglanden (jeugdgezondheidszorg)"
    household: str  # the household's display name
    plan_number: int | None
    plan_status: str | None  # concept | vastgesteld
    agreed_on: date | None
    goals: tuple[PartnerGoal, ...]
    regisseur: str | None
    team: str
    next_evaluation: date | None
    address: str | None  # only when the consent covers contact details
    limited_to: tuple[str, ...]  # leefgebied names when the consent covers only those


def _partner_label(contact: m.NetworkContact | None, ptype: str | None) -> str:
    if contact is None:
        return partner_type_label(ptype)
    name = contact.organisation or contact.contact_name
    return f"{name} ({partner_type_label(contact.partner_type).lower()})" if ptype else name


def resolve_partner(
    s: Session, household_id: int, partner: str
) -> tuple[m.NetworkContact | None, str | None]:
    """The formal network contact (or only the partner type) that `partner` names."""
    formal = s.scalars(
        select(m.NetworkContact)
        .where(
            m.NetworkContact.household_id == household_id,
            m.NetworkContact.kind == NetworkKind.FORMEEL.value,
            m.NetworkContact.active.is_(True),
        )
        .order_by(m.NetworkContact.id)
    ).all()
    wanted = fold(str(partner))
    if wanted.isdigit():
        hit = next((c for c in formal if c.id == int(wanted)), None)
        if hit is not None:
            return hit, hit.partner_type
    hit = next((c for c in formal if fold(c.organisation or "") == wanted), None)
    if hit is not None:
        return hit, hit.partner_type
    for ptype in PartnerType:
        if wanted in (fold(ptype.value), fold(PARTNER_TYPE_LABELS[ptype.value])):
            same = [c for c in formal if c.partner_type == ptype.value]
            return (same[0] if len(same) == 1 else None), ptype.value
    options = ", ".join(f"{c.id} ({c.organisation})" for c in formal) or "geen"
    raise ValidationError(
        f"'{partner}' staat niet in het netwerk van dit huishouden; partners: {options}",
        "partner",
    )


def _refuse(check: SharingCheck, label: str, household_id: int) -> PermissionDenied:
    exc = PermissionDenied(check.reason(label))
    exc.action = "report.partner"
    exc.household_id = household_id
    return exc


def partner_plan(ctx, household_id: int, partner: str, *, event: str = PRINT) -> PartnerPlanData:
    """What the partner version prints, after the policy and the consent allow it."""
    today = ctx.clock.today()
    with ctx.session() as s:
        _hh, ground = authorize(s, ctx, "report.partner", household_id)
        contact, ptype = resolve_partner(s, household_id, partner)
        label = _partner_label(contact, ptype)
        check = sharing_check(s, household_id, contact, ptype, today)
        if not check.allowed:
            raise _refuse(check, label, household_id)
        st = stamp(
            s,
            ctx,
            event,
            "report.partner",
            ground=ground,
            household_id=household_id,
            detail=f"partnerversie van het plan voor {label}"[:400],
        )
        contacts = {
            c.id: c
            for c in s.scalars(
                select(m.NetworkContact).where(m.NetworkContact.household_id == household_id)
            )
        }
    cf = open_casefile(ctx, household_id, journal_limit=0)
    plan = cf.last_finalised or cf.plan
    hh = cf.household
    first = {mv.id: mv.given_names.split()[0] for mv in hh.members if mv.given_names}
    lg_names = {lg.code: lg.name for lg in cf.leefgebieden}
    goals = []
    for g in plan.goals if plan else ():
        if g.status not in VISIBLE_GOALS:
            continue
        if check.leefgebieden is not None and g.leefgebied_code not in check.leefgebieden:
            continue
        actions = []
        for a in g.actions:
            c = contacts.get(a.network_contact_id) if a.network_contact_id else None
            name = contact_view(c).label if c is not None else a.responsible_name
            owner = a.responsible_type.capitalize() + (f" · {name}" if name else "")
            actions.append(
                PartnerAction(
                    a.description,
                    owner,
                    a.responsible_type in ("inwoner", "netwerk"),
                    a.deadline,
                    a.status,
                )
            )
        goals.append(
            PartnerGoal(
                lg_names.get(g.leefgebied_code, g.leefgebied),
                first.get(g.person_id, "") if g.person_id else "het hele huishouden",
                g.title,
                g.smart_result,
                g.status,
                tuple(actions),
            )
        )
    address = None
    if check.contact_details:
        suffix = hh.house_number_suffix or ""
        address = f"{hh.street} {hh.house_number}{suffix}, {hh.postcode} {hh.city}"
    return PartnerPlanData(
        stamp=st,
        partner=label,
        household=hh.display_name,
        plan_number=plan.number if plan else None,
        plan_status=plan.status if plan else None,
        agreed_on=plan.agreed_on if plan else None,
        goals=tuple(goals),
        regisseur=hh.regisseur,
        team=hh.team,
        next_evaluation=hh.next_review_date or (plan.next_evaluation_date if plan else None),
        address=address,
        limited_to=tuple(sorted(lg_names.get(c, c) for c in check.leefgebieden or ())),
    )
