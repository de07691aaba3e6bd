"""Teamoverzicht: the caseload of one team for the teamleider.

Page one: the team's totals (open households, per level, overdue reviews, youths nearing 18)
and a table per regisseur with their counts per level. Then one table per regisseur with their
households: case number, name, level, status, next review and days overdue, last evaluation
and days since, youths 16–18 and how many are signalled (turning 18 soon without a finalised
perspectiefplan).

Rules: tables split across pages and repeat their header row; cells are plain strings
(truncated to the column) so a team of 2,000 households renders in well under three seconds;
every page carries *Vertrouwelijk*, the print stamp and "Pagina X van Y". Columns are data
(`COLUMNS`). The summary per regisseur carries the load (households weighted by level) and
that load against the caseload norm, above the norm in the alert colour."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Paragraph, Spacer

from h4casus.reports import fonts
from h4casus.reports.common import STATUS, level_colour, level_text_colour
from h4casus.reports.layout import PageInfo, build, frame_width
from h4casus.reports.output import write_pdf
from h4casus.reports.styles import ALERT, d, esc, key_values, long_date, number, styles, table
from h4casus.services.queries.team_overview import TeamHousehold, TeamOverview, team_overview

FONT_SIZE = 7.5


@dataclass(frozen=True)
class Column:
    title: str
    share: float  # of the frame width
    value: Callable[[TeamHousehold], str]
    align: str = "LEFT"


def _overdue(h: TeamHousehold) -> str:
    return str(h.days_overdue) if h.days_overdue else ""


def _youths(h: TeamHousehold) -> str:
    if not h.youths:
        return ""
    return f"{h.youths} ({h.youths_signalled} signaal)" if h.youths_signalled else str(h.youths)


COLUMNS: tuple[Column, ...] = (
    Column("Dossier", 0.12, lambda h: h.case_number),
    Column("Huishouden", 0.21, lambda h: h.display_name),
    Column("AVE", 0.08, lambda h: h.level),
    Column("Status", 0.1, lambda h: STATUS.get(h.status, h.status)),
    Column("Volgende\nevaluatie", 0.12, lambda h: d(h.next_review_date)),
    Column("Dagen\nverlopen", 0.08, _overdue, "RIGHT"),
    Column("Laatste\nevaluatie", 0.11, lambda h: d(h.last_evaluation, "geen")),
    Column(
        "Dagen\nsinds",
        0.07,
        lambda h: "" if h.days_since_evaluation is None else str(h.days_since_evaluation),
        "RIGHT",
    ),
    Column("Jongeren\n16–18", 0.11, _youths),
)


def _fit(text: str, width: float) -> str:
    limit = width - 8
    if stringWidth(text, fonts.REGULAR, FONT_SIZE) <= limit:
        return text
    while text and stringWidth(text + "…", fonts.REGULAR, FONT_SIZE) > limit:
        text = text[:-1]
    return text + "…"


def _summary(data: TeamOverview, width: float) -> list:
    st = styles()
    pairs = [
        ("Team", esc(data.team)),
        ("Peildatum", esc(long_date(data.today))),
        ("Open huishoudens", esc(number(data.households))),
        ("Regisseurs", esc(str(sum(1 for g in data.groups if g.regisseur_id)))),
        (
            "Gemiddeld",
            esc(
                f"{number(data.households / max(1, len(data.groups)), 1)} huishoudens per regisseur"
            ),
        ),
        ("Evaluatie verlopen", esc(number(data.overdue))),
        (
            "Caseloadnorm",
            esc(
                f"{number(data.caseload_norm)} per regisseur (gewicht per huishouden: "
                + ", ".join(f"{lv.code} = {data.weights.get(lv.code, 1)}" for lv in data.ladder)
                + ")"
            ),
        ),
        (f"Jongeren {data.transition_from_age}–18", esc(number(data.youths))),
        (
            "Signaal 18-/18+",
            esc(
                f"{number(data.youths_signalled)} (binnen {data.signal_months} maanden 18, "
                "zonder vastgesteld perspectiefplan)"
            ),
        ),
    ]
    levels = [lv.code for lv in data.ladder]
    head = ["Regisseur", *levels, "Totaal", "Last", "Norm", "Verlopen", "Signaal 18"]
    rows: list[list] = [head]
    over: list[int] = []
    for r, g in enumerate(data.groups, start=1):
        if g.percent is not None and g.percent > 100:
            over.append(r)
        rows.append(
            [
                _fit(g.regisseur, 0.26 * width),
                *(number(g.per_level.get(c, 0)) for c in levels),
                number(len(g.households)),
                number(g.load),
                "" if g.percent is None else f"{g.percent}%",
                number(g.overdue),
                number(g.youths_signalled),
            ]
        )
    rows.append(
        [
            "Totaal team",
            *(number(data.per_level.get(c, 0)) for c in levels),
            number(data.households),
            number(data.load),
            "",
            number(data.overdue),
            number(data.youths_signalled),
        ]
    )
    n = len(levels)
    rest = (0.74 * width) / (n + 5)
    extra = [
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("FONT", (0, -1), (-1, -1), fonts.BOLD, FONT_SIZE),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.HexColor("#1F3A5F")),
    ]
    for i, lv in enumerate(data.ladder, start=1):
        extra.append(("LINEBELOW", (i, 0), (i, 0), 2.5, level_colour(lv)))
    norm_col = n + 3
    for r in over:  # above the norm: in the alert colour
        extra.append(("TEXTCOLOR", (norm_col - 1, r), (norm_col, r), ALERT))
        extra.append(("FONT", (norm_col - 1, r), (norm_col, r), fonts.BOLD, FONT_SIZE))
    return [
        Paragraph("Teamoverzicht", st.title),
        Paragraph(esc(f"{data.team} · caseload per regisseur"), st.subtitle),
        Spacer(1, 4 * mm),
        key_values(pairs, width),
        CondPageBreak(40 * mm),
        Paragraph("Per regisseur", st.h2_flow),
        table(rows, [0.26 * width] + [rest] * (n + 5), extra=extra, font_size=FONT_SIZE),
        Spacer(1, 1.5 * mm),
        Paragraph(
            esc(
                "Last: de huishoudens gewogen naar niveau; Norm: de last als deel van de "
                f"caseloadnorm ({data.caseload_norm}), boven 100% in rood. "
                "Verlopen: de volgende evaluatie ligt voor de peildatum. Signaal 18: jongeren die "
                f"binnen {data.signal_months} maanden 18 worden zonder vastgesteld "
                "perspectiefplan. Alleen open huishoudens (niet afgesloten)."
            ),
            st.small,
        ),
    ]


def _group(data: TeamOverview, g, width: float) -> list:
    st = styles()
    levels = {lv.code: lv for lv in data.ladder}
    widths = [c.share * width for c in COLUMNS]
    rows: list[list] = [[c.title for c in COLUMNS]]
    extra: list[tuple] = []
    level_col = next(i for i, c in enumerate(COLUMNS) if c.title == "AVE")
    overdue_col = next(i for i, c in enumerate(COLUMNS) if c.title == "Dagen\nverlopen")
    youth_col = next(i for i, c in enumerate(COLUMNS) if c.title.startswith("Jongeren"))
    for i, c in enumerate(COLUMNS):
        if c.align == "RIGHT":
            extra.append(("ALIGN", (i, 0), (i, -1), "RIGHT"))
    for r, h in enumerate(g.households, start=1):
        rows.append([_fit(c.value(h), w) for c, w in zip(COLUMNS, widths, strict=True)])
        lv = levels.get(h.level)
        extra.append(("TEXTCOLOR", (level_col, r), (level_col, r), level_text_colour(lv)))
        extra.append(("FONT", (level_col, r), (level_col, r), fonts.BOLD, FONT_SIZE))
        if h.days_overdue:
            extra.append(("TEXTCOLOR", (overdue_col, r), (overdue_col, r), ALERT))
            extra.append(("FONT", (overdue_col, r), (overdue_col, r), fonts.BOLD, FONT_SIZE))
        if h.youths_signalled:
            extra.append(("TEXTCOLOR", (youth_col, r), (youth_col, r), ALERT))
    per_level = " · ".join(
        f"{lv.code}: {g.per_level.get(lv.code, 0)}"
        for lv in data.ladder
        if g.per_level.get(lv.code)
    )
    return [
        CondPageBreak(35 * mm),
        Paragraph(esc(f"{g.regisseur} · {len(g.households)} huishoudens"), st.h2_flow),
        table(rows, widths, extra=extra, font_size=FONT_SIZE),
        Spacer(1, 1 * mm),
        Paragraph(
            esc(f"Totaal per niveau: {per_level or '–'} · evaluatie verlopen: {g.overdue}"),
            st.small,
        ),
    ]


def render(data: TeamOverview) -> bytes:
    """The Teamoverzicht as PDF bytes (pure: no database, any thread)."""
    width = frame_width()
    story = _summary(data, width)
    for g in data.groups:
        story.extend(_group(data, g, width))
    info = PageInfo(
        title="Teamoverzicht",
        subject=f"{data.team} · {d(data.today)}",
        stamp=data.stamp,
        footer_note="voor de teamleider; niet verder verspreiden",
    )
    return build(story, info)


def teamoverzicht(ctx, team: str, *, target: Path | None = None) -> bytes:
    """Read (authorised and logged) and render; writes `target` atomically when given."""
    pdf = render(team_overview(ctx, team))
    if target is not None:
        write_pdf(pdf, target, ctx.vault.path)
    return pdf
