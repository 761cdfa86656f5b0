"""Item-driven matching: for each open item, where the letter speaks of it and what it does with it there.

The statements of :mod:`commitments.matching.statements` need a phrasing they know; this reading does not.
Each open item (title and quote, Snowball-stemmed) is looked for in the letter's subject line, its opening
and every sentence or pair of sentences, each stem weighed by how rare it is among the open items and the
letter's own sentences (a word the letter repeats everywhere, or every item has, tells little). A Kamerstuk
number of the item or the names of a motie's members are strong evidence anywhere in the letter.

An item the letter clearly speaks of is proposed only when it clearly beats every other item of its ministry
in the same place (look-alikes), and only with words that are specific (more than one rare word shared).
The act is then read from the sentences that speak of it, by their grammar: a word of delay, or a new moment
clearly after the item's deadline, postpones it; the letter's own subject, or an act done now or done
already ("hierbij", "met deze brief", "informeer ik", "is geïnformeerd", "afgedaan"), fulfils it, partly when
it is a first part or a progress report with a remainder to come; a moment ahead alone restates it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import snowballstemmer

from commitments.deadlines import Deadline, find, primary
from commitments.dutch import KIND_LABELS
from commitments.matching.action import Action
from commitments.matching.cues import (
    ANAPHOR,
    ANSWER_HERE,
    AS_PROMISED,
    BACK,
    BLANK_LINE,
    DELAY,
    DENIED_DELAY,
    DICTUM,
    EVENT_DATE,
    FULFIL_CUES,
    FUTURE,
    GO_INTO,
    INFORM_NOW,
    INTENT,
    LATER,
    LISTED_DONE,
    MANNER,
    NEGATION,
    ON_SCHEDULE,
    PARTIAL,
    PROGRESS,
    RECALL,
    RECORDED,
    REQUEST,
    ROW,
    SENDING,
    SENDS,
    STATE_DONE,
    SUBJECT_LINE,
    SUBORDINATE_OPENS,
    THIS_LETTER,
    UNDONE,
    WITHDRAWN,
    WORK_UNDER_WAY,
    sent_as_promised,
)
from commitments.matching.scoring import Candidate, LetterSide, Score, among_several, holders, shared_ref
from commitments.matching.statements import (
    Statement,
    Target,
    acts_now,
    cause_given,
    for_later,
    in_the_past,
    left_for_later,
    means_to_come,
    neighbours,
    on_schedule,
    opening_sentences,
    promised_at,
    sends_now,
    sent_later,
    tells_progress,
    without_causes,
    without_findings,
    without_late_delivery,
    without_unasserted,
)
from commitments.matching.text import (
    Sentences,
    Span,
    acronyms,
    member_mentions,
    named_members,
    same_name,
    same_stem,
    spelt_out,
    table_cells,
    table_row,
)
from commitments.ministries import same_line
from commitments.records import CommitmentRecord
from commitments.refs import find_refs
from commitments.subject_words import content_words, plain, stems

SPOKEN = 0.5  # share (by rarity) of an item's words a passage must hold to speak of it
SPECIFIC = 2  # rare words a passage must share with the item
RARE = 2.0  # the weight from which a word counts as rare
ITEM_MIN = 0.6  # evidence needed to propose an item
ITEM_MARGIN = 0.15  # over the best look-alike of the same ministry in the same place
MEMBERS_MATCH = 0.55
OWN_SUBJECT = 0.35
TEXT_WEIGHT = 0.85
MINISTRY_CONFLICT = 0.5
NEAR_DAYS = 31
ANNOUNCED = 0.75  # share of the item's words a moment ahead needs beside it, with no word of delay
STILL_TO_COME_SLACK = 0.05
SPOKEN_SLACK = 0.25  # places that speak of the item nearly as much as the best one are read too
LIST_REACH = 12  # list items read back to the sentence that introduces them
AFTER_RECALL = 6  # sentences after a recalled promise read for a delay
EARLY_DAYS = 120  # an item due this much later than the letter is not what it answers, unless named
SUBJECT, OPENING, BODY = "onderwerp", "opening", "tekst"

# Words whose stems mark a delay: uitstel, vertraging, later, verschuiven, and the pairs "nog niet", "niet
# eerder", "meer tijd", "kom … terug".
_DELAY_STEMS = ("uitstel", "uitgesteld", "vertra", "verschuif", "verschuiv", "verschov", "later")
_DELAY_PAIRS = re.compile(
    r"\bnog\s+(?:niet|geen)\b|\bniet\s+eerder\b|\bmeer\s+tijd\b|\bterug\s*(?:te\s+)?kom\w*\b"
    r"|\bkom\w*\s+(?:ik|wij|we|het\s+kabinet)\s+(?:\S+\s+){0,6}?terug\b|\bwachten\s+met\b",
    re.IGNORECASE,
)
# Done already: "is (per brief) geïnformeerd", "heeft plaatsgevonden", "is uitgevoerd".
_DONE = re.compile(
    r"\b(?:is|zijn|heeft|hebben|heb|werd|werden)\b[^.]{0,80}?\b(?:geïnformeerd|geinformeerd|uitgevoerd|"
    r"verzonden|gestuurd|toegezonden|aangeboden|afgerond|ingevuld|plaatsgevonden|voldaan)\b",
    re.IGNORECASE,
)
_PERFECT = re.compile(r"\b(?:is|zijn|werd|werden|was|waren)\b[^.;]{0,60}?\b\w*ge\w{2,}[dt]\b", re.IGNORECASE)
# "is … opgenomen", "zijn … verruimd": the participle ends its clause or stands before a phrase of place.
_PASSIVE_PERFECT = re.compile(
    r"\b(?:is|zijn)\s+(?:(?:[^\W\d_]+|\d{1,4})\s+){0,12}?\w{0,6}(?:ge|ver|be|ont|her)\w{2,}(?:[dt]|en)"
    r"(?=\s*(?:[.,;:]|$)|\s+(?:in|op|aan|bij|door|met|voor|per|sinds|vanaf)\b)",
    re.IGNORECASE,
)
# The participle of a promised act: "opengesteld", "gepubliceerd", "ingediend", "vastgesteld".
# ("gereed" is an adjective: "is in augustus gereed" is due, not done.)
_OWN_PARTICIPLE = re.compile(r"\b(?!gereed\b)\w{0,6}ge\w{2,}[dt]\b", re.IGNORECASE)
_PROGRESS = re.compile(r"\b(?:voortgang\w*|tussenstand|eerste\s+(?:deel|stap|resultaten))\b", re.IGNORECASE)
_MOTIE = re.compile(r"\bmoties?\b", re.IGNORECASE)
_LIST_MARK = re.compile(r"\s*(?:[-•*–]|\d{1,2}[.)])\s")
# A sentence that opens by pointing back at the one before: "Hiermee …", "Met deze brief kom ik die …".
_POINTS_BACK = re.compile(
    r"\s*(?:(?:hier|daar)(?:mee|aan|over|bij)\b|(?:met|in)\s+deze\s+brief\b[^.]{0,60}\b(?:die|deze|dit)\b)",
    re.IGNORECASE,
)
_STEMMER = snowballstemmer.stemmer("dutch")


@dataclass(frozen=True)
class Passage:
    """A place in the letter: its subject line, a sentence or two sentences; ``sentences`` index
    :attr:`Sentences.spans`."""

    span: Span
    place: str
    stems: frozenset[str]
    sentences: tuple[int, ...]


@dataclass(frozen=True)
class ItemReading:
    text: str
    reference: date
    spans: list[Span]
    passages: list[Passage]
    alone: list[Passage]  # one per sentence
    weights: dict[str, float]
    held: Mapping[str, int]  # how many open items hold each Kamerstuk reference
    names: Mapping[int, frozenset[str]]  # each open item's own names (:func:`_own_names`), by its id

    def sentence(self, index: int) -> str:
        span = self.spans[index]
        return self.text[span.start : span.end]


def item_proposals(
    reading: ItemReading, candidates: Sequence[Candidate], letter: LetterSide
) -> list[tuple[Statement, Score]]:
    """For each open item: the act the letter does on it and the evidence, when the letter clearly speaks
    of it and of no look-alike there."""
    found: list[tuple[Statement, Score]] = []
    for candidate in candidates:
        proposal = _propose(reading, candidate, candidates, letter)
        if proposal is not None:
            found.append(proposal)
    return found


def pending_items(reading: ItemReading, candidates: Sequence[Candidate]) -> set[int]:
    """The items a sentence speaks of, recalls as promised and, in its own main clause, says are still to
    come ("Het onderzoek naar X, dat ik u heb toegezegd, wordt op 10 februari gepubliceerd"): this letter
    does not deliver them, whatever its subject line names."""
    found: set[int] = set()
    for index, passage in enumerate(reading.alone):
        sentence = reading.sentence(index)
        recalled = RECALL.search(sentence)
        if recalled is None or SENDING.search(sentence):
            continue
        rest = sentence[recalled.end() :]
        if not (_RECALLED_NOUN.fullmatch(recalled.group()) or rest.lstrip().startswith(",")):
            continue  # "heb ik toegezegd dat u de evaluatie voor de zomer ontvangt": the promise's own moment
        moment = _moment(rest, reading.reference)
        if (
            moment is None
            or moment.date is None
            or moment.date <= reading.reference
            or not INTENT.search(rest)
        ):
            continue
        found.update(
            candidate.record.id
            for candidate in candidates
            if len(_coverage(reading, candidate, passage)[1]) >= SPECIFIC
        )
    return found


# The promise recalled as an adjective ("het toegezegde onderzoek") or in a relative clause closed by a comma
# ("Het onderzoek, dat ik u heb toegezegd, wordt …"): what follows is the main clause, the state now.
_RECALLED_NOUN = re.compile(r"toegezegde|beloofde", re.IGNORECASE)


def subject_delayed(text: str, start: int = 0) -> bool:
    """Whether the letter's subject line names a delay ("Betreft Evaluatie … later gereed")."""
    subject = SUBJECT_LINE.search(text, start)
    return subject is not None and _delayed(subject["subject"])


