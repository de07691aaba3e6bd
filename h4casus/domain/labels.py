"""The words users see for stored values, shared by the desktop app, the command line and the
reports, so a status reads the same everywhere.

Stored values stay lower case (`actief`, `jeugdwet`); a screen or a printed line shows the
label. Counts in sentences go through `counted`, so "1 huishouden" and "2 huishoudens" are
never "1 huishoudens". No I/O.
"""

from __future__ import annotations

from h4casus.domain.enums import FileKind, HouseholdStatus

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
