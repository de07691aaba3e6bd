"""Regie and overdracht: one regisseur, explicit handovers, approval per configuration."""

from __future__ import annotations

from datetime import date

import pytest

from h4casus.domain.errors import ConflictError, PermissionDenied, RuleViolation, ValidationError
from h4casus.services.admin import accounts, configuration
from h4casus.services.casework import regie
from h4casus.services.casework.households import get_household
from h4casus.services.queries import worklists
from tests.factories import ADMIN, TEAM_A, context_for
from tests.services.helpers import active_holders, household_row, user_id


def holder(store, hh) -> int | None:
    (row,) = active_holders(store, hh.id)
    return row[0]


def test_teamleider_assigns_and_history_keeps_start_end_reason(store, hh):
    entry = regie.assign(store.ctx("tim"), hh.id, "roos", "caseload verdelen")
    assert entry.user_id == user_id(store, "roos") and entry.active
    hist = regie.history(store.ctx("tim"), hh.id)
    assert [h.user_id for h in hist] == [user_id(store, "rik"), user_id(store, "roos")]
    assert hist[0].ended_at is not None and hist[0].end_reason == "caseload verdelen"
    assert hist[1].reason == "caseload verdelen"


def test_only_the_own_teamleider_assigns(store, hh):
    for who in ("rik", "roos", "carla", "tess", "bert"):
        with pytest.raises(PermissionDenied):
            regie.assign(store.ctx(who), hh.id, "roos", "waarom niet")
    assert holder(store, hh) == user_id(store, "rik")


def test_assign_refuses_accounts_without_a_casework_role(store, hh):
    with pytest.raises(ValidationError):
        regie.assign(store.ctx("tim"), hh.id, "bert", "beheerder")
    with pytest.raises(ValidationError):
        regie.assign(store.ctx("tim"), hh.id, "niemand", "bestaat niet")


def test_handover_within_team_completes_on_acceptance_by_default(store, hh):
    h = regie.propose_handover(store.ctx("rik"), hh.id, "roos", "verlof", "zie journaal")
    assert h.status == "voorgesteld" and not h.needs_approval
    assert holder(store, hh) == user_id(store, "rik")  # until it completes, rik stays
    done = regie.accept_handover(store.ctx("roos"), h.id)
    assert done.status == "voltooid"
    assert holder(store, hh) == user_id(store, "roos")
    hist = regie.history(store.ctx("roos"), hh.id)
    assert hist[-2].end_reason == "verlof" and hist[-1].reason == "verlof"


def test_handover_across_teams_needs_teamleider_approval(store, hh):
    h = regie.propose_handover(store.ctx("rik"), hh.id, "rob", "verhuisd naar Rijswijk")
    assert h.needs_approval
    accepted = regie.accept_handover(store.ctx("rob"), h.id)
    assert accepted.status == "geaccepteerd"
    assert holder(store, hh) == user_id(store, "rik")  # still rik while waiting
    for who in ("rob", "rik", "tess"):
        with pytest.raises(PermissionDenied):
            regie.approve_handover(store.ctx(who), h.id)
    done = regie.approve_handover(store.ctx("tim"), h.id, "akkoord")
    assert done.status == "voltooid" and done.approved_by == user_id(store, "tim")
    assert holder(store, hh) == user_id(store, "rob")
    # The case moves with its regisseur to team B.
    assert get_household(store.ctx("rob"), hh.id).team == "Wijkteam Rijswijk"


def test_approval_cannot_precede_acceptance(store, hh):
    h = regie.propose_handover(store.ctx("rik"), hh.id, "rob", "verhuisd")
    with pytest.raises(RuleViolation):
        regie.approve_handover(store.ctx("tim"), h.id)
    assert holder(store, hh) == user_id(store, "rik")


def test_only_the_receiver_accepts(store, hh):
    h = regie.propose_handover(store.ctx("rik"), hh.id, "rob", "verhuisd")
    with pytest.raises(PermissionDenied):
        regie.accept_handover(store.ctx("roos"), h.id)
    with pytest.raises(PermissionDenied):
        regie.accept_handover(store.ctx("tim"), h.id)


