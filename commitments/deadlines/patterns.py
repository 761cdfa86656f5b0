"""The regular expressions of Dutch deadline phrases, compiled once.

Each pattern matches the core of a phrase ("het zomerreces", "eind 2025", "3 november a.s."); the
words in front of it that change its meaning ("voor", "na", "uiterlijk", "sinds") are read by
:data:`PREFIX_REVERSED` from the text just before the core, so one core serves "voor de zomer",
"na de zomer" and "rond de zomer".
"""

from __future__ import annotations

import re

from commitments.deadlines.numbers import NUMBER
from commitments.scan import fold

FLAGS = re.IGNORECASE

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3, "april": 4,
    "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_FULL = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_ABBR = "jan|febr|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec"
MONTH_AFTER_DAY = rf"(?:{_FULL}|(?:{_ABBR})\.?)"  # "1 mrt 2020" may drop the dot
MONTH_ALONE = rf"(?:{_FULL}|(?:{_ABBR})\.)"  # alone, an abbreviation needs its dot ("Jan" is a name)
WEEKDAYS = {
    "maandag": 0,
    "dinsdag": 1,
    "woensdag": 2,
    "donderdag": 3,
    "vrijdag": 4,
    "zaterdag": 5,
    "zondag": 6,
}
WEEKDAY = "|".join(WEEKDAYS)

ORDINALS = {
    "eerste": 1, "1e": 1, "1ste": 1, "tweede": 2, "2e": 2, "2de": 2, "derde": 3, "3e": 3, "3de": 3,
    "vierde": 4, "4e": 4, "4de": 4, "laatste": -1,
}  # fmt: skip
ORDINAL = "|".join(sorted(ORDINALS, key=len, reverse=True))

# A year a deadline can be in: four digits, not part of "2019/20", "2014-2018", "2.019" or a longer number;
# "2025.1 " is the year ending a sentence with a footnote marker; "eind 2025/begin 2026" is two moments.
YEAR = r"(?:199\d|20\d\d)(?!\d|/\d|[-–]\d|,\d|\.\d(?!\d?(?:\s|$)))"
# "3 juli 20182": a year with a footnote number glued to it (only after a day, month or period).
YEAR_WITH_NOTE = r"(?:199\d|20\d\d)(?=\d{1,2}(?:[\s.,;:)]|$))"
_NOTE = r"(?:\d{1,2}(?=[\s.,;:)]|$))?"
# Words for a year relative to the reference: "dit jaar", "volgend jaar", "het afgelopen jaar".
REL_YEAR_WORDS = {
    "dit": 0, "deze": 0, "het lopende": 0, "het": 0, "volgend": 1, "volgende": 1, "het volgende": 1,
    "komend": 1, "komende": 1, "aankomend": 1, "aankomende": 1, "het komende": 1, "het aankomende": 1,
    "vorig": -1, "vorige": -1, "het vorige": -1, "afgelopen": -1, "het afgelopen": -1,
}  # fmt: skip
_REL_YEAR = "|".join(w.replace(" ", r"\s+") for w in sorted(REL_YEAR_WORDS, key=len, reverse=True))
DIRECTION = r"a\.\s?s\.?|as\.|aanstaande|jl\.?|jongstleden"
_END = r"(?![\w-])"  # a phrase never ends inside a word or a compound ("september-circulaire")
# A phrase starts a word, not inside "t/m", "en/of" or a compound; after a year and a slash it is the second
# of two moments ("eind 2025/begin 2026", "najaar 2025/voorjaar 2026").
_START = r"(?<![\w.,-])(?<![^\d]/)"


def year_tail(name: str) -> str:
    """An optional year after a period: " 2020", " van 2020", " van dit jaar", " volgend jaar"."""
    return (
        rf"(?:,?\s+(?:van\s+)?(?:het\s+jaar\s+)?"
        rf"(?:(?P<{name}>{YEAR}|{YEAR_WITH_NOTE}){_NOTE}|(?P<{name}_rel>{_REL_YEAR})\s+(?:kalender)?jaar\b))?"
    )


