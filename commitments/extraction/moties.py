"""Moties named in a letter: one item per motie, with its references and whether this letter discharges it.

A motie is named ("motie Kuik en Van der Graaf (Kamerstuk 35 570 VI, nr. 50)", "de moties van de leden Van den
Berg c.s.1 en Regterschot2"), points at a footnote ("een motie7 aangenomen"), or is taken up again
("in het kader van deze motie"). Mentions of the same motie (same reference, footnote or names) become one
item, quoted where the letter says what happens with it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from commitments.extraction.anchors import anchor_words, anchors
from commitments.extraction.cues import LIST_MARK, THIS_LETTER, VETOES
from commitments.extraction.footnotes import Footnote, markers
from commitments.extraction.metadata import real_refs
from commitments.extraction.sentences import Sentence, ends_a_sentence
from commitments.scan import fold, matches_at, word_starts

_CAPITALISED = r"[A-ZÀ-Ý][^\W\d_]*(?:[-’'][^\W\d_]+)*"
_NAME_WORD = rf"(?:{_CAPITALISED}|(?:van|de|der|den|te|ter|ten)\b)"
_NAME = rf"{_CAPITALISED}(?:[ \t]+{_NAME_WORD})*"
_NAME_ENTRY = rf"{_NAME}(?:\s+c\.s\.)?\d{{0,2}}"
_NAMES = rf"{_NAME_ENTRY}(?:\s*(?:,|en|&|/)\s*{_NAME_ENTRY})*"
MOTIE_NAMED = re.compile(
    rf"\b(?P<head>[Mm]oties?)(?P<marker>\d{{1,2}})?(?=[\s,.;:)\d-])"
    rf"(?:\s+van\s+(?:de\s+|het\s+)?(?:leden|lid))?(?:(?:\s+|-)(?P<names>{_NAMES}))?"
)
# Where a match of MOTIE_NAMED starts, in the folded text: it is tried only there (a test guards the pattern).
NAMED_START = "motie"
# "deze motie", and a bare "de motie" that names no one ("Hiermee beschouw ik de motie als afgedaan").
_POINTING = ("deze", "die", "genoemde", "bovengenoemde", "voornoemde")
MOTIE_ANAPHOR = re.compile(
    rf"(?i:\b(?:{'|'.join(_POINTING)})\s+motie\b)"
    r"|\b[Dd]e\s+motie\b(?!\s*(?:van\b|[A-Z(-]|\d))",
)
# An anaphor is a pointing word, blanks and "motie": it starts the length of one of these words before the
# blanks before a "motie" (_anaphors).
_POINTING_LENGTHS = frozenset(map(len, (*_POINTING, "de")))
# The next motie of a plural mention: "de moties Jansen (...) en De Vries (...)", ", de motie van het lid X",
# "de moties-Jansen (...) en -De Vries (...)" (the compact form repeats its hyphen), each name perhaps
# followed by the motie's subject before its reference ("en van het lid X over de financiën (...)").
NEXT_IN_ENUMERATION = re.compile(
    rf"\s*(?:,|;|\ben\b)\s*(?:en\s+)?(?:(?:de\s+)?motie\s+)?(?:(?:van\s+)?(?:het\s+lid|de\s+leden)\s+)?-?"
    rf"(?P<names>{_NAMES})(?=\s*\(|\s+over\s)"
)
# A reference that gives only the number, its dossier that of the motie named before it: "de moties van de
# leden Bikker (Kamerstuk 36 200 XVI, nr. 12) en Tielen (nr. 15)".
SHORT_REF = re.compile(r"\s*\(\s*(?:Kamerstuk\s+)?nr\.\s*(?P<number>\d{1,4})\s*\)")
# "Beide moties", "deze moties": a pointer back at every motie named just before (a list of them).
PLURAL_ANAPHOR = re.compile(
    r"\b(?:beide|deze|die|genoemde|bovengenoemde|voornoemde|bovenstaande|voorgaande)\s+moties\b", re.I
)
PLURAL_REACH = 8  # sentences (list items) back that "deze moties" still points at
_PLURAL_WORDS = anchors(PLURAL_ANAPHOR)  # looked for first ("moties"); None: not known
# The words one of which a sentence needs for any of the three patterns above (anchors.py); None: not known.
_MENTION_WORDS = anchor_words(MOTIE_NAMED, MOTIE_ANAPHOR, PLURAL_ANAPHOR)
# Characters after "de motie" in which its reference may still stand ("die door ... is ingediend (...)").
CLAUSE_REACH = 300
# The motie's own text in sentences after its mention ("... luidt als volgt: De Kamer, gehoord de
# beraadslaging, constaterende dat ...; verzoekt de regering ..., en gaat over tot de orde van de dag.").
MOTIE_TEXT = re.compile(
    r"^\W*(?:De\s+Kamer,\s*)?(?:gehoord|constaterende|overwegende|van\s+mening|verzoekt|draagt|spreekt|roept"
    r"|en\s+gaat\s+over)\b",
    re.I,
)
MOTIE_TEXT_REACH = 12  # sentences the text of a quoted motie may take
# A first name before a lower-case tussenvoegsel: "Olger van Dijk" (not "Kuik en Van der Graaf").
GIVEN_NAME = re.compile(r"[A-ZÀ-Ý][^\W\d_]+\s+(?=(?:van|de|der|den|te|ter|ten)\b)")
_PARTICLES = frozenset({"van", "de", "der", "den", "te", "ter", "ten"})
# The subject of a motie between its names and its reference: "over het couperen van staarten (".
MOTIE_SUBJECT = re.compile(r"\s+over\s+(?:(?!\bmoties?\b)[^().;:]){1,150}?(?=\s*\()")
_TRAILING_PARTICLES = re.compile(r"(?:\s+(?:van|de|der|den|te|ter|ten|en))+$")
_PARENTHETICAL = re.compile(r"\s*\((?P<inner>[^()]{0,200})\)")
# A budget annex row "De motie van het lid Wuite c.s.; Verzoekt de regering ...", its reference below.
ANNEX_ROW_START = re.compile(r"^(?:De\s+)?[Mm]otie\b(?:[^.;()]|c\.s\.){0,200};")
LIST_ITEM = re.compile(rf"{LIST_MARK}|Motie\b")
ENUMERATION = re.compile(r",?\s+en\s+aan\s+|,\s+aan\s+(?=de|het|mijn|motie)")
# A phrase naming a motie as the ground of what follows: "Conform de motie", "Ter uitvoering van de motie".
FRONTING = re.compile(
    r"(?:Conform|Overeenkomstig|Ter\s+uitvoering\s+van|Naar\s+aanleiding\s+van|In\s+lijn\s+met"
    r"|Gevolg\s+gevend\s+aan"
    r"|Zoals\s+(?:gevraagd|verzocht)\s+(?:in|door)|In\s+reactie\s+op|Mede\s+naar\s+aanleiding\s+van|Op\s+grond\s+van)"
    r"\s+(?:de|het)?\s*(?:door\s+\S+\s+\S+\s+)?(?:aangenomen\s+)?",
)
# The motie as a topic the words before it name ("informeer ik u over de motie", "ga ik in op de motie").
TOPIC_BEFORE = re.compile(r"\b(?:over|op|naar\s+aanleiding\s+van)\s+(?:de\s+|het\s+)?$", re.I)
FRONTED_REST = 30  # characters of the rest of the sentence that make it a clause of its own
ANAPHOR_REACH = 3  # sentences after a named motie in which "deze motie" still points at it
# A short name the letter gives a motie it has just named: "(Kamerstuk ...), hierna de boerderijwinkelmotie,"
# or "hierna te noemen: de motie-stikstofbank". Where the letter uses that name again, it points at that
# motie. The name is one word that holds "motie" ("hierna de gesprekken" gives no name).
ALIAS = re.compile(
    r"\bhierna(?:\s+te\s+noemen)?\s*:?\s+(?:de\s+|het\s+)?(?P<alias>[\w-]*motie-?[\w-]+|[\w-]+-?motie)\b",
    re.I,
)

# Status: an explicit word wins, then signs that the motie is still being carried out, then discharge phrases.
# ("Daarmee is de motie uitgevoerd", not "is nog niet uitgevoerd")
DISCHARGED_EXPLICIT = re.compile(
    r"\bafgedaan\b|\bafgerond\b|\bals\s+uitgevoerd\b|\bbeschouw\w*\b"
    r"|\b(?:doe|doen|doet)\s+(?:ik|wij|we)\s+(?:\S+\s+){0,6}?af\b"  # "Met deze brief doe ik de moties af"
    # (the motie's reference in brackets may stand between: "is de motie X (Kamerstuk 1, nr. 2) uitgevoerd")
    # (or a phrase of means: "is met het onderzoek dat ik u hierbij stuur uitgevoerd")
    r"|\b(?:is|zijn)\s+(?:(?!(?:niet|nog|deels|gedeeltelijk)\b)[^\s,;:]+\s+){0,12}?(?:\([^()]{1,60}\)\s+)?"
    r"uitgevoerd\b",
    re.I,
)
STILL_OPEN = re.compile(
    r"\bvoortgang\b|\bin\s+het\s+kader\s+van\b|\bniet\b(?:\s+\S+){0,10}?\s+uitvoering\b|\bnog\s+niet\b"
    r"|\baangehouden\b|\bin\s+uitvoering\b|\bloopt\b|\bingediend\b|\buitwerking\s+van\b|\bverkenn\w*\b",
    re.I,
)
DISCHARGING = re.compile(
    r"\b(?:invulling|uitvoering|gevolg)\s+(?:\S+\s+){0,2}?aan\b|\bvoldaan\s+aan\b|\bvoldoe\w*\s+(?:ik\s+)?aan\b"
    r"|\buitvoering\s+(?:is\s+)?gegeven\b|\btegemoet\s+(?:te\s+)?kom\w*|\bkom\w*\s+(?:\S+\s+){0,3}?tegemoet\b"
    # (a reference may hold a comma: "voer ik motie 36 200 XVI, nr. 40 uit")
    r"|\b(?:hiermee|hierbij|met\s+deze\s+brief)\s+voer\s+(?:ik|wij|we)\b(?:\s+[^\s,;:]+(?:,(?=\s+nrs?\.))?)"
    r"{0,20}?\s+uit\b"
    # the motie fronted: "De motie van het lid X voer ik (hierbij) uit (met deze brief)"
    r"|\bvoer\s+(?:ik|wij|we)\s+(?:hiermee\s+|hierbij\s+|met\s+deze\s+brief\s+)uit\b"
    r"|\bvoer\s+(?:ik|wij|we)\s+uit\s+(?:hiermee|hierbij|met\s+deze\s+brief)\b",
    re.I,
)
# The Kamer voted the motie down ("is door uw Kamer verworpen", "werd niet aangenomen", "heeft de Kamer
# verworpen"): nothing for the government to carry out, so no item; not the adjective ("het verworpen plan").
REJECTED = re.compile(
    r"\b(?:is|zijn|werd|werden|heeft|hebben)\s+(?:[^\s,;:]+\s+){0,6}?(?:verworpen|niet\s+aangenomen)\b"
    r"|\bverworpen\s+(?:is|werd)\b",
    re.I,
)
# Where a mention turns into the motie's own words ("verzoekt de regering ..."): its status is read before it.
DICTUM_START = re.compile(
    r"\b(?:verzoekt|verzocht|verzoeken|oproept|opgeroepen|vraagt|gevraagd)\b|\bwaarin\b|\bdie\s+de\s+regering\b"
    r"|\broept\b",
    re.I,
)


@dataclass
class _Motie:
    key: str
    refs: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int, int]] = field(default_factory=list)  # (sentence index, start, end)
    anaphors: list[int] = field(default_factory=list)  # sentence indexes
    names: set[str] = field(default_factory=set)  # name keys it is also known by ("motie-Jansen")
    shared: list[int] = field(default_factory=list)  # sentences that speak of it with others ("beide moties")


@dataclass(frozen=True)
class MotieItem:
    """One motie: the span to quote (in the analysis text), its references and its status."""

    start: int
    end: int
    refs: tuple[str, ...]
    status: str
    dictum: tuple[int, int] | None = (
        None  # the motie's own words ("verzoekt de regering ..."), for its deadline
    )
    fronted: bool = False  # named in an opening phrase: the rest of the sentence is read on its own
    rejected: bool = False  # voted down by the Kamer (REJECTED): no item


def motie_status(context: str) -> str | None:
    """``afgedaan``, ``open``, or None when the context says nothing about it."""
    if DISCHARGED_EXPLICIT.search(context):
        return "afgedaan"
    if STILL_OPEN.search(context):
        return "open"
    if DISCHARGING.search(context):
        return "afgedaan"
    return None


def _refs_after(text: str, position: int, limit: int) -> list[str]:
    """References right after a motie's names: "(Kamerstuk 35 570 VI, nr. 50)", ", met kenmerk ..."."""
    window = text[position:limit]
    skipped = _PARENTHETICAL.match(window)
    offset = skipped.end() if skipped and not re.search(r"\d{3}", skipped["inner"]) else 0
    refs = [ref for ref in real_refs(window) if ref.start >= offset]
    if not refs or refs[0].start - offset > 30:
        return []
    group = [refs[0]]
    for ref in refs[1:]:
        if ref.start - group[-1].end > 10:
            break
        group.append(ref)
    return [ref.ref for ref in group]


