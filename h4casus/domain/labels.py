"""The words users see for stored values, shared by the desktop app, the command line and the
reports, so a status reads the same everywhere.

Stored values stay lower case (`actief`, `jeugdwet`); a screen or a printed line shows the
label. Counts in sentences go through `counted`, so "1 huishouden" and "2 huishoudens" are
never "1 huishoudens". No I/O.
"""

from __future__ import annotations

from h4casus.domain.enums import ClosureReason, FileKind, HouseholdStatus

STATUS_LABELS: dict[str, str] = {
    HouseholdStatus.AANGEMELD.value: "Aangemeld",
    HouseholdStatus.INTAKE.value: "Intake",
    HouseholdStatus.ACTIEF.value: "Actief",
    HouseholdStatus.NAZORG.value: "Nazorg",
    HouseholdStatus.AFGESLOTEN.value: "Afgesloten",
}

FILE_KIND_LABELS: dict[str, str] = {
    FileKind.JEUGDWET.value: "Jeugdwet",
    FileKind.WMO.value: "Wmo",
    FileKind.PARTICIPATIEWET.value: "Participatiewet",
}


CLOSURE_LABELS: dict[str, str] = {
    ClosureReason.ZELFREDZAAM.value: "Zelfredzaam: het huishouden redt zich zelf",
    ClosureReason.OVERGEDRAGEN.value: "Overgedragen aan een andere organisatie",
    ClosureReason.VERHUISD.value: "Verhuisd",
    ClosureReason.WEIGERT_HULP.value: "Het huishouden weigert hulp",
    ClosureReason.OVERLEDEN.value: "Overleden",
    ClosureReason.ANDERS.value: "Anders (toelichting)",
}


def closure_label(code: str | None) -> str:
    """'verhuisd' -> 'Verhuisd'; none (closed before reasons were recorded) -> 'onbekend'."""
    if not code:
        return "onbekend"
    return CLOSURE_LABELS.get(code, code)


def status_label(status: str) -> str:
    """'actief' -> 'Actief'; an unknown value is shown as stored."""
    return STATUS_LABELS.get(status, status)


def file_kind_label(kind: str) -> str:
    return FILE_KIND_LABELS.get(kind, kind)


def counted(n: int, singular: str, plural: str) -> str:
    """'1 huishouden', '0 huishoudens', '2 huishoudens'."""
    return f"{n} {singular if n == 1 else plural}"


def number_range(first: str, last: str) -> str:
    """'2026-000201' for one, '2026-000201 t/m 2026-000203' for more."""
    return first if first == last else f"{first} t/m {last}"
