"""Ons plan: the household's own plan on one A4 page, in plain Dutch (B1), in big type.

Holds: what we want to reach (the goals, in everyday words), who does what and by when (the
open actions), when we look back together, and who to call.

Rules: exactly one page — the type steps down from 13 pt to 11 pt until it fits, and if the
plan is still too long the last actions are summed up in one line; no BSN, no case number, no
level, no status codes or leefgebied codes, no journal; the footer names who made it, when,
and the log reference (no "Vertrouwelijk" banner: it is the household's own paper)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from h4casus.domain.enums import OPEN_ACTION_STATUSES
from h4casus.reports import fonts
from h4casus.reports.layout import PageInfo, build, frame_width
from h4casus.reports.output import write_pdf
from h4casus.reports.styles import (
    ACCENT,
    HEADER_FILL,
    MARGIN_BOTTOM,
    MARGIN_X,
    MUTED,
    RULE,
    TEXT,
    esc,
    long_date,
)
from h4casus.services.queries.case_report import OwnPlanData, own_plan

# Everyday words for the leefgebieden (B1); unknown codes print no topic at all.
TOPIC = {
    "financien": "Geld",
    "werk_opleiding": "Werk en school",
    "tijdsbesteding": "Dagbesteding",
    "huisvesting": "Wonen",
    "huiselijke_relaties": "Thuis en gezin",
    "geestelijke_gezondheid": "Hoe je je voelt",
    "lichamelijke_gezondheid": "Gezondheid",
    "middelengebruik": "Alcohol en drugs",
    "basale_adl": "Voor jezelf zorgen",
    "instrumentele_adl": "Het huishouden",
    "sociaal_netwerk": "Familie en vrienden",
    "maatschappelijke_participatie": "Meedoen",
    "justitie": "Politie en rechter",
}
SIZES = (13.0, 12.0, 11.0)
TOP = 16 * mm
PAGE_H = 297 * mm


class _Type:
    def __init__(self, size: float) -> None:
        fonts.register()
        self.size = size
        base = dict(fontName=fonts.REGULAR, textColor=TEXT, alignment=TA_LEFT)
        self.title = ParagraphStyle(
            "t", fontSize=30, leading=34, textColor=ACCENT, fontName=fonts.BOLD
        )
        self.sub = ParagraphStyle(
            "s", fontSize=size + 1, leading=(size + 1) * 1.35, **{**base, "textColor": MUTED}
        )
        self.h = ParagraphStyle(
            "h",
            fontSize=size + 4,
            leading=(size + 4) * 1.25,
            fontName=fonts.BOLD,
            textColor=ACCENT,
            spaceBefore=size * 0.9,
            spaceAfter=size * 0.35,
        )
        self.body = ParagraphStyle("b", fontSize=size, leading=size * 1.4, **base)
        self.goal = ParagraphStyle(
            "g",
            fontSize=size,
            leading=size * 1.35,
            leftIndent=size * 1.6,
            firstLineIndent=-size * 1.6,
            spaceAfter=size * 0.45,
            **base,
        )
        self.cell = ParagraphStyle("c", fontSize=size - 1, leading=(size - 1) * 1.3, **base)
        self.cell_head = ParagraphStyle(
            "ch", fontSize=size - 1, leading=(size - 1) * 1.3, fontName=fonts.BOLD, textColor=ACCENT
        )


def _who(a, data: OwnPlanData) -> str:
    name = a.responsible_name
    if a.responsible_type == "inwoner":
        return name or "Jullie zelf"
    if a.responsible_type == "netwerk":
        return name or "Familie of vrienden"
    if a.responsible_type == "wijkteam":
        if not name or name.casefold() == "wijkteam":
            return data.regisseur or "Het wijkteam"
        return name
    return name or "Een hulpverlener"


def _story(
    data: OwnPlanData,
    size: float,
    max_actions: int | None = None,
    max_goals: int | None = None,
    compact: bool = False,
) -> list:
    ty = _Type(size)
    width = frame_width()
    plan = data.plan
    names = list(dict.fromkeys(data.member_names.values()))
    who = ", ".join(names[:-1]) + f" en {names[-1]}" if len(names) > 1 else "".join(names)
    out: list = [Paragraph("Ons plan", ty.title), Paragraph(esc(f"Voor {who}"), ty.sub)]
    if plan is None or not plan.goals:
        out.append(Spacer(1, 6 * mm))
        out.append(
            Paragraph(
                "We hebben nog geen doelen afgesproken. Dat doen we samen in het volgende gesprek.",
                ty.body,
            )
        )
    else:
        if data.is_concept:
            intro = "Dit is een voorstel. We bespreken het samen en passen het aan waar nodig."
        elif plan.agreed_on:
            intro = f"Dit hebben we samen afgesproken op {long_date(plan.agreed_on)}."
        else:
            intro = "Dit hebben we samen afgesproken."
        out.append(Spacer(1, 2 * mm))
        out.append(Paragraph(esc(intro), ty.body))
        goals = sorted((g for g in plan.goals if g.status != "vervallen"), key=lambda g: g.position)
        out.append(Paragraph("Wat willen we bereiken?", ty.h))
        shown_goals = goals if max_goals is None else goals[:max_goals]
        for i, g in enumerate(shown_goals, start=1):
            topic = TOPIC.get(g.leefgebied_code)
            person = data.member_names.get(g.person_id) if g.person_id else None
            text = f"<b>{i}.</b>&nbsp;&nbsp;"
            if topic:
                text += f"<font color='#5B6670'>{esc(topic)}:</font> "
            text += f"<b>{esc(g.title)}</b>"
            if person:
                text += f" (voor {esc(person)})"
            if g.status == "behaald":
                text += " — <font color='#2E6B34'>gelukt!</font>"
            if not compact:
                text += f"<br/>{esc(g.smart_result)}"
            out.append(Paragraph(text, ty.goal))
        if len(shown_goals) < len(goals):
            more = len(goals) - len(shown_goals)
            out.append(Paragraph(esc(f"En nog {more} doelen: die bespreken we samen."), ty.body))
        actions = [a for g in goals for a in g.actions if a.status in OPEN_ACTION_STATUSES]
        actions.sort(key=lambda a: (a.deadline is None, a.deadline))
        out.append(Paragraph("Wie doet wat?", ty.h))
        if not actions:
            out.append(Paragraph("Er staan nu geen afspraken open.", ty.body))
        else:
            shown = actions if max_actions is None else actions[:max_actions]
            rows = [[Paragraph(h, ty.cell_head) for h in ("Wat", "Wie", "Wanneer klaar")]]
            for a in shown:
                when = f"vóór {long_date(a.deadline)}" if a.deadline else "samen afspreken"
                rows.append(
                    [
                        Paragraph(esc(a.description), ty.cell),
                        Paragraph(esc(_who(a, data)), ty.cell),
                        Paragraph(esc(when), ty.cell),
                    ]
                )
            t = Table(rows, colWidths=[0.52 * width, 0.24 * width, 0.24 * width], hAlign="LEFT")
            t.setStyle(
                TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 10),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ]
                )
            )
            out.append(t)
            if len(shown) < len(actions):
                rest = len(actions) - len(shown)
                out.append(Spacer(1, 1.5 * mm))
                out.append(
                    Paragraph(
                        esc(f"En nog {rest} afspraken. Vraag ernaar bij je contactpersoon."),
                        ty.body,
                    )
                )
    out.append(Paragraph("Wanneer kijken we samen terug?", ty.h))
    if data.next_evaluation:
        out.append(
            Paragraph(
                esc(f"Op {long_date(data.next_evaluation)} praten we samen over hoe het gaat."),
                ty.body,
            )
        )
    else:
        out.append(Paragraph("We spreken samen een datum af om terug te kijken.", ty.body))
    out.append(Paragraph("Wie kun je bellen?", ty.h))
    if data.regisseur:
        out.append(
            Paragraph(esc(f"Je vaste contactpersoon is {data.regisseur} van {data.team}."), ty.body)
        )
    else:
        out.append(Paragraph(esc(f"Bel {data.team}."), ty.body))
    for c in data.contacts[:3]:
        org = f" ({c.organisation})" if c.organisation else ""
        out.append(
            Paragraph(
                esc(
                    f"Ook betrokken: {c.contact_name}{org}, telefoon {c.phone.replace(' ', chr(160))}."
                ),
                ty.body,
            )
        )
    return out


def _height(story: list, width: float) -> float:
    total = 0.0
    for f in story:
        _w, h = f.wrap(width, PAGE_H)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def _attempts(data: OwnPlanData):
    """Ever more compact versions, until one fits: smaller type, goals without their result
    line, fewer actions, fewer goals (the rest summed up in one line each)."""
    for size in SIZES:
        yield {"size": size}
    small = SIZES[-1]
    yield {"size": small, "compact": True}
    goals = data.plan.goals if data.plan else ()
    actions = sum(1 for g in goals for a in g.actions if a.status in OPEN_ACTION_STATUSES)
    for n in range(actions - 1, 2, -1):
        yield {"size": small, "compact": True, "max_actions": n}
    for n in range(len(goals) - 1, 0, -1):
        yield {"size": small, "compact": True, "max_actions": 3, "max_goals": n}


def render(data: OwnPlanData) -> bytes:
    """Ons plan as PDF bytes, always one page (pure: no database, any thread)."""
    width = frame_width()
    room = PAGE_H - TOP - MARGIN_BOTTOM - 6
    story: list = []
    for attempt in _attempts(data):
        story = _story(data, **attempt)
        if _height(story, width) <= room:
            break
    info = PageInfo(
        title="Ons plan", subject="", stamp=data.stamp, confidential=False, household=True
    )
    return build(story, info, margins=(MARGIN_X, MARGIN_X, TOP, MARGIN_BOTTOM))


def ons_plan(ctx, household_id: int, *, target: Path | None = None) -> bytes:
    """Read (authorised and logged) and render; writes `target` atomically when given."""
    pdf = render(own_plan(ctx, household_id))
    if target is not None:
        write_pdf(pdf, target, ctx.vault.path)
    return pdf