def _clause_refs(text: str, position: int, limit: int) -> list[str]:
    """A reference in brackets further on in the clause of a bare "de motie" ("De motie die door de leden X
    en Y is ingediend (Kamerstuk ...)"), when no other motie is named before it."""
    window_end = min(limit, position + CLAUSE_REACH)
    for ref in real_refs(text[position:window_end]):
        before = text[position : position + ref.start]
        if re.search(r"\bmoties?\b", before, re.I) or "(" not in before[-20:]:
            return []
        return [ref.ref]
    return []


def _mention_end(text: str, position: int, limit: int) -> int:
    """The end of a mention including a parenthetical and a footnote marker right after it."""
    parenthetical = _PARENTHETICAL.match(text, position, limit)
    if parenthetical:
        position = parenthetical.end()
        marker = re.match(r"\d{1,2}(?!\d)", text[position:limit])
        if marker:
            position += marker.end()
    return position


def _split_names(names: str, base: int) -> list[tuple[str, int, int]]:
    """Split "Van den Berg c.s.1 en Regterschot2" at its footnote markers into one entry per motie."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in re.finditer(r"(?<=[^\W\d_.]|\.)\d{1,2}(?!\d)", names):
        bounds.append((start, match.end()))
        start = match.end()
    if names[start:].strip(" ,"):
        bounds.append((start, len(names)))
    entries: list[tuple[str, int, int]] = []
    for left, right in bounds:
        lead = re.match(r"[\s,]*(?:(?:en|&)\s+)?", names[left:right])
        left += lead.end() if lead else 0
        entries.append((names[left:right], base + left, base + right))
    return entries


def _name_keys(names: str) -> set[str]:
    """The keys of a motie's names, and without the first submitter's first name ("Olger van Dijk" is also
    "Van Dijk": a first name stands before a tussenvoegsel written in lower case)."""
    keys = {_name_key(names)}
    first_name = GIVEN_NAME.match(names)
    if first_name:
        keys.add(_name_key(names[first_name.end() :]))
    return keys


def _name_key(names: str) -> str:
    cleaned = re.sub(r"\d+|c\.s\.|[,&/]|\ben\b", " ", names)
    return "names:" + " ".join(_TRAILING_PARTICLES.sub("", cleaned).lower().split())


def find_moties(text: str, sentences: list[Sentence], notes: dict[int, Footnote]) -> list[MotieItem]:
    """One item per motie named in ``text`` (the analysis text that ``sentences`` split)."""
    moties: dict[str, _Motie] = {}
    recent: list[tuple[int, str]] = []  # (sentence index, key) of named mentions
    per_sentence: dict[int, list[tuple[int, int, str]]] = {}
    aliases: dict[str, tuple[int, str]] = {}  # a short name given to a motie: (sentence index, key)
    folded = fold(text)  # where the words are that a mention needs: a sentence without one is passed by
    words = sorted(
        (at, at + len(word)) for word in _MENTION_WORDS or () for at in word_starts(folded, (word,))
    )
    named_starts = sorted(word_starts(folded, (NAMED_START,)))
    # only the sentences with one of those words: none of the patterns below can match another
    held = range(len(sentences)) if _MENTION_WORDS is None else _sentences_holding(sentences, words)
    for index in held:
        sentence = sentences[index]
        first = bisect.bisect_left(named_starts, sentence.start)
        last = bisect.bisect_left(named_starts, sentence.end, first)
        for match in matches_at(MOTIE_NAMED, text, named_starts[first:last], sentence.end):
            if _is_anaphor(text, sentence, match, named_starts):
                continue  # "deze motie": taken up below as a pointer to an earlier motie
            for key, refs, start, end, written in _mentions(text, match, sentence, notes):
                if not refs:  # in a budget annex the motie's own reference is in the next row
                    rows = _annex_rows(sentences, index)[:1]
                    refs = [ref.ref for ref in real_refs(rows[0].text)][:1] if rows else []
                    key = f"ref:{refs[0]}" if refs else key
                motie = moties.setdefault(key, _Motie(key))
                if written.strip():
                    motie.names.update(_name_keys(written))
                motie.refs.extend(ref for ref in refs if ref not in motie.refs)
                motie.mentions.append((index, start, end))
                recent.append((index, key))
                per_sentence.setdefault(index, []).append((start, end, key))
        alias = ALIAS.search(sentence.text) if per_sentence.get(index) else None
        if alias is not None:
            named_before = [
                key for start, _, key in per_sentence[index] if start < sentence.start + alias.start()
            ]
            if named_before:
                aliases[alias["alias"].lower()] = (index, named_before[-1])
        anaphor = next(_anaphors(text, named_starts, sentence.start, sentence.end), None)
        if anaphor is not None:
            # the latest named mention within reach (``recent`` is in sentence order)
            earlier = recent[-1][1] if recent and recent[-1][0] >= index - ANAPHOR_REACH else None
            if earlier is not None and earlier not in {key for _, _, key in per_sentence.get(index, [])}:
                moties[earlier].anaphors.append(index)
                extra = _refs_after(text, anaphor.end(), sentence.end)
                moties[earlier].refs.extend(ref for ref in extra if ref not in moties[earlier].refs)
        plural = _PLURAL_WORDS is None or any(
            word in folded[sentence.start : sentence.end] for word in _PLURAL_WORDS
        )
        if plural and PLURAL_ANAPHOR.search(sentence.text):
            for key in dict.fromkeys(_keys_within(recent, index - PLURAL_REACH, index)):
                moties[key].shared.append(index)
    for name, (declared, key) in aliases.items():
        moties[key].anaphors.extend(_sentences_naming(sentences, name, declared + 1))
    merged = _merge_aliases(list(moties.values()))
    items = (_item(text, sentences, motie, per_sentence) for motie in merged)
    return [item for item in items if not item.rejected]


def _sentences_naming(sentences: list[Sentence], word: str, first: int) -> list[int]:
    """The indices of the sentences from ``first`` on that hold ``word`` as a word of their own."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.I)
    return [index for index in range(first, len(sentences)) if pattern.search(sentences[index].text)]


