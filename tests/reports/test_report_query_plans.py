"""The reports about one household or one team walk indexes, never a whole growing table
(the monitor, which counts a period over the whole region, is measured in the benchmark
instead). Same check as tests/data/test_hot_query_plans.py, on the 500-household demo."""

from __future__ import annotations

from sqlalchemy import select

from h4casus.services.queries.case_report import case_report, own_plan
from h4casus.services.queries.team_overview import team_overview
from h4casus.services.queries.transition_overview import transition_overview
from h4casus.storage import models as m
from tests.data.test_hot_query_plans import growing_scans


def test_case_team_and_transition_reports_use_indexes(demo500):
    ctx = demo500.admin
    engine = demo500.vault.engine
    with demo500.vault.session() as s:
        hid = s.scalar(select(m.Household.id).order_by(m.Household.id.desc()).limit(1))
        team = s.scalar(select(m.Team.name).order_by(m.Team.id).limit(1))
    checks = {
        "casusoverzicht": lambda: case_report(ctx, hid, full_bsn=True, include_confidential=True),
        "ons plan": lambda: own_plan(ctx, hid),
        "teamoverzicht": lambda: team_overview(ctx, team),
        "18-/18+ overzicht": lambda: transition_overview(ctx, team),
    }
    for name, fn in checks.items():
        assert growing_scans(engine, fn) == [], name
