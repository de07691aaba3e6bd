"""The legal age rule of consent (domain.consent), exactly at the 12th and 16th birthday, and
the sharing check that applies it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from h4casus.domain.consent import (
    ConsentFact,
    Decider,
    PersonToAsk,
    check_sharing,
    last_rule_change,
    next_rule_change,
    who_must_consent,
)

Z, P = Decider.ZELF, Decider.OUDERS
BORN = date(2014, 5, 20)


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (date(2026, 5, 19), {P}),  # the day before the 12th birthday: the parents alone
        (date(2026, 5, 20), {Z, P}),  # on the 12th birthday: child and parents
        (date(2030, 5, 19), {Z, P}),  # the day before the 16th birthday
        (date(2030, 5, 20), {Z}),  # on the 16th birthday: the youth alone
        (date(2045, 1, 1), {Z}),  # adults decide themselves
        (date(2014, 5, 20), {P}),  # a newborn
    ],
)
def test_who_must_consent_turns_on_the_birthday_itself(on, expected):
    assert who_must_consent(BORN, on) == expected


def test_leap_day_child_turns_12_on_the_first_of_march():
    born = date(2012, 2, 29)
    assert who_must_consent(born, date(2024, 2, 28)) == {P}
    assert who_must_consent(born, date(2024, 2, 29)) == {Z, P}  # 2024 has a 29 February
    born = date(2016, 2, 29)
    assert who_must_consent(born, date(2028, 2, 28)) == {P}
    assert who_must_consent(born, date(2028, 2, 29)) == {Z, P}
    assert who_must_consent(date(2012, 2, 29), date(2028, 2, 29)) == {Z}
    # in a common year the birthday is 1 March
    assert who_must_consent(date(2011, 2, 28), date(2023, 2, 28)) == {Z, P}
    assert who_must_consent(date(2012, 2, 29), date(2023, 2, 28)) == {P}


def test_next_and_last_rule_change():
    assert next_rule_change(BORN, date(2026, 5, 19)) == date(2026, 5, 20)
    assert next_rule_change(BORN, date(2026, 5, 20)) == date(2030, 5, 20)
    assert next_rule_change(BORN, date(2030, 5, 20)) is None
    assert last_rule_change(BORN, date(2026, 5, 19)) is None
    assert last_rule_change(BORN, date(2030, 5, 21)) == date(2030, 5, 20)


def fact(i, pid, decider, given=True, on=date(2026, 1, 1), withdrawn=None, **kw):
    return ConsentFact(
        i,
        pid,
        decider,
        given,
        on,
        withdrawn,
        kw.get("contact"),
        kw.get("ptype"),
        frozenset(kw.get("parts", {"plan"})),
    )


CHILD = PersonToAsk(1, "Sanne Jansen", BORN)
MOTHER = PersonToAsk(2, "Anna Jansen", date(1985, 4, 12))


def test_sharing_needs_the_child_from_the_12th_birthday_on():
    facts = [fact(1, 1, P), fact(2, 2, Z)]
    before = check_sharing([CHILD, MOTHER], facts, 7, "school", date(2026, 5, 19))
    assert before.allowed
    on = check_sharing([CHILD, MOTHER], facts, 7, "school", date(2026, 5, 20))
    assert not on.allowed
    assert [(mm.person_id, mm.decider, mm.reason) for mm in on.missing] == [
        (1, "zelf", "ontbreekt")
    ]
    assert "Sanne Jansen (ontbreekt)" in on.reason("School")


def test_parents_no_longer_count_from_the_16th_birthday():
    facts = [fact(1, 1, P), fact(2, 1, Z, given=False), fact(3, 2, Z)]
    assert not check_sharing([CHILD, MOTHER], facts, None, "school", date(2030, 5, 19)).allowed
    after = check_sharing([CHILD, MOTHER], facts, None, "school", date(2030, 5, 20))
    assert [mm.reason for mm in after.missing] == ["geweigerd"]  # the youth's own refusal
    facts.append(fact(4, 1, Z, on=date(2030, 5, 20)))
    assert check_sharing([CHILD, MOTHER], facts, None, "school", date(2030, 5, 20)).allowed


def test_withdrawal_ends_sharing_from_its_day_and_scope_is_respected():
    facts = [fact(1, 2, Z, withdrawn=date(2026, 3, 1), ptype="school")]
    assert check_sharing([MOTHER], facts, None, "school", date(2026, 2, 28)).allowed
    gone = check_sharing([MOTHER], facts, None, "school", date(2026, 3, 1))
    assert [mm.reason for mm in gone.missing] == ["ingetrokken"]
    # consent for the school does not reach the huisarts; one for contact 7 only contact 7
    assert not check_sharing([MOTHER], facts, None, "huisarts", date(2026, 2, 1)).allowed
    only7 = [fact(2, 2, Z, contact=7)]
    assert check_sharing([MOTHER], only7, 7, "school", date(2026, 2, 1)).allowed
    assert not check_sharing([MOTHER], only7, 8, "school", date(2026, 2, 1)).allowed


def test_a_later_refusal_overrides_and_leefgebieden_narrow_the_plan():
    facts = [fact(1, 2, Z), fact(2, 2, Z, given=False, on=date(2026, 2, 1), ptype="school")]
    assert not check_sharing([MOTHER], facts, None, "school", date(2026, 2, 1)).allowed
    assert check_sharing([MOTHER], facts, None, "huisarts", date(2026, 2, 1)).allowed
    narrow = [fact(3, 2, Z, parts={"lg:financien", "contact"})]
    res = check_sharing([MOTHER], narrow, None, "school", date(2026, 2, 1))
    assert res.allowed and res.leefgebieden == {"financien"} and res.contact_details
    contact_only = [fact(4, 2, Z, parts={"contact"})]
    res = check_sharing([MOTHER], contact_only, None, "school", date(2026, 2, 1))
    assert [mm.reason for mm in res.missing] == ["dekt het plan niet"]


def test_the_rule_is_a_function_of_birth_date_and_day_only():
    for offset in range(-3, 4):
        day = date(2026, 5, 20) + timedelta(days=offset)
        assert who_must_consent(BORN, day) == ({Z, P} if offset >= 0 else {P})
