"""The look of the desktop: one calm, light palette and style sheet for every screen.

Rules:
- Colours are named once here (`COLOURS`) and every text colour on its background keeps a
  contrast of at least 4.5:1 (WCAG AA; checked by tests/gui/test_style.py).
- Screens do not set colours or fonts of their own; they set an object name or a dynamic
  property (`role="title"`, `role="muted"`, `role="error"`, `role="card"`, `role="banner"`)
  and the style sheet below gives it its look.
- Sizes are in points and the layouts scale, so 200 % scaling stays readable.
- Icons the style sheet draws (the tab's close button) are SVG files in resources/icons,
  drawn in the palette's `muted` and `text` colours on `border`.
- Where the keyboard focus is always shows: fields, buttons, lists, tables and the tab bar
  get the accent border (or the selection colour) while they have the focus.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from h4casus.config import resources_dir

COLOURS = {
    "window": "#f4f6f9",
    "surface": "#ffffff",
    "text": "#1d2330",
    # secondary text (the login screen's subtitle, hints, counts): at least 6:1 on every
    # background it is used on, 7.5:1 on the window (it was 6.5:1 and read as too faint)
    "muted": "#465061",
    "border": "#cfd6e0",
    "accent": "#1b4f8f",
    "accent_hover": "#143d70",
    "accent_text": "#ffffff",
    "selection": "#d5e3f6",
    "alternate": "#f7f9fc",
    "header": "#e9edf3",
    "error": "#a4161a",
    "error_bg": "#fdecec",
    "warning_bg": "#fff6dc",
    "warning_text": "#4a3500",
    "warning_border": "#e0b000",
    "ok": "#1e6b35",
    "caution": "#6b4e00",  # a warning as text on a plain background (signals)
}

# Pairs (text, background) that screens use; the test checks each for contrast.
TEXT_PAIRS = (
    ("text", "window"),
    ("text", "surface"),
    ("muted", "surface"),
    ("muted", "window"),
    ("accent", "surface"),
    ("accent_text", "accent"),
    ("accent_text", "accent_hover"),
    ("text", "selection"),
    ("text", "header"),
    ("error", "surface"),
    ("error", "error_bg"),
    ("warning_text", "warning_bg"),
    ("ok", "surface"),
    ("ok", "window"),
    ("muted", "header"),
    ("muted", "selection"),
    ("muted", "alternate"),
    ("muted", "error_bg"),
    ("muted", "warning_bg"),
    ("text", "alternate"),
    ("error", "window"),
    ("error", "alternate"),
    ("error", "selection"),
    ("caution", "surface"),
    ("caution", "window"),
    ("accent", "window"),
)


def style_sheet() -> str:
    c = COLOURS
    icons = (resources_dir() / "icons").as_posix()
    return f"""
QWidget {{ color: {c["text"]}; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QMainWindow, QDialog {{ background: {c["window"]}; }}
QToolTip {{ color: {c["text"]}; background: {c["surface"]}; border: 1px solid {c["border"]}; }}
QLabel[role="title"] {{ font-size: 16pt; font-weight: 600; }}
QLabel[role="subtitle"] {{ font-size: 11pt; font-weight: 600; }}
QLabel[role="muted"] {{ color: {c["muted"]}; }}
QLabel[role="error"], QLabel#errorLabel {{ color: {c["error"]}; font-weight: 600; }}
QLabel[role="banner"], QLabel#demoLabel {{
    background: {c["warning_bg"]}; color: {c["warning_text"]};
    border: 1px solid {c["warning_border"]}; border-radius: 4px; padding: 8px;
}}
QLabel#titleLabel {{ font-size: 18pt; font-weight: 600; }}
QLabel#subtitleLabel {{ color: {c["muted"]}; }}
QFrame[role="card"], QFrame#card {{
    background: {c["surface"]}; border: 1px solid {c["border"]}; border-radius: 6px;
}}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QDateTimeEdit, QSpinBox {{
    background: {c["surface"]}; border: 1px solid {c["border"]}; border-radius: 4px;
    padding: 4px 6px; selection-background-color: {c["selection"]};
    selection-color: {c["text"]};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QDateTimeEdit:focus,
QSpinBox:focus {{ border: 2px solid {c["accent"]}; padding: 3px 5px; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateTimeEdit[invalid="true"],
QPlainTextEdit[invalid="true"] {{ border: 2px solid {c["error"]}; padding: 3px 5px; }}
QPushButton {{
    background: {c["surface"]}; border: 1px solid {c["border"]}; border-radius: 4px;
    padding: 5px 14px; min-height: 1.4em;
}}
QPushButton:hover {{ border-color: {c["accent"]}; }}
QPushButton:checked {{ background: {c["selection"]}; border-color: {c["accent"]}; }}
QPushButton:focus {{ border: 2px solid {c["accent"]}; padding: 4px 13px; }}
QPushButton:default {{
    background: {c["accent"]}; color: {c["accent_text"]}; border-color: {c["accent"]};
}}
QPushButton:default:hover {{ background: {c["accent_hover"]}; }}
QPushButton:disabled {{ color: {c["muted"]}; background: {c["window"]}; }}
QTableView, QTreeView, QListView {{
    background: {c["surface"]}; alternate-background-color: {c["alternate"]};
    border: 1px solid {c["border"]}; border-radius: 4px;
    selection-background-color: {c["selection"]}; selection-color: {c["text"]};
}}
QTableView:focus, QTreeView:focus, QListView:focus {{ border: 2px solid {c["accent"]}; }}
QHeaderView::section {{
    background: {c["header"]}; color: {c["text"]}; border: none;
    border-bottom: 1px solid {c["border"]}; padding: 5px 6px; font-weight: 600;
}}
QTabWidget::pane {{ border: none; background: {c["window"]}; }}
QTabBar::tab {{
    background: transparent; color: {c["muted"]}; padding: 7px 14px; margin-right: 2px;
    border-bottom: 3px solid transparent;
}}
QTabBar::tab:selected {{ color: {c["text"]}; border-bottom: 3px solid {c["accent"]};
    font-weight: 600; }}
QTabBar::tab:hover {{ color: {c["text"]}; }}
QTabBar::tab:selected:focus {{ background: {c["selection"]}; }}
QTabBar::close-button {{ image: url({icons}/tab-close.svg); subcontrol-position: right;
    width: 16px; height: 16px; margin-left: 4px; }}
QTabBar::close-button:hover, QTabBar::close-button:focus {{
    image: url({icons}/tab-close-hover.svg); }}
QListWidget#sectionList {{
    background: {c["surface"]}; border: 1px solid {c["border"]}; border-radius: 4px;
    padding: 4px;
}}
QListWidget#sectionList:focus {{ border: 2px solid {c["accent"]}; padding: 3px; }}
QListWidget#sectionList::item {{ padding: 7px 10px; border-radius: 4px; }}
QListWidget#sectionList::item:selected {{
    background: {c["selection"]}; color: {c["text"]}; font-weight: 600;
}}
QGroupBox {{
    border: 1px solid {c["border"]}; border-radius: 6px; margin-top: 1.2em;
    background: {c["surface"]}; padding: 10px 8px 8px 8px;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px;
    font-weight: 600; }}
