"""A battery of made-up sentences for the kinds of issue 11 (extraction must generalise to unseen letters).

Every sentence was written for this battery, set in a short made-up letter (a letter date and the post that
signs it), with what /work/shared/CONVENTIONS.md says a parliamentary-affairs officer records for it: a
promise of a kind (toezegging: to inform or send the Kamer something; deliverable: a product or act that is
no message to the Kamer) with its deadline (None where CONVENTIONS gives no date), the moties it names, or
nothing (false alarms). In a body the sentence under test is marked ``[[…]]``; the other sentences are its
context and are not judged.
"""

from dataclasses import dataclass, field
from datetime import date

import pytest

from commitments.extraction import Found, extract

POSTS = {
    "IenW": ("De Minister van Infrastructuur en Waterstaat", "R. Mulder"),
    "IenW-s": ("De Staatssecretaris van Infrastructuur en Waterstaat", "T. Brink"),
    "VWS": ("De Minister van Volksgezondheid, Welzijn en Sport", "A. Verhoef"),
    "VWS-s": ("De Staatssecretaris van Volksgezondheid, Welzijn en Sport", "K. Dijkstra"),
    "OCW": ("De Minister van Onderwijs, Cultuur en Wetenschap", "E. Bos"),
    "LVVN": ("De Minister van Landbouw, Visserij, Voedselzekerheid en Natuur", "H. Smit"),
    "JenV": ("De Minister van Justitie en Veiligheid", "P. de Wit"),
    "JenV-s": ("De Staatssecretaris van Justitie en Veiligheid", "L. Kok"),
    "SZW": ("De Minister van Sociale Zaken en Werkgelegenheid", "M. Visser"),
    "FIN": ("De Minister van Financiën", "S. Meijer"),
    "FIN-s": ("De Staatssecretaris van Financiën", "D. Hendriks"),
    "BZK": ("De Minister van Binnenlandse Zaken en Koninkrijksrelaties", "J. Peters"),
    "BZK-s": ("De Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties", "N. Willems"),
    "DEF": ("De Minister van Defensie", "G. van Leeuwen"),
    "KGG": ("De Minister van Klimaat en Groene Groei", "F. Jacobs"),
    "EZ": ("De Minister van Economische Zaken", "W. Schouten"),
    "BZ": ("De Minister van Buitenlandse Zaken", "C. Vos"),
}

MONTHS = [
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
]

LETTER = """Den Haag, {day}

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
Postbus 20018
2500 EA DEN HAAG

Onderwerp: Stand van zaken

Geachte voorzitter,

De afgelopen periode is op dit terrein veel in beweging geweest.

{body}

Ik vertrouw erop dat dit overzicht van nut is bij uw werk.

{post},

{name}
"""

D1 = date(2024, 3, 15)
D2 = date(2024, 10, 3)
D3 = date(2025, 2, 10)
D4 = date(2025, 11, 20)
D5 = date(2026, 1, 22)


@dataclass(frozen=True)
class Case:
    """One sentence under test: ``kind`` None means no promise may be found in it."""

    name: str
    who: str
    day: date
    body: str
    kind: str | None = None
    due: date | None = None
    recurring: bool = False
    moties: dict[str, str] = field(default_factory=dict)


def _letter(case: Case) -> tuple[str, int, int]:
    """The letter text of ``case`` and the span of its marked sentence."""
    post, name = POSTS[case.who]
    day = f"{case.day.day} {MONTHS[case.day.month - 1]} {case.day.year}"
    target = case.body[case.body.index("[[") + 2 : case.body.index("]]")]
    text = LETTER.format(day=day, body=case.body.replace("[[", "").replace("]]", ""), post=post, name=name)
    return text, text.index(target), len(target)


def _findings(case: Case) -> tuple[list[Found], list[Found]]:
    """The non-motie items found overlapping the marked sentence, and all moties of the letter."""
    text, start, length = _letter(case)
    result = extract(text, case.day, today=case.day)
    target = text[start : start + length]
    at = result.text.find(target)
    assert at >= 0, "the marked sentence is not in the extraction's text"
    end = at + len(target)
    hits = [
        item for item in result.commitments if item.kind != "motie" and item.start < end and at < item.end
    ]
    moties = [item for item in result.commitments if item.kind == "motie"]
    return hits, moties


def P(
    name: str,
    who: str,
    day: date,
    body: str,
    kind: str,
    due: date | None,
    recurring: bool = False,
    moties: dict[str, str] | None = None,
) -> Case:
    """A promise of ``kind`` due ``due`` (with the moties of its letter, when given)."""
    return Case(name, who, day, body, kind, due, recurring, moties or {})


def N(name: str, who: str, day: date, body: str) -> Case:
    """No promise."""
    return Case(name, who, day, body)


def M(name: str, who: str, day: date, body: str, moties: dict[str, str]) -> Case:
    """Only moties (and no promise in the marked sentence)."""
    return Case(name, who, day, body, moties=moties)


T = "toezegging"
D = "deliverable"

KAMER_AS_SUBJECT = [
    P(
        "kamer-ontvangt",
        "IenW",
        D1,
        "[[U ontvangt de resultaten van de verkeersveiligheidsmonitor voor het zomerreces.]]",
        T,
        date(2024, 7, 4),
    ),
    P(
        "kamer-tegemoet-zien",
        "VWS-s",
        D3,
        "De wijkverpleging staat onder druk. [[Uw Kamer kan de kabinetsreactie op het rapport over de "
        "wijkverpleging medio mei tegemoet zien.]]",
        T,
        date(2025, 5, 20),
    ),
    P(
        "kamer-wordt-geinformeerd",
        "OCW",
        D2,
        "[[De Kamer wordt voor het kerstreces geïnformeerd over de uitkomsten van de pilot met de verkorte "
        "lerarenopleiding.]]",
        T,
        date(2024, 12, 19),
    ),
    P(
        "kamer-ontvangt-kwartaal",
        "LVVN",
        D4,
        "[[Uw Kamer ontvangt in het eerste kwartaal van 2026 een overzicht van de gesloten "
        "veehouderijlocaties.]]",
        T,
        date(2026, 3, 31),
    ),
    P(
        "kamer-nader-geinformeerd",
        "BZK",
        D5,
        "De huren in het middensegment stijgen nog altijd. [[Uw Kamer wordt uiterlijk 1 april nader "
        "geïnformeerd over de huurprijsontwikkeling in de middenhuur.]]",
        T,
        date(2026, 4, 1),
    ),
    P(
        "kamer-kan-verwachten",
        "SZW",
        D1,
        "[[U kunt de uitgewerkte plannen voor de vereenvoudiging van de kinderopvangtoeslag na de zomer "
        "verwachten.]]",
        T,
        date(2024, 9, 30),
    ),
    P(
        "kamer-zal-ontvangen",
        "JenV",
        D3,
        "[[De Kamer zal voor Prinsjesdag een tweede voortgangsbrief over de aanpak van ondermijning "
        "ontvangen.]]",
        T,
        date(2025, 9, 16),
    ),
    P(
        "kamer-krijgt-toegestuurd",
        "DEF",
        D2,
        "[[Uw Kamer krijgt begin volgend jaar de herziene lijst van materieelprojecten toegestuurd.]]",
        T,
        date(2025, 3, 31),
    ),
    P(
        "kamer-binnen-maanden",
        "FIN",
        D4,
        "Er liggen drie varianten op tafel. [[U ontvangt binnen drie maanden de uitwerking van de varianten "
        "voor de heffing in box 3.]]",
        T,
        date(2026, 2, 20),
    ),
    P(
        "kamer-zal-worden-geinformeerd",
        "KGG",
        D1,
        "[[Uw Kamer zal dit najaar worden geïnformeerd over de voortgang van de aanpak van netcongestie.]]",
        T,
        date(2024, 12, 21),
    ),
    P(
        "kamer-mag-tegemoet-zien",
        "BZ",
        D5,
        "[[De Kamer mag de evaluatie van het mensenrechtenfonds eind juni tegemoet zien.]]",
        T,
        date(2026, 6, 30),
    ),
    P(
        "kamer-wordt-bericht",
        "EZ",
        D3,
        "[[U wordt in de tweede helft van dit jaar bericht over de uitkomst van de marktconsultatie over "
        "digitale identiteit.]]",
        T,
        date(2025, 12, 31),
    ),
]

