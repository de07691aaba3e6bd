"""Consent per person by age, through the services: who may give it, withdrawal, the
warnings in the case file, and the birthday that changes who must consent."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from h4casus.domain.errors import PermissionDenied, ValidationError
from h4casus.services.casework import network
from h4casus.services.casework.consent import record_consent, withdraw_consent
from h4casus.services.queries.casefile import open_casefile
from h4casus.services.queries.partner_plan import partner_plan
from h4casus.storage import models as m
from tests.factories import member, register

# The clock of the tests stands at 15-03-2026; Lotte turns 12 tomorrow.
LOTTE = "2014-03-16"


def family(store):
    rik = store.ctx("rik")
    hh = register(
        rik,
        members=[
            member("Anna", "Jansen", "1985-04-12", "ouder"),
            member("Lotte", "Jansen", LOTTE, "kind"),
        ],
    )
    anna, lotte = (mv.id for mv in hh.members)
    network.add_contact(
        rik,
        hh.id,
        kind="formeel",
        organisation="GGD Haaglanden",
        partner_type="jeugdgezondheidszorg",
    )
    return rik, hh, anna, lotte


def test_who_may_give_consent_follows_the_age_rule(store):
    rik, hh, anna, lotte = family(store)
    with pytest.raises(ValidationError, match="jonger dan 12: de ouders/verzorgers beslissen"):
        record_consent(rik, hh.id, given=True, given_by="Lotte", person_id=lotte, decider="zelf")
    with pytest.raises(ValidationError, match="16 jaar of ouder"):
        record_consent(rik, hh.id, given=True, given_by="Anna", person_id=anna, decider="ouders")
    with pytest.raises(ValidationError) as exc:
        record_consent(rik, hh.id, given=True, given_by="", parts=[], given_on="2030-01-01")
    assert set(exc.value.errors) == {"gegeven door", "onderdelen", "datum", "gezinslid"}
    with store.vault.session() as s:
        assert s.scalars(select(m.Consent)).all() == []


def test_the_12th_birthday_changes_who_must_consent_exactly_on_the_day(store, clock):
    rik, hh, anna, lotte = family(store)
    record_consent(rik, hh.id, given=True, given_by="Anna Jansen", person_id=anna)
    record_consent(
        rik, hh.id, given=True, given_by="Anna Jansen", person_id=lotte, decider="ouders"
    )
    cf = open_casefile(rik, hh.id)
    need = {n.person_id: n for n in cf.consent_needs}
    assert need[lotte].deciders == ("ouders",) and need[lotte].missing == ()
    assert need[lotte].next_change == date(2026, 3, 16)
    age_signal = [sg.text for sg in cf.signals if sg.kind == "consent_age"]
    assert age_signal == [
        "Lotte Jansen wordt 12 op 16-03-2026: dan moet ook de persoon zelf toestemming geven"
    ]
    assert not [sg for sg in cf.signals if sg.kind == "consent_missing"]
    assert partner_plan(rik, hh.id, "GGD Haaglanden").partner.startswith("GGD Haaglanden")

    clock.advance(days=1)  # Lotte's 12th birthday
    cf = open_casefile(rik, hh.id)
    need = {n.person_id: n for n in cf.consent_needs}
    assert need[lotte].deciders == ("ouders", "zelf") and need[lotte].missing == ("zelf",)
    missing = [sg.text for sg in cf.signals if sg.kind == "consent_missing"]
    assert missing == ["Toestemming om te delen ontbreekt van Lotte Jansen"]
    with pytest.raises(PermissionDenied, match=r"toestemming ontbreekt van Lotte Jansen"):
        partner_plan(rik, hh.id, "GGD Haaglanden")
    record_consent(rik, hh.id, given=True, given_by="Lotte Jansen", person_id=lotte)
    assert partner_plan(rik, hh.id, "jeugdgezondheidszorg").goals == ()


def test_withdrawal_ends_sharing_and_keeps_the_record(store):
    rik, hh, anna, lotte = family(store)
    mine = record_consent(
        rik, hh.id, given=True, given_by="Anna", person_id=anna, partner_type="jeugdgezondheidszorg"
    )
    record_consent(rik, hh.id, given=True, given_by="Anna", person_id=lotte, decider="ouders")
    partner_plan(rik, hh.id, "GGD Haaglanden")
    gone = withdraw_consent(rik, mine.id, withdrawn_by="Anna Jansen", expected_version=mine.version)
    assert gone.state == "ingetrokken" and gone.withdrawn_on == date(2026, 3, 15)
    with pytest.raises(PermissionDenied, match=r"Anna Jansen \(ingetrokken\)"):
        partner_plan(rik, hh.id, "GGD Haaglanden")
    with pytest.raises(ValidationError, match="al ingetrokken"):
        withdraw_consent(rik, mine.id, withdrawn_by="Anna")
    refusal = record_consent(rik, hh.id, given=False, given_by="Anna", person_id=anna)
    with pytest.raises(ValidationError, match="weigering"):
        withdraw_consent(rik, refusal.id, withdrawn_by="Anna")
    cf = open_casefile(rik, hh.id)
    assert [c.state for c in cf.consents].count("ingetrokken") == 1
    with store.vault.session() as s:
        details = s.scalars(
            select(m.AuditEvent.detail).where(m.AuditEvent.action == "consent.record")
        ).all()
    assert "toestemming ingetrokken" in details and "toestemming geweigerd" in details


def test_another_team_may_not_record_consent(store):
    rik, hh, anna, _lotte = family(store)
    with pytest.raises(PermissionDenied):
        record_consent(store.ctx("rob"), hh.id, given=True, given_by="Anna", person_id=anna)
