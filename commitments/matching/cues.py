"""The Dutch wording of a letter's acts on earlier commitments, as patterns: what gives effect to or keeps a
promise (fulfilment), what recalls one, what names a slip or a delay, what sends something now, and what
carries a new moment or a reason. :mod:`commitments.matching.statements` reads sentences with them.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_GAP = r"(?:\S+\s+)"
# "zoals toegezegd": keeps a promise when the act is now, restates it beside a moment ahead.
AS_PROMISED = re.compile(
    rf"\bzoals\s+{_GAP}{{0,12}}?toegezegd\b|\bconform\s+(?:mijn|de|onze)\s+toezegging", _I
)
FULFIL_CUES = (
    re.compile(rf"\b(?:invulling|uitvoering|gevolg|opvolging)\s+{_GAP}{{0,3}}?aan\b", _I),
    re.compile(rf"\bvoldoe\w*\s+{_GAP}{{0,3}}?aan\b|\bvoldaan\s+aan\b", _I),
    # the passive with its verb last: "Daarmee is aan dit verzoek voldaan", "Aan de motie is voldaan"
    re.compile(
        r"\b(?:is|wordt)\s+(?:\S+\s+){0,2}?aan\s+[^.;:]{0,60}?\bvoldaan\b|\baan\s+[^.;:]{0,60}?\bis\s+(?:\S+\s+){0,2}?voldaan\b",
        _I,
    ),
    re.compile(r"\bter\s+uitvoering\s+van\b", _I),
    re.compile(r"\b(?:invulling|uitvoering|gevolg)\s+(?:is\s+|wordt\s+|werd\s+)?gegeven\b", _I),
    # ("beschouw ik de toezegging als vervallen" withdraws it: :data:`WITHDRAWN`)
    re.compile(
        rf"\bbeschouw\w*\s+{_GAP}{{0,6}}?(?:moties?|toezegging\w*)\s+{_GAP}{{0,4}}?als\b(?!\s+vervallen\b)",
        _I,
    ),
    re.compile(
        rf"\b(?:motie|toezegging)[\w-]*\s+{_GAP}{{0,8}}?(?:is|zijn)\s+{_GAP}{{0,3}}?"
        r"(?:uitgevoerd|nagekomen|afgerond|ingevuld)\b",
        _I,
    ),
    # the auxiliary before its subject (verb second after "Hiermee", "Daarmee"), the participle last:
    # "Hiermee zijn de motie van het lid X (Kamerstuk …, nr. 821) en de motie van het lid Y uitgevoerd"
    re.compile(
        r"\b(?:is|zijn)\s+(?:\S+\s+){0,2}?moties?\b(?:[^.;:?]|\.(?=\s*[a-z\d(),])){0,240}?"
        r"\b(?:uitgevoerd|nagekomen|ingevuld)\b",
        _I,
    ),
    re.compile(
        rf"\bkom\w*\s+(?:ik|wij|we|het\s+kabinet)\s+{_GAP}{{0,6}}?(?:toezegging\w*|belofte)\s+{_GAP}{{0,8}}?na\b",
        _I,
    ),
    AS_PROMISED,
    re.compile(r"\bafgedaan\b|\bals\s+(?:uitgevoerd|afgehandeld)\b", _I),
    # what was asked, done: "Daarmee is gedaan wat de motie vroeg", "is bereikt wat het verzoek beoogde",
    # "is gedaan waar uw Kamer om vroeg"
    re.compile(
        rf"\b(?:gedaan|gerealiseerd|bereikt|uitgevoerd)\s+(?:wat|waar)\s+{_GAP}{{0,3}}?"
        r"(?:motie|toezegging|verzoek|Kamer)\w*\s+(?:om\s+)?(?:vroeg|vraagt|verzocht|beoogde|beoogt)\b",
        _I,
    ),
    re.compile(rf"\bdoe\s+ik\s+{_GAP}{{0,3}}?toezegging\w*\s+gestand\b", _I),
    re.compile(
        rf"\bdoe\s+(?:ik|wij|we)\s+{_GAP}{{0,3}}?(?:moties?|toezegging)[\w-]*\s+{_GAP}{{0,12}}?af\b", _I
    ),
    re.compile(
        rf"\b(?:kom\w*|tegemoetgekomen)\s+{_GAP}{{0,4}}?tegemoet\s+aan\b|\bgehoor\s+{_GAP}{{0,3}}?aan\b", _I
    ),
    # The same acts with the object first (Dutch puts the verb second): "Aan deze motie kom ik tegemoet met
    # …", "Aan het verzoek geef ik hiermee gehoor".
    re.compile(
        rf"^Aan\s+{_GAP}{{0,8}}?(?:moties?|toezegging\w*|verzoek\w*|wens)\s+(?:\S+\s+){{0,3}}?"
        r"(?:kom|geef|voldoe|doe)\s+(?:ik|wij|we|het\s+kabinet)\b",
        _I,
    ),
    re.compile(
        r"\bbeantwoord\w*\s+(?:ik|wij|het\s+kabinet)\b|\bantwoorden\s+(?:\S+\s+){0,4}?op\s+(?:de\s+)?vragen\b",
        _I,
    ),
)
PARTIAL = re.compile(
    r"\b(?:gedeeltelijk|deels|ten\s+dele|voor\s+een\s+(?:deel|belangrijk\s+deel)|een\s+eerste\s+(?:stap|invulling)"
    r"|tussenrapportage|tussenstand|een\s+deel\s+van|(?:het|dit|dat)\s+(?:deel|gedeelte|onderdeel)\s+over"
    # what is given restricted to what is there now: "geef ik de cijfers, voor zover die nu beschikbaar zijn"
    r"|voor\s+zover\s+(?:\S+\s+){0,3}?(?:nu|thans|al|reeds|inmiddels)\s+(?:beschikbaar|bekend)"
    r"|\b(?:de|het)\s+eerste\s+van\s+(?:de|die|deze)\s+(?:twee|drie|vier|vijf)\b"  # one of a counted set
    # some of a counted set: "Vier van die pilots zijn afgerond", "drie van de zes onderzoeken"
    r"|\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen)\s+van\s+(?:die|deze|de\s+(?:drie|vier|vijf|zes|zeven"
    r"|acht|negen|tien|\d+))\b"
    r"|(?:het|een|de)\s+eerste\s+(?:deel|gedeelte|tranche|fase|helft|deelrapport\w*|onderwerp|onderdeel))\b",
    _I,
)
# What is still to come after a first part: "de overige 33 kunstwerken", "het restant".
REMAINDER = re.compile(
    r"\b(?:de|het)\s+(?:overige|resterende|nog\s+ontbrekende)\b|\bhet\s+restant\b|\bde\s+rest\s+van\b", _I
)
PROGRESS = re.compile(
    r"\bvoortgang\b|\bin\s+het\s+kader\s+van\b|\bnaar\s+aanleiding\s+van\b|\bstand\s+van\s+zaken\b|\bingediend\b"
    r"|\bin\s+uitvoering\b|\bkom\s+ik\s+(?:\S+\s+){0,4}?terug\b",
    _I,
)
# The state of a product still being made as the whole object, not the product: "(informeer ik u over) de
# stand van zaken van die evaluatie", "de voortgang van het onderzoek naar …".
PROGRESS_OF = re.compile(
    r"(?:^|[.;:]\s+)(?:(?:de|een)\s+)?(?:stand\s+van\s+zaken|voortgang|tussenstand)\s+(?:van|bij|rond|omtrent)\s+(?:(?:de|het|die|dit|deze|dat)\s+)?"
    r"(?:\w+\s+)?(?:evaluatie|onderzoek|rapport|verkenning|analyse|wetsvoorstel|plan|visie|advies"
    r"|beleidsdoorlichting|studie|herziening)\w*\b",
    _I,
)
# Work on a thing still going on ("Met de Raad werk ik aan een visie op …", "Er wordt gewerkt aan het plan"):
# the thing is being made, not delivered.
WORK_UNDER_WAY = re.compile(
    r"\bwerk\w*\s+(?:ik|wij|we|het\s+kabinet)\s+(?:\S+\s+){0,8}?aan\b"
    r"|\b(?:ik|wij|we)\s+werk\w*\s+(?:\S+\s+){0,8}?aan\b|\b(?:wordt|worden)\s+(?:\S+\s+){0,4}?gewerkt\s+aan\b",
    _I,
)
# Participles that say a motie was dealt with in the Kamer or only begun, not carried out.
UNDONE = re.compile(
    r"\b(?:gevraagd|verzocht|ingediend|aangenomen|aangehouden|verworpen|gestart|begonnen|gepland|toegezegd"
    r"|aangekondigd|overwogen|onderzocht|opgestart|voorbereid|in\s+gang\s+gezet)\b",
    _I,
)
# A motie or promise said to stay open: "tot die tijd houd ik haar open", "de motie blijft openstaan", "is
# daarmee nog niet afgedaan".
STILL_OPEN = re.compile(
    r"\b(?:houd|houden)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:\S+\s+){0,3}?open\b"
    r"|\bblijf\w*\s+(?:\S+\s+){0,3}?open(?:staan)?\b|\bstaat\s+(?:\S+\s+){0,2}?open\b"
    r"|\bnog\s+niet\s+(?:\S+\s+){0,2}?(?:afgedaan|uitgevoerd|voldaan|afgerond)\b",
    _I,
)
# Coming back to it later: "ik kom daarop terug in de rapportage", "kom ik in het najaar op terug" (with
# this letter, "Met deze brief kom ik terug op mijn toezegging", it is done now).
COME_BACK = re.compile(
    r"\bkom\w*\s+(?:ik|wij|we|het\s+kabinet)\s+(?:\S+\s+){0,6}?terug\b"
    r"|\b(?:ik|wij|we)\s+kom\w*\s+(?:\S+\s+){0,4}?terug\b",
    _I,
)
# Taken into account in other work ("De motie … betrek ik bij de herziening", "wordt betrokken bij"): what
# is done with it is still to come.
INVOLVED = re.compile(
    r"\bbetrek\w*\s+(?:ik|wij|we|het\s+kabinet)\b|\b(?:ik|wij|we|kabinet)\s+(?:\S+\s+){0,8}?betrek\w*\b"
    r"|\b(?:wordt|worden|is|zijn)\s+(?:\S+\s+){0,4}?betrokken\s+bij\b",
    _I,
)
# A relative clause on the means of an act: "met het actieplan, dat u in het najaar ontvangt, geef ik …".
MEANS_CLAUSE = re.compile(
    r"\b(?:met|via|door)\s+(?:de|het|deze|dit|mijn|onze)\s+[^,.;]{1,80},\s*(?:dat|die|waarin|waarmee)\b[^,.;]*",
    _I,
)
# The means of an act, named first: "Met de uitkomsten geef ik invulling aan …", "Hiermee …", "Daarmee …".
MEANS = re.compile(
    r"^\s*(?:(?:met|via|door)\s+(?:de|het|deze|die|dit|dat)\s+(?P<means>[^\W\d_]+)|(?:hier|daar)mee)\b", _I
)
NEGATION = re.compile(r"\b(?:niet|geen|nog\s+niet)\b", _I)
# "de wijze waarop ik uitvoering geef aan de moties": the act is described, not done.
MANNER = re.compile(r"\b(?:wijze|manier)\s+waarop\b|\bhoe\b|\bop\s+welke\s+wijze\b", _I)
# "deze motie", "beide moties", "aan deze behoefte", "hiermee": the object was named in an earlier sentence.
ANAPHOR = re.compile(
    r"\b(?:deze|die|beide|genoemde|bovengenoemde|voornoemde)\s+(?:moties?|toezegging(?:en)?|behoefte|verzoeken?|wens)\b"
    r"|\b(?:hier|daar)(?:mee|aan|van)\b",
    _I,
)
ANTECEDENT_SENTENCES = 3
ANAPHOR_REACH = 16
PLURAL_OBJECT = re.compile(r"\b(?:moties|toezeggingen)\b", _I)
PLURAL = re.compile(r"\b(?:beide|deze|die|de)\s+(?:moties|toezeggingen)\b", _I)
FUTURE = re.compile(r"\b(?:zal|zullen|ga|gaat|gaan|wil|willen|streef\w*|hoop|verwacht)\b", _I)
OBLIGED = re.compile(r"\b(?:moet|moeten)\b", _I)  # "moet invulling geven aan": not done yet
INFINITIVE_ACT = re.compile(r"\b(?:geven|voldoen|nakomen|beschouwen|afdoen|beantwoorden)\b", _I)
ANCHOR = re.compile(r"\b(?:moties?|toezegging(?:en)?|toegezegd|vragen|verzoek|amendement)\b", _I)
ANCHOR_KIND = {"moti": "motie", "toez": "toezegging", "toeg": "toezegging", "vrag": "vragen"}
SEPARATOR = re.compile(r"\ben\b|[,;]")
REGISTER = re.compile(r"\bTZ\d{4,8}(?:-\d{1,4})?\b")
LIST_ITEM = re.compile(r"(?:[-•*–]|\d{1,2}[.)])\s+")

RECALL = re.compile(
    r"\b(?:heb|had|hebben|hadden)\s+(?:ik|wij|we)\b[^.]{0,200}?\b(?:toegezegd|aangegeven|gemeld|aangekondigd|beloofd"
    r"|laten\s+weten|verzekerd)\b"
    r"|\b(?:ik|wij|we)\s+(?:heb|had|hebben|hadden)\s+(?:\S+\s+){0,3}?(?:toegezegd|aangegeven|gemeld|beloofd)\b"
    # a subordinate clause puts the verb last ("dan ik u in april heb gemeld"), the simple past first
    # ("schreef ik u dat", "meldde ik")
    r"|\b(?:ik|wij|we)\s+(?:\S+\s+){1,8}?(?:heb|had|hebben|hadden)\s+(?:toegezegd|aangegeven|gemeld|aangekondigd"
    r"|beloofd|geschreven|laten\s+weten)\b"
    r"|\b(?:schreef|schreven|meldde|meldden|kondigde|kondigden|beloofde|beloofden|liet|lieten)\s+(?:ik|wij|we)\b"
    r"|\bzeg\w*\s+(?:ik|wij|we)\s+(?:\S+\s+){0,3}?toe\b|\b(?:toegezegde|beloofde)\b"
    # what was to happen, in the past of "zal": "Voor 1 juli zou ik u de reactie sturen", "had willen sturen"
    r"|\b(?:had|hadden)\s+(?:\S+\s+){0,2}?(?:willen|zullen)\s+\w+en\b"
    r"|\b(?:zou|zouden)\s+(?:ik|wij|we|het\s+kabinet)\b[^.;]{0,200}?\b(?:sturen|informeren|toesturen|toezenden"
    r"|aanbieden|rapporteren|berichten)\b"
    # and in a subordinate clause, the verb last: "waarover ik u voor 1 april zou informeren"
    r"|\b(?:ik|wij|we)\s+(?:\S+\s+){1,8}?(?:zou|zouden)\s+(?:sturen|informeren|toesturen|toezenden|aanbieden"
    r"|rapporteren|berichten)\b"
    r"|\bterug\s*(?:te\s+)?kom\w*\s+op\s+(?:de|mijn|een|onze)\s+(?:toezegging|afspraak|planning)"
    r"|\bniet\b[^.]{0,80}?\b(?:voor|binnen|op)\s+(?:de|het)\s+(?:\w+\s+){0,3}?(?:termijn|datum|moment)\b"
    r"|\b(?:later|langer)\s+dan\s+(?:toegezegd|aangekondigd|gepland|voorzien)"
    # a promise of a predecessor, of the cabinet or of a post named in the third person ("Mijn voorganger
    # heeft uw Kamer toegezegd dat …", "De staatssecretaris heeft uw Kamer in het debat toegezegd …")
    r"|\b(?:voorganger|ambtsvoorganger|kabinet|minister|staatssecretaris|bewindspersoon)\s+(?:\S+\s+){0,8}?"
    r"(?:heeft|had)\b[^.]{0,80}?\b(?:toegezegd|beloofd|aangekondigd)\b",
    _I,
)
# The Kamer asking the government, as a motie does ("verzoekt de regering …"): "heeft uw Kamer de regering
# verzocht het programma voort te zetten". A committee asks the minister for a letter ("heeft de commissie
# verzocht om een reactie"), which is no motie.
ASKED_GOVERNMENT = re.compile(
    r"\b(?:uw\s+Kamer|de\s+Kamer|u)\b[^.;]{0,40}?\b(?:de\s+regering|het\s+kabinet)\s+(?:\S+\s+){0,2}?(?:verzocht|gevraagd)\b",
    _I,
)
# A request of the Kamer recalled: "heeft de Kamer verzocht om een brief", "Op uw verzoek", "vraagt u om".
REQUEST = re.compile(
    r"\b(?:heeft|hebben|had|hadden)\b[^.]{0,160}?\b(?:verzocht|gevraagd)\b|\b(?:vraagt|verzoekt)\s+u\b"
    r"|^(?:De|Het)\b[^.]{0,80}?\b(?:verzocht|vroeg|vroegen)\b"
    r"|\b(?:uw|het)\s+verzoek\b|\bop\s+verzoek\s+van\b",
    _I,
)
# A slip named outright; it needs an object in the same sentence (a motie, a brief, a report …). A moment
# in the same sentence after a missed one is the moment missed ("kan ik helaas niet toezeggen deze voor
# 1 april te sturen"); after a moved one it is the new one ("De brief volgt nu in het eerste kwartaal").
MISSED = re.compile(
    r"\bniet\b[^.]{0,80}?\b(?:voor|binnen|op)\s+(?:de|het)\s+(?:\w+\s+){0,3}?(?:termijn|datum|moment)\b"
    r"|\bhelaas\s+niet\b|\bniet\s+(?:meer\s+|langer\s+)?haalbaar\b"
    r"|\bnog\s+niet\s+(?:plaatsgevonden|afgerond|gereed|klaar|gelukt)\b|\bniet\s+(?:\S+\s+){0,2}?gelukt\b"
    r"|\bnog\s+niet\s+(?:\S+\s+){0,3}?(?:informeren|sturen|toezenden|aanbieden|beantwoorden|versturen)\b"
    r"|\blukt\s+(?:het\s+)?(?:\S+\s+)?niet\b|\bniet\b[^.,;]{0,40}?\b(?:lukken|nakomen|waarmaken)\b"
    # "zal niet voor 1 april gereed zijn": the moment between is the one missed
    r"|\bniet\s+(?:voor|vóór|op|in|per)\b[^.;]{0,40}?\b(?:gereed|klaar|beschikbaar|afgerond)\b",
    _I,
)
# A moment moved, in the general words for it: "verschuift", "is verschoven", "niet eerder dan", "loopt uit".
_SHIFTED = (
    r"\bverschuif\w*|\bverschuift\b|\bverschoven\b|\bopgeschoven\b|\bschuift\s+(?:\S+\s+){0,3}?op\b"
    r"|\bniet\s+eerder\s+dan\b|\bloopt\s+(?:\S+\s+){0,2}?uit\b|\buitgelopen\b"
    # a schedule changed: "De planning van de evaluatie is bijgesteld", "het tijdpad wordt aangepast"
    r"|\b(?:planning|tijdpad|tijdplanning)\b(?:(?!\bniet\b)[^.;]){0,80}?\b(?:is|wordt|werd)\s+(?:(?!niet\b)\S+\s+){0,2}?"
    r"(?:gewijzigd|aangepast|bijgesteld|herzien)\b"
)
SHIFTED = re.compile(_SHIFTED, _I)
# One moment denied for another: "publiceer ik niet in september, zoals eerder gemeld, maar in december".
# "niet in juni maar in september", also with an aside: "niet, zoals toegezegd, voor 1 april, maar …"; what
# "maar" opens is a moment too ("niet in de eerste plaats door X, maar door Y" contrasts causes, not moments).
_NOT_BUT = (
    r"\bniet(?:,[^,.;]{1,40},)?\s+(?:in|op|voor|vóór|rond|begin|medio|eind|na)\b[^.;]{0,80}?\bmaar\b"
    r"(?=,?\s+(?:(?:pas|nu|wel|al)\s+)?(?:in|op|voor|vóór|rond|begin|medio|eind|na|uiterlijk|dit|dat|volgend\w*|\d))"
)
NOT_BUT = re.compile(_NOT_BUT, _I)
# On schedule: a moment ahead said to be the one planned ("indiening volgt, zoals gepland, dit najaar", "ligt
# op schema") restates it, whatever the store's deadline says.
ON_SCHEDULE = re.compile(
    r"\bzoals\s+(?:eerder\s+)?(?:gepland|voorzien|afgesproken)\b|\b(?:volgens|conform)\s+(?:de\s+)?planning\b"
    r"|\bop\s+schema\b",
    _I,
)
MOVED = re.compile(
    r"\bmeer\s+tijd\b|\blater\s+dan\b|\bvertraging\b|\bvertraagd\b|\buitgesteld\b|\buitstel\b|\bvolg\w*\s+nu\b"
    r"|\bin\s+tegenstelling\s+tot\b|\banders\s+dan\s+(?:ik|wij|we)\b|"
    + _SHIFTED
    + "|"
    + _NOT_BUT
    + r"|\blater\b[^.]{0,30}?\bdan\s+(?:eerder\s+)?"
    r"(?:aangekondigd|toegezegd|gepland|voorzien|gemeld|verwacht)\b",
    _I,
)
OBJECT = re.compile(
    r"\b(?:moties?|toezegging\w*|toegezegd\w*|brief|(?:kabinets)?reactie|rapport\w*|onderzoek|beleidsdoorlichting"
    r"|evaluatie|informatie|antwoorden|beantwoording|notitie|plan|verslag|visie|wetsvoorstel|nota|advies"
    r"|overzicht|verkenning|analyse|monitor)\b",
    _I,
)
PROMISE_MADE = re.compile(r"\btoezegging\w*\s+(?:\S+\s+){0,6}?gedaan\b|\bde\s+toezegging\s+die\b", _I)
# A promise withdrawn, which CONVENTIONS records as postponed without a new moment: "Die toezegging trek
# ik daarom in", "Ik trek mijn toezegging om … in", "de toezegging in te trekken", "de toezegging is
# ingetrokken", "zie ik af van het onderzoek", "Van dat onderzoek zie ik af".
_WHO = r"(?:ik|wij|we|het\s+kabinet)"
_WITHDRAWN = (
    rf"\b(?:toezegging|belofte)\w*\s+{_GAP}{{0,6}}?trek\w*\s+{_WHO}\s+{_GAP}{{0,2}}?in\b"
    rf"|\b(?:trek\w*\s+{_WHO}|{_WHO}\s+trek\w*)\s+{_GAP}{{0,4}}?(?:toezegging|belofte)\w*\s+{_GAP}{{0,12}}?in\b"
    rf"|\b(?:toezegging|belofte)\w*\s+{_GAP}{{0,8}}?(?:(?:is|wordt|werd)\s+{_GAP}{{0,2}}?ingetrokken|in\s+te\s+trekken)\b"
    rf"|\b(?:zie\w*\s+{_WHO}|{_WHO}\s+zie\w*)\s+{_GAP}{{0,3}}?af\s+van\b"
    # "Ik zie er daarom van af die verkenning te laten uitvoeren": "ervan afzien", split
    rf"|\b(?:zie\w*\s+{_WHO}|{_WHO}\s+zie\w*)\s+er\s+(?:[^\s,;.]+\s+){{0,6}}?van\s+af\b"
    # "beschouw ik de toezegging als vervallen", "Die toezegging is daarmee vervallen", "laat ik vervallen"
    rf"|\b(?:toezegging|belofte)\w*\s+{_GAP}{{0,4}}?(?:als|is|zijn|laat\s+{_WHO})\s+{_GAP}{{0,2}}?vervallen\b"
    rf"|\bvan\s+[^.;]{{1,80}}?\bzie\s+{_WHO}\s+{_GAP}{{0,2}}?af\b"
)
WITHDRAWN = re.compile(_WITHDRAWN, _I)
DELAY = re.compile(
    _SHIFTED + r"|\bnog\s+(?:niet|geen)\b|\bmeer\s+tijd\b|\bniet\s+haalbaar\b|\bniet\s+mogelijk\b"
    r"|\bniet\s+(?:is\s+)?gelukt\b"
    r"|\bterug\s*(?:te\s+)?kom\w*\s+op\b|\bvertraging\b|\bvertraagd\b|\blater\s+dan\b|\buitstel\w*\b|\buitgesteld\b"
    r"|\banders\s+dan\b[^.]{0,80}?\b(?:gemeld|toegezegd|aangekondigd|verwacht|gepland|voorzien|geschreven)\b"
    r"|\bniet\s+(?:voor|binnen|op)\s+de\b|\bniet\s+(?:tijdig|gereed|klaar)\b|\bnog\s+(?:\S+\s+){0,4}?in\s+gesprek\b"
    r"|\blanger\s+(?:duurt|nodig)\b|\blaat\s+(?:\S+\s+){0,2}?op\s+zich\s+wachten\b|\bhelaas\b|\bin\s+tegenstelling\s+tot\b|\bniet\s+langer\b|\bvolg\w*\s+nu\b"
    r"|\bpas\s+(?:in|na|rond|eind|begin|medio|over|volgend\w*)\b|\bonmogelijk\b|\balsnog\b"
    r"|\blukt\s+(?:het\s+)?(?:\S+\s+)?niet\b|\bniet\b[^.,;]{0,40}?\b(?:lukken|nakomen|waarmaken)\b"
    r"|\blater\b[^.]{0,30}?\bdan\b|" + _WITHDRAWN + "|" + _NOT_BUT,
    _I,
)
# Several things of one kind counted: "twee evaluaties", "beide lopende onderzoeken". The kind names a group,
# so an item it names is not told apart from a look-alike of the same kind by it.
COUNTED = re.compile(
    r"\b(?:twee|drie|vier|vijf|beide|meerdere|enkele|verschillende)\s+(?:[^\W\d_]+e\s+)?(?P<kind>[^\W\d_]+)",
    _I,
)
# A delay denied is none: "loopt geen vertraging op", "wordt niet uitgesteld", "niet later dan 1 juli" (a
# deadline). The negation stands right before the word of delay or one or two words before it.
DENIED_DELAY = re.compile(
    r"\b(?:geen|niet)\s+(?:(?:enige|verdere|verder|extra|meer|zal|wordt|worden|is|zijn)\s+){0,2}"
    r"(?:vertraging\w*|vertraagd|uitstel\w*|uitgesteld|verschoven|later)\b",
    _I,
)
# A delay that says how an act of sending done now was done, fronted before its verb ("Met enige vertraging
# stuur ik u hierbij de evaluatie") or set off after it ("Hierbij ontvangt u, later dan toegezegd, het
# rapport"): the promise is kept now, late, not moved.
_LATE = (
    r"met\s+(?:\S+\s+){0,2}?vertraging"
    r"|(?:iets\s+|wat\s+)?later\s+dan\s+(?:\S+\s+){0,2}?(?:toegezegd|gepland|voorzien|aangekondigd|gemeld)"
)
_SENT_HERE = r"(?:stuur|zend|bied|ontvangt|treft|vindt)\s+(?:ik|wij|we|u)\b"
LATE_DELIVERY = re.compile(
    rf"(?:^|(?<=[.;:]\s))\s*(?P<late>{_LATE})(?=,?\s+{_SENT_HERE}[^.;]{{0,40}}?\b(?:hierbij|bijgaand)\b)"
    rf"|\b(?:hierbij|bijgaand)\s+{_SENT_HERE}(?:\s+u)?\s*,\s*(?P<aside>{_LATE})\s*,",
    _I,
)
# Sending in the present tense: "stuur ik u", "bied ik u … aan", "In de bijlage vindt u", "bericht ik u".
SEND_ACT = re.compile(
    r"\b(?:stuur|zend|bied|informeer|bericht|deel)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer)\b"
    r"|\b(?:ik|wij|we)\s+(?:stuur|zend|bied|informeer|bericht)\s+(?:u|uw\s+Kamer)\b"
    r"|\b(?:treft|vindt|ontvangt)\s+u\b|\bontvangt\s+(?:uw|de)\s+Kamer\b|\bdoe\s+ik\s+u\b[^.]{0,80}\btoekomen\b"
    r"|\b(?:reageer|antwoord)\s+(?:ik|wij|we)\b|\bstel\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer)\s+(?:\S+\s+){0,3}?op\s+de\s+hoogte"
    r"|\bmet\s+deze\s+brief\s+(?:wil|wil\s+ik|kom\s+ik)\b"
    r"|\b(?:dat|dit)\s+doe\s+ik\s+(?:hierbij|bij\s+deze|met\s+deze\s+brief|nu)\b",
    _I,
)
# A place in another document ("vindt u in de halfjaarlijkse rapportage"), not a part of this letter.
ELSEWHERE = re.compile(
    r"\bin\s+(?:de|het)\s+(?!(?:bijlage|tabel|overzicht|paragraaf|hoofdstuk|onderstaande|volgende)\b)\w+", _I
)
# Another letter, one still to come: "in een afzonderlijke brief", "met een aparte brief", "in de volgende
# brief".
OTHER_LETTER = re.compile(
    r"\b(?:in|met|bij)\s+(?:een|de)\s+(?:afzonderlijke|aparte|separate|volgende|latere|nieuwe)\s+"
    r"(?:kamer)?brief\b",
    _I,
)
FINDS = re.compile(r"\b(?:vindt|treft)\s+u\b", _I)
# "ontvangt u" is as often the future ("Het jaarverslag ontvangt u voor de zomer") as the present; it sends
# now only with a word that places the thing in or with this letter ("Hierbij ontvangt u", "bij deze brief").
RECEIVES = re.compile(r"\bontvangt\s+(?:u|uw\s+Kamer|de\s+Kamer)\b", _I)
HERE = re.compile(
    r"\b(?:hierbij|bijgaand|hieronder|onderstaand|hiermee|(?:in|met|bij|middels)\s+(?:deze|onderhavige)\s+"
    r"(?:kamer)?brief|(?:in|als)\s+(?:de\s+)?bijlagen?)\b",
    _I,
)
INTERIM = re.compile(r"\b(?:zal|zullen)\b[^.]{0,80}\bnader\s+(?:informeren|berichten|terugkomen)\b", _I)
BACK = re.compile(
    r"(?:Dat|Dit|Die|Deze|Hiermee|Daarmee|Naar\s+aanleiding\s+hiervan)\b"
)  # "Dat doe ik hierbij."
OPENING = 2  # the first prose sentences of a letter say what it answers
SENDING = re.compile(
    r"\b(?:hierbij|bijgaand|in\s+de\s+bijlage|als\s+bijlage|met\s+deze\s+brief|middels\s+deze\s+brief)\b[^.]{0,80}?"
    r"\b(?:zend|stuur|bied|ontvangt|vindt|treft|informeer|deel)\w*"
    # the verb first, by whoever sends: "De staatssecretaris biedt haar u hierbij aan", "Het kabinet zendt u
    # hierbij het actieplan"
    r"|\b(?:zend|stuur|bied)\w*\s+(?:\S+\s+){0,3}?(?:hierbij|bijgaand)\b",
    _I,
)


# A promise recalled in the passive: "Uw Kamer is toegezegd …", "werd in het debat toegezegd".
_PROMISED_PASSIVE = re.compile(rf"\b(?:is|werd|was)\s+{_GAP}{{0,12}}?toegezegd\b", _I)


def kept_as_recalled(before: str, sentence: str) -> bool:
    """A promise recalled in ``before`` and kept with this letter in ``sentence`` ("… heb ik toegezegd u te
    informeren over X. Met deze brief informeer ik u over X"): like "zoals toegezegd", the promised thing
    itself, however early. Whether both speak of one subject is for the caller to tell."""
    recalled = RECALL.search(before) or PROMISE_MADE.search(before) or _PROMISED_PASSIVE.search(before)
    return bool(recalled and SENDING.search(sentence) and not DELAY.search(sentence))


def sent_as_promised(text: str) -> bool:
    """Sent with this letter and said to be as promised ("Hierbij stuur ik u, zoals toegezegd, …"): the
    promised thing itself, however early, not an interim letter on its subject. ("Daarop ga ik, zoals
    toegezegd, in de jaarlijkse rapportage in" sends nothing now.)"""
    return bool(AS_PROMISED.search(text) and SENDING.search(text))


# An act ahead in the present, by whoever acts: "ik stuur", "de staatssecretaris stuurt u", "informeert".
INTENT = re.compile(
    r"\b(?:verwacht\w*|streef\w*|zal|zullen|wil|hoop|ga|gaat|voornemens|planning|beantwoord\w*|informeert?"
    r"|stuurt?|zendt|ontvangt|uiterlijk|volgt|volgen|verschijnt|verschijnen|gereed|krijgt|wordt|worden)\b"
    # "wordt … ingediend", "kunt u … tegemoet zien", "kom ik … terug"
    r"|\btegemoet\s*(?:te\s+)?zien\b|\bkom\w*\s+(?:\S+\s+){0,8}?terug\b",
    _I,
)
CAUSE = re.compile(
    r"\b(?:omdat|vanwege|doordat|wegens|aangezien|namelijk)\b|\b(?:als|ten)\s+gevolge?\s+van\b"
    r"|\bin\s+verband\s+met\b",
    _I,
)
# A clause of cause up to its comma: "omdat het Nivel de gegevens pas in april kon ontvangen". Its moments
# explain a delay; they are not when the thing is due.
# A cause given by a preposition ("Vanwege vertraging bij de dataverzameling wordt dit het tweede kwartaal")
# is a phrase that ends before the finite verb of the main clause, which follows it without a comma.
_FINITE = (
    r"\b(?:wordt|worden|is|zijn|zal|zullen|kan|kunnen|moet|moeten|heeft|hebben|komt|komen|volgt|volgen)\b"
)
# A relative clause on a word of the cause belongs to the cause: "omdat de Douane wil vergelijken met die van
# de Belgische douane, die hun gegevens pas in december aanleveren".
CAUSE_CLAUSE = re.compile(
    rf"\b(?:vanwege|wegens)\b(?:(?!{_FINITE})[^,;:.])*"
    r"|\b(?:omdat|doordat|aangezien|namelijk)\b(?:[^,;:.]|\.(?=\s*[a-z\d]))*"
    r"(?:,\s*(?:die|dat|welke|waar(?:door|van|voor|in|mee|op|aan))\b(?:[^,;:.]|\.(?=\s*[a-z\d]))*)*",
    _I,
)
# A clause that does not assert its act: whether ("of daarmee aan de motie is voldaan, beoordeel ik later"), a
# condition or a moment still to come ("zodra het onderzoek is afgerond", "als de wet is aangenomen"), or a
# purpose ("opdat"). It runs from its conjunction to the next comma, semicolon, colon or full stop. "als"
# and "of" open such a clause only at a clause's start ("beschouw ik de motie als afgedaan" asserts; "de motie
# of het verzoek" coordinates).
UNASSERTED_CLAUSE = re.compile(
    r"(?:(?<=[,;:(])|^)\s*(?:(?:en|maar|dus|want|ook|pas|alleen)\s+)?(?:of|als)\b[^,;:.]*"
    r"|\b(?:zodra|wanneer|indien|tenzij|mits|opdat|totdat|zolang)\b[^,;:.]*",
    _I,
)
# The moment a promise was made, not the one it was due by: a bare month or day right before the participle
# ("wat ik u in maart heb toegezegd", "dat ik op 3 april heb gemeld"); "voor 1 juni had beloofd" is due.
PROMISED_AT = re.compile(
    r"\s*(?:(?:heb|had|hebben|hadden)\s+)?(?:toegezegd|beloofd|gemeld|aangegeven|aangekondigd|geschreven"
    r"|laten\s+weten|toezegde|beloofde|meldde|schreef|schreven|berichtte|zei)\b"
    r"|\s*(?:had|hadden|zou|zouden)\s+(?:\S+\s+){0,2}?(?:willen|zullen)\b"  # "in mei had willen sturen"
    # a recalled plan closing its clause: "(die u) in juni zou ontvangen, is inmiddels verstuurd"
    r"|\s*(?:zou|zouden)\s+(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+en(?=\s*[,;)])",
    _I,
)
# A clause that recalls a promise inside a sentence about what happens now.
SUBORDINATE = re.compile(
    r"\s*(?:dat|die|wat|waar(?:over|van|in|mee|op|aan)|zoals|hoewel|anders\s+dan|in\s+tegenstelling\s+tot\s+wat)\b",
    _I,
)
# What a study found, as the letter reports it: "Uit de uitvoeringstoets blijkt dat …", "De onderzoekers
# concluderen dat …", "Het rapport laat zien dat …". Its clause of "dat" describes the world the study saw (up
# to the end of the sentence or a semicolon), not what the letter does.
_STUDY = (
    r"(?:onderzoek|rapport|evaluatie|analyse|studie|monitor|\w*toets|peiling|verkenning|cijfers|gegevens)\w*"
)
_FOUND = (
    r"(?:blijkt|blijken|conclude\w*|constate\w*|stel\w*\s+vast|laat\s+zien"
    r"|laten\s+zien|toon\w*\s+aan|wijs\w*\s+erop|wijzen\s+erop)"
)
FINDING = re.compile(rf"\b{_STUDY}\b[^.;]{{0,60}}?\b{_FOUND}\s+(?P<found>dat\b[^;]*?)(?=;|\.(?:\s|$)|$)", _I)
# A moment after an event still to come, after a present act: "bericht ik u na afloop ervan", "informeer ik u
# na de vaststelling ervan in de Raad", "nadat de Raad heeft besloten". Dutch says the future in the present.
AFTER_EVENT = re.compile(r"\bna\s+(?:afloop|(?:de|het)\s+(?:\w+\s+){0,2}?\w+(?:ing|name|ie))\b|\bnadat\b", _I)
# A subordinate clause opened in the clause a moment stands in: relative "die", "waarvoor", or a subordinator.
SUBORDINATE_OPENS = re.compile(
    r"\b(?:die|welke|waar(?:over|van|in|mee|op|aan|voor|bij|door|na|uit)|toen|nadat)\b", _I
)
# The perfect of a clause with its verbs at the end, a phrase of place at most after it: "(waarvoor …) zijn
# geplaatst in Veldhoven", "heb toegezegd", "gestart is".
_AUX = r"(?:is|zijn|was|waren|werd|werden|heb|heeft|hebben|had|hadden)"
_PARTICIPLE = r"\w{0,6}(?:ge|ver|be|ont|her)\w{1,}(?:[dt]|en|aan)"
VERB_FINAL_PERFECT = re.compile(rf"\b(?:{_AUX}\s+{_PARTICIPLE}|{_PARTICIPLE}\s+{_AUX})\b", _I)
CLAUSE_END = re.compile(r"[,;:.()]")
# A moment put first, the auxiliary of the perfect right after it (verb second) and the participle ending the
# clause: "Op 3 maart is de regeling opengesteld", "In april werden de cijfers gepubliceerd". ("Op 1 juli is
# de regeling gereed" is present: an adjective, not a participle.)
FRONTED_PERFECT = re.compile(
    rf"\s*{_AUX}\s+(?:[^\s,;:.()]+\s+){{0,12}}?(?!(?:gereed|beschikbaar|bekend)\b){_PARTICIPLE}\s*(?=[,;:.()]|$)",
    _I,
)
NOT_THEN = re.compile(r"\bniet\s+(?:\S+\s+)?$", _I)  # "niet dit najaar", "niet in juni maar …"
# A clause in the perfect around a moment: "is in april gestart", "hebben in mei het plan vastgesteld".
PAST_AUXILIARY = re.compile(r"\b(?:is|zijn|was|waren|werd|werden|heeft|hebben|had|hadden)\b", _I)
MODAL = re.compile(r"\b(?:zal|zullen|wordt|worden|kan|kunnen|moet|moeten|wil|willen|verwacht\w*)\b", _I)
PARTICIPLE_NEXT = re.compile(r"\s+(?:[^\W\d_]+\s+){0,3}?\w*ge\w{2,}[dt]\b", _I)
MOVED_TO = re.compile(r"\bnaar\b", _I)  # "verschuift naar het najaar", "uitgesteld naar oktober"
BY_PHRASE = re.compile(r"(?:voor|vóór|uiterlijk|binnen|tot)\b", _I)  # "voor 1 juni": what it is due by
# "Dit komt doordat …", "De reden is …", and a sentence that opens with its cause: "Door vertraging bij … lukt
# dat niet" (a fronted "door" names a cause; "door" inside a clause is as often the agent of a passive).
CAUSE_SENTENCE = re.compile(
    r"^(?:(?:Dit|Dat)\s+(?:komt|heeft\s+te\s+maken)|De\s+reden|Door(?!\s+middel\b))\b", _I
)
THEREFORE = re.compile(r"\b(?:daarom|dientengevolge|hierdoor|daardoor)\b", _I)
NEEDS = (
    re.compile(
        r"\bmeer\s+tijd\b|\bnodig\b|\bafhankelijk\s+van\b|\bnog\s+(?:\S+\s+){0,4}?in\s+gesprek\b|\bcomplex\b",
        _I,
    ),
    re.compile(r"\bnog\s+niet\b", _I),
)  # what a delay needs, the more telling first
BLANK_LINE = re.compile(r"\n[ \t]*\n")  # ends a paragraph
WINDOW = 4  # sentences after a recalled promise that may hold its delay
# "Het uitstel heeft geen gevolgen voor de openstelling": what follows is expressly not delayed
UNAFFECTED = re.compile(
    rf"\b(?:geen|niet)\s+{_GAP}{{0,2}}?(?:gevolgen|invloed|consequenties|effect)\s+(?:voor|op)\b|\bstaat\s+los\s+van\b",
    _I,
)
REACH = 10  # sentences after a recalled promise that may hold its new moment (within the next paragraph)
REASON_LIMIT = 300

# The object of informing, sending or answering: "informeer ik u over <de voortgang van …>", "ga ik in op
# <…>", "licht ik <de gevolgen …> toe", "geef ik een stand van zaken van <…>", "zend ik u <het rapport …>".
_OBJECT_TEXT = r"(?P<object>(?:[^.;:?]|\.(?=\s*[a-z\d]))+)"  # "d.d. 5 juni jl. en …" goes on
INFORM_OBJECT = (
    re.compile(
        r"\b(?:informeer\w*|informeren|geïnformeerd|bericht\w*|hoogte\s+(?:te\s+)?(?:stellen|brengen|stel)"
        rf"|op\s+de\s+hoogte)\b[^.;]*?\bover\s+{_OBJECT_TEXT}",
        _I,
    ),
    re.compile(rf"\b(?:ga|gaan|ingaan|in\s+te\s+gaan)\b(?:\s+\S+){{0,5}}?\s+in\s+op\s+{_OBJECT_TEXT}", _I),
    re.compile(rf"\b(?:schets|beschrijf|presenteer|licht)\s+(?:ik|wij|we)\s+(?:u\s+)?{_OBJECT_TEXT}", _I),
    re.compile(rf"\bgeef\s+(?:ik|wij|we)\s+(?:u\s+)?(?:een\s+)?{_OBJECT_TEXT}", _I),
    re.compile(
        rf"\b(?:zend|stuur|bied|doe)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer)\b,?(?:\s+mede\s+namens\s+[^,]+,)?\s*"
        rf"{_OBJECT_TEXT}",
        _I,
    ),
    re.compile(rf"\b(?:treft|vindt|ontvangt)\s+(?:u|uw\s+Kamer|de\s+Kamer)\s+{_OBJECT_TEXT}", _I),
    re.compile(rf"^(?:in\s+(?:reactie|antwoord)\s+op|naar\s+aanleiding\s+van)\s+{_OBJECT_TEXT}", _I),
)
# An opening that answers: "In reactie op de brieven van de vaste commissie …, laat ik u weten".
ANSWERING = re.compile(
    r"(?:In\s+(?:reactie|antwoord)\s+op|Naar\s+aanleiding\s+van\s+(?:uw|de|het)|Op\s+(?:uw\s+)?verzoek)\b", _I
)
# "hierover", "daarover", "hiervan": the subject is in the sentence before.
REFERS_BACK = re.compile(r"\b(?:hier|daar)(?:over|van|mee|op|aan)\b", _I)
# What a letter's opening says the letter itself does ("Met deze brief informeer ik u …", "Hierbij zend ik
# u …", "In deze brief ga ik in op …").
THIS_LETTER = re.compile(
    r"\b(?:hierbij|bijgaand|hiermee|(?:met|in|middels)?\s*(?<!los van )deze\s+(?:kamer)?brief)\b",
    _I,
)
# Several objects in one opening or subject line: "over de voortgang van X en over Y", "X, Y en Z".
TOPIC_SPLIT = re.compile(
    r"(?:,|\s+(?:en|alsmede|evenals))\s+(?=(?:de|het|een|over|op|aan|mijn|ons|onze)\b)", _I
)  # "de contouren en uitgangspunten" is one subject
TOPIC_WORDS = 2  # a topic needs this many words of its own, else it belongs to the one before
SUBJECT_LINE = re.compile(
    r"^[ \t]*(?:Betreft|Onderwerp)\b[ \t]*:?[ \t]*(?:\n[ \t]*)?(?P<subject>\S[^\n]*)$", re.M
)
# The words that end an object without being part of it ("… toe", "… aan").
OBJECT_TAIL = re.compile(r"\s+(?:toe|aan|mee)\d{0,2}\s*$", _I)
# A subject that comes later: a moment ahead, or "in de volgende voortgangsbrief", "te zijner tijd".
LATER = re.compile(
    r"\bin\s+de\s+volgende\s+\w+|\bte\s+zijner\s+tijd\b|\bzodra\b|\bnader\s+(?:informeren|berichten)\b"
    r"|\bzo\s+(?:spoedig|snel)\s+mogelijk\b|\beerstvolgende\b|\bop\s+een\s+later\s+moment\b"
    r"|\b(?:apart|afzonderlijk|separaat)\b|\b(?:aparte|afzonderlijke|separate)\s+brief\b"
    r"|\blos\s+van\s+deze\s+(?:kamer)?brief\b"
    r"|\b(?:later|nader|nog)\s+(?:\S+\s+){0,2}?terug\b"
    r"|\bzal\b[^.]{0,80}\b(?:worden\s+)?(?:ingediend|gestuurd|aangeboden|toegezonden|informeren)\b",
    _I,
)
# A thing handed over (which may be a product), not only information: "zend ik u", "treft u … aan".
SENDS = re.compile(r"\b(?:zend|stuur|bied|treft|vindt|ontvangt|doe\s+ik\s+u)\b", _I)
# Where a letter gives an answer itself: "hieronder", "in deze brief", "bijgaand", "in de bijlage".
ANSWER_HERE = re.compile(
    r"\b(?:hieronder|onderstaand|hierbij|bijgaand|in\s+(?:deze|onderhavige)\s+(?:kamer)?brief"
    r"|met\s+deze\s+(?:kamer)?brief|in\s+de\s+bijlage|als\s+bijlage)\b",
    _I,
)
# "ga ik (daar)op in": the present of "ingaan", which is no future "ga".
GO_INTO = re.compile(r"\b(?:ga|gaat|gaan)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:\S+\s+){0,3}?in\b", _I)
# Informing now, in the present tense ("informeer ik", "ga ik in op"), not "heb ik geïnformeerd".
INFORM_NOW = re.compile(
    r"\b(?:informeer|bericht|schets|beschrijf)\s+(?:ik|wij|we)\b"
    r"|\bga\s+(?:ik|wij|we)\s+(?:\S+\s+){0,3}?in\s+op\b",
    _I,
)
# "van die uitspraak": the object was named in the sentence before.
ANAPHOR_WORD = re.compile(r"\b(?:van|over|op|aan|met)\s+(?:die|deze|dit|dat)\s+[^\W\d]+", _I)
# A footnote marker after a full stop: "… is hierbij leidend.1".
# A date that names an event ("het vragenuur van 7 november") rather than a moment something is due by.
EVENT_DATE = re.compile(r"\bvan\s*$", _I)
DUE_DATE = re.compile(r"\b(?:datum|termijn|deadline|streefdatum|einddatum)\s+van\s*$", _I)  # not an occasion
INTRODUCTION = 8  # prose sentences before the first heading that may say what the letter is about
FOCUS_WORDS = 2  # content words an object needs to name a subject of its own
# The dictum of a motie quoted in the letter ("Verzoekt de regering … te informeren over de wijze waarop …"):
# what the Kamer asked, not what the letter does.
DICTUM = re.compile(
    r"\b(?:verzoekt|verzoeken|verzocht|vroeg|vroegen|roept|draagt)\s+(?:\S+\s+){0,2}?(?:de\s+regering|het\s+kabinet)"
    r"\b[^.]*"
    # recalled in the passive: "In de motie … is de regering verzocht te onderzoeken hoe …"
    r"|\b(?:de\s+regering|het\s+kabinet)\s+(?:\S+\s+){0,2}?(?:verzocht|gevraagd|opgeroepen)\b[^.]*"
    # or with the government the object of the Kamer's asking, however long the phrase of when it asked:
    # "Uw Kamer heeft de regering tijdens de behandeling van de begroting verzocht om …"
    r"|\b(?:heeft|hebben|had|is|werd)\s+(?:de\s+regering|het\s+kabinet)\s+(?:[^\s,.;]+\s+){0,8}?"
    r"(?:verzocht|gevraagd|opgeroepen)\b[^.]*",
    _I,
)
# A promise or motie as a register or an annex table records it, in the third person ("De minister zal de
# Kamer informeren over …", "De motie van het lid Kuik; Verzoekt de regering …"): its own "zal" is the
# promise, and what became of it stands in the cells after it ("Afgedaan.", "Loopt. … is vertraagd").
RECORDED = re.compile(
    r"^(?:De|Het)\s+(?:minister(?:-president)?|staatssecretaris|regering|kabinet|bewindspersoon)\b[^.]{0,60}?"
    r"\b(?:zal|zullen|zegt\s+toe|zeggen\s+toe)\b"
    r"|^(?:De\s+)?[Mm]otie\s+van\s+(?:het\s+lid|de\s+leden)\b[^.;]{0,120}[;:]\s*[Vv]erzoek",
    _I,
)
ROW = 6  # sentences of an annex row read after the recorded promise: its place, its state
# The state cell of such a row that says it is done: "Afgedaan.", "Voldaan.", "Uitgevoerd met …".
STATE_DONE = re.compile(
    r"^(?:Afgedaan|Voldaan|Uitgevoerd|Afgerond|Nagekomen|Ingevuld)\b(?!\s+(?:worden|wordt))", _I
)
# The same state after the item in a list: "- motie-Paternotte over schoolmaaltijden: uitgevoerd met …".
LISTED_DONE = re.compile(
    r"^\s*(?:[-•*–]|\d{1,2}[.)])\s[^:]{0,200}:\s*(?:afgedaan|voldaan|uitgevoerd|afgerond|nagekomen|ingevuld)\b"
    r"(?!\s+(?:worden|wordt))",
    _I,
)