def read_items(text: str, reference: date, start: int, candidates: Sequence[Candidate]) -> ItemReading:
    """The letter read once for :func:`item_proposals` and :func:`pending_items`: its sentences and passages,
    their stems, and how rare each word is among the open ``candidates``."""
    spans = Sentences.of(text, start).spans
    opening = opening_sentences(text, reference, start)
    spelt = _Spellings.of(candidates)
    per_sentence = [frozenset(spelt.stems(text[span.start : span.end])) for span in spans]
    passages: list[Passage] = []
    alone: list[Passage] = []
    subject = SUBJECT_LINE.search(text, start)
    if subject is not None:
        span = Span(subject.start("subject"), subject.end("subject"))
        passages.append(Passage(span, SUBJECT, frozenset(spelt.stems(subject["subject"])), ()))
    for index, span in enumerate(spans):
        place = OPENING if index in opening else BODY
        alone.append(Passage(span, place, per_sentence[index], (index,)))
        passages.append(alone[-1])
        if _joined(text, span, spans[index + 1] if index + 1 < len(spans) else None):
            both = Span(span.start, spans[index + 1].end)
            place = OPENING if {index, index + 1} <= opening else BODY
            passages.append(
                Passage(both, place, per_sentence[index] | per_sentence[index + 1], (index, index + 1))
            )
    weights = _rarity(candidates, per_sentence)
    names = _own_names(candidates)
    return ItemReading(text, reference, spans, passages, alone, weights, holders(candidates), names)


# A name of several words, as Dutch writes a proper name: a capital on every word ("de Monitor
# Zorgverzekeringen", "de Nationale Omgevingsvisie"), where a common noun has none.
_PROPER_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)+")
_KAMER_NAME = re.compile(r"^(?:Tweede|Eerste)\s+Kamer\b")