def _sentences_holding(sentences: list[Sentence], spans: list[tuple[int, int]]) -> list[int]:
    """The indices, in order, of the ``sentences`` (in order and apart, as split) within which one of the
    ``spans`` lies: a binary search per span, as a letter has far more sentences than motie words."""
    starts = [sentence.start for sentence in sentences]
    held = set()
    for start, end in spans:
        index = bisect.bisect_right(starts, start) - 1  # the one sentence that may hold it
        if index >= 0 and end <= sentences[index].end:
            held.add(index)
    return sorted(held)


def _keys_within(recent: list[tuple[int, str]], first: int, before: int) -> list[str]:
    """The keys mentioned in sentences ``first`` ≤ index < ``before``, read back from the end of ``recent``
    (which is in sentence order), so a long letter costs no rescan of every earlier mention."""
    keys = []
    for seen, key in reversed(recent):
        if seen < first:
            break
        if seen < before:
            keys.append(key)
    return keys[::-1]


def _is_anaphor(text: str, sentence: Sentence, match: re.Match[str], motie_starts: list[int]) -> bool:
    """Whether a motie word is a pointer back ("deze motie", "de motie als afgedaan"), not a new motie."""
    if not match["names"] and _clause_refs(text, match.end(), sentence.end):
        return False  # "De motie die door ... is ingediend (Kamerstuk ...)": a motie named by its reference
    return any(
        anaphor.end() == match.end("head")
        for anaphor in _anaphors(text, motie_starts, max(sentence.start, match.start() - 20), sentence.end)
    )


