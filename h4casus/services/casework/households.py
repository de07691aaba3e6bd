"""Registering, reading and editing households and their members."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from h4casus.domain import validation as v
from h4casus.domain.ages import age_on
from h4casus.domain.enums import HouseholdStatus, LevelChangeStatus, Relation, SignalSource
from h4casus.domain.errors import ConflictError, NotFound, ValidationError
from h4casus.domain.names import sort_key
from h4casus.security.policy import require
from h4casus.services.access.authorize import authorize_and_log
from h4casus.services.casework.common import in_team, user_by_name
from h4casus.services.casework.meldcode import add_step_row
from h4casus.services.core import audit_log
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m
from h4casus.storage.active_regie import active_regisseur_id
from h4casus.storage.restriction_guard import PERMITTED

DEFAULT_START_LEVEL_RANK = 2  # AVE 2: a question or problem, wijkteam support


@dataclass
class MemberInput:
    given_names: str
    family_name: str
    birth_date: date | str
    relation: str
    family_name_prefix: str | None = None
    bsn: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass
class HouseholdInput:
    street: str
    house_number: int | str
    postcode: str
    city: str
    gemeente: str
    team: str
    signal_source: str
    members: list[MemberInput] = field(default_factory=list)
    house_number_suffix: str | None = None
    wijk: str | None = None
    signal_date: date | str | None = None
    signal_note: str | None = None
    regisseur: str | None = None  # username; default: the registering user
    # jeugdwet | wmo | participatiewet: chosen, never assumed (it decides the retention period)
    file_kind: str | None = None
    # "Is er zorg over de veiligheid?": None not asked, True a concern (Meldcode step 1 starts)
    safety_concern: bool | None = None
    safety_note: str | None = None
    # The household's own wish about its regisseur (recorded with the first assignment)
    regie_preference: str | None = None


@dataclass(frozen=True)
class MemberView:
    id: int
    given_names: str
    family_name_prefix: str | None
    family_name: str
    name: str
    birth_date: date | None  # None only for a restricted member outside the privileged path
    age: int | None
    relation: str
    bsn_masked: str
    has_bsn: bool
    phone: str | None
    email: str | None
    version: int
    # AVG art. 18: processing restricted. Outside the privileged path (the teamleider of the
    # team) the member is shown as such, without name, birth date, BSN or contact details.
    restricted: bool = False


@dataclass(frozen=True)
class HouseholdView:
    id: int
    case_number: str
    display_name: str
    street: str
    house_number: int
    house_number_suffix: str | None
    postcode: str
    city: str
    gemeente: str
    wijk: str | None
    team_id: int
    team: str
    status: str
    signal_date: date
    signal_source: str
    level: str
    next_review_date: date | None
    regisseur_id: int | None
    regisseur: str | None
    members: list[MemberView]
    version: int
    file_kind: str = ""  # jeugdwet | wmo | participatiewet
    signal_note: str | None = None  # the reason of the aanmelding, the hulpvraag
    regie_preference: str | None = None  # the household's own wish about its regisseur

    @property
    def address(self) -> str:
        suffix = f" {self.house_number_suffix}" if self.house_number_suffix else ""
        return f"{self.street} {self.house_number}{suffix}, {self.postcode} {self.city}"


def full_name(given: str, prefix: str | None, family: str) -> str:
    return " ".join(p for p in (given, prefix, family) if p)


def family_label(prefix: str | None, family: str) -> str:
    return f"{prefix} {family}" if prefix else family


def names_for(members: list[tuple[str, str | None, str]]) -> tuple[str, str]:
    """display_name and sort_name from (relation, prefix, family_name) of the members:
    the adults' family names ("Jansen / de Vries"), sorted as a Dutch reader expects
    (`domain.names.sort_key`: tussenvoegsel after the name, accents folded)."""
    adults = [
        (p, f) for r, p, f in members if r in (Relation.OUDER, Relation.PARTNER, "ouder", "partner")
    ]
    chosen = adults or [(p, f) for _r, p, f in members]
    labels: list[str] = []
    for p, f in chosen:
        label = family_label(p, f)
        if label not in labels:
            labels.append(label)
    display = " / ".join(labels[:2])
    first_p, first_f = chosen[0] if chosen else (None, "")
    return display, sort_key(first_p, first_f)


def validate_member(data: MemberInput, today: date, prefix: str, errors: v.FieldErrors) -> dict:
    out = {
        "given_names": errors.check(f"{prefix}voornamen", v.text, data.given_names, "voornamen"),
        "family_name_prefix": errors.check(
            f"{prefix}tussenvoegsel",
            v.text,
            data.family_name_prefix,
            "tussenvoegsel",
            required=False,
            max_len=20,
        ),
        "family_name": errors.check(f"{prefix}achternaam", v.text, data.family_name, "achternaam"),
        "birth_date": errors.check(f"{prefix}geboortedatum", v.birth_date, data.birth_date, today),
        "relation": errors.check(f"{prefix}relatie", v.choice, data.relation, Relation, "relatie"),
        "bsn": errors.check(f"{prefix}bsn", v.bsn, data.bsn),
        "phone": errors.check(
            f"{prefix}telefoon", v.text, data.phone, "telefoon", required=False, max_len=40
        ),
        "email": errors.check(f"{prefix}e-mail", v.text, data.email, "e-mail", required=False),
    }
    if out["email"] and "@" not in out["email"]:
        errors.add(f"{prefix}e-mail", "is geen e-mailadres")
    return out


def _aanmelding_answers(data: HouseholdInput, e: v.FieldErrors) -> dict:
    """The safety question and the household's regie preference, checked with the rest."""
    concern = data.safety_concern
    if concern is not None and not isinstance(concern, bool):
        e.add("veiligheid", "moet ja, nee of niet gevraagd zijn")
    note = e.check(
        "toelichting veiligheid",
        v.text,
        data.safety_note,
        "toelichting veiligheid",
        required=False,
        max_len=v.MAX_TEXT,
        multiline=True,
    )
    if concern is True and not note and "toelichting veiligheid" not in e.errors:
        e.add("toelichting veiligheid", "beschrijf de signalen als er zorg is over de veiligheid")
    preference = e.check(
        "voorkeur", v.text, data.regie_preference, "voorkeur", required=False, max_len=200
    )
    return {"concern": concern, "note": note, "preference": preference}