PASSIVES = [
    P(
        "passief-aangeboden",
        "IenW",
        D3,
        "[[De evaluatie van de Omgevingswet wordt uiterlijk 1 oktober aan uw Kamer aangeboden.]]",
        T,
        date(2025, 10, 1),
    ),
    P(
        "passief-vastgesteld",
        "VWS",
        D2,
        "[[Het landelijk actieplan tegen eenzaamheid zal in het voorjaar van 2025 worden vastgesteld.]]",
        D,
        date(2025, 6, 20),
    ),
    P(
        "passief-gepubliceerd",
        "OCW",
        D4,
        "[[De nieuwe kerndoelen voor burgerschap worden in het derde kwartaal van 2026 gepubliceerd.]]",
        D,
        date(2026, 9, 30),
    ),
    P(
        "passief-consultatie",
        "JenV-s",
        D1,
        "[[Het conceptwetsvoorstel over de herziening van het jeugdstrafrecht wordt voor de zomer in "
        "internetconsultatie gebracht.]]",
        D,
        date(2024, 7, 4),
    ),
    P(
        "passief-gestuurd",
        "LVVN",
        D5,
        "[[Het uitvoeringsplan voor de mestverwerking zal eind maart aan uw Kamer worden gestuurd.]]",
        T,
        date(2026, 3, 31),
    ),
    P(
        "passief-u-toegezonden",
        "SZW",
        D2,
        "[[De resultaten van het onderzoek naar armoede onder werkenden worden u voor het kerstreces "
        "toegezonden.]]",
        T,
        date(2024, 12, 19),
    ),
    P(
        "passief-afgerond",
        "BZK",
        D3,
        "[[De aanbesteding voor het beheer van de rijkskantoren wordt in juni afgerond.]]",
        D,
        date(2025, 6, 30),
    ),
    P(
        "passief-gelanceerd",
        "DEF",
        D4,
        "[[De nieuwe wervingscampagne van Defensie wordt begin 2026 gelanceerd.]]",
        D,
        date(2026, 3, 31),
    ),
    P(
        "passief-gerapporteerd",
        "FIN",
        D1,
        "[[Over de voortgang van de hersteloperatie wordt uw Kamer in juni gerapporteerd.]]",
        T,
        date(2024, 6, 30),
    ),
    P(
        "passief-opengesteld",
        "KGG",
        D3,
        "[[De regeling voor de aanleg van warmtenetten wordt na de zomer opengesteld voor aanvragen.]]",
        D,
        date(2025, 9, 30),
    ),
    P(
        "passief-gezonden-weken",
        "IenW-s",
        D5,
        "[[De kabinetsreactie op het advies over de tarieven op het spoor zal binnen zes weken naar uw Kamer "
        "worden gezonden.]]",
        T,
        date(2026, 3, 5),
    ),
    P(
        "passief-gestart",
        "OCW",
        D1,
        "[[Er wordt dit jaar gestart met een landelijke proef met lessen digitale geletterdheid in het "
        "mbo.]]",
        D,
        date(2024, 12, 31),
    ),
]

ACTORS = [
    P(
        "kabinet-zal-sturen",
        "IenW",
        D2,
        "[[Het kabinet zal uw Kamer voor het kerstreces een uitgewerkt voorstel voor de vrachtwagenheffing "
        "sturen.]]",
        T,
        date(2024, 12, 19),
    ),
    P(
        "wij-zullen-informeren",
        "VWS",
        D3,
        "[[Wij zullen u voor het zomerreces nader informeren over de uitkomsten van het overleg met de "
        "zorgverzekeraars.]]",
        T,
        date(2025, 7, 3),
    ),
    P(
        "de-minister-in-letter-stas",
        "FIN-s",
        D4,
        "[[De minister van Financiën zal de Kamer in het voorjaar informeren over de uitkomsten van het "
        "onderzoek naar de bankenbelasting.]]",
        T,
        date(2026, 6, 20),
    ),
    P(
        "de-staatssecretaris-stuurt",
        "JenV",
        D5,
        "[[De staatssecretaris stuurt u voor 1 juni de evaluatie van de regeling voor elektronisch "
        "toezicht.]]",
        T,
        date(2026, 6, 1),
    ),
    P(
        "kabinet-legt-voor",
        "OCW",
        D1,
        "[[Het kabinet legt voor Prinsjesdag een voorstel voor de bekostiging van het funderend onderwijs "
        "aan uw Kamer voor.]]",
        T,
        date(2024, 9, 17),
    ),
    P(
        "wij-gaan-van-start",
        "LVVN",
        D2,
        "[[Wij gaan in het eerste kwartaal van 2025 van start met de regeling voor vrijwillige beëindiging "
        "van glastuinbouwbedrijven.]]",
        D,
        date(2025, 3, 31),
    ),
    P(
        "de-minister-laat-weten",
        "SZW",
        D4,
        "[[De minister laat uw Kamer binnen twee maanden weten welke keuze het kabinet maakt over vervroegd "
        "pensioen bij zware beroepen.]]",
        T,
        date(2026, 1, 20),
    ),
    P(
        "de-staatssecretaris-raad-van-state",
        "BZK-s",
        D1,
        "[[De staatssecretaris zal het voorstel tot wijziging van de Wet open overheid eind 2024 voor advies "
        "naar de Raad van State sturen.]]",
        D,
        date(2024, 12, 31),
    ),
    P(
        "kabinet-publiceert",
        "EZ",
        D5,
        "[[Het kabinet publiceert in het tweede kwartaal de nieuwe industriestrategie.]]",
        D,
        date(2026, 6, 30),
    ),
    P(
        "wij-informeren",
        "DEF",
        D3,
        "[[Wij informeren uw Kamer na het zomerreces over de stand van de personeelsvulling.]]",
        T,
        date(2025, 9, 30),
    ),
    P(
        "andere-minister-toekomen",
        "BZ",
        D2,
        "[[De minister voor Buitenlandse Handel en Ontwikkelingshulp zal u deze winter de nieuwe "
        "Afrikastrategie doen toekomen.]]",
        T,
        date(2025, 3, 20),
    ),
    P(
        "namens-kabinet-toezeggen",
        "KGG",
        D4,
        "[[Namens het kabinet zeg ik toe dat uw Kamer voor het voorjaarsreces een brief ontvangt over de "
        "afbouw van de salderingsregeling.]]",
        T,
        date(2026, 2, 12),
    ),
]

