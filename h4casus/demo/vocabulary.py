"""Words and weights the demo data is made of: Dutch surnames and given names, signal sources,
status and level weights, partners, goal templates per leefgebied, action and journal texts.
Plain data; the generator draws from it with its seeded random source."""

from __future__ import annotations

TUSSENVOEGSELS = (
    "van der",
    "van den",
    "van de",
    "van 't",
    "in 't",
    "van",
    "de",
    "den",
    "ter",
    "te",
)

COMMON_SURNAMES = (
    "Jansen",
    "de Vries",
    "van den Berg",
    "van Dijk",
    "Bakker",
    "Janssen",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "van der Linden",
    "Kok",
    "Jacobs",
    "de Haan",
    "Vermeulen",
    "van den Heuvel",
    "van der Veen",
    "van den Broek",
    "de Bruijn",
    "de Jong",
    "van Vliet",
    "Koster",
    "Prins",
    "van Wijk",
    "Verhoeven",
    "Willems",
    "Kuipers",
    "Hoekstra",
    "Maas",
    "Postma",
    "Verbeek",
    "Schouten",
    "Blom",
    "van Beek",
    "Vink",
    "Koning",
    "Groen",
    "Pronk",
    "Zuiderwijk",
    "van der Burg",
    "Olsthoorn",
    "Vreugdenhil",
    "Zwinkels",
    "van Geest",
    "Duijvestijn",
    "Yilmaz",
    "Kaya",
    "Demir",
    "Şahin",
    "Öztürk",
    "Çelik",
    "El Amrani",
    "Bouzid",
    "El Idrissi",
    "Ait Taleb",
    "Benali",
    "Pinas",
    "Biharie",
    "Ramdin",
    "Kromodikoro",
    "Nguyen",
    "Tran",
    "Kowalski",
    "Nowak",
    "Wiśniewski",
    "Haile",
    "Mohamed",
    "Ahmadi",
    "Hosseini",
    "Ali",
)
EXTRA_GIVEN = (
    "Mohammed",
    "Fatima",
    "Yusuf",
    "Ayşe",
    "Mehmet",
    "Zeynep",
    "Aisha",
    "Omar",
    "Noor",
    "Ibrahim",
    "Sanne",
    "Priya",
    "Rajesh",
    "Ewa",
    "Piotr",
    "Tesfay",
    "Liya",
    "Mila",
    "Daan",
)

