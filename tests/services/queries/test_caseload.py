"""Caseload: households weighted by their level against a norm per regisseur; the weights and
the norm are settings; the teamleider of the team only; the team overview and its report
carry the same figures."""

from __future__ import annotations

import pytest

from h4casus.domain.errors import PermissionDenied, ValidationError
from h4casus.reports import team as team_report
from h4casus.services.admin.configuration import update_settings
from h4casus.services.casework import escalation
from h4casus.services.queries.caseload import caseload
from h4casus.services.queries.team_overview import team_overview
from tests.data.test_statement_count import statements
from tests.factories import ADMIN, TEAM_A, register
from tests.reports.helpers import flat, text


def team_a_id(store) -> int:
    return store.ctx("tim").actor.team_ids().pop()


def to_level(store, hh, level: str) -> None:
    change = escalation.request_level_change(store.ctx("rik"), hh.id, level, "zorgen")
    escalation.approve_level_change(store.ctx("tim"), change.id)


@pytest.fixture
def team(store):
    """rik: two households at AVE 2, one at AVE 3, one at AVE 4; roos: one at AVE 2."""
    rik = store.ctx("rik")
    register(rik)
    register(rik)
    to_level(store, register(rik), "AVE 3")
    to_level(store, register(rik), "AVE 4")
    register(store.ctx("roos"))
    return store


def rows_by_name(load):
    return {r.name: r for r in load.rows}


def test_load_is_households_weighted_by_level_against_the_norm(team):
    load = caseload(team.ctx("tim"), team_a_id(team))
    assert load.team == TEAM_A and load.norm == 40
    assert load.weights == {"AVE 1": 1, "AVE 2": 2, "AVE 3": 4, "AVE 4": 8}
    rows = rows_by_name(load)
    rik, roos = rows["rik"], rows["roos"]
    assert rik.households == 4 and rik.per_level == {"AVE 2": 2, "AVE 3": 1, "AVE 4": 1}
    assert rik.load == 2 * 2 + 4 + 8 == 16 and rik.percent == 40 and not rik.over_norm
    assert (roos.households, roos.load, roos.percent) == (1, 2, 5)
    # an account that can hold regie in the team is listed without households too
    assert rows["carla"].households == 0 and rows["carla"].load == 0
    assert [r.name for r in load.rows][:2] == ["rik", "roos"]  # heaviest first
    assert load.households == 5 and load.load == 18


def test_changing_the_weights_or_the_norm_changes_the_figures(team):
    update_settings(
        team.ctx(ADMIN),
        {"caseload_weights": {"AVE 1": 1, "AVE 2": 3, "AVE 3": 5, "AVE 4": 10}},
    )
    rik = rows_by_name(caseload(team.ctx("tim"), team_a_id(team)))["rik"]
    assert rik.load == 2 * 3 + 5 + 10 == 21 and rik.percent == 52
    update_settings(team.ctx(ADMIN), {"caseload_norm": 20})
    rik = rows_by_name(caseload(team.ctx("tim"), team_a_id(team)))["rik"]
    assert rik.norm == 20 and rik.over_norm and rik.percent == 105
    # a level the setting does not name weighs 2^(rank-1), as the default ladder does
    update_settings(team.ctx(ADMIN), {"caseload_weights": {"AVE 2": 1}})
    rik = rows_by_name(caseload(team.ctx("tim"), team_a_id(team)))["rik"]
    assert rik.load == 2 * 1 + 4 + 8


@pytest.mark.parametrize(
    "changes",
    [
        {"caseload_weights": {"AVE 1": -1}},
        {"caseload_weights": {"AVE 1": 1.5}},
        {"caseload_weights": {}},
        {"caseload_norm": 0},
        {"caseload_norm": "veertig"},
    ],
)
def test_bad_weights_or_norm_are_refused_with_a_reason(store, changes):
    with pytest.raises(ValidationError) as err:
        update_settings(store.ctx(ADMIN), changes)
    (name,) = changes
    assert name in err.value.errors and "geheel getal" in err.value.errors[name]


@pytest.mark.parametrize("who", ["rik", "carla", "tess", "bert"])
def test_only_the_teamleider_of_the_team_sees_its_caseload(team, who):
    with pytest.raises(PermissionDenied):
        caseload(team.ctx(who), team_a_id(team))


def test_the_team_overview_and_its_report_show_load_against_the_norm(team):
    data = team_overview(team.ctx("tim"), TEAM_A)
    groups = {g.regisseur: g for g in data.groups}
    assert (groups["rik"].load, groups["rik"].norm, groups["rik"].percent) == (16, 40, 40)
    assert data.load == 18 and data.caseload_norm == 40
    t = flat(text(team_report.render(data)))
    assert "Caseloadnorm" in t and "Last" in t and "40%" in t
    assert "AVE 4 = 8" in t


def test_the_caseload_is_a_fixed_number_of_statements(store):
    tim, team_id = store.ctx("tim"), team_a_id(store)
    register(store.ctx("rik"))
    caseload(tim, team_id)
    few = statements(store, caseload, tim, team_id)
    for _ in range(4):
        register(store.ctx("roos"))
        register(store.ctx("rik"))
    assert statements(store, caseload, tim, team_id) == few