PLANS = [
    P(
        "planning-is-dat",
        "IenW",
        D3,
        "[[De planning is dat het ontwerpbesluit over de geluidsnormen rond Schiphol in het vierde kwartaal "
        "in procedure wordt gebracht.]]",
        D,
        date(2025, 12, 31),
    ),
    P(
        "naar-verwachting-kan-ik",
        "VWS",
        D1,
        "[[Naar verwachting kan ik uw Kamer voor het zomerreces informeren over de uitkomsten van de "
        "gesprekken over het zorgakkoord.]]",
        T,
        date(2024, 7, 4),
    ),
    P(
        "verwacht-ik-te-sturen",
        "OCW",
        D4,
        "[[Ik verwacht de evaluatie van het studiefinancieringsstelsel eind 2026 naar uw Kamer te sturen.]]",
        T,
        date(2026, 12, 31),
    ),
    P(
        "streven-is-om",
        "LVVN",
        D2,
        "[[Het streven is om het aangepaste natuurherstelplan begin 2025 aan de Europese Commissie te "
        "zenden.]]",
        D,
        date(2025, 3, 31),
    ),
    P(
        "naar-verwachting-afgerond",
        "JenV",
        D3,
        "[[Naar verwachting wordt de verkenning naar een landelijk meldpunt voor online oplichting in "
        "september afgerond.]]",
        D,
        date(2025, 9, 30),
    ),
    P(
        "volgens-planning-ontvangt",
        "SZW",
        D5,
        "[[Volgens de huidige planning ontvangt uw Kamer de tussenevaluatie van het breed offensief in "
        "november.]]",
        T,
        date(2026, 11, 30),
    ),
    P(
        "bedoeling-in-gebruik",
        "FIN",
        D2,
        "[[Het is de bedoeling dat het nieuwe toeslagenportaal medio 2025 in gebruik wordt genomen.]]",
        D,
        date(2025, 6, 30),
    ),
    P(
        "verwacht-te-kunnen-toesturen",
        "BZK",
        D4,
        "[[Ik verwacht uw Kamer in februari het wetsvoorstel over de regie op de volkshuisvesting te kunnen "
        "toesturen.]]",
        D,  # legislation is a deliverable even when it is sent to the Kamer (the project's reading)
        date(2026, 2, 28),
    ),
    P(
        "verwachting-is-dat-tender",
        "KGG",
        D1,
        "[[De verwachting is dat de tender voor het nieuwe windpark op zee in het derde kwartaal wordt "
        "opengesteld.]]",
        D,
        date(2024, 9, 30),
    ),
    P(
        "naar-verwachting-zal-ik-melden",
        "DEF",
        D5,
        "[[Naar verwachting zal ik u voor het meireces de uitkomsten van de behoeftestelling voor drones "
        "kunnen melden.]]",
        T,
        date(2026, 4, 23),
    ),
    P(
        "voornemen-open-te-stellen",
        "EZ",
        D3,
        "[[Het voornemen is de subsidieregeling voor innovatieve starters per 1 januari 2026 open te "
        "stellen.]]",
        D,
        date(2026, 1, 1),
    ),
    P(
        "inzet-is-dat-kamer-ontvangt",
        "IenW-s",
        D2,
        "[[Mijn inzet is dat uw Kamer het overzicht van de infrastructuurprojecten voor 2025 voor het "
        "kerstreces ontvangt.]]",
        T,
        date(2024, 12, 19),
    ),
]

PRESENT_TENSE = [
    P(
        "present-stuur-ik",
        "VWS",
        D2,
        "[[In december stuur ik u de voortgangsrapportage over het Integraal Zorgakkoord.]]",
        T,
        date(2024, 12, 31),
    ),
    P(
        "present-publiceert-ministerie",
        "OCW",
        D3,
        "[[Begin april publiceert het ministerie de nieuwe handreiking voor sociale veiligheid op school.]]",
        D,
        date(2025, 4, 10),
    ),
    P(
        "present-informeer-ik",
        "IenW",
        D5,
        "[[Voor het zomerreces informeer ik uw Kamer over de uitkomst van de verkenning naar een snelle "
        "spoorverbinding met het noorden.]]",
        T,
        date(2026, 7, 2),
    ),
    P(
        "present-kabinet-opent",
        "LVVN",
        D4,
        "[[Het kabinet opent in maart het loket voor de regeling voor het beëindigen van "
        "veehouderijlocaties.]]",
        D,
        date(2026, 3, 31),
    ),
    P(
        "present-kom-ik-terug",
        "JenV",
        D1,
        "[[Na de zomer kom ik bij uw Kamer terug op de capaciteit van de forensische zorg.]]",
        T,
        date(2024, 9, 30),
    ),
    P(
        "present-deel-ik",
        "FIN",
        D3,
        "[[Uiterlijk 15 mei deel ik de resultaten van de evaluatie van de fiscale regelingen met de Kamer.]]",
        T,
        date(2025, 5, 15),
    ),
    P(
        "present-start-kabinet",
        "SZW",
        D2,
        "[[Volgend jaar start het kabinet een campagne tegen arbeidsuitbuiting.]]",
        D,
        date(2025, 12, 31),
    ),
    P(
        "present-leg-ik-voor",
        "BZK",
        D5,
        "[[In het derde kwartaal leg ik de wijziging van het Besluit bouwwerken leefomgeving voor aan de "
        "Raad van State.]]",
        D,
        date(2026, 9, 30),
    ),
    P(
        "present-zend-ik",
        "KGG",
        D3,
        "[[Deze zomer zend ik uw Kamer de herziening van het Nationaal Plan Energiesysteem.]]",
        T,
        date(2025, 9, 22),
    ),
    P(
        "present-ontvangt-u-van-mij",
        "DEF",
        D1,
        "[[Eind mei ontvangt u van mij de actualisatie van de Defensienota.]]",
        T,
        date(2024, 5, 31),
    ),
]

FOOTNOTES = [
    P(
        "voetnoot-zal-informeren",
        "IenW",
        D1,
        "De provincies werken aan regionale plannen voor de fietsinfrastructuur.1\n\n"
        "[[1 Ik zal uw Kamer voor 1 oktober informeren over de verdeling van de middelen voor "
        "fietsparkeren.]]\n\n"
        "Daarnaast loopt het overleg met de gemeenten door.",
        T,
        date(2024, 10, 1),
    ),
    P(
        "voetnoot-kamer-ontvangt",
        "VWS",
        D4,
        "Het aantal meldingen van agressie tegen zorgverleners is vorig jaar gestegen.2\n\n"
        "[[2 De uitsplitsing naar regio ontvangt uw Kamer in het eerste kwartaal van 2026.]]",
        T,
        date(2026, 3, 31),
    ),
    P(
        "voetnoot-passief-gepubliceerd",
        "OCW",
        D2,
        "Scholen vragen om meer houvast bij het omgaan met incidenten.3\n\n"
        "[[3 De handreiking hierover wordt begin 2025 op de website van het ministerie gepubliceerd.]]",
        D,
        date(2025, 3, 31),
    ),
    P(
        "voetnoot-stuur-ik",
        "JenV",
        D5,
        "Het onderzoek naar de effecten van cameratoezicht loopt nog.4\n\n"
        "[[4 Ik stuur uw Kamer het rapport van het onderzoeksinstituut na het zomerreces.]]",
        T,
        date(2026, 9, 30),
    ),
    P(
        "voetnoot-superscript",
        "SZW",
        D3,
        "De uitvoering van de nieuwe regels voor schuldhulp vraagt veel van gemeenten.⁵\n\n"
        "[[⁵ Uw Kamer wordt over de uitvoering voor het zomerreces geïnformeerd.]]",
        T,
        date(2025, 7, 3),
    ),
]

