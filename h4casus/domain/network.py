"""Words of the network map, shared by the screens, the command line and the reports (no I/O).

Rules: partner types and informal circles are stored as codes (`domain.enums`); every face
shows the label from here. The fixed partners (jeugdgezondheidszorg, school, huisarts) are
offered when the household has children: a member who is a child or younger than 18.
"""

from __future__ import annotations

from collections.abc import Iterable

from h4casus.domain.enums import FIXED_PARTNERS, InformalCircle, NetworkKind, PartnerType

PARTNER_TYPE_LABELS: dict[str, str] = {
    PartnerType.JGZ.value: "Jeugdgezondheidszorg",
    PartnerType.SCHOOL.value: "School",
    PartnerType.HUISARTS.value: "Huisarts",
    PartnerType.JEUGDHULP.value: "Jeugdhulp",
    PartnerType.GGZ.value: "GGZ",
    PartnerType.CLIENTONDERSTEUNING.value: "Cliëntondersteuning",
    PartnerType.MAATSCHAPPELIJK_WERK.value: "Maatschappelijk werk",
    PartnerType.SCHULDHULP.value: "Schuldhulpverlening",
    PartnerType.WONINGCORPORATIE.value: "Woningcorporatie",
    PartnerType.VERSLAVINGSZORG.value: "Verslavingszorg",
    PartnerType.VEILIGHEID.value: "Veiligheid en justitie",
    PartnerType.WERK_INKOMEN.value: "Werk en inkomen",
    PartnerType.WIJKVERPLEGING.value: "Wijkverpleging",
    PartnerType.ANDERS.value: "Andere partner",
}

CIRCLE_LABELS: dict[str, str] = {
    InformalCircle.FAMILIE.value: "Familie",
    InformalCircle.VRIENDEN.value: "Vrienden",
    InformalCircle.BUREN.value: "Buren",
    InformalCircle.GELOOFSGEMEENSCHAP.value: "Kerk of moskee",
    InformalCircle.VERENIGING.value: "Club of vereniging",
    InformalCircle.ANDERS.value: "Anders",
}

KIND_LABELS: dict[str, str] = {
    NetworkKind.INFORMEEL.value: "Eigen netwerk",
    NetworkKind.FORMEEL.value: "Professionals",
}


def partner_type_label(code: str | None) -> str:
    return PARTNER_TYPE_LABELS.get(code or "", code or "")


def circle_label(code: str | None) -> str:
    return CIRCLE_LABELS.get(code or "", code or "")


def suggested_partners(
    has_children: bool, present_types: Iterable[str | None]
) -> tuple[PartnerType, ...]:
    """The fixed partners to offer: only when there are children, and only those the
    household's active network does not have yet."""
    if not has_children:
        return ()
    present = set(present_types)
    return tuple(p for p in FIXED_PARTNERS if p.value not in present)
