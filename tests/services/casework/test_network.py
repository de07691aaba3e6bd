"""The network map: add, change and end contacts, validated (every field error at once,
nothing written), logged, refused outside the team; fixed partners offered for families."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from h4casus.domain.errors import ConflictError, PermissionDenied, ValidationError
from h4casus.domain.network import suggested_partners
from h4casus.services.casework import network
from h4casus.services.queries.casefile import open_casefile
from h4casus.storage import models as m
from tests.factories import member, register


def count(store, model, *where) -> int:
    with store.vault.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def log_details(store, action: str) -> list[str]:
    with store.vault.session() as s:
        return list(
            s.scalars(
                select(m.AuditEvent.detail)
                .where(m.AuditEvent.action == action)
                .order_by(m.AuditEvent.id)
            )
        )


def test_informal_and_formal_contacts_are_added_changed_and_ended(store):
    rik = store.ctx("rik")
    hh = register(rik)
    sara = hh.members[2].id
    oma = network.add_contact(
        rik,
        hh.id,
        kind="informeel",
        contact_name="Truus Jansen",
        relation="oma",
        circle="familie",
        can_do="Haalt Sara twee keer per week uit school",
        phone="06 1234 5678",
        since="01-01-2026",
    )
    school = network.add_contact(
        rik,
        hh.id,
        kind="formeel",
        organisation="Basisschool De Horizon",
        contact_name="Mw. Ellen Smit",
        role="intern begeleider",
        partner_type="school",
        leefgebied_code="werk_opleiding",
        person_id=sara,
        email="e.smit@horizon.nl",
    )
    assert oma.informal and oma.active and oma.since == date(2026, 1, 1)
    assert school.person_id == sara and school.partner_type == "school"
    changed = network.update_contact(rik, oma.id, oma.version, can_do="Kookt op woensdag")
    assert changed.can_do == "Kookt op woensdag" and changed.relation == "oma"
    ended = network.end_contact(rik, school.id, expected_version=school.version)
    assert not ended.active and ended.until == date(2026, 3, 15)
    cf = open_casefile(rik, hh.id)
    assert {c.contact_name for c in cf.network} == {"Truus Jansen", "Mw. Ellen Smit"}
    assert log_details(store, "network.edit") == [
        "netwerk: informeel toegevoegd",
        "netwerk: formeel toegevoegd",
        f"netwerk: {oma.id} gewijzigd",
        f"netwerk: {school.id} beëindigd",
    ]
    with pytest.raises(ValidationError, match="al beëindigd"):
        network.end_contact(rik, school.id)
    with pytest.raises(ConflictError):
        network.update_contact(rik, oma.id, oma.version, can_do="oud")


def test_every_field_error_at_once_and_nothing_written(store):
    rik = store.ctx("rik")
    hh = register(rik)
    before = count(store, m.NetworkContact)
    with pytest.raises(ValidationError) as exc:
        network.add_contact(
            rik,
            hh.id,
            kind="informeel",
            contact_name="",
            relation="",
            circle="sportschool",
            phone="bel maar",
            email="geen-adres",
            since="2026-02-01",
            until="2026-01-01",
        )
    assert set(exc.value.errors) == {"naam", "relatie", "kring", "telefoon", "e-mail", "tot"}
    assert exc.value.errors["tot"] == "ligt vóór de datum sinds"
    with pytest.raises(ValidationError, match="sinds: ligt in de toekomst"):
        network.add_contact(
            rik,
            hh.id,
            kind="informeel",
            contact_name="Bas",
            relation="buurman",
            circle="buren",
            since="2027-01-01",
        )
    with pytest.raises(ValidationError) as exc:
        network.add_contact(rik, hh.id, kind="formeel", organisation="", partner_type="bakker")
    assert set(exc.value.errors) == {"organisatie", "soort partner"}
    with pytest.raises(ValidationError) as exc:
        network.add_contact(rik, hh.id, kind="vriend")
    assert "soort" in exc.value.errors
    other = register(rik, members=[member("Kees", "Bos", "1970-01-01", "ouder")])
    with pytest.raises(ValidationError, match="hoort niet bij dit huishouden"):
        network.add_contact(
            rik,
            hh.id,
            kind="formeel",
            organisation="Huisarts Bos",
            partner_type="huisarts",
            person_id=other.members[0].id,
        )
    assert count(store, m.NetworkContact) == before


def test_another_team_may_not_change_the_network_and_the_refusal_is_logged(store):
    hh = register(store.ctx("rik"))
    with pytest.raises(PermissionDenied, match="het netwerk van dit huishouden wijzigen"):
        network.add_contact(
            store.ctx("rob"), hh.id, kind="formeel", organisation="X", partner_type="ggz"
        )
    assert count(store, m.NetworkContact) == 0
    assert count(
        store,
        m.AuditEvent,
        m.AuditEvent.event == "denied",
        m.AuditEvent.action == "network.edit",
    )


def test_fixed_partners_are_offered_for_families_only():
    assert [p.value for p in suggested_partners(True, [])] == [
        "jeugdgezondheidszorg",
        "school",
        "huisarts",
    ]
    assert [p.value for p in suggested_partners(True, ["school", None])] == [
        "jeugdgezondheidszorg",
        "huisarts",
    ]
    assert suggested_partners(False, []) == ()


def test_anonymising_and_destroying_a_household_with_an_action_of_its_network(store):
    """An action keeps pointing at the network member who did it; retention still works."""
    from h4casus.services.casework.consent import record_consent
    from h4casus.services.plan import actions, goals
    from h4casus.services.privacy.retention import anonymise_household, destroy_household

    rik = store.ctx("rik")
    for remove in (anonymise_household, destroy_household):
        hh = register(rik)
        oma = network.add_contact(
            rik, hh.id, kind="informeel", contact_name="Truus", relation="oma", circle="familie"
        )
        g = goals.add_goal(rik, hh.id, "financien", "Schulden", "Lijst")
        actions.add_action(rik, g.id, "Post sorteren", "netwerk", network_contact_id=oma.id)
        record_consent(
            rik,
            hh.id,
            given=True,
            given_by="Anna",
            person_id=hh.members[0].id,
            network_contact_id=oma.id,
        )
        with store.vault.session() as s:
            remove(s, hh.id)
        assert count(store, m.NetworkContact, m.NetworkContact.household_id == hh.id) == 0
