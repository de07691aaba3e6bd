"""The household list's filter row, by keyboard: open households by default, status, team,
regisseur, level, overdue, youths 16–18 and "mijn huishoudens"; search stays within the
filters; names sort as a Dutch reader expects."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from h4casus.domain.ages import age_on
from h4casus.gui.screens.households.model import COL
from h4casus.gui.screens.main.window import MainWindow
from h4casus.services.casework.households import get_household
from tests.factories import member, register

ALT = Qt.KeyboardModifier.AltModifier


def open_window(qtbot, ops, ctx, path) -> MainWindow:
    win = MainWindow(ctx, ops, db_path=path, idle_msecs=600_000)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=2000)
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # from Mijn werk
    return win


@pytest.fixture
def window(qtbot, ops, demo_db, demo_ctx):
    win = open_window(qtbot, ops, demo_ctx, demo_db)
    yield win
    win.close()


def rows(win) -> list:
    model = win.households.model
    while model.canFetchMore():
        model.fetchMore()
    return [model.row_at(r) for r in range(model.rowCount())]


def alt(qtbot, win, key) -> None:
    qtbot.keyClick(win, key, ALT)


def alt_click(qtbot, win, key, button) -> None:
    """Alt+letter on a button or check box clicks it (Qt animates the click briefly)."""
    was = button.isChecked() if button.isCheckable() else None
    with qtbot.waitSignal(button.clicked, timeout=2000):
        alt(qtbot, win, key)
    if was is not None:
        assert button.isChecked() is not was


def test_open_households_by_default_and_the_status_by_keyboard(qtbot, window):
    assert {r.status for r in rows(window)} <= {"aangemeld", "intake", "actief", "nazorg"}
    alt(qtbot, window, Qt.Key.Key_S)
    combo = window.households.form.status_combo
    assert QApplication.focusWidget() is combo
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last choice: afgesloten
    closed = rows(window)
    assert closed and {r.status for r in closed} == {"afgesloten"}
    assert "gefilterd" in window.count_label.text()
    alt_click(qtbot, window, Qt.Key.Key_W, window.households.form.clear_filters_button)
    assert combo.currentData() == "open" and len(rows(window)) > len(closed)
    assert not window.households.form.clear_filters_button.isEnabled()


def test_level_overdue_and_youths_by_keyboard(qtbot, window, demo_ctx):
    f = window.households.form
    alt(qtbot, window, Qt.Key.Key_A)
    qtbot.keyClick(f.level_combo, Qt.Key.Key_Down)  # AVE 1
    assert {r.level for r in rows(window)} == {"AVE 1"}
    qtbot.keyClick(f.level_combo, Qt.Key.Key_Home)
    alt_click(qtbot, window, Qt.Key.Key_V, f.overdue_check)
    today = window.households.model.today
    overdue = rows(window)
    assert all(r.next_review < today for r in overdue)
    alt_click(qtbot, window, Qt.Key.Key_V, f.overdue_check)
    alt_click(qtbot, window, Qt.Key.Key_J, f.youths_check)
    youths = rows(window)
    assert youths
    for r in youths[:10]:
        ages = [age_on(p.birth_date, today) for p in get_household(demo_ctx, r.id).members]
        assert any(16 <= a < 18 for a in ages)


def test_team_and_regisseur_and_search_within_the_filters(qtbot, window):
    f = window.households.form
    assert f.team_combo.isVisible()  # the demo account sees every team
    alt(qtbot, window, Qt.Key.Key_T)
    qtbot.keyClick(f.team_combo, Qt.Key.Key_Down)
    team = f.team_combo.currentText()
    assert {r.team for r in rows(window)} == {team}
    name = rows(window)[0].regisseur
    alt(qtbot, window, Qt.Key.Key_R)
    qtbot.keyClicks(f.regisseur_combo, name)  # typing a name chooses it
    assert f.regisseur_combo.currentText().startswith(name)
    mine = rows(window)
    assert mine and {r.regisseur for r in mine} == {name}
    family = mine[0].name.split(" / ")[0]
    window.households.search_edit.setText(family)
    window.households.apply_search()
    hits = rows(window)
    assert hits and {r.regisseur for r in hits} == {name} and {r.team for r in hits} == {team}


def test_mine_and_no_team_filter_for_one_team(qtbot, ops, store):
    rik, roos = store.ctx("rik"), store.ctx("roos")
    register(rik, members=[member("Anna", "Akkerman", "1980-01-01", "ouder")])
    register(roos, members=[member("Bert", "Bos", "1980-01-01", "ouder")], house_number=2)
    win = open_window(qtbot, ops, rik, store.path)
    f = win.households.form
    assert not f.team_combo.isVisible()
    assert len(rows(win)) == 2
    alt_click(qtbot, win, Qt.Key.Key_M, f.mine_check)
    assert [r.name for r in rows(win)] == ["Akkerman"]
    alt_click(qtbot, win, Qt.Key.Key_M, f.mine_check)
    alt_click(qtbot, win, Qt.Key.Key_J, f.youths_check)
    assert rows(win) == []
    assert "Geen huishoudens met deze filters" in f.empty_label.text()
    win.close()


def test_names_sort_as_a_dutch_reader_expects(qtbot, ops, store):
    rik = store.ctx("rik")
    for n, (prefix, family) in enumerate(
        [
            (None, "Zijlstra"),
            (None, "Öztürk"),
            ("de", "Vries"),
            (None, "Oosterhuis"),
            (None, "Ünal"),
            (None, "van Dijk"),
            (None, "Ulusoy"),
        ],
        start=1,
    ):
        register(
            rik, members=[member("X", family, "1980-01-01", "ouder", prefix=prefix)], house_number=n
        )
    win = open_window(qtbot, ops, rik, store.path)
    model = win.households.model
    names = [model.index(r, COL["name"]).data() for r in range(model.rowCount())]
    assert names == ["van Dijk", "Oosterhuis", "Öztürk", "Ulusoy", "Ünal", "de Vries", "Zijlstra"]
    win.close()
