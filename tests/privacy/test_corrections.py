"""Rectification and restriction of processing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from h4casus.domain.errors import ConflictError, PermissionDenied, ValidationError
from h4casus.services.casework import journal
from h4casus.services.casework.households import get_household
from h4casus.services.privacy.corrections import correct_person, corrections, set_restriction
from h4casus.services.queries.listing import iter_households
from h4casus.storage import models as m
from tests.factories import register


def test_correction_records_what_when_who_why_and_hides_old_value(store):
    hh = register(store.ctx("rik"))
    anna = hh.members[0]
    c = correct_person(
        store.ctx("rik"), anna.id, anna.version, "verzoek van betrokkene", family_name="Janssen"
    )
    assert (c.field, c.corrected_by, c.reason) == ("family_name", "rik", "verzoek van betrokkene")
    view = get_household(store.ctx("rik"), hh.id)
    assert view.members[0].family_name == "Janssen"
    history = corrections(store.ctx("rik"), anna.id)
    assert [h.field for h in history] == ["family_name"]
    assert not hasattr(history[0], "old_value")  # the old value stays out of normal views
    with store.vault.session() as s:
        row = s.scalars(select(m.PersonCorrection)).one()
        assert (row.old_value, row.new_value) == ("Jansen", "Janssen")
        ev = s.scalars(select(m.AuditEvent).where(m.AuditEvent.action == "person.correct")).one()
        assert ev.person_id == anna.id and "Jansen" not in (ev.detail or "")


def test_correction_validates_every_field_and_writes_nothing_on_error(store):
    hh = register(store.ctx("rik"))
    anna = hh.members[0]
    with pytest.raises(ValidationError) as exc:
        correct_person(
            store.ctx("rik"), anna.id, anna.version, "", bsn="123", family_name="", kleur="rood"
        )
    assert set(exc.value.errors) == {"reden", "bsn", "achternaam", "kleur"}
    with store.vault.session() as s:
        assert s.get(m.Person, anna.id).version == anna.version
        assert not s.scalars(select(m.PersonCorrection)).all()


def test_stale_correction_is_a_conflict(store):
    hh = register(store.ctx("rik"))
    anna = hh.members[0]
    correct_person(store.ctx("rik"), anna.id, anna.version, "typfout", given_names="Anne")
    with pytest.raises(ConflictError):
        correct_person(store.ctx("roos"), anna.id, anna.version, "typfout", given_names="Ann")
    assert get_household(store.ctx("rik"), hh.id).members[0].given_names == "Anne"


def test_restriction_hides_from_lists_and_refuses_processing(store):
    hh = register(store.ctx("rik"))
    anna = hh.members[0]
    with pytest.raises(PermissionDenied):
        set_restriction(store.ctx("carla"), anna.id, True, "bezwaar ingediend")
    set_restriction(store.ctx("rik"), anna.id, True, "bezwaar ingediend")
    rows = [r for r in iter_households(store.ctx("rik")) if r.id == hh.id]
    assert anna.id not in {mm.id for mm in rows[0].members}
    with pytest.raises(PermissionDenied, match="beperkt"):
        correct_person(store.ctx("rik"), anna.id, None, "x", given_names="Ann")
    # the privileged path: the team's teamleider
    correct_person(store.ctx("tim"), anna.id, None, "op verzoek", given_names="Ann")
    set_restriction(store.ctx("tim"), anna.id, False, "bezwaar afgehandeld")
    rows = [r for r in iter_households(store.ctx("rik")) if r.id == hh.id]
    assert anna.id in {mm.id for mm in rows[0].members}
    with store.vault.session() as s:
        hist = s.scalars(select(m.PersonRestriction).order_by(m.PersonRestriction.id)).all()
        assert [(h.restricted, h.reason) for h in hist] == [
            (True, "bezwaar ingediend"),
            (False, "bezwaar afgehandeld"),
        ]
    journal.add_entry(store.ctx("rik"), hh.id, "notitie", "weer verwerkt", person_id=anna.id)


def test_restricted_person_cannot_be_processed_by_any_service(store):
    from h4casus.services.casework.consent import record_consent
    from h4casus.services.plan import goals

    hh = register(store.ctx("rik"))
    anna, piet = hh.members[0], hh.members[1]
    set_restriction(store.ctx("rik"), anna.id, True, "bezwaar ingediend")
    before = _rows(store)
    for attempt in (
        lambda: journal.add_entry(
            store.ctx("rik"), hh.id, "notitie", "over Anna", person_id=anna.id
        ),
        lambda: record_consent(
            store.ctx("rik"), hh.id, given=True, given_by="Anna", scope="school", person_id=anna.id
        ),
        lambda: goals.add_goal(
            store.ctx("rik"), hh.id, "financien", "Doel", "SMART", person_id=anna.id
        ),
    ):
        with pytest.raises(PermissionDenied, match="beperkt"):
            attempt()
    assert _rows(store) == before
    # other members and the household as a whole are still processed normally
    journal.add_entry(store.ctx("rik"), hh.id, "notitie", "over Piet", person_id=piet.id)
    # the privileged path (teamleider of the team) may
    journal.add_entry(store.ctx("tim"), hh.id, "notitie", "met reden", person_id=anna.id)


def _rows(store):
    from sqlalchemy import func

    with store.vault.session() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t))
            for t in (m.JournalEntry, m.Consent, m.Goal)
        )


def test_restricted_bsn_is_not_revealed_but_regisseur_may_lift(store):
    from h4casus.services.casework.households import reveal_bsn

    hh = register(store.ctx("rik"))
    anna = hh.members[0]
    assert reveal_bsn(store.ctx("rik"), anna.id)
    set_restriction(store.ctx("rik"), anna.id, True, "bezwaar ingediend")
    with pytest.raises(PermissionDenied, match="beperkt"):
        reveal_bsn(store.ctx("rik"), anna.id)
    assert reveal_bsn(store.ctx("tim"), anna.id)  # privileged path
    set_restriction(store.ctx("rik"), anna.id, False, "bezwaar ongegrond")
    assert reveal_bsn(store.ctx("rik"), anna.id)


def test_restricted_person_is_not_found_by_search(store):
    from h4casus.services.queries.search import search_households
    from tests.factories import BSNS

    hh = register(store.ctx("rik"))
    anna, piet = hh.members[0], hh.members[1]
    assert hh.id in {h.household_id for h in search_households(store.ctx("rik"), "Vries")}
    assert hh.id in {h.household_id for h in search_households(store.ctx("rik"), BSNS[0][:6])}
    set_restriction(store.ctx("rik"), piet.id, True, "bezwaar")
    set_restriction(store.ctx("rik"), anna.id, True, "bezwaar")
    assert hh.id not in {h.household_id for h in search_households(store.ctx("rik"), "Vries")}
    assert hh.id not in {h.household_id for h in search_households(store.ctx("rik"), BSNS[0][:6])}