LIST_ITEMS = [
    P(
        "lijst-streep-informeren",
        "IenW",
        D3,
        "In de komende maanden zal ik:\n"
        "- [[uw Kamer voor het zomerreces informeren over de uitkomsten van de proef met slimme "
        "verkeerslichten;]]\n"
        "- het actieplan tegen omgevingslawaai in het najaar vaststellen.",
        T,
        date(2025, 7, 3),
    ),
    P(
        "lijst-streep-vaststellen",
        "IenW",
        D3,
        "In de komende maanden zal ik:\n"
        "- uw Kamer voor het zomerreces informeren over de uitkomsten van de proef met slimme "
        "verkeerslichten;\n"
        "- [[het actieplan tegen omgevingslawaai in het najaar vaststellen.]]",
        D,
        date(2025, 12, 21),
    ),
    P(
        "lijst-bolletje-stuur-ik",
        "VWS",
        D1,
        "De volgende stappen staan gepland:\n"
        "• [[Eind april stuur ik u de monitor van de acute zorg.]]\n"
        "• In juni verschijnt naar verwachting het advies van de Gezondheidsraad over de griepprik.",
        T,
        date(2024, 4, 30),
    ),
    P(
        "lijst-genummerd-handreiking",
        "BZK",
        D4,
        "Ik neem de volgende maatregelen:\n"
        "1. [[Voor 1 maart 2026 ontvangen gemeenten van mij een handreiking over tijdelijke woningen.]]\n"
        "2. Uw Kamer ontvangt medio 2026 een evaluatie van de huisvestingsverordeningen.",
        D,
        date(2026, 3, 1),
    ),
    P(
        "lijst-genummerd-evaluatie",
        "BZK",
        D4,
        "Ik neem de volgende maatregelen:\n"
        "1. Voor 1 maart 2026 ontvangen gemeenten van mij een handreiking over tijdelijke woningen.\n"
        "2. [[Uw Kamer ontvangt medio 2026 een evaluatie van de huisvestingsverordeningen.]]",
        T,
        date(2026, 6, 30),
    ),
    P(
        "lijst-letters-informeren",
        "LVVN",
        D5,
        "Het kabinet zal daarom:\n"
        "a. [[de Kamer voor de zomer informeren over de stand van de stikstofbank;]]\n"
        "b. in oktober de subsidieregeling voor extensivering openstellen.",
        T,
        date(2026, 7, 2),
    ),
    P(
        "lijst-letters-openstellen",
        "LVVN",
        D5,
        "Het kabinet zal daarom:\n"
        "a. de Kamer voor de zomer informeren over de stand van de stikstofbank;\n"
        "b. [[in oktober de subsidieregeling voor extensivering openstellen.]]",
        D,
        date(2026, 10, 31),
    ),
    P(
        "lijst-na-dubbele-punt-kabinet",
        "EZ",
        D2,
        "Het kabinet neemt twee stappen. Ten eerste: [[in december wordt de nieuwe regeling voor "
        "exportkredieten gepubliceerd.]]",
        D,
        date(2024, 12, 31),
    ),
]

RECURRING = [
    P(
        "jaarlijks-kamer-ontvangt",
        "IenW",
        D1,
        "[[Uw Kamer ontvangt jaarlijks een voortgangsrapportage over het programma voor de "
        "waterveiligheid.]]",
        T,
        date(2025, 3, 15),
        recurring=True,
    ),
    P(
        "elk-half-jaar-informeer-ik",
        "VWS",
        D3,
        "[[Elk half jaar informeer ik de Kamer over de stand van de wachttijden in de ggz.]]",
        T,
        date(2025, 8, 10),
        recurring=True,
    ),
    P(
        "halfjaarlijks-rapporteren",
        "JenV",
        D2,
        "[[De staatssecretaris zal uw Kamer halfjaarlijks rapporteren over de voortgang van de opvang van "
        "asielzoekers.]]",
        T,
        date(2025, 4, 3),
        recurring=True,
    ),
    P(
        "ieder-voorjaar-stuur-ik",
        "OCW",
        D4,
        "[[Ieder voorjaar stuur ik uw Kamer mijn reactie op de Staat van het Onderwijs.]]",
        T,
        date(2026, 11, 20),
        recurring=True,
    ),
    P(
        "jaarlijks-passief-bericht",
        "SZW",
        D5,
        "[[Over de ontwikkeling van het aantal mensen in de bijstand wordt de Kamer jaarlijks bericht.]]",
        T,
        date(2027, 1, 22),
        recurring=True,
    ),
    P(
        "jaarlijks-wij-sturen",
        "FIN",
        D1,
        "[[Wij sturen u jaarlijks een overzicht van de uitvoering van de fiscale regelingen.]]",
        T,
        date(2025, 3, 15),
        recurring=True,
    ),
    P(
        "eens-per-jaar",
        "KGG",
        D3,
        "[[Eens per jaar ontvangt uw Kamer een kabinetsreactie op de voortgang van het klimaatbeleid.]]",
        T,
        date(2026, 2, 10),
        recurring=True,
    ),
    P(
        "ieder-halfjaar-melden",
        "DEF",
        D2,
        "[[Ik zal u voortaan ieder halfjaar de voortgang van de verwervingsprojecten melden.]]",
        T,
        date(2025, 4, 3),
        recurring=True,
    ),
]

EXECUTING_MOTIES = [
    P(
        "motie-uitvoering-zal-informeren",
        "IenW",
        D1,
        "[[Ter uitvoering van de motie-Van Dam (Kamerstuk 29 398, nr. 1120) zal ik uw Kamer voor 1 oktober "
        "informeren over de mogelijkheden voor lagere snelheden in woonwijken.]]",
        T,
        date(2024, 10, 1),
        moties={"29398-1120": "open"},
    ),
    P(
        "motie-met-oog-op-stuur-ik",
        "VWS",
        D3,
        "[[Met het oog op de motie van het lid Tuinman (Kamerstuk 31 765, nr. 845) stuur ik u na de zomer "
        "een verkenning naar regionale afspraken over capaciteit.]]",
        T,
        date(2025, 9, 30),
        moties={"31765-845": "open"},
    ),
    P(
        "motie-in-lijn-met-ingericht",
        "OCW",
        D4,
        "[[In lijn met de motie-Koster c.s. (Kamerstuk 36 200 VIII, nr. 101) wordt in 2026 een landelijk "
        "aanspreekpunt voor schoolbesturen ingericht.]]",
        D,
        date(2026, 12, 31),
        moties={"36200-VIII-101": "open"},
    ),
    P(
        "motie-over-uitvoering-informeer-ik",
        "LVVN",
        D2,
        "[[Over de uitvoering van de motie van de leden Hagen en Vermeer (Kamerstuk 35 334, nr. 288) "
        "informeer ik uw Kamer voor het kerstreces.]]",
        T,
        date(2024, 12, 19),
        moties={"35334-288": "open"},
    ),
]

