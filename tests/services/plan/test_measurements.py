"""ZRM and other instruments are data: validated measurements and intake-vs-latest trends."""

from __future__ import annotations

from datetime import date

import pytest

from h4casus.domain.errors import PermissionDenied, ValidationError
from h4casus.services.plan import measurements
from h4casus.storage import models as m
from tests.services.helpers import count


def anna(hh):
    return next(p for p in hh.members if p.given_names == "Anna")


def test_shipped_instruments(store):
    insts = {i.code: i for i in measurements.list_instruments(store.ctx("rik"))}
    assert len(insts["ZRM2017"].domains) == 13 and len(insts["ZRM2017"].levels) == 5
    assert len(insts["ZRM-HH"].domains) == 5 and insts["ZRM-HH"].scope == "huishouden"
    assert [s for s, _ in insts["PARTICIPATIELADDER"].levels] == [1, 2, 3, 4, 5, 6]


def test_intake_vs_latest_per_domain_with_change(store, hh):
    rik = store.ctx("rik")
    measurements.record_measurement(
        rik,
        hh.id,
        "ZRM2017",
        {"financien": 1, "huisvesting": 3},
        person_id=anna(hh).id,
        measured_on="2026-03-02",
        kind="intake",
    )
    store.clock.advance(days=60)
    measurements.record_measurement(
        rik,
        hh.id,
        "ZRM2017",
        {"financien": 2, "huisvesting": 3},
        person_id=anna(hh).id,
        measured_on="2026-04-20",
        kind="evaluatie",
    )
    measurements.record_measurement(
        rik,
        hh.id,
        "ZRM2017",
        {"financien": 4, "justitie": 5},
        person_id=anna(hh).id,
        kind="evaluatie",
    )
    measurements.record_measurement(rik, hh.id, "ZRM-HH", {"huisvesting": 2}, kind="intake")
    (trend,) = measurements.intake_vs_latest(rik, hh.id, "ZRM2017", anna(hh).id)
    assert (trend.intake_on, trend.latest_on) == (date(2026, 3, 2), date(2026, 5, 14))
    rows = {d.domain_code: (d.intake, d.latest, d.change) for d in trend.domains}
    assert rows == {
        "financien": (1, 4, 3),
        "huisvesting": (3, None, None),
        "justitie": (None, 5, None),
    }
    assert trend.domains[0].intake_label == "acute problematiek"
    assert trend.domains[0].latest_label == "voldoende zelfredzaam"
    household = measurements.intake_vs_latest(rik, hh.id, "ZRM-HH")
    assert household[0].person_id is None and household[0].domains[0].change == 0


def test_scores_and_domains_are_checked_against_the_instrument(store, hh):
    rik = store.ctx("rik")
    pid = anna(hh).id
    with pytest.raises(ValidationError) as err:
        measurements.record_measurement(
            rik, hh.id, "ZRM2017", {"financien": 6, "astrologie": 3, "justitie": "x"}, person_id=pid
        )
    assert set(err.value.errors) == {"Financiën", "astrologie", "Justitie"}
    with pytest.raises(ValidationError):
        measurements.record_measurement(rik, hh.id, "ZRM2017", {"financien": 3})  # no person
    with pytest.raises(ValidationError):
        measurements.record_measurement(rik, hh.id, "ZRM-HH", {"huisvesting": 3}, person_id=pid)
    with pytest.raises(ValidationError):
        measurements.record_measurement(rik, hh.id, "ONBEKEND", {"a": 1}, person_id=pid)
    with pytest.raises(ValidationError):
        measurements.record_measurement(rik, hh.id, "ZRM2017", {}, person_id=pid)
    assert count(store, m.Measurement) == 0
    ok = measurements.record_measurement(
        rik, hh.id, "PARTICIPATIELADDER", {"participatie": 6}, person_id=pid
    )
    assert ok.scores == {"participatie": 6}


def test_a_new_instrument_is_configuration_not_code(store, hh):
    with store.vault.session() as s:
        s.add(
            m.Instrument(
                code="VTA",
                name="Veiligheidstaxatie",
                scope="huishouden",
                domains=[m.InstrumentDomain(code="veiligheid", name="Veiligheid", position=0)],
                levels=[m.InstrumentLevel(score=i, label=f"niveau {i}") for i in range(0, 4)],
            )
        )
    measurements.record_measurement(store.ctx("rik"), hh.id, "VTA", {"veiligheid": 0})
    with pytest.raises(ValidationError):
        measurements.record_measurement(store.ctx("rik"), hh.id, "VTA", {"veiligheid": 4})
    (trend,) = measurements.intake_vs_latest(store.ctx("rik"), hh.id, "VTA")
    assert trend.domains[0].intake_label == "niveau 0"


def test_other_teams_cannot_record(store, hh):
    with pytest.raises(PermissionDenied):
        measurements.record_measurement(
            store.ctx("rob"), hh.id, "ZRM2017", {"financien": 3}, person_id=anna(hh).id
        )


def test_monitor_average_change_per_domain_is_anonymous_and_scoped(store, hh):
    from tests.factories import register

    rik = store.ctx("rik")
    other = register(rik)
    for household, (first, latest) in ((hh, (1, 4)), (other, (2, 3))):
        pid = household.members[0].id
        measurements.record_measurement(
            rik,
            household.id,
            "ZRM2017",
            {"financien": first, "justitie": 3},
            person_id=pid,
            measured_on="2026-03-01",
        )
        measurements.record_measurement(
            rik,
            household.id,
            "ZRM2017",
            {"financien": latest},
            person_id=pid,
            measured_on="2026-03-10",
            kind="evaluatie",
        )
    (fin,) = measurements.domain_change_summary(store.ctx("tim"), "ZRM2017")
    assert (fin.domain_code, fin.subjects, fin.average_first, fin.average_latest) == (
        "financien",
        2,
        1.5,
        3.5,
    )
    assert fin.average_change == 2.0  # justitie measured once: no change to report
    assert measurements.domain_change_summary(store.ctx("tess"), "ZRM2017") == []
    assert measurements.domain_change_summary(store.ctx("bert"), "ZRM2017")[0].subjects == 2
    with pytest.raises(PermissionDenied):
        measurements.domain_change_summary(rik, "ZRM2017")
    later = measurements.domain_change_summary(
        store.ctx("tim"), "ZRM2017", measured_from=date(2026, 3, 5)
    )
    assert later == []  # one measurement per subject in that period
