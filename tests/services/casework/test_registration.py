"""Registering a household: the safety question, the regisseur of the team, the household's
preference, and names that sort as a Dutch reader expects."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from h4casus.domain.errors import ValidationError
from h4casus.domain.names import fold, sort_key
from h4casus.services.casework import households as hs
from h4casus.storage import models as m
from tests.factories import TEAM_A, household_input, member
from tests.services.helpers import count, household_row, user_id


def _rows(store, model, household_id):
    with store.vault.session() as s:
        return s.scalars(select(model).where(model.household_id == household_id)).all()


def test_a_safety_concern_starts_the_meldcode_in_the_same_unit_of_work(store):
    view = hs.register_household(
        store.ctx("carla"),
        household_input(safety_concern=True, safety_note="Buren horen geschreeuw."),
    )
    checks = _rows(store, m.SafetyCheck, view.id)
    assert [(c.safe, c.note) for c in checks] == [
        (False, "Bij aanmelding: Buren horen geschreeuw.")
    ]
    steps = _rows(store, m.MeldcodeStep, view.id)
    assert [(st.step, st.author_id) for st in steps] == [(1, user_id(store, "carla"))]
    assert "Buren horen geschreeuw." in steps[0].note
    assert household_row(store, view.id).status == "aangemeld"  # the intake is still to come


def test_no_concern_is_recorded_and_not_asked_records_nothing(store):
    safe = hs.register_household(store.ctx("carla"), household_input(safety_concern=False))
    assert [c.safe for c in _rows(store, m.SafetyCheck, safe.id)] == [True]
    assert _rows(store, m.MeldcodeStep, safe.id) == []
    unknown = hs.register_household(store.ctx("carla"), household_input(house_number=14))
    assert _rows(store, m.SafetyCheck, unknown.id) == []


def test_a_concern_needs_the_signals_and_nothing_is_written_without_them(store):
    with pytest.raises(ValidationError) as exc:
        hs.register_household(
            store.ctx("carla"), household_input(safety_concern=True, postcode="12")
        )
    assert {"toelichting veiligheid", "postcode"} <= set(exc.value.errors)
    assert count(store, m.Household) == 0 and count(store, m.MeldcodeStep) == 0


def test_a_regisseur_of_the_team_with_the_households_preference(store):
    view = hs.register_household(
        store.ctx("carla"),
        household_input(regisseur="roos", regie_preference="kent Roos van de school"),
    )
    assert view.regisseur_id == user_id(store, "roos")
    (assignment,) = _rows(store, m.RegieAssignment, view.id)
    assert assignment.reason == "aanmelding"
    assert view.regie_preference == "kent Roos van de school"
    with store.vault.session() as s:
        assert s.get(m.Household, view.id).regie_preference == "kent Roos van de school"
    assert assignment.assigned_by == user_id(store, "carla")


@pytest.mark.parametrize("who", ["rob", "bert", "niemand"])
def test_the_regisseur_must_hold_regie_in_the_team(store, who):
    with pytest.raises(ValidationError) as exc:
        hs.register_household(store.ctx("carla"), household_input(TEAM_A, regisseur=who))
    assert "regisseur" in exc.value.errors
    assert count(store, m.Household) == 0


def test_names_sort_with_accents_folded_and_tussenvoegsel_after(store):
    rik = store.ctx("rik")
    ozturk = hs.register_household(
        rik, household_input(members=[member("Ayşe", "Öztürk", "1980-02-02", "ouder")])
    )
    vries = hs.register_household(
        rik,
        household_input(members=[member("Piet", "Vries", "1970-01-01", "ouder", prefix="de")]),
    )
    dijk = hs.register_household(
        rik, household_input(members=[member("Jan", "van Dijk", "1970-01-01", "ouder")])
    )
    assert household_row(store, ozturk.id).sort_name == "ozturk"
    assert household_row(store, vries.id).sort_name == "vries de"
    assert household_row(store, dijk.id).sort_name == "dijk van"
    names = ["Zijlstra", "Öztürk", "Oosterhuis", "Ünal", "Ulusoy"]
    assert sorted(names, key=lambda n: sort_key(None, n)) == [
        "Oosterhuis",
        "Öztürk",
        "Ulusoy",
        "Ünal",
        "Zijlstra",
    ]


def test_fold_is_the_search_key():
    assert fold("  Öztürk  Çelik ") == "ozturk celik" == m.search_key("Öztürk Çelik")
    assert fold("Yılmaz") == "yilmaz" and fold("Søren Æbelø") == "soren aebelo"
    assert fold("Straße") == "strasse"
    assert sort_key("van der", "Berg") == "berg van der"
    assert sort_key(None, "'t Hart") == "hart 't"
