"""The network and consent in the Casusoverzicht: the ecogram, the table and per member
whose consent is needed and missing."""

from __future__ import annotations

from h4casus.reports.case import casusoverzicht
from h4casus.services.casework.consent import record_consent
from h4casus.services.casework.network import add_contact, end_contact
from tests.reports.helpers import flat, text


def test_casusoverzicht_shows_the_network_and_consent(store, case, tmp_path):
    rik = store.ctx("rik")
    hid = case.household_id
    add_contact(
        rik,
        hid,
        kind="informeel",
        contact_name="Truus Jansen",
        relation="oma",
        circle="familie",
        can_do="Past op Sara",
    )
    old = add_contact(
        rik,
        hid,
        kind="formeel",
        organisation="Kwadraad",
        partner_type="maatschappelijk_werk",
        contact_name="Jan Vos",
    )
    end_contact(rik, old.id)
    record_consent(rik, hid, given=True, given_by="Anna", person_id=case.member_ids["Anna"])
    pdf = casusoverzicht(store.ctx("tim"), hid, target=tmp_path / "c.pdf")
    body = flat(text(pdf))
    assert "Netwerk en betrokken professionals" in body
    assert "Joost Bakker" in body and "015 123 45 67" in body  # the professional of the case
    assert "Truus Jansen" in body and "Past op Sara" in body and "oma (familie)" in body
    assert "Kwadraad" in body and "Maatschappelijk werk" in body and "tot 15-03-2026" in body
    assert "Eigen netwerk" in body and "Professionals" in body  # the ecogram's legend
    assert "Toestemming om te delen" in body
    assert "12 tot 16 jaar: kind en ouders/verzorgers samen" in body  # Sara is 13
    assert "de ouders/verzorgers, de persoon zelf" in body  # both missing for Sara
