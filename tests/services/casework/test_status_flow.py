"""The status moves with the work: aangemeld -> intake (safety check or intake measurement)
-> actief (first vastgestelde plan) -> nazorg -> afgesloten, never backwards by itself."""

from __future__ import annotations

from datetime import date

import pytest

from h4casus.services.casework import lifecycle
from h4casus.services.plan import goals, measurements, versions
from tests.services.helpers import household_row

TODAY = date(2026, 3, 15)


def status(store, hh) -> str:
    return household_row(store, hh.id).status


def plan_agreed(store, hh) -> None:
    rik = store.ctx("rik")
    goals.add_goal(rik, hh.id, "financien", "Schulden in beeld", "Voor 1 juni een lijst")
    versions.finalise(rik, hh.id, TODAY)


def test_the_whole_path_by_the_work(store, hh):
    rik = store.ctx("rik")
    assert status(store, hh) == "aangemeld"
    lifecycle.record_intake(rik, hh.id, True)
    assert status(store, hh) == "intake"
    plan_agreed(store, hh)
    assert status(store, hh) == "actief"
    lifecycle.start_nazorg(rik, hh.id)
    assert status(store, hh) == "nazorg"
    lifecycle.close(rik, hh.id, "anders", "doelen behaald", follow_up=False)
    assert status(store, hh) == "afgesloten"
    lifecycle.reopen(rik, hh.id, "nieuwe vraag")
    assert status(store, hh) == "actief"


def test_an_intake_measurement_starts_the_intake(store, hh):
    anna = hh.members[0]
    measurements.record_measurement(
        store.ctx("carla"), hh.id, "ZRM2017", {"financien": 2}, person_id=anna.id
    )
    assert status(store, hh) == "intake"


def test_an_evaluation_measurement_does_not(store, hh):
    measurements.record_measurement(
        store.ctx("carla"),
        hh.id,
        "ZRM2017",
        {"financien": 2},
        person_id=hh.members[0].id,
        kind="evaluatie",
    )
    assert status(store, hh) == "aangemeld"


def test_the_first_plan_moves_an_aangemeld_household_straight_to_actief(store, hh):
    plan_agreed(store, hh)
    assert status(store, hh) == "actief"


@pytest.mark.parametrize("later", ["safety check", "intake measurement", "plan"])
def test_later_work_never_moves_the_status_back_or_out_of_nazorg(store, hh, later):
    rik = store.ctx("rik")
    lifecycle.record_intake(rik, hh.id, True)
    plan_agreed(store, hh)
    lifecycle.start_nazorg(rik, hh.id)
    if later == "safety check":
        lifecycle.record_intake(rik, hh.id, True)
    elif later == "intake measurement":
        measurements.record_measurement(
            rik, hh.id, "ZRM2017", {"financien": 3}, person_id=hh.members[0].id
        )
    else:
        goals.add_goal(rik, hh.id, "huisvesting", "Woning houden", "Huur op tijd betaald")
        versions.finalise(rik, hh.id, TODAY)
    assert status(store, hh) == "nazorg"
