"""The ZRM section: a measurement typed in by keyboard (a digit per domain, the scale's label
shown as it is chosen, Tab to the next, Enter to save), the chart of intake against the
latest measurement built from the case file, instruments and scopes from configuration."""

from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from h4casus.gui.screens.casefile.sections.zrm.entry import MeasurementDialog
from h4casus.gui.screens.casefile.sections.zrm.section import chart_data
from h4casus.gui.widgets.score_field import ScoreField
from h4casus.services.plan.measurements import DomainTrend, InstrumentTrend, record_measurement
from h4casus.services.queries.casefile import open_casefile
from tests.factories import register
from tests.gui.plan_helpers import CTRL, Keyboard, active_dialog, main_window, open_file

ZRM_SCORES = "3241534455231"  # one digit per domain of the ZRM, in its order


@pytest.fixture
def hh(store):
    return register(store.ctx("rik"))


@pytest.fixture
def win(qtbot, ops, store, hh):
    window = main_window(qtbot, ops, store)
    yield window
    window.close()


def zrm(cf):
    return max(cf.instruments, key=lambda i: len(i.domains))


def test_a_measurement_is_typed_in_by_keyboard_and_drawn_in_the_chart(qtbot, win, store, hh):
    screen = open_file(qtbot, win, hh.id, "zrm")
    section = screen.section("zrm")
    instrument = zrm(screen.casefile)
    assert section.form.instrument_combo.currentData() == instrument.code
    assert not section.chart.isVisible() and section.form.empty_label.isVisible()
    keys = Keyboard(qtbot)
    started = time.monotonic()
    keys.press(Qt.Key.Key_M, CTRL)
    dialog = active_dialog(qtbot, win, MeasurementDialog)
    assert dialog.form.kind_combo.currentData() == "intake"  # nothing measured yet
    assert len(dialog.scores) == len(instrument.domains) == len(ZRM_SCORES)
    first = keys.focus
    assert isinstance(first, ScoreField) and first.accessibleName() == instrument.domains[0][1]
    for n, digit in enumerate(ZRM_SCORES):
        keys.type(digit)
        if n == 0:  # the label of the scale is visible as soon as the digit is typed
            assert first.caption.text() == f"3 — {dict(instrument.levels)[3]}"
        if n < len(ZRM_SCORES) - 1:  # Tab or Down: both go to the next domain
            keys.press(Qt.Key.Key_Down) if n % 2 else keys.tab()
    keys.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert time.monotonic() - started < 60
    assert keys.other == len(ZRM_SCORES) + 1  # Ctrl+M, 12 × Tab or Down, Enter: no mouse

    cf = open_casefile(store.ctx("rik"), hh.id)
    (trend,) = cf.measurements
    assert [d.latest for d in trend.domains] == [int(c) for c in ZRM_SCORES]
    anna = next(p for p in hh.members if p.given_names == "Anna")
    assert trend.person_id == anna.id  # the first member unless another is chosen
    values = section.chart.bar_values()
    assert list(values) == [f"Meting {date(2026, 3, 15):%d-%m-%Y}"]
    assert next(iter(values.values())) == [float(c) for c in ZRM_SCORES]
    assert section.chart.isVisible()
    table = section.form.scores_table
    assert table.rowCount() == len(ZRM_SCORES)
    assert (table.item(0, 0).text(), table.item(0, 2).text()) == (instrument.domains[0][1], "3")


def test_a_second_measurement_shows_intake_against_latest(qtbot, win, store, hh):
    anna = next(p for p in hh.members if p.given_names == "Anna")
    rik = store.ctx("rik")
    record_measurement(
        rik,
        hh.id,
        "ZRM2017",
        {"financien": 1, "huisvesting": 2},
        person_id=anna.id,
        measured_on="2026-01-10",
    )
    screen = open_file(qtbot, win, hh.id, "zrm")
    section = screen.section("zrm")
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_M, CTRL)
    dialog = active_dialog(qtbot, win, MeasurementDialog)
    assert dialog.form.subject_combo.currentData() == anna.id
    assert dialog.form.kind_combo.currentData() == "evaluatie"
    assert dialog.hints["financien"].text() == "vorige: 1"
    dialog.scores["financien"].setFocus()
    keys.type("3")
    dialog.scores["huisvesting"].setFocus()
    keys.press(Qt.Key.Key_Right)  # from nothing: the lowest score, then one up
    keys.press(Qt.Key.Key_Right)
    assert dialog.scores["huisvesting"].value() == 2
    keys.press(Qt.Key.Key_Right)
    keys.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    values = section.chart.bar_values()
    assert values == {
        "Intake 10-01-2026": [1.0, 2.0],
        "Laatste meting 15-03-2026": [3.0, 3.0],
    }
    table = section.form.scores_table
    assert [table.item(r, 3).text() for r in range(table.rowCount())] == ["+2 ↑", "+1 ↑"]
    assert "Intake 10-01-2026" in section.form.dates_label.text()