SIGNAL_SOURCES = (
    ("zelfmelder", 30),
    ("huisarts", 15),
    ("school", 12),
    ("politie", 6),
    ("veilig thuis", 6),
    ("woningcorporatie", 8),
    ("jeugdgezondheidszorg", 8),
    ("netwerk", 10),
    ("anders", 5),
)
STATUS_WEIGHTS = (
    ("aangemeld", 6),
    ("intake", 10),
    ("actief", 52),
    ("nazorg", 12),
    ("afgesloten", 20),
)
ACTIVE_LEVEL_WEIGHTS = ((1, 16), (2, 58), (3, 19), (4, 7))
PARTNERS = (
    ("Jeugdformaat", "jeugdhulp", "huiselijke_relaties"),
    ("GGZ Delfland", "behandelaar", "geestelijke_gezondheid"),
    ("MEE Zuid-Holland Noord", "cliëntondersteuner", "maatschappelijke_participatie"),
    ("Kwadraad", "maatschappelijk werker", "financien"),
    ("Huisartsenpraktijk", "huisarts", "lichamelijke_gezondheid"),
    ("School", "intern begeleider", "werk_opleiding"),
    ("Vestia", "wijkconsulent", "huisvesting"),
    ("Woonbron", "woonconsulent", "huisvesting"),
    ("Kredietbank West-Nederland", "schuldhulpverlener", "financien"),
    ("Parnassia", "verslavingszorg", "middelengebruik"),
    ("Reclassering Nederland", "reclasseringswerker", "justitie"),
    ("Veilig Thuis Haaglanden", "medewerker", "huiselijke_relaties"),
    ("Jeugdbescherming West", "jeugdbeschermer", "huiselijke_relaties"),
    ("Werkplein Delft", "klantmanager", "werk_opleiding"),
    ("Buurtzorg", "wijkverpleegkundige", "basale_adl"),
)
INFORMAL_ROLES = (
    "oma",
    "opa",
    "buurvrouw",
    "buurman",
    "vriendin",
    "zus",
    "broer",
    "tante",
    "oom",
    "kerkgemeenschap",
    "voetbaltrainer",
    "mentor van de moskee",
)
# The circle of each informal role and the partner type of each professional role (the
# network map groups and scopes consent by them).
CIRCLE_OF_ROLE = {
    "oma": "familie",
    "opa": "familie",
    "zus": "familie",
    "broer": "familie",
    "tante": "familie",
    "oom": "familie",
    "buurvrouw": "buren",
    "buurman": "buren",
    "vriendin": "vrienden",
    "kerkgemeenschap": "geloofsgemeenschap",
    "mentor van de moskee": "geloofsgemeenschap",
    "voetbaltrainer": "vereniging",
}
PARTNER_TYPE_OF_ROLE = {
    "jeugdhulp": "jeugdhulp",
    "behandelaar": "ggz",
    "cliëntondersteuner": "clientondersteuning",
    "maatschappelijk werker": "maatschappelijk_werk",
    "huisarts": "huisarts",
    "intern begeleider": "school",
    "wijkconsulent": "woningcorporatie",
    "woonconsulent": "woningcorporatie",
    "schuldhulpverlener": "schuldhulp",
    "verslavingszorg": "verslavingszorg",
    "reclasseringswerker": "veiligheid",
    "medewerker": "veiligheid",
    "jeugdbeschermer": "veiligheid",
    "klantmanager": "werk_inkomen",
    "wijkverpleegkundige": "wijkverpleging",
}
EXTERNAL_REGIE = (
    "Jeugdbescherming West",
    "Veilig Thuis Haaglanden",
    "Raad voor de Kinderbescherming",
)
JOURNAL_TYPES = ("huisbezoek", "telefonisch", "overleg", "casusoverleg", "notitie")
RESPONSIBLE_TYPES = ("inwoner", "netwerk", "wijkteam", "aanbieder", "professional")
EIGEN_REGIE_REASONS = (
    "wil het plan zelf trekken, met het wijkteam op de achtergrond",
    "netwerk is sterk genoeg; het wijkteam blijft contactpersoon",
)
STALLED_SUBJECTS = (
    "Schuldhulpverlening start niet (wachtlijst)",
    "Intake GGZ twee keer uitgesteld",
    "Geen voortgang sinds de laatste evaluatie",
    "Woningcorporatie reageert niet op de afspraak",
)
# (closure reason code, text, follow-up arranged)
CLOSE_REASONS = (
    ("zelfredzaam", "doelen behaald, nazorg afgerond", False),
    ("verhuisd", "verhuisd naar een andere gemeente", True),
    ("overgedragen", "hulp overgedragen aan specialistische zorg", True),
    ("weigert hulp", "huishouden wil geen ondersteuning meer", False),
)

