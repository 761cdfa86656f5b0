"""Letter metadata: date, sender (post and ministry), subject, kenmerk and the Kamerstukken it cites."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from commitments.dutch import MONTH_NAMES
from commitments.ministries import PostMatch, find_posts
from commitments.refs import RefMatch, find_refs, normalise_ref
from commitments.scan import fold, matches_at, word_starts

MONTHS = {name: number for number, name in enumerate(MONTH_NAMES, start=1)}
_DAY_MONTH_YEAR = rf"(\d{{1,2}})\s+({'|'.join(MONTHS)})\s+(\d{{4}})"
# Where a letter states its own date, most telling first.
DATE_FIELDS = (
    re.compile(rf"\bDatum\b[\s:*|]*{_DAY_MONTH_YEAR}", re.IGNORECASE),
    re.compile(rf"(?:Den Haag|[’']s-Gravenhage|Rijswijk|Utrecht)\s*,\s*{_DAY_MONTH_YEAR}", re.IGNORECASE),
)
SUBJECT_FIELD = re.compile(
    r"^[ \t*|]*(?:Onderwerp|Betreft|ONDERWERP|BETREFT)\b[\s:*|]*(?P<subject>[^\n]+)", re.M
)
"""The subject as a letter states it: after "Betreft" on its line, in the cell after it ("| Betreft | … |") or
on the line below it (a label and its value in two cells or paragraphs)."""
DOSSIER_TITLE = re.compile(
    r"^\s*\d{2}\s?\d{3}(?:-\d{2})?(?:\s+[A-Z]{1,5})?\s+(?P<subject>[A-Z][^\n]{3,})$", re.M
)
NOTE_TITLE = re.compile(
    r"^[ \t#*]*(?i:nota|notitie|memo)[ \t*]*\n(?:[ \t]*\n)*[ \t#*]*(?P<subject>[A-Z][^\n]{3,})$", re.M
)
"""A nota's own title: the line under the word "nota" that names the kind of paper ("# nota" then "Actieplan
programma Samen tegen mensenhandel"), where a letter has its "Betreft"."""
KENMERK_FIELD = re.compile(
    r"\b(?:Ons kenmerk|Onze referentie|Kenmerk)\b[\s:*]*(?P<kenmerk>[\w./-]*\d[\w./-]*)", re.I
)
# "De Staatssecretaris van Justitie en Veiligheid," or "De Minister van Defensie, J.A. Hennis-Plasschaert".
# Also inside a table cell ("| De minister van Buitenlandse Zaken, D.M. van Weel |") and after the last
# sentence of a one-paragraph letter ("... zal sturen. De Minister van Economische Zaken, H.G.J. Kamp").
# The post of a signature stands alone on its line, or ends it with a comma, or is followed there by the
# signer's name ("De Minister van Defensie, J.A. Hennis-Plasschaert"); a sentence that starts with a post and
# goes on after a comma ("De minister van Onderwijs, Cultuur en Wetenschap informeert u …") is no signature.
SIGNATURE_LINE = re.compile(
    r"(?:^[ \t*|]*|(?<=[.!?] ))(?:De|de)\s+"
    r"(?:(?P<post>(?:minister|staatssecretaris|minister-president)\b[^\n|]*),"
    r"(?=[ \t*|]*$|[ \t]+(?-i:[A-Z]\.|[A-Z][\w'-]+"
    r"(?:[ \t]+(?:van|de|der|den|ter|te|[A-Z][\w'.-]+))*[ \t*|]*$))"
    r"|(?P<bare>(?:minister|staatssecretaris|minister-president)\b[^\n|.;:]*?)(?<!,)[ \t*|]*$)",
    re.I | re.M,
)
_SIGNED_POSTS = ("minister", "staatssecretaris")  # the words a post of SIGNATURE_LINE starts with
_SIGNATURE_LEAD = " \t*|"  # what may stand before "De" on a line of SIGNATURE_LINE
# A post alone on a line at the top of the page ("Staatssecretaris van Justitie en Veiligheid" above a nota).
POST_HEADING = re.compile(
    r"^[ \t*#]*(?:De\s+)?"
    r"(?P<post>(?:Minister|Staatssecretaris|Minister-President)\b[^\n.,;:]{0,80}?)[ \t*]*$",
    re.I | re.M,
)
HEADING_REACH = 600  # characters at the top of a letter where its post may stand as a heading
HEADER_LINE = re.compile(r"^.*\bBRIEF VAN DE\s+(?P<posts>[^\n]+)$", re.M)
# The lines that open a letter before its first sentence: "Nr. 780", "BRIEF VAN DE MINISTER ...", "Aan de
# Voorzitter ...", "Den Haag, 13 april 2023", "Betreft ...", "Geachte voorzitter,". No quote starts with them.
LETTER_HEAD = re.compile(
    r"(?:[ \t]*(?:Nr\.\s*\d+|BRIEF VAN [^\n]*"
    r"|Aan de [Vv]oorzitter van de (?:Tweede|Eerste) Kamer der Staten-Generaal"
    r"|(?:Den Haag|[’']s-Gravenhage)\s*,\s*\d{1,2}\s+[a-z]+\s+\d{4}|(?:Betreft|Onderwerp)\b[^\n]*\n"
    r"|Geachte\s+[Vv]oorzitter\s*,)\s+)+"
)
_CLOSING_WORDS = ("met vriendelijke groet", "hoogachtend", "met de meeste hoogachting")
CLOSINGS = re.compile(rf"\b(?:{'|'.join(_CLOSING_WORDS)})\b", re.I)
_YEAR_AS_DOSSIER = re.compile(r"(?:19|20)\d\d-")
# Senders that are not the government: their promises and wishes are not the government's commitments.
INDEPENDENT_BODIES = re.compile(
    r"\b(?P<body>Nationaal Rapporteur(?:\ben[ \t]*\n[ \t]*|[^\n,])*"
    r"|Raad van State|Algemene Rekenkamer|Nationale ombudsman|Kinderombudsman"
    r"|Onderwijsraad|Gezondheidsraad|Raad voor [A-Z][\w-]*(?: en [A-Z][\w-]*)?|Autoriteit [A-Z][\w]*"
    r"|College voor de Rechten van de Mens|Adviesraad [^\n,]*|Kiesraad|Inspectie [A-Z][\w ]*)"
)
# Such a body at the start of a line: where it signs a letter.
SIGNED_BY_BODY = re.compile(rf"^[ \t*|]*(?:[Dd]e\s+)?{INDEPENDENT_BODIES.pattern}", re.M)
SIGNATURE_REACH = 400  # characters at the end of a letter without closing words where a signature may stand


