"""Dialogs that record what happens to the plan as a whole: an evaluation, vaststellen, and a
decision with the hart–wet–euro weighing.

Rules:
- An evaluation concerns the plan in force (the last vastgestelde version, else the concept),
  as the service decides; it shows that version's goals, each with a choice of outcome (the
  services' outcomes, none chosen until the user chooses) and a short note. The next
  evaluation defaults to the date plus the level's review interval and follows the date
  until the user changes it; the hint says the latest date the level allows.
- Vaststellen names what is frozen (goals and actions, and how many the household and its
  network carry), asks the date of the household's akkoord (today by default, never in the
  future), and sends the concept's version: a concept changed meanwhile is a conflict.
- Every dialog saves with Enter (Ctrl+Enter or Ctrl+S from a text field) and shows a
  refused field at the field.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from h4casus.gui.forms import Form
from h4casus.gui.screens.casefile.sections.plan.choices import member_names
from h4casus.gui.screens.casefile.sections.plan.tree import is_own_circle, member_label
from h4casus.gui.widgets.form_dialog import FormDialog
from h4casus.gui.widgets.words import choice_label, date_text
from h4casus.services.plan.decisions import record_decision
from h4casus.services.plan.evaluations import EVALUATION_OUTCOMES, record_evaluation
from h4casus.services.plan.versions import finalise
from h4casus.services.plan.views import GoalView, PlanVersionView
from h4casus.services.queries.casefile import CaseFile


class EvaluationForm(Form):
    ui_file = "evaluation_dialog"
    version_label: QLabel
    held_edit: QDateEdit
    summary_edit: QPlainTextEdit
    outcomes_box: QGroupBox
    outcome_rows: QWidget
    next_edit: QDateEdit
    next_hint: QLabel


class FinaliseForm(Form):
    ui_file = "finalise_dialog"
    summary_label: QLabel
    agreed_edit: QDateEdit
    by_label: QLabel
    note_label: QLabel


class DecisionForm(Form):
    ui_file = "decision_dialog"
    subject_edit: QLineEdit
    date_edit: QDateEdit
    hart_edit: QPlainTextEdit
    wet_edit: QPlainTextEdit
    euro_edit: QPlainTextEdit
    outcome_edit: QPlainTextEdit


def version_in_force(casefile: CaseFile) -> PlanVersionView | None:
    """The version an evaluation concerns (the services' rule)."""
    return casefile.last_finalised or casefile.plan


class EvaluationDialog(FormDialog):
    def __init__(self, section, casefile: CaseFile) -> None:
        super().__init__(
            section.ops,
            QCoreApplication.translate("PlanDialogs", "Evaluatie vastleggen"),
            section.window(),
        )
        self.section = section
        self.casefile = casefile
        body = QWidget()
        self.form = f = EvaluationForm(body)
        version = version_in_force(casefile)
        self.goals: tuple[GoalView, ...] = version.goals if version else ()
        if version is None:
            f.version_label.setText(self.tr("Er is nog geen plan; leg het verslag vast."))
        elif version.frozen:
            f.version_label.setText(
                self.tr(
                    "Evaluatie van het geldende plan: versie {n}, vastgesteld op {date}."
                ).format(n=version.number, date=date_text(version.finalised_at))
            )
        else:
            f.version_label.setText(
                self.tr(
                    "Evaluatie van het concept (versie {n}); er is nog geen vastgestelde versie."
                ).format(n=version.number)
            )
        today = section.ctx.clock.today()
        f.held_edit.setDate(QDate(today))
        f.held_edit.setMaximumDate(QDate(today))
        f.held_edit.setAccessibleName(self.tr("Datum van de evaluatie"))
        f.summary_edit.setAccessibleName(self.tr("Verslag"))
        f.next_edit.setAccessibleName(self.tr("Volgende evaluatie"))
        self.fields = {
            "datum": f.held_edit,
            "verslag": f.summary_edit,
            "volgende evaluatie": f.next_edit,
        }
        self.outcomes: dict[int, tuple[QComboBox, QLineEdit]] = {}
        self._build_outcomes(f)
        level = casefile.level
        self.interval = level.review_interval_days if level else None
        self._next_touched = False
        self._follow_date()
        f.held_edit.dateChanged.connect(self._follow_date)
        f.next_edit.dateChanged.connect(self._next_changed)
        self.set_body(body)
        self.resize(780, self.sizeHint().height())
        f.summary_edit.setFocus()

    def _build_outcomes(self, f: EvaluationForm) -> None:
        if not self.goals:
            f.outcomes_box.hide()
            return
        grid = QGridLayout(f.outcome_rows)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        names = member_names(self.casefile)
        chain: list[QWidget] = [f.summary_edit]
        for row, goal in enumerate(self.goals):
            label = QLabel(goal.title.replace("&", "&&"))  # a buddy label: & is no mnemonic
            label.setWordWrap(True)
            meta = QLabel(
                f"{goal.leefgebied} · {member_label(goal.person_id, names)} · "
                f"{choice_label(goal.status)}"
            )
            meta.setProperty("role", "muted")
            cell = QWidget()
            stack = QVBoxLayout(cell)
            stack.setContentsMargins(0, 0, 0, 0)
            stack.setSpacing(0)
            stack.addWidget(label)
            stack.addWidget(meta)
            combo = QComboBox()
            combo.addItem(self.tr("— geen uitkomst"), None)
            for outcome in EVALUATION_OUTCOMES:
                combo.addItem(choice_label(outcome), outcome)
            combo.ensurePolished()  # the style sheet's padding counts in the size
            combo.setMinimumWidth(combo.sizeHint().width())  # never cut off its words
            combo.setAccessibleName(self.tr("Uitkomst van {goal}").format(goal=goal.title))
            label.setBuddy(combo)
            note = QLineEdit()
            note.setPlaceholderText(self.tr("toelichting (mag leeg)"))
            note.setAccessibleName(self.tr("Toelichting bij {goal}").format(goal=goal.title))
            grid.addWidget(cell, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(note, row, 2)
            self.outcomes[goal.id] = (combo, note)
            self.fields[f"doel {goal.id}"] = combo
            chain += [combo, note]
        chain.append(f.next_edit)
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def _follow_date(self, *_args) -> None:
        f = self.form
        held = f.held_edit.date().toPython()
        if self.interval is None:
            f.next_hint.setText("")
            return
        latest = held + timedelta(days=self.interval)
        f.next_edit.blockSignals(True)
        f.next_edit.setMinimumDate(QDate(held + timedelta(days=1)))
        f.next_edit.setMaximumDate(QDate(latest))
        if not self._next_touched:
            f.next_edit.setDate(QDate(latest))
        f.next_edit.blockSignals(False)
        level = self.casefile.household.level
        f.next_hint.setText(
            self.tr("uiterlijk {date} ({level}: om de {days} dagen)").format(
                date=date_text(latest), level=level, days=self.interval
            )
        )

    def _next_changed(self, *_args) -> None:
        self._next_touched = True

    def submit(self) -> None:
        f, section = self.form, self.section
        ctx, hid = section.ctx, section.household_id
        held = f.held_edit.date().toPython()
        summary = f.summary_edit.toPlainText()
        nxt = f.next_edit.date().toPython() if self.interval is not None else None
        outcomes = {
            goal_id: (combo.currentData(), note.text().strip() or None)
            for goal_id, (combo, note) in self.outcomes.items()
            if combo.currentData() is not None
        }
        self.save(
            lambda: record_evaluation(ctx, hid, held, summary, outcomes, next_evaluation_date=nxt),
            kind="plan",
            household_id=hid,
        )


class FinaliseDialog(FormDialog):
    def __init__(self, section, casefile: CaseFile) -> None:
        super().__init__(
            section.ops,
            QCoreApplication.translate("PlanDialogs", "Plan vaststellen"),
            section.window(),
        )
        self.section = section
        self.casefile = casefile
        self.concept = casefile.plan
        body = QWidget()
        self.form = f = FinaliseForm(body)
        goals = self.concept.goals if self.concept else ()
        actions = [a for g in goals for a in g.actions]
        own = sum(1 for a in actions if is_own_circle(a))
        f.summary_label.setText(
            "<b>"
            + self.tr("Versie {n} vaststellen").format(n=self.concept.number if self.concept else 1)
            + "</b><br>"
            + self.tr(
                "{goals} doelen en {actions} acties: {own} door het huishouden en het netwerk, "
                "{pro} door professionals."
            ).format(goals=len(goals), actions=len(actions), own=own, pro=len(actions) - own)
        )
        today = section.ctx.clock.today()
        f.agreed_edit.setDate(QDate(today))
        f.agreed_edit.setMaximumDate(QDate(today))
        f.agreed_edit.setAccessibleName(self.tr("Datum van het akkoord van het huishouden"))
        hh, actor = casefile.household, section.ctx.actor
        f.by_label.setText(
            hh.regisseur if hh.regisseur and hh.regisseur_id == actor.user_id else actor.username
        )
        self.save_button.setText(self.tr("&Vaststellen"))
        self.fields = {"datum akkoord": f.agreed_edit}
        self.set_body(body)
        self.resize(560, 260)
        f.agreed_edit.setFocus()

    def submit(self) -> None:
        ctx, hid = self.section.ctx, self.section.household_id
        agreed = self.form.agreed_edit.date().toPython()
        expected = self.concept.version if self.concept else None
        self.save(
            lambda: finalise(ctx, hid, agreed, expected_version=expected),
            kind="plan",
            household_id=hid,
        )

    def reload(self) -> None:
        """The concept changed meanwhile: read the file again and look before vaststellen."""
        self.section.screen.refresh()
        self.reject()


class DecisionDialog(FormDialog):
    def __init__(self, section, casefile: CaseFile) -> None:
        super().__init__(
            section.ops,
            QCoreApplication.translate("PlanDialogs", "Nieuw besluit"),
            section.window(),
        )
        self.section = section
        body = QWidget()
        self.form = f = DecisionForm(body)
        today = section.ctx.clock.today()
        f.date_edit.setDate(QDate(today))
        f.date_edit.setMaximumDate(QDate(today))
        for widget, name in (
            (f.subject_edit, self.tr("Onderwerp")),
            (f.date_edit, self.tr("Datum van het besluit")),
            (f.hart_edit, self.tr("Hart: wat heeft de inwoner nodig")),
            (f.wet_edit, self.tr("Wet: wat staat de wet toe")),
            (f.euro_edit, self.tr("Euro: wat kost het")),
            (f.outcome_edit, self.tr("Besluit")),
        ):
            widget.setAccessibleName(name)
        self.fields = {
            "onderwerp": f.subject_edit,
            "datum": f.date_edit,
            "hart": f.hart_edit,
            "wet": f.wet_edit,
            "euro": f.euro_edit,
            "besluit": f.outcome_edit,
        }
        self.set_body(body)
        self.resize(660, 480)
        f.subject_edit.setFocus()

    def submit(self) -> None:
        f, ctx, hid = self.form, self.section.ctx, self.section.household_id
        subject = f.subject_edit.text()
        when = f.date_edit.date().toPython()
        hart, wet = f.hart_edit.toPlainText(), f.wet_edit.toPlainText()
        euro, outcome = f.euro_edit.toPlainText(), f.outcome_edit.toPlainText()
        self.save(
            lambda: record_decision(
                ctx, hid, subject, hart=hart, wet=wet, euro=euro, outcome=outcome, decided_on=when
            ),
            kind="plan",
            household_id=hid,
        )
