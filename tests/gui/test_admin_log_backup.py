"""Beheer › Logboek, › Back-up and › Controle by keyboard: the log filtered by person, case
number, action and period and exported as CSV; a backup made now that checks out (and a
damaged copy that does not); a checked restore that locks first; verify in words, naming
a rule broken with raw SQL."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLineEdit
from sqlalchemy import text

from h4casus.gui.screens.admin.audit_log import AuditLogScreen
from h4casus.gui.screens.admin.backup import BackupScreen
from h4casus.gui.screens.admin.verify import VerifyScreen
from h4casus.services.admin.audit_views import COLUMNS
from h4casus.services.admin.teams import add_team, list_teams
from h4casus.services.store.backup import check_backup
from h4casus.services.store.session import sign_in
from tests.factories import ADMIN, ADMIN_PASSWORD, register
from tests.gui.admin_helpers import (
    dialogs,
    enter,
    new_dialog,
    open_screen,
    open_window,
    press,
    select_row,
    type_into,
)


@pytest.fixture
def window(qtbot, ops, store):
    win = open_window(qtbot, ops, store, "beheer")
    yield win
    win.close()


def column(screen: AuditLogScreen, c: int) -> list[str]:
    table = screen.form.log_table
    return [table.item(r, c).text() for r in range(table.rowCount())]


def save_as(qtbot, owner, path: Path) -> None:
    """In the file dialog that just opened: type the file name and press Enter."""
    dialog = next(d for d in owner.findChildren(QFileDialog) if d.isVisible())
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    qtbot.wait(20)  # the dialog finishes setting itself up in the event loop
    type_into(qtbot, name, str(path))
    qtbot.wait(20)
    enter(qtbot, name)
    assert not dialog.isVisible()


def test_the_log_is_filtered_and_exported_as_csv(qtbot, window, store, tmp_path):
    a = register(store.ctx("rik"))
    b = register(store.ctx("roos"), street="Voorstraat", house_number=3)
    screen = open_screen(window, AuditLogScreen)
    f = screen.form
    assert {"rik", "roos", "beheer"} <= {c.split(" ")[0] for c in column(screen, 3)}

    type_into(qtbot, f.user_edit, "rik")
    type_into(qtbot, f.case_edit, a.case_number)
    enter(qtbot, f.case_edit)
    assert f.log_table.rowCount() >= 1
    assert set(column(screen, 3)) == {"rik"} and set(column(screen, 4)) == {a.case_number}
    assert b.case_number not in column(screen, 4)

    type_into(qtbot, f.user_edit, "")
    type_into(qtbot, f.case_edit, "")
    type_into(qtbot, f.action_edit, "household.")
    enter(qtbot, f.action_edit)
    assert all(c.startswith("household.") for c in column(screen, 2))
    assert {a.case_number, b.case_number} <= set(column(screen, 4))

    type_into(qtbot, f.from_edit, "31-02-2026")
    enter(qtbot, f.from_edit)
    assert "Van: is geen datum" in screen.message.text and f.from_edit.property("invalid")
    type_into(qtbot, f.from_edit, "16-03-2026")  # the day after everything happened
    enter(qtbot, f.from_edit)
    assert f.log_table.rowCount() == 0 and f.count_label.text() == "0 regels."

    type_into(qtbot, f.from_edit, "15-03-2026")
    type_into(qtbot, f.to_edit, "15-03-2026")
    type_into(qtbot, f.user_edit, "roos")
    enter(qtbot, f.user_edit)
    shown = f.log_table.rowCount()
    assert shown >= 1
    press(qtbot, f.export_button)
    target = tmp_path / "logboek-roos.csv"
    save_as(qtbot, screen, target)
    raw = target.read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) - 1 == shown and {r[4] for r in rows[1:]} == {"roos"}
    assert f"{shown} regels geëxporteerd" in screen.message.text
    exports = [r for r in screen.rows if r.action == "audit.export"]
    assert exports == []  # the export is logged, and found at the next search
    press(qtbot, f.search_button)
    type_into(qtbot, f.user_edit, "beheer")
    type_into(qtbot, f.action_edit, "audit.export")
    enter(qtbot, f.action_edit)
    assert len(screen.rows) == 1 and "gebruiker=roos" in screen.rows[0].detail


def test_a_backup_made_now_checks_out_and_a_damaged_one_does_not(qtbot, window, store, tmp_path):
    screen = open_screen(window, BackupScreen)
    f = screen.form
    assert f.folder_edit.text().endswith("wijkteam-backups")
    type_into(qtbot, f.folder_edit, str(tmp_path / "kopieen"))
    press(qtbot, f.backup_button)
    info, check = screen.last
    assert info.path.parent == tmp_path / "kopieen" and info.path.exists()
    assert "Controle: in orde" in f.result_label.text() and str(info.path) in f.result_label.text()
    assert check_backup(info.path, ADMIN, ADMIN_PASSWORD).audit_rows == check.audit_rows

    assert f.files_table.item(f.files_table.currentRow(), 0).text() == info.path.name

    damaged = tmp_path / "kopieen" / "beschadigd.h4cbak"
    data = bytearray(info.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    enter(qtbot, f.folder_edit)  # the list of the folder again
    assert f.files_table.rowCount() == 2
    select_row(qtbot, f.files_table, "beschadigd.h4cbak")
    press(qtbot, f.check_button)
    assert "Niet gelukt" in f.result_label.text() and "beschadigd" in f.result_label.text()
    select_row(qtbot, f.files_table, info.path.name)
    press(qtbot, f.check_button)
    assert f.result_label.text().startswith(f"{info.path.name}: Controle: in orde")


def test_a_restore_is_checked_first_and_happens_with_the_session_locked(
    qtbot, window, store, tmp_path
):
    screen = open_screen(window, BackupScreen)
    type_into(qtbot, screen.form.folder_edit, str(tmp_path))
    press(qtbot, screen.form.backup_button)
    backup = screen.last[0].path
    add_team(store.admin, "Wijkteam Na De Back-up")

    before = dialogs(window)
    press(qtbot, screen.form.restore_button)  # the backup just made is the one chosen
    dialog = new_dialog(window, before)
    assert dialog.form.file_edit.text() == str(backup)
    assert dialog.focusWidget() is dialog.form.password_edit
    type_into(qtbot, dialog.form.password_edit, "fout-wachtwoord-123")
    enter(qtbot, dialog.form.password_edit)
    assert dialog.isVisible() and not window.is_locked  # a wrong password restores nothing
    type_into(qtbot, dialog.form.password_edit, ADMIN_PASSWORD)
    enter(qtbot, dialog.form.password_edit)
    assert "Controle: in orde" in dialog.message.text and not window.is_locked
    press(qtbot, dialog.message._buttons[0])  # Terugzetten en vergrendelen

    assert window.is_locked and window.lock_panel.isEnabled()
    assert "teruggezet" in window.statusBar().currentMessage()
    ctx = sign_in(store.path, ADMIN, ADMIN_PASSWORD)
    try:
        assert "Wijkteam Na De Back-up" not in {t.name for t in list_teams(ctx)}
    finally:
        ctx.vault.close()


def test_verify_says_ok_in_words_and_names_a_broken_rule(qtbot, window, store):
    hh = register(store.ctx("rik"))
    screen = open_screen(window, VerifyScreen)
    assert screen.form.summary_label.text().startswith("In orde")
    assert any(t.startswith("Regels: ") and "in orde" in t for t in screen.texts())

    with store.vault.engine.connect() as conn:
        conn.execute(text(f"UPDATE households SET level_code = 'AVE 4' WHERE id = {hh.id}"))
        conn.commit()
    press(qtbot, screen.form.run_button)
    summary = screen.form.summary_label.text()
    assert summary.startswith("Niet in orde: 1 probleem gevonden")
    problem = screen.texts()[1]
    assert problem.startswith("Probleem: Regel geschonden: het AVE-niveau van een huishouden")
    assert "(niveau_volgt_laatste_wijziging)" in problem
