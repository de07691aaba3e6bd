"""Op-/afschalen: the household's level on the ladder in its colour, its history (who asked,
when, why, who approved), a proposal to go up or down, and withdrawing one's own pending
request.

Rules:
- The ladder, the level's colour and whether a level needs approval come from the case file
  (the configured ladder); the section keeps no list of levels of its own.
- A level that needs approval (AVE 3 and 4 by default) stays "wacht op goedkeuring" until
  someone else approves it (four eyes; here or in Mijn werk); the notice says who asked and
  when, offers Goedkeuren / Afwijzen to whoever may decide (never the one who asked, never
  the regisseur), and Intrekken only to the one who asked.
- Afschalen needs an evaluation in the current review period: the section says so in words
  beforehand, and when the service refuses, the dialog offers to record the evaluation.
- Buttons follow the policy (`may`) and the state (nothing higher or lower, a request that
  is already waiting).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from h4casus.domain.enums import LevelChangeStatus
from h4casus.domain.errors import RuleViolation
from h4casus.gui.forms import Form
from h4casus.gui.screens.casefile.sections.base import Section
from h4casus.gui.widgets.field_checks import tidy_date
from h4casus.gui.widgets.form_dialog import FormDialog
from h4casus.gui.widgets.labels import level_badge_style
from h4casus.gui.widgets.tables import set_columns
from h4casus.gui.widgets.words import date_text
from h4casus.services.admin.configuration import LevelView
from h4casus.services.casework.escalation import (
    LevelChangeView,
    approve_level_change,
    reject_level_change,
    request_level_change,
    withdraw_level_change,
)
from h4casus.services.queries.casefile import CaseFile

COLUMNS = (
    QT_TRANSLATE_NOOP("EscalationSection", "Datum"),
    QT_TRANSLATE_NOOP("EscalationSection", "Van"),
    QT_TRANSLATE_NOOP("EscalationSection", "Naar"),
    QT_TRANSLATE_NOOP("EscalationSection", "Reden"),
    QT_TRANSLATE_NOOP("EscalationSection", "Aangevraagd door"),
    QT_TRANSLATE_NOOP("EscalationSection", "Besloten door"),
    QT_TRANSLATE_NOOP("EscalationSection", "Stand"),
)
STATE_WORDS = {
    LevelChangeStatus.AANGEVRAAGD.value: QT_TRANSLATE_NOOP(
        "EscalationSection", "Wacht op goedkeuring"
    ),
    LevelChangeStatus.DOORGEVOERD.value: QT_TRANSLATE_NOOP("EscalationSection", "Doorgevoerd"),
    LevelChangeStatus.AFGEWEZEN.value: QT_TRANSLATE_NOOP("EscalationSection", "Afgewezen"),
    LevelChangeStatus.INGETROKKEN.value: QT_TRANSLATE_NOOP("EscalationSection", "Ingetrokken"),
}
AFSCHALEN_RULE = QT_TRANSLATE_NOOP(
    "EscalationSection",
    "Afschalen kan pas als er in de huidige evaluatieperiode een evaluatie is vastgelegd "
    "(Plan, Ctrl+Shift+E). Opschalen naar een niveau met goedkeuring wacht op de teamleider "
    "of een plaatsvervanger: nooit degene die het vraagt, nooit de regisseur.",
)


class EscalationForm(Form):
    ui_file = "section_escalation"
    level_card: QFrame
    level_badge: QLabel
    level_label: QLabel
    up_button: QPushButton
    down_button: QPushButton
    pending_frame: QFrame
    pending_label: QLabel
    approve_button: QPushButton
    reject_button: QPushButton
    withdraw_button: QPushButton
    rule_label: QLabel
    history_table: QTableWidget


class LevelChangeForm(Form):
    ui_file = "level_change_dialog"
    intro_label: QLabel
    level_combo: QComboBox
    level_info: QLabel
    reason_edit: QLineEdit
    review_edit: QLineEdit


class LevelChangeDialog(FormDialog):
    """Propose a level: the choices are the ladder's levels above (or below) the current."""

    def __init__(self, section: EscalationSection, casefile: CaseFile, *, up: bool) -> None:
        title = (
            QCoreApplication.translate("EscalationDialogs", "Opschalen")
            if up
            else QCoreApplication.translate("EscalationDialogs", "Afschalen")
        )
        super().__init__(section.ops, title, section.window())
        self.section = section
        self.up = up
        current = casefile.level
        rank = current.rank if current else 0
        self.levels = [lv for lv in casefile.ladder if (lv.rank > rank if up else lv.rank < rank)]
        if not up:
            self.levels.reverse()  # the nearest level first
        body = QWidget()
        self.form = f = LevelChangeForm(body)
        intro = (
            self.tr("Nu {level}. Kies het nieuwe niveau en zeg waarom.")
            if up
            else self.tr(
                "Nu {level}. Afschalen vraagt een evaluatie in de huidige evaluatieperiode."
            )
        )
        f.intro_label.setText(intro.format(level=current.code if current else ""))
        for lv in self.levels:
            f.level_combo.addItem(lv.code, lv.code)
        f.level_combo.currentIndexChanged.connect(self._show_level)
        f.level_combo.setAccessibleName(self.tr("Nieuw niveau"))
        f.reason_edit.setAccessibleName(self.tr("Reden"))
        f.review_edit.setAccessibleName(self.tr("Volgende evaluatie"))
        self.fields = {
            "niveau": f.level_combo,
            "reden": f.reason_edit,
            "volgende evaluatie": f.review_edit,
        }
        self.save_button.setText(self.tr("&Voorstellen") if up else self.tr("&Afschalen"))
        self.set_body(body)
        self._show_level()
        self.resize(580, self.sizeHint().height())
        f.level_combo.setFocus()

    def chosen(self) -> LevelView | None:
        index = self.form.level_combo.currentIndex()
        return self.levels[index] if 0 <= index < len(self.levels) else None

    def _show_level(self, *_args) -> None:
        lv = self.chosen()
        if lv is None:
            self.form.level_info.setText("")
            return
        words = [lv.situation] if lv.situation else []
        words.append(
            self.tr("Evaluatie uiterlijk na {days} dagen.").format(days=lv.review_interval_days)
        )
        if self.up and lv.requires_approval:
            words.append(self.tr("Dit niveau wacht op goedkeuring door een ander."))
        self.form.level_info.setText(" ".join(words))

    def submit(self) -> None:
        lv = self.chosen()
        ctx, hid = self.section.ctx, self.section.household_id
        code = lv.code if lv else ""
        reason = self.form.reason_edit.text()
        review = tidy_date(self.form.review_edit.text()).strip() or None
        self.save(
            lambda: request_level_change(ctx, hid, code, reason, next_review_date=review),
            kind="level",
            household_id=hid,
        )

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        if isinstance(exc, RuleViolation) and "evaluatie" in str(exc) and not self.up:
            self.message.show_message(
                self.message.label.text(),
                "error",
                [(self.tr("Evaluatie vast&leggen…"), self._record_evaluation)],
            )

    def _record_evaluation(self) -> None:
        self.reject()
        plan = self.section.screen.show_section("plan")
        plan.record_evaluation()


