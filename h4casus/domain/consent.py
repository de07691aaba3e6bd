"""Toestemming (consent) for information sharing: the legal age rule and the sharing check,
without I/O.

Rules:
- `who_must_consent` is the ONE age rule: under 12 the parents/guardians decide; from the 12th
  birthday until the 16th both the child and the parents; from the 16th birthday the person
  alone. The age is computed from the birth date on the day that counts (`domain.ages`);
  a birthday counts from its first day.
- A consent record is about one person and names who gave it (`zelf`: the person; `ouders`:
  the parents/guardians for them), whether it was given or refused, the scope (a specific
  partner, a type of partner, or every partner) and the parts (the plan, contact details,
  specific leefgebieden). A withdrawn record counts from its withdrawal date as not given.
- For one person, decider and partner the latest matching record (by date, then order of
  recording) decides; a later refusal or withdrawal ends an earlier consent.
- Sharing with a partner needs, for every current member, a standing consent of everyone the
  age rule names; what is missing is named per person.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from h4casus.domain.ages import age_on, date_turning


class Decider(StrEnum):
    ZELF = "zelf"  # the person themselves
    OUDERS = "ouders"  # the parents/guardians, for the person


DECIDER_LABELS = {Decider.ZELF: "de persoon zelf", Decider.OUDERS: "de ouders/verzorgers"}

# Parts of the file a consent may cover; leefgebieden as "lg:<code>".
PART_PLAN = "plan"
PART_CONTACT = "contact"
LG_PREFIX = "lg:"
PART_LABELS = {PART_PLAN: "het plan", PART_CONTACT: "contactgegevens"}

# The birthdays on which the rule changes.
AGE_BOUNDARIES = (12, 16)


def who_must_consent(birth: date, on: date) -> frozenset[Decider]:
    """Whose consent is needed for a person born on `birth`, on day `on`."""
    age = age_on(birth, on)
    if age < 12:
        return frozenset({Decider.OUDERS})
    if age < 16:
        return frozenset({Decider.ZELF, Decider.OUDERS})
    return frozenset({Decider.ZELF})


def rule_text(birth: date, on: date) -> str:
    """The rule in words for this person on this day."""
    need = who_must_consent(birth, on)
    if need == {Decider.OUDERS}:
        return "jonger dan 12: de ouders/verzorgers beslissen"
    if need == {Decider.ZELF, Decider.OUDERS}:
        return "12 tot 16 jaar: kind en ouders/verzorgers samen"
    return "16 jaar of ouder: de persoon zelf"


def next_rule_change(birth: date, on: date) -> date | None:
    """The next 12th or 16th birthday after `on` (it changes who must consent), if any."""
    for years in AGE_BOUNDARIES:
        d = date_turning(birth, years)
        if d > on:
            return d
    return None


def last_rule_change(birth: date, on: date) -> date | None:
    """The last 12th or 16th birthday on or before `on`, if any."""
    out = None
    for years in AGE_BOUNDARIES:
        d = date_turning(birth, years)
        if d <= on:
            out = d
    return out


def parse_parts(parts: str | None) -> frozenset[str]:
    return frozenset(p.strip() for p in (parts or "").split(",") if p.strip())


def format_parts(parts: Iterable[str]) -> str:
    order = {PART_PLAN: 0, PART_CONTACT: 1}
    return ",".join(sorted(set(parts), key=lambda p: (order.get(p, 2), p)))


def parts_text(parts: Iterable[str], leefgebied_names: dict[str, str] | None = None) -> str:
    names = leefgebied_names or {}
    words = []
    for p in sorted(parts, key=lambda p: (p.startswith(LG_PREFIX), p)):
        if p.startswith(LG_PREFIX):
            code = p[len(LG_PREFIX) :]
            words.append(names.get(code, code))
        else:
            words.append(PART_LABELS.get(p, p))
    return ", ".join(words)


@dataclass(frozen=True)
class ConsentFact:
    """One stored consent record, as the rule reads it."""

    id: int
    person_id: int | None
    decider: str
    given: bool
    given_on: date
    withdrawn_on: date | None
    network_contact_id: int | None
    partner_type: str | None
    parts: frozenset[str]

    def applies_to(self, contact_id: int | None, partner_type: str | None) -> bool:
        """Does the record's scope reach this partner? (No partner and no type: every one.)"""
        if self.network_contact_id is not None:
            return contact_id is not None and self.network_contact_id == contact_id
        if self.partner_type is not None:
            return partner_type is not None and self.partner_type == partner_type
        return True

    def standing_on(self, on: date) -> bool:
        return self.given and (self.withdrawn_on is None or self.withdrawn_on > on)