def _own_names(candidates: Sequence[Candidate]) -> dict[int, frozenset[str]]:
    """Per open item, the names of several words its title or quote gives that no other open item's does: a
    product named so ("Hierbij zend ik u de Monitor Zorgverzekeringen 2026") is that item, even where its
    common words ("zorgverzekeringen") are shared by look-alikes. The Kamer's own name names nothing."""
    found = {
        candidate.record.id: {
            name.group()
            for part in (candidate.record.title, candidate.record.quote or "")
            for name in _PROPER_NAME.finditer(part)
            if not _KAMER_NAME.match(name.group())
        }
        for candidate in candidates
    }
    given = Counter(name for names in found.values() for name in names)
    return {id_: frozenset(name for name in names if given[name] == 1) for id_, names in found.items()}


def _joined(text: str, span: Span, after: Span | None) -> bool:
    """Whether a sentence and the one ``after`` it are also read as one passage: in one paragraph, and
    neither a table row (each row is another item)."""
    if after is None or BLANK_LINE.search(text, span.end, after.start):
        return False
    return not (table_row(text[span.start : span.end]) or table_row(text[after.start : after.end]))


@dataclass(frozen=True)
class _Spellings:
    """The open items' words and abbreviations, so that a passage holds an item's "Interdepartementaal
    Beleidsonderzoek" when it writes "IBO", and its "IBO" when it spells it out."""

    texts: tuple[tuple[str, ...], ...]  # each title and quote as plain content words, in order
    acronyms: frozenset[str]

    @classmethod
    def of(cls, candidates: Sequence[Candidate]) -> _Spellings:
        records = [candidate.record for candidate in candidates]
        texts = [text for record in records for text in (record.title, record.quote or "") if text.strip()]
        return cls(
            tuple(tuple(content_words(text)) for text in texts),
            frozenset(found for text in texts for found in acronyms(text)),
        )

    def stems(self, fragment: str) -> list[str]:
        """The fragment's stems, with the items' words its abbreviations stand for and the items'
        abbreviations it spells out."""
        words = content_words(fragment)
        extra = [
            word for found in acronyms(fragment) for text in self.texts for word in spelt_out(found, text)
        ]
        extra += [found for found in self.acronyms if spelt_out(found, words)]
        return list(dict.fromkeys(stems(words) + stems(extra)))


