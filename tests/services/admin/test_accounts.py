"""Removing or deactivating an account never leaves its open households without someone who
can act: refused while it holds regie (naming the households), or handed over to another
account through the regie history. The invariant `regie_bij_actief_account` holds throughout,
also for a path that skips the services (the flush guard)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from h4casus.domain.errors import AuthenticationError, RuleViolation, ValidationError
from h4casus.services.admin import accounts
from h4casus.services.casework import regie
from h4casus.services.store import keys
from h4casus.services.store.session import login
from h4casus.storage import models as m
from h4casus.storage.invariants import broken_invariants
from tests.factories import ADMIN, register
from tests.services.helpers import active_holders, count, user_id


def invariants(store) -> list[str]:
    with store.vault.session() as s:
        return [v.name for v in broken_invariants(s)]


def is_active(store, username: str) -> bool:
    with store.vault.session() as s:
        return s.scalar(select(m.User.active).where(m.User.username == username))


def test_removal_is_refused_while_the_account_holds_regie(store, hh):
    key = store.vault.key
    with pytest.raises(RuleViolation) as err:
        accounts.remove_account(store.admin, "rik")
    assert hh.case_number in str(err.value) and "--transfer-to" in str(err.value)
    assert is_active(store, "rik") and store.vault.key == key  # nothing changed, no re-key
    assert not keys.pending_slot_path(store.path).exists()
    with pytest.raises(RuleViolation, match=hh.case_number):
        accounts.deactivate_account(store.admin, "rik")
    assert is_active(store, "rik") and invariants(store) == []


def test_removal_hands_the_households_over_through_the_regie_history(store, hh):
    other = register(store.ctx("rik"), street="Voorstraat", house_number=3)
    result = accounts.remove_account(store.admin, "rik", transfer_to="roos")
    assert result.removed and result.receiver == "roos"
    assert set(result.handed_over) == {hh.case_number, other.case_number}
    for household in (hh, other):
        assert active_holders(store, household.id) == [(user_id(store, "roos"), None)]
        last, new = regie.history(store.ctx("tim"), household.id)[-2:]
        assert last.user_id == user_id(store, "rik") and last.end_reason == new.reason
        assert new.reason == "account rik verwijderd; regie naar roos"
    assert not is_active(store, "rik") and invariants(store) == []
    assert count(store, m.AuditEvent, m.AuditEvent.action == "regie.transfer") == 2
    with pytest.raises(AuthenticationError):
        login(store.vault, "rik")


def test_the_receiver_must_be_able_to_take_every_household(store, hh):
    for receiver, field in (("rob", "--transfer-to"), ("bert", "--transfer-to"), ("rik", None)):
        with pytest.raises(ValidationError) as err:
            accounts.remove_account(store.admin, "rik", transfer_to=receiver)
        assert field is None or field in err.value.errors
    assert active_holders(store, hh.id) == [(user_id(store, "rik"), None)]
    assert is_active(store, "rik")


def test_deactivation_hands_over_and_withdraws_waiting_handovers(store, hh):
    proposal = regie.propose_handover(store.ctx("rik"), hh.id, "roos", "verlof")
    result = accounts.deactivate_account(store.admin, "rik", transfer_to="tim")
    assert not result.removed and result.handed_over == (hh.case_number,)
    assert result.withdrawn_handovers == 1
    assert regie.pending_handovers(store.ctx("tim"), hh.id) == []
    assert proposal.id not in [h.id for h in regie.pending_handovers(store.ctx("tim"), hh.id)]
    assert active_holders(store, hh.id) == [(user_id(store, "tim"), None)]
    assert not is_active(store, "rik") and invariants(store) == []
    with pytest.raises(RuleViolation, match="al gedeactiveerd"):
        accounts.deactivate_account(store.admin, "rik")


def test_an_account_without_regie_is_removed_or_deactivated_at_once(store, hh):
    assert accounts.deactivate_account(store.admin, "carla").handed_over == ()
    assert accounts.remove_account(store.admin, "roos").handed_over == ()
    assert not is_active(store, "carla") and not is_active(store, "roos")
    with pytest.raises(RuleViolation):
        accounts.remove_account(store.admin, ADMIN)


def test_the_flush_guard_refuses_a_regisseur_made_inactive_past_the_services(store, hh):
    with pytest.raises(RuleViolation, match=hh.case_number), store.vault.session() as s:
        s.scalar(select(m.User).where(m.User.username == "rik")).active = False
    with pytest.raises(RuleViolation, match=hh.case_number):
        keys.remove_user(store.admin, "rik")  # the key service alone does not bypass it
    assert is_active(store, "rik") and invariants(store) == []
    assert not keys.pending_slot_path(store.path).exists()
