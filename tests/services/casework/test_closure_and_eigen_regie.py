"""Closing records why and whether follow-up is arranged; eigen regie is recorded beside the
one regisseur (who stays the contact), started and ended with who, relation and reason."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from h4casus.domain.errors import PermissionDenied, RuleViolation, ValidationError
from h4casus.services.casework import eigen_regie, lifecycle, regie
from h4casus.services.queries.casefile import open_casefile
from h4casus.storage import models as m
from h4casus.storage.invariants import broken_invariants
from tests.services.helpers import active_holders, count, household_row, user_id

# ------------------------------------------------------------------ closure reasons


def test_closing_needs_a_reason_and_the_follow_up_answer(store, hh):
    with pytest.raises(ValidationError) as refused:
        lifecycle.close(store.ctx("rik"), hh.id, None)
    assert set(refused.value.errors) == {"reden", "nazorg"}
    with pytest.raises(ValidationError) as refused:
        lifecycle.close(store.ctx("rik"), hh.id, "opgegeven", follow_up=True)
    assert set(refused.value.errors) == {"reden"}
    with pytest.raises(ValidationError) as refused:
        lifecycle.close(store.ctx("rik"), hh.id, "anders", "  ", follow_up=True)
    assert set(refused.value.errors) == {"toelichting"}
    assert household_row(store, hh.id).status == "aangemeld"  # nothing written


@pytest.mark.parametrize(
    "code", ["zelfredzaam", "overgedragen", "verhuisd", "weigert hulp", "overleden"]
)
def test_closing_stores_reason_and_follow_up(store, hh, code):
    closed = lifecycle.close(store.ctx("rik"), hh.id, code, follow_up=code == "overgedragen")
    row = household_row(store, hh.id)
    assert (row.closure_reason, row.follow_up_arranged) == (code, code == "overgedragen")
    assert closed.close_reason  # the label, when no toelichting was given
    back = lifecycle.reopen(store.ctx("tim"), hh.id, "nieuwe vraag")
    assert back.status == "actief"
    row = household_row(store, hh.id)
    assert (row.closure_reason, row.follow_up_arranged) == (None, None)


def test_other_reason_keeps_its_text(store, hh):
    lifecycle.close(
        store.ctx("rik"), hh.id, "anders", "opgenomen in een zorginstelling", follow_up=True
    )
    row = household_row(store, hh.id)
    assert (row.closure_reason, row.close_reason) == ("anders", "opgenomen in een zorginstelling")


# ------------------------------------------------------------------ eigen regie


def test_eigen_regie_round_trip_keeps_the_one_regisseur(store, hh):
    rik_id = user_id(store, "rik")
    anna = hh.members[0]
    started = eigen_regie.start_eigen_regie(
        store.ctx("rik"),
        hh.id,
        None,
        "moeder",
        "Anna wil het plan zelf trekken",
        person_id=anna.id,
        started_on="2026-03-10",
    )
    assert started.active and started.holder_name.startswith("Anna")
    assert started.started_on == date(2026, 3, 10)
    assert active_holders(store, hh.id) == [(rik_id, None)]  # rik stays regisseur and contact
    cf = open_casefile(store.ctx("carla"), hh.id)
    assert cf.eigen_regie is not None and cf.eigen_regie.holder_relation == "moeder"
    assert cf.household.regisseur_id == rik_id
    with pytest.raises(RuleViolation, match="al eigen regie"):
        eigen_regie.start_eigen_regie(store.ctx("rik"), hh.id, "Buurman Henk", "buurman", "ook")
    ended = eigen_regie.end_eigen_regie(store.ctx("tim"), hh.id, "lukt niet meer alleen")
    assert not ended.active and ended.end_reason == "lukt niet meer alleen"
    cf = open_casefile(store.ctx("rik"), hh.id)
    assert cf.eigen_regie is None and len(cf.eigen_regie_history) == 1
    with pytest.raises(RuleViolation, match="geen eigen regie"):
        eigen_regie.end_eigen_regie(store.ctx("rik"), hh.id, "nog eens")
    with store.vault.session() as s:
        assert broken_invariants(s) == []
        events = s.execute(
            text("SELECT action, detail FROM audit_log WHERE action = 'regie.eigen' ORDER BY id")
        ).all()
    assert [d for _, d in events] == ["eigen regie gestart", "eigen regie beëindigd"]


def test_eigen_regie_input_is_checked_all_at_once(store, hh):
    with pytest.raises(ValidationError) as refused:
        eigen_regie.start_eigen_regie(store.ctx("rik"), hh.id, "", "", "", started_on="2027-01-01")
    assert set(refused.value.errors) == {"naam", "relatie", "reden", "startdatum"}
    assert count(store, m.EigenRegie) == 0


def test_who_records_eigen_regie(store, hh):
    for who in ("carla", "roos", "rob", "tess", "bert"):
        with pytest.raises(PermissionDenied):
            eigen_regie.start_eigen_regie(store.ctx(who), hh.id, "Anna", "zelf", "wil zelf")
    assert eigen_regie.start_eigen_regie(store.ctx("tim"), hh.id, "Anna", "zelf", "wil zelf")


def test_no_eigen_regie_while_regie_is_elsewhere_and_elsewhere_ends_it(store, hh):
    eigen_regie.start_eigen_regie(store.ctx("rik"), hh.id, "Anna", "zelf", "wil zelf")
    regie.transfer_to_external(store.ctx("rik"), hh.id, "Veilig Thuis", "onderzoek")
    cf = open_casefile(store.ctx("tim"), hh.id)
    assert cf.eigen_regie is None
    assert "Veilig Thuis" in cf.eigen_regie_history[-1].end_reason
    with pytest.raises(RuleViolation, match="Veilig Thuis"):
        eigen_regie.start_eigen_regie(store.ctx("tim"), hh.id, "Anna", "zelf", "weer")
    with store.vault.session() as s:
        assert broken_invariants(s) == []


def test_closing_ends_eigen_regie(store, hh):
    eigen_regie.start_eigen_regie(store.ctx("rik"), hh.id, "Anna", "zelf", "wil zelf")
    lifecycle.close(store.ctx("rik"), hh.id, "zelfredzaam", follow_up=False)
    with store.vault.session() as s:
        row = s.query(m.EigenRegie).one()
        assert row.ended_on is not None and row.end_reason == "huishouden afgesloten"
        assert broken_invariants(s) == []
