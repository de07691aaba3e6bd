"""No hot read or write walks a whole table that grows with the municipality.

Every statement the screens' services send (the case file, every worklist, the list, search
and the four writes of the benchmark) is run through `EXPLAIN QUERY PLAN`; a `SCAN` of a table
or index that grows with households fails the test. A missing index shows up here on a
400-household database long before it costs 50 ms at 100,000 (the regie history of the case
file once scanned all 120,000 regie assignments). Reference tables (levels, instruments,
leefgebieden, teams, settings) are small by nature and may be scanned; so are the role grants
of the accounts (user_roles): they grow with the staff of the region, a few hundred people,
not with households (the registration form lists who can hold regie in a team)."""

from __future__ import annotations

import contextlib
import re

import pytest
from sqlalchemy import select

from h4casus.domain.enums import Role
from h4casus.domain.errors import RuleViolation
from h4casus.services.access.breakglass import grants_in_force
from h4casus.services.casework import approval, escalation, household_edits, journal
from h4casus.services.casework.households import MemberInput, get_household, register_household
from h4casus.services.plan import goals
from h4casus.services.privacy.corrections import correct_person
from h4casus.services.queries import worklists
from h4casus.services.queries.casefile import open_casefile
from h4casus.services.queries.caseload import caseload
from h4casus.services.queries.filters import ListFilter, filter_choices
from h4casus.services.queries.registration import (
    address_for_postcode,
    possible_duplicates,
    registration_choices,
)
from h4casus.services.queries.search import SORTS, list_page, search_households
from h4casus.storage import models as m
from tests.data.test_search import Recorder
from tests.factories import context_for, household_input

REFERENCE_TABLES = {
    "escalation_levels",
    "instruments",
    "instrument_domains",
    "instrument_levels",
    "leefgebieden",
    "settings",
    "teams",
    "user_roles",
}
GROWING = sorted(t for t in m.Base.metadata.tables if t not in REFERENCE_TABLES)
SCAN = re.compile(r"^SCAN (\w+)")


def growing_scans(engine, fn, *args, **kwargs) -> list[str]:
    """The plan lines of `fn`'s statements that walk a whole growing table or index."""
    rec = Recorder(engine)
    try:
        with contextlib.suppress(RuleViolation):  # a refused write still ran its reads
            fn(*args, **kwargs)
    finally:
        rec.close()
    bad = []
    with engine.connect() as conn:
        for st, params in rec.selects():
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + st, params).all()
            for _id, parent, _unused, line in plan:
                hit = SCAN.match(line)
                growing = hit is not None and _table_of(hit.group(1), st) in GROWING
                if growing and not _ordered_page(line, parent, plan, st):
                    bad.append(f"{line}  <-  {' '.join(st.split())[:300]}")
    return bad


def _ordered_page(line: str, parent: int, plan, statement: str) -> bool:
    """A keyset page: the outer loop walks an ordering index and stops at the LIMIT (no sort
    of the whole range), so it reads one page however large the table is."""
    return (
        parent == 0
        and " USING " in line
        and re.search(r"\bLIMIT\b", statement) is not None
        and not any("TEMP B-TREE FOR ORDER BY" in row[3] for row in plan)
    )


def _table_of(name: str, statement: str) -> str:
    """The table behind an alias in the plan (`users_1` is `users AS users_1`)."""
    alias = re.search(rf"\b(\w+) AS {re.escape(name)}\b", statement)
    return alias.group(1) if alias else name


@pytest.fixture(scope="module")
def town(demo_store):
    st, _ = demo_store
    tim = st.ctx("tim")
    (team_id,) = tim.actor.team_ids(Role.TEAMLEIDER)
    with st.vault.session() as s:
        rich = s.scalar(
            select(m.Household.id)
            .join(m.Plan, m.Plan.household_id == m.Household.id)
            .where(m.Household.team_id == team_id, m.Household.status != "afgesloten")
            .order_by(m.Household.id)
        )
        regisseur = s.scalar(
            select(m.User.username)
            .join(m.RegieAssignment, m.RegieAssignment.user_id == m.User.id)
            .where(m.RegieAssignment.household_id == rich, m.RegieAssignment.ended_at.is_(None))
        )
    return st, tim, team_id, rich, context_for(st.vault, regisseur, tim.clock)