def _anaphors(text: str, motie_starts: list[int], start: int, end: int) -> Iterator[re.Match[str]]:
    """What ``MOTIE_ANAPHOR.finditer(text, start, end)`` finds, given where "motie" starts in the (folded)
    text, in order: the pattern is tried only where a pointing word can stand before one, not at every
    character of a sentence."""
    first = bisect.bisect_left(motie_starts, start)
    tried: set[int] = set()
    for motie in motie_starts[first : bisect.bisect_left(motie_starts, end, first)]:
        blank = motie
        while blank > start and text[blank - 1].isspace():
            blank -= 1
        tried.update(blank - length for length in _POINTING_LENGTHS if blank - length >= start)
    return matches_at(MOTIE_ANAPHOR, text, tried, end)


def _mentions(
    text: str, match: re.Match[str], sentence: Sentence, notes: dict[int, Footnote]
) -> list[tuple[str, list[str], int, int, str]]:
    """(key, refs, start, end) for each motie in one named mention; plural mentions may name several."""
    names = match["names"]
    if names and _names_on_next_line(text, match, sentence.end):
        names = None
    if names:
        names = _TRAILING_PARTICLES.sub("", names)
    if not names and not match["marker"]:
        refs = _refs_after(text, match.end(), sentence.end) or _clause_refs(text, match.end(), sentence.end)
        return (
            [(f"ref:{refs[0]}", refs, match.start(), _mention_end(text, match.end(), sentence.end), "")]
            if refs
            else []
        )
    names_start = match.start("names") if names else match.end()
    plural = match["head"].lower() == "moties"
    entries = _split_names(names, names_start) if names and plural else []
    if not entries:
        entries = [(names or "", names_start, names_start + len(names or ""))]
    if plural and names and len(entries) == 1:
        entries.extend(_enumerated_names(text, entries[0][2], sentence.end))
    found: list[tuple[str, list[str], int, int, str]] = []
    for number, (written, start, names_end) in enumerate(entries):
        names_end = _past_subject(text, names_end, sentence.end)
        end = _mention_end(text, names_end, sentence.end)
        refs = _refs_after(text, names_end, sentence.end)
        short = SHORT_REF.match(text, names_end, sentence.end)
        if not refs and short and found and found[-1][1]:
            refs = [f"{found[-1][1][-1].rsplit('-', 1)[0]}-{short['number']}"]
        pointed = text[match.start() if number == 0 else start : end]
        for _, note in markers(pointed, notes):
            refs.extend(ref.ref for ref in real_refs(note.text))
        key = f"ref:{refs[0]}" if refs else _name_key(written) if written.strip() else f"at:{start}"
        found.append((key, refs, match.start() if number == 0 else start, end, written))
    if plural and len(found) == 1 and len(found[0][1]) > 1:
        # one mention of several moties by their numbers ("de moties-Bikker en -Tielen (Kamerstuk 36 200 XVI,
        # nrs. 12 en 15)"): one item per motie, each with its own reference
        _, refs, start, end, written = found[0]
        close = text.find(")", end, sentence.end)  # the reference may follow the last name, not the first
        end = close + 1 if close >= 0 else end
        return [(f"ref:{ref}", [ref], start, end, written) for ref in refs]
    return found


