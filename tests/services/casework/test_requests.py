"""Deciding a waiting request with what it is about in view: declining needs a reason, four
eyes hold through the one entry point, and the context says who may decide and why not."""

from __future__ import annotations

import pytest

from h4casus.domain.errors import PermissionDenied, RuleViolation, ValidationError
from h4casus.services.admin.configuration import update_settings
from h4casus.services.casework import escalation, regie
from h4casus.services.casework.requests import HANDOVER, LEVEL, decide_request
from h4casus.services.plan import evaluations, goals
from h4casus.services.queries.requests import request_context
from tests.factories import ADMIN
from tests.services.helpers import household_row


def test_the_context_shows_history_plan_and_evaluation(store, hh):
    rik = store.ctx("rik")
    goals.add_goal(rik, hh.id, "financien", "Doel", "Resultaat")
    evaluations.record_evaluation(rik, hh.id, store.clock.today(), "gestart")
    change = escalation.request_level_change(rik, hh.id, "AVE 3", "schulden en OTS")
    c = request_context(store.ctx("tim"), LEVEL, change.id)
    assert c.pending and c.may_decide and c.why_not is None
    assert (c.level_change.from_level, c.level_change.to_level) == ("AVE 2", "AVE 3")
    assert "tim" in c.level_change.approvers and "rik" not in c.level_change.approvers
    assert [h.to_level for h in c.level_history][-1] == "AVE 3"
    assert (c.plan.number, c.plan.status, c.plan.goals) == (1, "concept", 1)
    assert c.last_evaluation == store.clock.today() and c.evaluation_in_period
    assert c.regisseur == "rik"


def test_declining_needs_a_reason_and_approving_applies(store, hh):
    change = escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 3", "zorgen")
    with pytest.raises(ValidationError) as err:
        decide_request(store.ctx("tim"), LEVEL, change.id, False, "  ")
    assert "reden" in err.value.errors["toelichting"]
    assert household_row(store, hh.id).level_code == "AVE 2"
    done = decide_request(store.ctx("tim"), LEVEL, change.id, True, None)
    assert done.status == "doorgevoerd" and household_row(store, hh.id).level_code == "AVE 3"


def test_a_teamleider_cannot_decide_their_own_request(store, hh):
    tim = store.ctx("tim")
    change = escalation.request_level_change(tim, hh.id, "AVE 4", "acuut onveilig")
    c = request_context(tim, LEVEL, change.id)
    assert not c.may_decide and "vier ogen" in c.why_not
    with pytest.raises(RuleViolation, match="vier ogen"):
        decide_request(tim, LEVEL, change.id, True, None)
    with pytest.raises(PermissionDenied):
        request_context(store.ctx("tess"), LEVEL, change.id)


def test_a_handover_is_declined_with_its_reason_kept(store, hh):
    update_settings(store.ctx(ADMIN), {"handover_requires_approval": "always"})
    h = regie.propose_handover(store.ctx("rik"), hh.id, "roos", "verlof")
    regie.accept_handover(store.ctx("roos"), h.id)
    c = request_context(store.ctx("tim"), HANDOVER, h.id)
    assert c.pending and c.may_decide and c.handover.to_name == "roos"
    assert [e.holder for e in c.regie_history] == ["rik"]
    done = decide_request(store.ctx("tim"), HANDOVER, h.id, False, "eerst casusoverleg", c.version)
    assert done.status == "afgewezen"
