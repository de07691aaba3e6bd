"""A household with everything the reports print: members with BSN and diacritics, a
vastgesteld plan with goals and actions, an evaluation, ZRM intake and evaluation, a youth with
a perspectiefplan and one without, a confidential journal entry and an involved professional."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from h4casus.services.casework import journal
from h4casus.services.plan import actions, evaluations, goals, measurements, versions
from h4casus.services.plan import perspectiefplan as transition
from h4casus.storage import models as m
from tests.factories import BSNS, member, register

SECRET = "GEHEIM-VERMOEDEN-7731"  # text of the confidential journal entry
OPEN_NOTE = "Huisbezoek: overzicht van de schulden gemaakt."
GOAL = "Schulden in beeld en onder controle"
ZRM = {"financien": 2, "huisvesting": 3, "huiselijke_relaties": 2}


@dataclass
class Case:
    household_id: int
    member_ids: dict[str, int]
    goal_id: int


def build_case(store) -> Case:
    rik = store.ctx("rik")
    hh = register(
        rik,
        members=[
            member("Anna", "Jansen", "1985-04-12", "ouder", BSNS[0]),
            member("Piet", "Vries", "1983-09-30", "partner", BSNS[1], prefix="de"),
            member("Daan", "Jansen", "2009-01-10", "kind"),  # 17, turns 18 in 2027
            member("Zoë Ĳsbrand", "Jansen", "2008-06-20", "kind"),  # 17, turns 18 in June
            member("Sara", "Jansen", "2012-06-01", "kind"),
        ],
    )
    ids = {mv.given_names.split()[0]: mv.id for mv in hh.members}
    g = goals.add_goal(
        rik, hh.id, "financien", GOAL, "Binnen 3 maanden een overzicht van alle schulden."
    )
    actions.add_action(
        rik, g.id, "Alle post over geld in één map doen", "inwoner", responsible_name="Anna"
    )
    actions.add_action(
        rik, g.id, "Aanmelden bij de schuldhulp", "wijkteam", deadline=date(2026, 4, 30)
    )
    g2 = goals.add_goal(
        rik,
        hh.id,
        "huisvesting",
        "Vaste lasten op tijd betaald",
        "Zes maanden op rij de huur op tijd.",
    )
    actions.add_action(
        rik, g2.id, "Automatische betaling van de huur", "netwerk", responsible_name="Oma Jansen"
    )
    transition.start_transition_plan(rik, hh.id, ids["Daan"])
    versions.finalise(rik, hh.id, date(2026, 3, 10))
    evaluations.record_evaluation(rik, hh.id, date(2026, 3, 14), "Goed gesprek; plan loopt.")
    measurements.record_measurement(
        rik, hh.id, "ZRM2017", ZRM, person_id=ids["Anna"], measured_on=date(2026, 3, 2)
    )
    measurements.record_measurement(
        rik,
        hh.id,
        "ZRM2017",
        {k: v + 1 for k, v in ZRM.items()},
        person_id=ids["Anna"],
        measured_on=date(2026, 3, 14),
        kind="evaluatie",
    )
    journal.add_entry(rik, hh.id, "huisbezoek", OPEN_NOTE)
    journal.add_entry(rik, hh.id, "notitie", SECRET, confidential=True)
    with store.vault.session() as s:
        s.add(
            m.NetworkContact(
                household_id=hh.id,
                kind="formeel",
                organisation="GGZ Delfland",
                contact_name="Joost Bakker",
                role="behandelaar",
                phone="015 123 45 67",
            )
        )
    return Case(hh.id, ids, g.id)


@pytest.fixture
def case(store) -> Case:
    return build_case(store)


DEMO_HOUSEHOLDS = 500


@pytest.fixture(scope="session")
def demo500(tmp_path_factory):
    """A 500-household demo store, built once for the whole test session."""
    from datetime import datetime

    from h4casus.demo import generator as demo
    from h4casus.services.core.clock import FixedClock
    from tests.factories import Store

    clock = FixedClock(datetime(2026, 3, 15, 10, 30, 0))
    st = Store.create(tmp_path_factory.mktemp("demo500") / "demo.h4c", clock, with_accounts=False)
    demo.generate(st.admin, DEMO_HOUSEHOLDS, seed=11)
    st.add_accounts()  # after the demo: it fills only an empty store
    yield st
    st.close()