def _names_on_next_line(text: str, match: re.Match[str], limit: int) -> bool:
    """Whether the "names" after a bare "motie(s)" are the first word of the next line with no reference
    after them: a subject line that ends in "moties" before the next field of the letter head ("Betreft ...
    uitvoering moties / Ons kenmerk ..."), not submitters, who follow "van het lid" or carry a reference."""
    gap = text[match.end("head") : match.start("names")]
    return (
        "\n" in gap
        and re.search(r"\b(?:lid|leden)\b", gap) is None
        and not _refs_after(text, match.end("names"), limit)
    )


def _past_subject(text: str, position: int, limit: int) -> int:
    """After the subject between a motie's names and its reference ("de motie van het lid X over het couperen
    van staarten (Kamerstuk ...)"), when a reference follows it; else ``position``."""
    subject = MOTIE_SUBJECT.match(text, position, limit)
    if subject and _refs_after(text, subject.end(), limit):
        return subject.end()
    return position


def _enumerated_names(text: str, position: int, limit: int) -> list[tuple[str, int, int]]:
    """The further moties of "de moties Jansen (Kamerstuk ...) en De Vries (Kamerstuk ...)", with refs; none
    when the first has no reference of its own before the next ("de moties-Bikker en -Tielen (Kamerstuk ...,
    nrs. 12 en 15)" is one mention of both)."""
    entries: list[tuple[str, int, int]] = []
    named = _past_subject(text, position, limit)
    position = _mention_end(text, named, limit)
    if position == named:
        return entries
    while True:
        following = NEXT_IN_ENUMERATION.match(text, position, limit)
        names_end = _past_subject(text, following.end("names"), limit) if following else position
        if following is None or not (
            _refs_after(text, names_end, limit) or SHORT_REF.match(text, names_end, limit)
        ):
            return entries
        names = _TRAILING_PARTICLES.sub("", following["names"])
        start = following.start("names")
        entries.append((names, start, start + len(names)))
        position = _mention_end(text, names_end, limit)


