"""The language choice in the main window's menu.

Rules:
- The languages are listed each in its own language ("Nederlands", "English"), so anyone
  finds theirs; the one stored in this machine's preferences is checked.
- Choosing one stores it and says so in the status bar; it applies from the next sign-in
  (the open screens are not rebuilt under the user's hands). The sign-in dialog switches
  at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from h4casus import preferences
from h4casus.gui.errors import error_text


class LanguageMenu(QMenu):
    def __init__(self, parent: QWidget, say: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Taal (Language)"))
        self._say = say
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        stored = preferences.language()
        self.actions_by_language: dict[str, QAction] = {}
        for code, name in preferences.LANGUAGES.items():
            action = QAction(name, self.group)
            action.setCheckable(True)
            action.setChecked(code == stored)
            action.triggered.connect(lambda _checked=False, code=code: self.choose(code))
            self.addAction(action)
            self.actions_by_language[code] = action

    def choose(self, language: str) -> None:
        try:
            preferences.update(language=language)
        except OSError as exc:
            self._say(error_text(exc))
            return
        self.actions_by_language[language].setChecked(True)
        self._say(
            self.tr("Taal: {language}. Dit geldt vanaf de volgende aanmelding.").format(
                language=preferences.LANGUAGES[language]
            )
        )
