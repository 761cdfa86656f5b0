"""The language of promises in Kamerbrieven, as named tables of patterns.

Each :class:`Cue` is one way a government promise is written ("Ik zal uw Kamer ... informeren",
"Uw Kamer wordt jaarlijks geïnformeerd", "Ik streef ernaar ... te delen", "zal begin oktober gereed zijn"),
with what it needs around it in the sentence: a government subject, a forward-looking deadline, the Kamer as
addressee. Vetoes are the ways a sentence says that it is not a promise of the government: a request or
advice by others, a second-person future, a negated future, a description of this very letter. The patterns
are matched against one sentence of the analysis text (hyphenated line breaks joined).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from commitments.deadlines.patterns import OCCASION
from commitments.titles import PRONOUN_OBJECT


def _words(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


_I = re.IGNORECASE
FUTURE = r"\b(?:zal|zullen)\b"
LIST_MARK = r"[•▪◦·●\-–*]|\d{1,2}[.)]"  # the mark of a list item: a bullet or a number
FIRST_PERSON = r"\b(?:ik|wij|we)\b"
GO = r"\b(?:ga|gaan|gaat)\b(?!\s+(?:\S+\s+){0,2}?(?:ervan|er\s+van|daarvan|hiervan|akkoord|over)\b)"
# "gaan" with an act, not "ingaan op" (going into a subject: the "discusses" cue, which needs a moment).
GO_ACT = rf"{GO}(?!\s+(?:\S+\s+){{0,2}}?in\s+op\b)"
GOVERNMENT = _words(
    r"\b(?:het|dit)\s+kabinet\b",
    r"\bde\s+regering\b",
    r"\b(?:de\s+)?(?:minister(?:-president)?|staatssecretaris|bewindspersoon|premier)\b",
    r"\bhet\s+ministerie\b",
    r"\bhet\s+Rijk\b",
    r"\bmijn\s+ministerie\b",
    r"\bDefensie\b",
)
GOVERNMENT_RE = re.compile(GOVERNMENT, _I)
# The services and agencies that carry out the ministries' policy, by their names ("Rijkswaterstaat", "de
# Belastingdienst", "de IND"): the government acting, not another party.
_SERVICE_NAMES = (
    r"Rijks[a-z]+|[A-Z][a-z]*dienst|Dienst|Agentschap|Douane|Toeslagen|IND|DUO|RVO|CJIB|DJI|NVWA|Logius"
)
_SERVICE = rf"(?-i:\b(?:{_SERVICE_NAMES})\b)"
KAMER = _words(
    r"\b(?:[Uu]w|[Dd]e|[Hh]et)\s+(?:Tweede\s+|Eerste\s+)?(?:Kamer|parlement|Kamercommissie|commissie)\b",
    r"\b[Uu]\b",
    r"\bStaten-Generaal\b",
)
# Members of the Kamer stand for it: "Daarbij ga ik in op de vraag van het lid Bikker".
KAMER_MEMBER = r"\b(?:[Hh]et\s+lid|[Dd]e\s+leden)\s+(?:van\s+)?[A-Z]|\b[Kk]amerle(?:d|den)\b"
INFORM_VERB = _words(
    r"\binform(?!atie)\w*",  # informing, not the noun ("informatie", "Informatiehuishouding")
    r"\bge[iï]nformeerd\b",
    r"\b(?:toe|ver)?(?:stuur|stuurt|sturen|zend|zendt|zenden)\b",
    r"\b(?:toezending|verzending|briefing)\b",
    r"\btoe\s+te\s+(?:sturen|zenden)\b",
    r"\b(?:toegestuurd|toegezonden|gestuurd|gezonden)\b",
    r"\bdoen\s+toekomen\b",
    r"\b(?:aanbieden|aangeboden|aan\s+te\s+(?:kunnen\s+)?bieden|bied\w*)\b",
    r"\b(?:delen|gedeeld)\b",
    r"\b(?:rapporteren|rapporteer|gerapporteerd)\b",
    r"\bop\s+de\s+hoogte\s+(?:stellen|houden|brengen)\b",
    r"\bterug\s*(?:te\s+)?komen\b",
    r"\bin\s*(?:te\s+)?gaan\s+op\b",
    r"\breactie\b",
    r"\bvoorleggen\b|\bvoorgelegd\b",
    r"\bverslag\s+(?:doen|uitbrengen)\b",
    r"\b(?:berichten|bericht)\b",
    r"\blaten\s+weten\b",
    r"\bontvangt\b",
    r"\b(?:ga|gaat|gaan)\s+(?:\S+\s+){0,6}?in\s+op\b",
    r"\bop\s+de\s+hoogte\b",
)
PASSIVE_INFORM = (
    r"\b(?:wordt|worden|zal|zullen)\b(?:\s+\S+){0,14}?\s+"
    r"(?:ge[iï]nformeerd|gerapporteerd|gedeeld|toegezonden|toegestuurd|voorgelegd|gestuurd|gezonden|verstuurd"
    r"|aangeboden|verstrekt|op\s+de\s+hoogte\s+(?:gehouden|gebracht|gesteld)|in\s+kennis\s+gesteld)\b"
)
# The Kamer as the one who receives: "U ontvangt de rapportage voor de zomer", "Uw Kamer kan de brief in maart
# tegemoet zien", "die uw Kamer in juni ontvangt".
# Any number of words may stand between the Kamer and its verb, within one clause and not across a past
# auxiliary ("Uw Kamer zal in het voorjaar van 2025 een tweede rapportage ontvangen", not "Uw Kamer heeft in
# januari de rapportage ontvangen"); a relative clause between commas on a word of it is still that clause
# ("dat uw Kamer de Staat, die het Kennisnetwerk opstelt, jaarlijks van mij ontvangt").
_SAME_CLAUSE_WORDS = (
    r"(?:(?!(?:heeft|hebben|had|hadden)\s)[^\s,;:]+(?:,\s+(?:die|dat|welke)\s+[^,;:.]+,)?\s+){0,20}?"
)
KAMER_RECEIVES = (
    rf"\b(?:[Uu]|[Uu]w\s+Kamer|[Dd]e\s+(?:Tweede\s+|Eerste\s+)?Kamer|[Dd]e\s+(?:vaste\s+)?(?:Kamer)?commissie"
    rf"|[Bb]eide\s+Kamers|[Dd]e\s+Kamerleden)\s+{_SAME_CLAUSE_WORDS}"
    r"(?:ontvangt|ontvangen|krijgt|krijgen|tegemoet(?:\s+|-)?zien|verwachten)\b"
    r"|\b(?:ontvangt|krijgt)\s+(?:u|uw\s+Kamer|de\s+(?:Tweede\s+)?Kamer)\b"
    # hearing from the government: "U hoort voor de zomer van mij"
    rf"|\b(?:[Uu]|[Uu]w\s+Kamer)\s+{_SAME_CLAUSE_WORDS}(?:hoort|horen)\s+{_SAME_CLAUSE_WORDS}van\s+(?:mij|ons)\b"
)
# A product that goes to the Kamer: "Het wetsvoorstel gaat na de zomer naar de Kamer", "De nota gaat uw Kamer
# binnen drie weken toe", "Het plan zal uw Kamer in het najaar bereiken", "De brief komt u in mei toe", "De
# brief komt voor de zomer naar uw Kamer", "Het wetsvoorstel ligt voor de zomer bij uw Kamer".
SENT_TO_KAMER = (
    r"\b(?:gaat|gaan|komt|komen|zal|zullen)\s+(?:[^\s,;:]+\s+){0,8}?naar\s+(?:uw|de)\s+(?:Tweede\s+)?Kamer\b"
    r"|\b(?:ligt|liggen)\s+(?:[^\s,;:]+\s+){0,8}?bij\s+(?:uw|de)\s+(?:Tweede\s+)?Kamer\b"
    r"|\b(?:gaat|gaan|komt|komen|bereikt|bereiken|zal|zullen)\s+(?:u|uw\s+Kamer|de\s+(?:Tweede\s+)?Kamer)\b"
    r"(?:\s+[^\s,;:]+){0,8}?\s+(?:toe|toegaan|toekomen|bereiken)\b"
)
# First-person present forms of informing and sending (they only go with "ik"), and the present forms that
# go with the cabinet or a minister: with a forward moment they state a plan ("en informeer uw Kamer voor het
# einde van het jaar", "Rond de zomer stuurt het kabinet uw Kamer een brief").
PRESENT_INFORM = _words(
    r"\b(?:informeer|informeert|stuur|stuurt|zend|zendt|bied|biedt|rapporteer|rapporteert|deel|deelt|bericht)\b",
    r"\b(?:houd|hou|houdt|stel|stelt|breng|brengt)\s+(?:ik\s+|wij\s+|we\s+)?(?:u|uw\s+Kamer|de\s+Kamer)\b",
    r"\b(?:doe|doet|doen)\s+(?:[^\s,;:]+\s+){0,8}?toekomen\b",  # "doe ik u een brief toekomen"
)
# The verbs by which a letter reports what was said before ("heb ik aangegeven dat ...").
REPORTING_VERB = _words(
    r"aangegeven", r"toegezegd", r"gemeld", r"laten\s+weten", r"aangekondigd", r"geschreven", r"meegedeeld"
)
# A dat-clause whose act goes to the Kamer in the present or future: "dat zij in mei een rapportage
# ontvangt", "dat ik uw Kamer voor de zomer informeer", "dat wij u een brief sturen".
EMBEDDED_ACT_TO_KAMER = (
    r"\bdat\s+(?:[^\s,;:]+\s+){0,20}?"
    r"(?:ontvangt|krijgt|informeer|informeren|informeert|stuur|sturen|stuurt|zend|zenden|zendt|bericht"
    r"|berichten|toekomen|terugkom|terugkomen|terugkomt|rapporteer|rapporteren)\b"
)
# What the government sends or makes: the object of a promise.
PRODUCT = _words(
    r"\b\w*(?:brief|reactie|rapport|rapportage|evaluatie|wetsvoorstel|nota|visie|agenda|besluit|onderzoek)\b",
    r"\b\w*(?:plan|actieplan|uitwerking|voorstel|regeling|monitor|analyse|verkenning|strategie)\b",
    r"\b\w*(?:handreiking|leidraad|richtlijn|overzicht|verslag|notitie|standpunt|protocol|convenant|routekaart)\b",
)
PRODUCT_RE = re.compile(PRODUCT, _I)
KAMER_ADDRESSEE = re.compile(rf"{KAMER}|{KAMER_MEMBER}")  # the Kamer or its members
# A plan stated without a person: "De planning is dat", "Naar verwachting", "Het streven is om".
IMPERSONAL_PLAN = _words(
    r"\bnaar\s+verwachting\b",
    # "De planning is", "Het tijdpad voor de invoering is", "De streefdatum van het besluit is"
    r"\b(?:de|het|mijn|onze)\s+(?:verwachting|planning|tijdpad|tijdsplanning|streefdatum|inzet)"
    r"(?:\s+(?:voor|van)\s+(?:de|het)\s+[^\s,;:]+)?\s+is\b",
    # "Het voornemen is om ...", "Het streven is dat ...", "Het voornemen is de regeling ... open te stellen",
    # "Het plan is om ..."
    r"\b(?:het|mijn|ons)\s+(?:streven|voornemen|plan)\s+is\s+(?:om|dat|(?:[^\s,;:]+\s+){1,12}?te\s+[^\W\d_]+en)\b",
    # "Het is mijn inzet om ...", "Het is ons voornemen ..."
    r"\bhet\s+is\s+(?:mijn|onze|ons)\s+(?:inzet|intentie|bedoeling|streven|voornemen)\b",
    r"\b(?:mijn|onze|ons)\s+(?:intentie|bedoeling|plan|voornemen|streven)\b",
    r"\bhet\s+is\s+de\s+bedoeling\b",
    r"\b(?:wordt|worden)\s+(?:(?!(?:en|maar|of|ik|wij|we)\b)[^\s,;:]+\s+){0,8}?verwacht\b",  # one clause
    r"\bverwacht\s+wordt\b",
    r"\b(?:wordt|worden)\s+(?:\S+\s+){0,4}?gestreefd\b|\bgestreefd\s+wordt\b",
    r"\bstaat\s+(?:\S+\s+){0,6}?gepland\b",
    r"\bbeoogd\w*\b",
)
# Acts that make a promise concrete enough to record without a stated moment.
ACT_VERB = _words(
    r"\baan\s+de\s+orde\s+stellen\b",
    r"\b(?:publiceren|openbaar\s+maken|indienen|aanbieden|opstellen|uitvoeren|starten|beginnen|organiseren)\b",
    r"\b(?:ontwikkelen|besluiten|uitwerken|evalueren|wijzigen|onderzoeken|verkennen|instellen|aanpassen|invoeren)\b",
    r"\b(?:vastleggen|uitbrengen|afronden|verzoeken|vragen|opdracht\s+geven|sturen|zenden|voorleggen)\b",
    r"\blaten\s+[^\W\d_]+en\b",  # having it done: "zal ik ... laten herberekenen"
    r"\b(?:benaderen|aanbesteden|bekendmaken|presenteren|uitbreiden|versterken|realiseren|opleveren)\b",
    r"\b(?:voorbereiden|betrekken|meenemen|verwerken|opnemen|bespreken|agenderen|vaststellen|nemen)\b",
    # a separable verb split by "te": "uit te voeren", "openbaar te maken", "in te dienen", "vast te stellen"
    r"\b(?:uit|op|in|aan|af|vast|voor|bekend|mee|openbaar|door|over)\s+te\s+[^\W\d_]+en\b",
)
ACT_OR_MESSAGE = re.compile(rf"{ACT_VERB}|{INFORM_VERB}", _I)
COMPLETION = (
    r"\b(?:gereed|klaar|afgerond|beschikbaar|operationeel|in\s+werking|van\s+kracht|van\s+start|gepubliceerd"
    r"|opgeleverd)\b"
)
INTENT = _words(
    r"\bverwacht(?:en)?\b",
    r"\bstreef\w*\b",
    r"\bstreven\b",
    r"\bvoornemens\b",
    r"\bvan\s+plan\b",
    r"\b(?:het\s+voornemen|de\s+intentie)\b",
    r"\bbereid\b",
    r"\baanleiding\s+om\b",
    r"\bgereed\s+om\b",
    r"\bbesloten\b",  # a decision to act: "heb ik besloten uw Kamer in het najaar een analyse te sturen"
    r"\b(?:zet|zetten|zetten)\s+(?:mij|me|ons|zich)\s+(?:\w+\s+){0,2}?in\b",
    r"\b(?:zet|zetten)\s+(?:\w+\s+){0,3}?(?:mij|me|ons|zich)\s+in\b",
)
# Intentions that only count with a moment ("ik verwacht ... te kunnen informeren dit najaar", "besloten
# ... per 1 januari te verlengen").
INTENT_NEEDS_MOMENT = re.compile(r"\bverwacht\w*\b|\bzet\w*\b|\bbesloten\b", _I)
# A willingness counts with a moment or a concrete act ("bereid ... openbaar te maken", "bereid de uitkomsten
# met uw Kamer te delen"), not alone ("dat ik bereid ben hiernaar te kijken").
INTENT_NEEDS_ACT = re.compile(r"\bbereid\b", _I)


# Forms that are no act of the speaker (a state, a modal, a past, an opinion), and the words that open a
# subordinate clause: neither makes "ik" + present tense a plan.
_NOT_STATE_VERB = (
    r"(?!(?:ben|is|zijn|was|waren|heb|hebben|had|hadden|vind|vinden|acht|achten|hoop|hopen|zie|zien|weet|weten"
    r"|kan|kunnen|moet|moeten|wil|willen|mag|mogen|zou|zouden|zal|zullen|ga|gaan|verwacht|verwachten|deel|delen"
    r"|constateer|constateren|merk|merken|begrijp|begrijpen|denk|denken|ken|kennen|blijf|blijven|sta|staan)\b)"
)
# Words that end like a verb ("-t", "-en") but are prepositions, pronouns or adverbs.
_NOT_A_VERB = (
    r"(?:met|uit|tot|niet|dat|wat|dit|het|tegen|binnen|buiten|boven|tussen|achter|geen|een|alleen|even)"
)
# A separable verb's particle closing its clause ("gaat ... in", "past ... aan").
_CLOSING_PARTICLE = r"\s+(?:in|uit|op|aan|af|vast|mee|door|voort|bij|toe)(?=\s*(?:[,;:.]|$))"
_CONJUNCTIONS = (
    "dat|als|zodat|waarna|omdat|wat|die|en|of|want|maar|toen|nu|hoe|waar|wanneer|zoals|tenzij|indien|voordat"
    "|nadat|terwijl|zodra|doordat|hetgeen|welke|waarmee|waarin|waarop|waarover|waarvoor|opdat|mits|wie|dan"
)


# A main clause in the first person's present after a clause of condition or time that opens the sentence
# ("Zodra de provincie het plan heeft vastgesteld, start ik de aanbesteding", "Mocht de evaluatie daartoe
# aanleiding geven, dan informeer ik uw Kamer"): the act waits for the condition, so the present is a
# promise. Not a state, a modal or a past ("Als ik naar de cijfers kijk, zie ik", "Nadat ..., stuurde ik"),
# nor "als" opening a phrase ("Als gevolg van ...").
ACT_ON_CONDITION = (
    r"^\W*(?:zodra|mocht|mochten|indien|wanneer|nadat"
    r"|als(?!\s+(?:gevolg|onderdeel|uitvloeisel|eerste|laatste|tweede|volgt|bijlage|reactie|het\s+ware)\b))\b"
    rf"[^;:]*?,\s+(?:dan\s+)?{_NOT_STATE_VERB}(?!(?:{_CONJUNCTIONS})\b)(?![^\W\d_]+[dt]e\s+ik\b)"
    r"[^\W\d_]+\s+(?:ik|wij|we)\b"
)


# What was named before, pointed back at from afar: "dat rapport", "die analyse", "hem", "haar".
_NAMED_BEFORE = r"(?:(?:dat|die)\s+[^\W\d_]{3,}|hem|haar)\b"


class Need(StrEnum):
    """What a cue needs from its sentence besides its own words. (A string enum hashes as its string, in C:
    what a sentence's moments meet, a tuple of these, keys the cues it may match for every sentence of a
    letter, and a plain enum's hash is a Python call.)"""

    NOTHING = "nothing"
    MOMENT = "moment"  # a forward deadline phrase, with or without a date
    DATED = "dated"  # a forward deadline with a date


@dataclass(frozen=True)
class Cue:
    """One way of writing a promise. ``kind`` None: inform verbs make a toezegging, else a deliverable."""

    name: str
    pattern: re.Pattern[str]
    need: Need
    confidence: float
    kind: str | None = None
    first_person: bool = False  # the promise rests on "ik"/"wij" being the government
    needs_kamer: bool = False
    needs_act: bool = False
    present_tense: bool = False  # vetoed by "hierbij", "in deze brief" and by Kamer meetings
    requires: re.Pattern[str] | None = None  # other words the sentence must hold


def _cue(name: str, pattern: str, need: Need, confidence: float, **options: object) -> Cue:
    return Cue(name, re.compile(pattern, _I), need, confidence, **options)  # type: ignore[arg-type]


# Coming back to a subject, a message to the Kamer: "ik kom op beide terug", "ik zal daar later op
# terugkomen", "terug te komen op de vraag", "Over de dekking kom ik terug bij ..." (not coming back from
# somewhere: it takes "op", or "over" fronted).
COMES_BACK_TO = (
    r"\b(?:hier|daar|er)?op\s+(?:[^\s,;:]+\s+){0,8}?terug\s*(?:te\s+)?kom\w*|\bterug\s*(?:te\s+)?kom\w*\s+op\b"
    r"|\b(?:kom|komt|komen)\s+(?:\S+\s+){0,10}?(?:hier|daar|er)?op\s+(?:[^\s,;:]+\s+){0,3}?terug\b"
    r"|^\W*over\s+(?:de|het|dit|deze|dat|die)\s+(?:[^\s,;:]+\s+){1,12}?(?:kom|komt|komen)\s+(?:\S+\s+){0,6}?terug\b"
)


PROMISE_CUES: tuple[Cue, ...] = (
    _cue(
        "explicit_promise",
        r"\b(?:ik\s+zeg|zeg\s+ik|wij\s+zeggen|zeggen\s+wij)\s+(?:u\s+|uw\s+Kamer\s+)?(?:hierbij\s+)?toe\b"
        # what it comes back to may be named ("ik kom op beide punten terug"); a verb joined by "en" or "maar"
        # shares the subject of the one before ("Ik zie geen aanleiding ..., maar kom daarop terug")
        r"|\b(?:kom\s+ik|ik\s+kom|komen\s+wij|wij\s+komen|(?:en|maar)\s+kom)\s+(?:\S+\s+){0,10}?(?:hier|daar)?op"
        r"\s+(?:[^\s,;:]+\s+){0,3}?terug\b"
        # the pronominal adverb before the moment: "Ik kom daarop voor Prinsjesdag terug", "Hierop kom ik in
        # het voorjaar terug"
        r"|\b(?:ik\s+kom|wij\s+komen|we\s+komen|(?:en|maar)\s+kom)\s+(?:hier|daar|er)op\s+(?:\S+\s+){0,8}?terug\b"
        r"|\b(?:hier|daar)op\s+(?:kom\s+ik|komen\s+wij|komen\s+we)\s+(?:\S+\s+){0,8}?terug\b"
        # a register of toezeggingen: "De minister zegt toe de Kamer voor de zomer te informeren"
        rf"|{GOVERNMENT}\s+(?:\S+\s+){{0,3}}?zegt\s+(?:\S+\s+){{0,3}}?toe\b"
        rf"|\bzegt\s+{GOVERNMENT}(?:\s+\S+){{0,6}}?\s+toe\b",
        Need.NOTHING,
        0.9,
        kind="toezegging",
        first_person=True,
    ),
    # The addressee promises the Kamer something: the bewindspersoon a nota is written to ("In de brief zegt
    # u toe de Kamer voor de zomer te informeren"), as the Kamer, the addressee of a Kamerbrief, promises
    # nothing.
    _cue(
        "addressee_promises",
        r"\b(?:zegt\s+u|u\s+zegt)\s+(?:\S+\s+){0,3}?toe\b",
        Need.NOTHING,
        0.85,
        kind="toezegging",
        needs_kamer=True,
    ),
    # A promise reported in a subordinate clause: "Ik heb uw Kamer laten weten dat zij in mei een rapportage
    # ontvangt", "Eerder heb ik aangegeven dat ik u in het najaar opnieuw bericht". The moment must still be
    # ahead of the letter; the past main verb only tells where the promise was made.
    _cue(
        "reported_promise",
        rf"\b{REPORTING_VERB}\s+dat\b",
        Need.MOMENT,
        0.75,
        kind="toezegging",
        first_person=True,
        requires=re.compile(EMBEDDED_ACT_TO_KAMER, _I),
    ),
    _cue(
        "future_inform", rf"{FUTURE}(?:\s+\S+){{0,25}}?\s+{INFORM_VERB}", Need.NOTHING, 0.85, needs_kamer=True
    ),
    _cue("passive_inform", PASSIVE_INFORM, Need.NOTHING, 0.8, needs_kamer=True, present_tense=True),
    _cue(
        "dated_receipt",
        r"\bontvangt\s+(?:uw|de)\s+(?:Tweede\s+)?Kamer\b|\bontvangt\s+u\b|\b(?:uw|de)\s+Kamer\s+ontvangt\b",
        Need.MOMENT,
        0.8,
        kind="toezegging",
        present_tense=True,
    ),
    _cue(
        "present_inform",
        r"\b(?:informeer|stuur|zend|bied|rapporteer)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer)\b"
        r"|\b(?:ik|wij|we)\s+(?:informeer|informeren|stuur|sturen|zend|zenden)\s+(?:u|uw\s+Kamer)\b",
        Need.MOMENT,
        0.8,
        kind="toezegging",
        first_person=True,
        present_tense=True,
    ),
    # Sending the Kamer what was named before, pointed back at from afar ("dat rapport", "die analyse",
    # "hem"): a product still to come ("De Inspectie publiceert haar bevindingen in december. Ik stuur u dat
    # rapport met mijn reactie"), not this letter ("deze brief", "hierbij": present_tense).
    _cue(
        "sends_what_was_named",
        rf"\b(?:ik|wij|we)\s+(?:stuur|sturen|zend|zenden)\s+(?:u\s+|uw\s+Kamer\s+)?{_NAMED_BEFORE}"
        rf"|(?:^\W*|[;:]\s*){_NAMED_BEFORE}\s+(?:stuur|zend)\s+(?:ik|wij|we)\b",
        Need.NOTHING,
        0.7,
        kind="toezegging",
        first_person=True,
        needs_kamer=True,
        present_tense=True,
    ),
    _cue(
        "kamer_receives",
        KAMER_RECEIVES,
        Need.MOMENT,
        0.8,
        kind="toezegging",
        present_tense=True,
    ),
    # Another body that receives a product from the government by a moment ahead: "Voor 1 maart ontvangen
    # gemeenten van mij een handreiking", "De scholen krijgen in het najaar van het ministerie een leidraad".
    _cue(
        "receives_from_government",
        rf"\b(?:ontvangt|ontvangen|krijgt|krijgen)\s+(?:[^\s,;:]+\s+){{0,8}}?van\s+(?:mij|ons|{GOVERNMENT})",
        Need.MOMENT,
        0.7,
        present_tense=True,
        requires=PRODUCT_RE,
    ),
    _cue(
        "sent_to_kamer",
        SENT_TO_KAMER,
        Need.MOMENT,
        0.75,
        kind="toezegging",
        present_tense=True,
        requires=PRODUCT_RE,
    ),
    _cue(
        "keeps_informed",
        r"\b(?:houd|hou|houden|stel|stellen)\s+(?:ik\s+|wij\s+|we\s+)?(?:u|uw\s+Kamer|de\s+Kamer)\s+"
        r"(?:\S+\s+){0,6}?op\s+de\s+hoogte\b",
        Need.NOTHING,
        0.75,
        kind="toezegging",
        first_person=True,
        present_tense=True,
    ),
    _cue(
        "present_inform_moment",
        PRESENT_INFORM,
        Need.MOMENT,
        0.75,
        needs_kamer=True,
        present_tense=True,
    ),
    # Going into a subject ("ingaan op"), a present verb of a letter's content, not "gaan" with an act: a
    # promise only by a moment ahead ("In het najaar ga ik nader in op de resultaten"), else what this letter
    # does ("In deze brief ga ik in op ...").
    _cue(
        "discusses",
        r"\b(?:ga|gaan)\s+(?:ik|wij|we)\s+(?:\S+\s+){0,3}?in\s+op\b"
        r"|\b(?:ik|wij|we)\s+(?:ga|gaan)\s+(?:\S+\s+){0,3}?in\s+op\b",
        Need.MOMENT,
        0.7,
        first_person=True,
        present_tense=True,
    ),
    _cue("impersonal_plan", IMPERSONAL_PLAN, Need.MOMENT, 0.7, present_tense=True),
    # What the government expects to have by a moment: "de resultaten verwacht ik voor het zomerreces",
    # "Wij verwachten het eindrapport in juni".
    _cue(
        "expected_product",
        r"\bverwacht(?:en)?\s+(?:ik|wij|we)\b|\b(?:ik|wij|we)\s+verwacht(?:en)?\b(?!\s+dat\b)",
        Need.DATED,
        0.65,
        kind="deliverable",
        first_person=True,
        present_tense=True,
        requires=re.compile(rf"{PRODUCT}|\b(?:resultat|uitkomst)\w*", _I),
    ),
    # What the government expects to be ready by a moment: "Ik verwacht dat de evaluatie in het najaar gereed
    # is", "Wij verwachten dat het plan eind 2024 beschikbaar is".
    _cue(
        "expected_completion",
        rf"\b(?:ik|wij|we)\s+verwacht(?:en)?\s+dat\b(?:\s+[^\s,;:]+){{1,14}}?\s+{COMPLETION}",
        Need.DATED,
        0.65,
        kind="deliverable",
        first_person=True,
        present_tense=True,
        requires=PRODUCT_RE,
    ),
    _cue(
        "product_follows",
        r"\b(?:volgt|volgen|verschijnt|verschijnen)\b|\ber\s+(?:\S+\s+){0,3}?(?:komt|komen)\b|\b(?:komt|komen)\s+er\b",
        Need.DATED,
        0.65,
        present_tense=True,
        requires=re.compile(PRODUCT, _I),
    ),
    _cue(
        "comes_with",
        r"\b(?:kom|komt|komen)\b(?:\s+\S+){0,8}?\s+met\s+(?:een|de|het)\b",
        Need.MOMENT,
        0.7,
        first_person=True,
        present_tense=True,
        requires=re.compile(PRODUCT, _I),
    ),
    # "gaan" as a future: "Ik ga uw Kamer na de zomer informeren", "Ik ga de regeling evalueren".
    _cue(
        "go_inform",
        rf"{GO}(?:\s+\S+){{0,25}}?\s+{INFORM_VERB}",
        Need.NOTHING,
        0.8,
        first_person=True,
        needs_kamer=True,
        present_tense=True,
    ),
    _cue(
        "go_act",
        rf"{GO_ACT}\s+(?:ik|wij|we|{GOVERNMENT})|(?:{FIRST_PERSON}|{GOVERNMENT})\s+(?:\S+\s+){{0,2}}?{GO_ACT}",
        Need.NOTHING,
        0.7,
        first_person=True,
        needs_act=True,
        present_tense=True,
    ),
    # Having it done: "Ik laat een onderzoek uitvoeren, waarvan de resultaten eind 2025 beschikbaar zijn".
    _cue(
        "commissioned",
        r"\b(?:ik|wij|we)\s+(?:laat|laten)\b|\b(?:laat|laten)\s+(?:ik|wij|we)\b",
        Need.DATED,
        0.7,
        kind="deliverable",
        first_person=True,
        present_tense=True,
    ),
    # A product whose making is commissioned needs no moment: "Ik laat hiervoor een verkenning uitvoeren",
    # "Wij laten een onderzoek doen naar ...": "laten", the product, and the infinitive of the act.
    _cue(
        "commissioned_product",
        rf"(?:\b(?:ik|wij|we)\s+(?:laat|laten)|\b(?:laat|laten)\s+(?:ik|wij|we))\s+(?:\S+\s+)?"
        rf"(?:een|de|het)\s+(?:(?!van\b)[^\s,;:]+\s+){{0,2}}?{PRODUCT}\s+(?:[^\s,;:]+\s+){{0,6}}?[^\W\d_]+en\b",
        Need.NOTHING,
        0.65,
        kind="deliverable",
        first_person=True,
        present_tense=True,
    ),
    # Taken into a coming letter: "Ik neem de uitkomsten mee in de voortgangsbrief", "Zijn vragen worden
    # betrokken bij het aangekondigde voortgangsbericht".
    _cue(
        "taken_into_letter",
        r"\b(?:neem|neemt|nemen|meegenomen|betrek|betrekt|betrekken|betrokken|verwerk|verwerkt|verwerken)\b"
        r"(?:\s+\S+){0,12}?\s+(?:mee\s+)?(?:in|bij)\s+(?:de|het|mijn|onze)\s+(?:\S+\s+){0,3}?"
        r"\w*(?:brief|bericht|rapportage|reactie|nota)\b",
        Need.NOTHING,
        0.7,
        kind="toezegging",
        present_tense=True,
    ),
    # A wish to act by a dated moment: "Ik wil de regeling per 1 januari 2026 aanpassen".
    _cue(
        "volition_act",
        r"\b(?:ik|wij|we)\s+(?:\S+\s+){0,2}?(?:wil|willen)\b|\b(?:wil|willen)\s+(?:ik|wij|we)\b",
        Need.DATED,
        0.65,
        first_person=True,
        present_tense=True,
        requires=re.compile(ACT_VERB, _I),
    ),
    _cue(
        "striving",
        r"\bstreef\w*\s+(?:\S+\s+){0,3}?naar\b|\bstreven\s+(?:\S+\s+){0,3}?naar\b",
        Need.MOMENT,
        0.7,
        first_person=True,
        present_tense=True,
    ),
    _cue("intention", rf"{INTENT}(?:\s+\S+){{0,30}}?\s+te\s+\w+", Need.NOTHING, 0.75, first_person=True),
    _cue(
        "future_act",
        rf"{FUTURE}\s+(?:ik|wij|we|{GOVERNMENT})|(?:{FIRST_PERSON}|{GOVERNMENT})\s+(?:\S+\s+){{0,2}}?{FUTURE}",
        Need.NOTHING,
        0.75,
        first_person=True,
        needs_act=True,
    ),
    _cue(
        "future_completion",
        rf"{FUTURE}(?:\s+\S+){{0,10}}?\s+(?:{COMPLETION}|worden\b)|{COMPLETION}\s+zal\s+zijn\b",
        Need.DATED,
        0.75,
        kind="deliverable",
    ),
    _cue("present_passive_dated", r"\b(?:wordt|worden)\b", Need.DATED, 0.65, present_tense=True),
    # A product that is ready by a dated moment ahead, told in the present: "Eind 2025 is de nieuwe
    # handreiking gereed", "In juni zijn de eerste resultaten beschikbaar".
    _cue(
        "present_completion_dated",
        rf"\b(?:is|zijn)\s+(?:(?!(?:niet|geen|nog\s+niet)\b)[^\s,;:]+\s+){{0,8}}?{COMPLETION}",
        Need.DATED,
        0.65,
        kind="deliverable",
        present_tense=True,
    ),
    # A product that lies ready by a dated moment: "Eind april ligt er een voorstel", "In juni ligt het plan
    # er"; not "Er ligt nu een voorstel" (no moment ahead).
    _cue(
        "lies_ready_dated",
        r"\b(?:ligt|liggen)\s+(?:er\b|(?:\S+\s+){1,6}?er\s*(?=[.,;]|$))",
        Need.DATED,
        0.65,
        kind="deliverable",
        present_tense=True,
        requires=PRODUCT_RE,
    ),
    # A thing planned for a moment ("De eindevaluatie is voorzien voor het voorjaar van 2026", "De opening
    # staat gepland voor eind 2025"): the planning says it is an act, so any moment ahead within a term will
    # do, not only one a date alone would make a promise of (PROMISE_HORIZON); not what is provided with
    # something ("De scholen zijn voorzien van ...").
    _cue(
        "planned",
        r"\b(?:is|zijn|staat|staan)\s+(?:\S+\s+){0,6}?(?:voorzien(?!\s+van\b)|gepland)\b",
        Need.MOMENT,
        0.65,
        kind="deliverable",
        present_tense=True,
    ),
    # A product of the government that takes place by a moment: "De evaluatie van de wet vindt in 2025
    # plaats", "Volgend jaar zal een evaluatie plaatsvinden" (not a meeting or others' event: the vetoes).
    _cue(
        "product_takes_place",
        r"\b(?:vindt|vinden|zal|zullen)\b(?:\s+\S+){0,10}?\s+plaats(?:vinden)?\b",
        Need.DATED,
        0.65,
        kind="deliverable",
        present_tense=True,
        requires=re.compile(PRODUCT, _I),
    ),
    _cue(
        "dated_start",
        r"\b(?:start|starten|begint|beginnen)\b|\b(?:gaat|gaan)\s+(?:\S+\s+){0,4}?van\s+start\b",
        Need.DATED,
        0.65,
        kind="deliverable",
        present_tense=True,
    ),
    # Taking effect, its particle before the moment: "De verhoging gaat in per 1 september".
    _cue(
        "takes_effect",
        r"\b(?:gaat|gaan)\s+in\s+(?:per|op|met\s+ingang\s+van)\b",
        Need.DATED,
        0.65,
        kind="deliverable",
        present_tense=True,
    ),
    # A thing that moves into a phase of its own by a dated moment, "gaan" with the phase closing the clause
    # or "open" as its particle: "Het wetsvoorstel gaat in het najaar in internetconsultatie", "De tweede
    # aanvraagronde gaat open op 1 maart", "De regeling gaat in mei open" (another party's: the vetoes).
    _cue(
        "enters_phase",
        r"\b(?:gaat|gaan)\s+(?:open\b|(?:[^\s,;:]+\s+){0,8}?(?:open|in\s+[^\W\d_]{4,})(?=\s*(?:[,;.]|$)))",
        Need.DATED,
        0.65,
        kind="deliverable",
        present_tense=True,
    ),
    # The government's act by a moment in a relative clause on what it makes, its verb in the present closing
    # the clause: "de nieuwe nota, die het kabinet in het najaar uitbrengt", "het plan, dat wij in mei
    # publiceren" (not a modal or a past: "die het kabinet wil halen", "dat ik vorig jaar heb gestuurd").
    _cue(
        "relative_government_act",
        rf",\s+(?:die|dat)\s+(?:{FIRST_PERSON}|{GOVERNMENT})\s+{_NOT_STATE_VERB}"
        rf"(?:(?!(?:heb|heeft|hebben|had|hadden|wil|willen|kan|kunnen|moet|moeten)\b)[^\s,;:]+\s+){{1,8}}?"
        r"[^\W\d_]+(?:t|en)(?=\s*(?:[,;.]|$))",
        Need.DATED,
        0.6,
        kind="deliverable",
        first_person=True,
        present_tense=True,
    ),
    _cue(
        "entry_into_force",
        r"\bin\s+werking\s+(?:treedt|treden|te\s+laten\s+treden)\b|\b(?:treedt|treden)\b(?:\s+\S+){0,8}?\s+in\s+werking\b",
        Need.DATED,
        0.65,
        kind="deliverable",
        present_tense=True,
    ),
    _cue(
        "act_on_condition",
        ACT_ON_CONDITION,
        Need.NOTHING,
        0.65,
        first_person=True,
        present_tense=True,
    ),
    # The first person in the present with a dated moment ahead: "Op basis van de uitkomsten besluit ik in het
    # najaar over ...", "Wij starten in mei met ...": "ik" opening the clause or right after its verb. Not a
    # state, a modal or a past ("ik ben", "kan ik", "ik had"), and not a subordinate clause ("dat ik").
    _cue(
        "present_first_person_dated",
        rf"(?:^\W*|(?<=[;:]\s))\b(?:ik|wij|we)\s+{_NOT_STATE_VERB}[^\W\d_]+\b"
        rf"|\b(?=[^\W\d_]+\s+(?:ik|wij|we)\b)(?!(?:{_CONJUNCTIONS})\b){_NOT_STATE_VERB}[^\W\d_]+\s+(?:ik|wij|we)\b",
        Need.DATED,
        0.6,
        first_person=True,
        present_tense=True,
    ),
    _cue(
        "present_government_dated",
        rf"(?<!\bals\s)(?<!\bvan\s)(?<!\bvoor\s)(?<!\bmet\s)(?<!\baan\s)(?<!\bdoor\s)(?<!\bbij\s)"
        rf"(?:{GOVERNMENT}|{_SERVICE})",
        Need.DATED,
        0.6,
        kind="deliverable",
        present_tense=True,
    ),
    # The government or its service that makes or sends a product by a moment ahead, told in the present,
    # subject before or after its verb: "Na de inwerkingtreding publiceert de Belastingdienst een
    # handreiking", "Het kabinet stuurt binnenkort een plan".
    _cue(
        "present_government_product",
        rf"\b{_NOT_STATE_VERB}(?!(?:{_CONJUNCTIONS}|{_NOT_A_VERB})\b)[a-z]+t\s+(?:{GOVERNMENT}|(?:de\s+)?{_SERVICE})"
        rf"|(?:{GOVERNMENT}|{_SERVICE})\s+{_NOT_STATE_VERB}(?!(?:{_CONJUNCTIONS}|{_NOT_A_VERB})\b)[a-z]+t\b",
        Need.MOMENT,
        0.6,
        present_tense=True,
        requires=PRODUCT_RE,
    ),
    # A separable verb in the present, its particle closing the clause, with a dated moment ahead: "De nieuwe
    # regeling gaat op 1 juli a.s. in", "In het najaar past de dienst de formulieren aan". The finite verb is
    # read from its form, not from a list; its subject must not be another party (the vetoes).
    _cue(
        "present_separable_dated",
        rf"\b{_NOT_STATE_VERB}(?!(?:{_CONJUNCTIONS}|{_NOT_A_VERB})\b)[^\W\d_]+(?:t|en)\b"
        rf"(?:\s+(?!(?:er|daar|hier|waar)\b)[^\s,;:]+){{1,12}}?{_CLOSING_PARTICLE}",
        Need.DATED,
        0.6,
        kind="deliverable",
        present_tense=True,
        # how the pattern ends, which it implies: far quicker to search for, so tested first
        requires=re.compile(_CLOSING_PARTICLE, _I),
    ),
    _cue(
        "volition_reaction",
        r"\b(?:wil|willen)\s+(?:ik|wij|we)\b|\b(?:ik|wij|we)\s+(?:wil|willen)\b",
        Need.NOTHING,
        0.6,
        kind="toezegging",
        first_person=True,
        present_tense=True,
        requires=re.compile(r"\b(?:reactie|brief|inform\w*)\b", _I),
    ),
)

# A promise told as made before, by the writer or another bewindspersoon: "heb ik (u) toegezegd", "De
# staatssecretaris heeft toegezegd", "heeft mijn ambtsvoorganger toegezegd" (a perfect of "toezeggen").
_TOLD_BEFORE = (
    r"\b(?:heb|had)\s+ik\s+(?:u\s+|uw\s+Kamer\s+)?toegezegd\b"
    r"|\b(?:heeft|hebben|had|hadden)\s+(?:\S+\s+){0,3}?toegezegd\b"
)
TOLD_BEFORE = re.compile(_TOLD_BEFORE, _I)
# An earlier toezegging the letter recalls: recorded with low confidence (it may be fulfilled or postponed).
RECALLED_PROMISE = re.compile(
    r"\btoezegging(?:en)?\b(?:\s+\S+){0,30}?\s+(?:om|te)\s+(?:\S+\s+){0,30}?te\s+\w+"
    rf"|{_TOLD_BEFORE}"
    r"|\btoegezegd\s+(?:om|te|dat)\b"
    r"|\bheb\s+ik\s+(?:\S+\s+){0,3}?(?:aangegeven|gemeld)\b(?:\s+\S+){0,30}?\s+te\s+(?:kunnen\s+)?\w+",
    _I,
)
RECALLED_CONFIDENCE = 0.5
# A promise told as made earlier, by the verb that made it ("heb ik toegezegd", "zegde de minister toe",
# "heeft uw voorganger aangekondigd", "heb ik aangegeven"): a moment it names counts from the day it was made.
PROMISED_EARLIER = re.compile(
    r"\b(?:toegezegd|zegden?\b.{0,120}?\btoe|beloofden?|beloofd|aangekondigd|kondigden?\b.{0,120}?\baan"
    r"|aangegeven)\b",
    _I | re.DOTALL,
)
MODEL_CONFIDENCE = 0.6  # a promise only the classifier found

# Capitalised names that are no other party: the government itself, the ministries, and the services and
# agencies that carry out their policy ("Deze zomer start de IND ...", "De Belastingdienst stuurt ..."), and
# the titles of laws and policy documents ("De evaluatie van de Wet toezicht wordt ... afgerond").
_NOT_GOVERNMENT = (
    r"(?!(?:Defensie|Rijk|Kabinet|Minister\w*|Staatssecretaris|Ministerie|Regering|Kamer\w*|Tweede|Eerste|Staten"
    r"|AZ|BZ|BZK|DEF|EZK?|FIN|IenW|JenV|KGG|LNV|LVVN|OCW|SZW|VRO|VWS"
    r"|Wet\w*|\w*[Rr]egeling|Besluit\w*|Programma\w*|Nota|Actieplan\w*|Strategie|Agenda|Verdrag\w*"
    r"|Richtlijn\w*|Verordening\w*|Beleidsregel\w*"
    rf"|{_SERVICE_NAMES})\b)"
)
# Other parties by their kind, one or many, with a capital where they open a sentence ("Gemeenten passen
# ...", "Het waterschap Limburg start ..."): a body of its own kind named by a name is another party too.
_THIRD_PARTY_KINDS = (
    r"gemeenten?(?:\s+[A-Z][\w-]*)?",
    r"provincies?(?:\s+[A-Z][\w-]*)?",
    r"waterschap(?:pen)?(?:\s+[A-Z][\w-]*)?",
    r"veiligheidsregio(?:'s)?(?:\s+[A-Z][\w-]*)?",
    "netbeheerders?",
    "werkgevers?",
    "werknemers",
    r"sociale\s+partners",
    "banken",
    "lidstaten",
    "bondgenoten",
    "omroepen",
    "scholen",
    "instellingen",
    "toezichthouders?",
)
# An association or a company of others by the kind it is ("De vereniging van schoolbesturen heeft toegezegd
# ...", "De brancheorganisaties leveren ...", "Het bedrijf neemt in mei een besluit"): whole words, not the
# end of a compound that may close the name of a regulation ("de Regeling kwaliteitseisen warmtebedrijven,
# die ... in werking treedt"), and no compound read by backtracking through each word (the patterns that hold
# this one are tried on every sentence).
_ORGANISATION = (
    r"\b(?:(?:[Vv]ak|[Ss]port)?[Bb]ond(?:en)?|(?:[Bb]ranche|[Kk]oepel)?[Vv]ereniging(?:en)?|[Kk]oepels?"
    r"|(?:[Bb]ranche|[Kk]oepel)organisaties?|[Ff]ederaties?)\b(?:\s+van\s+(?:de\s+|het\s+)?[^\W\d_]+)?"
    r"|\b(?:[Bb]edrijf|[Bb]edrijven|[Bb]edrijfsleven|[Ff]abrikanten?|[Pp]roducenten)\b"
)
# A governing, representative or judicial body other than the cabinet, named by the head of its compound
# ("het bestuurscollege", "de gemeenteraad", "de schoolbesturen", "de bestuursrechter"): not the
# ministerraad, which is the government.
_BODY = (
    r"(?![Mm]inisterra)[^\W\d_]*(?:college|colleges|bestuur|besturen|raad|raden|rechter|rechters|rechtbank"
    r"|rechtbanken|hof)\b"
)
# Another state: a country named by the form of its name ("Duitsland", "Frankrijk", "België", "Turkije"),
# not Nederland, or a government named by its nationality ("de Franse regering", "de Belgische overheid").
_OTHER_STATE = (
    r"(?!Nederland\b)(?-i:[A-Z])[^\W\d_]+(?:land|rijk|ië|ije)\b"
    r"|(?-i:[A-Z])[^\W\d_]+(?:se|sche)\s+(?:regering|overheid|autoriteiten|kabinet|parlement)\b"
    r"|(?:regering|overheid|autoriteiten|president|premier)\s+van\s+(?!Nederland\b)(?-i:[A-Z])[^\W\d_]+"
)
_THIRD_PARTIES = _words(
    *(f"[{kind[0].upper()}{kind[0]}]{kind[1:]}" for kind in _THIRD_PARTY_KINDS),
    _ORGANISATION,
    _BODY,
    _OTHER_STATE,
)
# Another party named as a subject: by its proper name ("De Onderzoeksraad voor Veiligheid", "TenneT", "het
# CBR") or as a group ("de gemeenten", "de gemeente Utrecht"); a proper name may carry its abbreviation in
# brackets ("De Inspectie Ontwikkelingssamenwerking en Beleidsevaluatie (IOB) evalueert").
_OTHER_PARTY = (
    rf"(?:(?:[Dd]e|[Hh]et)\s+{_NOT_GOVERNMENT}[A-Z][\w-]*(?:\s+(?:(?:van|voor|en|de|der|het)\s+){{0,2}}[A-Z][\w-]*){{0,3}}"
    r"(?:\s+\([A-Z][\w-]*\))?"
    rf"|{_NOT_GOVERNMENT}[A-Z][\w-]*[A-Z][\w-]*|(?:(?:[Dd]e|[Hh]et)\s+)?{_THIRD_PARTIES})"
)
# A sentence told in the past ("Op 17 september heeft het kabinet ... gepresenteerd", "Ik heb aangegeven
# hiertoe bereid te zijn"): a past auxiliary and nothing that points forward (a future auxiliary, an
# infinitive with "te" of an act, an expectation, a present form of informing).
# A past participle, read from its form: "gepubliceerd", "uitgebreid", "opgezet", "besloten", "verstuurd".
PARTICIPLE = r"(?:[^\W\d_]*ge|be|ver|ont|her)[^\W\d_]+[dtn]"
PAST_AUXILIARY = (
    rf"\b(?:heb|hebt|heeft|hebben|had|hadden)\b(?:\s+\S+){{0,12}}?\s+{PARTICIPLE}\b"
    r"|\b(?:was|waren|werd|werden)\b"
)
POINTS_FORWARD = _words(
    r"\b(?:zal|zullen|zou|zouden|ga|gaat|gaan|kom|komt|komen|wordt|worden|kan|kunnen|wil|willen)\b",
    r"\bte\s+(?!(?:zijn|hebben|worden)\b)[^\W\d_]+en\b",
    r"\bverwacht\w*|\bstreef\w*|\bstreven\b|\bvoornemens\b|\ba\.s\.|\baanstaande\b",
    PRESENT_INFORM,
    KAMER_RECEIVES,
    EMBEDDED_ACT_TO_KAMER,
    ACT_ON_CONDITION,
)
_AUXILIARY = r"(?i:zal|zullen|ga|gaan|wil|willen|kan|kunnen)"
_WE = r"(?i:ik|wij|we)"
# The party is the subject, not inside a phrase ("Het verslag van de Raad ontvangt uw Kamer ...", "Voor de
# Raad geldt dat ...": the preposition may open the sentence), nor the document a thing is in ("In het
# Masterplan Onderwijs, dat ik u ... stuur, werk ik uit ...").
_NOT_AFTER_PREPOSITION = "".join(
    rf"(?<!\b{spelling}\s)"
    for word in ("van", "voor", "aan", "met", "door", "bij", "over", "tot", "uit", "naar", "op", "in")
    for spelling in (word, word.capitalize())
)
_KAMER_ASKED = "".join(
    rf"(?<!\b{lead}\s{kamer}\sKamer\s{particle})"
    for lead in ("waar", "zoals")
    for kamer in ("uw", "de")
    for particle in (("om\\s", "naar\\s") if lead == "waar" else ("",))
)
# A condition as a clause of its own, opened by its conjunction and its subject ("als dat niet haalbaar
# blijkt", "indien de Kamer niet instemt"), not "als gevolg van".
_CONDITION = (
    r"(?:^|,)\s*(?:als|indien|wanneer|mocht|mochten)\s+(?:dat|dit|het|die|deze|de|er|zij|hij|ik|wij|we|u)\b"
    r"[^,;]*(?:,|$)"
)
# The writer asking another party ("ik zal de Raad vragen", "vraag ik de NZa", "wij verzoeken de VNG"),
# whose answer goes to the writer ("mij te adviseren") or the Kamer: the government's act.
_WRITER_ASKS = (
    r"\b(?:(?:ik|wij|we)\s+(?:\S+\s+){0,4}?(?:vraag|vragen|verzoek|verzoeken)"
    r"|(?:vraag|verzoek|verzoeken)\s+(?:ik|wij|we)"
    r"|(?:zal|zullen|ga|gaan|wil|willen)\s+(?:ik|wij|we)\s+(?:\S+\s+){0,6}?(?:vragen|verzoeken))\b"
)
# Work another party does on the government's commission ("Het instituut voert in mijn opdracht ... uit", "in
# opdracht van het ministerie"): the government's own product, as if it had it done ("Ik laat ... uitvoeren").
_ON_COMMISSION = (
    r"\b(?i:in\s+(?:mijn|onze)\s+opdracht|in\s+opdracht\s+van\s+(?:mij|ons|het\s+(?:kabinet|ministerie)"
    r"|de\s+(?:minister|staatssecretaris|regering)|mijn\s+ministerie))\b"
)
# A bare plural and, a few words on, a finite verb in the singular: the plural is not the clause's subject.
_PLURAL_OBJECT = rf"[a-z]+(?:en|s)\s+(?:[^\s,;:]+\s+){{0,8}}?(?!{_NOT_A_VERB}\b)[a-z]+[^\Wn]t\b"
# A question of members of the Kamer, reported ("De leden van de X-fractie vragen of ...", "Ook willen deze
# leden weten wanneer de minister ..."): the future act in it is what they ask about, not a promise; unless
# the writer answers in the same sentence ("Het lid Y vroeg naar de planning; ik stuur u die in mei").
_MEMBERS = r"(?:de|deze|die|het|enkele|sommige|verschillende)\s+(?:leden|lid|fracties?)\b"
_ASKS = (
    r"(?:vragen|vraagt|vroegen|vroeg|willen|wil|wilden|wilde|informeren|informeert|informeerden|informeerde"
    r"|wensen|wenst|verzoeken|verzoekt|verzochten|verzocht)"
)
_ASKED_ABOUT = r"(?:weten|vernemen|naar|of|wanneer|hoe|welke|waarom|wat|in\s+hoeverre)"
# Sentence-level vetoes: not a promise of the government, whatever cue matched.
VETOES: dict[str, re.Pattern[str]] = {
    "request_by_others": re.compile(
        # (not the writer who asks another to advise or report: "Ik zal de Raad vragen mij te adviseren")
        rf"^(?!.*{_WRITER_ASKS})(?=.*(?:"
        # (the one who asks may stand between: "In de motie verzoekt de Kamer de regering ...")
        r"\b(?:verzoekt|verzocht|verzoeken)\s+(?:(?:de|uw)\s+(?:Tweede\s+)?Kamer\s+|de\s+leden\s+(?:[^\s,;:]+\s+){1,5}?"
        r"|het\s+lid\s+(?:[^\s,;:]+\s+){1,3}?)?(?:de\s+regering|het\s+kabinet|u|mij|de\s+minister)\b"
        # (not the Kamer's request the promise answers: "De evaluatie, waar uw Kamer om heeft gevraagd, wordt
        # ... gezonden", "Zoals uw Kamer heeft verzocht, stuur ik ...")
        rf"|\b(?=heeft|hebben){_KAMER_ASKED}(?:heeft|hebben)\s+(?:\S+\s+){{0,8}}?(?:verzocht|gevraagd)\b"
        r"|\badvise(?:ert|ren|erde|erden)\b"
        r"|\b(?:wordt|worden|werd|werden)\s+(?:\S+\s+){0,2}?(?:verzocht|opgeroepen)\b"
        r"|\bbeveelt\b|\broept\b(?:\s+\S+){0,6}\s+op\b|\bmijn\s+hoop\b|\bik\s+hoop\b|\b[Uu]\s+wordt\s+gevraagd\b"
        # (not the noun: "De antwoorden op de vragen zal u ... worden toegezonden")
        r"|\b(?:vraagt|vragen|vroeg|vroegen|roept|roepen)\s+(?:(?!(?:zal|zullen|wordt|worden)\s)\S+\s+){0,2}?"
        r"(?:u|mij|ons|de\s+minister"
        r"|de\s+staatssecretaris|het\s+kabinet|de\s+regering)\b|\bspreekt\s+(?:de\s+wens\s+)?uit\b))",
        _I | re.S,
    ),
    # A request of members of the Kamer or a fractie reported as theirs ("Het lid Jansen vroeg om de Kamer
    # voor het kerstreces te informeren", "De fractie van X verzoekt de regering ..."): what they ask, not
    # what the writer undertakes.
    "request_by_members": re.compile(
        rf"^\W*(?:(?:{KAMER_MEMBER})[^\s,;:]*|(?:[Dd]e|[Hh]et)\s+(?:\S+\s+){{0,2}}?fracties?\b|(?:[Dd]e|[Uu]w)\s+Kamer\b)"
        r"(?:\s+[^\s,;:]+){0,6}?\s+(?:vroeg|vroegen|vraagt|vragen|verzocht|verzochten|verzoekt|verzoeken)"
        r"\s+(?:om|naar|de\s+regering|het\s+kabinet|de\s+minister|de\s+staatssecretaris)\b",
        re.S,
    ),
    # A plan that waits for the Kamer's own choice ("Als de Kamer instemt, zal ik ...", "Indien uw Kamer
    # daarom vraagt, ..."): an offer, not a promise; unlike a condition on an event ("Als de pilot slaagt,
    # breid ik de proef uit").
    # So is a choice left to the Kamer ("Het is aan uw Kamer om voor het kerstreces te besluiten ...").
    "kamer_condition": re.compile(
        r"(?:^|[,;:])\s*(?:als|indien|mits|wanneer|mocht|mochten)\s+(?:(?:de|uw)\s+(?:Tweede\s+)?Kamer|u)\b"
        r"|\bis\s+(?:het\s+)?(?:(?:nu|dan|vervolgens)\s+)?aan\s+(?:(?:de|uw)\s+(?:Tweede\s+)?Kamer|u)\s+om\b",
        _I,
    ),
    # An act stated as a possibility, not an intention: "zou ... kunnen" (not in a clause of purpose, "zodat u
    # het zou kunnen betrekken"), "eventueel", "denkbaar", "ik sluit niet uit", "overwogen".
    "possibility": re.compile(
        r"^(?:(?!\b(?:zodat|opdat)\b).)*?\bzou(?:den)?\b(?:\s+[^\s,;:]+){0,10}?\s+kunnen\b"
        r"|\b(?:eventueel|denkbaar|overwogen)\b|\bsluit\w*\s+(?:\S+\s+){0,3}?niet\s+uit\b",
        _I | re.S,
    ),
    # So is an act told with an adverb of doubt ("misschien", "wellicht", not "wellicht ten overvloede"), or
    # "mogelijk" opening the sentence ("Mogelijk kan de regeling na de zomer open", not "zo spoedig
    # mogelijk"). (A veto of its own: its words are common, and with them the one above would be tried too.)
    "doubt": re.compile(
        r"\b(?:misschien|mogelijkerwijs|wellicht(?!\s+ten\s+overvloede))\b|^\W*mogelijk\b", _I
    ),
    "past_only": re.compile(rf"^(?=.*{PAST_AUXILIARY})(?!.*{POINTS_FORWARD})", _I | re.S),
    # Money made available or budgeted ("Hiervoor is jaarlijks 5 miljoen euro beschikbaar gesteld", "De kosten
    # bedragen in 2025 naar verwachting 12 miljoen euro"), or an amount per period, whatever its verb ("Het
    # Rijk betaalt in 2025 en 2026 € 3 miljoen per jaar mee aan ..."): a budget line, a flow of money rather
    # than an act done by a moment, no promise.
    "money_made_available": re.compile(
        # (the money named before a relative clause: in one it qualifies the thing the clause before makes,
        # "open ik in januari een regeling, waarvoor € 50 miljoen beschikbaar is")
        r"^(?=(?:(?!,\s+(?:waar(?:voor|mee|van|in|bij)|die|dat|welke)\b).)*?(?:€|\beuro\b|\bmiljoen\b|\bmiljard\b))"
        r"(?=.*\b(?:beschikbaar|uitgetrokken|trekt|trekken|gereserveerd|vrijgemaakt|toegekend|ge[iï]nvesteerd"
        r"|investeert|investeren|overgeheveld"
        r"|bedraagt|bedragen|kosten|geraamd|raming"
        r"|(?:per|elk|ieder)\s+(?:jaar|maand|kwartaal)|jaarlijks|maandelijks|structureel)\b)"
        rf"(?!.*(?:{INFORM_VERB}|{FUTURE}|\bte\s+(?:stellen|trekken|reserveren|maken)\b))",
        _I | re.S,
    ),
    # A pointer to another part of this very letter ("Daarop kom ik in paragraaf 3 terug", "zoals hieronder
    # toegelicht", "later in deze brief"): no promise of anything still to come.
    "within_letter": re.compile(
        r"\b(?:hieronder|verderop|(?:later|elders)\s+in\s+(?:deze|dit)\s+\w+"
        r"|in\s+(?:de\s+volgende|deze|(?:de\s+)?laatste)\s+(?:paragraaf|alinea|hoofdstuk|sectie)"
        r"|in\s+(?:paragraaf|hoofdstuk|sectie)\s+\d)\b",
        _I,
    ),
    # A finding reported from a source ("Uit de monitor blijkt dat een kwart van de signalen binnen vier weken
    # wordt opgevolgd", "Dit bleek uit de evaluatie"): what is, not what the government will do, when
    # neither a future nor the writer speaks in it.
    "finding": re.compile(
        rf"^(?!.*(?:{FUTURE}|{FIRST_PERSON}))"
        r"(?=\W*uit\s+(?:[^\s,;:]+\s+){1,12}?(?:blijkt|blijken|bleek|bleken)\b|.*\b(?:blijkt|blijken|bleek|bleken)\s+uit\b)",
        _I | re.S,
    ),
    # A goal with a year ("In 2030 is de uitstoot gehalveerd", "In 2030 moet 55 procent minder ... worden
    # uitgestoten"): a target of policy, not an act promised by a moment.
    "policy_goal": re.compile(
        r"^(?=.*\b(?:doel\w*|ambitie\w*|procent|gehalveerd|halver\w*|verdubbel\w*|neutraal|reductie)\b|.*%)"
        rf"(?!.*(?:{INFORM_VERB}|{PRODUCT}))",
        _I | re.S,
    ),
    # A striving for a state of the world ("Het kabinet streeft ernaar dat in 2026 elke leerling een mentor
    # heeft", "Het streven is om in 2027 geen noodopvang meer nodig te hebben"): a goal, not an act. The state
    # is a clause of "dat" whose subject is not the writer, the government or the Kamer, or an infinitive of
    # being or having; not a product made ready or a system taking effect ("dat de regeling per 1 juli gereed
    # is", "dat het nieuwe stelsel per 1 januari in werking treedt").
    "striven_state": re.compile(
        r"^(?=.*\b(?:streef\w*|streven)\b[^;:]*?"
        rf"(?:\bdat\s+(?!(?:ik|wij|we|u|uw|mijn|ons|onze)\b|{GOVERNMENT})"
        r"|\bte\s+(?:hebben|zijn|blijven)\b))"
        rf"(?!.*(?:{INFORM_VERB}|{PRODUCT}|{KAMER}|{COMPLETION}))",
        _I | re.S,
    ),
    # An expectation that a thing will be done, in the passive with no one doing it ("Ik verwacht dat de
    # nieuwe werkwijze in 2027 landelijk wordt ingevoerd"): an outcome others bring about, not an act the
    # writer promises; the writer's own planned act names the writer ("Ik verwacht u in juni te informeren")
    # or the Kamer it goes to ("Ik verwacht dat het wetsvoorstel in mei aan uw Kamer wordt gezonden").
    "expected_of_others": re.compile(
        r"^(?=.*\bverwacht(?:en)?\s+(?:\S+\s+){0,2}?dat\b[^;:]*?"
        rf"(?:\b(?:wordt|worden)\s+{PARTICIPLE}|\b{PARTICIPLE}\s+(?:wordt|worden))\b)"
        rf"(?!.*(?:{KAMER}|\bu\b|\bdoor\s+(?:mij|ons|het\s+kabinet)\b))",
        _I | re.S,
    ),
    # An opinion of the government ("Het kabinet vindt het belangrijk dat ..."): no act, however dated.
    "opinion": re.compile(
        # ("vindt ... plaats" is something taking place, not an opinion)
        r"^(?=.*\b(?:(?:vind|vindt|vinden)\b(?!(?:\s+\S+){0,10}?\s+plaats\b)|acht|achten|van\s+mening"
        r"|onderschrijf\w*|betreur\w*|hecht|hechten)\b)"
        rf"(?!.*(?:{FUTURE}|{INFORM_VERB}))",
        _I | re.S,
    ),
    # A standing role, not an act ("De minister van Onderwijs is verantwoordelijk voor ... in 2025").
    "standing_role": re.compile(
        r"\b(?:is|zijn|blijft|blijven)\s+(?:\S+\s+){0,2}?(?:verantwoordelijk|bevoegd|eigenaar|aanspreekpunt)\b"
        rf"(?!.*{FUTURE})",
        _I | re.S,
    ),
    # What runs out by itself ("In 2025 loopt de concessie af", "De vergunning vervalt per 1 juli"): no act
    # of the government, when the sentence names neither it nor the writer nor a future, nor the Kamer
    # receiving something ("Uw Kamer ontvangt een brief over de pilot die in oktober afloopt").
    "expiry": re.compile(
        rf"^(?!.*(?:{FIRST_PERSON}|{GOVERNMENT}|{FUTURE}|{KAMER_RECEIVES}))"
        r"(?=.*(?:\b(?:loopt|lopen)\b(?:\s+\S+){0,8}?\s+af\b"
        r"|\b(?:verloopt|verlopen|vervalt|vervallen|afloopt|aflopen)\b))",
        _I | re.S,
    ),
    # The calendar moving on ("Het schooljaar begint op 1 september"): no act of anyone. Not the period as
    # the opening phrase of time, its subject after the verb ("Dit najaar start het ministerie een ...").
    "calendar_period": re.compile(
        r"^(?:\S+\s+){0,2}?\w*(?:jaar|seizoen|reces|periode|vakantie|kwartaal)\s+(?:begint|start|eindigt|loopt)\b"
        r"(?!\s+(?:de|het|een|ik|wij|we|mijn|ons|onze)\b)",
        _I,
    ),
    # Advice or a proposal of others ("De commissie stelt voor om ...", "De Raad pleit ervoor ...", "Het
    # advies luidt om ...", "Het advies is om ...", "Het advies is helder: ..."), unless the government itself
    # proposes; not the advice described ("Het advies is een bouwsteen voor de nota, die het kabinet ...").
    "advice_by_others": re.compile(
        r"^(?=.*(?:\bpleit\w*|\b(?:stelt|stellen|stelde|stelden)\s+(?:\S+\s+){0,2}?voor\b|\braadt\b|\braden\b"
        r"|\b(?:advies|aanbeveling|aanbevelingen)\s+(?:luidt|luiden|(?:is|zijn)\s+(?:om|dat|[^\W\d_]+\s*:|:))|\bbevelen\b(?:\s+\S+){0,8}\s+aan\b"
        # a view of others ("Volgens de commissie moet ..."), not a plan ("Volgens de planning ...")
        r"|^\W*volgens\s+(?:de|het)\s+(?!(?:huidige\s+)?(?:planning|verwachting|schema|tijdpad|tijdsplanning"
        r"|raming|inzichten)\b)"
        # a view of others reported: "..., aldus de onderzoekers"
        r"|\baldus\s+(?:de|het)\b))"
        rf"(?!.*{FIRST_PERSON})",
        _I | re.S,
    ),
    # The expectation of an organisation named as its subject ("Het Rijksvastgoedbedrijf verwacht de
    # aanbesteding in het tweede kwartaal te gunnen", "De IND verwacht dat ..."): what that party foresees,
    # not what the writer undertakes ("Ik verwacht u in mei te informeren", "Naar verwachting ...").
    "expectation_of_others": re.compile(
        r"^\W*(?:(?:ook|daarnaast|verder|tevens|voorts)\s+)?(?:(?:de|het)\s+)?"
        r"(?!(?:minister\w*|staatssecretaris|kabinet|regering|ik|wij|we|ook|daarnaast|verder|tevens|voorts)\b)"
        r"(?-i:[A-Z])[\w-]*(?:\s+(?:(?:van|voor|en|de|der|het)\s+){0,2}(?-i:[A-Z])[\w-]*){0,3}"
        r"\s+(?:verwacht|verwachten)\b(?!\s+(?:ik|wij|we)\b)",
        _I,
    ),
    # Work that goes on ("De aanpak wordt in 2026 voortgezet", "We zetten het programma volgend jaar voort"):
    # a policy that continues, not an act done by a moment, unless the Kamer is told of it.
    "continued": re.compile(
        r"^(?=.*(?:\b(?:voortgezet|gecontinueerd|continueren|continueert|continueer|voortzetten|voortzet)\b"
        r"|\b(?:zet|zetten)\s+(?:\S+\s+){0,10}?voort\b))"
        rf"(?!.*{INFORM_VERB})",
        _I | re.S,
    ),
    # A forecast of a quantity ("Het aantal aanvragen zal in 2025 naar verwachting stijgen"): no act.
    # The verb of a clause, not an infinitive with "te" ("loopbaanpaden, met meer mogelijkheden om door te
    # groeien naar een functie als officier, worden ... ingevoerd" names a purpose, not a forecast).
    "forecast": re.compile(
        # (verbs, not the nouns "de groei", "een stijging": "De wijziging, waarmee de groei ... wordt ...")
        r"^(?=.*(?<!\bte\s)\b(?:stijg(?!ing)\w*|gestegen|daal\w*|dalen|gedaald|toenemen|toeneemt|toegenomen|afnemen"
        r"|afneemt|afgenomen|groeit|groeien|groeide|groeiden|gegroeid|oplopen|oploopt|opgelopen"
        # split in the present: "Het aantal loopt in 2025 verder op", "De vraag neemt in 2025 toe"
        r"|(?:loopt|lopen)\s+(?:\S+\s+){0,8}?op|(?:neemt|nemen)\s+(?:\S+\s+){0,8}?toe)\b)"
        rf"(?!.*(?:{INFORM_VERB}|{FIRST_PERSON}))",
        _I | re.S,
    ),
    # The product of another party as subject ("Het advies van de Raad voor ... wordt op 12 mei
    # gepresenteerd"), with nothing sent to the Kamer or done by the government itself.
    # Likewise the product of work that a relative clause in the subject gives to another party ("De eerste
    # resultaten van de proef, die de gemeente Utrecht zelf uitvoert, worden in de zomer verwacht"); not a
    # party in the plural before a verb in the singular, which is the clause's object ("de wet, die
    # provincies een nieuwe taak geeft, ...": the law gives).
    # The Kamer that receives it, before the relative clause as well, sends the other's product to the Kamer
    # ("dat uw Kamer de Staat, die het Kennisnetwerk opstelt, jaarlijks van mij ontvangt").
    "others_product": re.compile(
        rf"^(?!.*{KAMER_RECEIVES})"
        rf"(?:(?:[Hh]et|[Dd]e)\s+\w+\s+van\s+(?:de|het)\s+{_NOT_GOVERNMENT}[A-Z]"
        rf"|[^,;:]+,\s+(?:die|dat|welke)\s+(?!{_PLURAL_OBJECT}){_OTHER_PARTY}\s+[^,;:]+,)"
        rf"(?!.*(?:{KAMER}|{FIRST_PERSON}))",
        re.S,
    ),
    # "zoals u zult begrijpen"; not the Kamer receiving ("U zult de rapportage in juni ontvangen")
    "second_person_future": re.compile(
        r"(?:\bu\s+(?:\S+\s+){0,8}?zult|\bzult\s+u)\b"
        r"(?![^,;:]*\b(?:ontvangen|krijgen|tegemoet(?:\s+|-)?zien|horen)\b)",
        _I,
    ),
    # Not in a clause of consequence or purpose after the promise ("... eind 2025 in gebruik te nemen, zodat
    # kandidaten niet langer hoeven te reizen"): what follows from the act, not the act denied.
    "negated_future": re.compile(
        # (nor in a condition that names a fallback: "..., of, als dat niet haalbaar blijkt, in de
        # voortgangsbrief", "Mocht het niet lukken, dan ...": read past it as a whole)
        rf"^(?:(?!\b(?:zodat|opdat|waardoor)\b)(?:{_CONDITION}|(?!{_CONDITION}).))*?"
        rf"(?:(?:{FUTURE}|\b(?:kan|kunnen|lukt|lukken)\b)\s+(?:\S+\s+){{0,3}}?(?:niet|geen)\b(?!\s+(?:later|alleen)\b)"
        # "Het is helaas niet mogelijk de rapportage voor de zomer te sturen"
        r"|\b(?:niet|geen)\s+(?:mogelijk|haalbaar)\b)",
        _I | re.S,
    ),
    "question": re.compile(r"\?[\s»”’\"')]*$"),
    "reported_question": re.compile(
        r"^\W*(?:(?:ook|verder|daarnaast|tevens|voorts|eveneens|tot\s+slot)\s+)?"
        rf"(?:{_MEMBERS}(?:\s+[^\s,;:]+){{0,8}}?\s+{_ASKS}|{_ASKS}\s+{_MEMBERS})"
        rf"(?:\s+[^\s,;:]+){{0,3}}?\s+{_ASKED_ABOUT}\b(?!.*[;:,]\s+(?:\S+\s+){{0,3}}?{_WE}\b)",
        _I | re.S,
    ),
    "negated_intention": re.compile(
        r"\b(?:niet|geen)\s+(?:voornemens|van\s+plan|bereid|voornemen|plannen|aanleiding)\b", _I
    ),
    # Adoption is the act of a parliament or council ("Het sanctiepakket wordt ... aangenomen").
    "adopted_by_others": re.compile(r"\b(?:wordt|worden|zal|zullen)\b(?:\s+\S+){0,12}?\s+aangenomen\b", _I),
    # An organisation named by its proper name or as a group acts by itself ("Het CBR zal ... opleveren",
    # "TenneT zal ...", "De gemeenten zullen ..."): the government only describes it.
    "other_party_subject": re.compile(
        # not the object of the government's own act ("Ik zal de NZa vragen ...", "Daarom zal ik de NZa ..."),
        # nor a party that works on the government's commission
        rf"^(?!(?:\S+\s+){{0,2}}?(?:{_WE}\s+{_AUXILIARY}|{_AUXILIARY}\s+{_WE})\s)(?!.*{_ON_COMMISSION})"
        rf"(?:\S+\s+){{0,3}}?{_NOT_AFTER_PREPOSITION}{_OTHER_PARTY}"
        # its verb: not a word of another class that ends like one ("start de IND met ..."), and not a passive
        # ("Het Contact Center wordt per 1 januari uitgebreid": the party is what is acted on)
        rf"\s+(?!{_NOT_A_VERB}\b)(?!(?:wordt|worden)\s+(?:[^\s,;:]+\s+){{0,12}}?{PARTICIPLE}\b)"
        # nor receiving: the party is where the act of the government goes ("Gemeenten ontvangen een brief")
        r"(?!(?:ontvang|krijg)\w*\b)"
        r"(?:zal|zullen|[a-z]+t|[a-z]+en)\b(?!\s+(?:u|uw\s+Kamer|de\s+(?:Tweede\s+)?Kamer)\b)"
        # nor a future passive ("zal ... worden opgeheven"); "zijn" as a verb, not the possessive ("publiceert
        # ... zijn tweede rapport")
        rf"(?!(?:\s+\S+){{0,12}}?\s+(?:worden\b|zijn\b(?!\s+(?!{PARTICIPLE}\b)[^\W\d_])))",
    ),
    # A passive whose agent is another party ("De visies worden in het derde kwartaal door de gemeenten
    # vastgesteld", "Het onderzoek wordt uitgevoerd door het Planbureau en start in mei"): that party's act,
    # unless it works on the government's commission or the Kamer or the writer takes part ("wordt door mij
    # aan uw Kamer gestuurd").
    "others_agent": re.compile(
        rf"^(?!.*{_ON_COMMISSION})(?!.*(?:{KAMER}|(?i:{FIRST_PERSON})|\b(?:mij|ons)\b))"
        rf"(?=.*\b(?i:wordt|worden|zal\s+(?:\S+\s+){{0,8}}?worden)\b).*?\b(?i:door)\s+{_OTHER_PARTY}",
        re.S,
    ),
    # Another party as the subject of a content clause with a future ("Ik merk op dat de Raad van State het
    # wetsvoorstel naar verwachting in het najaar zal behandelen"): what that party will do, reported; not
    # when the Kamer or the writer takes part after it ("..., waarna ik u informeer").
    "others_future_reported": re.compile(
        rf"\b(?i:dat)\s+{_OTHER_PARTY}\s+(?:[^\s,;:]+\s+){{0,12}}?(?i:zal|zullen)\b"
        rf"(?!.*(?:{KAMER}|(?i:{FIRST_PERSON})|\b(?:mij|ons)\b))",
        re.S,
    ),
    # The same party as the subject after the verb, behind a phrase that opens the clause ("Deze zomer start
    # de Onderzoeksraad met ...", "In september past de gemeente Utrecht ... aan"), when the opening phrase
    # names neither the government nor the writer and the verb is no passive ("In mei wordt de NZa ..."); not
    # when the Kamer opens the clause as its subject ("U ontvangt de Personeelsvisie in maart": the object).
    "other_party_inverted": re.compile(
        rf"^(?!(?:\S+\s+){{0,6}}?(?i:{FIRST_PERSON}|{GOVERNMENT}))(?!(?i:u|uw\s+Kamer|de\s+(?:Tweede\s+)?Kamer)\s)(?!.*{_ON_COMMISSION})(?:[^\s,;:]+\s+){{1,5}}?"
        # (nor receiving: "Voor 1 maart ontvangen gemeenten van mij een handreiking")
        rf"(?!(?:{_NOT_A_VERB}|wordt|worden|ontvang\w*|krijg\w*)\b)[a-z]+(?:t|en)\s+{_OTHER_PARTY}"
        r"(?!\s+(?:u|uw\s+Kamer|de\s+(?:Tweede\s+)?Kamer)\b)"
    ),
    # The letter says it keeps an earlier promise ("Met deze brief kom ik deze toezegging na").
    "fulfilled_here": re.compile(
        r"^(?=.*\b(?:hierbij|hiermee|daarmee|(?:met|in|via)\s+(?:deze|dit)\s+\w*(?:brief|rapportage)|bijgaand)\b)"
        r"(?=.*\b(?:toezegging\w*|toegezegd)\b)"
        r"(?=.*\b(?:na|nakom\w*|nagekomen|voldoe\w*|voldaan|afgedaan|ingelost|invulling|uitvoering|gestand"
        r"|informeer|stuur|zend|bied|ontvangt|doe)\b)",
        _I | re.S,
    ),
}
# Reach of "Met deze brief kom ik deze toezegging na" back to the sentence that recalls the toezegging.
FULFILMENT_REACH = 2
# The letter does what the sentence before recalls, naming it by a pro-form only ("Met deze brief doe ik
# dat", "Hiermee kom ik die na", "Met deze brief geef ik daar invulling aan"); with fulfilled_here, a sentence
# that keeps a promise.
KEPT_BY_THIS_LETTER = re.compile(
    r"^(?=.*\b(?:hierbij|hiermee|(?:met|in|via)\s+(?:deze|dit)\s+\w*(?:brief|rapportage)|bijgaand)\b)"
    r"(?=.*\b(?:(?:doe|doen)\s+(?:ik|wij|we)\s+(?:dat|dit)|(?:kom|komen)\s+(?:ik|wij|we)\s+(?:dat|dit|die|deze)\s+na"
    r"|(?:geef|geven)\s+(?:ik|wij|we)\s+(?:daar|hier)\s*(?:invulling|uitvoering|gevolg)\s+aan)\b)",
    _I | re.S,
)
# A promise that points back at the sentence before it: a promise recalled there, to say by when it is kept
# ("Ik zal u hierover voor de zomer informeren", "Dit doe ik voor 1 mei"), or what it is about ("Ik kom hier
# in het najaar op terug").
POINTS_BACK_AT_PROMISE = re.compile(
    r"\b(?:hier|daar)(?:over|op|aan|van)\b|\b(?:hier|daar)\s+(?:\S+\s+){1,8}?(?:op|over|aan)\b"
    rf"|^(?:dat|dit)\s+(?:zal|doe|ga|wil)\b|{PRONOUN_OBJECT}",
    _I,
)
# A subject that points back at a product ("De resultaten van dit onderzoek ...", "Dat advies ...") or at its
# maker ("Haar rapport ...", "De uitkomsten van hun onderzoek ..."), and what, said of that product in the
# sentence before, gives it to another party: "het onderzoek dat UNICEF uitvoert" (the noun then these words).
POINTED_PRODUCT = re.compile(
    r"^\W*(?:(?:de|het)\s+[^\W\d_]+\s+van\s+)?(?:dit|dat|deze|die|(?P<owner>haar|zijn|hun))\s+"
    r"(?P<noun>[^\W\d_]{3,})\b",
    _I,
)
DONE_BY_OTHERS = re.compile(rf"\s*,?\s+(?:dat|die|welke)\s+{_OTHER_PARTY}")
# This very letter: "hierbij", "met deze brief", "deze brief gaat in op"; not "Deze brief ontvangt u in
# december" or "Uw Kamer ontvangt deze rapportage tweemaal per jaar", which speak of letters still to come.
THIS_LETTER = re.compile(
    # (an enclosure of another document is not: "als bijlage bij de Voorjaarsnota")
    r"\b(?:hierbij|bijgaand|hiermee|hierin|(?:in\s+de|als)\s+bijlage(?!\s+(?:bij|van)\s+(?:de|het)\s)"
    r"|ter\s+(?:informatie|kennisname|kennisneming)"
    r"|(?<!\bontvangt\s)(?<!\bontvangen\s)(?<!\bkrijgt\s)(?<!\bkrijgen\s)"
    r"(?:deze\s+\w*brief|deze\s+rapportage)(?!\s+(?:ontvangt|krijgt)\b))\b",
    _I,
)
KAMER_MEETING = re.compile(
    # a meeting ("het algemeen overleg van 4 juni"), not consultation ("in overleg met de VNG", "na overleg")
    r"\b(?<!\bin\s)(?<!\bna\s)(?<!\bgoed\s)(?<!\bnauw\s)(?<!\bschriftelijk\s)"
    r"\w*(?:overleg|debat|beschouwingen|vragenuur|hoorzitting|rondetafelgesprek|werkbezoek)\b|\bplenair\w*"
    r"|\bbegrotingsbehandeling\b|\bregeling\s+van\s+werkzaamheden\b|\b(?:WGO|AO|VAO|VSO|SO|CD|WO)\b",
    _I,
)
# A date that names when something happened or met ("het commissiedebat van 4 september", "mijn brief van
# 20 december 2017"), not by when something is due.
EVENT_DATE_BEFORE = re.compile(
    r"(?:\w*(?:overleg|debat|brief|vergadering|bijeenkomst|behandeling|gesprek|vragenuur|stemmingen|top"
    r"|conferentie|sessie|zitting)|\b(?:WGO|AO|VAO|VSO))\s+"
    r"(?:\S+\s+){0,2}?(?:van|op|d\.d\.)\s*$",
    _I,
)
# A phrase that names where something was said, not by when it is due ("Tijdens het commissiedebat").
MEETING_PHRASE = OCCASION
# The heading of a Kamerstuk ("36 800 X Vaststelling van de begrotingsstaten ..."): a title, never a promise.
KAMERSTUK_HEADING = re.compile(r"^\d{2}\s?\d{3}(?:-\d{2})?(?:\s+[A-Z]{1,5})?\s+[A-Z]")
# The text of a motie itself ("Verzoekt de regering ..."): the Kamer's words, never the government's promise.
MOTIE_DICTUM = re.compile(
    r"\b(?:verzoekt|draagt)\s+de\s+regering\b|\bspreekt\s+(?:de\s+wens\s+)?uit\b"
    # in a relative clause: "de motie ..., die de regering verzoekt om ..."
    r"|\b(?:die|dat|welke|waarin)\s+(?:de\s+regering|het\s+kabinet)\s+(?:wordt\s+)?(?:verzoekt|verzocht|oproept"
    r"|opgeroepen|opdraagt|opgedragen)\b"
    r"|^\W*(?:De\s+Kamer,\s*)?(?:gehoord\s+de\s+beraadslaging|constaterende|overwegende|van\s+mening)\b"
    # the motie as the subject that asks or holds something: "Deze motie behelst «zo spoedig mogelijk ...»",
    # "De motie-Bikker vraagt om ..."
    r"|^\W*(?:de|deze|die|genoemde|bovengenoemde)\s+motie\b[^.;:]{0,120}?\b(?:behelst|beoogt|vraagt|verzoekt"
    r"|roept|strekt)\b",
    _I,
)
# The first or next time of something recurring: "voor het eerst in het voorjaar van 2026", "de eerste
# rapportage ontvangt u in mei", "te beginnen in 2025", "de eerstvolgende in november", "de volgende
# verschijnt in april".
FIRST_TIME = re.compile(
    r"\b(?:voor\s+het\s+eerst|(?:de|het)\s+(?:eerste|volgende)\b|eerstvolgende|te\s+beginnen|beginnend"
    r"|startend)\b[^.;]*$",
    _I,
)
# Something that comes next in a sequence ("de tweede fase volgt in 2027").
FOLLOWS = re.compile(r"\b(?:volgt|volgen)\b", _I)
SPLIT_COORDINATION = re.compile(r",?\s+en\s+tevens\s+", _I)
# Where a sequel is joined to what comes first ("..., waarna u mijn reactie ontvangt"), outside brackets.
SEQUEL = re.compile(r",\s+(?=waarna\b)(?![^(]*\))")
# Where two main clauses are joined ("..., en in de loop van volgend jaar wordt ..."): a comma before "en".
MAIN_CLAUSE_JOINT = re.compile(r",\s+en\s+")
# A clause that leaves out its subject and opens with its verb ("..., en informeer u uiterlijk 1 oktober"),
# not with a subject, an article, a preposition or an adverb of its own ("..., en in 2025 wordt ...", "...,
# en de gemeenten ...").
ELIDED_SUBJECT = re.compile(
    r"(?!(?:de|het|een|dit|deze|die|dat|ik|wij|we|u|uw|zij|hij|ze|er|daar|hier|in|op|voor|na|bij|met|over|naar"
    r"|van|tot|om|door|uit|aan|als|ook|tevens|daarnaast|daarna|vervolgens|dan|zo|nu|niet|wel|nog|al|alle"
    r"|mijn|onze|ons|zijn|haar|hun)\b)[a-z]+\b"
)
# A clause about something other than the promise, its moment not the promise's: a relative clause or a
# clause of time or reason in which neither the government nor the Kamer acts ("over de regeling die per
# 1 januari 2026 ingaat", "nadat het advies in mei verschijnt", "het doel dat in 2030 alle scholen zijn
# aangesloten"); not "die ik voor het einde van het jaar zal sturen" or "die uw Kamer in juni ontvangt".
_OF_OTHERS = rf"\b(?![^,;:()]*(?:{FIRST_PERSON}|{GOVERNMENT}|{KAMER}))[^,;:()]*"
_ADVERBIAL_OPENERS = r"nadat|toen|sinds|zodat|omdat|voordat|totdat|terwijl"
OTHER_CLAUSE = re.compile(
    rf"(?<![\w-])(?:die|dat|welke|waar(?:in|op|mee|bij|van|na|door|aan|over|voor)|{_ADVERBIAL_OPENERS}){_OF_OTHERS}",
    _I,
)
# A clause of consequence or purpose after a comma runs to the end of its sentence or clause, over the
# commas of what it holds ("..., zodat de gunning, als de markt inschrijft, in het eerste kwartaal kan
# plaatsvinden"): its moment is what follows from the promise, not when it is due, unless the government or
# the Kamer acts in it.
CONSEQUENCE_CLAUSE = re.compile(
    rf",\s*(?:zodat|opdat|waardoor)\b(?![^;]*(?:{FIRST_PERSON}|{GOVERNMENT}|{KAMER}))[^;]*", _I
)
# A relative clause after a comma that tells what another party does ("de Dutch Relief Alliance, die in
# april met programma's begint"): a promise's verb in it is that party's act, not the government's.
OTHERS_RELATIVE_CLAUSE = re.compile(rf",\s+(?:die|dat|welke)\b{_OF_OTHERS}", _I)
# A relative clause on the noun of a "van" phrase, which tells what a product is about ("een overzicht van de
# regelingen die de komende jaren worden geëvalueerd"), in which neither the government nor the Kamer acts;
# up to the next comma or the end. Not a clause on the product itself ("in de nota die later dit jaar
# verschijnt"), whose moment is the product's, nor a "dat" that opens what is said ("Ik verwacht dat ...").
NOUN_RELATIVE_OF_OTHERS = re.compile(
    rf"\bvan\s+(?:(?!(?:en|of|maar|want|dus)\b)[^\W\d_]+\s+){{1,3}}?(?P<clause>(?:die|welke)\b{_OF_OTHERS})",
    _I,
)
# A relative clause after a comma on another party named just before it ("door het RIVM, dat daarvoor in
# april de gegevens verzamelt"): what that party does, and when.
PARTY_RELATIVE_CLAUSE = re.compile(rf"{_OTHER_PARTY}\s*,\s+(?P<clause>(?:die|dat|welke)\b{_OF_OTHERS})")
# Of those, the clauses of time, reason and consequence: what they name ("nadat de milieueffectrapportage is
# afgerond") says nothing of what kind of act the promise is.
OTHER_ADVERBIAL_CLAUSE = re.compile(rf"(?<![\w-])(?:{_ADVERBIAL_OPENERS}){_OF_OTHERS}", _I)

# What a promise is about, not when it is due: a clause of purpose or content with "om ... te" in which
# neither the government nor the Kamer acts ("een plan om de wachttijden uiterlijk eind 2026 te halveren"),
# and a moment that qualifies a noun after a preposition ("met het oog op de evaluatie in 2027", "de
# routekaart naar een emissievrije sector in 2035"). Their moments give way to one in the promise's clause.
CONTENT_CLAUSE = re.compile(
    rf"\bom\s+(?![^,;:()]*(?:{FIRST_PERSON}|{GOVERNMENT}|{KAMER}))[^,;:()]*?\bte\s+[^\W\d_]+en\b", _I
)
NOUN_BEFORE_MOMENT = re.compile(
    # (not "voor het eerst in het voorjaar", "voor het laatst in 2020": an adverb, not a noun)
    r"\b(?:op|naar|van|voor|over|met|richting|tot)\s+(?:de|het|een)\s+(?!(?:eerst|laatst)\s)"
    r"(?:[^\W\d_]+(?:-[^\W\d_]+)?\s+){1,3}$",
    _I,
)
# A noun and "van" right before a moment: the moment names which thing ("de Raad van juni").
NOUN_OF_MOMENT = re.compile(r"\b(?!(?:begin|medio|eind|einde|half)\s)[^\W\d_]{3,}\s+van\s+$", _I)

# A moment named by pointing back at the last one the letter named ("Het onderzoek is in september afgerond.
# Ik zal uw Kamer dan informeren", "Op dat moment ..."): "dan" as an adverb of time after the subject or the
# verb, or in the middle of a clause after its object ("Ik zal het rapport dan aan u sturen", "Ik stuur de
# evaluatie dan naar uw Kamer"); not after or in a clause with a comparative ("later dan", "liever X dan
# Y"), as a condition's sequel (", dan informeer ik") or in "dan ook" / "dan wel"; and the day itself
# pointed back at ("Ik zal u dezelfde dag informeren", "op die datum").
ANAPHORIC_MOMENT = re.compile(
    r"(?:^\W*|[.;:]\s*)Dan\b|\b(?i:ik|wij|we|u|zal|zullen|wordt|worden)\s+dan\b(?!\s+ook\b)|\bKamer\s+dan\b(?!\s+ook\b)"
    r"|\b(?i:ik|wij|we|zal|zullen)(?:\s+(?!(?i:[^\W\d_]*er|meer|minder|anders?|zo)\b)[^\W\d_]+){2,4}?"
    r"\s+dan\b(?!\s+(?i:ook|wel)\b)"
    r"|\b(?i:op\s+dat\s+(?:moment|tijdstip)|tegelijkertijd|tegelijk\s+daarmee|gelijktijdig\s+daarmee"
    r"|(?:die|dezelfde|diezelfde)\s+(?:dag|datum))\b"
)

# A sentence the classifier judges even when no rule and no deadline phrase caught it: one that points ahead.
# Its alternatives apart too, the quick ones first: only whether one of them matches is asked (see
# detect._points_ahead).
MODEL_CANDIDATE_PARTS = (
    FUTURE,
    GO,
    r"\b(?:verwacht\w*|streef\w*|streven|voornemens|van\s+plan)\b",
    KAMER_RECEIVES,
)
MODEL_CANDIDATE = re.compile("|".join(MODEL_CANDIDATE_PARTS), _I)
# What the classifier reads besides the words: each signal with the test of its anchor words.
SIGNALS: dict[str, re.Pattern[str]] = {
    "government_named": GOVERNMENT_RE,
    "first_person": re.compile(FIRST_PERSON, _I),
    "kamer": re.compile(KAMER),
    "kamer_receives": re.compile(KAMER_RECEIVES),
    "future": re.compile(FUTURE, _I),
    "past": re.compile(PAST_AUXILIARY, _I),
    "inform": re.compile(INFORM_VERB, _I),
    "this_letter": THIS_LETTER,
}
