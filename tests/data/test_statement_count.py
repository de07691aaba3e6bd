"""No N+1: opening a case file or a list page issues a fixed number of SQL statements, however
many goals, actions, journal entries or rows there are."""

from __future__ import annotations

from sqlalchemy import event

from h4casus.services.casework import journal
from h4casus.services.plan import actions, goals
from h4casus.services.queries.casefile import open_casefile
from h4casus.services.queries.search import list_page, search_households
from tests.factories import register


class Counter:
    def __init__(self, engine) -> None:
        self.engine = engine
        self.n = 0

    def __enter__(self):
        event.listen(self.engine, "before_cursor_execute", self._count)
        return self

    def __exit__(self, *exc) -> None:
        event.remove(self.engine, "before_cursor_execute", self._count)

    def _count(self, *_args) -> None:
        self.n += 1


def statements(store, fn, *args, **kwargs) -> int:
    with Counter(store.vault.engine) as c:
        fn(*args, **kwargs)
    return c.n


def test_open_casefile_does_not_grow_with_goals_actions_or_journal(store):
    rik = store.ctx("rik")
    hh = register(rik)
    goals.add_goal(rik, hh.id, "financien", "Schulden in beeld", "Binnen 3 maanden overzicht.")
    journal.add_entry(rik, hh.id, "notitie", "Eerste contact.")
    open_casefile(rik, hh.id)  # reference data (instruments) is read once per connection
    small = statements(store, open_casefile, rik, hh.id)
    for i in range(4):
        goal = goals.add_goal(
            rik, hh.id, "huisvesting", f"Doel {i}", "Woning behouden.", person_id=hh.members[0].id
        )
        for j in range(3):
            actions.add_action(rik, goal.id, f"Actie {i}.{j}", "wijkteam")
    for i in range(15):
        journal.add_entry(rik, hh.id, "telefonisch", f"Gesprek {i}.", confidential=i % 3 == 0)
    large = statements(store, open_casefile, rik, hh.id)
    assert large == small, (small, large)


def test_list_pages_and_search_issue_a_fixed_number_of_statements(store):
    rik = store.ctx("rik")
    register(rik)
    few_page = statements(store, list_page, rik, "level")
    few_search = statements(store, search_households, rik, "jans")
    for _ in range(6):
        register(rik)
    assert statements(store, list_page, rik, "level") == few_page
    assert statements(store, search_households, rik, "jans") == few_search
