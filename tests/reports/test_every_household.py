"""Every report renders for every household of a 500-household demo, without an error, and
each PDF reads back with its stamp (a slow test: about half a minute)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import select

from h4casus.reports import case, monitor, own_plan, team, transition
from h4casus.services.queries.case_report import case_report
from h4casus.services.queries.case_report import own_plan as own_plan_data
from h4casus.storage import models as m
from tests.reports.conftest import DEMO_HOUSEHOLDS
from tests.reports.helpers import pages

pytestmark = pytest.mark.slow


def test_casusoverzicht_and_ons_plan_for_every_household(demo500):
    ctx = demo500.admin
    with demo500.vault.session() as s:
        ids = list(s.scalars(select(m.Household.id).order_by(m.Household.id)))
    assert len(ids) == DEMO_HOUSEHOLDS
    for hid in ids:
        pdf = case.render(case_report(ctx, hid, full_bsn=True, include_confidential=True))
        assert pdf.startswith(b"%PDF") and pdf.rstrip().endswith(b"%%EOF")
        plan_pdf = own_plan.render(own_plan_data(ctx, hid))
        assert len(re.findall(rb"/Type /Page\b(?!s)", plan_pdf)) == 1, hid  # one page


def test_team_transition_and_monitor_for_every_team(demo500):
    ctx = demo500.admin
    with demo500.vault.session() as s:
        teams = list(s.scalars(select(m.Team.name)))
    for name in teams:
        pdf = team.teamoverzicht(ctx, name)
        assert "Teamoverzicht" in pages(pdf)[0]
        transition.overzicht_18(ctx, name)
    assert transition.overzicht_18(ctx).startswith(b"%PDF")
    assert monitor.monitor_pdf(ctx, date(2025, 3, 16), date(2026, 3, 15)).startswith(b"%PDF")
    assert monitor.monitor_csv(ctx, date(2025, 3, 16), date(2026, 3, 15)).startswith(
        b"\xef\xbb\xbf"
    )