WITHOUT_DATE = [
    P(
        "zo-spoedig-mogelijk",
        "IenW",
        D3,
        "[[Ik zal uw Kamer zo spoedig mogelijk informeren over de uitkomst van het gesprek met de "
        "luchtvaartsector.]]",
        T,
        None,
    ),
    P(
        "later-moment",
        "VWS",
        D2,
        "[[Over de uitkomsten van de verkenning naar de eigen bijdrage zal ik u op een later moment "
        "berichten.]]",
        T,
        None,
    ),
    P(
        "binnenkort-ontvangt-u",
        "BZK",
        D4,
        "[[U ontvangt binnenkort de kabinetsreactie op het rapport over dakloosheid onder jongeren.]]",
        T,
        None,
    ),
    P(
        "volgende-voortgangsbrief",
        "JenV",
        D5,
        "Een onderzoeksbureau onderzoekt de effecten van de nieuwe meldplicht. [[De resultaten worden bij de "
        "volgende voortgangsbrief aan uw Kamer gemeld.]]",
        T,
        None,
    ),
    P(
        "zo-snel-mogelijk-hier-op-terug",
        "SZW",
        D1,
        "Over de hoogte van de boetes in de sociale zekerheid is nog geen besluit genomen. [[Ik kom hier zo "
        "snel mogelijk bij uw Kamer op terug.]]",
        T,
        None,
    ),
]

MOTIES = [
    M(
        "moties-twee-in-een-zin-af",
        "OCW",
        D2,
        "[[Met deze brief doe ik de motie-Pauw (Kamerstuk 36 200 VIII, nr. 31) en de motie-Hermans c.s. "
        "(Kamerstuk 36 200 VIII, nr. 44) af.]]",
        {"36200-VIII-31": "afgedaan", "36200-VIII-44": "afgedaan"},
    ),
    M(
        "moties-drie-als-afgedaan",
        "IenW",
        D3,
        "[[Met deze brief beschouw ik de moties van het lid Kramer (Kamerstuk 29 984, nr. 1102), van de "
        "leden De Graaf en Bouma (Kamerstuk 29 984, nr. 1110) en van het lid Yildiz (Kamerstuk 29 984, "
        "nr. 1115) als afgedaan.]]",
        {"29984-1102": "afgedaan", "29984-1110": "afgedaan", "29984-1115": "afgedaan"},
    ),
    M(
        "moties-twee-meegenomen",
        "VWS",
        D4,
        "[[De moties-Rutten (Kamerstuk 36 600 XVI, nr. 55) en -Van Loon (Kamerstuk 36 600 XVI, nr. 61) "
        "worden meegenomen in de uitwerking van het zorgakkoord.]]",
        {"36600-XVI-55": "open", "36600-XVI-61": "open"},
    ),
    M(
        "moties-opsomming-afgedaan",
        "SZW",
        D1,
        "Met deze brief worden de volgende moties afgedaan:\n"
        "- de motie van het lid Bakker over het bestaansminimum (Kamerstuk 36 200 XV, nr. 70);\n"
        "- [[de motie van de leden Huisman en Prins over de kinderbijslag (Kamerstuk 36 200 XV, nr. 77);]]\n"
        "- de motie van het lid Koç over energiearmoede (Kamerstuk 29 023, nr. 450).",
        {"36200-XV-70": "afgedaan", "36200-XV-77": "afgedaan", "29023-450": "afgedaan"},
    ),
    M(
        "moties-opsomming-open",
        "JenV",
        D5,
        "Ik ga in deze brief in op de volgende moties, waarvan de uitvoering nog loopt:\n"
        "• [[motie-Sahin (Kamerstuk 24 587, nr. 901)]]\n"
        "• motie-Vermeulen (Kamerstuk 24 587, nr. 905)",
        {"24587-901": "open", "24587-905": "open"},
    ),
    M(
        "motie-alias-hierna",
        "LVVN",
        D2,
        "De motie van het lid Brouwer over boerderijwinkels (Kamerstuk 36 410 XIV, nr. 38), hierna de "
        "boerderijwinkelmotie, vraagt om minder regels voor kleine verkooppunten. [[Met het nieuwe "
        "vrijstellingsbesluit beschouw ik de boerderijwinkelmotie als uitgevoerd.]]",
        {"36410-XIV-38": "afgedaan"},
    ),
    M(
        "motie-alias-naam-herhaald",
        "IenW",
        D5,
        "In de motie-Zwart (Kamerstuk 31 305, nr. 450) vraagt de Kamer om een visie op de regionale "
        "luchthavens. [[Over de uitvoering van de motie-Zwart kan ik melden dat die visie in voorbereiding "
        "is.]]",
        {"31305-450": "open"},
    ),
    M(
        "motie-alias-deze-motie",
        "FIN",
        D3,
        "De motie van het lid Van Wijk c.s. (Kamerstuk 36 418, nr. 20) verzoekt om een onderzoek naar de "
        "heffing op vermogen. [[Deze motie-Van Wijk is met het onderzoek dat ik u hierbij stuur "
        "uitgevoerd.]]",
        {"36418-20": "afgedaan"},
    ),
    M(
        "motie-dictum-aanhalingstekens",
        "BZK",
        D1,
        "In de motie van de leden Hoekstra en Vink (Kamerstuk 32 847, nr. 1090) verzoekt de Kamer de "
        'regering [["om uiterlijk in juni 2024 met een wetsvoorstel te komen voor het reguleren van de '
        'middenhuur".]] Deze motie is nog in uitvoering.',
        {"32847-1090": "open"},
    ),
    M(
        "motie-dictum-luidt",
        "LVVN",
        D2,
        "De motie van het lid Veenstra (Kamerstuk 36 124, nr. 30) luidt:\n"
        '"De Kamer, gehoord de beraadslaging,\n'
        "constaterende dat de kottervisserij onder druk staat;\n"
        "[[verzoekt de regering om binnen drie maanden een saneringsregeling voor de kottervisserij uit te "
        "werken,]]\n"
        'en gaat over tot de orde van de dag."\n\n'
        "Met de regeling die ik vandaag publiceer, is deze motie afgedaan.",
        {"36124-30": "afgedaan"},
    ),
    M(
        "motie-dictum-verzoekt-regering",
        "KGG",
        D4,
        "De motie van het lid Kuipers (Kamerstuk 32 813, nr. 1400) [[verzoekt de regering voor 1 januari "
        "2026 een plan op te stellen voor het afbouwen van fossiele subsidies.]] Aan deze motie wordt "
        "gewerkt.",
        {"32813-1400": "open"},
    ),
]

