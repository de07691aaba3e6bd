"""Helpers of the translation tests: the messages of the English .ts, and every text a user
can meet in a widget tree (titles, labels, buttons, tooltips, placeholders, combo items, tab
and header texts, list and tree rows, menu actions), to find a Dutch source text that is
shown untranslated."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from h4casus.config import resources_dir

TS = resources_dir() / "i18n" / "h4casus_en.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%[sd]")
ROWS = 40  # rows of a table or tree looked at


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    kind: str  # "" when finished


def messages(ts: Path = TS) -> list[Message]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            out.append(
                Message(
                    name,
                    m.findtext("source") or "",
                    "".join(tr.itertext()) if tr is not None else "",
                    tr.get("type", "") if tr is not None else "missing",
                )
            )
    return out


def _strip_mnemonic(text: str) -> str:
    return re.sub(r"&(?!&)", "", text)


class DutchDetector:
    """Recognises a Dutch source text (with its placeholders filled in any way) whose
    translation differs, i.e. a text that should not be on an English screen."""

    def __init__(self, msgs: list[Message], data: set[str] = frozenset()) -> None:
        """`data`: texts that are configured content (a leefgebied named "Veiligheid"),
        shown as configured whatever the language."""
        self.patterns: list[tuple[re.Pattern, str]] = []
        same = {  # a source that reads the same in English somewhere is not a sign of Dutch
            m.source for m in msgs if _strip_mnemonic(m.translation) == _strip_mnemonic(m.source)
        }
        seen: set[str] = set()
        for m in msgs:
            if m.source in same or m.source in seen or m.source in data:
                continue
            seen.add(m.source)
            literal = PLACEHOLDER.sub("", m.source)
            if sum(ch.isalpha() for ch in literal) < 3:
                continue  # mostly placeholders: would match anything
            if re.fullmatch(r"[a-z\-]+", m.source):
                continue  # a lower-case word (a fragment of sentences) is also stored data
                # ("huishouden" as an instrument's scope, "wachtwoord" as a ground in the log)
            # as shown (a label or button keeps its "&"; stripping it would match data such as
            # a leefgebied named like a form's label)
            pieces = PLACEHOLDER.split(m.source)
            regex = ".*?".join(re.escape(p) for p in pieces)
            self.patterns.append((re.compile(regex, re.DOTALL), m.source))

    def dutch(self, text: str) -> str | None:
        """The Dutch source `text` shows untranslated, or None."""
        if not text or not any(ch.isalpha() for ch in text):
            return None
        for pattern, source in self.patterns:
            if pattern.fullmatch(text):
                return source
        return None


def _model_texts(model: QAbstractItemModel | None) -> list[str]:
    if model is None:
        return []
    out = []
    for col in range(model.columnCount()):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(col, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                out.append(value)
        for row in range(min(ROWS, model.rowCount())):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.index(row, col).data(role)
                if isinstance(value, str):
                    out.append(value)
    return out


def _tree_item_texts(item: QTreeWidgetItem, depth: int = 0) -> list[str]:
    out = [item.text(c) for c in range(item.columnCount())]
    out += [item.toolTip(c) for c in range(item.columnCount())]
    if depth < 4:
        for i in range(min(ROWS, item.childCount())):
            out += _tree_item_texts(item.child(i), depth + 1)
    return out


def _menu_texts(menu: QMenu) -> list[str]:
    out = [menu.title()]
    for action in menu.actions():
        out += [action.text(), action.toolTip(), action.statusTip()]
        if action.menu() is not None:
            out += _menu_texts(action.menu())
    return out


def widget_texts(widget: QWidget) -> list[str]:
    """Every text of one widget (not of its children)."""
    out = [widget.toolTip(), widget.statusTip(), widget.whatsThis()]
    out += [widget.accessibleName(), widget.accessibleDescription()]
    if widget.isWindow():
        out.append(widget.windowTitle())
    if isinstance(widget, QLabel):
        out.append(widget.text())
    if isinstance(widget, QAbstractButton):
        out.append(widget.text())
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        out.append(widget.placeholderText())
    if isinstance(widget, QGroupBox):
        out.append(widget.title())
    if isinstance(widget, QComboBox):
        out += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            out += [widget.tabText(i), widget.tabToolTip(i)]
    if isinstance(widget, QListWidget):
        for i in range(min(ROWS, widget.count())):
            out += [widget.item(i).text(), widget.item(i).toolTip()]
    elif isinstance(widget, QTreeWidget):
        out += _tree_item_texts(widget.headerItem())
        for i in range(min(ROWS, widget.topLevelItemCount())):
            out += _tree_item_texts(widget.topLevelItem(i))
    elif isinstance(widget, QAbstractItemView):
        out += _model_texts(widget.model())
    if isinstance(widget, QMainWindow):
        for action in widget.menuBar().actions():
            if action.menu() is not None:
                out += _menu_texts(action.menu())
    for action in widget.actions():
        out += [action.text(), action.toolTip()]
    return [t for t in out if t]


def texts_in(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for the widget and all its children."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__}#{widget.objectName() or '?'}"
        found += [(where, text) for text in widget_texts(widget)]
    return found


def untranslated(root: QWidget, detector: DutchDetector) -> list[str]:
    return sorted(
        {
            f"{where}: {text!r} (source {source!r})"
            for where, text in texts_in(root)
            if (source := detector.dutch(text)) is not None
        }
    )


def configured_names() -> set[str]:
    """The names in resources/config (leefgebieden, instruments and their domains, levels)."""
    import json

    names: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key in ("name", "code", "domain", "label") and isinstance(item, str):
                    names.add(item)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, str):
                    names.add(item)
                walk(item)

    for path in (resources_dir() / "config").glob("*.json"):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return names