def test_the_case_file_reads_every_section_through_an_index(town):
    st, tim, _team_id, rich, _reg = town
    assert growing_scans(st.vault.engine, open_casefile, tim, rich) == []


@pytest.mark.parametrize(
    "worklist",
    [
        "my households",
        "overdue mine",
        "overdue team",
        "overdue count team",
        "approvals",
        "handovers for me",
        "youths mine",
        "youths team",
        "youths page of everyone in scope",
        "nazorg check-ins team",
    ],
)
def test_every_worklist_reads_through_an_index(town, worklist):
    st, tim, team_id, _rich, reg = town
    call = {
        "my households": lambda: worklists.my_households(reg),
        "overdue mine": lambda: worklists.overdue_reviews(reg, mine=True),
        "overdue team": lambda: worklists.overdue_reviews(tim, team_id=team_id),
        "overdue count team": lambda: worklists.overdue_count(tim, team_id=team_id),
        "approvals": lambda: worklists.pending_approvals(tim),
        "handovers for me": lambda: worklists.handovers_waiting_for_me(reg),
        "youths mine": lambda: worklists.youths_nearing_18(reg, mine=True),
        "youths team": lambda: worklists.youths_nearing_18(tim, team_id=team_id),
        "youths page of everyone in scope": lambda: worklists.youths_nearing_18(tim),
        "nazorg check-ins team": lambda: worklists.nazorg_checkins_due(tim, team_id=team_id),
    }[worklist]
    assert growing_scans(st.vault.engine, call) == []


def test_the_caseload_and_grants_in_force_read_through_an_index(town):
    st, tim, team_id, _rich, _reg = town
    assert growing_scans(st.vault.engine, caseload, tim, team_id) == []
    assert growing_scans(st.vault.engine, grants_in_force, tim) == []


@pytest.mark.parametrize("sort", SORTS)
def test_list_pages_and_search_read_through_an_index(town, sort):
    st, tim, *_ = town
    first = list_page(tim, sort, limit=20)
    assert growing_scans(st.vault.engine, list_page, tim, sort, after=first.next, limit=20) == []
    assert growing_scans(st.vault.engine, list_page, tim, sort, last=True, limit=20) == []
    for typed in ("ja", "2625", "chopinlaan 1", "1234567", "Delft", "25-72"):
        assert growing_scans(st.vault.engine, search_households, tim, typed) == []


FILTERS = {
    "open": ListFilter(),
    "status": ListFilter(status="aangemeld"),
    "everything": ListFilter(status="alle"),
    "team": "team",
    "regisseur": "regisseur",
    "level": ListFilter(level="AVE 3"),
    "overdue": ListFilter(overdue=True),
    "youths": ListFilter(youths=True),
    "mine": ListFilter(mine=True),
    "all at once": "all",
}


def _filter(name: str, team_id: int, reg) -> ListFilter:
    flt = FILTERS[name]
    if flt == "team":
        return ListFilter(team_id=team_id)
    if flt == "regisseur":
        return ListFilter(regisseur_id=reg.actor.user_id)
    if flt == "all":
        return ListFilter(
            status="actief",
            team_id=team_id,
            regisseur_id=reg.actor.user_id,
            level="AVE 2",
            overdue=True,
            youths=True,
            mine=True,
        )
    return flt