def test_rejecting_or_withdrawing_leaves_everything_as_it_was(store, hh):
    before = active_holders(store, hh.id)
    h1 = regie.propose_handover(store.ctx("rik"), hh.id, "roos", "verlof")
    assert regie.reject_handover(store.ctx("roos"), h1.id, "vol").status == "afgewezen"
    h2 = regie.propose_handover(store.ctx("rik"), hh.id, "rob", "verhuisd")
    regie.accept_handover(store.ctx("rob"), h2.id)
    assert regie.reject_handover(store.ctx("tim"), h2.id).status == "afgewezen"
    h3 = regie.propose_handover(store.ctx("rik"), hh.id, "roos", "verlof")
    assert regie.withdraw_handover(store.ctx("rik"), h3.id).status == "ingetrokken"
    assert active_holders(store, hh.id) == before
    with pytest.raises(RuleViolation):
        regie.accept_handover(store.ctx("roos"), h3.id)
    assert regie.pending_handovers(store.ctx("rik"), hh.id) == []


def test_outsiders_cannot_withdraw_or_reject(store, hh):
    h = regie.propose_handover(store.ctx("rik"), hh.id, "roos", "verlof")
    with pytest.raises(PermissionDenied):
        regie.withdraw_handover(store.ctx("carla"), h.id)
    with pytest.raises(PermissionDenied):
        regie.reject_handover(store.ctx("rob"), h.id)


def test_only_the_current_regisseur_or_teamleider_proposes(store, hh):
    for who in ("roos", "carla", "rob", "tess"):
        with pytest.raises(PermissionDenied):
            regie.propose_handover(store.ctx(who), hh.id, "roos", "overnemen")
    h = regie.propose_handover(store.ctx("tim"), hh.id, "roos", "teamleider besluit")
    assert not h.needs_approval  # within the team, by default no approval
    regie.accept_handover(store.ctx("roos"), h.id)
    assert holder(store, hh) == user_id(store, "roos")


def test_a_teamleiders_own_handover_waits_for_someone_else(store, hh):
    """Four eyes: the proposal of a teamleider is not the approval of the handover."""
    h = regie.propose_handover(store.ctx("tim"), hh.id, "rob", "verhuisd naar Rijswijk")
    assert h.needs_approval and h.approvers == ("Bea Beheer",)
    regie.accept_handover(store.ctx("rob"), h.id)
    with pytest.raises(RuleViolation, match="vier ogen"):
        regie.approve_handover(store.ctx("tim"), h.id)
    assert holder(store, hh) == user_id(store, "rik")
    assert worklists.pending_approvals(store.ctx("tim")) == []
    assert [a.id for a in worklists.pending_approvals(store.admin)] == [h.id]
    regie.approve_handover(store.admin, h.id)
    assert holder(store, hh) == user_id(store, "rob")


def test_nobody_approves_a_handover_they_give_or_receive(store, hh):
    configuration.update_settings(store.ctx("bert"), {"handover_requires_approval": "always"})
    regie.assign(store.ctx("tim"), hh.id, "tim", "teamleider neemt de casus zelf")
    h = regie.propose_handover(store.admin, hh.id, "roos", "terug naar het team")
    # beheer proposes, tim gives it away: nobody else may approve yet, and the view says so
    assert h.needs_approval and h.approvers == () and "niemand anders" in h.waiting_note
    regie.accept_handover(store.ctx("roos"), h.id)
    for who in ("tim", ADMIN):
        with pytest.raises(RuleViolation, match="vier ogen"):
            regie.approve_handover(store.ctx(who), h.id)
    accounts.designate_deputy(store.ctx("bert"), "rik", TEAM_A)
    rik = context_for(store.vault, "rik", store.clock)
    assert regie.approve_handover(rik, h.id).status == "voltooid"
    assert holder(store, hh) == user_id(store, "roos")


def test_one_pending_handover_at_a_time_and_not_to_oneself(store, hh):
    regie.propose_handover(store.ctx("rik"), hh.id, "roos", "verlof")
    with pytest.raises(RuleViolation):
        regie.propose_handover(store.ctx("rik"), hh.id, "rob", "verhuisd")
    with pytest.raises(RuleViolation):
        regie.propose_handover(store.ctx("tim"), hh.id, "rik", "zichzelf")


def test_handing_back_to_a_previous_regisseur_works(store, hh):
    h = regie.propose_handover(store.ctx("rik"), hh.id, "roos", "verlof")
    regie.accept_handover(store.ctx("roos"), h.id)
    back = regie.propose_handover(store.ctx("roos"), hh.id, "rik", "terug van verlof")
    regie.accept_handover(store.ctx("rik"), back.id)
    assert holder(store, hh) == user_id(store, "rik")
    assert [e.user_id for e in regie.history(store.ctx("rik"), hh.id)] == [
        user_id(store, "rik"),
        user_id(store, "roos"),
        user_id(store, "rik"),
    ]


