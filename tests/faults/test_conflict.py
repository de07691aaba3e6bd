"""Two people editing the same record: the second save gets a conflict and nothing is lost.
Two processes writing at the same time: both succeed, every write is kept."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import select

from h4casus.domain.errors import ConflictError
from h4casus.services.casework.household_edits import update_household
from h4casus.services.casework.households import get_household
from h4casus.services.core import audit_log
from h4casus.services.plan import goals
from h4casus.storage import models as m
from tests.factories import USER_PASSWORD, register


def test_second_save_of_household_is_a_conflict(store):
    hh = register(store.ctx("rik"))
    rik_sees = get_household(store.ctx("rik"), hh.id)
    roos_sees = get_household(store.ctx("roos"), hh.id)
    update_household(store.ctx("rik"), hh.id, rik_sees.version, street="Koornmarkt")
    with pytest.raises(ConflictError, match="intussen opgeslagen"):
        update_household(store.ctx("roos"), hh.id, roos_sees.version, street="Voorstraat")
    now = get_household(store.ctx("roos"), hh.id)
    assert now.street == "Koornmarkt"  # the first save is kept, nothing overwritten
    update_household(store.ctx("roos"), hh.id, now.version, house_number=14)  # retry works
    final = get_household(store.ctx("rik"), hh.id)
    assert (final.street, final.house_number) == ("Koornmarkt", 14)


def test_second_save_of_a_plan_goal_is_a_conflict(store):
    hh = register(store.ctx("rik"))
    goal = goals.add_goal(store.ctx("rik"), hh.id, "financien", "Schulden", "Binnen een jaar")
    goals.update_goal(store.ctx("rik"), goal.id, goal.version, title="Schulden op orde")
    with pytest.raises(ConflictError):
        goals.update_goal(store.ctx("tim"), goal.id, goal.version, title="Iets anders")
    with store.vault.session() as s:
        assert s.get(m.Goal, goal.id).title == "Schulden op orde"


def test_stale_orm_object_is_refused_by_the_version_column(store):
    """The safety net below the services: a write based on an old read never wins."""
    hh = register(store.ctx("rik"))
    with store.vault.session() as s:
        stale = s.get(m.Household, hh.id)
    with store.vault.session() as s:
        s.get(m.Household, hh.id).city = "Den Haag"
    from sqlalchemy.orm.exc import StaleDataError

    with pytest.raises(StaleDataError), store.vault.session() as s:
        mine = s.merge(stale, load=False)
        mine.city = "Rijswijk"
    with store.vault.session() as s:
        assert s.get(m.Household, hh.id).city == "Den Haag"


def test_two_processes_write_at_the_same_time_without_losing_anything(store):
    from tests.faults.crash import WRITER, _committed, _env, _Lines

    hh = register(store.ctx("rik"))
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(store.path), "roos", str(hh.id), "--count", "60"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(USER_PASSWORD),
    )
    reader = _Lines(proc.stdout.fileno())
    while not reader.lines and reader.pump(0.05):
        pass  # the other process is writing now
    version = get_household(store.ctx("rik"), hh.id).version
    for i in range(25):
        version = update_household(store.ctx("rik"), hh.id, version, house_number=i + 1).version
    while reader.pump(0.5):
        pass
    assert proc.wait(timeout=60) == 0, proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    reported = _committed(reader.lines)
    assert len(reported) == 60
    with store.vault.session() as s:
        texts = dict(s.execute(select(m.JournalEntry.id, m.JournalEntry.text)).all())
        assert all(texts.get(i) == t for i, t in reported)
        assert s.get(m.Household, hh.id).house_number == 25
        assert audit_log.verify(s, store.vault.key).broken is None