GOALS = [
    N(
        "doel-verkeersdoden",
        "IenW",
        D1,
        "[[In 2030 moet het aantal verkeersdoden ten opzichte van 2019 met de helft zijn gedaald.]]",
    ),
    N(
        "doel-co2-vrij",
        "KGG",
        D3,
        "[[Het doel is dat in 2035 de elektriciteitsvoorziening volledig CO2-vrij is.]]",
    ),
    N("doel-streeft-naar", "VWS", D2, "[[Het kabinet streeft naar een rookvrije generatie in 2040.]]"),
    N(
        "doel-ambitie",
        "OCW",
        D4,
        "[[Onze ambitie is dat in 2030 elke leerling de basisvaardigheden beheerst.]]",
    ),
    N(
        "doel-doelstelling",
        "LVVN",
        D5,
        "[[De doelstelling voor 2030 is een halvering van de stikstofuitstoot ten opzichte van 2019.]]",
    ),
    N(
        "doel-jaarlijks-woningen",
        "BZK",
        D1,
        "[[Tot en met 2030 moeten er jaarlijks 100.000 woningen bij komen.]]",
    ),
    N(
        "doel-streefcijfer",
        "SZW",
        D3,
        "[[Het streefcijfer is dat uiterlijk 2027 het aantal kinderen in armoede is gehalveerd.]]",
    ),
    N(
        "doel-norm-gehaald",
        "DEF",
        D2,
        "[[De NAVO-norm van 2 procent van het bbp moet ook in 2025 worden gehaald.]]",
    ),
]

ADVISERS = [
    N(
        "advies-raad-van-state",
        "IenW",
        D3,
        "[[De Raad van State adviseert om voor 1 januari 2026 een wettelijke grondslag voor de heffing per "
        "kilometer te creëren.]]",
    ),
    N(
        "advies-beveelt-aan",
        "VWS",
        D1,
        "[[De Gezondheidsraad beveelt aan het vaccinatieprogramma binnen twee jaar uit te breiden.]]",
    ),
    N(
        "advies-raadt-aan",
        "JenV",
        D4,
        "[[De Raad voor de rechtspraak raadt aan de evaluatie van de wet voor de zomer af te ronden.]]",
    ),
    N(
        "advies-vraagt-minister",
        "FIN",
        D2,
        "[[De Algemene Rekenkamer vraagt de minister om uiterlijk bij de Voorjaarsnota een overzicht van de "
        "risico's te sturen.]]",
    ),
    N(
        "advies-zou-moeten",
        "OCW",
        D5,
        "[[Volgens de Onderwijsraad zou de minister nog dit jaar moeten besluiten over de toetsing in groep "
        "8.]]",
    ),
    N(
        "advies-commissie-kabinet",
        "SZW",
        D3,
        "[[De commissie adviseert het kabinet om in 2026 een nieuw stelsel voor de arbeidsongeschiktheid in "
        "te voeren.]]",
    ),
    N(
        "advies-planbureau",
        "LVVN",
        D1,
        "[[Het planbureau raadt het kabinet aan het mestbeleid voor het einde van het jaar te herzien.]]",
    ),
]

PAST_EVENTS = [
    N(
        "verleden-jl-gesproken",
        "IenW",
        D2,
        "[[Op 12 september jl. heb ik met de vervoerders gesproken over de dienstregeling.]]",
    ),
    N("verleden-gezonden", "VWS", D3, "[[Het rapport is op 3 februari 2025 aan uw Kamer gezonden.]]"),
    N("verleden-gepubliceerd", "OCW", D1, "[[In januari heeft de inspectie haar jaarbericht gepubliceerd.]]"),
    N(
        "verleden-afgerond",
        "JenV",
        D5,
        "[[Eind vorig jaar is de proef met bodycams voor handhavers afgerond.]]",
    ),
    N(
        "verleden-in-werking",
        "BZK",
        D4,
        "[[Op 1 juli 2025 is de wet over de betaalbaarheid van huurwoningen in werking getreden.]]",
    ),
    N(
        "verleden-zomer-behandeld",
        "LVVN",
        D2,
        "[[In de zomer van 2024 zijn de eerste aanvragen voor de regeling behandeld.]]",
    ),
    N(
        "verleden-vorige-maand",
        "SZW",
        D3,
        "[[Vorige maand heb ik uw Kamer geïnformeerd over de stand van de arbeidsmarkt.]]",
    ),
    N(
        "verleden-kamer-ontving",
        "KGG",
        D5,
        "[[De Kamer ontving op 10 december jl. de nota over klimaat en energie.]]",
    ),
]

MONEY = [
    N(
        "geld-structureel",
        "IenW",
        D3,
        "[[Hiervoor is vanaf 2026 structureel € 40 miljoen per jaar beschikbaar.]]",
    ),
    N("geld-loopt-op", "VWS", D2, "[[Het budget loopt op tot € 12 miljoen in 2027.]]"),
    N(
        "geld-jaarlijks-toegevoegd",
        "OCW",
        D4,
        "[[Voor de jaren 2026 tot en met 2029 wordt jaarlijks € 150 miljoen toegevoegd aan de lumpsum.]]",
    ),
    N("geld-stijgt", "DEF", D1, "[[In 2025 stijgt het defensiebudget met € 2,4 miljard.]]"),
    N(
        "geld-opbrengst",
        "FIN",
        D5,
        "[[De opbrengst van de maatregel bedraagt € 300 miljoen in 2027 en € 450 miljoen vanaf 2028.]]",
    ),
    N(
        "geld-gereserveerd",
        "LVVN",
        D3,
        "[[Voor de regeling is in totaal € 975 miljoen gereserveerd, te besteden tot en met 2030.]]",
    ),
]

HEADINGS = [
    N(
        "kop-planning",
        "IenW",
        D1,
        "[[3. Planning voor 2024]]\n\nDe werkzaamheden aan de dijken lopen volgens plan.",
    ),
    N(
        "kop-begrotingsregel",
        "FIN",
        D3,
        "De uitgaven zijn als volgt verdeeld.\n\n[[Artikel 14 Wegen en verkeersveiligheid: € 1.234 miljoen "
        "(2025)]]\n\nDe bedragen zijn afgerond.",
    ),
    N(
        "kop-tijdpad",
        "OCW",
        D2,
        "[[Tijdpad en vervolgstappen tot de zomer van 2025]]\n\nHet overleg met de sectorraden is gaande.",
    ),
    N(
        "kop-tabel",
        "VWS",
        D4,
        "[[Tabel 2: Uitgaven jeugdzorg 2024–2027 (x € 1 miljoen)]]\n\nDe tabel laat een stijging zien.",
    ),
    N(
        "kop-bijlage",
        "BZK",
        D5,
        "[[Bijlage 1: voortgangsrapportage tweede helft 2025]]\n\nIn de bijlage staan de cijfers per "
        "provincie.",
    ),
    N(
        "kop-stand-per",
        "SZW",
        D1,
        "[[Stand van zaken per 1 januari 2024]]\n\nHet aantal aanvragen is licht gedaald.",
    ),
]

OTHER_PARTIES = [
    N("ander-prorail", "IenW", D2, "[[ProRail publiceert in december de nieuwe dienstregeling voor 2025.]]"),
    N(
        "ander-gemeenten",
        "BZK",
        D3,
        "[[De gemeenten zullen voor 1 juli hun woningbouwprogramma's bij de provincie indienen.]]",
    ),
    N(
        "ander-dnb",
        "FIN",
        D4,
        "[[De Nederlandsche Bank brengt eind dit jaar een rapport uit over de stabiliteit van de "
        "pensioenfondsen.]]",
    ),
    N(
        "ander-nza",
        "VWS",
        D5,
        "[[De Nederlandse Zorgautoriteit zal voor de zomer nieuwe tarieven voor de wijkverpleging "
        "vaststellen.]]",
    ),
    N(
        "ander-om",
        "JenV",
        D1,
        "[[Het Openbaar Ministerie stelt in het najaar een nieuwe aanwijzing voor discriminatiezaken vast.]]",
    ),
    N(
        "ander-provincies",
        "LVVN",
        D2,
        "[[De provincies leveren uiterlijk 1 juli 2025 hun gebiedsprogramma's op.]]",
    ),
    N(
        "ander-heeft-toegezegd",
        "OCW",
        D3,
        "[[De vereniging van schoolbesturen heeft toegezegd voor de zomer een gedragscode voor mobiele "
        "telefoons op te stellen.]]",
    ),
    N(
        "ander-netbeheerders",
        "KGG",
        D4,
        "[[Netbeheerders verwachten dat de wachtrij voor aansluitingen in 2027 is weggewerkt.]]",
    ),
    N(
        "ander-bedrijf",
        "EZ",
        D1,
        "[[Het bedrijf neemt naar verwachting in het derde kwartaal een besluit over de nieuwe fabriek.]]",
    ),
]

