"""Beheer › Instellingen and › Ladder en instrumenten by keyboard: a form generated from the
declared settings refuses bad values naming each field and writes nothing; a good change is
saved and logged; a level's review interval and approval flag are edited with an audit entry."""

from __future__ import annotations

import pytest

from h4casus.gui.screens.admin.ladder import LadderScreen
from h4casus.gui.screens.admin.settings import SettingsScreen
from h4casus.services.admin.configuration import get_ladder
from h4casus.services.core.settings import SETTING_FIELDS, Settings, get_settings
from tests.gui.admin_helpers import (
    choose,
    dialogs,
    enter,
    log_rows,
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


def test_the_form_has_every_declared_setting_with_its_label_and_rule(window):
    screen = open_screen(window, SettingsScreen)
    assert set(screen.fields) == set(SETTING_FIELDS)
    lock = screen.fields["auto_lock_minutes"]
    assert lock.label == "Automatisch vergrendelen na (minuten zonder invoer)"
    assert lock.inputs[None].text() == "10"
    assert "Moet een geheel aantal minuten tussen 1 en 240 zijn" in lock.inputs[None].toolTip()
    assert set(screen.fields["retention_years"].inputs) == {"jeugdwet", "wmo", "not_adopted"}
    combo = screen.fields["handover_requires_approval"].inputs[None]
    assert [combo.itemText(i) for i in range(combo.count())] == ["always", "across_teams", "never"]


def test_bad_values_are_refused_naming_each_field_and_nothing_is_written(qtbot, window, store):
    screen = open_screen(window, SettingsScreen)
    logged = len(log_rows(store, action="config.manage"))
    type_into(qtbot, screen.fields["auto_lock_minutes"].inputs[None], "tien")
    type_into(qtbot, screen.fields["retention_years"].inputs["wmo"], "0")
    type_into(qtbot, screen.fields["breakglass_hours"].inputs[None], "6")  # good on its own
    press(qtbot, screen.form.save_button)

    text = screen.message.text
    assert "Niet opgeslagen" in text
    assert (
        "Automatisch vergrendelen na (minuten zonder invoer): moet een geheel aantal minuten "
        "tussen 1 en 240 zijn" in text
    )
    assert "Bewaartermijnen (jaren na afsluiten): moet bewaartermijnen" in text
    assert "Noodtoegang" not in text
    lock_edit = screen.fields["auto_lock_minutes"].inputs[None]
    assert lock_edit.property("invalid") is True and lock_edit.hasFocus()
    assert screen.fields["breakglass_hours"].inputs[None].property("invalid") is False
    years = screen.fields["retention_years"].inputs
    assert years["wmo"].property("invalid") is True  # only the key that is wrong
    assert years["jeugdwet"].property("invalid") is False
    assert get_settings(store.admin) == Settings()  # nothing written, not even the good one
    assert len(log_rows(store, action="config.manage")) == logged

    type_into(qtbot, lock_edit, "15")
    type_into(qtbot, screen.fields["retention_years"].inputs["wmo"], "16")
    choose(qtbot, screen.fields["handover_requires_approval"].inputs[None], "always")
    press(qtbot, screen.form.save_button)
    saved = get_settings(store.admin)
    assert saved.auto_lock_minutes == 15 and saved.breakglass_hours == 6
    assert saved.retention_years["wmo"] == 16 and saved.handover_requires_approval == "always"
    assert "opgeslagen" in screen.message.text
    details = [r.detail for r in log_rows(store, action="config.manage")]
    assert (
        "instellingen: auto_lock_minutes,breakglass_hours,handover_requires_approval,"
        "retention_years" in details
    )
    press(qtbot, screen.form.save_button)
    assert screen.message.text == "Er is niets gewijzigd."


def test_a_level_interval_and_approval_flag_edit_is_validated_and_audited(qtbot, window, store):
    screen = open_screen(window, LadderScreen)
    before_level = next(lv for lv in get_ladder(store.admin) if lv.code == "AVE 2")
    select_row(qtbot, screen.form.levels_table, "AVE 2")
    before = dialogs(window)
    enter(qtbot, screen.form.levels_table)  # Enter on a level opens it
    dialog = new_dialog(window, before)
    f = dialog.form
    assert f.interval_edit.text() == str(before_level.review_interval_days)
    type_into(qtbot, f.interval_edit, "0")
    enter(qtbot, f.interval_edit)
    assert dialog.isVisible()
    assert "evaluatietermijn: moet een geheel aantal dagen tussen 1 en 730 zijn" in (
        dialog.message.text
    )
    assert next(lv for lv in get_ladder(store.admin) if lv.code == "AVE 2") == before_level

    type_into(qtbot, f.interval_edit, "45")
    f.approval_check.setFocus()
    qtbot.keyClick(f.approval_check, " ")
    enter(qtbot, f.interval_edit)
    assert not dialog.isVisible()
    after = next(lv for lv in get_ladder(store.admin) if lv.code == "AVE 2")
    assert after.review_interval_days == 45
    assert after.requires_approval is (not before_level.requires_approval)
    old_flag = "ja" if before_level.requires_approval else "nee"
    new_flag = "nee" if before_level.requires_approval else "ja"
    assert (
        f"ladder AVE 2 gewijzigd: evaluatietermijn {before_level.review_interval_days} -> 45, "
        f"goedkeuring {old_flag} -> {new_flag}"
    ) in [r.detail for r in log_rows(store, action="config.manage")]
    cells = [screen.form.levels_table.item(1, c).text() for c in range(4)]
    assert cells[0] == "AVE 2" and cells[2] == "45 dagen"
    assert screen.form.instruments_table.rowCount() >= 1  # the instruments, for viewing
