"""Search-as-you-type and keyset paging: right answers, in scope, the same order as a full
sort, and query plans that walk an index instead of scanning the big tables."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import event, select

from h4casus.domain.errors import ValidationError
from h4casus.services.queries import search
from h4casus.services.queries.search import list_page, plan_search, search_households
from h4casus.storage import models as m
from tests.factories import BSNS, TEAM_B, member, register


@pytest.fixture
def town(store):
    """A few households in two teams with names and addresses worth searching for."""
    rik = store.ctx("rik")
    a = register(
        rik,
        members=[
            member("Ayşe", "Öztürk", "1980-02-02", "ouder", BSNS[0]),
            member("Emre", "Öztürk", "2009-05-05", "kind"),
        ],
        street="Chopinlaan",
        house_number=12,
        postcode="2625 WB",
    )
    b = register(
        rik,
        members=[member("Piet", "Vries", "1970-01-01", "ouder", BSNS[1], prefix="de")],
        street="Oude Delft",
        house_number=7,
        postcode="2611 CD",
    )
    c = register(
        store.ctx("rob"),
        team=TEAM_B,
        members=[member("Rob", "Vries", "1975-03-03", "ouder", BSNS[2], prefix="de")],
        street="Herenstraat",
        house_number=3,
        postcode="2282 AB",
        city="Rijswijk",
        gemeente="Rijswijk",
    )
    return store, a, b, c


def ids(hits) -> set[int]:
    return {h.household_id for h in hits}


def test_name_search_ignores_case_accents_and_tussenvoegsel(town):
    store, a, b, c = town
    tim = store.ctx("tim")
    assert ids(search_households(tim, "öz")) == {a.id}
    assert ids(search_households(tim, "OZTU")) == {a.id}
    assert ids(search_households(tim, "de vr")) == {b.id}
    assert ids(search_households(tim, "vries")) == {b.id}
    assert search_households(tim, "vries")[0].matched == "naam"


def test_address_postcode_case_number_and_bsn_prefix(town):
    store, a, b, _c = town
    tim = store.ctx("tim")
    assert ids(search_households(tim, "chopin")) == {a.id}
    assert ids(search_households(tim, "oude delft 7")) == {b.id}
    assert ids(search_households(tim, "oude delft 8")) == set()
    assert ids(search_households(tim, "2611")) == {b.id}
    assert ids(search_households(tim, "2625wb")) == {a.id}
    assert ids(search_households(tim, a.case_number[:-1])) >= {a.id}
    hit = search_households(tim, BSNS[0][:6])
    assert ids(hit) == {a.id} and hit[0].matched == "bsn"
    assert search_households(tim, BSNS[0][:4]) == []  # four digits are a postcode, not a BSN


def test_a_place_and_a_short_case_number_are_found(town):
    store, a, b, c = town
    tim = store.ctx("tim")
    hits = search_households(tim, "Delft")
    assert ids(hits) == {a.id, b.id} and {h.matched for h in hits} == {"plaats"}
    assert ids(search_households(tim, "delf")) == {a.id, b.id}
    assert ids(search_households(store.admin, "rijswijk")) == {c.id}
    assert search_households(tim, "rijswijk") == []  # another team's place: nothing in scope
    year, number = a.case_number.split("-")  # 2026-000001
    short = f"{year[2:]}-{int(number)}"  # 26-1
    hit = search_households(tim, short)
    assert ids(hit) == {a.id} and hit[0].matched == "dossiernummer"
    assert ids(search_households(tim, f"{year}-{int(number)}")) == {a.id}
    assert ids(search_households(tim, f"{year[2:]}-{int(number) + 99}")) == set()


def test_search_stays_inside_the_actors_teams(town):
    store, a, b, c = town
    assert ids(search_households(store.ctx("rob"), "vries")) == {c.id}
    assert ids(search_households(store.ctx("tim"), "vries")) == {b.id}
    assert ids(search_households(store.admin, "vries")) == {b.id, c.id}


def test_search_is_logged_without_what_was_typed(town):
    store, *_ = town
    search_households(store.ctx("tim"), BSNS[0][:7])
    with store.vault.session() as s:
        last = s.execute(
            select(m.AuditEvent.event, m.AuditEvent.detail).order_by(m.AuditEvent.id.desc())
        ).first()
    assert last.event == "search"
    assert BSNS[0][:7] not in last.detail and "bsn" in last.detail


def test_search_refuses_control_characters(town):
    store, *_ = town
    with pytest.raises(ValidationError):
        search_households(store.ctx("tim"), "jan\x00sen")


def test_plan_search_reads_what_was_typed():
    assert plan_search("a") == []
    assert plan_search("2024-00")[0][:2] == ("dossiernummer", "case")
    assert plan_search("2611 c")[0] == ("postcode", "postcode", "2611 C")
    assert [p[1] for p in plan_search("2611")] == ["postcode", "case"]
    assert plan_search("1234 56")[0] == ("bsn", "bsn", "123456")
    assert ("naam", "name", "berg") in plan_search("van den Berg")
    assert plan_search("25-72") == [("dossiernummer", "case", "2025-000072")]
    assert plan_search("2025-72") == [
        ("dossiernummer", "case", "2025-000072"),
        ("dossiernummer", "case", "2025-72"),
    ]
    assert plan_search("2025-000072") == [("dossiernummer", "case", "2025-000072")]
    assert ("plaats", "city", "den haag") in plan_search("Den Haag")


# --------------------------------------------------------------------------- paging


@pytest.fixture(scope="module")
def paged(demo_store):
    return demo_store


def reference(st, actor_teams: set[int] | None, sort: str) -> list[int]:
    with st.vault.session() as s:
        rank = dict(s.execute(select(m.EscalationLevel.code, m.EscalationLevel.rank)).all())
        q = select(
            m.Household.id,
            m.Household.sort_name,
            m.Household.level_code,
            m.Household.next_review_date,
            m.Household.team_id,
        )
        rows = [r for r in s.execute(q) if actor_teams is None or r.team_id in actor_teams]
    if sort == "name":
        rows.sort(key=lambda r: (r.sort_name, r.id))
    elif sort == "level":
        rows.sort(key=lambda r: (rank[r.level_code], r.sort_name, r.id))
    else:
        rows.sort(key=lambda r: (r.next_review_date is None, r.next_review_date or 0, r.id))
    return [r.id for r in rows]


def walk(ctx, sort: str, limit: int) -> list[int]:
    out, page = [], list_page(ctx, sort, limit=limit)
    while True:
        out += [r.id for r in page.rows]
        if page.next is None:
            return out
        page = list_page(ctx, sort, after=page.next, limit=limit)


def walk_back(ctx, sort: str, limit: int) -> list[int]:
    out, page = [], list_page(ctx, sort, last=True, limit=limit)
    while True:
        out = [r.id for r in page.rows] + out
        if page.previous is None:
            return out
        page = list_page(ctx, sort, before=page.previous, limit=limit)


@pytest.mark.parametrize("sort", search.SORTS)
def test_paging_forward_and_backward_gives_the_full_sorted_list(paged, sort):
    st, _ = paged
    assert walk(st.admin, sort, 37) == reference(st, None, sort)
    tim = st.ctx("tim")  # teamleider of one team: only that team's households
    expected = reference(st, tim.actor.team_ids(), sort)
    assert walk(tim, sort, 23) == expected
    assert walk_back(tim, sort, 23) == expected


def test_first_page_knows_there_is_no_previous_and_last_no_next(paged):
    st, _ = paged
    first = list_page(st.admin, "name", limit=10)
    assert first.previous is None and first.next is not None and len(first.rows) == 10
    last = list_page(st.admin, "name", last=True, limit=10)
    assert last.next is None and len(last.rows) == 10
    with pytest.raises(ValidationError):
        list_page(st.admin, "level", after=first.next)
    with pytest.raises(ValidationError):
        list_page(st.admin, "postcode")


# --------------------------------------------------------------------------- query plans


class Recorder:
    """Every SELECT the services send (audit bookkeeping left out)."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.statements: list[tuple[str, object]] = []
        event.listen(engine, "before_cursor_execute", self._record)

    def _record(self, _conn, _cursor, statement, parameters, _context, _many) -> None:
        self.statements.append((statement, parameters))

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._record)

    def selects(self) -> list[tuple[str, object]]:
        return [
            (st, p)
            for st, p in self.statements
            if st.lstrip().upper().startswith("SELECT")
            and "audit_log" not in st
            and "FROM settings" not in st
        ]

    def plans(self) -> list[list[str]]:
        out = []
        with self.engine.connect() as conn:
            for st, p in self.selects():
                out.append([r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + st, p)])
        return out


