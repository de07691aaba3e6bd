"""Teamoverzicht: per regisseur, totals per level, the teamleider only; 2,000 households split
over pages with the header row on every page."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from h4casus.domain.errors import PermissionDenied, ValidationError
from h4casus.reports import team
from h4casus.services.queries.printing import PrintStamp
from h4casus.services.queries.team_overview import (
    RegisseurGroup,
    TeamHousehold,
    TeamOverview,
    team_overview,
)
from h4casus.storage import models as m
from tests.factories import TEAM_A, register
from tests.reports.helpers import assert_every_page_stamped, flat, pages, text


def test_teamleider_prints_the_caseload_per_regisseur(store, case):
    register(store.ctx("roos"))  # a second regisseur
    pdf = team.teamoverzicht(store.ctx("tim"), TEAM_A)
    t = flat(text(pdf))
    for expected in ("Teamoverzicht", TEAM_A, "Per regisseur", "Totaal team", "rik", "roos"):
        assert expected in t, expected
    assert "Jansen / de Vries" in t
    data = team_overview(store.ctx("tim"), TEAM_A)
    assert data.households == 2 and sum(data.per_level.values()) == 2
    # Zoë turns 18 within six months without a perspectiefplan: signalled
    assert data.youths == 2 and data.youths_signalled == 1
    with store.vault.session() as s:
        row = s.scalars(select(m.AuditEvent).where(m.AuditEvent.action == "report.team")).all()[0]
    assert row.event == "print" and TEAM_A in row.detail
    assert_every_page_stamped(pdf, row.id)


@pytest.mark.parametrize("who", ["carla", "rik", "tess", "bert"])
def test_only_the_teamleider_of_the_team(store, case, who):
    with pytest.raises(PermissionDenied):
        team.teamoverzicht(store.ctx(who), TEAM_A)


def test_unknown_team_names_the_field_and_the_teams(store):
    with pytest.raises(ValidationError) as err:
        team.teamoverzicht(store.ctx("tim"), "Wijkteam Nergens")
    assert "team" in err.value.errors and TEAM_A in str(err.value)


def synthetic(n: int, regisseurs: int = 50) -> TeamOverview:
    """A team of `n` households, rendered without a database."""
    today = date(2026, 3, 15)
    levels = ("AVE 1", "AVE 2", "AVE 3", "AVE 4")
    from h4casus.services.admin.configuration import LevelView

    ladder = tuple(
        LevelView(c, i + 1, "kleur", "#777777", "", "", "", "", "", 42, False)
        for i, c in enumerate(levels)
    )
    groups = []
    per = n // regisseurs
    for r in range(regisseurs):
        items = tuple(
            TeamHousehold(
                r * per + i,
                f"2026-{r * per + i:06d}",
                f"Huishouden {r}-{i} van Achternaam-Dubbelnaam",
                levels[i % 4],
                "actief",
                today + timedelta(days=i - 10),
                10 - i if i < 10 else None,
                today - timedelta(days=30 + i),
                30 + i,
                i % 3,
                1 if i % 17 == 0 else 0,
            )
            for i in range(per)
        )
        groups.append(RegisseurGroup(r, f"Regisseur {r:02d}", items, {"AVE 1": per}, 10, 2))
    stamp = PrintStamp(
        42, "print", "report.team", "tim", "Tim Teamleider", datetime(2026, 3, 15, 10, 30), "pc"
    )
    return TeamOverview(
        stamp,
        1,
        "Wijkteam Groot",
        today,
        ladder,
        tuple(groups),
        {"AVE 1": n},
        n,
        500,
        100,
        30,
        6,
        16,
    )


def test_two_thousand_households_split_over_pages_with_repeated_headers():
    data = synthetic(2000)
    pdf = team.render(data)
    all_pages = pages(pdf)
    assert len(all_pages) > 30
    t = flat(text(pdf))
    assert all(f"2026-{i:06d}" in t for i in (0, 999, 1999))
    for page in all_pages[2:]:
        assert "Dossier" in page and "Huishouden" in page  # the header row repeated
    assert_every_page_stamped(pdf, 42)
