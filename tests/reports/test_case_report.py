"""Casusoverzicht: what must be on it, what must not, who may print it, and the log row."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from h4casus.domain.errors import NotFound, PermissionDenied
from h4casus.reports import case as case_report
from h4casus.storage import models as m
from tests.factories import BSNS
from tests.reports.conftest import GOAL, OPEN_NOTE, SECRET
from tests.reports.helpers import assert_every_page_stamped, flat, fonts, text


def last_audit(store) -> m.AuditEvent:
    with store.vault.session() as s:
        return s.scalars(select(m.AuditEvent).order_by(m.AuditEvent.id.desc())).first()


def audit_rows(store, action: str) -> list[m.AuditEvent]:
    with store.vault.session() as s:
        return list(s.scalars(select(m.AuditEvent).where(m.AuditEvent.action == action)))


def test_holds_the_case_and_masks_bsn_and_leaves_confidential_out(store, case):
    pdf = case_report.casusoverzicht(store.ctx("tim"), case.household_id)
    t = flat(text(pdf))
    for expected in (
        "Casusoverzicht",
        "Anna Jansen",
        "Piet de Vries",
        "Zoë Ĳsbrand Jansen",
        "Wijkteam Delft-Noord",
        "AVE 2",
        GOAL,
        "Aanmelden bij de schuldhulp",
        "Evaluaties",
        "Goed gesprek",
        "Zelfredzaamheid",
        "Zelfredzaamheid-Matrix 2017",
        "18-/18+ perspectiefplan",
        "Geen perspectiefplan",  # Zoë: 17 and no section
        "GGZ Delfland",
        "Joost Bakker",
        OPEN_NOTE,
        "Handtekening",
        "Vertrouwelijke notities zijn weggelaten",
        "BSN gemaskeerd",
    ):
        assert expected in t, expected
    assert BSNS[0] not in t and BSNS[1] not in t
    assert "******" + BSNS[0][-3:] in t
    assert SECRET not in t


def test_every_page_carries_the_stamp_of_its_own_log_row(store, case):
    pdf = case_report.casusoverzicht(store.ctx("tim"), case.household_id)
    row = audit_rows(store, "report.case")[-1]
    assert (row.event, row.household_id, row.username) == ("print", case.household_id, "tim")
    assert row.detail == "casusoverzicht"
    assert_every_page_stamped(pdf, row.id)
    assert "Tim" in flat(text(pdf)) or "tim" in flat(text(pdf))


def test_font_is_embedded_and_no_standard_font_is_used(store, case):
    pdf = case_report.casusoverzicht(store.ctx("rik"), case.household_id)
    used = fonts(pdf)
    assert used and all(embedded for _name, embedded in used), used
    assert all("NotoSans" in name for name, _e in used), used


def test_full_bsn_and_confidential_only_when_asked_and_allowed(store, case):
    rik = store.ctx("rik")  # holds regie
    pdf = case_report.casusoverzicht(
        rik, case.household_id, full_bsn=True, include_confidential=True
    )
    t = flat(text(pdf))
    assert BSNS[0] in t and BSNS[1] in t
    assert SECRET in t and "vertrouwelijk" in t
    row = audit_rows(store, "report.case")[-1]
    assert row.detail == "casusoverzicht; volledig BSN; vertrouwelijk journaal"


@pytest.mark.parametrize("option", ["full_bsn", "include_confidential"])
def test_a_consulent_without_regie_may_print_but_not_the_extras(store, case, option):
    carla = store.ctx("carla")
    case_report.casusoverzicht(carla, case.household_id)  # the masked print is fine
    before = len(audit_rows(store, "report.case"))
    with pytest.raises(PermissionDenied):
        case_report.casusoverzicht(carla, case.household_id, **{option: True})
    assert len(audit_rows(store, "report.case")) == before  # refused: nothing logged


@pytest.mark.parametrize("who", ["bert", "rob", "tess"])
def test_beheerder_and_other_team_are_refused(store, case, who):
    before = last_audit(store).id
    with pytest.raises(PermissionDenied):
        case_report.casusoverzicht(store.ctx(who), case.household_id)
    # Nothing printed: the only new row is the refusal itself ("denied"), no print row.
    last = last_audit(store)
    assert last.id == before + 1 and last.event == "denied" and last.username == who


def test_unknown_household_is_not_found(store):
    with pytest.raises(NotFound):
        case_report.casusoverzicht(store.ctx("tim"), 999_999)


def test_target_is_written_atomically(store, case, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "casus.pdf"
    pdf = case_report.casusoverzicht(store.ctx("tim"), case.household_id, target=out)
    assert out.read_bytes() == pdf and pdf.startswith(b"%PDF")
    assert (out.stat().st_mode & 0o777) == 0o600
    assert [p.name for p in folder.iterdir()] == ["casus.pdf"]  # no temp file left


def test_a_household_with_nothing_yet_still_prints(store):
    from tests.factories import register

    hh = register(store.ctx("rik"))
    t = flat(text(case_report.casusoverzicht(store.ctx("rik"), hh.id)))
    assert "Er staan nog geen doelen in het plan" in t
    assert "Nog geen evaluatie vastgelegd" in t
    assert "Nog geen metingen vastgelegd" in t