FULL_SCAN = re.compile(r"^SCAN (households|persons|journal_entries)\b(?! USING (COVERING )?INDEX)")


def plans_for(st, fn, *args, **kwargs) -> list[list[str]]:
    rec = Recorder(st.vault.engine)
    try:
        fn(*args, **kwargs)
    finally:
        rec.close()
    return rec.plans()


@pytest.mark.parametrize(
    ("query", "index"),
    [
        ("jans", "ix_persons_name_key"),
        ("de vr", "ix_persons_name_key"),
        ("chopinlaan 1", "ix_households_street_key"),
        ("2625 W", "ix_households_postcode"),
        ("2025-0001", "sqlite_autoindex_households"),
        ("25-72", "sqlite_autoindex_households"),
        ("123456", "ix_persons_bsn"),
        ("Delft", "ix_households_city_key"),
    ],
)
def test_search_queries_walk_their_index(paged, query, index):
    st, _ = paged
    for actor in (st.admin, st.ctx("tim")):
        plans = plans_for(st, search_households, actor, query)
        lines = [line for plan in plans for line in plan]
        assert any(index in line for line in lines), lines
        assert not [line for line in lines if FULL_SCAN.search(line)], lines
        assert not [line for line in lines if "TEMP B-TREE" in line], lines


@pytest.mark.parametrize(
    ("sort", "index"),
    [
        ("name", "ix_households_sort"),
        ("level", "ix_households_level"),
        ("review", "ix_households_review"),
    ],
)
def test_list_pages_walk_the_ordering_index_without_sorting(paged, sort, index):
    st, _ = paged
    tim = st.ctx("tim")
    first = list_page(tim, sort, limit=20)
    for call in (
        lambda: list_page(tim, sort, limit=20),
        lambda: list_page(tim, sort, after=first.next, limit=20),
        lambda: list_page(tim, sort, last=True, limit=20),
    ):
        plans = plans_for(st, call)
        lines = [line for plan in plans for line in plan]
        assert any(index in line for line in lines), lines
        assert not [line for line in lines if FULL_SCAN.search(line)], lines
        assert not [line for line in lines if "TEMP B-TREE" in line], lines
