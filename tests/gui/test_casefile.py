"""The case file on screen: opened from the list by keyboard, its header, the Overzicht with
masked BSNs and a logged reveal, several files open at once, reloading after a change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from h4casus.gui.screens.casefile.recent import KEEP_BUILT
from h4casus.gui.screens.casefile.screen import CaseFileScreen
from h4casus.gui.screens.main.window import MainWindow
from h4casus.services.admin.audit_views import AuditFilter, list_events
from h4casus.services.casework.household_edits import update_household
from tests.factories import BSNS, member, register


@pytest.fixture
def households(store):
    rik = store.ctx("rik")
    first = register(
        rik,
        members=[
            member("Anna", "Jansen", "1985-04-12", "ouder", BSNS[0]),
            member("Sara", "Jansen", "2009-06-01", "kind", BSNS[1]),
        ],
    )
    second = register(rik, street="Voorstraat", house_number=3)
    return first, second


@pytest.fixture
def window(qtbot, ops, store, households):
    win = MainWindow(store.ctx("rik"), ops, db_path=store.path, idle_msecs=60_000)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def move_street(win, ctx, household_id: int, version: int) -> None:
    """Another write about this household, through the window's lane: the street is renamed
    to Nieuwe Langendijk."""
    win.ops.write(
        None,
        lambda: update_household(ctx, household_id, version, street="Nieuwe Langendijk"),
        kind="household",
        household_id=household_id,
    )


def open_by_keyboard(qtbot, win, row: int = 0) -> CaseFileScreen:
    table = win.households.table
    table.setFocus()
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    screen = win.tabs.currentWidget()
    assert isinstance(screen, CaseFileScreen)
    return screen


def test_enter_on_a_row_opens_the_case_file_in_its_own_tab(qtbot, window, households):
    screen = open_by_keyboard(qtbot, window)
    assert screen.casefile is not None
    assert window.tabs.tabText(window.tabs.currentIndex()) == screen.casefile.household.display_name
    f = screen.form
    assert f.name_label.text() == screen.casefile.household.display_name
    assert f.level_badge.text() == "AVE 1" or f.level_badge.text().startswith("AVE")
    assert screen.casefile.household.case_number in f.meta_label.text()


def test_several_files_open_at_once_and_ctrl_tab_moves_between_them(qtbot, window):
    first = open_by_keyboard(qtbot, window, 0)
    window.tabs.setCurrentWidget(window.households)
    second = open_by_keyboard(qtbot, window, 1)
    assert first is not second and len(window.case_files()) == 2
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.my_work  # from the last tab to the first
    window.tabs.setCurrentWidget(first)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.case_files() == [second]


def test_opening_an_open_file_again_goes_to_its_tab(qtbot, window, households):
    first, _ = households
    window.open_household(first.id)
    window.open_household(first.id)
    assert len(window.case_files()) == 1


def test_bsn_is_masked_and_a_reveal_shows_it_briefly_and_is_logged(
    qtbot, window, store, households
):
    first, _ = households
    window.open_household(first.id)
    screen = window.tabs.currentWidget()
    overview = screen.section("overview")
    table = overview.form.members_table
    texts = [table.item(r, 4).text() for r in range(table.rowCount())]
    assert all(BSNS[0] not in t and BSNS[1] not in t for t in texts)
    assert any(t.endswith(BSNS[0][-3:]) for t in texts)
    window.activateWindow()
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert table.item(0, 4).text() == BSNS[0]
    events = list_events(store.ctx("tim"), AuditFilter(household_id=first.id))
    assert any(e.action == "person.reveal_bsn" and e.username == "rik" for e in events)
    overview._mask_again()  # what the timer does after REVEAL_MS
    assert table.item(0, 4).text() != BSNS[0]


def test_alt_number_goes_to_a_section(qtbot, window, households):
    window.open_household(households[0].id)
    screen = window.tabs.currentWidget()
    screen.form.section_list.setFocus()
    qtbot.keyClick(screen.form.section_list, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert screen.form.section_list.currentRow() == 0
    assert screen.form.section_stack.currentWidget() is screen.section("overview")


def test_the_file_reloads_after_a_write_about_this_household(qtbot, window, store, households):
    first, second = households
    window.open_household(first.id)
    screen = window.tabs.currentWidget()
    ctx = window.ctx
    move_street(window, ctx, first.id, screen.casefile.household.version)
    assert "Nieuwe Langendijk" in screen.form.meta_label.text()
    reads = len(list_events(store.ctx("tim"), AuditFilter(household_id=first.id)))
    window.ops.write(None, lambda: None, kind="household", household_id=second.id)
    assert len(list_events(store.ctx("tim"), AuditFilter(household_id=first.id))) <= reads + 1


def journal_dialog(qtbot, window, household_id):
    from h4casus.gui.screens.casefile.sections.journal import JournalEntryDialog

    window.open_household(household_id)
    screen = window.tabs.currentWidget()
    window.activateWindow()
    screen.form.section_list.setFocus()
    qtbot.keyClick(screen.form.section_list, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    dialog = next(w for w in window.findChildren(JournalEntryDialog) if w.isVisible())
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    assert QApplication.focusWidget() is dialog.form.text_edit
    return screen, dialog


def test_a_journal_entry_is_written_by_keyboard_and_shows_at_once(qtbot, window, households):
    screen, dialog = journal_dialog(qtbot, window, households[0].id)
    assert screen.form.section_stack.currentWidget() is screen.section("journal")
    qtbot.keyClicks(dialog.form.text_edit, "Huisbezoek afgelegd, afspraken gemaakt.")
    dialog.form.confidential_check.setChecked(True)
    qtbot.keyClick(dialog.form.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    journal = screen.section("journal")
    texts = [
        journal.form.entries_table.item(r, 4).text()
        for r in range(journal.form.entries_table.rowCount())
    ]
    assert any("Huisbezoek afgelegd" in t for t in texts)
    assert "vertrouwelijk" in journal.form.entries_table.item(0, 1).text()


def test_an_empty_entry_is_refused_at_the_field_and_nothing_is_written(qtbot, window, households):
    screen, dialog = journal_dialog(qtbot, window, households[0].id)
    before = screen.section("journal").form.entries_table.rowCount()
    dialog.submit()
    assert dialog.isVisible()
    assert dialog.form.text_edit.property("invalid") is True
    assert "tekst" in dialog.message.text
    assert screen.section("journal").form.entries_table.rowCount() == before


def test_the_journal_filters_as_you_type(qtbot, window, store, households):
    from h4casus.services.casework.journal import add_entry

    first, _ = households
    add_entry(store.ctx("rik"), first.id, "telefonisch", "Gebeld met school over verzuim.")
    add_entry(store.ctx("rik"), first.id, "notitie", "Budgetplan besproken.")
    window.open_household(first.id)
    screen = window.tabs.currentWidget()
    journal = screen.show_section("journal")
    assert journal.form.entries_table.rowCount() == 2
    qtbot.keyClicks(journal.form.filter_edit, "school")
    assert journal.form.entries_table.rowCount() == 1
    assert "1 van 2" in journal.form.count_label.text()


def test_no_two_actions_share_a_shortcut(window):
    """Case-file shortcuts work anywhere in the file, so across sections they must differ,
    and differ from the window's own (an ambiguous shortcut does nothing at all)."""
    from PySide6.QtGui import QKeySequence

    from h4casus.gui.screens.casefile.sections import SECTIONS

    seen: dict[str, str] = {}
    for cls in SECTIONS:
        for keys in cls.shortcuts:
            keys = QKeySequence(keys).toString()
            assert keys not in seen, f"{keys}: {seen.get(keys)} and {cls.key}"
            seen[keys] = cls.key
    window_keys = {a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()}
    window_keys |= {f"Alt+{n}" for n in range(1, 10)}
    assert len(window_keys) > 5 and not window_keys & set(seen)


def test_files_not_looked_at_for_a_while_give_up_their_sections_and_come_back_whole(
    qtbot, window, store, households
):
    """Beyond the KEEP_BUILT most recently shown files, a hidden file drops its sections'
    widgets; shown again, it builds the section it was on, with the current data."""

    rik = store.ctx("rik")
    first = households[0]
    others = [
        register(rik, street="Kerkstraat", house_number=n).id for n in range(1, KEEP_BUILT + 1)
    ]
    window.open_household(first.id)
    oldest = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: oldest.casefile is not None)
    oldest.show_section("network")
    for household_id in others:
        window.open_household(household_id)
    assert oldest.section("network") is None and oldest.section("overview") is None
    kept = window.case_files()[-KEEP_BUILT:]
    assert all(screen.section("overview") is not None for screen in kept)
    # a change while it is put away shows when it comes back
    move_street(window, rik, first.id, oldest.casefile.household.version)
    window.open_household(first.id)  # goes to its tab
    assert window.tabs.currentWidget() is oldest
    network = oldest.section("network")
    assert network is not None and oldest.form.section_stack.currentWidget() is network
    assert "Nieuwe Langendijk" in oldest.form.meta_label.text()
    assert network.casefile is oldest.casefile
