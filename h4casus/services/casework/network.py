"""The household's network map: the informal network (family, friends, neighbours, church,
club) and the formal network (organisations, contact persons, partner types).

Rules:
- Informal: name, relation, circle are required; what they can do and contact details are
  optional. Formal: organisation and partner type are required; contact person, role and
  leefgebied optional. Either belongs to the whole household or to one current member.
- `since` may not lie in the future; `until` may not lie before `since`. Ending a contact
  (`end_contact`) sets `until` (default today) and makes it inactive; it stays on record, and
  the plan actions assigned to it keep their owner.
- Every change asks `network.edit` and is logged; all field errors at once, nothing written.
- A change sends the version it was read at; a save over someone else's change is a conflict.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from h4casus.domain import validation as v
from h4casus.domain.enums import InformalCircle, NetworkKind, PartnerType
from h4casus.domain.errors import ConflictError, NotFound, ValidationError
from h4casus.services.access.authorize import authorize_and_log
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m

_PHONE_CHARS = set("0123456789+-() ")


@dataclass(frozen=True)
class NetworkContactView:
    id: int
    kind: str  # formeel | informeel
    organisation: str | None
    contact_name: str
    role: str | None
    leefgebied_code: str | None
    phone: str | None
    email: str | None
    active: bool
    person_id: int | None = None  # None: the whole household
    circle: str | None = None
    relation: str | None = None
    can_do: str | None = None
    partner_type: str | None = None
    since: date | None = None
    until: date | None = None
    version: int = 1

    @property
    def informal(self) -> bool:
        return self.kind == NetworkKind.INFORMEEL.value

    @property
    def label(self) -> str:
        """How the contact is named in one line: 'Oma Truus' / 'GGD Haaglanden (Petra Smit)'."""
        if self.informal:
            return self.contact_name
        if self.organisation and self.contact_name:
            return f"{self.organisation} ({self.contact_name})"
        return self.organisation or self.contact_name


def contact_view(c: m.NetworkContact) -> NetworkContactView:
    return NetworkContactView(
        c.id,
        c.kind,
        c.organisation,
        c.contact_name,
        c.role,
        c.leefgebied_code,
        c.phone,
        c.email,
        c.active,
        c.person_id,
        c.circle,
        c.relation,
        c.can_do,
        c.partner_type,
        c.since,
        c.until,
        c.version,
    )


_NETWORK = (
    select(m.NetworkContact)
    .where(m.NetworkContact.household_id == bindparam("household_id"))
    .order_by(m.NetworkContact.kind, m.NetworkContact.id)
)


def network_rows(s: Session, household_id: int) -> list[NetworkContactView]:
    """The household's whole network, ended contacts included (one statement)."""
    return [contact_view(c) for c in s.scalars(_NETWORK, {"household_id": household_id})]


# --------------------------------------------------------------------------- validation

FIELDS = {
    "kind",
    "contact_name",
    "organisation",
    "role",
    "relation",
    "circle",
    "can_do",
    "partner_type",
    "leefgebied_code",
    "phone",
    "email",
    "person_id",
    "since",
    "until",
}


def _phone(value: object, field: str) -> str | None:
    s = v.text(value, field, required=False, max_len=40)
    if s and (not set(s) <= _PHONE_CHARS or sum(ch.isdigit() for ch in s) < 6):
        raise ValidationError("is geen telefoonnummer (cijfers, spaties, + - en haakjes)", field)
    return s


def _email(value: object, field: str) -> str | None:
    s = v.text(value, field, required=False)
    if s and ("@" not in s or " " in s or s.startswith("@") or s.endswith("@")):
        raise ValidationError("is geen e-mailadres", field)
    return s


def _validate(data: dict, today: date) -> dict:
    """All fields at once; the kind decides which are required."""
    e = v.FieldErrors()
    kind = e.check("soort", v.choice, data.get("kind"), NetworkKind, "soort")
    informal = kind is NetworkKind.INFORMEEL
    clean: dict = {"kind": kind.value if kind else None}
    clean["contact_name"] = e.check(
        "naam" if informal else "contactpersoon",
        v.text,
        data.get("contact_name"),
        "naam" if informal else "contactpersoon",
        required=informal,
    )
    clean["organisation"] = e.check(
        "organisatie", v.text, data.get("organisation"), "organisatie", required=not informal
    )
    clean["role"] = e.check("rol", v.text, data.get("role"), "rol", required=False)
    clean["relation"] = e.check(
        "relatie", v.text, data.get("relation"), "relatie", required=informal
    )
    circle = data.get("circle")
    if informal or circle:
        c = e.check("kring", v.choice, circle, InformalCircle, "kring")
        clean["circle"] = c.value if c else None
    else:
        clean["circle"] = None
    clean["can_do"] = e.check(
        "wat kan",
        v.text,
        data.get("can_do"),
        "wat kan",
        required=False,
        max_len=2000,
        multiline=True,
    )
    ptype = data.get("partner_type")
    if not informal or ptype:
        p = e.check("soort partner", v.choice, ptype, PartnerType, "soort partner")
        clean["partner_type"] = p.value if p else None
    else:
        clean["partner_type"] = None
    clean["leefgebied_code"] = data.get("leefgebied_code") or None
    clean["phone"] = e.check("telefoon", _phone, data.get("phone"), "telefoon")
    clean["email"] = e.check("e-mail", _email, data.get("email"), "e-mail")
    clean["person_id"] = data.get("person_id")
    since = e.check("sinds", v.not_future, data.get("since"), today, "sinds", required=False)
    until = e.check("tot", v.parse_date, data.get("until"), "tot", required=False)
    if since and until and until < since:
        e.add("tot", "ligt vóór de datum sinds")
    clean["since"], clean["until"] = since, until
    e.raise_if_any()
    if informal:
        clean["organisation"] = None
    clean["contact_name"] = clean["contact_name"] or ""
    return clean


