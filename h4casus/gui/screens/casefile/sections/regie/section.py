"""Regie: who directs the household now, the history of the regie, a handover to a
colleague, accepting or declining a handover offered to me, and regie temporarily with an
external party (jeugdbescherming, Veilig Thuis, de Raad) until it is taken back.

Rules:
- The card says who holds regie and since when; while it is with an external party the
  card (and the case file's header) marks the household as such.
- A pending handover shows in a notice with what it waits for: the receiver sees
  Accepteren / Afwijzen; once accepted, whoever may approve (not the proposer, the giver or
  the receiver) sees Goedkeuren / Afwijzen; the proposer, the giver and the teamleider see
  Intrekken. Each step
  carries the version it saw: a handover changed meanwhile is a conflict, nothing happens.
- Buttons follow the policy (`may`) and the state; the services refuse the rest in words.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from h4casus.domain.enums import HandoverStatus
from h4casus.gui.forms import Form
from h4casus.gui.screens.casefile.sections.base import Section
from h4casus.gui.screens.casefile.sections.regie.dialogs import (
    ExternalRegieDialog,
    HandoverDialog,
    TakeBackDialog,
    handover_candidates,
)
from h4casus.gui.widgets.tables import set_columns
from h4casus.gui.widgets.words import date_text
from h4casus.services.casework.regie import (
    HandoverView,
    RegieEntry,
    accept_handover,
    approve_handover,
    reject_handover,
    withdraw_handover,
)
from h4casus.services.queries.casefile import CaseFile

COLUMNS = (
    QT_TRANSLATE_NOOP("RegieSection", "Van"),
    QT_TRANSLATE_NOOP("RegieSection", "Tot"),
    QT_TRANSLATE_NOOP("RegieSection", "Regie bij"),
    QT_TRANSLATE_NOOP("RegieSection", "Reden"),
    QT_TRANSLATE_NOOP("RegieSection", "Reden einde"),
)


def active_entry(cf: CaseFile) -> RegieEntry | None:
    return next((e for e in reversed(cf.regie_history) if e.active), None)


def external_holder(cf: CaseFile) -> str | None:
    """The external party that holds regie now, or None."""
    entry = active_entry(cf)
    return entry.holder if entry is not None and entry.external_party else None


class RegieForm(Form):
    ui_file = "section_regie"
    regie_card: QFrame
    regie_label: QLabel
    handover_button: QPushButton
    external_button: QPushButton
    take_back_button: QPushButton
    pending_frame: QFrame
    pending_label: QLabel
    accept_button: QPushButton
    approve_button: QPushButton
    decline_button: QPushButton
    withdraw_button: QPushButton
    history_table: QTableWidget


class RegieSection(Section):
    key = "regie"
    title = "Regie"
    shortcuts = {"Ctrl+Shift+R": "start_handover"}

    def __init__(self, screen) -> None:
        super().__init__(screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = f = RegieForm(self)
        set_columns(f.history_table, [self.tr(c) for c in COLUMNS], stretch=(3,))
        f.handover_button.clicked.connect(self.start_handover)
        f.external_button.clicked.connect(self.to_external)
        f.take_back_button.clicked.connect(self.take_back)
        f.accept_button.clicked.connect(self.accept)
        f.approve_button.clicked.connect(self.approve)
        f.decline_button.clicked.connect(self.decline)
        f.withdraw_button.clicked.connect(self.withdraw)
        for widget, name in (
            (f.history_table, self.tr("Geschiedenis van de regie")),
            (f.regie_label, self.tr("Huidige regie")),
            (f.pending_label, self.tr("Lopende overdracht")),
            (f.handover_button, self.tr("Regie overdragen")),
            (f.external_button, self.tr("Regie tijdelijk extern")),
            (f.take_back_button, self.tr("Regie terugnemen")),
            (f.accept_button, self.tr("Overdracht accepteren")),
            (f.approve_button, self.tr("Overdracht goedkeuren")),
            (f.decline_button, self.tr("Overdracht afwijzen")),
            (f.withdraw_button, self.tr("Overdracht intrekken")),
        ):
            widget.setAccessibleName(name)

    # ------------------------------------------------------------------ render

    @property
    def pending(self) -> HandoverView | None:
        cf = self.casefile
        return cf.pending_handovers[0] if cf and cf.pending_handovers else None

    def render(self, cf: CaseFile) -> None:
        f = self.form
        entry = active_entry(cf)
        external = external_holder(cf)
        if entry is None:
            text = self.tr("Niemand voert de regie.")
        elif external:
            text = self.tr(
                "<b>Regie tijdelijk bij {holder}</b> sinds {date} — {reason}<br>"
                "Het huishouden is gemarkeerd tot de regie terugkomt in het wijkteam."
            ).format(
                holder=escape(external),
                date=date_text(entry.started_at),
                reason=escape(entry.reason),
            )
        else:
            text = self.tr("<b>Regisseur: {name}</b> sinds {date} — {reason}").format(
                name=escape(entry.holder),
                date=date_text(entry.started_at),
                reason=escape(entry.reason),
            )
        f.regie_label.setText(text)
        open_ = cf.household.status != "afgesloten"
        f.handover_button.setVisible(not external)
        f.external_button.setVisible(not external)
        f.take_back_button.setVisible(bool(external))
        f.handover_button.setEnabled(
            open_ and self.pending is None and self.may("handover.propose")
        )
        f.external_button.setEnabled(open_ and self.may("regie.external"))
        f.take_back_button.setEnabled(open_ and self.may("regie.return"))
        self._render_pending(self.pending)
        self._render_history(cf)

    def _render_pending(self, h: HandoverView | None) -> None:
        f = self.form
        f.pending_frame.setVisible(h is not None)
        if h is None:
            return
        me = self.ctx.actor.user_id
        proposed = h.status == HandoverStatus.VOORGESTELD.value
        if proposed and h.to_user_id == me:
            waiting = self.tr("u kunt accepteren of afwijzen")
        elif proposed:
            waiting = self.tr("wacht op acceptatie door {name}").format(name=h.to_name or "")
        else:
            waiting = self.tr("geaccepteerd; wacht op goedkeuring door de teamleider")
        f.pending_label.setText(
            self.tr("Overdracht van {frm} aan {to} ({date}): {waiting}. Reden: {reason}").format(
                frm=h.from_name or "",
                to=h.to_name or "",
                date=date_text(h.proposed_at),
                waiting=waiting,
                reason=h.reason,
            )
            + (f"\n{self.tr('Notitie')}: {h.note}" if h.note else "")
        )
        receiver = proposed and h.to_user_id == me
        # Four eyes: never the proposer, the giver or the receiver (the service refuses too).
        approver = (
            h.status == HandoverStatus.GEACCEPTEERD.value
            and self.may("handover.approve")
            and me not in (h.proposed_by, h.from_user_id, h.to_user_id)
        )
        f.accept_button.setVisible(receiver)
        f.approve_button.setVisible(approver)
        f.decline_button.setVisible(receiver or approver)
        f.withdraw_button.setVisible(
            me in (h.proposed_by, h.from_user_id) or self.may("handover.approve")
        )

    def _render_history(self, cf: CaseFile) -> None:
        t = self.form.history_table
        rows = list(reversed(cf.regie_history))
        t.setRowCount(len(rows))
        for r, e in enumerate(rows):
            holder = e.holder + (self.tr(" (extern)") if e.external_party else "")
            cells = (
                date_text(e.started_at),
                date_text(e.ended_at) if e.ended_at else self.tr("nu"),
                holder,
                e.reason,
                e.end_reason or "",
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, e.id)
                t.setItem(r, col, item)
        t.resizeRowsToContents()

    def history_rows(self) -> list[list[str]]:
        t = self.form.history_table
        return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]

    # ------------------------------------------------------------------ actions

    def start_handover(self) -> None:
        cf = self.casefile
        if cf is None or not self.form.handover_button.isEnabled():
            return
        ctx, team, current = self.ctx, cf.household.team_id, cf.household.regisseur_id
        self.query(lambda: handover_candidates(ctx, team, current), self._open_handover)

    def _open_handover(self, candidates) -> None:
        if self.casefile is None:
            return
        if not candidates:
            self.screen.message.show_message(
                self.tr("Er is geen andere regisseur in dit team om de regie aan over te dragen."),
                "warning",
            )
            return
        self.handover_dialog = HandoverDialog(self, self.casefile, candidates)
        self.handover_dialog.open()

    def to_external(self) -> ExternalRegieDialog | None:
        if self.casefile is None or not self.form.external_button.isEnabled():
            return None
        dialog = ExternalRegieDialog(self, self.casefile)
        dialog.open()
        return dialog

    def take_back(self) -> TakeBackDialog | None:
        if self.casefile is None or not self.form.take_back_button.isEnabled():
            return None
        dialog = TakeBackDialog(self, self.casefile)
        dialog.open()
        return dialog

    def accept(self) -> None:
        self._answer(accept_handover, self.tr("Overdracht geaccepteerd."))

    def approve(self) -> None:
        name = self.pending.to_name if self.pending is not None else ""
        self._answer(
            approve_handover,
            self.tr("Overdracht goedgekeurd; {name} voert nu de regie.").format(name=name or ""),
        )

    def decline(self) -> None:
        self._answer(
            reject_handover, self.tr("Overdracht afgewezen; de regie blijft waar hij was.")
        )

    def withdraw(self) -> None:
        self._answer(withdraw_handover, self.tr("Overdracht ingetrokken."))

    def _answer(self, service, done_message: str) -> None:
        """Answer the pending handover with `service` (accept, approve, reject or withdraw),
        against the version shown: a handover changed meanwhile is a conflict."""
        h = self.pending
        if h is None:
            return
        ctx, hid, version = self.ctx, h.id, h.version
        self.write(
            lambda: service(ctx, hid, expected_version=version),
            kind="regie",
            done_message=done_message,
        )
