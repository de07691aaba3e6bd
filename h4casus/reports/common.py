"""Small pieces shared by the reports: labels of stored codes in plain Dutch, a coloured level
chip, member names, and the "nothing recorded" line.

Rules: a stored code is never printed raw where a label exists; an empty section says so in
one muted line instead of disappearing (a reader must see that nothing was recorded)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from h4casus.reports import fonts
from h4casus.reports.styles import esc, styles
from h4casus.services.admin.configuration import LevelView

RESPONSIBLE = {
    "inwoner": "Inwoner",
    "netwerk": "Netwerk",
    "wijkteam": "Wijkteam",
    "aanbieder": "Aanbieder",
    "professional": "Professional",
}
RELATION = {"ouder": "Ouder/verzorger", "partner": "Partner", "kind": "Kind", "overig": "Overig"}
STATUS = {
    "aangemeld": "Aangemeld",
    "intake": "Intake",
    "actief": "Actief",
    "nazorg": "Nazorg",
    "afgesloten": "Afgesloten",
}
PLAN_STATE = {"geen": "Geen", "concept": "Concept", "vastgesteld": "Vastgesteld"}


def level_chip(level: LevelView | None, code: str, size: float = 7.5) -> Table:
    """The level as a small coloured label (colour of the ladder, with its name in text)."""
    fill = colors.HexColor(level.hex) if level else colors.HexColor("#777777")
    text = f"{code} · {level.colour}" if level else code
    t = Table([[text]], hAlign="LEFT")
    dark = level is not None and level.colour in ("geel",)
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.BOLD, size),
                ("TEXTCOLOR", (0, 0), (-1, -1), colors.black if dark else colors.white),
                ("BACKGROUND", (0, 0), (-1, -1), fill),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return t


def level_colour(level: LevelView | None):
    return colors.HexColor(level.hex) if level else colors.HexColor("#777777")


def level_text_colour(level: LevelView | None):
    """The ladder colour, darkened where it is too light to read as text (yellow)."""
    c = level_colour(level)
    if 0.299 * c.red + 0.587 * c.green + 0.114 * c.blue > 0.55:
        return colors.Color(c.red * 0.62, c.green * 0.62, c.blue * 0.62)
    return c


def none_recorded(text: str) -> Paragraph:
    return Paragraph(esc(text), styles().small)


def p(text: object, style=None) -> Paragraph:
    """A table cell or line of database text (escaped)."""
    return Paragraph(esc(text), style or styles().cell)