def _mod(name: str, *, within: str) -> str:
    """Begin / medio / eind in front of a ``within`` "month", "year" or "part" of a year (a quarter, a half, a
    trimester), each alternative in its own group."""
    parts = [
        rf"(?P<{name}_begin>(?:(?:aan|in)\s+het\s+|het\s+)?begin(?:\s+van)?|primo)",
        rf"(?P<{name}_mid>medio|half|halverwege|(?:(?:in\s+)?het\s+)?midden(?:\s+van)?)",
        rf"(?P<{name}_end>(?:(?:aan|tegen)\s+het\s+|het\s+)?einde?(?:\s+van)?|ultimo)",
    ]
    if within == "month":
        parts += [
            rf"(?P<{name}_half>de\s+(?:eerste|tweede|1e|2e)\s+helft\s+van)",
            rf"(?P<{name}_week>de\s+(?:eerste|tweede|derde|vierde|laatste|1e|2e|3e|4e)\s+week\s+van)",
        ]
    elif within == "year":
        parts += [rf"(?P<{name}_later>later)", rf"(?P<{name}_earlier>eerder)"]
    return "(?:" + "|".join(parts) + r")\s+"


# Begin / medio / eind right before a phrase that did not take it ("begin dit najaar", "eind 1 maart"): a
# typed deadline with words the reader cannot place.
UNREAD_MODIFIER = re.compile(rf"(?<![\w-]){_mod('unread', within='part')}$", re.IGNORECASE)

# Words just before a core that change its reading ("voor", "nog niet voor", "uiterlijk op").
_MARKER_WORDS = (
    "uiterlijk", "ten laatste", "nog", "al", "reeds", "pas", "vanaf", "sinds", "per", "met ingang van",
    "tot en met", "t/m", "tot", "in de loop van", "ergens in", "in", "op", "voor", "vóór", "voorafgaand aan",
    "rond", "rondom", "omstreeks", "direct", "meteen", "kort", "vlak", "tijdens", "gedurende", "bij",
    "tegelijk met", "gelijktijdig met", "met", "tegen", "tussen", "na", "ná",
    *WEEKDAYS,  # "op dinsdag 3 november"
)  # fmt: skip
# A marker stressed by its accent reads as the plain word ("ná de zomer" is "na de zomer"); "vóór" is not
# among them, as it tells "before" from "for" ("vóór 2026", "de begroting voor 2026").
STRESSED_MARKERS = {"ná": "na"}


def _words(phrases: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(phrases, key=len, reverse=True))


MARKER = re.compile(rf"(?<![\w-])(?:{_words(list(_MARKER_WORDS))})(?=\s)", FLAGS)
# Up to three markers ending right before a core, matched on the reversed preceding text: an anchored
# match there costs far less than searching for a run of markers that ends at the core.
PREFIX_REVERSED = re.compile(rf"(?:\s+(?:{_words([w[::-1] for w in _MARKER_WORDS])})(?![\w-])){{1,3}}", FLAGS)

# A meeting named as where something is said or done ("Tijdens het commissiedebat zegde de minister toe …"):
# the occasion, which a phrase of when it is due ("voor de begrotingsbehandeling") beats.
OCCASION = re.compile(
    r"^(?:tijdens|in|bij)\s+(?:het|de)\s+(?:\w+\s+)?\w*(?:overleg|debat|behandeling)\b", FLAGS
)

# "in de week van 12 januari": a week named by its first day, not a day by which something is due.
WEEK_OF_BEFORE = re.compile(r"\bweek\s+van\s*$", FLAGS)

# "de brief van 12 maart", "het debat van 19 augustus": a document or meeting that already happened.
DOCUMENT_BEFORE = re.compile(
    r"\b(?:\w*(?:brief|brieven|debat|overleg)|ao|so|wgo|vergadering|e-?mail"
    r"|verzoek|vonnis|uitspraak|gesprek|bijeenkomst|motie|toezegging|rapport|advies|handelingen)"
    r"\s+(?:(?:van|d\.d\.)\s*)?$",
    FLAGS,
)
# How a text that DOCUMENT_BEFORE finds in ends once its trailing blanks are dropped: with its "van" or
# "d.d.", else with the word it names. A quick test first, as the pattern is slow to search (a test guards
# that it is implied).
_DOCUMENT_ENDINGS = (
    "van", "d.d.", "brief", "brieven", "debat", "overleg", "ao", "so", "wgo", "vergadering", "mail",
    "verzoek", "vonnis", "uitspraak", "gesprek", "bijeenkomst", "motie", "toezegging", "rapport", "advies",
    "handelingen",
)  # fmt: skip
_DOCUMENT_ENDING_REACH = max(map(len, _DOCUMENT_ENDINGS))


