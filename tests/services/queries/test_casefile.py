"""The dossier read: everything a household's screens show, in a constant number of SQL
statements (no N+1), logged as one read."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime, timedelta

import pytest
from sqlalchemy import event, select

from h4casus.domain.errors import PermissionDenied
from h4casus.services.casework import escalation, journal, lifecycle, meldcode, regie
from h4casus.services.plan import actions, decisions, evaluations, goals, measurements, versions
from h4casus.services.plan import perspectiefplan as transition
from h4casus.services.queries.casefile import open_casefile
from h4casus.storage import models as m
from tests.factories import member, register


@contextmanager
def statements(store):
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        seen.append(statement)

    event.listen(store.vault.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(store.vault.engine, "before_cursor_execute", count)


def fill(store, hh, n: int) -> None:
    """n goals with 2 actions each, n journal entries, n measurements, an evaluation per
    goal outcome, meldcode steps, network contacts, a transition section, level history."""
    rik = store.ctx("rik")
    daan = next(p for p in hh.members if p.given_names == "Daan")
    anna = next(p for p in hh.members if p.given_names == "Anna")
    lifecycle.record_intake(store.ctx("carla"), hh.id, False, note="zorgen")
    meldcode.record_step(rik, hh.id, 2, "consultatie")
    made = []
    for i in range(n):
        g = goals.add_goal(rik, hh.id, "financien", f"Doel {i}", "Resultaat")
        made.append(g)
        actions.add_action(rik, g.id, f"Actie {i}a", "inwoner")
        actions.add_action(rik, g.id, f"Actie {i}b", "wijkteam", deadline="2026-01-01")
        journal.add_entry(
            rik,
            hh.id,
            "notitie",
            f"Notitie {i}",
            occurred_at=datetime(2026, 3, 1, 9, i % 60),
            confidential=i % 2 == 0,
        )
        measurements.record_measurement(
            rik,
            hh.id,
            "ZRM2017",
            {"financien": 1 + i % 5},
            person_id=anna.id,
            measured_on="2026-03-10",
        )
    transition.start_transition_plan(rik, hh.id, daan.id)
    versions.finalise(rik, hh.id, store.clock.today())
    evaluations.record_evaluation(
        rik, hh.id, store.clock.today(), "Eerste", {g.id: "lopend" for g in made}
    )
    decisions.record_decision(rik, hh.id, "Bewind", hart="h", wet="w", euro="e", outcome="ja")
    goals.add_goal(rik, hh.id, "huisvesting", "Nieuw", "Resultaat")  # concept v2
    escalation.request_level_change(rik, hh.id, "AVE 3", "zorgen")
    regie.propose_handover(rik, hh.id, "roos", "verlof")
    with store.vault.session() as s:
        for i in range(n):
            s.add(
                m.NetworkContact(
                    household_id=hh.id, kind="formeel", organisation="MEE", contact_name=f"C{i}"
                )
            )


def family(store):
    return register(
        store.ctx("rik"),
        members=[
            member("Anna", "Jansen", "1985-04-12", "ouder"),
            member("Daan", "Jansen", "2009-01-10", "kind"),
        ],
    )


def test_casefile_holds_everything_the_screens_show(store):
    hh = family(store)
    fill(store, hh, 3)
    cf = open_casefile(store.ctx("rik"), hh.id)
    assert cf.household.id == hh.id and len(cf.members) == 2
    assert cf.level.code == "AVE 2" and cf.pending_level_change.to_level == "AVE 3"
    assert [lv.code for lv in cf.ladder] == ["AVE 1", "AVE 2", "AVE 3", "AVE 4"]
    assert len(cf.level_history) == 2
    assert cf.regie_history[-1].holder == "rik" and cf.pending_handovers[0].to_name == "roos"
    assert cf.plan.status == "concept" and cf.plan.number == 2 and len(cf.plan.goals) == 4
    assert cf.last_finalised.number == 1 and len(cf.last_finalised.goals) == 3
    assert all(len(g.actions) == 2 for g in cf.last_finalised.goals)
    assert [v.number for v in cf.plan_versions] == [1, 2]
    assert len(cf.evaluations[0].outcomes) == 3 and cf.decisions[0].subject == "Bewind"
    (zrm,) = cf.measurements
    assert zrm.domains[0].domain_code == "financien"
    assert len(cf.transition) == 1 and len(cf.transition[0].items) == 10
    assert [s.step for s in cf.meldcode] == [1, 2] and cf.safety_checks[0].safe is False
    assert len(cf.network) == 3 and len(cf.journal) == 3


def test_constant_number_of_statements_regardless_of_size(store):
    small, big = family(store), family(store)
    fill(store, small, 1)
    fill(store, big, 25)
    with statements(store) as few:
        open_casefile(store.ctx("rik"), small.id)
    with statements(store) as many:
        cf = open_casefile(store.ctx("rik"), big.id)
    assert len(cf.last_finalised.goals) == 25 and len(cf.journal) == 25
    assert len(many) == len(few), "open_casefile must not issue a query per goal or entry"
    print(f"open_casefile: {len(few)} SQL statements")


def test_casefile_is_a_logged_read_refused_to_other_teams(store, hh):
    with pytest.raises(PermissionDenied):
        open_casefile(store.ctx("rob"), hh.id)
    with pytest.raises(PermissionDenied):
        open_casefile(store.ctx("bert"), hh.id)  # the beheerder sees no case content
    open_casefile(store.ctx("tim"), hh.id)
    with store.vault.session() as s:
        last = s.scalars(select(m.AuditEvent).order_by(m.AuditEvent.id.desc())).first()
    assert (last.event, last.username, last.household_id, last.detail) == (
        "read",
        "tim",
        hh.id,
        "dossier",
    )


def test_journal_page_is_the_newest_first(store, hh):
    for i in range(3):
        journal.add_entry(
            store.ctx("rik"),
            hh.id,
            "telefonisch",
            f"Gesprek {i}",
            occurred_at=store.clock.now() - timedelta(days=3 - i),
        )
    cf = open_casefile(store.ctx("rik"), hh.id, journal_limit=2)
    assert [e.text for e in cf.journal] == ["Gesprek 2", "Gesprek 1"]


def test_a_restricted_member_is_shown_as_such_without_details_outside_the_privileged_path(
    store,
):
    from h4casus.services.casework.households import RESTRICTED_NAME
    from h4casus.services.privacy.corrections import set_restriction

    hh = register(store.ctx("rik"))
    sara = next(p for p in hh.members if p.given_names == "Sara")
    set_restriction(store.ctx("rik"), sara.id, True, "bezwaar van de ouders")
    seen_by_rik = {p.id: p for p in open_casefile(store.ctx("rik"), hh.id).members}[sara.id]
    assert seen_by_rik.restricted and seen_by_rik.name == RESTRICTED_NAME
    assert seen_by_rik.birth_date is None and seen_by_rik.bsn_masked == ""
    seen_by_tim = {p.id: p for p in open_casefile(store.ctx("tim"), hh.id).members}[sara.id]
    assert seen_by_tim.restricted and seen_by_tim.given_names == "Sara"


def test_open_signals_name_what_asks_for_action(store):
    from h4casus.services.casework import escalation, meldcode

    rik = store.ctx("rik")
    hh = register(
        rik,
        members=[
            member("Anna", "Jansen", "1985-04-12", "ouder"),
            member("Tom", "Jansen", "2008-06-01", "kind"),
        ],
    )
    with store.vault.session() as s:
        s.get(m.Household, hh.id).next_review_date = store.clock.today() - timedelta(days=3)
    meldcode.record_step(rik, hh.id, 1, "signalen")
    escalation.request_level_change(rik, hh.id, "AVE 3", "zorgen op meer leefgebieden")
    kinds = {sig.kind: sig for sig in open_casefile(rik, hh.id).signals}
    assert set(kinds) >= {"overdue", "turning_18", "meldcode", "level_pending"}
    assert "3 dagen" in kinds["overdue"].text and kinds["overdue"].severity == "danger"
    assert "Tom Jansen wordt 18 op 01-06-2026" in kinds["turning_18"].text
    assert "stap 1 van 5" in kinds["meldcode"].text
    assert "AVE 3" in kinds["level_pending"].text


def test_a_closed_household_has_no_signals(store):
    from h4casus.services.casework import lifecycle

    rik = store.ctx("rik")
    hh = register(rik)
    with store.vault.session() as s:
        s.get(m.Household, hh.id).next_review_date = store.clock.today() - timedelta(days=3)
    lifecycle.close(rik, hh.id, "anders", "verhuisd naar een andere gemeente", follow_up=False)
    assert open_casefile(rik, hh.id).signals == ()


def test_the_plan_screens_choose_from_the_configuration_in_the_file(store, hh):
    """Leefgebieden in their configured order and the instruments with their domains and
    scale labels come with the file, so no screen holds their words."""
    cf = open_casefile(store.ctx("rik"), hh.id)
    codes = [lg.code for lg in cf.leefgebieden]
    assert codes[:2] == ["financien", "werk_opleiding"] and "justitie" in codes
    assert all(lg.name for lg in cf.leefgebieden)
    instruments = {i.code: i for i in cf.instruments}
    assert {"ZRM2017", "ZRM-HH", "PARTICIPATIELADDER"} <= set(instruments)
    zrm = instruments["ZRM2017"]
    assert zrm.scope == "persoon" and (3, "beperkt zelfredzaam") in zrm.levels
    assert instruments["ZRM-HH"].scope == "huishouden"
    assert len(instruments["PARTICIPATIELADDER"].levels) == 6