QFrame#messageBar {{ border-radius: 4px; border: 1px solid {c["border"]};
    background: {c["surface"]}; }}
QFrame#messageBar[severity="error"] {{ background: {c["error_bg"]}; border-color: {c["error"]}; }}
QFrame#messageBar[severity="error"] QLabel {{ color: {c["error"]}; font-weight: 600; }}
QFrame#messageBar[severity="warning"] {{ background: {c["warning_bg"]};
    border-color: {c["warning_border"]}; }}
QFrame#messageBar[severity="warning"] QLabel {{ color: {c["warning_text"]}; }}
QFrame#messageBar[severity="ok"] QLabel {{ color: {c["ok"]}; font-weight: 600; }}
QFrame[role="notice"] {{ background: {c["warning_bg"]}; border: 1px solid {c["warning_border"]};
    border-radius: 6px; }}
QFrame[role="notice"] QLabel {{ color: {c["warning_text"]}; }}
QLabel[role="chip"] {{ background: {c["header"]}; color: {c["text"]}; border-radius: 10px;
    padding: 2px 10px; font-weight: 600; }}
QLabel[role="section"] {{ font-size: 12pt; font-weight: 600; }}
QFrame[role="scorefield"] {{ background: {c["surface"]}; border: 1px solid {c["border"]};
    border-radius: 4px; padding: 1px; }}
QFrame[role="scorefield"]:focus {{ border: 2px solid {c["accent"]}; padding: 0px; }}
QFrame[role="scorefield"][invalid="true"], QGroupBox[invalid="true"] {{
    border: 2px solid {c["error"]}; }}
QLabel[role="score"] {{ background: {c["window"]}; color: {c["muted"]};
    border: 1px solid {c["border"]}; border-radius: 4px; padding: 2px 0; }}
QLabel[role="score"][selected="true"] {{ background: {c["accent"]}; color: {c["accent_text"]};
    border-color: {c["accent"]}; font-weight: 600; }}
QStatusBar {{ background: {c["header"]}; color: {c["text"]}; }}
QMenuBar {{ background: {c["window"]}; }}
"""


def apply_style(app: QApplication) -> None:
    """Fusion with the palette and style sheet above (the same on every platform)."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    c = COLOURS
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(c["window"]))
    palette.setColor(QPalette.ColorRole.Base, QColor(c["surface"]))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(c["alternate"]))
    palette.setColor(QPalette.ColorRole.Text, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.Button, QColor(c["surface"]))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(c["selection"]))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(c["muted"]))
    palette.setColor(QPalette.ColorRole.Link, QColor(c["accent"]))
    app.setPalette(palette)
    app.setStyleSheet(style_sheet())


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours."""

    def luminance(hex_colour: str) -> float:
        q = QColor(hex_colour)

        def channel(v: int) -> float:
            s = v / 255
            return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())

    a, b = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)
