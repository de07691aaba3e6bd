"""Mijn werk: the worklists of each role with their counts; a teamleider is never offered
their own request; the beheerder's lists hold no case content; a fixed number of statements."""

from __future__ import annotations

from datetime import timedelta

import pytest

from h4casus.domain.errors import AuthenticationError
from h4casus.security.lockout import KeyGuard
from h4casus.services.access import breakglass
from h4casus.services.casework import escalation, lifecycle, regie, stalled
from h4casus.services.plan import actions, goals
from h4casus.services.queries.my_work import (
    BEHEERDER_LISTS,
    REGISSEUR_LISTS,
    TEAMLEIDER_LISTS,
    my_work,
)
from h4casus.services.store.backup import create_backup
from h4casus.services.store.session import sign_in
from h4casus.services.store.verification import verify_store
from tests.data.test_statement_count import statements
from tests.factories import TEAM_B, member, register

REASON = "melding Veilig Thuis buiten kantoortijd, regisseur onbereikbaar"


def totals(work) -> dict[str, int]:
    return {w.key: w.total for w in work.lists}


def test_a_regisseur_sees_their_own_work_with_counts(store, hh):
    rik, roos = store.ctx("rik"), store.ctx("roos")
    tom = member("Tom", "Bakker", "2008-09-01", "kind")  # 18 within six months
    youth = register(rik, members=[member("Ilse", "Bakker", "1980-01-01"), tom])
    g = goals.add_goal(rik, hh.id, "financien", "Doel", "Resultaat")
    actions.add_action(rik, g.id, "Bellen", "aanbieder", deadline="2026-03-20")
    theirs = register(roos)
    regie.propose_handover(roos, theirs.id, "rik", "roos gaat met verlof")
    lifecycle.record_intake(store.ctx("carla"), youth.id, True)
    lifecycle.activate(rik, youth.id)
    lifecycle.start_nazorg(rik, youth.id, store.clock.today() + timedelta(days=3))
    store.clock.advance(days=100)  # past the AVE 2 review interval (91 days)
    work = my_work(rik)
    assert [w.key for w in work.lists] == list(REGISSEUR_LISTS)
    t = totals(work)
    assert t["my_households"] == 2
    assert t["my_overdue"] == 2 and {r.household_id for r in work.get("my_overdue").rows} == {
        hh.id,
        youth.id,
    }
    assert t["handovers_for_me"] == 1
    assert t["my_transition"] == 1 and work.get("my_transition").rows[0].name.startswith("Tom")
    assert t["nazorg"] == 1 and t["late_actions"] == 1
    assert totals(my_work(roos))["handovers_for_me"] == 0


def test_a_teamleider_sees_approvals_but_never_their_own_request(store, hh):
    tim = store.ctx("tim")
    asked_by_rik = escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 3", "zorgen")
    other = register(store.ctx("roos"))
    escalation.request_level_change(tim, other.id, "AVE 4", "acuut onveilig")  # tim's own
    b = register(store.ctx("rob"), team=TEAM_B)
    breakglass.request_access(tim, b.id, REASON)
    work = my_work(tim)
    assert [w.key for w in work.lists] == list(TEAMLEIDER_LISTS)
    approvals = work.get("approvals")
    assert approvals.total == 1 and [a.id for a in approvals.rows] == [asked_by_rik.id]
    assert work.get("breakglass").total == 1
    assert work.get("breakglass").rows[0].case_number == b.case_number
    loads = {r.name: r for r in work.get("caseload").rows}
    assert loads["rik"].households == 1 and loads["roos"].households == 1
    # tess leads team B: she sees tim's grant on her team's household, and no approvals
    tess = my_work(store.ctx("tess"))
    assert tess.get("approvals").total == 0 and tess.get("breakglass").total == 1


def test_the_beheerder_sees_administration_and_no_case_content(store, hh):
    bert = store.ctx("bert")
    empty = my_work(bert)
    assert [w.key for w in empty.lists] == list(BEHEERDER_LISTS)
    assert totals(empty) == {"retention": 0, "locked_accounts": 0, "backup": 0, "verify": 0}
    for _ in range(3):
        with pytest.raises(AuthenticationError):
            sign_in(store.path, "carla", "fout-wachtwoord")
    create_backup(store.ctx("bert"), store.path.with_name("nu.h4cbak"))
    verify_store(store.ctx("bert"))
    work = my_work(bert)
    (locked,) = work.get("locked_accounts").rows
    assert (locked.username, locked.failures) == ("carla", 3)
    (backup,) = work.get("backup").rows
    assert backup.file == "nu.h4cbak" and backup.check_ok and backup.username == "bert"
    (verify,) = work.get("verify").rows
    assert verify.username == "bert" and verify.lines
    shown = repr(work)
    for person in hh.members:
        assert person.family_name not in shown
    assert hh.display_name not in shown
    with KeyGuard(store.path) as guard:  # what a successful sign-in does
        guard.record_success("carla")
    assert my_work(bert).get("locked_accounts").total == 0


def test_mijn_werk_is_a_fixed_number_of_statements(store, hh):
    rik = store.ctx("rik")
    my_work(rik)
    few = statements(store, my_work, rik)
    for _ in range(3):
        extra = register(rik)
        g = goals.add_goal(rik, extra.id, "financien", "Doel", "Resultaat")
        actions.add_action(rik, g.id, "Bellen", "aanbieder", deadline="2026-03-20")
    store.clock.advance(days=100)
    assert statements(store, my_work, rik) == few
    tim = store.ctx("tim")
    my_work(tim)
    few = statements(store, my_work, tim)
    escalation.request_level_change(rik, hh.id, "AVE 3", "zorgen")
    register(store.ctx("roos"))
    assert statements(store, my_work, tim) == few


def test_a_teamleider_sees_stalled_help_and_open_regie_op_regie(store, hh):
    rik = store.ctx("rik")
    g = goals.add_goal(rik, hh.id, "financien", "Doel", "Resultaat")
    actions.add_action(rik, g.id, "Bellen", "aanbieder", deadline="2026-03-20")
    stalled.escalate(rik, hh.id, "teamleider", "tim", "Schuldhulp", "aanbieder reageert niet")
    store.clock.advance(days=10)
    work = my_work(store.ctx("tim"))
    assert [w.household_id for w in work.get("stalled").rows] == [hh.id]
    (esc,) = work.get("regie_escalations").rows
    assert (esc.household_id, esc.subject) == (hh.id, "Schuldhulp")
    assert my_work(store.ctx("tess")).get("regie_escalations").total == 0
