"""18-/18+ overzicht: every youth from 16 up to 18 in a team's open households, nearest to 18
first, with their birthday, the state of the perspectiefplan and of its checklist, the 18+
contact and the transfer date.

Rules: youths without a vastgesteld perspectiefplan are highlighted (amber), and red when they
turn 18 within the signal window (the goal: every youth has one before 18); one table per
team, split across pages with its header repeated; landscape A4; every page carries
*Vertrouwelijk*, the print stamp and "Pagina X van Y"."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Paragraph, Spacer

from h4casus.reports import fonts
from h4casus.reports.common import PLAN_STATE
from h4casus.reports.layout import PageInfo, build, frame_width
from h4casus.reports.output import write_pdf
from h4casus.reports.styles import (
    ALERT,
    ALERT_FILL,
    WARN_FILL,
    d,
    esc,
    key_values,
    long_date,
    number,
    styles,
    table,
)
from h4casus.services.queries.transition_overview import (
    TransitionOverview,
    YouthLine,
    transition_overview,
)

FONT_SIZE = 7.5
HEAD = (
    ("Naam", 0.16),
    ("Dossier", 0.08),
    ("Regisseur", 0.13),
    ("Geboren", 0.07),
    ("18 op", 0.07),
    ("Nog\ndagen", 0.05),
    ("Perspectief-\nplan", 0.08),
    ("Checklist", 0.07),
    ("Verlengde\njeugdhulp", 0.08),
    ("Contact 18+", 0.13),
    ("Overdracht", 0.08),
)


def _fit(text: str, width: float) -> str:
    limit = width - 8
    if stringWidth(text, fonts.REGULAR, FONT_SIZE) <= limit:
        return text
    while text and stringWidth(text + "…", fonts.REGULAR, FONT_SIZE) > limit:
        text = text[:-1]
    return text + "…"


def _cells(y: YouthLine) -> list[str]:
    checklist = f"{y.items_done} van {y.items_total}" if y.items_total else "–"
    return [
        y.name,
        y.case_number,
        y.regisseur or "–",
        d(y.birth_date),
        d(y.turns_18_on),
        str(y.days_left),
        PLAN_STATE.get(y.plan_state, y.plan_state),
        checklist,
        "besloten" if y.extended_care_decided else "open",
        y.contact_18plus or "–",
        d(y.transfer_date),
    ]


def _team_table(data: TransitionOverview, team, width: float) -> list:
    st = styles()
    widths = [share * width for _t, share in HEAD]
    rows: list[list] = [[t for t, _s in HEAD]]
    extra: list[tuple] = [("ALIGN", (5, 0), (5, -1), "RIGHT")]
    for r, y in enumerate(team.youths, start=1):
        rows.append([_fit(c, w) for c, w in zip(_cells(y), widths, strict=True)])
        if y.plan_state != "vastgesteld":
            fill = ALERT_FILL if y.signalled else WARN_FILL
            extra.append(("BACKGROUND", (0, r), (-1, r), fill))
            extra.append(("FONT", (6, r), (6, r), fonts.BOLD, FONT_SIZE))
            if y.signalled:
                extra.append(("TEXTCOLOR", (0, r), (0, r), ALERT))
                extra.append(("TEXTCOLOR", (4, r), (6, r), ALERT))
    signalled = sum(1 for y in team.youths if y.signalled)
    without = sum(1 for y in team.youths if y.plan_state != "vastgesteld")
    out: list = [
        CondPageBreak(30 * mm),
        Paragraph(esc(f"{team.team} · {len(team.youths)} jongeren"), st.h2_flow),
    ]
    if not team.youths:
        return out + [Paragraph("Geen jongeren van 16 of 17 in open huishoudens.", st.small)]
    out.append(table(rows, widths, zebra=False, extra=extra, font_size=FONT_SIZE))
    out.append(Spacer(1, 1 * mm))
    out.append(
        Paragraph(
            esc(
                f"Zonder vastgesteld perspectiefplan: {without}, van wie {signalled} binnen "
                f"{data.signal_months} maanden 18 wordt."
            ),
            st.small,
        )
    )
    return out


def _teams_label(data: TransitionOverview) -> str:
    if len(data.teams) > 2:
        return f"{len(data.teams)} teams"
    return ", ".join(t.team for t in data.teams) or "–"


def render(data: TransitionOverview) -> bytes:
    """The 18-/18+ overzicht as PDF bytes (pure: no database, any thread)."""
    st = styles()
    width = frame_width(wide=True)
    everyone = [y for t in data.teams for y in t.youths]
    pairs = [
        ("Teams", esc(_teams_label(data))),
        ("Peildatum", esc(long_date(data.today))),
        (f"Jongeren {data.from_age}–18", esc(number(len(everyone)))),
        (
            "Zonder vastgesteld plan",
            esc(number(sum(1 for y in everyone if y.plan_state != "vastgesteld"))),
        ),
        (
            f"Signaal (< {data.signal_months} mnd)",
            esc(number(sum(1 for y in everyone if y.signalled))),
        ),
        (
            "Met vastgesteld plan",
            esc(number(sum(1 for y in everyone if y.plan_state == "vastgesteld"))),
        ),
    ]
    story: list = [
        Paragraph("18-/18+ overzicht", st.title),
        Paragraph("Jongeren op weg naar 18 en hun perspectiefplan", st.subtitle),
        Spacer(1, 3 * mm),
        key_values(pairs, width * 0.75, columns=2),
        Spacer(1, 2 * mm),
        Paragraph(
            esc(
                "Oranje: nog geen vastgesteld perspectiefplan. Rood: wordt binnen "
                f"{data.signal_months} maanden 18 zonder vastgesteld perspectiefplan. Doel: elke "
                "jongere heeft vóór 18 een vastgesteld perspectiefplan. Checklist: punten "
                "geregeld of niet van toepassing, van het totaal."
            ),
            st.small,
        ),
    ]
    for team in data.teams:
        story.extend(_team_table(data, team, width))
    info = PageInfo(
        title="18-/18+ overzicht",
        subject=f"{_teams_label(data)} · {d(data.today)}",
        stamp=data.stamp,
        footer_note="voor de teamleider; niet verder verspreiden",
    )
    return build(story, info, wide=True)


def overzicht_18(ctx, team: str | None = None, *, target: Path | None = None) -> bytes:
    """Read (authorised and logged) and render; writes `target` atomically when given."""
    pdf = render(transition_overview(ctx, team))
    if target is not None:
        write_pdf(pdf, target, ctx.vault.path)
    return pdf
