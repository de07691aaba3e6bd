"""The house style of every report: colours, type sizes, paragraph and table styles, and the
Dutch formatting of dates and numbers.

Rules: one type family (reports.fonts), a small set of sizes, one accent colour; tables have a
tinted header row and hairlines between rows, no vertical rules. All text that comes from the
database goes through `esc()` before it becomes a Paragraph (reportlab reads mini-markup)."""

from __future__ import annotations

from datetime import date, datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from h4casus.reports import fonts

ACCENT = colors.HexColor("#1F3A5F")  # dark municipal blue: titles, rules
ACCENT_SOFT = colors.HexColor("#4A6A8A")
TEXT = colors.HexColor("#1B1F24")
MUTED = colors.HexColor("#5B6670")
RULE = colors.HexColor("#C9D1DA")
HEADER_FILL = colors.HexColor("#E8EDF3")
ZEBRA = colors.HexColor("#F6F8FA")
PANEL = colors.HexColor("#F2F5F8")
ALERT = colors.HexColor("#A61B1B")  # confidential mark, overdue, missing plan
ALERT_FILL = colors.HexColor("#FBEAEA")
WARN_FILL = colors.HexColor("#FFF3DC")
OK = colors.HexColor("#2E6B34")

MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def esc(value: object) -> str:
    """Database text made safe for a Paragraph (markup characters escaped, newlines kept)."""
    if value is None:
        return ""
    return escape(str(value)).replace("\n", "<br/>")


def d(value: date | datetime | None, empty: str = "–") -> str:
    """15-03-2026"""
    if value is None:
        return empty
    if isinstance(value, datetime):
        value = value.date()
    return value.strftime("%d-%m-%Y")


def dt(value: datetime | None) -> str:
    """15-03-2026 10:30"""
    return value.strftime("%d-%m-%Y %H:%M") if value else "–"


def long_date(value: date | datetime | None, empty: str = "–") -> str:
    """15 maart 2026"""
    if value is None:
        return empty
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def number(value: float | int | None, decimals: int = 0) -> str:
    """Dutch notation: 1.234 and 0,25."""
    if value is None:
        return "–"
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def _style(name: str, size: float, leading: float, **kw) -> ParagraphStyle:
    fonts.register()
    kw.setdefault("fontName", fonts.REGULAR)
    kw.setdefault("textColor", TEXT)
    return ParagraphStyle(name, fontSize=size, leading=leading, **kw)


class Styles:
    """Paragraph styles, built once (after the fonts are registered)."""

    def __init__(self, base: float = 9.0) -> None:
        b = base
        self.body = _style("body", b, b * 1.4)
        self.small = _style("small", b - 1.5, (b - 1.5) * 1.35, textColor=MUTED)
        self.cell = _style("cell", b - 1, (b - 1) * 1.3)
        self.cell_bold = _style("cell_bold", b - 1, (b - 1) * 1.3, fontName=fonts.BOLD)
        self.cell_muted = _style("cell_muted", b - 1, (b - 1) * 1.3, textColor=MUTED)
        self.cell_alert = _style("cell_alert", b - 1, (b - 1) * 1.3, textColor=ALERT)
        self.cell_right = _style("cell_right", b - 1, (b - 1) * 1.3, alignment=TA_RIGHT)
        self.head_cell = _style(
            "head_cell", b - 1.5, (b - 1.5) * 1.3, fontName=fonts.BOLD, textColor=ACCENT
        )
        self.title = _style(
            "title", b + 11, (b + 11) * 1.2, fontName=fonts.BOLD, textColor=ACCENT, spaceAfter=1
        )
        self.subtitle = _style("subtitle", b + 2.5, (b + 2.5) * 1.35, textColor=ACCENT_SOFT)
        self.h2 = _style(
            "h2",
            b + 3,
            (b + 3) * 1.3,
            fontName=fonts.BOLD,
            textColor=ACCENT,
            spaceBefore=5 * mm,
            spaceAfter=2 * mm,
            keepWithNext=1,
        )
        # a section heading that lets a long table start under it on the same page (put a
        # CondPageBreak before it instead of keepWithNext, which would move the whole table)
        self.h2_flow = _style(
            "h2_flow",
            b + 3,
            (b + 3) * 1.3,
            fontName=fonts.BOLD,
            textColor=ACCENT,
            spaceBefore=5 * mm,
            spaceAfter=2 * mm,
        )
        self.h3 = _style(
            "h3",
            b + 0.5,
            (b + 0.5) * 1.35,
            fontName=fonts.BOLD,
            spaceBefore=3 * mm,
            spaceAfter=1 * mm,
            keepWithNext=1,
        )
        self.label = _style("label", b - 1.5, (b - 1.5) * 1.35, textColor=MUTED)
        self.value = _style("value", b, b * 1.35, alignment=TA_LEFT)


_cache: dict[float, Styles] = {}


def styles(base: float = 9.0) -> Styles:
    if base not in _cache:
        _cache[base] = Styles(base)
    return _cache[base]


def table(
    rows: list[list],
    widths: list[float],
    *,
    header_rows: int = 1,
    zebra: bool = True,
    extra: list[tuple] | None = None,
    font_size: float = 8.0,
) -> Table:
    """A report table: tinted header row repeated on every page, hairlines between rows."""
    t = Table(rows, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
    cmds: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, font_size),
        ("TEXTCOLOR", (0, 0), (-1, -1), TEXT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
    ]
    if header_rows:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
            ("FONT", (0, 0), (-1, header_rows - 1), fonts.BOLD, font_size - 0.5),
            ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), ACCENT),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    t.setStyle(TableStyle(cmds + (extra or [])))
    return t


def key_values(pairs: list[tuple[str, object]], width: float, columns: int = 2) -> Table:
    """A calm block of label/value pairs (like the reference block of a letter)."""
    st = styles()
    cells = [
        [Paragraph(esc(label), st.label), v if not isinstance(v, str) else Paragraph(v, st.value)]
        for label, v in pairs
    ]
    per_col = -(-len(cells) // columns)
    rows = []
    for i in range(per_col):
        row: list = []
        for c in range(columns):
            k = c * per_col + i
            row += cells[k] if k < len(cells) else ["", ""]
        rows.append(row)
    label_w = 30 * mm
    value_w = width / columns - label_w
    t = Table(rows, colWidths=[label_w, value_w] * columns, hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return t