def _rarity(candidates: Sequence[Candidate], letter: Sequence[frozenset[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency over the open items and the letter's sentences."""
    documents = [candidate.stems for candidate in candidates] + list(letter)
    counts = Counter(stem for document in documents for stem in document)
    total = len(documents)
    return {stem: math.log((total + 1) / (count + 0.5)) + 1 for stem, count in counts.items()}


def _coverage(reading: ItemReading, candidate: Candidate, passage: Passage) -> tuple[float, list[str]]:
    """The rarity-weighed share of the item's words the passage holds, and the rare ones it holds."""
    names = {stem for name in candidate.members for stem in stems(name.split())}  # "inge dijk"
    return max(
        (_covered(reading.weights, names, subject, passage) for subject in candidate.subjects),
        key=lambda found: found[0],
        default=(0.0, []),
    )


def _covered(
    weigh: Mapping[str, float], names: set[str], subject: Sequence[str], passage: Passage
) -> tuple[float, list[str]]:
    """:func:`_coverage` of one of the item's texts (title or quote), without its members' ``names``."""
    words = [word for word in subject if word not in names and not word.endswith("-")]
    if not words:
        return 0.0, []
    held = [word for word in words if any(same_stem(word, other) for other in passage.stems)]
    total = sum(weigh.get(word, 1.0) for word in words)
    rare: list[str] = []
    for word in sorted(held, key=len):  # "covid-" and "covid" are one word
        if weigh.get(word, 1.0) >= RARE and not any(same_stem(word, other) for other in rare):
            rare.append(word)
    return sum(weigh.get(word, 1.0) for word in held) / total, rare


def _propose(
    reading: ItemReading, candidate: Candidate, candidates: Sequence[Candidate], letter: LetterSide
) -> tuple[Statement, Score] | None:
    record = candidate.record
    value = 1.0
    notes: list[str] = []
    where: list[int] = []
    named: list[int] = []  # the sentences that name the item by its number or its members
    identified = False
    label = None

    def support(weight: float, note: str) -> None:
        nonlocal value
        value *= 1.0 - weight
        notes.append(note)

    for ref in find_refs(reading.text):
        if ref.ref in candidate.named_by:
            holding = reading.held.get(ref.ref, 1)
            support(*shared_ref(ref.ref, candidate.ref_noun(ref.ref), holding))
            identified = holding == 1  # a reference other items hold too tells them apart by their words
            if identified:  # and what is done where it stands may be done to one of those others
                where.append(_sentence_at(reading, ref.start))
                named.append(where[-1])
            label = ref.ref
            break
    mention = _mention(reading, candidate, candidates)
    if mention is not None:
        shared, sentence = mention
        support(MEMBERS_MATCH, "indieners: " + ", ".join(name.title() for name in shared))
        again = _named_again(reading, candidate, sentence)
        where.extend([sentence, *again])
        named.extend([sentence, *again])
        identified = True
    spoken = _spoken(reading, candidate)
    best = max(spoken, key=lambda found: found[1]) if spoken else None
    if best is not None:
        passage, share, rare = best
        if not identified and not _clearly_ahead(reading, candidate, candidates, passage, share):
            return None
        support(TEXT_WEIGHT * share, f"onderwerp {', '.join(_written(candidate, rare))} ({share:.0%})")
        spoken = [  # and where no look-alike is spoken of more ("… het onderzoek naar de kosten …")
            found
            for found in spoken
            if found is best
            or (
                found[1] >= share - SPOKEN_SLACK
                and _clearly_ahead(reading, candidate, candidates, found[0], found[1])
            )
        ]
        if any(found[0].place in {SUBJECT, OPENING} for found in spoken):
            support(OWN_SUBJECT, "onderwerp van de brief zelf")
        for found in spoken:
            where.extend(_holding(reading, candidate, found[0]))
    evidence = 1.0 - value
    if letter.ministry and record.ministry and not same_line(letter.ministry, record.ministry):
        evidence *= MINISTRY_CONFLICT
        notes.append(f"ander ministerie ({record.ministry})")
    if evidence < ITEM_MIN or not (where or spoken):
        return None
    places = [found[0] for found in spoken]
    statement = _act(reading, candidate, sorted(set(where)), identified, places)
    if statement is None:
        return None
    if statement.action is not Action.POSTPONE and any(_left(reading, index) for index in named):
        return None  # the sentence that names the item leaves it for later, whatever its neighbours did
    share = best[1] if best else 0.0
    if statement.announced and not identified and share < ANNOUNCED:
        return None  # a moment ahead moves only an item whose subject is clearly the same
    if (
        statement.action is Action.FULFIL  # a part kept now has its remainder still to come
        and not identified
        and _still_to_come(reading, candidate, share)
    ):
        return None
    kind = KIND_LABELS.get(record.kind, record.kind)
    return statement, Score(record.id, round(evidence, 3), tuple(notes), f"{kind} {label}" if label else kind)


def _mention(
    reading: ItemReading, candidate: Candidate, candidates: Sequence[Candidate]
) -> tuple[list[str], int] | None:
    """Where the letter names the item's motie by its members: the names shared and the sentence.

    A mention names the motie when it holds a member of the item and every other name in it comes after
    the item's own first submitter ("motie Kuik en Van der Graaf" for "Motie Kuik c.s."); "de motie van de
    leden Van der Plas en Vermeer" is not "Motie Vermeer". Of several mentions (a member often has more than
    one motie) the one whose sentence speaks most of the item's subject is taken; a mention whose sentence
    speaks clearly more of another motie of the same member names that one ("Hiermee geef ik uitvoering aan
    de motie-Bontenbal over het isolatieprogramma" is not "Motie Bontenbal over een energiefonds")."""
    if not candidate.members:
        return None
    found: list[tuple[float, list[str], int]] = []
    mentions = member_mentions(reading.text)
    for position, (begin, end, members) in enumerate(mentions):
        names = members.surnames
        owned = [any(same_name(name, own) for own in candidate.members) for name in names]
        if not owned or not owned[0]:
            continue
        index = _sentence_at(reading, end - 1)  # where the names stand, not the lead ("moties afgedaan: - …")
        following = mentions[position + 1][0] if position + 1 < len(mentions) else len(reading.text)
        # the number given with the names, inside the mention ("motie-X (34 080, nr. 42)") or after it
        given = reading.text[begin : min(following, reading.spans[index].end)]
        if _numbered_otherwise(candidate, given):
            continue
        share = _coverage(reading, candidate, reading.alone[index])[0] if reading.alone else 0.0
        if _namesake_spoken(reading, candidate, candidates, index, share):
            continue
        if (
            not find_refs(given)
            and _namesakes(candidate, candidates)
            and not _spoken_near(reading, candidate, index)
        ):
            continue  # "Daarmee is ook de motie-X uitgevoerd": the motie of X whose subject its paragraph is
        found.append((share, [name for name, own in zip(names, owned, strict=True) if own], index))
    if not found:
        return None
    _, shared, index = max(found, key=lambda mention: mention[0])
    return shared, index


def _namesakes(candidate: Candidate, candidates: Sequence[Candidate]) -> list[Candidate]:
    """The other open moties that have a member of this one."""
    return [
        other
        for other in candidates
        if other is not candidate
        and any(same_name(name, own) for name in other.members for own in candidate.members)
    ]


def _spoken_near(reading: ItemReading, candidate: Candidate, index: int) -> bool:
    """Whether the paragraph of sentence ``index`` speaks of the item (:func:`_spoken`)."""
    first = _paragraph_start(reading, index)
    paragraph = set(_paragraph(reading, [first])) | {first}
    return any(set(passage.sentences) <= paragraph for passage, _, _ in _spoken(reading, candidate))


def _named_again(reading: ItemReading, candidate: Candidate, index: int) -> list[int]:
    """The later sentences of the paragraph that name the motie's members again and point back to what came
    before ("De motie van het lid X is daarmee uitgevoerd"): the same motie, whatever other motie X has."""
    found = []
    for other in _paragraph(reading, [index])[1:]:
        sentence = reading.sentence(other)
        names = named_members(sentence)
        if ANAPHOR.search(sentence) and any(
            same_name(name, own) for name in names for own in candidate.members
        ):
            found.append(other)
    return found


def _numbered_otherwise(candidate: Candidate, after: str) -> bool:
    """Whether the number given with a mention of members or right after it (up to the next mention, in its
    sentence) is none of the item's: "de motie van het lid X (34 080, nr. 42)" is another motie of X."""
    given = [found.ref for found in find_refs(after)]
    return bool(given and candidate.record.refs and not set(given) & set(candidate.named_by))


def _namesake_spoken(
    reading: ItemReading, candidate: Candidate, candidates: Sequence[Candidate], index: int, share: float
) -> bool:
    """Whether the sentence speaks clearly more of another motie with a member of this one; a sentence that
    speaks of neither ("Daarmee is ook de motie-X uitgevoerd") is read with its paragraph before it, whose
    subject is what it points back to."""
    namesakes = _namesakes(candidate, candidates)
    places = [reading.alone[index]]
    if namesakes and len(_coverage(reading, candidate, places[0])[1]) < SPECIFIC:
        places.append(_lead_up(reading, index))
    for place in places:
        mine = share if place is places[0] else _coverage(reading, candidate, place)[0]
        for other in namesakes:
            theirs, rare = _coverage(reading, other, place)
            if len(rare) >= SPECIFIC and theirs - mine >= ITEM_MARGIN:
                return True
    return False


def _lead_up(reading: ItemReading, index: int) -> Passage:
    """The sentences of the paragraph of ``index`` up to it, read as one passage."""
    first = _paragraph_start(reading, index)
    held = frozenset().union(*(reading.alone[other].stems for other in range(first, index + 1)))
    span = Span(reading.spans[first].start, reading.spans[index].end)
    return Passage(span, BODY, held, tuple(range(first, index + 1)))


def _still_to_come(reading: ItemReading, candidate: Candidate, share: float) -> bool:
    """Whether a sentence that speaks of the item as well announces it for later ("In de stand van
    zakenbrief … volgt een inhoudelijke reactie"): then the letter has not delivered it."""
    for passage in reading.alone:
        alike, rare = _coverage(reading, candidate, passage)
        if len(rare) < SPECIFIC or alike < share - STILL_TO_COME_SLACK:
            continue
        sentence = reading.text[passage.span.start : passage.span.end]
        if RECORDED.match(sentence):
            continue  # the promise as recorded, not the letter announcing it
        if (
            FUTURE.search(sentence) or LATER.search(sentence) or _due_ahead(sentence, reading.reference)
        ) and not SENDING.search(sentence):
            return True
    return False


def _due_ahead(sentence: str, reference: date) -> bool:
    """Whether the sentence names a moment after the letter's day ("ontvangt u voor het voorjaarsreces"),
    not the one of a promise it recalls ("heb ik toegezegd u voor de zomer te informeren")."""
    if RECALL.search(sentence):
        return False
    moment = _moment(sentence, reference)
    return moment is not None and moment.date is not None and moment.date > reference


def _holding(reading: ItemReading, candidate: Candidate, passage: Passage) -> list[int]:
    """The sentences of a passage that hold rare words of the item themselves and name no other motie's
    members (a window's other sentence may act on another motie: "…, waar de motie-X om vraagt")."""
    if len(passage.sentences) < 2:
        return list(passage.sentences)
    held = [
        index
        for index in passage.sentences
        if _coverage(reading, candidate, reading.alone[index])[1]
        and not _other_members(reading, candidate, reading.alone[index])  # it speaks of another motie
    ]
    return held or list(passage.sentences)


def _sentence_at(reading: ItemReading, offset: int) -> int:
    for index, span in enumerate(reading.spans):
        if span.start <= offset < span.end:
            return index
    return max(0, len(reading.spans) - 1)


def _spoken(reading: ItemReading, candidate: Candidate) -> list[tuple[Passage, float, list[str]]]:
    """Every place that speaks of the item with specific words (and names no other members)."""
    found = []
    names = reading.names.get(candidate.record.id, frozenset())
    for passage in reading.passages:
        share, rare = _coverage(reading, candidate, passage)
        named = any(name in reading.text[passage.span.start : passage.span.end] for name in names)
        specific = len(rare) >= SPECIFIC or named
        if share >= SPOKEN and specific and not _other_members(reading, candidate, passage):
            found.append((passage, share, rare))
    return found


def _other_members(reading: ItemReading, candidate: Candidate, passage: Passage) -> bool:
    """Whether the passage names members, none of them the item's: it speaks of another motie or question."""
    return _names_others(candidate, reading.text[passage.span.start : passage.span.end])


def _names_others(candidate: Candidate, fragment: str) -> bool:
    """Whether ``fragment`` names members, none of them the item's (a motie item only)."""
    if not candidate.members:
        return False
    named = named_members(fragment)
    return bool(named) and not any(same_name(name, own) for name in named for own in candidate.members)


def _clearly_ahead(
    reading: ItemReading,
    candidate: Candidate,
    candidates: Sequence[Candidate],
    passage: Passage,
    share: float,
) -> bool:
    """Whether the item beats every other item of its ministry in the place that speaks of it; one of the
    same kind that the place counts among several ("twee evaluaties") is a look-alike it does not beat."""
    if among_several(candidate, candidates, reading.text[passage.span.start : passage.span.end]):
        return False
    for other in candidates:
        if other is candidate or other.record.ministry != candidate.record.ministry:
            continue
        theirs, rare = _coverage(reading, other, passage)
        if len(rare) >= SPECIFIC and share - theirs < ITEM_MARGIN:
            return False  # an item the place cannot speak of specifically is no look-alike
    return True


def _written(candidate: Candidate, rare: Sequence[str]) -> list[str]:
    """The item's own words (as in its title) behind the shared rare stems."""
    words = [
        word
        for word in content_words(candidate.record.title)
        if any(same_stem(stem, own) for stem in rare for own in stems([word]))
    ]
    return sorted(dict.fromkeys(words), key=len, reverse=True)[:3] or list(rare[:3])


def _act(
    reading: ItemReading,
    candidate: Candidate,
    where: Sequence[int],
    identified: bool,
    places: Sequence[Passage],
) -> Statement | None:
    """What the letter does with the item, read from the sentences that speak of it (a line without a full
    stop, such as a table's reference cell, is read with the line after it; so is a sentence after it that
    points back: "Hiermee kom ik deze toezegging na")."""
    read = sorted({index for first in where for index in _with_next(reading, first)})
    own = any(place.place in {SUBJECT, OPENING} for place in places)
    subject_line = next((place for place in places if place.place == SUBJECT), None)
    if subject_line is not None:
        read = sorted({*read, *_delaying(reading, subject_line)})
    row = [index for index in read if not RECORDED.match(reading.sentence(index))]
    text = DICTUM.sub("", " ".join(reading.sentence(index) for index in (row or read)))
    subject = next((place for place in places if place.place == SUBJECT), None)
    if subject is not None:
        text = reading.text[subject.span.start : subject.span.end] + ". " + text
    passage = subject or (places[0] if places else None)
    record = candidate.record
    moment = _moment(text, reading.reference)
    own_moment = _own_moment(reading, candidate, read)  # a moment ahead alone needs the item beside it
    later = (
        own_moment is not None
        and own_moment.date is not None
        and _clearly_after(own_moment.date, record.deadline)
    )
    first, last = (passage.span.start, passage.span.end) if passage else _bounds(reading, read)
    quote = reading.text[first:last]
    target = Target(None, (), (), (), quote)
    closest = _closest(reading, candidate, read)
    after = _what_became(reading, read)  # what became of it follows
    if WITHDRAWN.search(text) or WITHDRAWN.search(after):  # given up: no new moment, nothing done
        return Statement(Action.POSTPONE, quote, first, last, target, reason=_cause(reading, read))
    if _delayed(text):
        if _restates(reading, read, record.deadline):
            return None  # a delay word nearby is about something else
        moved = _new_moment([closest, text, after], reading.reference, record.deadline)
        why = _cause(reading, read)
        return Statement(Action.POSTPONE, quote, first, last, target, new_deadline=moved, reason=why)
    told = any(tells_progress(reading.sentence(index)) for index in read)  # the state of it, not it
    promise = own and bool(RECALL.search(text) or REQUEST.search(text)) and (told or not _done_now(text))
    if (
        promise
        and _delayed(after)
        and not on_schedule([reading.sentence(index) for index in _paragraph(reading, read)])
    ):
        moved = _new_moment([after], reading.reference, record.deadline)
        why = _cause(reading, read)
        return Statement(Action.POSTPONE, quote, first, last, target, new_deadline=moved, reason=why)
    coming = moment is not None and moment.date is not None and moment.date > reading.reference
    ahead = coming or bool(FUTURE.search(text) or LATER.search(text)) or sent_later(text)
    # a moment in a sentence in the perfect ("zijn, zoals gepland, in maart vastgesteld") is past unless a
    # word of intent says otherwise
    intent = bool(FUTURE.search(text) or LATER.search(text) or INTENT.search(text)) or not _PERFECT.search(
        text
    )
    if later and intent and not SENDING.search(text) and not ON_SCHEDULE.search(text):
        if _kept_beside(reading, candidate, read):
            return None
        return Statement(Action.POSTPONE, quote, first, last, target, new_deadline=own_moment, announced=True)
    if told and not _PROGRESS.search(record.title):
        return None
    said = without_unasserted(text)  # "of daarmee aan de motie is voldaan, beoordeel ik later" does nothing
    acted = SENDING.search(said) or any(  # outright, now; "zoals toegezegd" beside a moment ahead restates
        cue.search(said) for cue in FULFIL_CUES if not ((coming or sent_later(said)) and cue is AS_PROMISED)
    )
    if not acted and WORK_UNDER_WAY.search(said) and not _done_now(said):
        return None  # "Met de Raad werk ik aan een visie op …": it is being made, not delivered
    if record.kind == "motie" and not acted and _still_open(text):
        return None  # "De motie … is aangehouden": its state, which is not carried out
    if record.kind == "motie" and (MANNER.search(text) or (PROGRESS.search(text) and not acted)):
        return None  # how a motie is carried out, or that work on it goes on, is described, not done
    progress = bool(_PROGRESS.search(text)) and not _PROGRESS.search(
        record.title
    )  # a progress report may be the item
    if progress and record.kind in {"deliverable", "motie"}:
        return None  # progress on a product or a motie is not the product, nor carrying it out
    if not identified and _early(reading.reference, record.deadline) and not (own and sent_as_promised(said)):
        return None  # an interim letter on a subject due much later, unless it sends its subject as promised
    state = (
        (len(row) < len(read) and any(STATE_DONE.match(reading.sentence(index)) for index in row))
        or any(LISTED_DONE.match(reading.sentence(index)) for index in where)
        or any(STATE_DONE.match(cell) for index in where for cell in table_cells(reading.sentence(index)))
    )  # "Afgedaan.", "- motie X: uitgevoerd", "| Motie X | … | Uitgevoerd: … |"
    recalled = any(not NEGATION.search(done.group()) for done in _DONE.finditer(said))  # not "niet verzonden"
    if recalled and not identified and not _done_now(said) and not state:
        return None  # "Met mijn brief van 3 juli heb ik u geïnformeerd": an earlier letter did it
    # a motie named by its number or members, or spoken of by most of its words ("Uw Kamer heeft met een
    # motie gevraagd de openingstijden … te verruimen"), whose request is stated as done
    clear = identified or any(_coverage(reading, candidate, place)[0] >= ANNOUNCED for place in places)
    carried_out = clear and (
        (record.kind == "motie" and _carried_out(said))
        or (record.kind == "deliverable" and _delivered(said, record))
    )
    done = _done_now(said) or (identified and recalled) or state or carried_out
    acted = acted or state or carried_out  # a recorded promise whose state cell says "Afgedaan."
    if (ahead and not acted) or not (done or (own and (identified or _about_motie(reading, record, places)))):
        return None  # only spoken of, or announced: a restatement
    if record.kind == "motie" and not identified and _names_others(candidate, said):
        return None  # the act read is on the motie of the members it names ("… de motie van het lid X")
    partial = bool(PARTIAL.search(text)) or (progress and (later or bool(LATER.search(text))))
    action = Action.PARTIAL if partial else Action.FULFIL
    return Statement(action, quote, first, last, target, own_subject=own)


def _about_motie(reading: ItemReading, record: CommitmentRecord, places: Sequence[Passage]) -> bool:
    """Whether the letter's own subject speaks of the item as a motie, when it is one: a letter that opens
    on a motie's subject ("De mestmarkt staat onder grote druk") writes about it, it does not carry it out;
    one that opens on the motie ("Uw Kamer vroeg in de motie over …") may."""
    own = (
        reading.text[place.span.start : place.span.end]
        for place in places
        if place.place in {SUBJECT, OPENING}
    )
    return record.kind != "motie" or any(_MOTIE.search(passage) for passage in own)


def _cause(reading: ItemReading, read: Sequence[int]) -> str | None:
    """The reason of a delay: a cause stated in the sentences read or those after them
    (:func:`~commitments.matching.statements.cause_given`)."""
    last = min(len(reading.spans), (read[-1] + AFTER_RECALL) if read else 0)
    window = sorted({*read, *range(read[-1] + 1 if read else 0, last)})
    acting = {position for position, index in enumerate(window) if index in read}
    return cause_given([reading.sentence(index) for index in window], acting)


def _delaying(reading: ItemReading, subject: Passage) -> list[int]:
    """The sentences that name a delay of what the subject line names (most of its words): "Betreft
    Kabinetsreactie IBO …" and "De kabinetsreactie op het IBO … kan ik u niet eerder dan in december
    sturen" postpone one thing."""
    found = []
    for index, passage in enumerate(reading.alone):
        held = [word for word in subject.stems if any(same_stem(word, other) for other in passage.stems)]
        if len(held) * 2 > len(subject.stems) and _delayed(reading.sentence(index)):
            found.append(index)
    return found


def _own_moment(reading: ItemReading, candidate: Candidate, read: Sequence[int]) -> Deadline | None:
    """The moment ahead in the sentence that speaks most of the item, when it names the item itself."""
    covered = [(index, _coverage(reading, candidate, reading.alone[index])) for index in read]
    named = [(index, share) for index, (share, rare) in covered if len(rare) >= SPECIFIC]
    if not named:
        return None
    index = max(named, key=lambda found: found[1])[0]
    found = _moment(reading.sentence(index), reading.reference)
    if found is None or found.date is None or found.starts:
        return (
            None  # "Vanaf 1 september ontvangen alle inwoners een brief": when it starts, not when it is due
        )
    if found.date in _named_dates(candidate.record, reading.reference):
        return None  # "de huurverhoging per 1 juli 2026" is what the item is about, not when it is due
    return found


def _named_dates(record: CommitmentRecord, reference: date) -> set[date]:
    """The dates the item's own title and quote name as part of its subject."""
    text = " ".join(part for part in (record.title, record.quote) if part)
    return {match.date for match in find(text, reference) if match.date is not None}


def _closest(reading: ItemReading, candidate: Candidate, read: Sequence[int]) -> str:
    """The sentence that speaks most of the item: where its new moment is read first."""
    if not read:
        return ""
    index = max(read, key=lambda other: _coverage(reading, candidate, reading.alone[other])[0])
    return reading.sentence(index)


def _list_lead(reading: ItemReading, index: int) -> int | None:
    """For a list item, the sentence that introduces the list (ending in a colon)."""
    if not _LIST_MARK.match(reading.sentence(index)):
        return None
    for other in range(index - 1, max(-1, index - LIST_REACH), -1):
        sentence = reading.sentence(other).rstrip()
        if sentence.endswith(":"):
            return other
        if not _LIST_MARK.match(sentence):
            return None
    return None


def _what_became(reading: ItemReading, read: Sequence[int]) -> str:
    """The sentences after a recalled promise, up to the next heading: what became of it."""
    found: list[str] = []
    for index in range(
        read[-1] + 1 if read else 0, min(len(reading.spans), (read[-1] if read else 0) + AFTER_RECALL)
    ):
        sentence = reading.sentence(index)
        if not sentence.rstrip().endswith((".", ":", "?")) or not _joined(
            reading.text, reading.spans[index - 1], reading.spans[index]
        ):
            break  # a heading or a new paragraph: another subject
        found.append(sentence)
    return " ".join(found)


def _paragraph_start(reading: ItemReading, index: int) -> int:
    """The first sentence of the paragraph of sentence ``index``."""
    first = index
    while first > 0 and _joined(reading.text, reading.spans[first - 1], reading.spans[first]):
        first -= 1
    return first


def _paragraph(reading: ItemReading, read: Sequence[int]) -> list[int]:
    """The sentences read and the rest of the paragraph of the last one."""
    found = list(read)
    index = read[-1] if read else len(reading.spans)
    while index + 1 < len(reading.spans) and _joined(
        reading.text, reading.spans[index], reading.spans[index + 1]
    ):
        index += 1
        found.append(index)
    return found


def _kept_beside(reading: ItemReading, candidate: Candidate, read: Sequence[int]) -> bool:
    """Whether the paragraph says of the item, in a sentence of its own, that it comes at its moment as
    promised ("Zoals toegezegd informeer ik u voor de zomer over de financiering"): a later moment beside
    it ("De huidige overeenkomst loopt eind 2023 af") is another thing's."""
    deadline = candidate.record.deadline
    for index in _paragraph(reading, read):
        sentence = reading.sentence(index)
        if not (AS_PROMISED.search(sentence) or ON_SCHEDULE.search(sentence)):
            continue
        moment = _moment(sentence, reading.reference)
        in_time = moment is not None and moment.date is not None and not _clearly_after(moment.date, deadline)
        if in_time and _coverage(reading, candidate, reading.alone[index])[1]:
            return True
    return False


def _with_next(reading: ItemReading, index: int) -> list[int]:
    lead = _list_lead(reading, index)
    if lead is not None:
        return [lead, index]  # "… worden de volgende moties afgedaan:" before the list
    if index + 1 >= len(reading.spans):
        return [index]
    sentence = reading.sentence(index).rstrip()
    if table_row(sentence):
        return [index]  # a row holds its item's state; the next row is another item
    if RECORDED.match(sentence):
        return [index, *_row(reading, index)]
    recalled = RECALL.search(sentence) or REQUEST.search(sentence)  # what became of it follows
    after = reading.sentence(index + 1)
    if recalled or not sentence.endswith((".", ":", "?")) or _POINTS_BACK.match(after) or BACK.match(after):
        return [index, index + 1]
    return [index]


def _row(reading: ItemReading, index: int) -> list[int]:
    """The cells after a recorded promise up to the next one: its place ("Commissiedebat Politie, 14 maart
    2024") and its state ("Afgedaan. De Kamer is … geïnformeerd")."""
    found: list[int] = []
    for other in range(index + 1, min(len(reading.spans), index + 1 + ROW)):
        if RECORDED.match(reading.sentence(other)):
            break
        found.append(other)
    return found


def _early(day: date, deadline: date | None) -> bool:
    return deadline is not None and (deadline - day).days > EARLY_DAYS


def _bounds(reading: ItemReading, read: Sequence[int]) -> tuple[int, int]:
    return reading.spans[read[0]].start, reading.spans[read[-1]].end


def _moment(text: str, reference: date, after: date | None = None) -> Deadline | None:
    """The moment ahead in ``text``: not a past one, nor the day of an occasion ("het vragenuur van 7
    november"), nor one in a clause of cause ("omdat de gegevens pas in april kwamen"); with ``after``, only
    one later than that day ("die ik u voor de zomer had beloofd, volgt in november": the new one)."""
    text = without_causes(text)
    matches = [
        match
        for match in find(text, reference)
        if not match.backward
        and (after is None or match.date is None or match.date > after)
        and not EVENT_DATE.search(text[: match.start])
        and not promised_at(text, match)
        and not in_the_past(text, match)
    ]
    return primary(matches, reference)


def _new_moment(texts: Sequence[str], reference: date, deadline: date | None) -> Deadline | None:
    """The new moment of a postponement: the first dated moment after the old deadline, else a vague one."""
    vague = None
    for text in texts:
        moment = _moment(text, reference, deadline)
        if moment is None:
            continue
        if moment.date is None:
            vague = vague or moment
        else:
            return moment
    return vague


def _restates(reading: ItemReading, read: Sequence[int], deadline: date | None) -> bool:
    """Whether a sentence on the item names its moment again, in time and not as a promise recalled: "Over
    de uitkomsten informeer ik u, zoals toegezegd, in het najaar", "… volgt later; voorzien voor 2020"."""
    for index in read:
        sentence = reading.sentence(index)
        moment = _moment(sentence, reading.reference)
        if moment is None or moment.date is None or deadline is None or moment.date > deadline:
            continue
        if AS_PROMISED.search(sentence) or not RECALL.search(sentence):
            return True
    return False


def _clearly_after(moment: date, deadline: date | None) -> bool:
    return deadline is not None and (moment - deadline).days > NEAR_DAYS


_OTHERS_NOT_YET = re.compile(
    r"\b(?:die|wie)\s+(?:[^\s,.;]+\s+){0,4}?nog\s+(?:niet|geen)\b[^,.;]*", re.IGNORECASE
)


def _delayed(text: str) -> bool:
    """A word of delay: one sharing the stem of uitstel, vertraging, later or verschuiven, a pair ("nog niet",
    "meer tijd"), or a slip the statements know ("helaas", "lukt niet"). What others have not done yet
    ("iedereen die nog geen keuze heeft vastgelegd") delays nothing."""
    text = DENIED_DELAY.sub(" ", _OTHERS_NOT_YET.sub(" ", without_late_delivery(without_findings(text))))
    words = _STEMMER.stemWords(plain(text).split())
    if any(word.startswith(_DELAY_STEMS) for word in words):
        return True
    return bool(_DELAY_PAIRS.search(text) or DELAY.search(text))


def _defers(sentence: str) -> bool:
    """Whether a sentence leaves what it names undecided and does nothing to it now: a clause of whether or
    condition ("of daarmee aan de motie is voldaan, beoordeel ik zodra …"). A motie's dictum quoted there
    ("verzoekt de regering te onderzoeken of …") is what the Kamer asked, not what the letter says."""
    sentence = DICTUM.sub("", sentence)
    said = without_unasserted(sentence)
    return said != sentence and not _done_now(said) and not _carried_out(said)


def _left(reading: ItemReading, index: int) -> bool:
    """Whether the sentence ``index`` leaves what it names undecided (:func:`_defers`) or for later
    (:mod:`~commitments.matching.statements`: ``left_for_later``, ``means_to_come``)."""
    sentence = reading.sentence(index)
    return (
        _defers(sentence)
        or left_for_later(*neighbours(reading.text, reading.spans, index))
        or means_to_come(sentence, reading.reference)
    )


def _still_open(text: str) -> bool:
    """Whether the text gives a motie a state short of carried out ("is aangehouden", "is gestart")."""
    return any(UNDONE.search(found.group()) for found in _PASSIVE_PERFECT.finditer(text))


def _carried_out(text: str) -> bool:
    """What a motie asked stated as done, in the perfect passive ("Dit overzicht is vanaf dit jaar
    opgenomen in het jaarverslag", "de openingstijden zijn verruimd"), not negated, not merely begun, and
    asserted: in a relative clause ("de afspraken die destijds zijn gemaakt") it only describes a noun."""
    return any(
        not NEGATION.search(clause)
        and not UNDONE.search(found.group())
        and not SUBORDINATE_OPENS.search(clause)
        for found in _PASSIVE_PERFECT.finditer(text)
        for clause in [text[max(0, text.rfind(",", 0, found.start()) + 1) : found.end()]]
    )


def _delivered(text: str, record: CommitmentRecord) -> bool:
    """Whether the text states the act the deliverable promised as done, in the perfect passive with the
    promise's own participle ("wordt in het eerste kwartaal opengesteld" and "Op 3 maart is de regeling
    opengesteld"), not negated and asserted; another act on it ("is in voorbereiding", "is aangekondigd")
    delivers nothing."""
    promised = " ".join(part for part in (record.title, record.quote) if part)
    acts = {found.group().lower() for found in _OWN_PARTICIPLE.finditer(promised)}
    return bool(acts) and any(
        not NEGATION.search(clause)
        and not SUBORDINATE_OPENS.search(clause)
        and found.group().split()[-1].lower() in acts
        for found in _PASSIVE_PERFECT.finditer(text)
        for clause in [text[max(0, text.rfind(",", 0, found.start()) + 1) : found.end()]]
    )


def _done_now(text: str) -> bool:
    """An act done with this letter: giving effect, sending or informing in the present tense, "afgedaan";
    "hierbij", "in deze brief" only with an act of sending or going into it ("in deze brief ga ik in op")."""
    if acts_now(text):
        return True
    informs = INFORM_NOW.search(text)
    if SENDING.search(text) or sends_now(text) or (informs and not for_later(text, informs)):
        return True
    here = THIS_LETTER.search(text) or ANSWER_HERE.search(text)
    return bool(here and (SENDS.search(text) or GO_INTO.search(text)))
