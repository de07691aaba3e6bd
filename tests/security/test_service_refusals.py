"""Service-level refusals: the policy is asked by the services themselves, a refusal writes
nothing but its own 'denied' row in the access log, and a granted access is logged with its
ground."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from h4casus.domain.errors import PermissionDenied
from h4casus.services.admin import accounts
from h4casus.services.casework import household_edits, households, journal
from h4casus.storage import models as m
from tests.factories import ADMIN, USER_PASSWORD, member, register


def count(store, model) -> int:
    with store.vault.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def last_audit(store) -> m.AuditEvent:
    with store.vault.session() as s:
        return s.scalars(select(m.AuditEvent).order_by(m.AuditEvent.id.desc())).first()


@pytest.fixture
def hh(store):
    return register(store.ctx("rik"))


@pytest.mark.parametrize("who", ["rob", "tess", "bert"])
def test_other_team_and_beheerder_cannot_read_a_household(store, hh, who):
    before = count(store, m.AuditEvent)
    with pytest.raises(PermissionDenied):
        households.get_household(store.ctx(who), hh.id)
    # A refusal writes nothing but one row saying it was refused (issue 10, item 20).
    assert count(store, m.AuditEvent) == before + 1
    row = last_audit(store)
    assert (row.event, row.action, row.username, row.household_id, row.ground) == (
        "denied",
        "household.read",
        who,
        hh.id,
        "geweigerd",
    )


@pytest.mark.parametrize("who", ["bert", "rob"])
def test_refused_journal_entry_writes_nothing(store, hh, who):
    before = count(store, m.JournalEntry)
    with pytest.raises(PermissionDenied):
        journal.add_entry(store.ctx(who), hh.id, "notitie", "Mag niet.")
    assert count(store, m.JournalEntry) == before


@pytest.mark.parametrize("who", ["bert", "rob", "tess"])
def test_bsn_reveal_refused_outside_casework(store, hh, who):
    with pytest.raises(PermissionDenied):
        households.reveal_bsn(store.ctx(who), hh.members[0].id)


def test_beheerder_cannot_add_members(store, hh):
    with pytest.raises(PermissionDenied):
        household_edits.add_member(
            store.ctx("bert"), hh.id, member("Kees", "Jansen", "2015-01-01", "kind")
        )


@pytest.mark.parametrize("who", ["tim", "rik", "carla"])
def test_only_beheerder_manages_accounts(store, who):
    with pytest.raises(PermissionDenied):
        accounts.add_user(store.ctx(who), "nieuw", "consulent", USER_PASSWORD)
    with pytest.raises(PermissionDenied):
        accounts.list_accounts(store.ctx(who))


@pytest.mark.parametrize(
    ("who", "ground"),
    [("rik", "regisseur/"), ("tim", "teamleider/team"), ("roos", "regisseur/team")],
)
def test_allowed_read_is_logged_with_its_ground(store, hh, who, ground):
    households.get_household(store.ctx(who), hh.id)
    row = last_audit(store)
    assert (row.username, row.household_id, row.event) == (who, hh.id, "read")
    assert row.ground.startswith(ground)


def test_admin_with_teamleider_role_all_teams_reads(store, hh):
    households.get_household(store.ctx(ADMIN), hh.id)
    assert last_audit(store).ground == "teamleider/team"