def names_document_before(before: str) -> bool:
    """Whether ``before`` ends by naming a document or meeting (:data:`DOCUMENT_BEFORE`)."""
    ending = fold(before.rstrip()[-_DOCUMENT_ENDING_REACH:])
    return ending.endswith(_DOCUMENT_ENDINGS) and DOCUMENT_BEFORE.search(before) is not None


def names_week_before(before: str) -> bool:
    """Whether ``before`` ends as "in de week van" (:data:`WEEK_OF_BEFORE`); its "van" is tested first, on the
    text without its trailing blanks, as the pattern is searched at every position of ``before``."""
    return fold(before.rstrip()[-3:]) == "van" and WEEK_OF_BEFORE.search(before) is not None


# "Den Haag, 12 februari 2021", "Datum 5 september 2025": the letter's own date.
LETTER_DATE_BEFORE = re.compile(r"(?:den\s+haag|datum)[\s*:,]*$", FLAGS)


def names_letter_date_before(before: str) -> bool:
    """Whether ``before`` ends as the letter's own date does (:data:`LETTER_DATE_BEFORE`); its "haag" or
    "datum" is tested first, on the text without the blanks, "*", ":" and "," that may follow it."""
    rest = before.rstrip()
    while rest.endswith(("*", ":", ",")):
        rest = rest[:-1].rstrip()
    return fold(rest[-5:]).endswith(("haag", "datum")) and LETTER_DATE_BEFORE.search(before) is not None


# "€ 5 miljoen per jaar", "200 keer per kwartaal": a rate, not a recurring promise; a year is no amount ("tot
# 2026 jaarlijks").
AMOUNT_BEFORE = re.compile(
    r"(?:(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))\d[\d.,]*|mln|miljoen|miljard|euro|€|fte|procent|%)\.?\s*$",
    FLAGS,
)

