"""Recording one step of the Meldcode: the next step of the trajectory, or step 3 skipped with
its ground, step 4 with the afwegingskader's questions, step 5 with the decision.

Rules:
- The questions of step 4 are the domain's (`domain.meldcode.QUESTIONS`), asked in order:
  a question shows only while the earlier answers do not settle the matter (`asked`), and
  the conclusion of the answers so far is said in words as you answer.
- Step 5 offers the domain's decisions; a decision that contradicts the latest weighing is
  refused by the service (the meldnorm) and its message is shown at the decision field.
- Date (today by default, never in the future), the member it concerns (optional) and an
  explanation go with every step. Enter saves.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from h4casus.domain import meldcode as rules
from h4casus.domain.enums import MeldcodeDecision
from h4casus.domain.errors import RuleViolation
from h4casus.gui.forms import Form
from h4casus.gui.widgets.field_checks import date_field, typed_day
from h4casus.gui.widgets.form_dialog import FormDialog, mark_invalid
from h4casus.gui.widgets.words import choice_label
from h4casus.services.casework.meldcode import (
    STEP_NAMES,
    MeldcodeStepView,
    record_step,
    skip_conversation,
)
from h4casus.services.queries.casefile import CaseFile

SKIP_INTRO = QT_TRANSLATE_NOOP(
    "MeldcodeStepDialog",
    "Het gesprek wordt niet gevoerd omdat het de veiligheid in gevaar brengt. Leg vast wiens "
    "veiligheid en waarom; daarna kan stap 4 volgen.",
)
STEP_INTROS = {
    1: QT_TRANSLATE_NOOP(
        "MeldcodeStepDialog", "Breng de signalen in kaart: wat ziet, hoort of weet u?"
    ),
    2: QT_TRANSLATE_NOOP(
        "MeldcodeStepDialog",
        "Overleg met een deskundige collega en raadpleeg zo nodig Veilig Thuis.",
    ),
    3: QT_TRANSLATE_NOOP(
        "MeldcodeStepDialog", "Het gesprek met de betrokkene(n) over de signalen."
    ),
    4: QT_TRANSLATE_NOOP(
        "MeldcodeStepDialog", "Beantwoord de vragen van het afwegingskader, in volgorde."
    ),
    5: QT_TRANSLATE_NOOP(
        "MeldcodeStepDialog", "Besluit: melden bij Veilig Thuis en/of hulp bieden of organiseren."
    ),
}


class MeldcodeStepForm(Form):
    ui_file = "meldcode_step_dialog"
    step_label: QLabel
    intro_label: QLabel
    ground_label: QLabel
    ground_combo: QComboBox
    questions_box: QGroupBox
    conclusion_label: QLabel
    decision_label: QLabel
    decision_combo: QComboBox
    date_edit: QLineEdit
    member_combo: QComboBox
    note_edit: QLineEdit


class MeldcodeStepDialog(FormDialog):
    def __init__(
        self,
        section,
        casefile: CaseFile,
        step: int,
        *,
        skip: bool = False,
        weighing: MeldcodeStepView | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("MeldcodeStepDialog", "Meldcode: gesprek overslaan")
            if skip
            else QCoreApplication.translate("MeldcodeStepDialog", "Meldcode")
        )
        super().__init__(section.ops, title, section.window())
        self.section = section
        self.step = step
        self.skip = skip
        body = QWidget()
        self.form = f = MeldcodeStepForm(body)
        f.step_label.setText(
            self.tr("Stap {n}: {name}").format(n=step, name=STEP_NAMES[step])
            + (self.tr(" — overslaan") if skip else "")
        )
        f.intro_label.setText(self.tr(SKIP_INTRO if skip else STEP_INTROS[step]))
        f.ground_label.setVisible(skip)
        f.ground_combo.setVisible(skip)
        for ground in rules.SkipGround:
            f.ground_combo.addItem(choice_label(ground.value), ground.value)
        self.answers: dict[str, QComboBox] = {}
        self._question_labels: dict[str, QLabel] = {}
        f.questions_box.setVisible(step == rules.WEIGHING_STEP)
        layout = f.questions_box.layout()
        if step == rules.WEIGHING_STEP:
            for n, q in enumerate(rules.QUESTIONS, start=1):
                row = QHBoxLayout()
                label = QLabel(f"{n}. {q.text}")
                label.setWordWrap(True)
                combo = QComboBox()
                label.setBuddy(combo)
                row.addWidget(label, 1)
                row.addWidget(combo, 0, Qt.AlignmentFlag.AlignTop)
                combo.setMinimumWidth(90)
                combo.addItem("—", None)
                combo.addItem(self.tr("Ja"), True)
                combo.addItem(self.tr("Nee"), False)
                combo.setAccessibleName(q.text)
                combo.currentIndexChanged.connect(self._answered)
                layout.addLayout(row)
                self.answers[q.code] = combo
                self._question_labels[q.code] = label
        f.decision_label.setVisible(step == rules.DECISION_STEP)
        f.decision_combo.setVisible(step == rules.DECISION_STEP)
        f.decision_combo.addItem(self.tr("Kies een besluit"), None)
        for decision in MeldcodeDecision:
            f.decision_combo.addItem(choice_label(decision.value), decision.value)
        if step == rules.DECISION_STEP and weighing is not None and weighing.answers:
            f.conclusion_label.setText(
                self.tr("Stap 4 ({date}): {conclusion}.").format(
                    date=weighing.done_on.strftime("%d-%m-%Y"),
                    conclusion=weighing.weighing.conclusion,
                )
            )
        self.date_check = date_field(f.date_edit, section.ctx.clock.today())
        f.member_combo.addItem(self.tr("Het hele huishouden"), None)
        for p in casefile.members:
            if not p.restricted:
                f.member_combo.addItem(p.name, p.id)
        for widget, name in (
            (f.ground_combo, self.tr("Reden om het gesprek over te slaan")),
            (f.decision_combo, self.tr("Besluit")),
            (f.date_edit, self.tr("Datum")),
            (f.member_combo, self.tr("Gezinslid")),
            (f.note_edit, self.tr("Toelichting")),
        ):
            widget.setAccessibleName(name)
        chain: list[QWidget] = [f.ground_combo, *self.answers.values(), f.decision_combo]
        chain += [f.date_edit, f.member_combo, f.note_edit]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.fields = {
            "reden": f.ground_combo,
            "besluit": f.decision_combo,
            "datum": f.date_edit,
            "gezinslid": f.member_combo,
            "toelichting": f.note_edit,
            rules.FIELD: f.questions_box,
            **{f"{rules.FIELD} {code}": combo for code, combo in self.answers.items()},
        }
        self.save_button.setText(self.tr("&Vastleggen"))
        self.set_body(body)
        self.resize(680, self.sizeHint().height())
        self._answered()
        first = (
            f.ground_combo
            if skip
            else next(iter(self.answers.values()), None)
            or (f.decision_combo if step == rules.DECISION_STEP else f.note_edit)
        )
        first.setFocus()

    # ------------------------------------------------------------------ step 4

    def given(self) -> dict[str, bool]:
        return {
            code: combo.currentData()
            for code, combo in self.answers.items()
            if combo.currentData() is not None
        }

    def _answered(self, *_args) -> None:
        if not self.answers:
            return
        given = self.given()
        asked = rules.asked(given)
        for code, combo in self.answers.items():
            shown = code in asked
            combo.setVisible(shown)
            self._question_labels[code].setVisible(shown)
        self._fit()
        settled = all(code in given for code in asked)
        self.form.conclusion_label.setText(
            self.tr("Uitkomst: {conclusion}.").format(conclusion=rules.Weighing(given).conclusion)
            if settled
            else ""
        )

    def _fit(self) -> None:
        """Tall enough for the questions shown, wrapped at the dialog's width."""
        layout = self.layout()
        layout.activate()
        width = max(self.width(), 680)
        wanted = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        self.resize(width, max(wanted, layout.totalSizeHint().height()))

    # ------------------------------------------------------------------ saving

    def submit(self) -> None:
        f, ctx, hid, step = self.form, self.section.ctx, self.section.household_id, self.step
        when = typed_day(f.date_edit) or None
        person, note = f.member_combo.currentData(), f.note_edit.text()
        if self.skip:
            ground = f.ground_combo.currentData()
            self.save(
                lambda: skip_conversation(ctx, hid, ground, note, done_on=when, person_id=person),
                kind="meldcode",
                household_id=hid,
            )
            return
        asked = rules.asked(self.given())
        answers = (
            {code: v for code, v in self.given().items() if code in asked}
            if step == rules.WEIGHING_STEP
            else None
        )
        decision = f.decision_combo.currentData() if step == rules.DECISION_STEP else None
        self.save(
            lambda: record_step(
                ctx,
                hid,
                step,
                note,
                done_on=when,
                decision=decision,
                answers=answers,
                person_id=person,
            ),
            kind="meldcode",
            household_id=hid,
        )

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        if isinstance(exc, RuleViolation) and self.step == rules.DECISION_STEP:
            # The meldnorm: the decision contradicts step 4. Say it at the field.
            mark_invalid(self.form.decision_combo, str(exc))
            self.form.decision_combo.setFocus()