def deciding_record(
    facts: Iterable[ConsentFact],
    person_id: int,
    decider: str,
    contact_id: int | None,
    partner_type: str | None,
    on: date,
) -> ConsentFact | None:
    """The latest record of this person and decider whose scope reaches the partner."""
    rows = [
        f
        for f in facts
        if f.person_id == person_id
        and f.decider == decider
        and f.given_on <= on
        and f.applies_to(contact_id, partner_type)
    ]
    return max(rows, key=lambda f: (f.given_on, f.id)) if rows else None


@dataclass(frozen=True)
class PersonToAsk:
    person_id: int
    name: str
    birth_date: date


@dataclass(frozen=True)
class MissingConsent:
    person_id: int
    name: str
    decider: str
    reason: str  # "ontbreekt" | "geweigerd" | "ingetrokken" | "dekt het plan niet"

    @property
    def text(self) -> str:
        if self.decider == Decider.OUDERS:
            who = f"de ouders/verzorgers van {self.name}"
        else:
            who = self.name
        return f"{who} ({self.reason})"


@dataclass(frozen=True)
class SharingCheck:
    missing: tuple[MissingConsent, ...]
    # None: the whole plan; otherwise only goals of these leefgebieden may be shared
    leefgebieden: frozenset[str] | None
    contact_details: bool

    @property
    def allowed(self) -> bool:
        return not self.missing

    def reason(self, partner: str) -> str:
        names = "; ".join(mm.text for mm in self.missing)
        return f"Niet gedeeld met {partner}: toestemming ontbreekt van {names}."


def check_sharing(
    persons: Sequence[PersonToAsk],
    facts: Sequence[ConsentFact],
    contact_id: int | None,
    partner_type: str | None,
    on: date,
) -> SharingCheck:
    """May the plan go to this partner on day `on`? Every person, every decider the age rule
    names, needs a standing consent that covers the plan or at least one leefgebied."""
    missing: list[MissingConsent] = []
    allowed_lg: frozenset[str] | None = None
    contact = True
    for p in persons:
        for decider in sorted(who_must_consent(p.birth_date, on)):
            rec = deciding_record(facts, p.person_id, decider, contact_id, partner_type, on)
            if rec is None:
                missing.append(MissingConsent(p.person_id, p.name, decider, "ontbreekt"))
                continue
            if not rec.given:
                missing.append(MissingConsent(p.person_id, p.name, decider, "geweigerd"))
                continue
            if not rec.standing_on(on):
                missing.append(MissingConsent(p.person_id, p.name, decider, "ingetrokken"))
                continue
            lgs = frozenset(x[len(LG_PREFIX) :] for x in rec.parts if x.startswith(LG_PREFIX))
            if PART_PLAN not in rec.parts and not lgs:
                missing.append(MissingConsent(p.person_id, p.name, decider, "dekt het plan niet"))
                continue
            if PART_PLAN not in rec.parts:
                allowed_lg = lgs if allowed_lg is None else allowed_lg & lgs
            contact = contact and PART_CONTACT in rec.parts
    return SharingCheck(tuple(missing), allowed_lg, contact and not missing)
