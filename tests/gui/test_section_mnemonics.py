"""Every action of the Op-/afschalen, Regie, 18-/18+, Meldcode and Netwerk sections has its own
Alt+letter (a mnemonic), none taken twice within the section nor by the menus (Alt+B)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from tests.factories import register
from tests.gui.plan_helpers import main_window, open_file

MENU_KEYS = {"b", "h"}  # &Bestand, &Beeld, Be&heer


@pytest.mark.parametrize("key", ["escalation", "regie", "transition", "meldcode", "network"])
def test_each_action_has_its_own_alt_letter(qtbot, ops, store, key):
    hh = register(store.ctx("rik"))
    win = main_window(qtbot, ops, store)
    section = open_file(qtbot, win, hh.id, key).section(key)
    letters: list[str] = []
    for button in section.findChildren(QPushButton):
        found = re.search(r"&([^&])", button.text())
        assert found, f"{button.text()!r} has no Alt+letter"
        letters.append(found.group(1).lower())
    for label in section.findChildren(QLabel):
        found = re.search(r"&([^&])", label.text())
        if found and label.buddy() is not None:
            letters.append(found.group(1).lower())
    assert len(letters) == len(set(letters)), sorted(letters)
    assert not set(letters) & MENU_KEYS
    win.close()