def _same_motie(one: _Motie, other: _Motie) -> bool:
    """Same first reference, or, where one of them has no reference, the same names or a short name that
    starts the other's ("motie-Van Campen" for "de motie van de leden Van Campen en Grinwis")."""
    if one.refs[:1] and other.refs[:1]:
        return one.refs[0] == other.refs[0]
    if one.names & other.names or one.key in other.names or other.key in one.names:
        return True
    return any(_first_names_agree(mine, theirs) for mine in one.names for theirs in other.names)


def _first_names_agree(one: str, other: str) -> bool:
    """Whether one list of submitters' names is the start of the other (its first submitter or more)."""
    shorter, longer = sorted((one.split(":", 1)[1].split(), other.split(":", 1)[1].split()), key=len)
    named = [word for word in shorter if word not in _PARTICLES]
    return bool(named) and longer[: len(shorter)] == shorter


def _merge_aliases(moties: list[_Motie]) -> list[_Motie]:
    """Mentions by name and by reference of the same motie become one."""
    merged: list[_Motie] = []
    for motie in moties:
        twin = next((other for other in merged if _same_motie(other, motie)), None)
        if twin is None:
            merged.append(motie)
        else:
            twin.mentions.extend(motie.mentions)
            twin.anaphors.extend(motie.anaphors)
            twin.refs.extend(ref for ref in motie.refs if ref not in twin.refs)
            twin.names |= motie.names
            twin.shared.extend(motie.shared)
    return merged