def validate_household(
    data: HouseholdInput, today: date, answers: dict | None = None
) -> tuple[dict, list[dict]]:
    """Every field checked; all problems reported together. Raises ValidationError.
    `answers`, when given, receives the checked safety answer and regie preference."""
    e = v.FieldErrors()
    checked = _aanmelding_answers(data, e)
    if answers is not None:
        answers.update(checked)
    hh = {
        "street": e.check("straat", v.text, data.street, "straat"),
        "house_number": e.check("huisnummer", v.house_number, data.house_number),
        "house_number_suffix": e.check(
            "toevoeging", v.text, data.house_number_suffix, "toevoeging", required=False, max_len=10
        ),
        "postcode": e.check("postcode", v.postcode, data.postcode),
        "city": e.check("plaats", v.text, data.city, "plaats"),
        "gemeente": e.check("gemeente", v.text, data.gemeente, "gemeente"),
        "wijk": e.check("wijk", v.text, data.wijk, "wijk", required=False),
        "team": e.check("team", v.text, data.team, "team"),
        "signal_source": e.check("bron", v.choice, data.signal_source, SignalSource, "bron"),
        "signal_date": e.check(
            "meldingsdatum", v.not_future, data.signal_date, today, "meldingsdatum", required=False
        )
        or today,
        "signal_note": e.check(
            "toelichting",
            v.text,
            data.signal_note,
            "toelichting",
            required=False,
            max_len=v.MAX_TEXT,
            multiline=True,
        ),
        "file_kind": e.check("dossiersoort", v.file_kind, data.file_kind),
    }
    if not data.members:
        e.add("leden", "een huishouden heeft minstens één gezinslid")
    members = [validate_member(mi, today, f"lid {i + 1} ", e) for i, mi in enumerate(data.members)]
    seen: dict[str, int] = {}
    for i, mm in enumerate(members):
        if mm["bsn"]:
            if mm["bsn"] in seen:
                e.add(f"lid {i + 1} bsn", f"is gelijk aan het BSN van lid {seen[mm['bsn']] + 1}")
            seen.setdefault(mm["bsn"], i)
    e.raise_if_any()
    return hh, members


def next_case_number(s: Session, year: int) -> str:
    last = s.scalar(select(func.max(m.Household.id))) or 0
    return f"{year}-{last + 1:06d}"


