"""Ons plan: one page, plain Dutch, no BSN, no internal codes, no journal."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import select

from h4casus.domain.errors import PermissionDenied
from h4casus.reports import own_plan
from h4casus.services.plan import actions, goals, versions
from h4casus.storage import models as m
from tests.factories import BSNS
from tests.reports.conftest import GOAL, OPEN_NOTE, SECRET
from tests.reports.helpers import flat, fonts, pages


def case_number(store, household_id: int) -> str:
    with store.vault.session() as s:
        return s.get(m.Household, household_id).case_number


def test_one_page_with_goals_actions_review_and_who_to_call(store, case):
    pdf = own_plan.ons_plan(store.ctx("rik"), case.household_id)
    all_pages = pages(pdf)
    assert len(all_pages) == 1
    t = flat(all_pages[0])
    for expected in (
        "Ons plan",
        "Wat willen we bereiken?",
        GOAL,
        "Geld:",  # the leefgebied in everyday words
        "Wie doet wat?",
        "Aanmelden bij de schuldhulp",
        "vóór 30 april 2026",
        "Oma Jansen",
        "Wanneer kijken we samen terug?",
        "Wie kun je bellen?",
        "Wijkteam Delft-Noord",
        "Joost Bakker",
        "afgesproken op 10 maart 2026",
    ):
        assert expected in t, expected


def test_no_bsn_no_codes_no_journal(store, case):
    pdf = own_plan.ons_plan(store.ctx("rik"), case.household_id)
    t = flat(pages(pdf)[0])
    for bsn in BSNS[:2]:
        assert bsn not in t and bsn[-3:] not in t
    assert case_number(store, case.household_id) not in t
    assert "AVE" not in t and "financien" not in t and "Vertrouwelijk" not in t
    assert SECRET not in t and OPEN_NOTE not in t
    assert not re.search(r"\*{3,}", t)
    assert all(embedded for _n, embedded in fonts(pdf))


def test_a_long_plan_still_fits_on_one_page(store, case):
    rik = store.ctx("rik")
    versions.start_concept(rik, case.household_id)
    for i in range(12):
        g = goals.add_goal(
            rik,
            case.household_id,
            "huisvesting",
            f"Doel nummer {i} met een wat langere titel",
            "Een resultaat dat we samen hebben afgesproken en dat meetbaar is. " * 2,
        )
        for j in range(4):
            actions.add_action(rik, g.id, f"Actie {i}.{j}: iets wat gedaan moet worden", "inwoner")
    versions.finalise(rik, case.household_id, date(2026, 3, 15))
    pdf = own_plan.ons_plan(rik, case.household_id)
    all_pages = pages(pdf)
    assert len(all_pages) == 1
    assert "Vraag ernaar bij je contactpersoon" in flat(all_pages[0])


def test_concept_only_is_printed_as_a_proposal(store):
    from tests.factories import register

    rik = store.ctx("rik")
    hh = register(rik)
    goals.add_goal(rik, hh.id, "financien", "Rust in de financiën", "Geen nieuwe schulden.")
    t = flat(pages(own_plan.ons_plan(rik, hh.id))[0])
    assert "Dit is een voorstel" in t and "Rust in de financiën" in t


@pytest.mark.parametrize("who", ["bert", "rob"])
def test_refused_outside_casework(store, case, who):
    with pytest.raises(PermissionDenied):
        own_plan.ons_plan(store.ctx(who), case.household_id)


def test_print_is_logged_and_the_reference_printed(store, case):
    pdf = own_plan.ons_plan(store.ctx("carla"), case.household_id)
    with store.vault.session() as s:
        row = s.scalars(select(m.AuditEvent).where(m.AuditEvent.action == "report.plan")).one()
    assert (row.event, row.username, row.household_id) == ("print", "carla", case.household_id)
    assert f"L{row.id:07d}" in flat(pages(pdf)[0])
