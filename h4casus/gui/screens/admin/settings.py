"""Beheer › Instellingen: a form generated from the declared settings
(`services.core.settings.Settings`): per field its label, an input that fits its default
(a list of choices, a number, a text, or one number per key), and its rule in words.

Rules:
- The screen keeps no list of settings: a new field on `Settings` appears here by itself.
- What is typed goes to the service as typed (a number when it reads as one); the service
  checks every change and writes nothing when one fails. The screen then marks each wrong
  field, names it by its label with the reason, and keeps the input.
- Only changed values are sent; saving without changes says so.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from h4casus.domain.errors import ValidationError
from h4casus.gui.forms import Form
from h4casus.gui.screens.admin.common import AdminScreen
from h4casus.gui.widgets.form_dialog import mark_invalid
from h4casus.services.admin.configuration import update_settings
from h4casus.services.core.settings import SETTING_FIELDS, Settings, get_settings

_INT = re.compile(r"^\s*-?\d{1,9}\s*$")


def typed(text: str) -> Any:
    """'12' -> 12; anything else stays text (the service's rule refuses it in words)."""
    return int(text) if _INT.match(text) else text


class SettingsForm(Form):
    ui_file = "admin_settings"
    title_label: QLabel
    intro_label: QLabel
    scroll_area: QScrollArea
    fields_host: QWidget
    undo_button: QPushButton
    save_button: QPushButton


class SettingField:
    """The inputs of one setting and how to read them back."""

    def __init__(self, name: str, default: Any, parent: QWidget) -> None:
        f = SETTING_FIELDS[name]
        self.name = name
        self.label: str = f.metadata["label"]
        self.rule: str = f.metadata["message"]
        choices = getattr(f.metadata["valid"], "choices", None)
        self.widget = QWidget(parent)
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(6)
        column.addLayout(row)
        self.inputs: dict[str | None, QWidget] = {}
        if isinstance(default, Mapping):
            for key in default:
                label = QLabel(key.replace("_", " "))
                edit = QLineEdit()
                edit.setMaximumWidth(90)
                edit.setAccessibleName(f"{self.label}: {key}")
                label.setBuddy(edit)
                row.addWidget(label)
                row.addWidget(edit)
                self.inputs[key] = edit
            row.addStretch(1)
        elif choices:
            combo = QComboBox()
            for choice in choices:
                combo.addItem(choice, choice)
            combo.setAccessibleName(self.label)
            row.addWidget(combo)
            row.addStretch(1)
            self.inputs[None] = combo
        else:
            edit = QLineEdit()
            if isinstance(default, int):
                edit.setMaximumWidth(90)
                row.addWidget(edit)
                row.addStretch(1)
            else:
                row.addWidget(edit, 1)
            edit.setAccessibleName(self.label)
            self.inputs[None] = edit
        hint = QLabel(self._sentence(self.rule))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        column.addWidget(hint)
        for widget in self.inputs.values():
            widget.setToolTip(self._sentence(self.rule))

    @staticmethod
    def _sentence(rule: str) -> str:
        return "Moet " + rule[len("moet ") :] if rule.startswith("moet ") else rule

    def show(self, value: Any) -> None:
        for key, widget in self.inputs.items():
            shown = value.get(key, "") if key is not None else value
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(shown)))
            else:
                widget.setText(str(shown))

    def read(self) -> Any:
        if None in self.inputs:
            widget = self.inputs[None]
            if isinstance(widget, QComboBox):
                return widget.currentData()
            return typed(widget.text()) if self._numeric else widget.text()
        return {key: typed(w.text()) for key, w in self.inputs.items()}

    @property
    def _numeric(self) -> bool:
        return isinstance(getattr(Settings(), self.name), int)

    def mark(self, reason: str | None) -> None:
        """Mark the inputs of a refused value; of a value per key only the keys that break
        the rule on their own (each tried in the default), all when none does alone."""
        wrong = set(self.inputs)
        if reason is not None and None not in self.inputs:
            valid = SETTING_FIELDS[self.name].metadata["valid"]
            default, typed_in = getattr(Settings(), self.name), self.read()
            alone = {k for k in self.inputs if not valid({**default, k: typed_in[k]})}
            wrong = alone or wrong
        for key, widget in self.inputs.items():
            mark_invalid(widget, reason if key in wrong else None)
            if reason is None or key not in wrong:
                widget.setToolTip(self._sentence(self.rule))

    def focus_widgets(self) -> list[QWidget]:
        return list(self.inputs.values())


class SettingsScreen(AdminScreen):
    form_class = SettingsForm
    refresh_kinds = frozenset({"settings"})

    def __init__(self, ctx, ops, parent=None) -> None:
        super().__init__(ctx, ops, parent)
        f = self.form
        self.current: Settings | None = None
        self.fields: dict[str, SettingField] = {}
        layout: QFormLayout = f.fields_host.layout()
        defaults = Settings()
        for name in SETTING_FIELDS:
            field = SettingField(name, getattr(defaults, name), f.fields_host)
            label = QLabel(field.label)
            label.setWordWrap(True)
            label.setMaximumWidth(320)
            label.setBuddy(field.focus_widgets()[0])
            layout.addRow(label, field.widget)
            self.fields[name] = field
        order = [w for field in self.fields.values() for w in field.focus_widgets()]
        order += [f.undo_button, f.save_button]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)
        f.scroll_area.setAccessibleName(self.tr("Instellingen"))
        f.save_button.setAccessibleName(self.tr("Instellingen opslaan"))
        f.undo_button.setAccessibleName(self.tr("Terug naar de opgeslagen instellingen"))
        f.save_button.clicked.connect(self.save)
        f.undo_button.clicked.connect(self.refresh)

    def title(self) -> str:
        return self.tr("Instellingen")

    def refresh(self) -> None:
        ctx = self.ctx
        self.ops.query(self, lambda: get_settings(ctx), self._loaded, self.failed)

    def _loaded(self, settings: Settings) -> None:
        self.current = settings
        for name, field in self.fields.items():
            field.mark(None)
            field.show(getattr(settings, name))

    def changes(self) -> dict[str, Any]:
        if self.current is None:
            return {}
        out = {}
        for name, field in self.fields.items():
            value = field.read()
            if value != getattr(self.current, name):
                out[name] = value
        return out

    def save(self) -> None:
        for field in self.fields.values():
            field.mark(None)
        self.message.hide()
        changes = self.changes()
        if not changes:
            self.message.show_message(self.tr("Er is niets gewijzigd."), "warning")
            return
        ctx = self.ctx
        self.ops.write(
            self,
            lambda: update_settings(ctx, changes),
            self._saved,
            self._refused,
            kind="settings",
            household_id=None,
        )

    def _saved(self, settings: Settings) -> None:
        self._loaded(settings)
        self.done(self.tr("Instellingen opgeslagen; ze gelden vanaf de volgende aanmelding."))

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            self.failed(exc)
            return
        lines, first = [], None
        for name, reason in exc.errors.items():
            field = self.fields.get(name)
            label = field.label if field else name
            lines.append(f"{label}: {reason}")
            if field is not None:
                field.mark(reason)
                first = first or field.focus_widgets()[0]
        self.message.show_message(
            self.tr("Niet opgeslagen — verbeter eerst:") + "\n" + "\n".join(lines), "error"
        )
        if first is not None:
            self.form.scroll_area.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
