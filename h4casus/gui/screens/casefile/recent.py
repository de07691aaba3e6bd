"""Which open case files keep the widgets of their sections.

Rules:
- The KEEP_BUILT case files shown most recently keep everything. An older one that is not on
  screen gives up its sections' widgets (`CaseFileScreen.release_sections`) and builds the
  section it shows again when it is shown next; its data, header, chosen section and place
  among the tabs stay. Fifty open files held 1.4 MB of widgets each (docs/performance.md).
- Nothing typed is lost: entries are made in modal dialogs, open only while their file is
  on screen. What a section was set to (a journal filter, versions to compare) starts afresh.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from h4casus.gui.screens.casefile.screen import CaseFileScreen

KEEP_BUILT = 8


class RecentCaseFiles:
    """The open case files, most recently shown first (kept by the main window)."""

    def __init__(self) -> None:
        self._order: list[CaseFileScreen] = []

    def shown(self, current: CaseFileScreen | None, open_files: Sequence[CaseFileScreen]) -> None:
        """`current` is on screen now (None: another tab); the older files beyond
        KEEP_BUILT give up their sections."""
        alive = {id(screen) for screen in open_files}
        self._order = [s for s in self._order if id(s) in alive and s is not current]
        if current is not None and id(current) in alive:
            self._order.insert(0, current)
        for screen in self._order[KEEP_BUILT:]:
            screen.release_sections()
