"""Editing a household: the address (with its version), members joining and leaving on a
date, and corrections that keep the household's name in step."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from h4casus.domain.errors import ConflictError, RuleViolation, ValidationError
from h4casus.services.casework import household_edits as he
from h4casus.services.casework import households as hs
from h4casus.services.casework import lifecycle
from h4casus.services.privacy.corrections import correct_person
from h4casus.storage import models as m
from tests.factories import BSNS, member, register
from tests.services.helpers import household_row


def journal_texts(store, household_id) -> list[tuple[str, object]]:
    with store.vault.session() as s:
        rows = s.execute(
            select(m.JournalEntry.text, m.JournalEntry.occurred_at)
            .where(m.JournalEntry.household_id == household_id)
            .order_by(m.JournalEntry.id)
        ).all()
    return [tuple(r) for r in rows]


def test_address_change_with_the_version_and_dutch_field_names(store, hh):
    moved = he.update_household(
        store.ctx("rik"),
        hh.id,
        hh.version,
        street="Voorstraat",
        house_number="3",
        postcode="2611ja",
    )
    assert moved.address == "Voorstraat 3, 2611 JA Delft"
    with pytest.raises(ConflictError):
        he.update_household(store.ctx("roos"), hh.id, hh.version, street="Markt")
    with pytest.raises(ValidationError) as exc:
        he.update_household(store.ctx("rik"), hh.id, moved.version, postcode="26", street="")
    assert set(exc.value.errors) == {"postcode", "straat"}


def test_a_closed_household_is_not_edited(store, hh):
    lifecycle.close(store.ctx("rik"), hh.id, "anders", "verhuisd", follow_up=False)
    version = household_row(store, hh.id).version
    with pytest.raises(RuleViolation, match="heropen"):
        he.update_household(store.ctx("rik"), hh.id, version, street="Markt")


def test_a_member_joins_on_a_date_noted_in_the_journal(store, hh):
    baby = he.add_member(
        store.ctx("carla"),
        hh.id,
        member("Noor", "Jansen", "2026-02-20", "kind", BSNS[3]),
        joined_on="2026-02-20",
        expected_version=hh.version,
    )
    assert baby.age == 0
    now = hs.get_household(store.ctx("rik"), hh.id)
    assert [p.given_names for p in now.members][-1] == "Noor"
    ((text, when),) = journal_texts(store, hh.id)
    assert text == "Noor Jansen hoort sinds 20-02-2026 bij het huishouden."
    assert when.date() == date(2026, 2, 20)
    with store.vault.session() as s:
        assert s.get(m.Person, baby.id).joined_at == date(2026, 2, 20)


def test_a_join_checks_its_date_its_bsn_and_the_version(store, hh):
    with pytest.raises(ValidationError) as exc:
        he.add_member(
            store.ctx("rik"),
            hh.id,
            member("Noor", "Jansen", "2026-02-20", "kind"),
            joined_on="2026-02-01",
        )
    assert exc.value.errors == {"datum": "ligt vóór de geboortedatum"}
    with pytest.raises(ValidationError, match="toekomst"):
        he.add_member(store.ctx("rik"), hh.id, member(), joined_on="2026-04-01")
    with pytest.raises(ValidationError, match="ander gezinslid"):
        he.add_member(store.ctx("rik"), hh.id, member("Kees", bsn=BSNS[0]))
    he.update_household(store.ctx("roos"), hh.id, hh.version, house_number=14)
    with pytest.raises(ConflictError):  # the household changed since the form was opened
        he.add_member(store.ctx("rik"), hh.id, member("Kees"), expected_version=hh.version)


def test_a_member_leaves_and_the_household_name_follows(store, hh):
    piet = next(p for p in hh.members if p.given_names == "Piet")
    assert hh.display_name == "Jansen / de Vries"
    after = he.member_leaves(store.ctx("rik"), piet.id, piet.version, "2026-03-01", "Verhuisd.")
    assert [p.given_names for p in after.members] == ["Anna", "Sara"]
    assert after.display_name == "Jansen"
    with store.vault.session() as s:
        assert s.get(m.Person, piet.id).left_at == date(2026, 3, 1)
    ((text, _when),) = journal_texts(store, hh.id)
    assert text == "Piet de Vries hoort sinds 01-03-2026 niet meer bij het huishouden. Verhuisd."
    with pytest.raises(RuleViolation, match="al niet meer"):
        he.member_leaves(store.ctx("rik"), piet.id, None)


def test_a_stale_leave_is_a_conflict_and_the_last_member_cannot_leave(store, hh):
    anna = hh.members[0]
    correct_person(store.ctx("rik"), anna.id, anna.version, "typfout", given_names="Anne")
    with pytest.raises(ConflictError):
        he.member_leaves(store.ctx("roos"), anna.id, anna.version)
    solo = register(store.ctx("rik"), members=[member()], house_number=40)
    with pytest.raises(RuleViolation, match="sluit het huishouden af"):
        he.member_leaves(store.ctx("rik"), solo.members[0].id, None)


def test_a_corrected_family_name_renames_and_resorts_the_household(store, hh):
    anna = hh.members[0]
    correct_person(store.ctx("rik"), anna.id, anna.version, "naam bij huwelijk", family_name="Ünal")
    row = household_row(store, hh.id)
    assert row.display_name == "Ünal / de Vries"
    assert row.sort_name == "unal"