# A day is any one or two figures: "32 januari" or "0 maart" is a day that does not exist
# (rules.IMPOSSIBLE_DATE), not the month alone.
DATE = re.compile(
    rf"{_START}(?P<day>\d\d?)(?:e|ste|de)?\s+"
    rf"(?P<month>{MONTH_AFTER_DAY}){year_tail('year')}(?:\s+(?P<dir>{DIRECTION}))?(?!\w)",
    FLAGS,
)
NUMERIC_DATE = re.compile(
    rf"{_START}(?:(?P<day>\d\d?)(?P<sep>[-/.])(?P<month>0?[1-9]|1[0-2])(?P=sep)"
    rf"(?P<year>{YEAR})|(?P<iso_year>199\d|20\d\d)-(?P<iso_month>0[1-9]|1[0-2])-(?P<iso_day>\d\d)"
    rf"(?![\d-]))",
    FLAGS,
)
WEEKDAY_AHEAD = re.compile(
    rf"{_START}(?:(?P<weekday>{WEEKDAY})\s+(?:a\.\s?s\.?|aanstaande)|aanstaande\s+(?P<weekday2>{WEEKDAY}))(?!\w)",
    FLAGS,
)
MONTH = re.compile(
    rf"{_START}(?:{_mod('mod', within='month')})?(?:(?P<month>{MONTH_ALONE})"
    rf"(?:\s*(?:[-–/]|tot\s+en\s+met|t/m|tot|en|of)\s*(?:{_mod('mod2', within='month')})?"
    rf"(?P<month2>{MONTH_ALONE}))?"
    rf"|(?P<rel>deze|de|volgende|komende|aankomende|vorige|afgelopen)\s+maand)"
    rf"{year_tail('year')}(?:\s+(?P<dir>{DIRECTION}))?{_END}",
    FLAGS,
)
YEAR_PHRASE = re.compile(
    rf"{_START}(?:{_mod('mod', within='year')})?(?:het\s+jaar\s+)?"
    rf"(?:(?P<year>{YEAR})|(?P<rel>{_REL_YEAR})\s+(?:kalender)?jaar){_END}",
    FLAGS,
)
_PART_MOD = rf"(?:{_mod('mod', within='part')})?"  # "eind Q3 2027", "begin van het tweede kwartaal"
QUARTER = re.compile(
    rf"{_START}{_PART_MOD}(?:(?:(?:het|de)\s+)?(?P<ord>{ORDINAL})\s+kwartaal|q(?P<q>[1-4])|kwartaal\s+(?P<q2>[1-4]))"
    rf"(?:\s*[-'’]\s*(?P<short_year>\d\d)(?!\d)|-(?P<dash_year>{YEAR})|{year_tail('year')}){_END}",
    FLAGS,
)
HALF_YEAR = re.compile(
    rf"{_START}{_PART_MOD}(?:(?:(?:de|het)\s+)?(?P<ord>eerste|tweede|1e|2e|1ste|2de|laatste)\s+"
    rf"(?:helft|jaarhelft|halfjaar|half\s+jaar){year_tail('year')}"
    rf"|h(?P<h>[12])\s*[-'’]?\s*(?P<h_year>{YEAR})){_END}",
    FLAGS,
)
TRIMESTER = re.compile(
    rf"{_START}{_PART_MOD}(?:(?:het|de)\s+)?(?P<ord>eerste|tweede|derde|1e|2e|3e|laatste)\s+trimester"
    rf"{year_tail('year')}{_END}",
    FLAGS,
)
SEASON = re.compile(
    rf"{_START}(?P<end>(?:(?:aan|tegen)\s+het\s+|het\s+)?einde?\s+(?:van\s+)?)?"
    r"(?:(?P<det>dit|deze|het|de|komend|komende|aankomend|aankomende|volgend|volgende|afgelopen|vorig|vorige)\s+)?"
    rf"(?P<season>voorjaar|lente|zomer|najaar|herfst|winter){year_tail('year')}{_END}",
    FLAGS,
)
# A recess's start or end named in front of it: "voor (de) aanvang van het zomerreces" is "voor het
# zomerreces", "na afloop van het zomerreces" is "na het zomerreces".
RECESS = re.compile(
    rf"{_START}(?:(?P<onset>(?:de\s+)?(?:aanvang|start)|het\s+begin)\s+van\s+"
    r"|(?P<close>afloop|(?:het\s+)?einde?)\s+van\s+)?"
    r"(?:(?:het|de)\s+)?(?:(?P<which>eerstvolgende|volgende|komende|aankomende|aanstaande)\s+)?"
    r"(?:(?P<name>zomer|kerst|herfst|voorjaars|krokus|mei|verkiezings)(?:-\s*|\s?)reces|(?P<plain>reces)"
    r"|(?P<holiday>zomer|kerst)vakantie|(?P<christmas>kerst(?:mis|dagen)?)|(?P<new_year>jaarwisseling))"
    rf"(?:\s+(?:van\s+)?(?:(?P<year>{YEAR})|(?P<year_rel>{_REL_YEAR})\s+jaar\b))?{_END}",
    FLAGS,
)
EVENT = re.compile(
    rf"{_START}(?:(?:de|het)\s+)?(?:(?P<prinsjesdag>prinsjesdag)|(?P<mn>miljoenennota)"
    r"|(?P<vjn>voorjaarsnota)|(?P<njn>najaarsnota)|(?P<budget>(?:ontwerp)?begroting))"
    rf"(?:\s+(?:van\s+|voor\s+)?(?:(?P<year>{YEAR})|(?P<rel>dit|volgend|komend)\s+jaar))?{_END}",
    FLAGS,
)
# A week: "deze week", "eind volgende week", "in week 12", "week 12 van 2027" (an ISO week number).
WEEK = re.compile(
    rf"{_START}{_PART_MOD}(?:(?P<rel>deze|volgende|komende|aankomende)\s+week"
    rf"|week\s+(?P<number>[1-9]|[1-4]\d|5[0-3])(?:,?\s+(?:van\s+)?(?P<year>{YEAR}))?){_END}",
    FLAGS,
)
# "iedere zes maanden", "om de drie maanden", "om het half jaar", "iedere zes weken": a recurrence by its
# period.
_EVERY = (
    rf"(?:(?:ieder|iedere|elk|elke|om\s+de)\s+(?P<every_number>{NUMBER})\s+"
    r"(?P<every_unit>maanden|maand|kwartalen|kwartaal|jaar|weken)|om\s+het\s+(?P<every_half>half\s*jaar))"
)
_UNIT = r"werkdagen|werkdag|dagen|dag|weken|week|maanden|maand|kwartalen|kwartaal|half\s*jaar|jaren|jaar"
RELATIVE = re.compile(
    rf"{_START}(?:(?P<lead>binnen\s+(?:een|de)\s+(?:gestelde\s+|wettelijke\s+)?termijn\s+van"
    r"|(?:een|de)\s+(?:gestelde\s+|wettelijke\s+)?termijn\s+van|binnen|over"
    r"|(?:in\s+)?(?:de|het)\s+(?:komende|aankomende|eerstvolgende|volgende))"
    rf"\s+(?:(?P<number>{NUMBER})|(?P<few>enkele|een\s+paar|een\s+aantal|afzienbare|korte))\s+"
    rf"(?P<unit>{_UNIT}|tijd)"
    r"(?:\s+(?P<after>na|nadat|vanaf)(?:\s+(?P<anchor>dagtekening|vandaag|heden|deze\s+brief)"
    r"|(?<=na)\s+(?P<event>(?:de|het)\s+(?!(?:eerste|laatste|volgende)\b)[^\W\d_][\w-]*))?)?"
    r"|(?:in\s+)?(?:de|het)\s+(?:komende|aankomende)\s+(?P<coming>jaren|jaar|half\s*jaar|maanden|maand|weken|week))"
    r"(?!\w)",
    FLAGS,
)
RECURRING = re.compile(
    rf"{_START}(?:(?P<yearly>jaarlijkse?|(?:ieder|elk|elke)\s+jaar|(?:eens|één\s+keer|een\s+keer|1\s+keer"
    r"|eenmaal|1x)\s+per\s+jaar|(?:ieder|elk)\s+(?:voorjaar|najaar)|(?:iedere|elke)\s+(?:zomer|winter|lente"
    r"|herfst))|(?P<half_yearly>halfjaarlijkse?|(?:ieder|elk)\s+half\s*jaar|(?:twee\s+keer|tweemaal"
    r"|2\s+keer|2x)\s+per\s+jaar|(?:eens\s+)?per\s+half\s*jaar|zesmaandelijkse?)"
    r"|(?P<quarterly>(?:ieder|elk)\s+kwartaal|driemaandelijkse?|(?:vier\s+keer|viermaal|4\s+keer|4x)"
    r"\s+per\s+jaar|(?:eens\s+)?per\s+kwartaal)|(?P<monthly>maandelijkse?|(?:iedere|elke)\s+maand"
    rf"|(?:eens|één\s+keer|een\s+keer|1\s+keer|eenmaal)\s+per\s+maand)|{_EVERY})(?![\w-])",
    FLAGS,
)
VAGUE = re.compile(
    rf"{_START}(?:zo\s+(?:spoedig|snel|vlot)\s+(?:mogelijk|als\s+(?:mogelijk|dat\s+kan|het\s+kan))|zsm"
    r"|(?:op\s+)?(?:zeer\s+)?korte\s+termijn|binnenkort|eerdaags|spoedig"
    r"|op\s+een\s+(?:later|nader\s+te\s+bepalen|nog\s+te\s+bepalen)e?\s+(?:moment|tijdstip|datum)"
    r"|in\s+een\s+later\s+stadium|te\s+zijner\s+tijd|t\.z\.t\.?"
    r"|(?:bij|in|met|via)\s+(?:de|het)\s+(?:eerst)?volgende\s+(?:[\w-]+\s+){0,3}?[\w-]*"
    r"(?:brief|rapportage|rapport|monitor|nota|verslag)"
    # a document of a coming occasion ("in de geannoteerde agenda's van de komende Raden"), the moment of
    # another product ("tegelijk met het wetsvoorstel")
    r"|(?:bij|in|met|via)\s+(?:de|het)\s+(?:[\w'-]+\s+){0,2}?[\w'-]*(?:brief|brieven|rapportages?|agenda|agenda's"
    r"|verslag|verslagen|nota|nota's)\s+(?:van|voor|bij|na)\s+(?:de|het)\s+(?:eerst)?(?:volgende|komende)\s+[\w-]+"
    r"|tegelijk\s+met\s+(?:de|het)\s+[\w-]+"
    r"|na\s+(?:afronding|ontvangst|oplevering|publicatie|vaststelling|afloop|inwerkingtreding)\s+van"
    r"\s+(?:(?:het|de|dit|deze)\s+)?[\w-]+"
    r"|zodra|(?:deze|volgende|komende)\s+week|(?:nog\s+)?(?:in\s+)?deze\s+kabinetsperiode"
    r"|uiterlijk\s+dan|periodiek|(?:dit|deze|het\s+(?:huidige|lopende))\s+kwartaal"
    r"|(?:voor|vóór|voorafgaand\s+aan|bij|tijdens)\s+(?:het|de)\s+(?:(?:eerstvolgende|volgende|komende)\s+)?"
    r"(?:[\w-]*(?:debat|overleg)|(?:begrotings|plenaire\s+)behandeling"
    r"|behandeling\s+van\s+(?:de|het)\s+(?:begroting|wetsvoorstel|nota|jaarverslag)\w*))(?![\w-])",
    FLAGS,
)
