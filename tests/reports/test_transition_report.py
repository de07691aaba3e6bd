"""18-/18+ overzicht: youths 16–18 with their plan state; the teamleider only."""

from __future__ import annotations

import pytest

from h4casus.domain.errors import PermissionDenied
from h4casus.reports import transition
from h4casus.services.queries.transition_overview import transition_overview
from tests.factories import TEAM_A, TEAM_B
from tests.reports.helpers import flat, text


def test_lists_each_youth_with_birthday_and_plan_state(store, case):
    pdf = transition.overzicht_18(store.ctx("tim"), TEAM_A)
    t = flat(text(pdf))
    for expected in (
        "18-/18+ overzicht",
        "Daan Jansen",
        "Zoë Ĳsbrand Jansen",
        "10-01-2027",
        "20-06-2026",
    ):
        assert expected in t, expected
    assert "Sara Jansen" not in t  # 13: not yet
    data = transition_overview(store.ctx("tim"), TEAM_A)
    lines = {y.name: y for y in data.teams[0].youths}
    assert lines["Daan Jansen"].plan_state == "vastgesteld"
    assert lines["Daan Jansen"].items_total == 10 and not lines["Daan Jansen"].signalled
    zoe = lines["Zoë Ĳsbrand Jansen"]
    assert zoe.plan_state == "geen" and zoe.signalled  # highlighted in red
    assert [y.name for y in data.teams[0].youths][0] == "Zoë Ĳsbrand Jansen"  # nearest to 18 first


def test_without_team_all_teams_of_the_teamleider(store, case):
    data = transition_overview(store.ctx("tim"))
    assert [t.team for t in data.teams] == [TEAM_A]
    assert transition_overview(store.ctx("tess")).teams[0].youths == ()


@pytest.mark.parametrize(
    ("who", "team"), [("rik", TEAM_A), ("carla", None), ("tess", TEAM_A), ("bert", None)]
)
def test_refused(store, case, who, team):
    with pytest.raises(PermissionDenied):
        transition.overzicht_18(store.ctx(who), team)


def test_other_team_sees_nothing_of_this_one(store, case):
    pdf = transition.overzicht_18(store.ctx("tess"), TEAM_B)
    assert "Jansen" not in flat(text(pdf))