def _item(
    text: str, sentences: list[Sentence], motie: _Motie, per_sentence: dict[int, list[tuple[int, int, str]]]
) -> MotieItem:
    """The motie quoted where it is named (with the next sentence when that one takes it up), and its status.

    The status is read from the mention outside the motie's own words ("verzoekt de regering ..."), from the
    sentences that point back at it ("Hiermee beschouw ik de motie als afgedaan"), from budget-annex rows
    after it, and from the introduction of a list it is an item of.
    """
    footnote_like = {index for index, _, _ in motie.mentions if re.match(r"\d{1,3}\s", sentences[index].text)}
    main = [mention for mention in motie.mentions if mention[0] not in footnote_like] or motie.mentions
    # quoted where a sentence names it, not where a heading or the subject line does ("Motie Sneller"), and
    # where the letter answers, not where it repeats the question put to it ("Hoe geeft u uitvoering aan de
    # motie X?" before "Antwoord")
    prose = [mention for mention in main if _names_in_prose(sentences[mention[0]].text)]
    answers = [mention for mention in prose if not VETOES["question"].search(sentences[mention[0]].text)]
    index, start, end = _where_worded(text, sentences, motie, (answers or prose or main)[0])
    sentence = sentences[index]
    others = per_sentence.get(index, [])
    fronted = len(others) <= 1 and _is_fronted(text, sentence, start, end)
    if fronted:
        start = own_start = sentence.start
        own_end = end
    elif len(others) <= 1:
        own_start, own_end = _enumerated_clause(text, sentence, start, end)
        if not _names_a_topic_of_this_letter(text, sentence, start):
            start, end = own_start, own_end
    else:
        previous_end = max((right for left, right, _ in others if right <= start), default=sentence.start)
        own_start, own_end = (
            (previous_end, end) if motie_status(text[previous_end:end]) else (sentence.start, start)
        )
    dictum = DICTUM_START.search(text, own_start, own_end)
    context = [text[own_start : dictum.start() if dictum else own_end]]
    context.extend(sentences[later].text for later in motie.anaphors if later != index)
    context.extend(sentences[other].text for other, _, _ in motie.mentions if other != index)
    context.extend(sentences[later].text for later in motie.shared)
    if not fronted and dictum is None and len(others) <= 1:
        quoted = _quoted_text(sentences, index)
        if quoted is not None:
            end = own_end = quoted[1]
            dictum = DICTUM_START.search(text, quoted[0], quoted[1])
    if len(others) <= 1 and not fronted and index + 1 in motie.anaphors:
        end = sentences[index + 1].end
        if dictum is None:  # "De motie verzoekt de regering ...": the motie's own words, for its deadline
            dictum = DICTUM_START.search(text, sentences[index + 1].start, end)
            own_end = end
        introduces = sentences[index + 1].text.rstrip().endswith(":")  # "De motie luidt:", its words after it
        quoted = _quoted_text(sentences, index + 1) if dictum is None and introduces else None
        if quoted is not None:
            dictum = DICTUM_START.search(text, quoted[0], quoted[1])
            own_end = quoted[1]
    rows = _annex_rows(sentences, index)
    for row in rows:
        motie.refs.extend(ref.ref for ref in real_refs(row.text) if ref.ref not in motie.refs)
    status = (
        motie_status(" ".join(row.text for row in rows))
        or motie_status(" ".join(context))
        or _list_intro_status(sentences, index)
        or _enumeration_intro_status(text, sentence, start)
        or _enumeration_tail_status(text, sentence, others)
    )
    dictum_span = (dictum.start(), own_end) if dictum else _dictum_elsewhere(text, sentences, motie, index)
    rejected = REJECTED.search(" ".join(context)) is not None
    return MotieItem(start, end, tuple(motie.refs), status or "open", dictum_span, fronted, rejected)


def _where_worded(
    text: str, sentences: list[Sentence], motie: _Motie, chosen: tuple[int, int, int]
) -> tuple[int, int, int]:
    """Where the motie is quoted: the ``chosen`` mention, unless neither a mention nor the sentence right
    after the chosen one gives the motie's own words and another sentence that points back at it does
    ("Vraag 4: Hoe verhoudt ... de motie-X? Antwoord 4: Die motie verzoekt de regering «...»", named again
    later as "de motie-X"): that sentence, where its words are."""

    def worded(index: int) -> bool:
        return DICTUM_START.search(text, sentences[index].start, sentences[index].end) is not None

    told = [index for index, _, _ in motie.mentions]
    if chosen[0] + 1 in motie.anaphors:  # followed by its words: quoted with them (see _item)
        told.append(chosen[0] + 1)
    if any(worded(index) for index in told):
        return chosen
    later = next((index for index in motie.anaphors if worded(index)), None)
    return chosen if later is None else (later, sentences[later].start, sentences[later].end)


def _names_in_prose(sentence: str) -> bool:
    """Prose (see ends_a_sentence), or an item of a list that a sentence opens, which ends in a semicolon or
    comma ("Met deze brief voer ik de volgende moties uit: - de motie van het lid X (...) over Y;"): there the
    motie is named in full, not where a later sentence calls it "de motie-X"."""
    if ends_a_sentence(sentence):
        return True
    return LIST_ITEM.match(sentence) is not None and sentence.rstrip()[-1:] in {";", ","}


