"""The file kind (Jeugdwet, Wmo, Participatiewet) decides the retention period: chosen at
registration, changed only with a reason by the regisseur or teamleider, history kept and
logged. (What it means for retention: tests/privacy/test_retention.py.)"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from h4casus.domain.errors import ConflictError, PermissionDenied, RuleViolation, ValidationError
from h4casus.services.casework import file_kind, lifecycle
from h4casus.services.casework.households import get_household, register_household
from h4casus.storage import models as m
from tests.factories import household_input, register
from tests.services.helpers import count, household_row


def test_the_kind_is_chosen_at_registration_never_assumed(store):
    with pytest.raises(ValidationError) as err:
        register_household(store.ctx("carla"), household_input(file_kind=None))
    assert "dossiersoort" in err.value.errors and "kies" in err.value.errors["dossiersoort"]
    assert count(store, m.Household) == 0
    hh = register(store.ctx("carla"), file_kind="jeugdwet")
    assert get_household(store.ctx("carla"), hh.id).file_kind == "jeugdwet"


def test_a_change_needs_a_reason_and_is_kept_and_logged(store, hh):
    with pytest.raises(ValidationError) as err:
        file_kind.change_file_kind(store.ctx("rik"), hh.id, "jeugd", " ")
    assert set(err.value.errors) == {"dossiersoort", "reden"}
    with pytest.raises(RuleViolation, match="al onder wmo"):
        file_kind.change_file_kind(store.ctx("rik"), hh.id, "wmo", "zelfde")
    change = file_kind.change_file_kind(store.ctx("rik"), hh.id, "jeugdwet", "jeugdhulp voor Sara")
    assert (change.from_kind, change.to_kind, change.changed_by) == ("wmo", "jeugdwet", "rik")
    assert household_row(store, hh.id).file_kind == "jeugdwet"
    (kept,) = file_kind.file_kind_history(store.ctx("tim"), hh.id)
    assert kept.reason == "jeugdhulp voor Sara"
    with store.vault.session() as s:
        logged = s.scalar(
            select(m.AuditEvent.detail).where(m.AuditEvent.action == "household.file_kind")
        )
    assert logged == "dossiersoort naar jeugdwet"


def test_who_may_change_it(store, hh):
    for who in ("carla", "roos", "rob", "tess", "bert"):
        with pytest.raises(PermissionDenied):
            file_kind.change_file_kind(store.ctx(who), hh.id, "jeugdwet", "reden")
    with pytest.raises(ConflictError):
        file_kind.change_file_kind(
            store.ctx("tim"), hh.id, "jeugdwet", "reden", expected_version=hh.version + 5
        )
    lifecycle.close(store.ctx("rik"), hh.id, "zelfredzaam", follow_up=False)
    # A closed file: the teamleider may still set it right before retention counts.
    file_kind.change_file_kind(store.ctx("tim"), hh.id, "jeugdwet", "was jeugdhulp")
    assert household_row(store, hh.id).file_kind == "jeugdwet"