KAMER_CONDITIONS = [
    N(
        "kamer-instemt",
        "IenW",
        D3,
        "[[Als uw Kamer instemt met dit voorstel, kan de wet per 1 januari 2026 in werking treden.]]",
    ),
    N(
        "kamer-verzocht",
        "SZW",
        D2,
        "[[De Kamer wordt verzocht voor 1 december haar inbreng voor het schriftelijk overleg te leveren.]]",
    ),
    N(
        "kamer-aan-uw-kamer",
        "BZK",
        D4,
        "[[Het is aan uw Kamer om voor het kerstreces een besluit te nemen over de behandeling van het "
        "wetsvoorstel.]]",
    ),
    N(
        "kamer-mits",
        "VWS",
        D1,
        "[[Mits de Kamer het wetsvoorstel voor de zomer aanneemt, gaat de nieuwe regeling per 2025 in.]]",
    ),
    N(
        "kamer-heeft-tot",
        "DEF",
        D5,
        "[[Uw Kamer heeft tot 1 maart de tijd om vragen te stellen over het ontwerpbesluit.]]",
    ),
    N(
        "kamer-zodra",
        "JenV",
        D3,
        "[[Zodra uw Kamer de wet heeft aangenomen, kan de Eerste Kamer deze in het najaar behandelen.]]",
    ),
]

POSSIBILITIES = [
    N(
        "mogelijk-zou-kunnen-dat",
        "IenW",
        D1,
        "[[Het zou kunnen dat de evaluatie in het najaar wordt afgerond.]]",
    ),
    N("mogelijk-eventueel", "VWS", D3, "[[Eventueel zou een vervolgonderzoek in 2026 kunnen plaatsvinden.]]"),
    N("mogelijk-wellicht", "OCW", D2, "[[Wellicht is het mogelijk de regeling volgend jaar te verlengen.]]"),
    N(
        "mogelijk-zou-kunnen-volgen",
        "LVVN",
        D4,
        "[[Een tweede openstelling van de regeling zou eind 2026 kunnen volgen, mits er budget beschikbaar "
        "is.]]",
    ),
    N(
        "mogelijk-mogelijk-kan",
        "KGG",
        D5,
        "[[Mogelijk kan de subsidie voor thuisbatterijen na de zomer worden opengesteld.]]",
    ),
    N(
        "mogelijk-niet-uitsluiten",
        "FIN",
        D2,
        "[[Ik sluit niet uit dat de Belastingdienst dit jaar meer tijd nodig heeft.]]",
    ),
    N(
        "mogelijk-denkbaar",
        "JenV",
        D4,
        "[[Denkbaar is dat het wetsvoorstel in het voorjaar in consultatie kan gaan, maar dat hangt af van "
        "het advies van de Raad.]]",
    ),
]

ALREADY_DONE = [
    N(
        "gedaan-zoals-toegezegd",
        "IenW",
        D3,
        "[[Zoals toegezegd heb ik u op 4 februari de voortgangsrapportage gestuurd.]]",
    ),
    N(
        "gedaan-voldoe-ik",
        "VWS",
        D2,
        "[[Met deze brief voldoe ik aan de toezegging om uw Kamer voor 1 oktober te informeren over de "
        "ambulancezorg.]]",
    ),
    N(
        "gedaan-toegezegde-verschenen",
        "OCW",
        D4,
        "[[De toegezegde evaluatie van de lerarenbeurs is in oktober verschenen.]]",
    ),
    N(
        "gedaan-hiermee-heb-ik",
        "SZW",
        D5,
        "[[Hiermee heb ik uw Kamer, zoals in november toegezegd, geïnformeerd over de uitvoering van de "
        "Participatiewet.]]",
    ),
    N(
        "gedaan-in-mijn-brief",
        "BZK",
        D1,
        "[[In mijn brief van 12 februari jl. heb ik uw Kamer de routekaart voor de verduurzaming van de "
        "rijksgebouwen toegestuurd.]]",
    ),
    N(
        "gedaan-toegezegde-brief-verstuurd",
        "JenV",
        D3,
        "[[De in het commissiedebat toegezegde brief over de capaciteit van de gevangenissen is op 20 "
        "januari verstuurd.]]",
    ),
    N(
        "gedaan-inmiddels",
        "LVVN",
        D2,
        "[[De beloofde handreiking voor agrarisch natuurbeheer is inmiddels gepubliceerd.]]",
    ),
    N(
        "gedaan-stuurde-ik",
        "DEF",
        D4,
        "[[Eerder dit jaar stuurde ik u de strategie voor de defensie-industrie.]]",
    ),
]

# Written in phase 2, after the battery had run and the code was read: for each fix a second wording of what
# failed, and a look-alike it must leave as it was.
FIXED_PROMISES = [
    # another body receiving a product from the government by a moment
    P(
        "fix-scholen-krijgen-van-ministerie",
        "OCW",
        D1,
        "[[De scholen krijgen in het najaar van het ministerie een leidraad voor burgerschapsonderwijs.]]",
        D,
        date(2024, 12, 21),
    ),
    # a compound that ends in a kind of party, closing the name of a regulation, is no party
    P(
        "fix-regeling-naam-bedrijven",
        "KGG",
        D1,
        "[[De Regeling meldplicht energiebedrijven treedt op 1 januari 2025 in werking.]]",
        D,
        date(2025, 1, 1),
    ),
    P(
        "fix-regeling-naam-bedrijven-die",
        "KGG",
        D1,
        "Er komen twee nieuwe regelingen:\n"
        "a. [[de Regeling meldplicht energiebedrijven, die op 1 januari 2025 in werking treedt;]]\n"
        "b. een regeling voor de tarieven van warmtenetten.",
        D,
        date(2025, 1, 1),
    ),
    # the government's promise after a motie's request
    P(
        "fix-dictum-dan-belofte",
        "VWS",
        D1,
        "In de motie-Bos (Kamerstuk 36 200 VII, nr. 14) verzoekt de Kamer de regering om een plan voor de "
        "jeugdzorg. [[Ik stuur u voor 1 juli het plan waarom de motie vraagt.]]",
        T,
        date(2024, 7, 1),
        moties={"36200-VII-14": "open"},
    ),
    # the writer asking an organisation of others, and a service of the government, still act
    P(
        "fix-schrijver-vraagt-vereniging",
        "OCW",
        D1,
        "[[Ik zal de vereniging van schoolbesturen voor de zomer vragen een gedragscode op te stellen.]]",
        D,
        date(2024, 7, 4),
    ),
    P(
        "fix-rijksdienst-bedrijf",
        "BZK",
        D1,
        "[[Het Rijksvastgoedbedrijf rondt de aanbesteding van het nieuwe kantoor in juni af.]]",
        D,
        date(2024, 6, 30),
    ),
    # "aan uw Kamer ... om" in the writer's own act
    P(
        "fix-aan-uw-kamer-sturen-om",
        "BZK",
        D2,
        "[[Ik zal het voorstel voor het kerstreces aan uw Kamer sturen om de behandeling te bespoedigen.]]",
        T,
        date(2024, 12, 19),
    ),
    # an adverb of doubt that is none
    P(
        "fix-wellicht-ten-overvloede",
        "KGG",
        D1,
        "[[Wellicht ten overvloede: ik informeer uw Kamer voor de zomer over de uitkomst van de proef.]]",
        T,
        date(2024, 7, 4),
    ),
    # laying a thing before the Kamer, its particle at the end of a long clause, and before another body
    P(
        "fix-legt-aan-de-kamer-voor",
        "JenV",
        D1,
        "[[De staatssecretaris legt in het najaar het uitgewerkte plan voor de herinrichting van de "
        "jeugdbescherming aan de Kamer voor.]]",
        T,
        date(2024, 12, 21),
    ),
    P(
        "fix-legt-aan-raad-van-state-voor",
        "SZW",
        D1,
        "[[Het kabinet legt voor de zomer een voorstel voor de bekostiging van de kinderopvang aan de Raad "
        "van State voor.]]",
        D,
        date(2024, 7, 4),
    ),
]

