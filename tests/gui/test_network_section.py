"""The Netwerk section, driven by keyboard: the fixed partners offered for a family, an
informal and a formal contact added (a wrong field marked, nothing written), the ecogram
drawn from the same data, a contact ended, consent recorded by the age rule and withdrawn."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from h4casus.gui.screens.casefile.sections.network.consent_dialogs import (
    ConsentDialog,
    WithdrawDialog,
)
from h4casus.gui.screens.casefile.sections.network.contact_dialog import ContactDialog
from h4casus.services.queries.casefile import open_casefile
from tests.factories import member, register
from tests.gui.plan_helpers import (
    CTRL,
    SHIFT,
    Keyboard,
    active_dialog,
    main_window,
    open_file,
    reactivate,
)


def table_column(table, col: int = 0) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_network_and_consent_by_keyboard(qtbot, ops, store):
    hh = register(store.ctx("rik"))  # Anna, Piet and Sara (15)
    win = main_window(qtbot, ops, store)
    screen = open_file(qtbot, win, hh.id, "network")
    section = screen.section("network")
    f = section.form
    assert f.suggestion_label.isVisible()
    assert "Jeugdgezondheidszorg, School, Huisarts" in f.suggestion_label.text()
    keys = Keyboard(qtbot)

    # an informal contact: Ctrl+Shift+B, name, relation, circle by its first letter, what
    keys.press(Qt.Key.Key_B, CTRL | SHIFT)
    dialog = active_dialog(qtbot, win, ContactDialog)
    assert keys.focus is dialog.form.name_edit
    keys.type("Truus Jansen")
    keys.tab()
    keys.type("oma")
    keys.tab()
    keys.type("F")
    assert dialog.form.circle_combo.currentData() == "familie"
    keys.tab()
    keys.type("Haalt Sara op van school")
    keys.press(Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    reactivate(qtbot, win)
    assert table_column(f.contacts_table) == ["Truus Jansen"]
    assert [n.title for n in section.ecogram.nodes] == ["Truus Jansen"]

    # a professional: the fixed partners come first; without an organisation nothing is saved
    f.add_formal_button.setFocus()
    keys.press(Qt.Key.Key_Space)
    dialog = active_dialog(qtbot, win, ContactDialog)
    combo = dialog.form.partner_type_combo
    assert [combo.itemData(i) for i in range(3)] == ["jeugdgezondheidszorg", "school", "huisarts"]
    keys.press(Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible()
    assert dialog.form.organisation_edit.property("invalid") is True
    assert "organisatie: is verplicht" in dialog.message.text
    assert open_casefile(store.ctx("rik"), hh.id).network[0].contact_name == "Truus Jansen"
    assert len(open_casefile(store.ctx("rik"), hh.id).network) == 1
    dialog.form.organisation_edit.setFocus()
    keys.type("GGD Haaglanden")
    keys.press(Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    reactivate(qtbot, win)
    cf = open_casefile(store.ctx("rik"), hh.id)
    ggd = next(c for c in cf.network if not c.informal)
    assert (ggd.organisation, ggd.partner_type) == ("GGD Haaglanden", "jeugdgezondheidszorg")
    assert "Jeugdgezondheidszorg" not in f.suggestion_label.text()
    assert sorted(n.informal for n in section.ecogram.nodes) == [False, True]
    # the consent warning appears now that a partner is involved
    assert "Toestemming om te delen ontbreekt van Anna Jansen" in f.consent_warnings.text()

    # consent: Ctrl+Shift+T, the first member still missing is chosen, Enter saves
    keys.press(Qt.Key.Key_T, CTRL | SHIFT)
    dialog = active_dialog(qtbot, win, ConsentDialog)
    assert dialog.form.person_combo.currentText() == "Anna Jansen"
    assert "16 jaar of ouder: de persoon zelf" in dialog.form.rule_label.text()
    dialog.form.given_by_edit.setFocus()
    keys.type("Anna Jansen")
    keys.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    reactivate(qtbot, win)
    assert table_column(f.consent_table, 2) == ["Gegeven"]
    assert "Anna Jansen" not in f.consent_warnings.text()

    # withdraw it: choose the row, the button, a name, Enter
    f.consent_table.setFocus()
    f.consent_table.setCurrentCell(0, 0)
    assert f.withdraw_button.isEnabled()
    f.withdraw_button.setFocus()
    keys.press(Qt.Key.Key_Space)
    dialog = active_dialog(qtbot, win, WithdrawDialog)
    keys.type("Anna Jansen")
    keys.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    reactivate(qtbot, win)
    assert table_column(f.consent_table, 2) == ["Ingetrokken"]
    (c,) = open_casefile(store.ctx("rik"), hh.id).consents
    assert c.withdrawn_by == "Anna Jansen"

    # end the informal contact: Delete asks first; it leaves the list and the ecogram
    f.contacts_table.setFocus()
    f.contacts_table.setCurrentCell(0, 0)
    keys.press(Qt.Key.Key_Delete)
    box = active_dialog(qtbot, section, QMessageBox)
    assert "Truus Jansen" in box.text()
    keys.press(Qt.Key.Key_Return)
    reactivate(qtbot, win)
    assert table_column(f.contacts_table) == ["GGD Haaglanden"]
    assert [n.title for n in section.ecogram.nodes] == ["GGD Haaglanden"]
    f.show_ended_check.setChecked(True)
    assert len(table_column(f.contacts_table)) == 2
    win.close()


def test_a_household_without_children_is_offered_no_fixed_partners(qtbot, ops, store):
    hh = register(store.ctx("rik"), members=[member("Henk", "Bakker", "1961-07-02", "ouder")])
    win = main_window(qtbot, ops, store)
    screen = open_file(qtbot, win, hh.id, "network")
    f = screen.section("network").form
    assert not f.suggestion_label.isVisible()
    assert table_column(f.needs_table, 1) == ["zelf"]
    assert f.needs_table.item(0, 1).toolTip() == "16 jaar of ouder: de persoon zelf"
    win.close()


def test_another_role_without_rights_sees_the_network_read_only(qtbot, ops, store):
    hh = register(store.ctx("rik"))
    win = main_window(qtbot, ops, store, "carla")  # consulent of the team, not assigned
    screen = open_file(qtbot, win, hh.id, "network")
    f = screen.section("network").form
    # carla works in the team: she may edit the network and record consent, not share
    assert f.add_informal_button.isEnabled() and f.record_consent_button.isEnabled()
    assert not f.share_button.isEnabled()
    win.close()


def test_an_action_is_assigned_to_a_network_member_in_the_plan(qtbot, ops, store):
    from h4casus.gui.screens.casefile.sections.plan.action_dialog import ActionDialog
    from h4casus.services.casework.network import add_contact
    from h4casus.services.plan import goals
    from tests.gui.plan_helpers import tree_texts

    rik = store.ctx("rik")
    hh = register(rik)
    add_contact(
        rik, hh.id, kind="informeel", contact_name="Truus", relation="oma", circle="familie"
    )
    goals.add_goal(rik, hh.id, "financien", "Schulden in beeld", "Voor 1 juni op een lijst.")
    win = main_window(qtbot, ops, store)
    screen = open_file(qtbot, win, hh.id, "plan")
    tree = screen.section("plan").form.plan_tree
    reactivate(qtbot, win)
    (item,) = tree.findItems(
        "Schulden in beeld", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0
    )
    tree.setCurrentItem(item)
    tree.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_A, CTRL | SHIFT)
    dialog = active_dialog(qtbot, win, ActionDialog)
    keys.type("Post sorteren met oma")
    dialog.form.network_combo.setFocus()
    keys.type("T")  # Truus: the choice fills Wie and Naam ...
    assert dialog.form.type_combo.currentData() == "netwerk"
    assert dialog.form.name_edit.text() == "Truus"
    keys.press(Qt.Key.Key_Return)  # ... and Enter saves
    assert not dialog.isVisible()
    (goal,) = open_casefile(rik, hh.id).plan.goals
    (action,) = goal.actions
    assert (action.responsible_type, action.responsible_name) == ("netwerk", "Truus")
    assert action.network_contact_id is not None
    rows = tree_texts(tree)
    assert any(r[0] == "Post sorteren met oma" and "Truus" in " ".join(r) for r in rows), rows
    win.close()


def test_sharing_the_partner_version_from_the_desktop_asks_consent(qtbot, ops, store, tmp_path):
    from h4casus.gui.screens.casefile.sections.network.consent_dialogs import ShareDialog
    from h4casus.services.casework.consent import record_consent
    from h4casus.services.casework.network import add_contact

    rik = store.ctx("rik")
    hh = register(rik, members=[member("Henk", "Bakker", "1961-07-02", "ouder")])
    add_contact(rik, hh.id, kind="formeel", organisation="Huisarts Zuid", partner_type="huisarts")
    win = main_window(qtbot, ops, store)
    screen = open_file(qtbot, win, hh.id, "network")
    f = screen.section("network").form
    f.share_button.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Space)
    dialog = active_dialog(qtbot, win, ShareDialog)
    assert dialog.form.partner_combo.currentText() == "Huisarts Zuid"
    target = tmp_path / "partner.pdf"
    dialog.form.path_edit.setText(str(target))
    keys.press(Qt.Key.Key_Return)
    assert dialog.isVisible() and not target.exists()
    assert "toestemming ontbreekt van Henk Bakker" in dialog.message.text
    record_consent(rik, hh.id, given=True, given_by="Henk", person_id=hh.members[0].id)
    keys.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert target.read_bytes().startswith(b"%PDF")
    win.close()


def test_the_partner_version_in_the_print_preview_refuses_then_shows_it(qtbot, ops, store):
    from h4casus.gui.screens.casefile.sections.network.consent_dialogs import ShareDialog
    from h4casus.services.casework.consent import record_consent
    from h4casus.services.casework.network import add_contact

    rik = store.ctx("rik")
    hh = register(rik, members=[member("Henk", "Bakker", "1961-07-02", "ouder")])
    add_contact(rik, hh.id, kind="formeel", organisation="Huisarts Zuid", partner_type="huisarts")
    win = main_window(qtbot, ops, store)
    f = open_file(qtbot, win, hh.id, "network").section("network").form
    keys = Keyboard(qtbot)
    for consent in (False, True):
        if consent:
            record_consent(rik, hh.id, given=True, given_by="Henk", person_id=hh.members[0].id)
        f.share_button.setFocus()
        keys.press(Qt.Key.Key_Space)
        dialog = active_dialog(qtbot, win, ShareDialog)
        preview = dialog.preview()
        qtbot.waitUntil(lambda p=preview: p.pdf is not None or p.error is not None)
        if consent:
            assert preview.error is None and preview.page_count >= 1
        else:
            assert "toestemming ontbreekt van Henk Bakker" in preview.error
        preview.close()
        reactivate(qtbot, win)
    win.close()
