"""Auto-lock at the service level: a locked vault holds no key and refuses every session;
unlocking needs a password again."""

from __future__ import annotations

import pytest

from h4casus.domain.errors import AuthenticationError
from h4casus.services.casework import households
from tests.factories import USER_PASSWORD, register


def test_locked_vault_refuses_every_session_and_unlocks_with_a_password(store):
    hh = register(store.ctx("rik"))
    store.vault.lock()
    assert store.vault.locked
    with pytest.raises(AuthenticationError):
        _ = store.vault.key
    with pytest.raises(AuthenticationError):
        households.get_household(store.ctx("rik"), hh.id)
    with pytest.raises(AuthenticationError), store.vault.session():
        pass
    with pytest.raises(AuthenticationError):
        store.vault.unlock("rik", "fout-wachtwoord-42")
    assert store.vault.locked
    store.vault.unlock("rik", USER_PASSWORD)
    assert not store.vault.locked
    assert households.get_household(store.ctx("rik"), hh.id).id == hh.id


def test_lock_wipes_the_key_bytes(store):
    buffer = store.vault._key
    store.vault.lock()
    assert buffer is not None and not any(buffer)