def start_level(s: Session) -> m.EscalationLevel:
    levels = list(s.scalars(select(m.EscalationLevel).order_by(m.EscalationLevel.rank)))
    if not levels:
        raise NotFound("er is geen op- en afschaalladder ingesteld")
    candidates = [lv for lv in levels if lv.rank == DEFAULT_START_LEVEL_RANK] or levels
    return candidates[0]


def _plain(value):
    return value.value if hasattr(value, "value") else value


def insert_household(
    s: Session,
    ctx: ServiceContext,
    hh_fields: dict,
    members: list[dict],
    team_id: int,
    regisseur_id: int,
    level: m.EscalationLevel,
    *,
    reason: str,
) -> m.Household:
    """Write one validated household: members, its first regisseur, its start level (with the
    first level change on record) and its empty plan. Shared by registration and import."""
    now = ctx.clock.now()
    display, sort = names_for(
        [(mm["relation"], mm["family_name_prefix"], mm["family_name"]) for mm in members]
    )
    hh = m.Household(
        case_number=next_case_number(s, ctx.clock.today().year),
        display_name=display,
        sort_name=sort,
        team_id=team_id,
        status=HouseholdStatus.AANGEMELD.value,
        registered_at=now,
        registered_by=ctx.actor.user_id,
        level_code=level.code,
        next_review_date=hh_fields["signal_date"] + timedelta(days=level.review_interval_days),
        **{k: _plain(val) for k, val in hh_fields.items() if k != "team"},
    )
    s.add(hh)
    s.flush()
    for mm in members:
        s.add(m.Person(household_id=hh.id, **{k: _plain(val) for k, val in mm.items()}))
    s.add(
        m.RegieAssignment(
            household_id=hh.id,
            user_id=regisseur_id,
            started_at=now,
            reason=reason,
            assigned_by=ctx.actor.user_id,
        )
    )
    s.add(
        m.LevelChange(
            household_id=hh.id,
            from_level=None,
            to_level=level.code,
            reason=reason,
            status=LevelChangeStatus.DOORGEVOERD.value,
            requested_by=ctx.actor.user_id,
            requested_at=now,
            decided_by=ctx.actor.user_id,
            decided_at=now,
            effective_date=hh_fields["signal_date"],
            next_review_date=hh.next_review_date,
        )
    )
    s.add(m.Plan(household_id=hh.id, created_at=now))
    s.flush()
    return hh


def register_household(ctx: ServiceContext, data: HouseholdInput) -> HouseholdView:
    """A new household with its members, a regisseur from day one and the start level, in one
    unit of work (all or nothing).

    - The regisseur is an active account with a casework role in the household's team
      (default: the registering user); the household's own preference is kept with it.
    - The safety question, when asked, is recorded as a safety check of today; a concern
      starts the Meldcode with step 1 (the signals as its note). The status stays aangemeld:
      the intake is a conversation of its own (`lifecycle.record_intake`)."""
    today = ctx.clock.today()
    answers: dict = {}
    hh_fields, members = validate_household(data, today, answers)
    with ctx.session() as s:
        team = s.scalar(select(m.Team).where(m.Team.name == hh_fields["team"]))
        if team is None:
            raise ValidationError(f"team '{hh_fields['team']}' bestaat niet", "team")
        ground = require(ctx.actor, "household.create", team_id=team.id)
        regisseur_id = ctx.actor.user_id
        if data.regisseur:
            user = user_by_name(s, data.regisseur)
            if not in_team(user, team.id):
                raise ValidationError(f"{user.display_name} werkt niet in {team.name}", "regisseur")
            regisseur_id = user.id
        hh = insert_household(
            s, ctx, hh_fields, members, team.id, regisseur_id, start_level(s), reason="aanmelding"
        )
        hh.regie_preference = answers["preference"]
        audit_log.record(
            s,
            ctx,
            "create",
            "household.create",
            ground=ground,
            household_id=hh.id,
            detail=f"{len(members)} gezinsleden",
        )
        _record_safety_answer(s, ctx, hh.id, answers["concern"], answers["note"], today)
        return household_view(s, hh, today)