@dataclass(frozen=True)
class LetterMeta:
    """What a letter says about itself. ``government`` is False for letters of independent bodies."""

    date: date | None
    sender: str | None
    ministry: str | None
    subject: str | None
    kenmerk: str | None
    kamerstuk_refs: tuple[str, ...]
    government: bool = True
    post: str | None = None  # the (first) post of the sender, to which its promises belong
    kamerstuk: str | None = None  # the letter's own number, as published ("36800-X-11")


_OWN_NUMBER = re.compile(
    r"\A(?:\s+|SOURCE:[^\n]*\n|Tweede\s+Kamer\s+der\s+Staten-Generaal\s*\d?|Vergaderjaar\s+\d{4}\W{1,3}\d{4}"
    r"|[^\s]{1,120}\n)*"
    r"(?P<dossier>\d{2}\s?\d{3}(?:-\d{2}|\s?-?[A-Z]{1,4})?)(?![\w-])[^\n]{0,300}\n"
    r"(?:(?![ \t]*Nr\.)[^\n]{0,300}\n){0,8}?"
    r"[ \t]*Nr\.\s*(?P<number>\d{1,5})\b"
)
"""A published Kamerstuk opens with its dossier (number and title, which may run over lines; more dossiers
may follow) and then its own number: "36 800 X Vaststelling van de begrotingsstaten … / Nr. 11 / BRIEF VAN
DE MINISTER …"; its PDF puts "Tweede Kamer der Staten-Generaal" and the session year before it, and a line
of one word before it is page furniture (a page number, a document id, the end of a web address run over
from the line above), not yet the letter."""


def own_number(text: str) -> str | None:
    """The letter's own Kamerstuk number when it opens as a published Kamerstuk, else None."""
    header = _OWN_NUMBER.match(text)
    return normalise_ref(f"{header['dossier']}, nr. {header['number']}") if header else None


