"""Loading the Qt Designer forms in ui/ (kept as .ui files so they can be edited visually)."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from h4casus.config import ui_dir


def load_form(name: str, host: QWidget) -> QWidget:
    """Load ui/<name>.ui and place it as the only content of `host` (margins come from the
    host). Child widgets are found with `form.findChild(Type, "objectName")`."""
    path = ui_dir() / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(str(path))
    try:
        form = QUiLoader().load(file, host)
    finally:
        file.close()
    if form is None:  # pragma: no cover - a broken form file is a packaging error
        raise RuntimeError(f"formulier {name}.ui kon niet worden geladen")
    layout = host.layout() or QVBoxLayout(host)
    layout.addWidget(form)
    return form