def _check_refs(s: Session, household_id: int, clean: dict) -> None:
    """The member and the leefgebied must exist (and the member belong here)."""
    e = v.FieldErrors()
    pid = clean.get("person_id")
    if pid is not None:
        p = s.get(m.Person, pid)
        if p is None or p.household_id != household_id:
            e.add("gezinslid", "hoort niet bij dit huishouden")
        elif p.left_at is not None:
            e.add("gezinslid", "woont niet meer in het huishouden")
    code = clean.get("leefgebied_code")
    if code is not None and s.get(m.Leefgebied, code) is None:
        e.add("leefgebied", "bestaat niet")
    e.raise_if_any()


def _conflict() -> ConflictError:
    return ConflictError("iemand anders heeft dit netwerklid intussen gewijzigd; laad opnieuw")


# --------------------------------------------------------------------------- use cases


def add_contact(ctx: ServiceContext, household_id: int, **data) -> NetworkContactView:
    """A new member of the household's network (informal or formal)."""
    unknown = set(data) - FIELDS
    if unknown:
        raise ValidationError({k: "kan hier niet worden ingevuld" for k in sorted(unknown)})
    today = ctx.clock.today()
    clean = _validate(data, today)
    with ctx.session() as s:
        authorize_and_log(
            s,
            ctx,
            "network.edit",
            household_id,
            "create",
            person_id=clean["person_id"],
            detail=f"netwerk: {clean['kind']} toegevoegd",
        )
        _check_refs(s, household_id, clean)
        ended = clean["until"] is not None and clean["until"] <= today
        c = m.NetworkContact(household_id=household_id, active=not ended, **clean)
        s.add(c)
        s.flush()
        return contact_view(c)


def _contact(s: Session, contact_id: int) -> m.NetworkContact:
    c = s.get(m.NetworkContact, contact_id)
    if c is None:
        raise NotFound(f"netwerklid {contact_id} bestaat niet")
    return c


def update_contact(
    ctx: ServiceContext, contact_id: int, expected_version: int | None = None, **changes
) -> NetworkContactView:
    """Change a contact; the fields not given keep their value. The kind cannot change."""
    unknown = set(changes) - (FIELDS - {"kind"})
    if unknown:
        raise ValidationError({k: "kan hier niet worden gewijzigd" for k in sorted(unknown)})
    today = ctx.clock.today()
    try:
        with ctx.session() as s:
            c = _contact(s, contact_id)
            current = {f: getattr(c, f) for f in FIELDS}
            clean = _validate({**current, **changes}, today)
            authorize_and_log(
                s,
                ctx,
                "network.edit",
                c.household_id,
                "update",
                person_id=clean["person_id"],
                detail=f"netwerk: {contact_id} gewijzigd",
            )
            if expected_version is not None and c.version != expected_version:
                raise _conflict()
            _check_refs(s, c.household_id, clean)
            for key, val in clean.items():
                setattr(c, key, val)
            c.active = clean["until"] is None or clean["until"] > today
            s.flush()
            return contact_view(c)
    except StaleDataError:
        raise _conflict() from None


def end_contact(
    ctx: ServiceContext,
    contact_id: int,
    *,
    until: date | str | None = None,
    expected_version: int | None = None,
) -> NetworkContactView:
    """The contact is no longer involved from `until` (default today); it stays on record."""
    today = ctx.clock.today()
    e = v.FieldErrors()
    end = e.check("tot", v.not_future, until or today, today, "tot")
    e.raise_if_any()
    try:
        with ctx.session() as s:
            c = _contact(s, contact_id)
            authorize_and_log(
                s,
                ctx,
                "network.edit",
                c.household_id,
                "update",
                person_id=c.person_id,
                detail=f"netwerk: {contact_id} beëindigd",
            )
            if expected_version is not None and c.version != expected_version:
                raise _conflict()
            if not c.active:
                raise ValidationError("is al beëindigd", "tot")
            if c.since and end < c.since:
                raise ValidationError("ligt vóór de datum sinds", "tot")
            c.until, c.active = end, False
            s.flush()
            return contact_view(c)
    except StaleDataError:
        raise _conflict() from None
