"""Beheer › Controle: `h4casus verify` from the desktop, its result in words.

Rules:
- The check runs on the database lane (it reads the open store) when the screen opens and
  on "Controle uitvoeren" (or F5); it logs itself, like the command.
- The summary says in one sentence whether everything is in order; each problem follows in
  words, a broken rule with its description and its name (as `verify` names it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton

from h4casus.gui.forms import Form
from h4casus.gui.screens.admin.common import AdminScreen
from h4casus.services.store.verification import VerifyReport, verify_store

RULE_PREFIX = "regel geschonden: "


class VerifyForm(Form):
    ui_file = "admin_verify"
    title_label: QLabel
    intro_label: QLabel
    run_button: QPushButton
    summary_label: QLabel
    lines_list: QListWidget


def problem_words(problem: str) -> str:
    """'regel geschonden: naam: beschrijving — geschonden bij 3' ->
    'Regel geschonden: beschrijving — geschonden bij 3 (naam)'."""
    if problem.startswith(RULE_PREFIX):
        name, _, rest = problem[len(RULE_PREFIX) :].partition(": ")
        return QCoreApplication.translate(
            "VerifyScreen", "Regel geschonden: {rule} ({name})"
        ).format(rule=rest, name=name)
    return problem[:1].upper() + problem[1:]


class VerifyScreen(AdminScreen):
    form_class = VerifyForm

    def __init__(self, ctx, ops, parent=None) -> None:
        super().__init__(ctx, ops, parent)
        f = self.form
        self.report: VerifyReport | None = None
        f.run_button.setAccessibleName(self.tr("Controle uitvoeren"))
        f.lines_list.setAccessibleName(self.tr("Uitkomst van de controle"))
        f.summary_label.setAccessibleName(self.tr("Samenvatting van de controle"))
        f.run_button.clicked.connect(self.refresh)

    def title(self) -> str:
        return self.tr("Controle")

    def refresh(self) -> None:
        ctx = self.ctx
        self.form.run_button.setEnabled(False)
        self.form.summary_label.setText(self.tr("De database wordt gecontroleerd…"))
        self.ops.query(self, lambda: verify_store(ctx), self._done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.form.run_button.setEnabled(True)
        self.form.summary_label.setText(self.tr("De controle kon niet worden uitgevoerd."))
        self.failed(exc)

    def _done(self, report: VerifyReport) -> None:
        f = self.form
        f.run_button.setEnabled(True)
        self.report = report
        n = len(report.problems)
        if n == 0:
            summary = self.tr(
                "In orde: de database, de regels, het logboek en het sleutelbestand zijn "
                "gecontroleerd en er is niets mis."
            )
        else:
            summary = (
                self.tr("Niet in orde: 1 probleem gevonden.")
                if n == 1
                else self.tr("Niet in orde: {n} problemen gevonden.").format(n=n)
            )
            summary += " " + self.tr(
                "Maak geen nieuwe back-ups over goede oude heen en meld dit bij de leverancier."
            )
        f.summary_label.setText(summary)
        f.summary_label.setProperty("role", "error" if n else "subtitle")
        f.summary_label.style().unpolish(f.summary_label)
        f.summary_label.style().polish(f.summary_label)
        f.lines_list.clear()
        for problem in report.problems:
            f.lines_list.addItem(self.tr("Probleem: ") + problem_words(problem))
        for line in report.lines:
            f.lines_list.addItem(line[:1].upper() + line[1:])

    def texts(self) -> list[str]:
        f = self.form
        return [f.summary_label.text()] + [
            f.lines_list.item(i).text() for i in range(f.lines_list.count())
        ]
