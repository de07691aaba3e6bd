"""The level badge: the ladder's own colour with black or white text, whichever contrasts
more. (Status labels are the domain's, `domain.labels`, shared with the CLI.)"""

from __future__ import annotations

from PySide6.QtGui import QColor

from h4casus.gui.widgets.level_badge import text_colour_for


def level_badge_style(hex_colour: str | None) -> str:
    """Style sheet of a QLabel shown as a level badge."""
    background = QColor(hex_colour or "#e9edf3")
    text = text_colour_for(background).name()
    return (
        f"background: {background.name()}; color: {text}; border-radius: 10px; "
        "padding: 2px 10px; font-weight: 600;"
    )
