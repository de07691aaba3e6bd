"""Eigen regie and regie op regie under retention: anonymisation removes who held regie and
every text but keeps the skeleton (dates, relation gone, the closure reason for statistics);
destruction removes the rows with the file; the inzage export holds them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from h4casus.services.casework import eigen_regie, lifecycle, stalled
from h4casus.services.privacy import retention
from h4casus.services.privacy.person_export import export_person
from h4casus.storage import models as m
from tests.factories import register
from tests.privacy.helpers import close_file

CLOSED = datetime(2005, 6, 1, 12, 0)


def _file(store):
    rik = store.ctx("rik")
    hh = register(rik)
    eigen_regie.start_eigen_regie(rik, hh.id, "Henk Bakker", "buurman", "kent het gezin goed")
    stalled.escalate(
        rik, hh.id, "partner", "GGZ Delfland, J. de Boer", "Intake uitgesteld", "Al twee keer"
    )
    eigen_regie.end_eigen_regie(rik, hh.id, "gaat verhuizen")
    lifecycle.close(rik, hh.id, "verhuisd", "naar Zwolle", follow_up=True)
    close_file(store, hh.id, CLOSED)
    return hh


def test_anonymisation_removes_names_and_texts_of_regie_records(store):
    hh = _file(store)
    p = retention.propose(store.ctx("tim"), hh.id, "anonimiseren")
    retention.approve(store.ctx("bert"), p.id)
    with store.vault.session() as s:
        er = s.scalars(select(m.EigenRegie)).one()
        assert er.holder_name == "geanonimiseerd" and er.holder_relation == ""
        assert er.reason == "" and er.end_reason is None and er.started_on is not None
        esc = s.scalars(select(m.RegieEscalation)).one()
        assert esc.to_party == "geanonimiseerd" and esc.subject == "" and esc.reason == ""
        row = s.get(m.Household, hh.id)
        assert (row.closure_reason, row.follow_up_arranged) == ("verhuisd", True)
        assert not row.close_reason


def test_destruction_removes_them_and_inzage_holds_them(store):
    hh = _file(store)
    doc = export_person(store.ctx("tim"), hh.members[0].id)
    assert doc["gegevens"]["eigen_regie"][0]["holder_name"] == "Henk Bakker"
    assert doc["gegevens"]["regie_escalations"][0]["subject"] == "Intake uitgesteld"
    p = retention.propose(store.ctx("tim"), hh.id, "vernietigen")
    retention.approve(store.ctx("bert"), p.id)
    with store.vault.session() as s:
        assert s.scalars(select(m.EigenRegie)).all() == []
        assert s.scalars(select(m.RegieEscalation)).all() == []