FIXED_MOTIES = [
    # a short name given to a motie ("hierna ...") points at it where it is used again; "hierna" naming no
    # motie gives no name
    M(
        "fix-motie-alias-te-noemen",
        "LVVN",
        D3,
        "De motie van de leden Smit en Akkerman over de stikstofbank (Kamerstuk 35 334, nr. 301), hierna "
        "te noemen: de motie-stikstofbank, vraagt om een snellere uitgifte van ruimte. De regeling is open. "
        "[[Met die openstelling is de motie-stikstofbank afgedaan.]]",
        {"35334-301": "afgedaan"},
    ),
    M(
        "fix-motie-hierna-geen-naam",
        "LVVN",
        D3,
        "De motie-Brouwer (Kamerstuk 36 410 XIV, nr. 38) is aangenomen; hierna de gesprekken die volgden. "
        "[[De gesprekken zijn afgerond.]]",
        {"36410-XIV-38": "open"},
    ),
    # the one who asks between the verb and the government: the motie's request, no promise
    M(
        "fix-dictum-verzoeken-de-leden",
        "VWS",
        D1,
        "[[Met hun motie (Kamerstuk 36 200 VII, nr. 12) verzoeken de leden Jansen en De Vries de regering om "
        "voor 1 januari een plan te sturen.]]",
        {"36200-VII-12": "open"},
    ),
    M(
        "fix-motie-is-met-publicatie-uitgevoerd",
        "BZK",
        D3,
        "[[De motie-Kramer (Kamerstuk 29 984, nr. 1120) is met de publicatie van de nieuwe handreiking "
        "voor gemeenten uitgevoerd.]]",
        {"29984-1120": "afgedaan"},
    ),
    M(
        "fix-motie-is-nog-niet-uitgevoerd",
        "BZK",
        D3,
        "[[De motie-Kramer (Kamerstuk 29 984, nr. 1120) is met de publicatie van de handreiking nog niet "
        "volledig uitgevoerd.]]",
        {"29984-1120": "open"},
    ),
]

FIXED_FALSE_ALARMS = [
    # receiving, but not from the government, or in the past
    N(
        "fix-gemeenten-ontvangen-uit-fonds",
        "BZK",
        D1,
        "[[In het najaar ontvangen gemeenten een uitkering uit het Gemeentefonds.]]",
    ),
    N(
        "fix-gemeenten-ontvingen-van-mij",
        "BZK",
        D1,
        "[[In januari ontvingen gemeenten van mij een handreiking over tijdelijke woningen.]]",
    ),
    N(
        "fix-kamer-daarna-is-het-aan",
        "JenV",
        D1,
        "[[Daarna is het aan uw Kamer om voor de zomer het wetsvoorstel te behandelen.]]",
    ),
    N(
        "fix-ander-brancheorganisaties",
        "EZ",
        D3,
        "[[De brancheorganisaties leveren voor 1 juli een plan van aanpak op.]]",
    ),
    N("fix-ander-de-bedrijven", "KGG", D2, "[[De bedrijven passen in het najaar hun tarieven aan.]]"),
    N(
        "fix-kamer-nu-aan-de-kamer",
        "SZW",
        D3,
        "[[Het is nu aan de Kamer om voor 1 maart te beslissen over de verlenging van de regeling.]]",
    ),
    N(
        "fix-mogelijk-misschien",
        "FIN",
        D1,
        "[[Misschien kan de tweede tranche voor het einde van het jaar worden uitbetaald.]]",
    ),
]

PROMISES = (
    KAMER_AS_SUBJECT
    + PASSIVES
    + ACTORS
    + PLANS
    + PRESENT_TENSE
    + FOOTNOTES
    + LIST_ITEMS
    + RECURRING
    + EXECUTING_MOTIES
    + WITHOUT_DATE
    + FIXED_PROMISES
)
FALSE_ALARMS = (
    GOALS
    + ADVISERS
    + PAST_EVENTS
    + MONEY
    + HEADINGS
    + OTHER_PARTIES
    + KAMER_CONDITIONS
    + POSSIBILITIES
    + ALREADY_DONE
    + FIXED_FALSE_ALARMS
)


def _ids(cases: list[Case]) -> list[str]:
    return [case.name for case in cases]


@pytest.mark.parametrize("case", PROMISES, ids=_ids(PROMISES))
def test_a_promise_is_found_with_its_kind_and_deadline(case: Case) -> None:
    hits, moties = _findings(case)
    assert [(item.kind, item.deadline) for item in hits] == [(case.kind, case.due)]
    assert (hits[0].recurring is not None) == case.recurring
    if case.moties:
        assert sorted((item.refs, item.motie_status) for item in moties) == sorted(
            ((ref,), status) for ref, status in case.moties.items()
        )


@pytest.mark.parametrize("case", MOTIES + FIXED_MOTIES, ids=_ids(MOTIES + FIXED_MOTIES))
def test_each_motie_is_one_record_with_its_status_and_no_promise_beside_it(case: Case) -> None:
    hits, moties = _findings(case)
    assert sorted((item.refs, item.motie_status) for item in moties) == sorted(
        ((ref,), status) for ref, status in case.moties.items()
    )
    assert hits == []


@pytest.mark.parametrize("case", FALSE_ALARMS, ids=_ids(FALSE_ALARMS))
def test_a_false_alarm_is_no_promise(case: Case) -> None:
    hits, _ = _findings(case)
    assert [(item.kind, item.quote) for item in hits] == []


def test_the_battery_is_large_and_its_names_unique() -> None:
    cases = PROMISES + MOTIES + FIXED_MOTIES + FALSE_ALARMS
    assert len(cases) >= 150
    assert len({case.name for case in cases}) == len(cases)
