"""The household list's filters, applied in SQL to the sorted pages and to search alike;
search hits carry every column of the list."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update

from h4casus.domain.errors import ValidationError
from h4casus.services.admin.audit_views import AuditFilter, list_events
from h4casus.services.casework import household_edits, lifecycle
from h4casus.services.queries.filters import ListFilter, filter_choices
from h4casus.services.queries.search import SORTS, list_page, search_households
from h4casus.storage import models as m
from tests.factories import TEAM_B, member, register
from tests.services.helpers import user_id


def _set(store, household_id, **values) -> None:
    with store.vault.session() as s:
        s.execute(update(m.Household).where(m.Household.id == household_id).values(**values))


@pytest.fixture
def town(store):
    """Six households of team A and one of team B, each standing out by one filter."""
    rik = store.ctx("rik")
    h = {}
    h["plain"] = register(rik, members=[member("Anna", "Akkerman", "1980-01-01", "ouder")])
    h["youth"] = register(
        rik,
        members=[
            member("Bea", "Bakker", "1980-01-01", "ouder"),
            member("Bo", "Bakker", "2008-09-01", "kind"),  # 17 on 15 March 2026
        ],
        house_number=2,
    )
    h["young"] = register(
        rik,
        members=[
            member("Cas", "Claes", "1980-01-01", "ouder"),
            member("Cor", "Claes", "2011-01-01", "kind"),  # 15
            member("Cees", "Claes", "2008-03-15", "kind"),  # 18 today
        ],
        house_number=3,
    )
    h["roos"] = register(
        rik,
        members=[member("Dirk", "Dekker", "1980-01-01", "ouder")],
        house_number=4,
        regisseur="roos",
    )
    h["closed"] = register(
        rik, members=[member("Eva", "Eker", "1980-01-01", "ouder")], house_number=5
    )
    lifecycle.close(rik, h["closed"].id, "anders", "verhuisd", follow_up=False)
    h["intake"] = register(
        rik, members=[member("Fien", "Faber", "1980-01-01", "ouder")], house_number=6
    )
    lifecycle.record_intake(rik, h["intake"].id, True)
    _set(store, h["intake"].id, level_code="AVE 3", next_review_date=date(2026, 3, 1))
    h["b"] = register(
        store.ctx("rob"),
        team=TEAM_B,
        members=[member("Gijs", "Gerritsen", "1980-01-01", "ouder")],
        house_number=7,
    )
    return store, h


def names(rows) -> set[str]:
    return {getattr(r, "display_name", None) for r in rows}


def page(ctx, flt=None, sort="name"):
    return list_page(ctx, sort, filters=flt, limit=100).rows


def test_open_only_by_default_and_everything_without_a_filter(town):
    store, h = town
    tim = store.ctx("tim")
    assert h["closed"].id not in {r.id for r in page(tim, ListFilter())}
    assert h["closed"].id in {r.id for r in page(tim)}
    assert [r.id for r in page(tim, ListFilter(status="afgesloten"))] == [h["closed"].id]
    assert [r.id for r in page(tim, ListFilter(status="intake"))] == [h["intake"].id]
    with pytest.raises(ValidationError):
        page(tim, ListFilter(status="weg"))


def test_team_regisseur_and_mine(town):
    store, h = town
    admin = store.ctx("beheer")
    team_b = page(admin, ListFilter(team_id=h["b"].team_id))
    assert [r.id for r in team_b] == [h["b"].id]
    roos_id = user_id(store, "roos")
    assert [r.id for r in page(admin, ListFilter(regisseur_id=roos_id))] == [h["roos"].id]
    mine = {r.id for r in page(store.ctx("roos"), ListFilter(mine=True))}
    assert mine == {h["roos"].id}


@pytest.mark.parametrize("sort", SORTS)
def test_level_and_overdue_in_every_sort(town, sort):
    store, h = town
    tim = store.ctx("tim")
    assert [r.id for r in page(tim, ListFilter(level="AVE 3"), sort)] == [h["intake"].id]
    assert [r.id for r in page(tim, ListFilter(overdue=True), sort)] == [h["intake"].id]


def test_youths_from_16_up_to_18_who_still_live_there(town):
    store, h = town
    tim = store.ctx("tim")
    assert [r.id for r in page(tim, ListFilter(youths=True))] == [h["youth"].id]
    bo = next(p for p in h["youth"].members if p.given_names == "Bo")
    household_edits.member_leaves(store.ctx("rik"), bo.id, bo.version, "2026-03-10")
    assert page(tim, ListFilter(youths=True)) == ()


def test_filters_combine_and_page_in_order(town):
    store, h = town
    tim = store.ctx("tim")
    flt = ListFilter(status="alle", regisseur_id=user_id(store, "rik"))
    ids = [r.id for r in list_page(tim, "name", filters=flt, limit=2).rows]
    first = list_page(tim, "name", filters=flt, limit=2)
    second = list_page(tim, "name", filters=flt, after=first.next, limit=2)
    everything = [r.id for r in page(tim, flt)]
    assert ids + [r.id for r in second.rows] == everything[:4]
    assert h["closed"].id not in everything  # closing ended the regie
    assert h["roos"].id not in everything


def test_search_is_filtered_and_keeps_every_column(town):
    store, h = town
    tim = store.ctx("tim")
    hits = search_households(tim, "bakker", filters=ListFilter())
    (hit,) = hits
    assert hit.household_id == h["youth"].id
    assert (hit.team, hit.regisseur, hit.regisseur_name) == ("Wijkteam Delft-Noord", "rik", "rik")
    assert hit.next_review_date == h["youth"].next_review_date
    assert search_households(tim, "eker", filters=ListFilter()) == []
    assert [x.household_id for x in search_households(tim, "eker")] == [h["closed"].id]
    assert search_households(tim, "bakker", filters=ListFilter(youths=True, level="AVE 3")) == []


def test_the_filter_is_in_the_access_log_without_names(town):
    store, _h = town
    tim = store.ctx("tim")
    page(tim, ListFilter(overdue=True))
    search_households(tim, "bakker", filters=ListFilter(mine=True))
    details = [e.detail for e in list_events(store.ctx("bert"), AuditFilter(event="search"))]
    assert "lijst: name, filter: status open, verlopen" in details
    assert any(
        d.startswith("zoeken op ") and d.endswith("filter: status open, mijn") for d in details
    )
    assert not any("bakker" in (d or "").lower() for d in details)


def test_the_filter_row_offers_the_actors_teams_and_their_regisseurs(town):
    store, _h = town
    choices = filter_choices(store.ctx("tim"))
    assert [t.name for t in choices.teams] == ["Wijkteam Delft-Noord"]
    workers = {w.username: w for w in choices.regisseurs}
    assert set(workers) == {"carla", "rik", "roos"}
    assert workers["rik"].caseload == 4 and workers["roos"].caseload == 1
    assert choices.levels[0] == "AVE 1" and choices.youth_from_age == 16
