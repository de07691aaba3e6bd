"""Qt Designer forms (ui/*.ui) with typed access to their widgets.

Rules:
- Every screen's layout is a `.ui` file in `ui/`, editable in Qt Designer.
- Code reaches a form's widgets only through a `Form` subclass that declares each widget it
  uses as an annotated attribute: `path_edit: QLineEdit` is the QLineEdit whose objectName is
  `pathEdit` (snake_case in Python, camelCase in Designer). Loading checks every declared
  widget exists with that type, so a renamed widget fails at once (and in
  tests/gui/test_forms.py), never later as `None`.
"""

from __future__ import annotations

from typing import ClassVar, get_type_hints

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from h4casus.config import ui_dir


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
    return form


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
