"""What the desktop may offer to print: the same answer as the read models that print, with
the refusal in words, nothing logged, and team lookups by id for the team reports."""

from __future__ import annotations

import pytest

from h4casus.domain.enums import Role
from h4casus.domain.errors import NotFound, PermissionDenied, ValidationError
from h4casus.services.admin import accounts
from h4casus.services.queries.case_report import case_report
from h4casus.services.queries.print_offers import case_print_offers, team_print_offers
from h4casus.services.queries.team_overview import team_overview
from h4casus.services.queries.transition_overview import transition_overview
from h4casus.storage import models as m
from tests.factories import TEAM_A, TEAM_B, USER_PASSWORD, context_for, register

ACTIONS = ("report.case", "report.plan")
TEAM_ACTIONS = ("report.team", "report.transition")


@pytest.fixture
def hh(store):
    return register(store.ctx("rik"))


def audit_rows(store) -> int:
    with store.vault.session() as s:
        return s.query(m.AuditEvent).count()


def test_the_regisseur_gets_both_reports_and_both_options_and_nothing_is_logged(store, hh):
    before = audit_rows(store)
    offers = case_print_offers(store.ctx("rik"), hh.id, ACTIONS)
    assert all(o.allowed for o in offers.reports.values())
    assert offers.full_bsn.allowed and offers.confidential.allowed
    assert audit_rows(store) == before


def test_a_colleague_without_regie_prints_without_the_options(store, hh):
    offers = case_print_offers(store.ctx("carla"), hh.id, ACTIONS)
    assert offers.reports["report.case"].allowed
    assert not offers.full_bsn.allowed
    assert "geen recht om volledige BSN" in offers.full_bsn.refusal
    assert not offers.confidential.allowed
    # the read model agrees: asking anyway is refused
    with pytest.raises(PermissionDenied):
        case_report(store.ctx("carla"), hh.id, full_bsn=True)


def test_another_team_and_a_stand_in_are_refused_in_words(store, hh):
    offers = case_print_offers(store.ctx("rob"), hh.id, ACTIONS)
    refusal = offers.reports["report.case"].refusal
    assert refusal.startswith("Rob heeft geen recht om een casusoverzicht")
    assert refusal.endswith(".")
    accounts.add_user(store.admin, "pia", Role.PLAATSVERVANGER.value, USER_PASSWORD, team=TEAM_A)
    pia = context_for(store.vault, "pia", store.clock)
    offers = case_print_offers(pia, hh.id, ACTIONS)
    assert not any(o.allowed for o in offers.reports.values())


def test_a_missing_household_is_not_found(store):
    with pytest.raises(NotFound):
        case_print_offers(store.ctx("rik"), 999, ACTIONS)


def test_team_offers_per_team_of_the_user(store):
    (tim,) = team_print_offers(store.ctx("tim"), TEAM_ACTIONS)
    assert tim.team == TEAM_A and all(o.allowed for o in tim.reports.values())
    (rik,) = team_print_offers(store.ctx("rik"), TEAM_ACTIONS)
    assert "geen recht om een teamoverzicht van dit team" in rik.reports["report.team"].refusal
    assert team_print_offers(store.ctx("bert"), TEAM_ACTIONS) == ()


def test_team_reports_accept_the_team_id(store, hh):
    (offer,) = team_print_offers(store.ctx("tim"), TEAM_ACTIONS)
    by_id = team_overview(store.ctx("tim"), offer.team_id)
    assert by_id.team == TEAM_A and by_id.households == 1
    assert transition_overview(store.ctx("tim"), offer.team_id).teams[0].team == TEAM_A
    with pytest.raises(ValidationError, match="bestaat niet"):
        team_overview(store.ctx("tim"), 9999)
    (b,) = team_print_offers(store.ctx("tess"), TEAM_ACTIONS)
    assert b.team == TEAM_B
    with pytest.raises(PermissionDenied):
        team_overview(store.ctx("tim"), b.team_id)