class EscalationSection(Section):
    key = "escalation"
    title = "Op-/afschalen"
    shortcuts = {"Ctrl+Shift+H": "propose_up"}

    def __init__(self, screen) -> None:
        super().__init__(screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = f = EscalationForm(self)
        set_columns(f.history_table, [self.tr(c) for c in COLUMNS], stretch=(3,))
        f.rule_label.setText(self.tr(AFSCHALEN_RULE))
        f.up_button.clicked.connect(self.propose_up)
        f.down_button.clicked.connect(self.propose_down)
        f.withdraw_button.clicked.connect(self.withdraw)
        f.approve_button.clicked.connect(self.approve)
        f.reject_button.clicked.connect(self.reject)
        for widget, name in (
            (f.history_table, self.tr("Geschiedenis van het niveau")),
            (f.up_button, self.tr("Opschalen")),
            (f.down_button, self.tr("Afschalen")),
            (f.withdraw_button, self.tr("Aanvraag intrekken")),
            (f.approve_button, self.tr("Aanvraag goedkeuren")),
            (f.reject_button, self.tr("Aanvraag afwijzen")),
            (f.level_label, self.tr("Huidig niveau")),
            (f.pending_label, self.tr("Wachtende aanvraag")),
        ):
            widget.setAccessibleName(name)

    # ------------------------------------------------------------------ render

    def render(self, cf: CaseFile) -> None:
        f, lv = self.form, cf.level
        code = lv.code if lv else cf.household.level
        f.level_badge.setText(code)
        f.level_badge.setStyleSheet(level_badge_style(lv.hex if lv else None))
        f.level_badge.setAccessibleName(self.tr("Niveau {level}").format(level=code))
        lines = [f"<b>{escape(code)}</b>" + (f" — {escape(lv.situation)}" if lv else "")]
        if cf.household.next_review_date:
            lines.append(
                self.tr("Volgende evaluatie {date}").format(
                    date=date_text(cf.household.next_review_date)
                )
            )
        f.level_label.setText("<br>".join(lines))
        self._render_pending(cf.pending_level_change)
        rank = lv.rank if lv else 0
        free = cf.pending_level_change is None and self.may("level.request")
        f.up_button.setEnabled(free and any(x.rank > rank for x in cf.ladder))
        f.down_button.setEnabled(free and any(x.rank < rank for x in cf.ladder))
        self._render_history(cf)

    def _render_pending(self, pending: LevelChangeView | None) -> None:
        f = self.form
        f.pending_frame.setVisible(pending is not None)
        if pending is None:
            return
        f.pending_label.setText(
            self.tr(
                "{frm} naar {to}: wacht op goedkeuring — aangevraagd door {who} op {date}: {reason}"
            ).format(
                frm=pending.from_level or "",
                to=pending.to_level,
                who=pending.requested_by_name,
                date=date_text(pending.requested_at),
                reason=pending.reason,
            )
        )
        me = self.ctx.actor.user_id
        f.withdraw_button.setVisible(pending.requested_by == me)
        # Four eyes: never the one who asked, never the regisseur (the service refuses too).
        regisseur = self.casefile.household.regisseur_id if self.casefile else None
        approver = self.may("level.approve") and me not in (pending.requested_by, regisseur)
        f.approve_button.setVisible(approver)
        f.reject_button.setVisible(approver)

    def _render_history(self, cf: CaseFile) -> None:
        t = self.form.history_table
        rows = list(reversed(cf.level_history))
        t.setRowCount(len(rows))
        for r, c in enumerate(rows):
            cells = (
                date_text(c.effective_date or c.requested_at),
                c.from_level or "",
                c.to_level,
                c.reason,
                c.requested_by_name,
                c.decided_by_name or "",
                self.tr(STATE_WORDS.get(c.status, c.status)),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                if col == 3 and c.decision_note:
                    item.setToolTip(c.decision_note)
                t.setItem(r, col, item)
        t.resizeRowsToContents()

    # ------------------------------------------------------------------ actions

    def history_rows(self) -> list[list[str]]:
        t = self.form.history_table
        return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]

    def propose_up(self) -> LevelChangeDialog | None:
        return self._propose(up=True)

    def propose_down(self) -> LevelChangeDialog | None:
        return self._propose(up=False)

    def _propose(self, *, up: bool) -> LevelChangeDialog | None:
        button = self.form.up_button if up else self.form.down_button
        if self.casefile is None or not button.isEnabled():
            return None
        dialog = LevelChangeDialog(self, self.casefile, up=up)
        dialog.open()
        return dialog

    def withdraw(self) -> None:
        self._decide(
            withdraw_level_change,
            lambda p: self.tr("De aanvraag is ingetrokken; het niveau blijft {level}.").format(
                level=p.from_level or ""
            ),
        )

    def approve(self) -> None:
        self._decide(
            approve_level_change,
            lambda p: self.tr("Goedgekeurd: het huishouden staat nu op {level}.").format(
                level=p.to_level
            ),
        )

    def reject(self) -> None:
        self._decide(
            reject_level_change,
            lambda p: self.tr("Afgewezen; het niveau blijft {level}.").format(
                level=p.from_level or ""
            ),
        )

    def _decide(self, service, done_message) -> None:
        """Withdraw, approve or reject the pending level change with `service`;
        `done_message(pending)` says what happened."""
        pending = self.casefile.pending_level_change if self.casefile else None
        if pending is None:
            return
        ctx, change_id = self.ctx, pending.id
        self.write(
            lambda: service(ctx, change_id),
            kind="level",
            done_message=done_message(pending),
        )