def real_refs(text: str) -> list[RefMatch]:
    """The references in ``text``, without false ones made of a year and a number ("jaar 2026 Nr. 11")."""
    return [ref for ref in find_refs(text) if not _YEAR_AS_DOSSIER.match(ref.ref)]


def cited_refs(text: str) -> list[str]:
    """The distinct references in ``text``, in order of first appearance."""
    return list(dict.fromkeys(ref.ref for ref in real_refs(text)))


def parse_dutch_date(day: str, month: str, year: str) -> date | None:
    """``("5", "september", "2025")`` as a date, or None when it is not a real day."""
    try:
        return date(int(year), MONTHS[month.lower()], int(day))
    except (ValueError, KeyError):
        return None


def letter_date(text: str) -> date | None:
    """The date the letter gives itself, or None."""
    for pattern in DATE_FIELDS:
        match = pattern.search(text)
        if match:
            return parse_dutch_date(*match.groups())
    return None


def _signature_starts(text: str) -> set[int]:
    """Where :data:`SIGNATURE_LINE` can start: before "de", white space and a post (found in the folded text,
    as the pattern ignores case), at the start of the text or of a line with only blanks, "*" or "|" before
    "de", or right after the end of a sentence and a space. A letter has far fewer posts than lines."""
    starts: set[int] = set()
    for post in word_starts(fold(text), _SIGNED_POSTS):
        blank = post
        while blank > 0 and text[blank - 1].isspace():
            blank -= 1
        de = blank - 2
        if blank == post or de < 0 or fold(text[de:blank]) != "de":
            continue
        if text[max(0, de - 2) : de] in (". ", "! ", "? "):
            starts.add(de)
        line = de
        while line > 0 and text[line - 1] in _SIGNATURE_LEAD:
            line -= 1
        if line == 0 or text[line - 1] == "\n":
            starts.add(line)
    return starts


def _sender_posts(text: str) -> list[PostMatch]:
    signatures = list(matches_at(SIGNATURE_LINE, text, _signature_starts(text)))
    if signatures:
        posts = find_posts(signatures[-1]["post"] or signatures[-1]["bare"])
        if posts:
            return posts
    header = HEADER_LINE.search(text[:3000])
    if header:
        written = re.sub(r"\bministers\b", "minister", header["posts"], flags=re.I)
        posts = [post for post in find_posts(written) if post.post]
        if posts:
            return posts
    heading = POST_HEADING.search(text[:HEADING_REACH])
    if heading:
        return [post for post in find_posts(heading["post"]) if post.post]
    return []


def _independent_sender(text: str) -> str | None:
    """An independent body that signs the letter: named after its closing words, or, in a letter without
    them, at the start of one of its last lines. Not a body the letter merely speaks of near its end ("het
    advies van de Raad van State"), which would make a minister's letter cut short an independent one."""
    closings = list(matches_at(CLOSINGS, text, word_starts(fold(text), _CLOSING_WORDS)))
    if closings:
        found = INDEPENDENT_BODIES.search(text, closings[-1].end())
    else:
        found = SIGNED_BY_BODY.search(text, max(0, len(text) - SIGNATURE_REACH))
    return " ".join(found["body"].split()).rstrip(" *") if found else None


def read_meta(text: str) -> LetterMeta:
    """Read the metadata of a letter from its text (without a ``SOURCE:`` line)."""
    posts = _sender_posts(text)
    independent = _independent_sender(text) if not posts else None
    subject = (
        SUBJECT_FIELD.search(text[:3000])
        or DOSSIER_TITLE.search(text[:1500])
        or NOTE_TITLE.search(text[:3000])
    )
    kenmerk = KENMERK_FIELD.search(text)
    if posts:
        sender: str | None = " en ".join(dict.fromkeys(post.post or "" for post in posts))
    else:
        sender = independent
    return LetterMeta(
        date=letter_date(text),
        sender=sender,
        ministry=posts[0].ministry if posts else None,
        subject=subject["subject"].strip(" *|") if subject else None,
        kenmerk=kenmerk["kenmerk"] if kenmerk else None,
        kamerstuk_refs=tuple(cited_refs(text)),
        government=independent is None,
        post=posts[0].post if posts else None,
        kamerstuk=own_number(text),
    )