def _dictum_elsewhere(
    text: str, sentences: list[Sentence], motie: _Motie, quoted: int
) -> tuple[int, int] | None:
    """The motie's own words where another mention of it gives them ("De motie-Bikker c.s. verzoekt de
    regering om voor de zomer ..."), for its deadline."""
    for index in dict.fromkeys(mention[0] for mention in motie.mentions if mention[0] != quoted):
        sentence = sentences[index]
        dictum = DICTUM_START.search(text, sentence.start, sentence.end)
        if dictum:
            return dictum.start(), sentence.end
    return None


def _names_a_topic_of_this_letter(text: str, sentence: Sentence, start: int) -> bool:
    """Whether the motie is only named as one of the things this letter is about ("Met deze brief informeer
    ik u over de voortgang van X en over de motie Y (…)", "… en ga ik in op de motie Y"): its item quotes the
    mention, not the sentence, whose subject is the letter's. A sentence that carries it out ("Hiermee voer ik
    de motie Y uit") is quoted whole."""
    whole = text[sentence.start : sentence.end]
    return (
        THIS_LETTER.search(text, sentence.start, start) is not None
        and TOPIC_BEFORE.search(text, sentence.start, start) is not None
        and DISCHARGING.search(whole) is None
        and DISCHARGED_EXPLICIT.search(whole) is None
    )


def _is_fronted(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """Whether the motie is named in a phrase that opens a sentence about something else ("Conform de motie
    X (Kamerstuk ...) zend ik uw Kamer medio juli een brief"): the rest is a promise of its own."""
    return (
        FRONTING.fullmatch(text[sentence.start : start]) is not None
        and len(text[end : sentence.end].strip()) >= FRONTED_REST
    )


def _enumerated_clause(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The part of "uitvoering aan X, aan Y en aan motie Z" that holds the motie; else the whole sentence."""
    cuts = list(ENUMERATION.finditer(text, sentence.start, sentence.end))
    left = max((cut.end() for cut in cuts if cut.end() <= start), default=sentence.start)
    right = min((cut.start() for cut in cuts if cut.start() >= end), default=sentence.end)
    return left, right


def _quoted_text(sentences: list[Sentence], index: int) -> tuple[int, int] | None:
    """The span of the motie's own text quoted in the sentences after its mention, if any."""
    following = index + 1
    while (
        following < len(sentences)
        and following - index <= MOTIE_TEXT_REACH
        and MOTIE_TEXT.match(sentences[following].text)
    ):
        following += 1
    if following == index + 1:
        return None
    return sentences[index + 1].start, sentences[following - 1].end


def _enumeration_intro_status(text: str, sentence: Sentence, start: int) -> str | None:
    """A motie in "Hiermee wordt uitvoering gegeven aan X, aan Y en aan motie Z" takes the status of the
    words that govern the whole enumeration, before its first item."""
    if start <= sentence.start:
        return None
    first = ENUMERATION.search(text, sentence.start, start)
    return motie_status(text[sentence.start : first.start()]) if first else None


def _annex_rows(sentences: list[Sentence], index: int) -> list[Sentence]:
    """In a budget annex table, the "Vindplaats" and "Stand van zaken" rows after a motie's text."""
    if not ANNEX_ROW_START.match(sentences[index].text):
        return []
    rows: list[Sentence] = []
    for sentence in sentences[index + 1 : index + 6]:
        if ANNEX_ROW_START.match(sentence.text):
            break
        rows.append(sentence)
    return rows


def _enumeration_tail_status(text: str, sentence: Sentence, others: list[tuple[int, int, str]]) -> str | None:
    """Moties enumerated inside the words that govern them ("De motie X en de motie Y voer ik met deze brief
    uit", "Met deze brief voer ik de moties X (...) en Y (...) uit") take the status of those words: the
    sentence without the enumeration."""
    if len(others) <= 1:
        return None
    first_start = min(left for left, _, _ in others)
    last_end = max(right for _, right, _ in others)
    return motie_status(f"{text[sentence.start : first_start]} {text[last_end : sentence.end]}")


def _list_intro_status(sentences: list[Sentence], index: int) -> str | None:
    """A list item takes the status of its introduction ("worden de volgende moties afgedaan:")."""
    if not LIST_ITEM.match(sentences[index].text):
        return None
    for sentence in reversed(sentences[max(0, index - 8) : index]):
        if sentence.text.rstrip().endswith(":"):
            return motie_status(sentence.text)
        if not LIST_ITEM.match(sentence.text):
            return None
    return None
