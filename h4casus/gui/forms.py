"""Qt Designer forms (ui/*.ui) with typed access to their widgets.

Rules:
- Every screen's layout is a `.ui` file in `ui/`, editable in Qt Designer.
- Code reaches a form's widgets only through a `Form` subclass that declares each widget it
  uses as an annotated attribute: `path_edit: QLineEdit` is the QLineEdit whose objectName is
  `pathEdit` (snake_case in Python, camelCase in Designer). Loading checks every declared
  widget exists with that type, so a renamed widget fails at once (and in
  tests/gui/test_forms.py), never later as `None`.
- Every control gets an accessible name without code (`name_controls`): an input takes the
  text of its buddy label (`<property name="buddy">` in the .ui — every input has one), else
  the title of the group box it alone sits in, else its placeholder or tool tip (so a
  button showing only a symbol, ◀ or +, is named by its tool tip); its tool tip or
  placeholder becomes its description. Names set in the .ui or in code are kept.
  tests/gui/test_accessibility.py walks every screen and dialog for controls without one.
- Tab leaves a date field at once (gui/widgets/tab_keys.py), as it leaves every field.
"""

from __future__ import annotations

from typing import ClassVar, get_type_hints

from PySide6.QtCore import QFile, QIODevice, Qt
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from h4casus.config import ui_dir
from h4casus.gui.widgets.tab_keys import leave_on_tab_everywhere


class FormError(RuntimeError):
    """A form and its class do not match (a packaging or programming error)."""


def load_ui(name: str, host: QWidget) -> QWidget:
    """Load ui/<name>.ui and place it as the only content of `host` (margins come from the
    form's own layout; the host adds none)."""
    path = ui_dir() / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"formulier {path} ontbreekt")
    try:
        loader = QUiLoader()
        # The form's texts follow a language installed later (gui/i18n.py).
        loader.setLanguageChangeEnabled(True)
        form = loader.load(file, host)
    finally:
        file.close()
    if form is None:
        raise FormError(f"formulier {name}.ui kon niet worden geladen")
    layout = host.layout() or QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    name_controls(form)
    leave_on_tab_everywhere(form)
    return form


def label_text(text: str) -> str:
    """A label's words as a name: without the mnemonic '&' and the closing colon."""
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(plain.split()).rstrip(":").strip()


def _placeholder(widget: QWidget) -> str:
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return widget.placeholderText()
    if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
        return widget.lineEdit().placeholderText()
    return ""


def _sole_input_title(widget: QWidget) -> str:
    """The title of the group box `widget` is the only input of."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QGroupBox):
        parent = parent.parentWidget()
    if parent is None or not parent.title():
        return ""
    inputs = [w for w in parent.findChildren(QWidget) if _is_input(w)]
    return label_text(parent.title()) if inputs == [widget] else ""


def _is_input(widget: QWidget) -> bool:
    """A control that takes the focus with Tab and has no words of its own."""
    if isinstance(widget, (QLabel, QGroupBox)):
        return False
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return False
    if isinstance(widget, QAbstractButton) and any(ch.isalnum() for ch in widget.text()):
        return False  # a button named by its words (a symbol such as ▶ is no name)
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView)):
            return False  # a part of a combo box, a date field or a table
        parent = parent.parentWidget()
    return True


def name_controls(root: QWidget) -> None:
    """Give every input under `root` an accessible name and description (module rules)."""
    buddies = {
        id(label.buddy()): label_text(label.text())
        for label in root.findChildren(QLabel)
        if label.buddy() is not None and label_text(label.text())
    }
    for widget in root.findChildren(QWidget):
        if not _is_input(widget):
            continue
        placeholder, tip = _placeholder(widget), widget.toolTip()
        if not widget.accessibleName():
            name = buddies.get(id(widget)) or _sole_input_title(widget) or placeholder or tip
            if name:
                widget.setAccessibleName(name)
        if not widget.accessibleDescription():
            description = tip or placeholder
            if description and description != widget.accessibleName():
                widget.setAccessibleDescription(description)


def object_name(attribute: str) -> str:
    """`path_edit` -> `pathEdit`."""
    head, *rest = attribute.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


class Form:
    """Base of the typed form classes (see the module docstring)."""

    ui_file: ClassVar[str]
    root: QWidget

    def __init__(self, host: QWidget) -> None:
        self.root = load_ui(self.ui_file, host)
        for attribute, kind in self.widgets().items():
            widget = self.root.findChild(kind, object_name(attribute))
            if widget is None:
                raise FormError(
                    f"{self.ui_file}.ui heeft geen {kind.__name__} {object_name(attribute)}"
                )
            setattr(self, attribute, widget)

    @classmethod
    def widgets(cls) -> dict[str, type]:
        """The declared widgets: attribute name -> Qt class."""
        hints = get_type_hints(cls)
        return {
            name: kind
            for name, kind in hints.items()
            if name not in ("root", "ui_file")
            and isinstance(kind, type)
            and issubclass(kind, QWidget)
        }
