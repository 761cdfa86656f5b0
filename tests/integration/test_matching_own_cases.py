"""Ten made-up cases in the style of the matching sets (a letter against a store with look-alikes of the
same ministry, a same-submitter motie and another ministry's item on the same subject), written after the
fixes of matchfix10 and not tuned on: the matcher may miss, but it must propose nothing wrong. Four letters
act on nothing though they look close."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from commitments.db import Database
from commitments.matching.evaluate import evaluate

_SIGN = "\n\nDe Minister van {post},\n\nJ. Jansen\n"


def _letter(day: str, number: str, post: str, body: str) -> str:
    return f"{number}\n\nDen Haag, {day}\n\nGeachte voorzitter,\n\n{body}" + _SIGN.format(post=post)


def _item(
    kind: str, title: str, ministry: str, deadline: str | None, refs: list[str], quote: str
) -> dict[str, Any]:
    return {
        "kind": kind,
        "title": title,
        "ministry": ministry,
        "deadline": deadline,
        "refs": refs,
        "quote": quote,
    }


_CASES: dict[str, dict[str, Any]] = {
    "01-motie-nummer": {
        "date": "2026-03-10",
        "letter": _letter(
            "10 maart 2026",
            "29 279 Rechtsstaat en rechtsorde\n\nNr. 901 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID",
            "Justitie en Veiligheid",
            "Met deze brief informeer ik u over de aanpak van jongeren die in de drugshandel belanden.\n\n"
            "Sinds januari werken alle Veiligheidshuizen met een vast aanspreekpunt voor ouders van jongeren "
            "die door drugsbendes worden geronseld. Daarmee is uitgevoerd wat de motie met Kamerstuk 29 279, "
            "nr. 880 vroeg, en beschouw ik die motie als afgedaan.\n\n"
            "De motie van hetzelfde lid over een meldplicht voor scholen betrek ik bij de herziening van de "
            "Wet op het primair onderwijs. Over de uitbreiding van het programma naar Caribisch Nederland "
            "informeer ik u in het najaar.",
        ),
        "store": [
            _item(
                "motie",
                "Motie-Mutluer over een meldplicht voor scholen bij ronselen",
                "JenV",
                None,
                ["29279-881"],
                "verzoekt de regering een meldplicht voor scholen te onderzoeken",
            ),
            _item(
                "motie",
                "Motie-Mutluer over een aanspreekpunt voor ouders van geronselde jongeren",
                "JenV",
                None,
                ["29279-880"],
                "verzoekt de regering in elk Veiligheidshuis een aanspreekpunt voor ouders in te richten",
            ),
            _item(
                "toezegging",
                "Kamer informeren over het programma tegen ronselen in Caribisch Nederland",
                "JenV",
                "2026-11-30",
                ["29279-885"],
                "In het najaar informeer ik uw Kamer over het programma in Caribisch Nederland.",
            ),
            _item(
                "toezegging",
                "Brief over ronselen van leerlingen via sociale media",
                "OCW",
                "2026-06-30",
                ["31293-700"],
                "Medio 2026 informeer ik uw Kamer over het ronselen van leerlingen.",
            ),
        ],
        "expected": {"fulfils": [{"commitment": 1, "partial": False}], "postpones": []},
    },
    "02-uitstel-daarom": {
        "date": "2026-05-20",
        "letter": _letter(
            "20 mei 2026",
            "32 793 Preventiebeleid\n\nNr. 850 BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT",
            "Volksgezondheid, Welzijn en Sport",
            "In het commissiedebat Preventie van 12 november jl. heb ik toegezegd u voor de zomer de "
            "evaluatie van het Nationaal Preventieakkoord te sturen. De onderzoekers hebben meer tijd nodig, "
            "omdat de gegevens van de GGD's, die de monitor uitvoeren, pas in juni beschikbaar komen. De "
            "evaluatie stuur ik u daarom in het vierde kwartaal.\n\n"
            "De jaarlijkse voortgangsrapportage over het akkoord ontvangt u, zoals gebruikelijk, voor "
            "Prinsjesdag.",
        ),
        "store": [
            _item(
                "toezegging",
                "Jaarlijkse voortgangsrapportage Preventieakkoord",
                "VWS",
                "2026-09-15",
                ["32793-820"],
                "De voortgangsrapportage over het Preventieakkoord ontvangt u jaarlijks.",
            ),
            _item(
                "toezegging",
                "Evaluatie Nationaal Preventieakkoord naar de Kamer",
                "VWS",
                "2026-07-02",
                ["32793-830"],
                "Voor de zomer van 2026 stuur ik u de evaluatie van het Nationaal Preventieakkoord.",
            ),
            _item(
                "toezegging",
                "Evaluatie van de Sportakkoorden naar de Kamer",
                "VWS",
                "2026-07-02",
                ["30234-400"],
                "De evaluatie van het Sportakkoord ontvangt u voor de zomer van 2026.",
            ),
        ],
        "expected": {"fulfils": [], "postpones": [{"commitment": 1, "new_deadline": "2026-12-31"}]},
    },
    "03-eerste-deel": {
        "date": "2026-02-12",
        "letter": _letter(
            "12 februari 2026",
            "31 293 Primair onderwijs\n\nNr. 760 BRIEF VAN DE MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAP",
            "Onderwijs, Cultuur en Wetenschap",
            "Hierbij stuur ik u het eerste deel van de verkenning naar de werkdruk van leraren in het "
            "speciaal onderwijs, over de bekostiging van ondersteuning in de klas. Het tweede deel, over de "
            "zorg die leerlingen buiten school krijgen, volgt na de zomer.\n\n"
            "Het lerarentekort in het primair onderwijs is in 2025 licht gedaald. De motie van het lid "
            "Soepboer over zij-instromers is in uitvoering.",
        ),
        "store": [
            _item(
                "toezegging",
                "Verkenning werkdruk leraren speciaal onderwijs",
                "OCW",
                "2026-09-30",
                ["31293-740"],
                "Ik laat een verkenning doen naar de werkdruk van leraren in het speciaal "
                "onderwijs en stuur u die in 2026.",
            ),
            _item(
                "motie",
                "Motie-Soepboer over zij-instromers in het primair onderwijs",
                "OCW",
                None,
                ["31293-745"],
                "verzoekt de regering zij-instromers beter te begeleiden",
            ),
            _item(
                "toezegging",
                "Brief over jeugdhulp op school",
                "VWS",
                "2026-06-30",
                ["31839-990"],
                "Medio 2026 informeer ik uw Kamer over jeugdhulp op school.",
            ),
        ],
        "expected": {"fulfils": [{"commitment": 0, "partial": True}], "postpones": []},
    },
    "04-afzien": {
        "date": "2026-04-08",
        "letter": _letter(
            "8 april 2026",
            "29 398 Maritiem beleid\n\nNr. 1200 BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT",
            "Infrastructuur en Waterstaat",
            "Tijdens het notaoverleg van 2 oktober jl. heb ik toegezegd een onderzoek te laten doen naar een "
            "nationale walstroomplicht voor cruiseschepen. Inmiddels geldt vanaf 2030 een Europese plicht "
            "voor alle grote havens. Van een nationaal onderzoek zie ik daarom af.\n\n"
            "De evaluatie van de Wet zeevarenden ontvangt u, zoals toegezegd, in het derde kwartaal.",
        ),
        "store": [
            _item(
                "toezegging",
                "Onderzoek naar een nationale walstroomplicht voor cruiseschepen",
                "IenW",
                "2026-06-30",
                ["29398-1180"],
                "Ik laat onderzoeken of een nationale walstroomplicht voor cruiseschepen wenselijk is.",
            ),
            _item(
                "toezegging",
                "Evaluatie Wet zeevarenden",
                "IenW",
                "2026-09-30",
                ["29398-1185"],
                "De evaluatie van de Wet zeevarenden ontvangt u in het derde kwartaal van 2026.",
            ),
            _item(
                "toezegging",
                "Brief over walstroom in de energievoorziening van havens",
                "KGG",
                "2026-06-30",
                ["29023-500"],
                "Medio 2026 informeer ik u over walstroom in havens.",
            ),
        ],
        "expected": {"fulfils": [], "postpones": [{"commitment": 0, "new_deadline": None}]},
    },
    "05-motie-indiener": {
        "date": "2026-06-03",
        "letter": _letter(
            "3 juni 2026",
            "33 576 Natuurbeleid\n\nNr. 410 BRIEF VAN DE MINISTER VAN LANDBOUW, VISSERIJ, VOEDSELZEKERHEID "
            "EN NATUUR",
            "Landbouw, Visserij, Voedselzekerheid en Natuur",
            "Uw Kamer heeft met de motie van het lid Van Campen gevraagd boeren een vaste vergoeding te "
            "geven voor het beheer van houtwallen. Per 1 mei is die vergoeding in de subsidieregeling "
            "agrarisch natuurbeheer opgenomen. Daarmee is de motie uitgevoerd.\n\n"
            "Zijn motie over bloemrijke akkerranden betrek ik bij de uitwerking van het nieuwe "
            "landbouwbeleid.",
        ),
        "store": [
            _item(
                "motie",
                "Motie-Van Campen over bloemrijke akkerranden",
                "LVVN",
                None,
                ["33576-390"],
                "verzoekt de regering bloemrijke akkerranden te stimuleren",
            ),
            _item(
                "motie",
                "Motie-Van Campen over een vergoeding voor het beheer van houtwallen",
                "LVVN",
                None,
                ["33576-391"],
                "verzoekt de regering boeren een vaste vergoeding te geven voor het beheer van houtwallen",
            ),
            _item(
                "toezegging",
                "Kamer informeren over landschapselementen in de omgevingsvisie",
                "VRO",
                "2026-12-31",
                ["34682-200"],
                "Eind 2026 informeer ik uw Kamer over landschapselementen.",
            ),
        ],
        "expected": {"fulfils": [{"commitment": 1, "partial": False}], "postpones": []},
    },
    "06-uitstel-datum": {
        "date": "2026-06-10",
        "letter": _letter(
            "10 juni 2026",
            "32 140 Belastingdienst\n\nNr. 300 BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN",
            "Financiën",
            "In mijn brief van 4 februari jl. heb ik toegezegd u voor 1 juli een plan te sturen voor de "
            "vervanging van de systemen voor de inning van de erfbelasting. Dat plan is later gereed dan ik "
            "heb gemeld. U ontvangt het uiterlijk 1 oktober 2026.\n\n"
            "De halfjaarrapportage over de Belastingdienst ontvangt u, zoals gepland, in september.",
        ),
        "store": [
            _item(
                "toezegging",
                "Halfjaarrapportage Belastingdienst",
                "FIN",
                "2026-09-30",
                ["31066-1500"],
                "De halfjaarrapportage ontvangt u in september.",
            ),
            _item(
                "toezegging",
                "Plan vervanging systemen erfbelasting",
                "FIN",
                "2026-07-01",
                ["32140-280"],
                "Voor 1 juli stuur ik u een plan voor de vervanging van de systemen voor de erfbelasting.",
            ),
            _item(
                "toezegging",
                "Plan vervanging systemen toeslagen",
                "FIN",
                "2026-07-01",
                ["31066-1490"],
                "Voor 1 juli stuur ik u een plan voor de vervanging van de systemen van Toeslagen.",
            ),
        ],
        "expected": {"fulfils": [], "postpones": [{"commitment": 1, "new_deadline": "2026-10-01"}]},
    },
    "07-niets-herhaald": {
        "date": "2026-03-03",
        "letter": _letter(
            "3 maart 2026",
            "32 637 Bedrijfslevenbeleid\n\nNr. 700 BRIEF VAN DE MINISTER VAN ECONOMISCHE ZAKEN",
            "Economische Zaken",
            "In deze brief schets ik hoe het gaat met de winkelstraten in middelgrote steden. Het aantal "
            "lege winkels is in 2025 gestegen tot 8 procent.\n\n"
            "De evaluatie van de subsidieregeling voor winkelgebieden ontvangt u, zoals toegezegd, voor het "
            "zomerreces. De motie van het lid Kisteman over ondernemersfondsen is in uitvoering; de eerste "
            "gemeenten zijn gestart.",
        ),
        "store": [
            _item(
                "toezegging",
                "Evaluatie subsidieregeling winkelgebieden",
                "EZ",
                "2026-07-02",
                ["32637-690"],
                "De evaluatie van de regeling stuur ik u voor het zomerreces van 2026.",
            ),
            _item(
                "motie",
                "Motie-Kisteman over ondernemersfondsen",
                "EZ",
                None,
                ["32637-680"],
                "verzoekt de regering gemeenten te helpen met ondernemersfondsen",
            ),
            _item(
                "toezegging",
                "Brief over leegstand van winkels en wonen boven winkels",
                "VRO",
                "2026-06-30",
                ["32847-1200"],
                "Medio 2026 informeer ik u over wonen boven winkels.",
            ),
        ],
        "expected": {"fulfils": [], "postpones": []},
    },
    "08-niets-na-de-verkiezingen": {
        "date": "2026-01-20",
        "letter": _letter(
            "20 januari 2026",
            "35 165 Kiesrecht\n\nNr. 95 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES",
            "Binnenlandse Zaken en Koninkrijksrelaties",
            "Op 18 maart 2026 worden de gemeenteraadsverkiezingen gehouden. In 42 gemeenten wordt een nieuw "
            "stembiljet beproefd. De evaluatie van dat experiment ontvangt u, zoals eerder toegezegd, na de "
            "verkiezingen.\n\n"
            "Over de beveiliging van stembureaus informeert de Minister van Justitie en Veiligheid u "
            "afzonderlijk.",
        ),
        "store": [
            _item(
                "toezegging",
                "Evaluatie experiment nieuw stembiljet",
                "BZK",
                "2026-09-30",
                ["35165-90"],
                "Na de gemeenteraadsverkiezingen van 2026 ontvangt u de evaluatie van het experiment met "
                "het nieuwe stembiljet.",
            ),
            _item(
                "toezegging",
                "Evaluatie experiment centraal tellen",
                "BZK",
                "2026-09-30",
                ["35165-88"],
                "De evaluatie van het experiment met centraal tellen ontvangt u na de verkiezingen.",
            ),
            _item(
                "toezegging",
                "Kamer informeren over beveiliging van stembureaus",
                "JenV",
                "2026-03-01",
                ["35165-92"],
                "Voor maart informeer ik u over de beveiliging van stembureaus.",
            ),
        ],
        "expected": {"fulfils": [], "postpones": []},
    },
    "09-niets-ander-ministerie": {
        "date": "2026-09-15",
        "letter": _letter(
            "15 september 2026",
            "29 282 Arbeidsmarktbeleid\n\nNr. 600 BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID",
            "Sociale Zaken en Werkgelegenheid",
            "Hierbij stuur ik u de Arbeidsmarktmonitor zorg en welzijn van het UWV. De monitor laat zien dat "
            "het tekort aan verpleegkundigen verder oploopt.\n\n"
            "Over de opleidingsplaatsen voor verpleegkundigen informeert de Minister van Volksgezondheid, "
            "Welzijn en Sport u in het najaar.",
        ),
        "store": [
            _item(
                "toezegging",
                "Arbeidsmarktmonitor zorg en welzijn naar de Kamer",
                "VWS",
                "2026-10-01",
                ["29282-590"],
                "De Arbeidsmarktmonitor zorg en welzijn stuur ik u in het najaar.",
            ),
            _item(
                "toezegging",
                "Kamer informeren over opleidingsplaatsen verpleegkundigen",
                "VWS",
                "2026-12-21",
                ["29282-595"],
                "Dit najaar informeer ik u over de opleidingsplaatsen.",
            ),
        ],
        "expected": {"fulfils": [], "postpones": []},
    },
    "10-niets-ander-moment": {
        "date": "2026-04-22",
        "letter": _letter(
            "22 april 2026",
            "36 592 Defensie\n\nNr. 40 BRIEF VAN DE STAATSSECRETARIS VAN DEFENSIE",
            "Defensie",
            "Het wetsvoorstel over de dienstplicht voor reservisten gaat in juni in internetconsultatie. Het "
            "lid Tuinman heeft zijn motie over een reservistenbank ingetrokken, omdat het wetsvoorstel "
            "daarin voorziet.\n\n"
            "Het aantal reservisten is in 2025 met 1.200 gegroeid.",
        ),
        "store": [
            _item(
                "deliverable",
                "Indiening wetsvoorstel dienstplicht reservisten bij de Kamer",
                "DEF",
                "2026-12-31",
                ["36592-30"],
                "Het wetsvoorstel wordt eind 2026 bij uw Kamer ingediend.",
            ),
            _item(
                "motie",
                "Motie-Tuinman over een reservistenbank",
                "DEF",
                None,
                ["36592-35"],
                "verzoekt de regering een reservistenbank op te zetten",
            ),
            _item(
                "toezegging",
                "Kamer informeren over werving van reservisten",
                "DEF",
                "2026-07-02",
                ["36592-36"],
                "Voor de zomer informeer ik u over de werving van reservisten.",
            ),
        ],
        "expected": {"fulfils": [], "postpones": []},
    },
}


def _write(folder: Path) -> None:
    (folder / "letters").mkdir()
    for name, case in _CASES.items():
        (folder / "letters" / f"{name}.txt").write_text(case["letter"], "utf-8")
        stored = {**case, "letter": f"{name}.txt", "set": "own"}
        (folder / f"{name}.json").write_text(json.dumps(stored, ensure_ascii=False), "utf-8")


def test_own_cases_written_after_the_fixes_get_no_wrong_proposal(db: Database, tmp_path: Path) -> None:
    _write(tmp_path)
    report = evaluate(db, tmp_path)
    assert len(report.outcomes) == 10
    assert report.expected == 6
    assert not [error for error in report.details().splitlines() if "onterecht" in error], report.details()
    nothing = [outcome for outcome in report.outcomes if "niets" in outcome.name]
    assert len(nothing) == 4
    assert all(outcome.wrong == 0 for outcome in nothing)
