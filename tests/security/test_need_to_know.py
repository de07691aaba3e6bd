"""Need to know: a confidential journal entry is read by the household's regisseur (rik), the
teamleider of its team (tim) and its author — and by nobody else who may open the household
(a team consulent, carla, or a team regisseur who does not hold regie, roos), on every path:
the case file (Journaal section), the journal pages, the Casusoverzicht (also when asked
for), the inzage export, the audit CSV."""

from __future__ import annotations

import json

import pytest

from h4casus.domain.errors import PermissionDenied
from h4casus.reports.case import casusoverzicht
from h4casus.services.access.need_to_know import MASK, may_read_entry
from h4casus.services.admin.audit_views import export_csv
from h4casus.services.casework import journal
from h4casus.services.casework.regie import assign
from h4casus.services.privacy.person_export import WITHHELD_GROUND, export_person
from h4casus.services.queries.case_report import case_report
from h4casus.services.queries.casefile import open_casefile
from h4casus.services.queries.search import search_households
from tests.factories import register
from tests.reports.helpers import flat, text

SECRET = "Moeder vertelt over geweld door de ex-partner"
CARLA_SECRET = "Buurvrouw belde anoniem over de kinderen"
OPEN = "Huisbezoek, afspraken gemaakt over de post"


@pytest.fixture
def notes(store):
    hh = register(store.ctx("rik"))
    journal.add_entry(store.ctx("rik"), hh.id, "notitie", SECRET, confidential=True)
    journal.add_entry(store.ctx("carla"), hh.id, "telefonisch", CARLA_SECRET, confidential=True)
    journal.add_entry(store.ctx("rik"), hh.id, "huisbezoek", OPEN)
    return hh


def _texts(entries) -> set[str]:
    return {e.text for e in entries}


@pytest.mark.parametrize("reader", ["rik", "tim"])
def test_regisseur_and_teamleider_read_every_confidential_entry(store, notes, reader):
    for entries in (
        open_casefile(store.ctx(reader), notes.id).journal,
        journal.list_entries(store.ctx(reader), notes.id),
    ):
        assert _texts(entries) == {SECRET, CARLA_SECRET, OPEN}


@pytest.mark.parametrize("reader", ["carla", "roos"])
def test_others_in_the_team_see_that_an_entry_exists_not_its_text(store, notes, reader):
    for entries in (
        open_casefile(store.ctx(reader), notes.id).journal,
        journal.list_entries(store.ctx(reader), notes.id),
    ):
        shown = _texts(entries)
        assert SECRET not in shown and OPEN in shown
        assert len(entries) == 3 and sum(e.text == MASK for e in entries) >= 1
    # carla wrote one herself: she reads her own, not rik's
    own = _texts(open_casefile(store.ctx("carla"), notes.id).journal)
    assert CARLA_SECRET in own
    assert CARLA_SECRET not in _texts(open_casefile(store.ctx("roos"), notes.id).journal)


def test_the_rule_follows_regie_not_the_role(store, notes):
    """A consulent who holds regie reads them; the regisseur who handed it over only reads
    what they wrote themselves."""
    assign(store.ctx("tim"), notes.id, "roos", "werkverdeling")
    assert SECRET in _texts(open_casefile(store.ctx("roos"), notes.id).journal)
    rik = _texts(open_casefile(store.ctx("rik"), notes.id).journal)
    assert SECRET in rik and OPEN in rik  # his own
    assert CARLA_SECRET not in rik


def test_rule_function_directly(store):
    carla = store.ctx("carla").actor
    args = {"team_id": 1, "regisseur_id": 999}
    assert may_read_entry(carla, confidential=False, author_id=5, **args)
    assert may_read_entry(carla, confidential=True, author_id=carla.user_id, **args)
    assert not may_read_entry(carla, confidential=True, author_id=5, **args)


def test_casusoverzicht_leaves_them_out_and_refuses_asking_without_need_to_know(store, notes):
    for who in ("carla", "roos"):
        pdf = flat(text(casusoverzicht(store.ctx(who), notes.id)))
        assert SECRET not in pdf and CARLA_SECRET not in pdf and OPEN in pdf
        with pytest.raises(PermissionDenied):
            case_report(store.ctx(who), notes.id, include_confidential=True)
    for who in ("rik", "tim"):
        pdf = flat(text(casusoverzicht(store.ctx(who), notes.id, include_confidential=True)))
        assert SECRET in pdf and CARLA_SECRET in pdf
        assert SECRET not in flat(text(casusoverzicht(store.ctx(who), notes.id)))


def test_inzage_withholds_household_confidential_entries_and_says_so(store, notes):
    anna = notes.members[0].id
    about_anna = "Anna vertelt vertrouwelijk over haar schulden"
    journal.add_entry(
        store.ctx("rik"), notes.id, "notitie", about_anna, person_id=anna, confidential=True
    )
    doc = export_person(store.ctx("tim"), anna)
    dumped = json.dumps(doc, ensure_ascii=False)
    assert about_anna in dumped and OPEN in dumped  # her own data, also when confidential
    assert SECRET not in dumped and CARLA_SECRET not in dumped
    assert doc["achtergehouden"] == {
        "vertrouwelijke_journaalregels_over_het_hele_huishouden": 2,
        "grond": WITHHELD_GROUND,
    }


def test_no_journal_text_in_search_or_the_audit_csv(store, notes, tmp_path):
    hits = search_households(store.ctx("carla"), notes.display_name.split()[0])
    assert SECRET not in repr(hits)
    out = tmp_path / "logboek.csv"
    export_csv(store.ctx("tim"), out)
    assert SECRET not in out.read_text(encoding="utf-8-sig")


def test_casusoverzicht_names_eigen_regie_open_escalations_and_the_closure(store, notes):
    from h4casus.services.casework import eigen_regie, lifecycle, stalled

    rik = store.ctx("rik")
    eigen_regie.start_eigen_regie(rik, notes.id, "Henk Bakker", "buurman", "kent het gezin")
    stalled.escalate(rik, notes.id, "teamleider", "tim", "Schuldhulp start niet", "Bellen?")
    pdf = flat(text(casusoverzicht(rik, notes.id)))
    assert "Eigen regie Henk Bakker (buurman)" in pdf
    assert "Regie op regie Schuldhulp start niet (aan tim" in pdf
    lifecycle.close(rik, notes.id, "weigert hulp", follow_up=False)
    pdf = flat(text(casusoverzicht(store.ctx("tim"), notes.id)))
    assert "Afgesloten Het huishouden weigert hulp; geen nazorg geregeld" in pdf
