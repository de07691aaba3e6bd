"""What the registration form reads: its choices, the place of a postcode, and possible
duplicates (in scope named, outside it only the team)."""

from __future__ import annotations

import pytest

from h4casus.domain.errors import ValidationError
from h4casus.services.admin.audit_views import AuditFilter, list_events
from h4casus.services.casework import lifecycle
from h4casus.services.queries.registration import (
    address_for_postcode,
    possible_duplicates,
    registration_choices,
)
from tests.factories import BSNS, TEAM_A, TEAM_B, member, register


def test_choices_default_to_the_registering_user_who_holds_regie(store):
    register(store.ctx("rik"))
    carla = registration_choices(store.ctx("carla"))
    (team,) = carla.teams
    assert team.name == TEAM_A
    assert {w.username for w in carla.regisseurs_for(team.id)} == {"carla", "rik", "roos"}
    assert carla.default_regisseur(team.id).username == "carla"
    assert "huisarts" in carla.sources


def test_a_teamleider_gets_the_regisseur_with_the_fewest_households(store):
    register(store.ctx("rik"))
    tim = registration_choices(store.ctx("tim"))
    team_id = tim.teams[0].id
    assert {w.username for w in tim.regisseurs_for(team_id)} == {"rik", "roos", "tim"}
    assert tim.default_regisseur(team_id).username == "roos"


def test_a_postcode_gives_its_street_and_place(store):
    register(store.ctx("rik"), postcode="2611 CD", street="Oude Delft", city="Delft")
    hint = address_for_postcode(store.ctx("carla"), "2611cd")
    assert (hint.street, hint.city, hint.gemeente) == ("Oude Delft", "Delft", "Delft")
    nearby = address_for_postcode(store.ctx("carla"), "2611 AB")
    assert (nearby.street, nearby.city) == (None, "Delft")
    assert address_for_postcode(store.ctx("carla"), "9999 ZZ") is None
    with pytest.raises(ValidationError):
        address_for_postcode(store.ctx("carla"), "26")


def test_same_bsn_or_same_open_address_is_a_possible_duplicate(store):
    rik = store.ctx("rik")
    known = register(rik, members=[member("Anna", "Jansen", "1985-04-12", "ouder", BSNS[0])])
    other = register(
        store.ctx("rob"),
        team=TEAM_B,
        members=[member("Rob", "Vries", "1975-03-03", "ouder", BSNS[2])],
        postcode="2282 AB",
        house_number=3,
    )
    closed = register(rik, members=[member("Kees", "Kok", "1970-01-01", "ouder")], house_number=99)
    lifecycle.close(rik, closed.id, "anders", "verhuisd", follow_up=False)

    by_bsn = possible_duplicates(store.ctx("carla"), bsns=[BSNS[0], "1234"])
    assert [(d.household_id, d.matched, d.may_open, d.member) for d in by_bsn] == [
        (known.id, "bsn", True, "Anna Jansen")
    ]
    by_address = possible_duplicates(
        store.ctx("carla"), postcode="2611cd", house_number="12", house_number_suffix=""
    )
    assert [(d.household_id, d.matched, d.display_name) for d in by_address] == [
        (known.id, "adres", "Jansen")
    ]
    assert (
        possible_duplicates(
            store.ctx("carla"), postcode="2611 CD", house_number=12, house_number_suffix="A"
        )
        == []
    )
    assert possible_duplicates(store.ctx("carla"), postcode="2611 CD", house_number=99) == []

    outside = possible_duplicates(store.ctx("carla"), bsns=[BSNS[2]])
    assert [(d.household_id, d.may_open, d.team, d.display_name, d.address) for d in outside] == [
        (other.id, False, TEAM_B, "", "")
    ]
    details = [e.detail for e in list_events(store.ctx("bert"), AuditFilter(event="search"))]
    assert "dubbele registratie: 1 mogelijk" in details
    assert not any(BSNS[2] in (d or "") for d in details)