def _record_safety_answer(
    s: Session, ctx: ServiceContext, household_id: int, concern, note, today: date
) -> None:
    if concern is None:
        return
    s.add(
        m.SafetyCheck(
            household_id=household_id,
            checked_on=today,
            safe=not concern,
            note=f"Bij aanmelding: {note}" if note else "Bij aanmelding",
            recorded_by=ctx.actor.user_id,
            recorded_at=ctx.clock.now(),
        )
    )
    if concern:
        add_step_row(s, ctx, household_id, 1, today, f"Aanmelding: zorg over de veiligheid. {note}")


RESTRICTED_NAME = "Gezinslid (verwerking beperkt)"


def member_view(p: m.Person, today: date, *, privileged: bool = True) -> MemberView:
    if p.restricted and not privileged:
        return MemberView(
            id=p.id,
            given_names="",
            family_name_prefix=None,
            family_name="",
            name=RESTRICTED_NAME,
            birth_date=None,
            age=None,
            relation=p.relation,
            bsn_masked="",
            has_bsn=False,
            phone=None,
            email=None,
            version=p.version,
            restricted=True,
        )
    return MemberView(
        id=p.id,
        given_names=p.given_names,
        family_name_prefix=p.family_name_prefix,
        family_name=p.family_name,
        name=full_name(p.given_names, p.family_name_prefix, p.family_name),
        birth_date=p.birth_date,
        age=age_on(p.birth_date, today),
        relation=p.relation,
        bsn_masked=v.mask_bsn(p.bsn),
        has_bsn=bool(p.bsn),
        phone=p.phone,
        email=p.email,
        version=p.version,
        restricted=p.restricted,
    )


def household_view(s: Session, hh: m.Household, today: date) -> HouseholdView:
    team = s.get(m.Team, hh.team_id)
    reg_id = active_regisseur_id(s, hh.id)
    reg_name = s.scalar(select(m.User.display_name).where(m.User.id == reg_id)) if reg_id else None
    members = s.scalars(
        select(m.Person)
        .where(m.Person.household_id == hh.id, m.Person.left_at.is_(None))
        .order_by(m.Person.id)
    ).all()
    privileged = hh.id in s.info.get(PERMITTED, set())
    return HouseholdView(
        id=hh.id,
        case_number=hh.case_number,
        display_name=hh.display_name,
        street=hh.street,
        house_number=hh.house_number,
        house_number_suffix=hh.house_number_suffix,
        postcode=hh.postcode,
        city=hh.city,
        gemeente=hh.gemeente,
        wijk=hh.wijk,
        team_id=hh.team_id,
        team=team.name if team else "",
        status=hh.status,
        signal_date=hh.signal_date,
        signal_source=hh.signal_source,
        level=hh.level_code,
        next_review_date=hh.next_review_date,
        regisseur_id=reg_id,
        regisseur=reg_name,
        members=[member_view(p, today, privileged=privileged) for p in members],
        version=hh.version,
        file_kind=hh.file_kind,
        signal_note=hh.signal_note,
        regie_preference=hh.regie_preference,
    )


def get_household(ctx: ServiceContext, household_id: int) -> HouseholdView:
    with ctx.read_session() as s:
        hh = authorize_and_log(s, ctx, "household.read", household_id, "read")
        return household_view(s, hh, ctx.clock.today())


def reveal_bsn(ctx: ServiceContext, person_id: int) -> str | None:
    """The full BSN of one person, on explicit request; logged."""
    with ctx.session() as s:
        p = s.get(m.Person, person_id)
        if p is None:
            raise NotFound(f"persoon {person_id} bestaat niet")
        authorize_and_log(
            s,
            ctx,
            "person.reveal_bsn",
            p.household_id,
            "read",
            person_id=p.id,
            detail="BSN getoond",
        )
        return p.bsn


def refresh_names(s: Session, hh: m.Household) -> None:
    """Recompute the household's display and sort name from its current members (after a
    member joins, leaves, or has their name or relation corrected)."""
    rows = s.execute(
        select(m.Person.relation, m.Person.family_name_prefix, m.Person.family_name)
        .where(m.Person.household_id == hh.id, m.Person.left_at.is_(None))
        .order_by(m.Person.id)
    ).all()
    if rows:
        hh.display_name, hh.sort_name = names_for([tuple(r) for r in rows])


def check_version(record, expected_version: int | None) -> None:
    if expected_version is not None and record.version != expected_version:
        raise conflict()


def conflict() -> ConflictError:
    return ConflictError(
        "iemand anders heeft dit intussen opgeslagen; laad de nieuwste versie en voer uw wijziging opnieuw in"
    )