GOAL_TEMPLATES: dict[str, tuple[tuple[str, str], ...]] = {
    "financien": (
        (
            "Schulden in beeld en onder controle",
            "Binnen 3 maanden is er een overzicht van alle schulden en loopt een schuldregeling.",
        ),
        (
            "Vaste lasten op tijd betaald",
            "De huur en energie worden zes maanden op rij op tijd betaald.",
        ),
    ),
    "werk_opleiding": (
        ("Stap richting werk", "Binnen 6 maanden volgt {naam} een werkervaringsplek van 16 uur."),
        ("Diploma halen", "{naam} rondt dit schooljaar de opleiding af."),
    ),
    "tijdsbesteding": (
        ("Zinvolle dagbesteding", "{naam} gaat twee dagdelen per week naar dagbesteding."),
    ),
    "huisvesting": (
        ("Woning behouden", "Er is geen huisuitzetting; de huurachterstand is afgelost."),
        ("Passende woning", "Het huishouden staat ingeschreven en reageert wekelijks op woningen."),
    ),
    "huiselijke_relaties": (
        ("Rust in huis", "Er zijn afspraken over de opvoeding en er is geen geweld in huis."),
        ("Omgang geregeld", "Er is een omgangsregeling waar beide ouders zich aan houden."),
    ),
    "geestelijke_gezondheid": (
        ("Behandeling gestart", "{naam} is binnen 8 weken in behandeling bij de GGZ."),
    ),
    "lichamelijke_gezondheid": (
        ("Gezondheid op orde", "{naam} gaat weer regelmatig naar de huisarts."),
    ),
    "middelengebruik": (
        ("Minder gebruik", "{naam} is binnen 3 maanden in begeleiding bij verslavingszorg."),
    ),
    "basale_adl": (("Zelfstandig wonen", "{naam} krijgt thuiszorg en kan zich zelf redden."),),
    "instrumentele_adl": (
        ("Administratie zelf doen", "{naam} opent zelf de post met hulp van een maatje."),
    ),
    "sociaal_netwerk": (
        ("Netwerk versterken", "Er zijn twee mensen uit het netwerk die wekelijks helpen."),
    ),
    "maatschappelijke_participatie": (
        ("Meedoen in de wijk", "{naam} doet mee aan een activiteit in de wijk."),
    ),
    "justitie": (
        ("Geen nieuwe delicten", "{naam} houdt zich aan de voorwaarden van de reclassering."),
    ),
}
SMART_RESULTS = {
    (lg, title): smart for lg, goals in GOAL_TEMPLATES.items() for title, smart in goals
}
LEEFGEBIED_WEIGHTS = (
    ("financien", 20),
    ("huisvesting", 12),
    ("huiselijke_relaties", 14),
    ("werk_opleiding", 10),
    ("geestelijke_gezondheid", 10),
    ("sociaal_netwerk", 7),
    ("tijdsbesteding", 5),
    ("lichamelijke_gezondheid", 6),
    ("middelengebruik", 4),
    ("basale_adl", 3),
    ("instrumentele_adl", 4),
    ("maatschappelijke_participatie", 4),
    ("justitie", 2),
)
ACTION_TEXTS = {
    "inwoner": (
        "{naam} levert de post van de afgelopen maand aan",
        "{naam} meldt zich bij het Werkplein",
        "{naam} maakt een afspraak met de huisarts",
    ),
    "netwerk": (
        "{wie} helpt één keer per week met de administratie",
        "{wie} past op de kinderen op woensdag",
    ),
    "wijkteam": (
        "Aanmelding bij schuldhulpverlening",
        "Huisbezoek samen met de woonconsulent",
        "Multidisciplinair overleg organiseren",
    ),
    "aanbieder": ("Start ambulante gezinsbegeleiding", "Intake dagbesteding", "Start budgetbeheer"),
    "professional": (
        "Verwijzing naar de GGZ",
        "Overleg met de intern begeleider van school",
        "Afspraak met de jeugdarts",
    ),
}
JOURNAL_TEXTS = (
    "Huisbezoek afgelegd. {naam} vertelt dat het de afgelopen weken {stemming} gaat. "
    "We hebben de afspraken uit het plan doorgenomen.",
    "Telefonisch contact met {naam} over de brief van {org}. Afgesproken dat ik volgende week meega.",
    "Overleg met {org} over de voortgang. Zij zien {stemming} verbetering; volgende evaluatie gepland.",
    "Casusoverleg gehad met {org} en het wijkteam. Afspraken vastgelegd in het plan.",
    "Notitie: {naam} heeft de afspraak bij {org} gemist. Ik bel morgen terug.",
    "{naam} belde zelf: er is een nieuwe betalingsachterstand. Samen gekeken naar de mogelijkheden.",
    "Gesprek met {naam} en het netwerk over de verdeling van taken. Sfeer was {stemming}.",
    "Schoolgesprek over de aanwezigheid van de kinderen; school meldt {stemming} ontwikkeling.",
    "Intakegesprek: hulpvraag besproken, toestemming gevraagd voor contact met {org}.",
    "Evaluatie van het plan voorbereid met {naam}; doelen op financiën en wonen lopen.",
)
MOODS = ("goed", "wisselend", "moeizaam", "beter", "redelijk", "slecht", "rustig")
QUESTIONS = (
    "We willen rust in huis en geen schulden meer.",
    "Ik wil mijn huis niet kwijt en weer overzicht over de post.",
    "Hulp bij de opvoeding en een plek voor onze zoon op school.",
    "Ik wil weer aan het werk en minder alleen zijn.",
    "Graag een oplossing voor de huurachterstand en hulp bij formulieren.",
)
TRANSITION_TEXT = {
    "wonen": "Blijft voorlopig thuis wonen; wil over een jaar op kamers.",
    "school": "Volgt mbo niveau 2, stage geregeld.",
    "werk": "Bijbaan bij de supermarkt.",
    "inkomen": "Zorgtoeslag en studiefinanciering aanvragen vóór 18.",
    "zorg": "Verlengde jeugdhulp besproken met Jeugdformaat.",
    "veiligheid": "Geen zorgen op dit moment.",
    "relaties": "Goed contact met oma, weinig vrienden.",
    "vrije_tijd": "Voetbal bij de club in de wijk.",
}

TIMES = [f"{h:02d}:{mi:02d}:00.000000" for h in range(8, 18) for mi in range(0, 60, 5)]
N_TIMES = len(TIMES)

# Meldcode step 4 (domain.meldcode.QUESTIONS): the answers behind a decision to report to
# Veilig Thuis, and behind a decision to organise help.
MELDING_ANSWERS = (("vermoeden", True), ("onveiligheid", True))
HELP_ANSWERS = (
    ("vermoeden", True),
    ("onveiligheid", False),
    ("hulp_mogelijk", True),
    ("hulp_aanvaard", True),
    ("duurzame_veiligheid", True),
)
