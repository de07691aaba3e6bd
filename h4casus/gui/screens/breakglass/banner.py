"""The break-glass banner at the top of the main window: while one of the user's emergency
grants runs it says to which case file, how long it still lasts (counting down) and offers
to end it now.

Rules:
- The grants are read on the database lane (`breakglass.grants_in_force`, the user's own
  ones) at the start of a session and after every write of kind "breakglass"; the time left
  is counted on the GUI thread from the clock of the session, once a second.
- A grant that runs out disappears and the banner reads again; ending one early is a write
  (`breakglass.end_access`) that announces the household. Either way `ended` names the
  household, and the window closes its case file: no row read under the grant stays on
  screen after it.
- Hidden when no grant runs. Its colours come from the style sheet (the warning bar).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from h4casus.gui.errors import error_text
from h4casus.gui.ops import Ops
from h4casus.services.access.breakglass import GrantInForce, end_access, grants_in_force
from h4casus.services.core.context import ServiceContext


def remaining_text(seconds: int) -> str:
    seconds = max(0, seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


class BreakGlassBanner(QFrame):
    message = Signal(str)
    changed = Signal()
    ended = Signal(int)  # a grant ended (by hand or by time): the household it opened

    def __init__(self, ctx: ServiceContext, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ops = ops
        self.grants: list[GrantInForce] = []
        self.setObjectName("messageBar")
        self.setProperty("severity", "warning")
        self.setAccessibleName(self.tr("Noodtoegang"))
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(10, 4, 6, 4)
        self._rows.setSpacing(2)
        self.labels: list[QLabel] = []
        self.end_buttons: list[QPushButton] = []
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        ops.changed.connect(self._changed)
        self.hide()

    def load(self) -> None:
        ctx = self.ctx
        self.ops.query(self, lambda: grants_in_force(ctx), self._loaded, self._failed)

    def _changed(self, kind: str, _household_id) -> None:
        if kind == "breakglass":
            self.load()

    def _failed(self, exc: BaseException) -> None:
        self.message.emit(error_text(exc))

    def _loaded(self, grants: list[GrantInForce]) -> None:
        self.grants = [g for g in grants if g.own]
        while self._rows.count():
            item = self._rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
            elif item.layout() is not None:
                while item.layout().count():
                    inner = item.layout().takeAt(0)
                    if inner.widget() is not None:
                        inner.widget().deleteLater()
        self.labels, self.end_buttons = [], []
        for grant in self.grants:
            row = QHBoxLayout()
            label = QLabel()
            label.setWordWrap(True)
            button = QPushButton(self.tr("Nu &beëindigen"))
            button.setAccessibleName(
                self.tr("Noodtoegang tot dossier {case} nu beëindigen").format(
                    case=grant.case_number
                )
            )
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, g=grant: self.end(g))
            row.addWidget(label, 1)
            row.addWidget(button)
            self._rows.addLayout(row)
            self.labels.append(label)
            self.end_buttons.append(button)
        self._tick()
        self.setVisible(bool(self.grants))
        if self.grants:
            self.timer.start()
        else:
            self.timer.stop()
        self.changed.emit()

    def seconds_left(self, grant: GrantInForce) -> int:
        return int((grant.expires_at - self.ctx.clock.now()).total_seconds())

    def _tick(self) -> None:
        expired = False
        for grant, label in zip(self.grants, self.labels, strict=True):
            left = self.seconds_left(grant)
            expired = expired or left <= 0
            text = self.tr(
                "Noodtoegang tot dossier {case}: nog {left} (tot {until}). Alles wat u inziet "
                "wordt gemarkeerd in het logboek."
            ).format(
                case=grant.case_number,
                left=remaining_text(left),
                until=grant.expires_at.strftime("%H:%M"),
            )
            label.setText(text)
            label.setAccessibleDescription(text)
        if expired:
            self.timer.stop()
            for grant in self.grants:
                if self.seconds_left(grant) <= 0:
                    self.ended.emit(grant.household_id)
            self.load()

    def end(self, grant: GrantInForce) -> None:
        """End a grant now (logged); `ended` closes the case file of its household."""
        ctx = self.ctx
        self.ops.write(
            self,
            lambda: end_access(ctx, grant.id),
            lambda _r: self._ended(grant),
            self._failed,
            kind="breakglass",
            household_id=grant.household_id,
        )

    def _ended(self, grant: GrantInForce) -> None:
        self.message.emit(
            self.tr("Noodtoegang tot dossier {case} beëindigd.").format(case=grant.case_number)
        )
        self.ended.emit(grant.household_id)

    @property
    def text(self) -> str:
        return "\n".join(label.text() for label in self.labels) if self.isVisible() else ""
