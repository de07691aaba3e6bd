"""A refusal names the action in words a user understands, never its code."""

from __future__ import annotations

import re

import pytest

from h4casus.domain.errors import PermissionDenied
from h4casus.security.policy import ACTION_LABELS, POLICY, Actor, require

CODE = re.compile(r"\b[a-z_]+\.[a-z_]+\b")


def test_every_action_of_the_policy_has_words():
    assert sorted(set(POLICY) - set(ACTION_LABELS)) == []
    assert sorted(set(ACTION_LABELS) - set(POLICY)) == []  # no label for a retired action


@pytest.mark.parametrize("action", sorted(POLICY))
def test_a_refusal_names_the_action_in_words(action):
    nobody = Actor(user_id=1, username="jjansen", grants=frozenset())
    with pytest.raises(PermissionDenied) as refused:
        require(nobody, action, team_id=1)
    message = str(refused.value)
    assert message == f"jjansen heeft geen recht om {ACTION_LABELS[action]}"
    assert not CODE.search(message), message
    assert refused.value.action == action  # the code stays for the log
