"""Query plans of the team worklists and the level change: each walks an index range made
for it (no scan of a whole team's households, no scan of all level changes, no sort of the
whole team). At 100,000 households these were the 250-700 ms and 100 ms operations."""

from __future__ import annotations

import contextlib

import pytest
from sqlalchemy import select

from h4casus.domain.enums import Role
from h4casus.domain.errors import RuleViolation
from h4casus.services.casework import escalation
from h4casus.services.queries import worklists
from h4casus.storage import models as m
from tests.data.test_search import FULL_SCAN, plans_for


@pytest.fixture(scope="module")
def team(demo_store):
    st, _ = demo_store
    tim = st.ctx("tim")
    (team_id,) = tim.actor.team_ids(Role.TEAMLEIDER)
    return st, tim, team_id


def lines_of(plans) -> list[str]:
    return [line for plan in plans for line in plan]


def test_team_overdue_reviews_walk_the_team_review_index_in_order(team):
    st, tim, team_id = team
    lines = lines_of(plans_for(st, worklists.overdue_reviews, tim, team_id=team_id, limit=20))
    assert any("ix_households_team_review" in line for line in lines), lines
    assert not [line for line in lines if FULL_SCAN.search(line)], lines
    assert not [line for line in lines if "TEMP B-TREE" in line], lines


def test_team_youths_start_from_the_birth_date_window(team):
    st, tim, team_id = team
    lines = lines_of(plans_for(st, worklists.youths_nearing_18, tim, team_id=team_id))
    assert any("ix_persons_birth_date" in line for line in lines), lines
    assert not [line for line in lines if FULL_SCAN.search(line)], lines


def test_level_change_reads_only_this_households_changes(team):
    st, tim, team_id = team
    with st.vault.session() as s:
        hid = s.scalar(
            select(m.Household.id).where(
                m.Household.team_id == team_id,
                m.Household.status != "afgesloten",
                m.Household.level_code != "AVE 1",
            )
        )

    def down():
        # without an evaluation in the period it is refused: the checks ran all the same
        with contextlib.suppress(RuleViolation):
            escalation.request_level_change(tim, hid, "AVE 1", "situatie verbeterd")

    lines = lines_of(plans_for(st, down))
    on_changes = [line for line in lines if "level_changes" in line]
    assert on_changes, lines
    assert not [line for line in on_changes if "ix_level_changes_status" in line], on_changes
    assert not [line for line in on_changes if line.startswith("SCAN")], on_changes