@pytest.mark.parametrize(
    ("mode", "to", "needs"),
    [("always", "roos", True), ("never", "rob", False), ("across_teams", "roos", False)],
)
def test_approval_follows_the_configuration(store, hh, mode, to, needs):
    configuration.update_settings(store.ctx("bert"), {"handover_requires_approval": mode})
    h = regie.propose_handover(store.ctx("rik"), hh.id, to, "overdracht")
    assert h.needs_approval is needs
    result = regie.accept_handover(store.ctx(to), h.id)
    assert result.status == ("geaccepteerd" if needs else "voltooid")


def test_direct_assignment_withdraws_a_pending_handover_and_stale_steps_conflict(store, hh):
    h = regie.propose_handover(store.ctx("rik"), hh.id, "rob", "verhuisd")
    regie.accept_handover(store.ctx("rob"), h.id)
    regie.assign(store.ctx("tim"), hh.id, "roos", "teamleider besluit")
    with pytest.raises(RuleViolation):
        regie.approve_handover(store.ctx("tim"), h.id)
    assert holder(store, hh) == user_id(store, "roos")
    h2 = regie.propose_handover(store.ctx("roos"), hh.id, "rik", "terug")
    with pytest.raises(ConflictError):
        regie.accept_handover(store.ctx("rik"), h2.id, expected_version=h2.version + 1)


def test_temporary_external_regie_and_back(store, hh):
    ext = regie.transfer_to_external(
        store.ctx("rik"), hh.id, "Jeugdbescherming west", "ondertoezichtstelling"
    )
    assert ext.external_party == "Jeugdbescherming west" and ext.user_id is None
    assert active_holders(store, hh.id) == [(None, "Jeugdbescherming west")]
    with pytest.raises(RuleViolation):
        regie.propose_handover(store.ctx("tim"), hh.id, "roos", "tijdens OTS")
    with pytest.raises(PermissionDenied):  # roos may take it herself, not give it to rik
        regie.return_from_external(store.ctx("roos"), hh.id, "OTS beëindigd", "rik")
    with pytest.raises(PermissionDenied):
        regie.return_from_external(store.ctx("rob"), hh.id, "OTS beëindigd")
    back = regie.return_from_external(store.ctx("rik"), hh.id, "OTS beëindigd")
    assert back.user_id == user_id(store, "rik")
    holders = [e.holder for e in regie.history(store.ctx("rik"), hh.id)]
    assert holders == ["rik", "Jeugdbescherming west", "rik"]


def test_external_regie_keeps_the_contact_and_may_start_earlier_but_not_before_the_current(
    store, hh
):
    with pytest.raises(ValidationError) as refused:
        regie.transfer_to_external(
            store.ctx("rik"), hh.id, "", "", contact="x" * 81, start="2026-03-20"
        )
    assert set(refused.value.errors) == {"partij", "reden", "contactpersoon", "start"}
    with pytest.raises(ValidationError) as early:
        regie.transfer_to_external(
            store.ctx("rik"), hh.id, "Veilig Thuis", "onderzoek", start="2020-01-01"
        )
    assert "start" in early.value.errors
    store.clock.advance(days=3)
    ext = regie.transfer_to_external(
        store.ctx("rik"),
        hh.id,
        "Raad voor de Kinderbescherming",
        "raadsonderzoek",
        contact="J. de Vries",
        start="16-03-2026",
    )
    assert ext.holder == "Raad voor de Kinderbescherming (J. de Vries)"
    assert ext.started_at.date() == date(2026, 3, 16)
    history = regie.history(store.ctx("rik"), hh.id)
    assert history[0].ended_at == ext.started_at


def test_teamleider_returns_external_regie_to_the_last_regisseur_by_default(store, hh):
    regie.transfer_to_external(store.ctx("tim"), hh.id, "Veilig Thuis", "acute onveiligheid")
    with pytest.raises(RuleViolation):
        regie.transfer_to_external(store.ctx("tim"), hh.id, "Raad", "al extern")
    back = regie.return_from_external(store.ctx("tim"), hh.id, "terug")
    assert back.user_id == user_id(store, "rik")
    assert household_row(store, hh.id).status == "aangemeld"
