"""The H4/H5 region as the demo data knows it: per wijkteam its gemeente, its share of the
region's households, and its wijken with real postcode areas and street names. Postcode
letters follow PostNL (no SA, SD, SS)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Wijk:
    name: str
    city: str
    postcodes: tuple[int, ...]
    streets: tuple[str, ...] = ()


@dataclass(frozen=True)
class TeamArea:
    team: str
    gemeente: str
    weight: float  # share of the region's households
    wijken: tuple[Wijk, ...]


AREAS: tuple[TeamArea, ...] = (
    TeamArea(
        "Wijkteam Delft-Noord",
        "Delft",
        0.13,
        (
            Wijk("Vrijenban", "Delft", (2612, 2614), ("Papsouwselaan", "Kruithuisweg")),
            Wijk("Wippolder", "Delft", (2613, 2628), ("Mekelweg", "Jaffalaan", "Schoemakerstraat")),
            Wijk("Delftse Hout", "Delft", (2614, 2616), ("Korftlaan", "Aart van der Leeuwlaan")),
            Wijk("Schieweg", "Delft", (2627,), ("Schieweg", "Rotterdamseweg")),
        ),
    ),
    TeamArea(
        "Wijkteam Delft-Zuid",
        "Delft",
        0.14,
        (
            Wijk("Voorhof", "Delft", (2624, 2625), ("Chopinlaan", "Mozartlaan", "Händelstraat")),
            Wijk("Buitenhof", "Delft", (2625, 2622), ("Aart van der Leeuwlaan", "Sportring")),
            Wijk("Tanthof", "Delft", (2623, 2629), ("Abtswoudseweg", "Tanthofkade")),
            Wijk("Hof van Delft", "Delft", (2613, 2611), ("Westlandseweg", "Laan van Altena")),
            Wijk("Binnenstad", "Delft", (2611,), ("Oude Delft", "Voorstraat", "Koornmarkt")),
        ),
    ),
    TeamArea(
        "Wijkteam Rijswijk",
        "Rijswijk",
        0.17,
        (
            Wijk("Oud-Rijswijk", "Rijswijk", (2281, 2282), ("Herenstraat", "Haagweg")),
            Wijk("Te Werve", "Rijswijk", (2283, 2284), ("Van Vredenburchweg", "Jan Thijssenweg")),
            Wijk("Stervoorde", "Rijswijk", (2285, 2286), ("Prinses Irenelaan", "Lindelaan")),
            Wijk("Welgelegen", "Rijswijk", (2287, 2288), ("Generaal Spoorlaan", "Steenvoordelaan")),
            Wijk("Rijswijk-Buiten", "Rijswijk", (2289,), ("Laan van Hoornwijck",)),
        ),
    ),
    TeamArea(
        "Wijkteam Westland-Noord",
        "Westland",
        0.16,
        (
            Wijk("Monster", "Monster", (2681,), ("Choorstraat", "Havenstraat")),
            Wijk("Ter Heijde", "Ter Heijde", (2684,), ("Strandweg",)),
            Wijk("'s-Gravenzande", "'s-Gravenzande", (2691, 2692, 2693, 2694), ("Langestraat",)),
            Wijk("Poeldijk", "Poeldijk", (2685,), ("Voorstraat", "Julianaweg")),
        ),
    ),
    TeamArea(
        "Wijkteam Westland-Zuid",
        "Westland",
        0.17,
        (
            Wijk("Naaldwijk", "Naaldwijk", (2671,), ("Herenstraat", "Verspycklaan", "Dijkweg")),
            Wijk("Honselersdijk", "Honselersdijk", (2675,), ("Dijkweg",)),
            Wijk("Maasdijk", "Maasdijk", (2676,), ("Dijkweg", "Wilhelminastraat")),
            Wijk("De Lier", "De Lier", (2678,), ("Hoofdstraat", "Kerkstraat")),
            Wijk("Wateringen", "Wateringen", (2291,), ("Herenstraat", "Pijletuinenweg")),
            Wijk("Kwintsheul", "Kwintsheul", (2295,), ("Heulweg",)),
        ),
    ),
    TeamArea(
        "Wijkteam Midden-Delfland",
        "Midden-Delfland",
        0.06,
        (
            Wijk("Maasland", "Maasland", (3155,), ("Commandeurssingel", "Zuidgaag")),
            Wijk("Schipluiden", "Schipluiden", (2636,), ("Keenenburgweg", "Dorpsstraat")),
            Wijk("Den Hoorn", "Den Hoorn", (2635,), ("Dorpsstraat", "Oranjestraat")),
        ),
    ),
    TeamArea(
        "Wijkteam Pijnacker-Nootdorp",
        "Pijnacker-Nootdorp",
        0.17,
        (
            Wijk("Pijnacker-Centrum", "Pijnacker", (2641, 2642), ("Oostlaan", "Emmastraat")),
            Wijk("Klapwijk", "Pijnacker", (2643, 2644), ("Klapwijkseweg",)),
            Wijk("Delfgauw", "Delfgauw", (2645,), ("Laan van Delfgauw",)),
            Wijk("Nootdorp", "Nootdorp", (2631, 2632), ("Dorpsstraat", "Veenweg")),
            Wijk("Ypenburg-Oost", "Nootdorp", (2632,), ("Brasserskade",)),
        ),
    ),
)

POSTCODE_LETTERS = [
    a + b
    for a in "ABCDEGHJKLMNPRSTVWXZ"
    for b in "ABCDEGHJKLMNPRSTVWXZ"
    if a + b not in ("SA", "SD", "SS")
]
