"""What the plan dialogs share: the note that a vastgesteld plan gets a new concept when
saved, and the side-by-side comparison after a conflicting save.

Rules:
- The note names the vastgestelde version and the concept number a save will start; it is
  hidden while the plan in force is a concept.
- The comparison lists every field with what the user entered and what is stored now; rows
  that differ are marked "≠" (never by colour alone). It changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from h4casus.services.queries.casefile import CaseFile


def frozen_note(dialog: QDialog, casefile: CaseFile, what: str) -> str | None:
    """The note a dialog shows when the plan in force is vastgesteld, else None."""
    plan = casefile.plan
    if plan is None or not plan.frozen:
        return None
    new = max((v.number for v in casefile.plan_versions), default=0) + 1
    return QCoreApplication.translate(
        "PlanCommon",
        "Dit plan is vastgesteld (versie {old}). Opslaan begint concept versie {new} "
        "{what}; de vastgestelde versie blijft bewaard zoals hij is.",
    ).format(old=plan.number, new=new, what=what)


def show_note(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))


def show_comparison(parent: QWidget, mine: list[tuple[str, str]], theirs: list[str]) -> QDialog:
    """What the user entered beside what is stored, a row per field; rows that differ are
    marked with "≠" (not by colour alone)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("PlanCommon", "Vergelijken met wat is opgeslagen")
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(20, 16, 20, 14)
    table = QTableWidget(len(mine), 4, dialog)
    table.setObjectName("compareTable")
    table.setAccessibleName(
        QCoreApplication.translate("PlanCommon", "Jouw invoer naast wat nu is opgeslagen")
    )
    table.setHorizontalHeaderLabels(
        [
            "",
            QCoreApplication.translate("PlanCommon", "Veld"),
            QCoreApplication.translate("PlanCommon", "Jouw invoer"),
            QCoreApplication.translate("PlanCommon", "Nu opgeslagen"),
        ]
    )
    table.verticalHeader().hide()
    table.setWordWrap(True)
    for row, ((field, value), stored) in enumerate(zip(mine, theirs, strict=True)):
        differs = value.strip() != (stored or "").strip()
        for col, text in enumerate(("≠" if differs else "", field, value, stored or "")):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            table.setItem(row, col, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    table.resizeRowsToContents()
    layout.addWidget(table)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText(
        QCoreApplication.translate("PlanCommon", "Sluiten")
    )
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(720, 320)
    dialog.open()
    return dialog
