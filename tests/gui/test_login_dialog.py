"""The login screen: demo hint, clear Dutch errors (never a traceback), signing in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from h4casus.demo.first_run import DEMO_PASSWORD, DEMO_USERNAME
from h4casus.gui.screens.login.dialog import LoginDialog
from h4casus.storage.engine import DESKTOP_PAGE_CACHE_MB, PAGE_CACHE_MB
from tests.factories import ADMIN, ADMIN_PASSWORD


def make_dialog(qtbot, ops, path, username=""):
    dialog = LoginDialog(ops, db_path=path, username=username)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def sign_in(qtbot, dialog, user, password):
    dialog.user_edit.setText(user)
    dialog.password_edit.setText(password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def test_demo_database_shows_its_username_and_password(qtbot, ops, demo_db):
    dialog = make_dialog(qtbot, ops, demo_db)
    assert dialog.demo_label.isVisible()
    hint = dialog.demo_label.text()
    assert "Demodatabase" in hint and DEMO_USERNAME in hint and DEMO_PASSWORD in hint
    assert dialog.user_edit.text() == DEMO_USERNAME


def test_ordinary_database_shows_no_demo_hint(qtbot, ops, store):
    dialog = make_dialog(qtbot, ops, store.path)
    assert not dialog.demo_label.isVisible()
    assert DEMO_PASSWORD not in dialog.demo_label.text()


def test_wrong_password_gives_a_clear_dutch_message(qtbot, ops, store):
    dialog = make_dialog(qtbot, ops, store.path)
    sign_in(qtbot, dialog, ADMIN, "helemaal-niet-het-wachtwoord")
    assert dialog.isVisible() and dialog.context is None
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Gebruikersnaam of wachtwoord onjuist."
    assert dialog.password_edit.text() == ""  # typed password not kept
    assert "Traceback" not in dialog.error_label.text()


def test_right_password_signs_in(qtbot, ops, store):
    dialog = make_dialog(qtbot, ops, store.path)
    with qtbot.waitSignal(dialog.signed_in):
        sign_in(qtbot, dialog, ADMIN, ADMIN_PASSWORD)
    try:
        assert dialog.result() == LoginDialog.DialogCode.Accepted
        assert dialog.context.actor.username == ADMIN
        assert not dialog.context.vault.locked
        assert dialog.password_edit.text() == ""
    finally:
        dialog.context.vault.close()


def cache_kib(vault) -> int:
    with vault.engine.connect() as conn:
        return -conn.exec_driver_sql("PRAGMA cache_size").scalar()


def test_the_desktop_keeps_a_smaller_page_cache_than_the_commands(qtbot, ops, store):
    """Memory: every connection the desktop opens has the desktop's page cache (16 MB), also
    after the vault is locked and unlocked again; the commands keep the large one."""
    assert cache_kib(store.vault) == PAGE_CACHE_MB * 1024
    dialog = make_dialog(qtbot, ops, store.path)
    with qtbot.waitSignal(dialog.signed_in):
        sign_in(qtbot, dialog, ADMIN, ADMIN_PASSWORD)
    vault = dialog.context.vault
    try:
        assert cache_kib(vault) == DESKTOP_PAGE_CACHE_MB * 1024 < PAGE_CACHE_MB * 1024
        vault.lock()
        vault.unlock(ADMIN, ADMIN_PASSWORD)
        assert cache_kib(vault) == DESKTOP_PAGE_CACHE_MB * 1024
    finally:
        vault.close()


def test_missing_fields_are_named(qtbot, ops, store):
    dialog = make_dialog(qtbot, ops, store.path)
    dialog.user_edit.clear()
    dialog.try_sign_in()
    assert dialog.error_label.text() == "Vul in: gebruikersnaam, wachtwoord."


def test_missing_or_foreign_database_is_refused_without_traceback(qtbot, ops, tmp_path):
    dialog = make_dialog(qtbot, ops, tmp_path / "bestaat-niet.h4c")
    sign_in(qtbot, dialog, "anna", "een-lang-genoeg-wachtwoord")
    assert "Er is geen database op" in dialog.error_label.text()

    foreign = tmp_path / "vreemd.h4c"
    foreign.write_bytes(b"geen database van ons" * 100)
    dialog.path_edit.setText(str(foreign))
    sign_in(qtbot, dialog, "anna", "een-lang-genoeg-wachtwoord")
    text = dialog.error_label.text()
    assert text and "Traceback" not in text and dialog.context is None


def test_the_fields_do_not_move_and_an_old_error_goes_when_the_path_is_corrected(
    qtbot, ops, store, tmp_path
):
    dialog = make_dialog(qtbot, ops, tmp_path / "bestaat-niet.h4c")
    qtbot.waitExposed(dialog)

    def top() -> int:
        QApplication.processEvents()
        return dialog.user_edit.mapTo(dialog, dialog.user_edit.rect().topLeft()).y()

    before = top()
    sign_in(qtbot, dialog, ADMIN, ADMIN_PASSWORD)
    assert "Er is geen database op" in dialog.error_label.text()
    assert top() == before
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(store.path))
    assert not dialog.error_label.isVisible() and dialog.error_label.text() == ""
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.user_edit, "x")
    assert top() == before
