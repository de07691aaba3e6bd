"""How values read on screen: the status labels and the level badge (the ladder's own colour
with black or white text, whichever contrasts more)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from h4casus.gui.widgets.level_badge import text_colour_for

STATUS_LABELS = {
    "aangemeld": "Aangemeld",
    "intake": "Intake",
    "actief": "Actief",
    "nazorg": "Nazorg",
    "afgesloten": "Afgesloten",
}


def level_badge_style(hex_colour: str | None) -> str:
    """Style sheet of a QLabel shown as a level badge."""
    background = QColor(hex_colour or "#e9edf3")
    text = text_colour_for(background).name()
    return (
        f"background: {background.name()}; color: {text}; border-radius: 10px; "
        "padding: 2px 10px; font-weight: 600;"
    )