@pytest.mark.parametrize("name", FILTERS)
@pytest.mark.parametrize("sort", SORTS)
def test_filtered_list_pages_and_search_read_through_an_index(town, sort, name):
    st, tim, team_id, _rich, reg = town
    engine = st.vault.engine
    for actor in (tim, reg, st.admin):
        flt = _filter(name, team_id, reg)
        first = list_page(actor, sort, filters=flt, limit=20)
        assert growing_scans(engine, list_page, actor, sort, filters=flt, limit=20) == []
        if first.next is not None:
            assert (
                growing_scans(engine, list_page, actor, sort, after=first.next, filters=flt) == []
            )
        assert growing_scans(engine, list_page, actor, sort, last=True, filters=flt) == []
    for typed in ("ja", "2625", "chopinlaan 1", "1234567", "2025-0"):
        assert growing_scans(engine, search_households, tim, typed, filters=flt) == []


def test_the_registration_reads_through_an_index(town):
    st, tim, _team_id, rich, reg = town
    engine = st.vault.engine
    with st.vault.session() as s:
        hh = s.get(m.Household, rich)
        bsns = [
            b for b in s.scalars(select(m.Person.bsn).where(m.Person.bsn.is_not(None)).limit(3))
        ]
        postcode, number = hh.postcode, hh.house_number
    assert growing_scans(engine, registration_choices, tim) == []
    assert growing_scans(engine, filter_choices, tim) == []
    assert growing_scans(engine, address_for_postcode, reg, postcode) == []
    assert growing_scans(engine, address_for_postcode, reg, "9999 ZZ") == []
    assert (
        growing_scans(
            engine, possible_duplicates, reg, bsns=bsns, postcode=postcode, house_number=number
        )
        == []
    )


def test_the_benchmarked_writes_check_their_rules_through_an_index(town):
    st, tim, team_id, rich, reg = town
    engine = st.vault.engine
    with st.vault.session() as s:
        team = s.get(m.Team, team_id).name
        level = s.get(m.Household, rich).level_code
    data = household_input(team, [MemberInput("Anna", "Plan", "1985-04-12", "ouder")])
    assert growing_scans(engine, register_household, tim, data) == []
    inputs = [goals.ActionInput(f"Actie {i}", "wijkteam") for i in range(3)]
    assert (
        growing_scans(
            engine, goals.add_goal_with_actions, reg, rich, "financien", "Doel", "Zo.", inputs
        )
        == []
    )
    to = "AVE 2" if level != "AVE 2" else "AVE 3"
    assert growing_scans(engine, escalation.request_level_change, tim, rich, to, "reden") == []
    assert growing_scans(engine, journal.add_entry, reg, rich, "notitie", "Gesproken.") == []


def test_four_eyes_finds_who_may_approve_through_an_index(town):
    st, _tim, team_id, _rich, _reg = town

    def who_may_approve():
        with st.vault.session() as s:
            for action in ("level.approve", "handover.approve"):
                assert approval.approvers(s, action, team_id, ())

    assert growing_scans(st.vault.engine, who_may_approve) == []


def test_the_household_edits_check_their_rules_through_an_index(town):
    st, tim, team_id, rich, reg = town
    engine = st.vault.engine
    with st.vault.session() as s:
        team = s.get(m.Team, team_id).name
    data = household_input(
        team,
        [MemberInput("Anna", "Plan", "1985-04-12", "ouder")],
        safety_concern=True,
        safety_note="Zorgen.",
        regisseur=reg.actor.username,
    )
    assert growing_scans(engine, register_household, tim, data) == []
    hh = get_household(tim, rich)
    new = MemberInput("Noor", "Plan", "2020-01-01", "kind")
    assert growing_scans(engine, household_edits.add_member, reg, rich, new) == []
    noor = get_household(tim, rich).members[-1]
    assert growing_scans(engine, household_edits.member_leaves, reg, noor.id, None) == []
    assert (
        growing_scans(engine, correct_person, reg, hh.members[0].id, None, "typfout", phone="06")
        == []
    )
    assert growing_scans(engine, household_edits.update_household, reg, rich, None, wijk="W") == []