def test_a_household_instrument_measures_the_household_not_a_member(qtbot, win, store, hh):
    screen = open_file(qtbot, win, hh.id, "zrm")
    section = screen.section("zrm")
    household = next(i for i in screen.casefile.instruments if i.scope == "huishouden")
    section.form.instrument_combo.setCurrentIndex(
        section.form.instrument_combo.findData(household.code)
    )
    assert not section.form.subject_combo.isEnabled()
    dialog = section.new_measurement()
    assert dialog.form.instrument_combo.currentData() == household.code
    assert not dialog.form.subject_combo.isEnabled()
    assert list(dialog.scores) == [code for code, _ in household.domains]
    for field in dialog.scores.values():
        field.set_value(4)
    dialog.submit()
    assert not dialog.isVisible()
    (trend,) = open_casefile(store.ctx("rik"), hh.id).measurements
    assert trend.instrument_code == household.code and trend.person_id is None
    assert section.form.instrument_combo.currentData() == household.code


def test_an_empty_measurement_is_refused_at_the_scores(qtbot, win, store, hh):
    screen = open_file(qtbot, win, hh.id, "zrm")
    dialog = screen.section("zrm").new_measurement()
    dialog.submit()
    assert dialog.isVisible()
    assert dialog.form.scores_box.property("invalid") is True
    assert "scores" in dialog.message.text
    assert open_casefile(store.ctx("rik"), hh.id).measurements == ()


def test_the_score_field_takes_digits_of_its_scale_arrows_and_delete(qtbot):
    levels = (
        (1, "geïsoleerd"),
        (2, "contact"),
        (3, "activiteit"),
        (4, "onbetaald"),
        (5, "met ondersteuning"),
        (6, "betaald werk"),
    )
    host = QWidget()
    qtbot.addWidget(host)
    field = ScoreField(levels, "Participatie", host)
    after = QLabel("volgende", host)
    after.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    host.show()
    field.setFocus()
    seen = []
    field.value_changed.connect(seen.append)
    qtbot.keyClicks(field, "7")  # not on this scale
    assert field.value() is None and field.caption.text() == "kies 1–6"
    qtbot.keyClicks(field, "6")
    assert field.text() == "6 — betaald werk" and field.accessibleDescription() == field.text()
    qtbot.keyClick(field, Qt.Key.Key_Left)
    assert field.value() == 5
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.value() is None
    assert seen == [6, 5, None]


def test_chart_data_is_one_series_for_one_measurement_and_two_after(qtbot):
    levels = ((1, "a"), (2, "b"), (3, "c"), (4, "d"), (5, "e"))
    from h4casus.services.plan.measurements import InstrumentView

    inst = InstrumentView("X", "X", "persoon", (("p", "P"), ("q", "Q")), levels)

    def tr(text):
        return text

    one = InstrumentTrend(
        "X",
        "X",
        1,
        date(2026, 1, 1),
        date(2026, 1, 1),
        (DomainTrend("p", "P", 2, "b", 2, "b"), DomainTrend("q", "Q", 4, "d", 4, "d")),
    )
    data = chart_data(inst, one, tr)
    assert [s.name for s in data.series] == ["Meting 01-01-2026"] and data.scale == (1, 2, 3, 4, 5)
    two = InstrumentTrend(
        "X",
        "X",
        1,
        date(2026, 1, 1),
        date(2026, 3, 1),
        (DomainTrend("p", "P", 2, "b", 3, "c"), DomainTrend("q", "Q", None, None, 4, "d")),
    )
    data = chart_data(inst, two, tr)
    assert [(s.name, s.values) for s in data.series] == [
        ("Intake 01-01-2026", (2, None)),
        ("Laatste meting 01-03-2026", (3, 4)),
    ]
    assert chart_data(inst, None, tr).empty
