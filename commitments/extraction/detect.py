"""Finding the commitments in a letter: toezeggingen, deliverables and moties, each with its deadline.

The text is read through its analysis view (hyphenated line breaks joined), split into sentences, and each
sentence is matched against the cues of :mod:`commitments.extraction.cues`. Deadlines come from the deadline
resolver, resolved against the date the caller gives, else the letter date, else the caller's today.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from commitments.deadlines import Deadline, Strength, find, finest, primary, resolve
from commitments.extraction import cues
from commitments.extraction.anchors import AnchorIndex, lower
from commitments.extraction.classifier import Model, Thresholds, features, load_model
from commitments.extraction.cues import Cue, Need
from commitments.extraction.documents import SOURCE_PREFIX
from commitments.extraction.footnotes import Footnote, find_footnotes, markers
from commitments.extraction.metadata import LETTER_HEAD, LetterMeta, read_meta, real_refs
from commitments.extraction.moments import deadline_phrases
from commitments.extraction.moties import find_moties
from commitments.extraction.normalise import AnalysisText, analysis_view
from commitments.extraction.sentences import Sentence, split_sentences
from commitments.ministries import find_posts, ministries, role_at
from commitments.scan import fold, folded_twin, has_twin
from commitments.titles import names_nothing, pointed_at, pointer_resolved, subject_stems

INDEPENDENT_SENDER_PENALTY = 0.2
DATED_BONUS = 0.05
MOTIE_CONFIDENCE = 0.8
PLANNING_ROW_CONFIDENCE = 0.6
CELL_SLACK = (
    3  # characters of a table cell beside its moment ("in", a full stop) that leave it the whole cell
)
PHRASE_REACH = 300  # no deadline phrase is longer than this
ANTECEDENT_REACH = 1000  # characters before a promise in which the sentence it points back at is read
# How far ahead a date alone can make a promise: a promise of a bewindspersoon falls within a cabinet's
# term; a sentence about a year further off ("In 2040 worden alle dieren ... gehouden") states a goal.
PROMISE_HORIZON = timedelta(days=3 * 366)
# A full term of four years: a moment further off is no moment even for a cue that needs one besides its own
# words ("Het kabinet streeft naar een vloot die in 2050 ..."): the horizon of a goal.
GOAL_HORIZON = timedelta(days=4 * 366)
NOUN_REACH = 60  # characters before a moment in which the noun phrase it may qualify is read
FIRST_TIME_REACH = 40  # characters before a dated phrase in which "voor het eerst" still names it
# An item of a list: a bullet, a number or a letter ("- voor de zomer een wetsvoorstel indienen;").
LIST_ITEM = re.compile(rf"\s*(?:{cues.LIST_MARK}|[a-z][.)])\s+")
# The introduction of a list that its items complete: it stops at an auxiliary, its subject or a preposition
# ("Voor de zomer zal ik:", "Ik zal uw Kamer informeren over:"), not at a noun ("de volgende onderwerpen:").
OPEN_INTRO = re.compile(
    r"\b(?:zal|zullen|ga|gaan|wil|willen|kan|kunnen|ik|wij|we|kabinet|regering|over|aan|op|in|met|voor|naar|om"
    r"|tot|bij)\s*:\s*$",
    re.IGNORECASE,
)
_SUBJECT_POST = re.compile(r"^(?:\S+\s+){0,3}?(?:de|De)\s+(?P<role>minister|staatssecretaris)", re.IGNORECASE)
_CABINET = re.compile(r"\b(?:het|dit)\s+kabinet\b|\bde\s+regering\b", re.IGNORECASE)
# A word that ends in a word ("\\b\\w*brief\\b") starts at a word boundary: saying so spares the engine from
# trying it at every character inside a word, and changes no match.
# Reacting ("Het kabinet reageert bij de Miljoenennota op ...") and coming back to a subject ("ik zal daar
# later op terugkomen") are told to the Kamer without naming it.
_INFORMS_KAMER_BY_ITSELF = re.compile(
    r"\binform(?!atie)\w*|\bge[iï]nformeerd\b|\b\w*reactie\b|\b\w*rapport\w*|\b\w*brief\b"
    rf"|\bkamervragen\b|\bschriftelijke?\s+(?:vragen|overleg)\b|\breage(?:er|ert|ren)\b|{cues.COMES_BACK_TO}",
    re.IGNORECASE,
)
# What makes a promise a message to the Kamer: an inform verb, or a letter or reaction that follows.
_MESSAGE = re.compile(
    rf"{cues.INFORM_VERB}|\b\w*brief\b|\b\w*reactie\b|\b\w*rapportage\b|\bbeantwoord\w*|\b(?:deel|deelt|presenteren|gepresenteerd)\b"
    # reacting, coming back to a subject, a product that reaches the Kamer ("waarvan de resultaten uw Kamer
    # medio 2025 bereiken")
    rf"|\breage(?:er|ert|ren)\b|{cues.COMES_BACK_TO}|\bbereik(?:t|en)\s+(?:uw|de)\s+(?:Tweede\s+)?Kamer\b"
    r"|\b(?:uw|de)\s+(?:Tweede\s+)?Kamer\s+(?:\S+\s+){0,4}?bereik(?:t|en)\b"
    # telling the Kamer: "terugkoppelen", "toelichten", "melden", "kenbaar maken", "in kennis stellen", coming
    # back to it ("kom ik bij uw Kamer terug op")
    r"|\b(?:kom|komt|komen)\s+(?:\S+\s+){0,10}?terug\b"
    r"|\bterug\s*(?:te\s+)?koppel\w*|\bkoppel\w*\s+(?:\S+\s+){0,8}?terug\b|\btoe\s*(?:te\s+)?licht\w*"
    r"|\blicht\w*\s+(?:\S+\s+){0,8}?toe\b|\bmeld(?:en|t)?\b|\bkenbaar\s+(?:te\s+)?maken\b|\bverstrek\w*"
    r"|\bin\s+kennis\s+(?:\S+\s+){0,2}?(?:stel\w*|gesteld)\b|\bstel\w*\s+(?:\S+\s+){0,4}?in\s+kennis\b"
    # "licht ik u in", "laat ik u weten", "schets ik u", "geef ik u een overzicht", "leg ik u een voorstel
    # voor", "neem ik uw Kamer mee in"
    r"|\blicht\w*\s+(?:\S+\s+){0,6}?in\b|\bin\s*(?:te\s+)?licht\w*|\b(?:laat|laten)\s+(?:\S+\s+){0,6}?weten\b"
    r"|\bschets\w*|\b(?:overzicht|inzicht|toelichting|beeld)\s+(?:te\s+)?(?:geven|bieden)\b"
    r"|\b(?:geef|geeft|geven|bied|biedt|bieden)\s+(?:\S+\s+){0,6}?(?:overzicht|inzicht|toelichting|beeld)\b"
    # (the particle closes the clause, however long its object: "legt voor Prinsjesdag een voorstel voor de
    # bekostiging van het onderwijs aan uw Kamer voor")
    r"|\bleg\w*\s+(?:[^\s,;:]+\s+){0,20}?voor(?=\s*(?:[.,;:]|$))"
    r"|\bneem\w*\s+(?:ik\s+|wij\s+|we\s+)?(?:u|uw\s+Kamer|de\s+Kamer)\s+mee\b",
    re.IGNORECASE,
)
# Legislation is a deliverable even when it is sent to the Kamer ("het wetsvoorstel aan uw Kamer zenden"), and
# so is a draft laid before it ("de ontwerpwijziging van het besluit, die ik bij uw Kamer voorhang").
_BILL = re.compile(
    r"\b(?:wetsvoorstel\w*|ontwerp-?(?:besluit|wijziging|regeling)\w*|wetswijziging|AMvB"
    r"|algemene\s+maatregel\s+van\s+bestuur|voorhang\w*)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(cues.FIRST_PERSON, re.IGNORECASE)
_NOT_BEFORE = re.compile(r"\bniet\s$", re.IGNORECASE)
_RELATIVE_AFTER_COMMA = re.compile(r",\s+(?:die|dat|welke)\b", re.IGNORECASE)
_FUTURE = re.compile(cues.FUTURE, re.IGNORECASE)
# A subordinate clause of time, condition or reason that opens a sentence, up to its comma, before a main
# clause whose verb has the writer or the government as its subject ("..., stuur ik", "..., zal het kabinet").
# A condition on the Kamer's own choice ("Als uw Kamer instemt, zal ik ...") stays: it makes it an offer.
_FRONTED_CLAUSE = re.compile(
    r"\s*(?:nadat|zodra|voordat|omdat|totdat|terwijl|zolang"
    r"|(?:wanneer|als|indien)(?!\s+(?:(?:de|uw)\s+(?:Tweede\s+)?Kamer|u)\b))\b[^,;:]*,\s*"
    rf"(?=[^\W\d_]+\s+(?:{cues.FIRST_PERSON}|{cues.GOVERNMENT}))",
    re.IGNORECASE,
)
# Where a second conjunct that leaves out the verb is joined ("... de eerste resultaten en in het najaar de
# eindrapportage"), and what follows its moment: a thing named by its article, without a verb of its own, to
# the end of the sentence.
_GAP_JOINT = re.compile(r",?\s+en\s+")
_GAPPED_THING = re.compile(
    r"\s+(?:de|het|een|mijn|onze|uw|deze|dit)\s+"
    r"(?![^,;:]*\b(?:zal|zullen|wordt|worden|is|zijn|ga|gaat|gaan|volgt|volgen|kan|kunnen)\b)[^,;:]*?[.!?]?\s*",
    re.IGNORECASE,
)
_DAY_RULE = "date"  # the rules of a written day start so ("date", "date-jl", "date-as")
_RECURRING_RULE = "recurring"  # the rule of a recurrence phrase itself ("jaarlijks", "twee keer per jaar")
# Between a recurrence and the first time listed after it: at most its verb, then a comma, colon or bracket.
_TIMES_AFTER_RECURRENCE = re.compile(r"(?:\s+[^\W\d_]+)?\s*[,:(]\s*")
_LIST_JOINT = re.compile(r"\s*(?:,|\ben\b|\bof\b)\s*", re.IGNORECASE)  # between two listed times
_THING = re.compile(r"[^\W\d_]{3,}")  # a word that may name a thing, not a number or a date's digits
_NEAR_FUTURE = re.compile(
    r"\bbinnenkort\b|\bkorte\s+termijn\b|\bspoedig\b|\beerdaags\b|\bzsm\b|\bkomende\s+(?:maanden|weken)\b",
    re.IGNORECASE,
)
_WEEK_NUMBER = "week"  # the deadline rule of a week without a day ("in week 20")
_ACT_VERB = re.compile(cues.ACT_VERB, re.IGNORECASE)
_PAST_AUXILIARY = re.compile(cues.PAST_AUXILIARY, re.IGNORECASE)
# What may stand before a motie that opens a sentence as its object: "Het verzoek van", "De strekking van".
_MOTIE_OPENING = re.compile(
    r"\W*(?:(?:het|de)\s+[^\W\d_]+\s+van\s+)?(?:de|deze|die)\s+moties?\b", re.IGNORECASE
)
_COMPLETION = re.compile(cues.COMPLETION, re.IGNORECASE)
_PARTICIPLE_END = re.compile(rf"{cues.PARTICIPLE}$", re.IGNORECASE)  # "afgerond", "gepubliceerd"
# A phrase of time that names its year: "2025", "volgend jaar", "dit jaar", "eind '25".
_YEAR_WORD = re.compile(r"\d{4}|\bjaar\b|'\d{2}\b", re.IGNORECASE)
# Every pattern tried on a sentence, so that one reading of its words says which may match (anchors.py).
_PATTERNS = (
    *(cue.pattern for cue in cues.PROMISE_CUES),
    *(cue.requires for cue in cues.PROMISE_CUES if cue.requires is not None),
    *cues.VETOES.values(),
    *cues.SIGNALS.values(),
    cues.MOTIE_DICTUM,
    cues.MODEL_CANDIDATE,
    cues.RECALLED_PROMISE,
    cues.TOLD_BEFORE,
    cues.KEPT_BY_THIS_LETTER,
    cues.POINTS_BACK_AT_PROMISE,
    cues.THIS_LETTER,
    cues.KAMER_MEETING,
    cues.KAMER_ADDRESSEE,
    cues.SPLIT_COORDINATION,
    cues.ANAPHORIC_MOMENT,
    cues.PROMISED_EARLIER,
    cues.OTHER_ADVERBIAL_CLAUSE,
    _FIRST_PERSON,
    _FUTURE,
    _ACT_VERB,
    _PAST_AUXILIARY,
    _BILL,
    _INFORMS_KAMER_BY_ITSELF,
    _MESSAGE,
)
_ANCHORS = AnchorIndex(_PATTERNS)


@functools.lru_cache(maxsize=256)  # a sentence is tested by many patterns, and its clauses and parts too
def _anchor_bits(text: str) -> int:
    return _ANCHORS.passed(lower(text))


@functools.lru_cache(maxsize=256)  # as _anchor_bits
def _folded(text: str) -> str:
    return fold(text)


# Each pattern's mask, and the twin that searches the folded sentence for a case-insensitive one
# (scan.folded_twin), by the pattern's identity: a compiled pattern hashes its whole program at every
# dictionary lookup (microseconds), and these lookups are made for every pattern tried on every sentence.
# The patterns are the module's own and live as long as it.
_MASK = {id(pattern): _ANCHORS.mask(pattern) for pattern in _PATTERNS}
# The masks of the alternatives of a pattern that has them (AnchorIndex.alternative_masks), likewise.
_ALTERNATIVES = {
    id(pattern): masks for pattern in _PATTERNS if (masks := _ANCHORS.alternative_masks(pattern))
}
_TWINS = {id(pattern): folded_twin(pattern) for pattern in _PATTERNS if has_twin(pattern)}
# The clauses in which others act (_other_clauses), searched by their twins: only their spans are read.
_OTHERS_ACT_TWIN = folded_twin(cues.OTHER_CLAUSE)
_OTHER_CLAUSE_TWINS = (
    _OTHERS_ACT_TWIN,
    *(folded_twin(pattern) for pattern in (cues.CONTENT_CLAUSE, cues.CONSEQUENCE_CLAUSE)),
)


def _may_match(pattern: re.Pattern[str], bits: int) -> bool:
    """Whether a text with anchor ``bits`` holds the anchor words that ``pattern`` needs: those of all its
    parts, and those of one of its alternatives if it has them."""
    key = id(pattern)
    mask = _MASK[key]
    if bits & mask != mask:
        return False
    alternatives = _ALTERNATIVES.get(key)
    return alternatives is None or any(bits & each == each for each in alternatives)


# The cues, in order, that what a sentence's deadline phrases give can satisfy (_needs_met).
_CUES_FOR = {
    met: tuple(cue for cue in cues.PROMISE_CUES if cue.need in met)
    for met in [(Need.NOTHING,), (Need.NOTHING, Need.MOMENT), (Need.NOTHING, Need.MOMENT, Need.DATED)]
}
# The anchor bits that decide which of those cues may match (_cues_passed).
_CUE_BITS = {
    met: functools.reduce(
        operator.or_,
        (mask for cue in found for mask in (_MASK[id(cue.pattern)], *_ALTERNATIVES.get(id(cue.pattern), ()))),
        0,
    )
    for met, found in _CUES_FOR.items()
}
_PASSED: dict[tuple[tuple[Need, ...], int], tuple[Cue, ...]] = {}
_CACHED_PASSES = 50_000  # a bound on the memory of _PASSED


def _cues_passed(met: tuple[Need, ...], bits: int) -> tuple[Cue, ...]:
    """The cues, in order, that ``met`` allows and whose anchor words a sentence with anchor ``bits`` holds.

    Remembered by the bits that matter: a letter's sentences share few patterns of them, and testing each
    cue's mask for every sentence costs more than reading the remembered tuple."""
    key = (met, bits & _CUE_BITS[met])
    passed = _PASSED.get(key)
    if passed is None:
        if len(_PASSED) >= _CACHED_PASSES:
            _PASSED.clear()
        passed = _PASSED[key] = tuple(cue for cue in _CUES_FOR[met] if _may_match(cue.pattern, bits))
    return passed


def _search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)`` (see :func:`_search_all`), skipped when ``text`` lacks the anchor words the
    pattern needs."""
    if not _may_match(pattern, _anchor_bits(text)):
        return None
    return _search_all(pattern, text)


def _search_all(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, by its folded twin where it has one: then the match is one on the folded
    text, with the same spans (what the callers read) and its groups in lower case."""
    twin = _TWINS.get(id(pattern))
    return pattern.search(text) if twin is None else twin.search(_folded(text))


@dataclass(frozen=True)
class Found:
    """One commitment found in a letter; ``quote == text[start:end]`` of the letter text."""

    kind: str
    quote: str
    start: int
    end: int
    deadline: date | None
    deadline_text: str | None
    recurring: str | None
    actor: str | None
    ministry: str | None
    refs: tuple[str, ...]
    motie_status: str | None
    confidence: float
    estimate: bool = False  # the deadline rests on an estimated recess date: shown as "(schatting)"
    # The sentence just before that says what this promise points back at: the promise it recalls and restates
    # with its moment ("… heb ik toegezegd u te informeren over X. Ik zal u hierover voor de zomer
    # informeren"), or what "hier" is when the promise names nothing else ("Ik kom hier voor de zomer op
    # terug"). The saved item is quoted with it.
    antecedent: str | None = None

    def to_json(self) -> dict[str, object]:
        """The item as in the CLI's JSON contract."""
        return {
            "kind": self.kind,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "deadline_text": self.deadline_text,
            "estimate": self.estimate,
            "recurring": self.recurring,
            "actor": self.actor,
            "ministry": self.ministry,
            "refs": list(self.refs),
            "motie_status": self.motie_status,
            "confidence": round(self.confidence, 2),
            "antecedent": self.antecedent,
        }


@dataclass(frozen=True)
class Extraction:
    """A letter's metadata, its text (offsets point into it) and the commitments found in it."""

    letter: LetterMeta
    text: str
    commitments: tuple[Found, ...]
    reference: date

    def to_json(self) -> dict[str, object]:
        """The CLI's JSON contract."""
        letter = self.letter
        return {
            "letter": {
                "date": letter.date.isoformat() if letter.date else None,
                "sender": letter.sender,
                "ministry": letter.ministry,
                "subject": letter.subject,
                "kamerstuk_refs": list(letter.kamerstuk_refs),
            },
            "text": self.text,
            "commitments": [item.to_json() for item in self.commitments],
        }


@dataclass(frozen=True)
class _Candidate:
    # None: read from the candidate's own words when it is reported (_found), as most candidates never are
    kind: str | None
    start: int  # in the analysis text
    end: int
    confidence: float
    refs: tuple[str, ...] = ()
    motie_status: str | None = None
    # The words of the promise, or the motie's own words ("verzoekt de regering ..."): the deadline is there.
    focus: tuple[int, int] | None = None
    recalled: bool = False  # an earlier promise the letter recalls: its deadline may have passed
    # Where the promise's moment is read if its own words name none: the introduction of the list the promise
    # is an item of ("Voor de zomer zal ik:"), or the sentence of which it is one clause.
    intro: tuple[int, int] | None = None
    antecedent: tuple[int, int] | None = None  # the sentence before that it points back at (Found.antecedent)


@dataclass(frozen=True)
class _Context:
    view: AnalysisText
    meta: LetterMeta
    reference: date
    deadlines: Sequence[Deadline]  # in order of start
    starts: Sequence[int]  # the deadlines' starts, to find those of a span by bisection
    notes: dict[int, Footnote]


def body_start_of(text: str) -> int:
    """Where the letter starts: after a first ``SOURCE:`` line, which is not part of it."""
    if not text.startswith(SOURCE_PREFIX):
        return 0
    newline = text.find("\n")
    return len(text) if newline < 0 else newline + 1


@dataclass(frozen=True)
class SentenceReading:
    """What the rules read in one sentence, and what the model would need to judge it."""

    start: int
    end: int
    candidates: tuple[_Candidate, ...]  # the rules' promises
    fallback: tuple[_Candidate, ...]  # the promise the model may add where no rule caught one
    features: tuple[str, ...] | None  # kept for training only; None: not kept or not judged
    probability: float | None = None  # the model's judgement; None: not judged


@dataclass(frozen=True)
class LetterReading:
    """A letter read by the rules: its context, its moties and its sentences."""

    text: str
    offset: int
    context: _Context
    moties: tuple[_Candidate, ...]
    sentences: tuple[SentenceReading, ...]


class Mode(Enum):
    """Who decides which sentences are promises."""

    COMBINED = "combined"  # the rules, checked and completed by the promise classifier
    RULES = "rules"
    MODEL = "model"  # the classifier alone (for measuring it)


def extract(
    text: str,
    reference: date | None = None,
    body_start: int | None = None,
    mode: Mode = Mode.COMBINED,
    *,
    today: date,
) -> Extraction:
    """The commitments in a letter's ``text``; deadlines resolve against ``reference`` when given, else the
    letter date, else ``today`` (the caller's clock: the domain never reads the wall clock).

    Combined, the rules' findings are checked by the promise classifier (when one is trained): a rule hit
    is dropped when the model is sure it is no promise, and a sentence no rule caught is added when the
    model is sure it is one."""
    model = load_model() if mode is not Mode.RULES else None
    judge_rule_hits = model is not None and (mode is Mode.MODEL or model.thresholds.keep > 0)
    reading = read_letter(text, reference, body_start, model, judge_rule_hits=judge_rule_hits, today=today)
    if model is None:
        return decide(reading, None, None)
    probabilities = [item.probability for item in reading.sentences]
    return decide(reading, probabilities, model.thresholds, model_alone=mode is Mode.MODEL)


def read_letter(
    text: str,
    reference: date | None = None,
    body_start: int | None = None,
    model: Model | None = None,
    keep_features: bool = False,
    judge_rule_hits: bool = True,
    *,
    today: date,
) -> LetterReading:
    """The rules' reading of a letter, sentence by sentence (see :func:`extract`): with a ``model``, its
    judgement of each sentence it may judge (of the rules' finds only with ``judge_rule_hits``); with
    ``keep_features``, the features of every sentence it may judge (to train on)."""
    offset = body_start_of(text) if body_start is None else body_start
    view = analysis_view(text[offset:])
    meta = read_meta(view.text)
    day = reference or meta.date or today
    sentences = split_sentences(view.text)
    deadlines = deadline_phrases(view.text, day)
    context = _Context(
        view, meta, day, deadlines, [match.start for match in deadlines], find_footnotes(sentences)
    )
    moties = find_moties(view.text, sentences, context.notes)
    motie_candidates = tuple(
        _Candidate("motie", item.start, item.end, MOTIE_CONFIDENCE, item.refs, item.status, item.dictum)
        for item in moties
    )
    motie_spans = sorted((item.start, item.end) for item in moties)
    fronted = {item.start: item.end for item in moties if item.fronted}
    intro: Sentence | None = None  # the introduction of the list being read ("In de komende periode zal ik:")
    intro_reading: int | None = None  # its place in ``readings``, if it has one
    readings: list[SentenceReading] = []
    # Whether each sentence keeps a promise, read just ahead of the sentence being read: its words are then
    # still in the cache of _anchor_bits when the sentence itself is read.
    kept: list[bool] = []
    for index, sentence in enumerate(sentences):
        while len(kept) < min(len(sentences), index + 1 + cues.FULFILMENT_REACH):
            kept.append(_keeps_a_promise(sentences[len(kept)].text))
        if cues.KAMERSTUK_HEADING.match(sentence.text):
            continue
        if sentence.start in fronted:  # "Conform de motie X, zend ik ...": the promise is the rest
            sentence = _rest_of(view.text, sentence, fronted[sentence.start])
        item = intro is not None and LIST_ITEM.match(sentence.text)
        if not item:
            intro = sentence if sentence.text.rstrip().endswith(":") else None
            intro_reading = None
        reading = _read_sentence(
            sentence,
            context,
            any(kept[index : index + 1 + cues.FULFILMENT_REACH]),
            intro if item else None,
            model,
            keep_features,
            judge_rule_hits,
        )
        if reading is None:
            continue
        if reading.candidates and (
            (index and _others_product(sentences[index - 1].text, sentence.text))
            or _others_product_joined(sentence.text)
        ):
            reading = dataclasses.replace(reading, candidates=(), fallback=())
        if _overlaps(motie_spans, sentence.start, sentence.end):
            reading = _beside_motie(reading, context)
            if not (reading.candidates or reading.features is not None):
                continue
        if item and reading.candidates and intro_reading is not None:
            # the items complete the promise, not their introduction ("Voor de zomer zal ik:")
            opened = readings[intro_reading]
            if OPEN_INTRO.search(view.text, opened.start, opened.end):
                readings[intro_reading] = dataclasses.replace(opened, candidates=(), fallback=())
            intro_reading = None
        if reading.candidates or reading.fallback or reading.features is not None:
            if intro is sentence:
                intro_reading = len(readings)
            readings.append(reading)
    return LetterReading(text, offset, context, motie_candidates, tuple(readings))


def _others_product(previous: str, text: str) -> bool:
    """Whether a sentence in which neither the writer nor the Kamer acts speaks of a product it points back at
    ("De resultaten van dit onderzoek worden medio juni verwacht") that the sentence before gives to another
    party ("het onderzoek dat UNICEF uitvoert", "Het RIVM voert een onderzoek uit"), or of the product of
    that party ("Het RIVM onderzoekt de bodem; haar rapport verschijnt in mei"): that party's product."""
    pointed = cues.POINTED_PRODUCT.match(text)
    if pointed is None or _search(_FIRST_PERSON, text) or _search(cues.KAMER_ADDRESSEE, text):
        return False
    if pointed["owner"]:  # "haar rapport": the product of the party the sentence before has as its subject
        return _search(cues.VETOES["other_party_subject"], previous) is not None
    noun = re.compile(rf"\b\w*{re.escape(pointed['noun'])}\b", re.IGNORECASE)  # or a compound of it
    named = noun.search(previous)
    if named is None:
        return False
    return (
        cues.DONE_BY_OTHERS.match(previous, named.end()) is not None
        or _search(cues.VETOES["other_party_subject"], previous) is not None
    )


def _others_product_joined(text: str) -> bool:
    """Whether a sentence of two clauses joined by a semicolon gives a product to another party in the first
    and speaks of it in the second (:func:`_others_product`): "Het PBL brengt in januari de eerste rapportage
    uit; die rapportage verschijnt daarna elke twee jaar"."""
    first, semicolon, second = text.partition(";")
    return bool(semicolon) and ";" not in second and _others_product(first, second.strip())


def _beside_motie(reading: SentenceReading, context: _Context) -> SentenceReading:
    """A sentence that names a motie, without what the motie finder speaks for: what the model alone would
    add, and a deliverable without a moment of its own, which is carrying out the motie itself ("Met die
    berekeningen zal ik ook de motie van het lid X uitvoeren"). A message to the Kamer about it, or an act
    by a moment of its own, is a promise beside the motie ("Voor 1 juli stuur ik u de uitwerking ervan");
    but not when the motie (or its request) opens the sentence as what is handled and no date follows ("Het
    verzoek van de motie X, om de Kamer te informeren, neem ik mee in de volgende voortgangsbrief"): that is
    how the motie is carried out, which its own item records."""
    kept = []
    for candidate in reading.candidates:
        matches = [
            match
            for match in _in_sentence(context, candidate.start, candidate.end)
            if not _qualifies_a_noun(context, match)
        ]
        if (
            not _own_moment(matches, context.reference)
            and (candidate.kind or _kind(context.view.text[candidate.start : candidate.end])) == "deliverable"
        ):
            continue
        if not any(match.date for match in matches) and _opened_by_motie(context, candidate):
            continue
        kept.append(candidate)
    return dataclasses.replace(reading, candidates=tuple(kept), fallback=())


def _opened_by_motie(context: _Context, candidate: _Candidate) -> bool:
    """Whether the candidate's sentence opens with a motie as the thing it handles: at most an article, a
    noun and "van" ("Het verzoek van") stand before "de motie"."""
    return _MOTIE_OPENING.match(context.view.text, candidate.start, candidate.end) is not None


def decide(
    reading: LetterReading,
    probabilities: Sequence[float | None] | None,
    thresholds: Thresholds | None,
    model_alone: bool = False,
) -> Extraction:
    """The letter's commitments: the rules' promises, checked by the model's ``probabilities`` (one per
    sentence of the reading) at ``thresholds``; without thresholds the rules alone; with ``model_alone`` the
    model alone decides which sentences are promises."""
    return extraction_of(reading, selection(reading, probabilities, thresholds, model_alone))


def selection(
    reading: LetterReading,
    probabilities: Sequence[float | None] | None,
    thresholds: Thresholds | None,
    model_alone: bool = False,
) -> tuple[int, ...]:
    """The indices of the reading's sentences that hold a promise (see :func:`decide`)."""
    chosen: list[int] = []
    for index, sentence in enumerate(reading.sentences):
        probability = probabilities[index] if probabilities is not None else None
        if thresholds is None or probability is None:
            keep = bool(sentence.candidates)
        elif model_alone:
            keep = probability >= thresholds.alone
        elif sentence.candidates:
            keep = probability >= thresholds.keep
        else:
            keep = probability >= thresholds.add
        if keep and (sentence.candidates or sentence.fallback):
            chosen.append(index)
    return tuple(chosen)


def extraction_of(reading: LetterReading, chosen: Sequence[int]) -> Extraction:
    """The letter's commitments: its moties and the promises of the ``chosen`` sentences."""
    candidates = list(reading.moties)
    for index in chosen:
        sentence = reading.sentences[index]
        candidates.extend(sentence.candidates or sentence.fallback)
    context = reading.context
    found = [
        _found(reading.text, reading.offset, candidate, context)
        for candidate in _with_antecedents(_best_per_span(candidates), context.view.text, context.reference)
    ]
    items = _moments_for_moties(reading.text, _once_each(found))
    return Extraction(context.meta, reading.text, items, context.reference)


def _with_antecedents(candidates: list[_Candidate], text: str, reference: date) -> list[_Candidate]:
    """The promises that point back at the sentence just before them in their paragraph ("hierover", "hier …
    op terug") with that sentence (see Found.antecedent). A recalled promise so restated with its moment ("Op
    12 mei heb ik toegezegd u te informeren over X. Ik zal u hierover voor de zomer informeren"), or restated
    later in its paragraph with its subject ("… heb ik toegezegd u deze week te informeren over X. … Ik zal u
    uiterlijk 15 februari informeren over X"), is one item: the restatement, which names its (new) moment. A
    sentence that is an item of its own is no antecedent, but for a motie's: what points back at a motie is
    about it."""
    ordered = sorted(candidates, key=lambda candidate: (candidate.start, candidate.end))
    joined: list[_Candidate] = []
    for candidate in ordered:
        previous = joined[-1] if joined else None
        if previous is not None and _restates(text, previous, candidate, reference):
            joined[-1] = dataclasses.replace(candidate, antecedent=(previous.start, previous.end))
            continue
        before = _sentence_before(text, candidate)
        if before is None:
            joined.append(candidate)
            continue
        if previous is not None and previous.recalled and previous.end > before[0]:
            joined[-1] = dataclasses.replace(candidate, antecedent=(previous.start, previous.end))
        elif previous is None or previous.end <= before[0] or previous.kind == "motie":
            joined.append(dataclasses.replace(candidate, antecedent=before))
        else:
            joined.append(candidate)
    return joined


RESTATED_SHARE = 2 / 3
"""The share of the words naming a recalled promise's subject that a later promise repeats to restate it."""


def _restates(text: str, recalled: _Candidate, candidate: _Candidate, reference: date) -> bool:
    """Whether ``candidate`` is a new promise that states again what the promise ``recalled`` just before it,
    in the same paragraph, had promised: most words of the recalled subject (its title's content words, so
    not who promised, when, or to whom) return in the new one's, and at least two; or the new one names it by
    its words alone, adding none ("… toegezegd u te informeren over de handreiking gegevensdeling. … Ik stuur
    u de handreiking uiterlijk 1 oktober")."""
    if not recalled.recalled or candidate.recalled or candidate.kind == "motie" or recalled.kind == "motie":
        return False
    between = text[recalled.end : candidate.start]
    if "\n\n" in between.replace("\r", "") or len(between) > ANTECEDENT_REACH:
        return False
    old, new = (subject_stems(text[item.start : item.end], reference) for item in (recalled, candidate))
    shared = len(old & new)
    return (bool(new) and new <= old) or (shared >= 2 and shared >= RESTATED_SHARE * len(old))


def _sentence_before(text: str, candidate: _Candidate) -> tuple[int, int] | None:
    """The span of the sentence just before a promise that points back at it ("hierover", "dit plan"), in the
    same paragraph; None when the promise points back at nothing (or is a motie, or a recalled promise
    itself)."""
    own = text[candidate.start : candidate.end]
    pointer = _search(cues.POINTS_BACK_AT_PROMISE, own)
    if candidate.kind == "motie" or candidate.recalled or not (pointer or cues.POINTED_PRODUCT.match(own)):
        return None
    window = split_sentences(text, max(0, candidate.start - ANTECEDENT_REACH), candidate.start)
    if not window or "\n\n" in text[window[-1].end : candidate.start].replace("\r", ""):
        return None
    if not pointer and pointed_at(window[-1].text, own) is None:  # "Dit wordt later": no thing named before
        return None
    return window[-1].start, window[-1].end


# A label before a sentence ("Samenvatting:", "Kernpunt 2:"): the same promise repeated under it is the same.
_LABEL = re.compile(r"^\s*(?:\w+\s+){0,2}?\w+\s*:\s+")
_NON_WORD = re.compile(r"\W+")


def _repeat_key(item: Found) -> tuple[object, ...]:
    """What makes two items of one letter the same item: their kind, deadline and words (case, punctuation
    and a leading label aside); a motie also by its own references."""
    words = _NON_WORD.sub(" ", _LABEL.sub("", item.quote).lower()).strip()
    return item.kind, item.deadline, item.recurring, item.refs if item.kind == "motie" else (), words


def _once_each(found: Sequence[Found]) -> tuple[Found, ...]:
    """The items in letter order, a promise repeated in one letter (in its summary and its body, or a text
    pasted twice) once: where it is stated without a label, else where it comes first."""
    kept: dict[tuple[object, ...], Found] = {}
    for item in sorted(found, key=lambda item: (item.start, item.end)):
        key = _repeat_key(item)
        if key not in kept or len(item.quote) < len(kept[key].quote):
            kept[key] = item
    return tuple(sorted(kept.values(), key=lambda item: (item.start, item.end)))


# "dit plan", "deze regeling": a demonstrative with the noun it points back to.
_POINTS_BACK = re.compile(r"\b(?:dit|deze|dat|die)\s+(?P<noun>[^\W\d_]{3,})", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+")


def _moments_for_moties(text: str, found: Sequence[Found]) -> tuple[Found, ...]:
    """A motie with no moment of its own that the next sentence of its paragraph promises by pointing back
    at what it asks ("… is de regering verzocht een plan op te stellen. Ik zal uw Kamer dit plan in het
    najaar sturen."): that promise carries out the motie, and its moment is the motie's too."""
    items = list(found)
    for index, (motie, after) in enumerate(itertools.pairwise(found)):
        between = text[motie.end : after.start]
        if (
            motie.kind == "motie"
            and motie.deadline is None
            and after.kind != "motie"
            and after.deadline is not None
            and "\n\n" not in between.replace("\r", "")
            and not between.strip()
            and _points_back_to(after.quote, motie.quote)
        ):
            items[index] = dataclasses.replace(
                motie,
                deadline=after.deadline,
                deadline_text=after.deadline_text,
                recurring=after.recurring,
                estimate=after.estimate,
            )
    return tuple(items)


def _points_back_to(sentence: str, earlier: str) -> bool:
    """Whether ``sentence`` points back with a demonstrative at a noun of ``earlier`` ("dit plan")."""
    nouns = {word.lower() for word in _WORDS.findall(earlier)}
    return any(found["noun"].lower() in nouns for found in _POINTS_BACK.finditer(sentence))


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of the sorted, short ``spans`` overlaps ``[start, end)``."""
    index = bisect.bisect_left(spans, (end, end))
    return any(spans[earlier][1] > start for earlier in range(max(0, index - 3), index))


def _rest_of(text: str, sentence: Sentence, position: int) -> Sentence:
    """The part of ``sentence`` from ``position`` on, without leading commas and spaces."""
    while position < sentence.end and text[position] in " ,\n\t":
        position += 1
    return Sentence(position, sentence.end, text[position : sentence.end])


def _best_per_span(candidates: list[_Candidate]) -> list[_Candidate]:
    """One candidate per span and kind of item: a motie and a promise read from the same sentence are both
    kept ("Voor 1 juli stuur ik uw Kamer de uitwerking van de motie-Bikker" names a motie and promises a
    letter of its own), as are moties named in one mention by their own numbers ("de moties ..., nrs. 12 en
    15"); else the most confident."""
    best: dict[tuple[int, int, bool, tuple[str, ...]], _Candidate] = {}
    for candidate in candidates:
        motie = candidate.kind == "motie"
        key = (candidate.start, candidate.end, motie, candidate.refs if motie else ())
        if key not in best or candidate.confidence > best[key].confidence:
            best[key] = candidate
    return list(best.values())


def _in_sentence(context: _Context, start: int, end: int) -> list[Deadline]:
    """The deadline phrases within ``[start, end)``, found by bisection (no scan of the whole letter)."""
    first = bisect.bisect_left(context.starts, start)
    last = bisect.bisect_left(context.starts, end, lo=first)
    return [match for match in context.deadlines[first:last] if match.end <= end]


def _enclosing(context: _Context, start: int, end: int) -> list[Deadline]:
    """The deadline phrases that hold all of ``[start, end)`` (a phrase is short: look back a little)."""
    first = bisect.bisect_left(context.starts, start - PHRASE_REACH)
    last = bisect.bisect_right(context.starts, start, lo=first)
    return [match for match in context.deadlines[first:last] if end <= match.end]


def _moment_before(context: _Context, start: int) -> list[Deadline]:
    """The last dated moment ahead named shortly before ``start``: the one that "dan" points back at."""
    first = bisect.bisect_left(context.starts, start - PHRASE_REACH)
    last = bisect.bisect_left(context.starts, start, lo=first)
    for match in reversed(context.deadlines[first:last]):
        if match.date is not None and _is_forward(match, context.reference):
            return [match]
    return []


def _moment_pointed_back_at(context: _Context, text: str, start: int) -> list[Deadline]:
    """The moment a sentence ``text`` at ``start`` points back at ("Ik stuur de evaluatie dan aan uw Kamer"):
    the one :func:`_moment_before` it, if any. (That moment is looked up first: a bisection, where the
    pointing words are a pattern that costs more.)"""
    before = _moment_before(context, start)
    return before if before and _search(cues.ANAPHORIC_MOMENT, text) else []


_KEEPS_A_PROMISE = (cues.VETOES["fulfilled_here"], cues.KEPT_BY_THIS_LETTER)


def _keeps_a_promise(text: str) -> bool:
    """Whether a sentence says the letter keeps a promise ("Met deze brief kom ik deze toezegging na", "Met
    deze brief doe ik dat"): it answers a promise recalled in it or in the sentences just before. (Read for
    every sentence of a letter: its anchor bits are read once for both patterns.)"""
    bits = _anchor_bits(text)
    return any(
        _may_match(pattern, bits) and _search_all(pattern, text) is not None for pattern in _KEEPS_A_PROMISE
    )


def _is_forward(match: Deadline, reference: date) -> bool:
    return not match.backward and (match.date is None or match.date >= reference)


def _needs_met(matches: list[Deadline], reference: date) -> tuple[Need, ...]:
    """What the deadline phrases of a sentence give the cues that need a moment. A date beyond a cabinet's
    term is the horizon of a goal ("een vloot die in 2050 klimaatneutraal vist"): no moment."""
    if not matches:  # most sentences
        return (Need.NOTHING,)
    goal = reference + GOAL_HORIZON
    forward = [
        match
        for match in matches
        if _is_forward(match, reference) and (match.date is None or match.date <= goal)
    ]
    if not forward:
        return (Need.NOTHING,)
    horizon = reference + PROMISE_HORIZON  # the letter's own date is no deadline, nor a year far ahead
    if any(
        match.date is not None and reference < match.date <= horizon and not _names_a_kind_of_thing(match)
        for match in forward
    ):
        return (Need.NOTHING, Need.MOMENT, Need.DATED)
    if any(_NEAR_FUTURE.search(match.text) or match.rule == _WEEK_NUMBER for match in forward):
        # "binnenkort", "op korte termijn", "de komende maanden": soon, without a day (not "de komende
        # jaren"); "uiterlijk in week 20": a moment as definite as a date, though CONVENTIONS gives it no day
        return (Need.NOTHING, Need.MOMENT, Need.DATED)
    return (Need.NOTHING, Need.MOMENT)


def _names_a_kind_of_thing(match: Deadline) -> bool:
    """Whether a recurrence is an adjective of a noun ("de maandelijkse kwaliteitsmonitor", "het jaarlijkse
    verslag"): it says which thing is meant, so it dates no act by itself (a sentence that promises in other
    words still takes it as its recurrence)."""
    return match.recurring is not None and match.text.lower().endswith("lijkse")


def _kind(text: str) -> str:
    """A message to the Kamer is a toezegging, unless it is a bill; anything else is a deliverable. A clause
    of time or reason in which others act is no part of it ("Het besluit neem ik na de zomer, nadat de
    rapportage is afgerond")."""
    if _may_match(cues.OTHER_ADVERBIAL_CLAUSE, _anchor_bits(text)):  # most texts have none of its openers
        text = cues.OTHER_ADVERBIAL_CLAUSE.sub(" ", text)
    if _search(_BILL, text):
        return "deliverable"
    to_kamer = _search(cues.KAMER_ADDRESSEE, text) or _search(_INFORMS_KAMER_BY_ITSELF, text)
    if to_kamer and _search(_MESSAGE, text):
        return "toezegging"
    return "deliverable"


def _cue_kind(cue: Cue, text: str) -> str | None:
    """The cue's kind, except that a product sent to the Kamer ("De toezending aan uw Kamer ... is gepland")
    is a toezegging whichever way the sentence is written, unless the informing is told as past; and a bill
    the Kamer receives is a deliverable ("Uw Kamer ontvangt het wetsvoorstel na de zomer")."""
    told_as_past = _search(_PAST_AUXILIARY, text) is not None
    if cue.kind == "deliverable" and not told_as_past and _kind(text) == "toezegging":
        return "toezegging"
    if cue.kind == "toezegging" and cue.name != "explicit_promise" and _search(_BILL, text):
        return "deliverable"
    return cue.kind


def _clause_at(text: str, position: int) -> str:
    """The clause of ``text`` around ``position``: clauses joined by a semicolon are read on their own
    ("Helaas lukt het niet om ... te informeren; ik verwacht u de brief na de zomer te sturen")."""
    start = text.rfind(";", 0, position) + 1
    end = text.find(";", position)
    return text[start : end if end >= 0 else len(text)].strip()


def _after_contrast(text: str, position: int) -> str:
    """The clause of ``text`` around ``position`` (:func:`_clause_at`), from the last ", maar" before it: what
    the part before the contrast denies or refuses vetoes nothing after it ("Ik zie geen aanleiding het
    budget te verhogen, maar kom daarop terug in de evaluatie")."""
    turn = text.rfind(", maar", 0, position + len("maar"))  # (a cue may start at "maar")
    return _clause_at(text, position) if turn < 0 else _clause_at(text[turn + 2 :], position - turn - 2)


def _main_clause(clause: str) -> str:
    """``clause`` without the subordinate clause that opens it, when the main clause after its comma is the
    writer's or the government's ("Nadat de gemeenten hebben gereageerd, informeer ik uw Kamer ..."): what
    others do in it ("de gemeenten hebben", "de Raad van State adviseert") vetoes nothing of the main
    clause."""
    fronted = _FRONTED_CLAUSE.match(clause)
    return clause if fronted is None else clause[fronted.end() :]


@functools.lru_cache(maxsize=256)  # the rules read them, and the model reads them again for its features
def _vetoes(text: str) -> tuple[str, ...]:
    """The names of the vetoes that ``text`` calls up (each tested on its anchor words first)."""
    return tuple(name for name, veto in cues.VETOES.items() if _search(veto, text))


def _vetoed(text: str) -> bool:
    return bool(_vetoes(text))


def _cue_applies(cue: Cue, text: str, met: tuple[Need, ...], context: _Context, clause: str) -> bool:
    """Whether ``cue`` makes ``text`` a promise, given what its deadline phrases give (``met``); ``clause`` is
    the clause its words stand in (this very letter in another clause, "Hierbij bied ik u het jaarverslag
    aan; het volgende ontvangt u in mei", says nothing of it)."""
    government = context.meta.government
    explicit_government = _search(cues.GOVERNMENT_RE, text) is not None
    if not government and not explicit_government:
        return False  # an independent sender's "ik" is not the government
    intent = _intent_word(cue, text) if cue.name == "intention" else ""  # the intention and what it intends
    moment = Need.MOMENT in met  # a forward deadline phrase
    return (  # the conditions in turn: a search is made only while all before it hold
        (  # the writer or the government acts in the cue's own clause, not in one beside it
            not cue.first_person
            or _search(cues.GOVERNMENT_RE, clause) is not None
            or (government and _search(_FIRST_PERSON, clause) is not None)
        )
        and (not cue.needs_kamer or _search(cues.KAMER_ADDRESSEE, text) is not None)
        and (cue.requires is None or _search(cue.requires, text) is not None)
        and (not cue.present_tense or not _search(cues.THIS_LETTER, clause))
        and not (cue.present_tense and cue.need is Need.DATED and _search(cues.KAMER_MEETING, text))
        and (
            not cue.needs_act
            or _search(_ACT_VERB, text) is not None
            # a product as the object of a future act ("ik zal een wetsvoorstel voorbereiden"); "gaan" with
            # a product also describes a document's content ("In de rapportage gaan we in op ...")
            or (not cue.present_tense and cues.PRODUCT_RE.search(text) is not None)
            or moment
        )
        and cue.need in met
        and (not cues.INTENT_NEEDS_MOMENT.match(intent) or moment)
        and (_acts(intent) or moment)
    )


def _acts(intent: str) -> bool:
    """Whether an intention is more than a willingness: "bereid" counts only with an act or a message in what
    it intends ("bereid ... openbaar te maken"), not alone ("aangegeven hiertoe bereid te zijn")."""
    return not cues.INTENT_NEEDS_ACT.search(intent) or cues.ACT_OR_MESSAGE.search(intent) is not None


def _intent_word(cue: Cue, text: str) -> str:
    match = cue.pattern.search(text)
    return match.group(0) if match else ""


def _read_sentence(
    sentence: Sentence,
    context: _Context,
    fulfilled: bool,
    intro: Sentence | None,
    model: Model | None,
    keep_features: bool,
    judge_rule_hits: bool,
) -> SentenceReading | None:
    """The rules' promises in ``sentence`` (an item of the list that ``intro`` introduces, if given) and,
    where the model may judge it, the sentence's features; None when it holds nothing for either."""
    lead = intro.text if intro is not None else ""
    text = f"{lead} {sentence.text}" if lead else sentence.text
    matches = _in_sentence(context, sentence.start, sentence.end)
    # an item without a moment of its own has the moment of its introduction ("Voor de zomer zal ik:"); a
    # sentence that points back at a moment ("Ik stuur de evaluatie dan aan uw Kamer") has that one
    own_or_intro = matches or (_in_sentence(context, intro.start, intro.end) if intro is not None else [])
    if not own_or_intro:
        own_or_intro = _moment_pointed_back_at(context, sentence.text, sentence.start)
    met = _needs_met(own_or_intro, context.reference)
    bits = _anchor_bits(text)
    passed = _cues_passed(met, bits)
    if not (
        passed or matches or _may_match(cues.RECALLED_PROMISE, bits) or _may_match(cues.MODEL_CANDIDATE, bits)
    ):
        # Most sentences: no cue, no moment, no recalled promise and nothing the model would judge (the tests
        # below would each fail on these anchor bits), so nothing to read.
        return None
    if _search(cues.MOTIE_DICTUM, text):
        return None
    # Without a cue's anchor words or a recalled promise's, none of its clauses holds a promise either (a
    # clause's words are among the sentence's, its moments among its moments), only a table row or a list
    # item labelled by its moment may.
    promising = (
        passed
        or _may_match(cues.RECALLED_PROMISE, bits)
        or "|" in sentence.text
        or (bool(matches) and LIST_ITEM.match(sentence.text) is not None)
    )
    candidates = (
        _promises(sentence, text, own_or_intro, context, fulfilled, intro, met, passed) if promising else []
    )
    forward = [match for match in matches if _is_forward(match, context.reference)]
    by_government = context.meta.government or _search(cues.GOVERNMENT_RE, text) is not None
    # At run time the model judges only where its judgement can change the outcome.
    needed = keep_features or (model is not None and (judge_rule_hits if candidates else by_government))
    judged = needed and (bool(candidates) or bool(forward) or _points_ahead(text))
    if not judged:
        if not candidates:
            return None
        return SentenceReading(sentence.start, sentence.end, tuple(candidates), (), None)
    # what the model alone may add: not a sentence a veto says is no promise of the government, nor one that
    # speaks of this very letter without a moment ahead of its own (one in another's clause is that clause's:
    # "Omdat de cijfers pas eind januari komen, stuur ik u deze brief later")
    fallback = (
        tuple(_clauses(sentence, None, cues.MODEL_CONFIDENCE, None))
        if by_government
        and not candidates
        and not _vetoed(text)
        and (_has_own_moment(text, sentence.start, forward) or not _about_this_letter(text))
        else ()
    )
    if not (candidates or fallback or keep_features):
        return None  # nothing the model's judgement could keep (read_letter drops such a reading)
    structure = _structure(text, matches, forward, context, sentence.start, bool(lead))
    feature_list = features(text, structure)
    return SentenceReading(
        sentence.start,
        sentence.end,
        tuple(candidates),
        fallback,
        tuple(feature_list) if keep_features else None,
        model.probability(feature_list) if model is not None else None,
    )


# The alternatives of cues.MODEL_CANDIDATE, each searched on its own, the quick ones first: one search for all
# of them tries each at every position of a sentence, the Kamer receiving something reading up to twenty
# words after every "u" before "zal" further on is found.
_POINTS_AHEAD = tuple(folded_twin(re.compile(part, re.IGNORECASE)) for part in cues.MODEL_CANDIDATE_PARTS)


def _points_ahead(text: str) -> bool:
    """Whether cues.MODEL_CANDIDATE matches ``text`` (tested on its anchor words first)."""
    if not _may_match(cues.MODEL_CANDIDATE, _anchor_bits(text)):
        return False
    folded = _folded(text)
    return any(twin.search(folded) is not None for twin in _POINTS_AHEAD)


def _has_own_moment(text: str, start: int, forward: list[Deadline]) -> bool:
    """Whether a sentence (``text``, starting at ``start`` in the letter) has a moment ahead outside the
    clauses of time, reason or relation in which others act (:data:`cues.OTHER_CLAUSE`)."""
    others = [clause.span() for clause in _OTHERS_ACT_TWIN.finditer(_folded(text))]
    return any(
        not any(lo <= match.start - start and match.end - start <= hi for lo, hi in others)
        for match in forward
    )


def _about_this_letter(text: str) -> bool:
    """Whether a sentence speaks of this very letter with no future auxiliary ("stuur ik u ter informatie het
    rapport", "Hierbij ontvangt u de monitor"): what it sends is sent, unless it names a moment ahead."""
    return _search(cues.THIS_LETTER, text) is not None and _search(_FUTURE, text) is None


def _structure(
    text: str,
    matches: list[Deadline],
    forward: list[Deadline],
    context: _Context,
    start: int,
    list_item: bool,
) -> list[str]:
    """What the rules read in a sentence, as feature names for the model.

    Which cue applied is left out: the cues were tuned on the very letters the model learns from, so the
    model would learn to trust them and add nothing on letters the cues have never seen."""
    names = [f"veto={name}" for name in _vetoes(text)]
    names.extend(name for name, pattern in cues.SIGNALS.items() if _search(pattern, text) is not None)
    signals = {
        "deadline": bool(matches),
        "deadline_forward": bool(forward),
        "dated_forward": any(match.date is not None and match.date > context.reference for match in forward),
        "deadline_past": any(not _is_forward(match, context.reference) for match in matches),
        "government": context.meta.government,
        "list_item": list_item,
    }
    names.extend(name for name, present in signals.items() if present)
    names.append(f"position={min(4, 5 * start // max(1, len(context.view.text)))}")
    names.append(f"length={min(6, len(text) // 60)}")
    return names


def _promises(
    sentence: Sentence,
    text: str,
    matches: list[Deadline],
    context: _Context,
    fulfilled: bool,
    intro: Sentence | None,
    met: tuple[Need, ...],
    passed: tuple[Cue, ...],
) -> list[_Candidate]:
    """The promises in ``sentence``: those of its clauses joined by a semicolon that hold one on their own,
    when only one does and no other sends something to the Kamer ("De motie voer ik nog uit; het onderzoek
    start na de zomer"), or when each names its own
    moment ("Ik dien het wetsvoorstel begin volgend jaar in; de regeling is uiterlijk 1 april verwerkt");
    else the sentence's (see :func:`_sentence_promise`), as when one clause prepares what another promises
    by a moment ("Ik zal de ombudsman vragen het te toetsen; de bevindingen deel ik in 2026 met u"). A
    clause without a moment of its own is due when the sentence says."""
    parts = _separate_clauses(sentence) if intro is None else []
    # a clause's promises, and whether it names a moment ahead of its own
    found: list[tuple[list[_Candidate], bool]] = []
    messages = False  # whether a clause without a promise of its own sends something to the Kamer
    for part in parts:
        own = _part_of(matches, part)
        promises = _sequel_promises(part, own, context, fulfilled) or _sentence_promise(
            part, part.text, own, context, fulfilled
        )
        if not promises and found and _follows_on(part, own, context.reference):
            # "X wordt begin 2026 afgerond; Y volgt in 2027": the planned act goes on, for Y
            before = found[-1][0][0]
            promises = [_Candidate(before.kind, part.start, part.end, before.confidence)]
        if promises:
            found.append((promises, _own_moment(own, context.reference)))
        else:
            messages = messages or _kind(part.text) == "toezegging"
    if not found and _planning_row(sentence, parts, matches, context):
        return [_Candidate(None, sentence.start, sentence.end, PLANNING_ROW_CONFIDENCE)]
    # (not a clause that sends by the moment of another: "Het rapport verschijnt in mei; ik stuur het u dan")
    if (len(found) == 1 and not messages) or (len(found) > 1 and all(dated for _, dated in found)):
        whole = (sentence.start, sentence.end)
        return [dataclasses.replace(item, intro=whole) for promises, _ in found for item in promises]
    if intro is None:
        sequel = _sequel_promises(sentence, matches, context, fulfilled)
        if sequel:
            return sequel
    labelled = _labelled_by_a_moment(sentence, matches, context)
    if _others_item(labelled):
        return []
    promises = _sentence_promise(sentence, text, matches, context, fulfilled, intro, (met, passed))
    if not promises and _plans_a_thing(labelled, sentence):
        return [_Candidate(None, sentence.start, sentence.end, PLANNING_ROW_CONFIDENCE)]
    return promises


def _planning_row(
    sentence: Sentence, cells: list[Sentence], matches: list[Deadline], context: _Context
) -> bool:
    """Whether a table row of the government's letter plans a thing: named in its first cell, with as its
    whole last cell a dated moment ahead ("Contractsluiting | begin 2025", "D-brief | eind 2024"); not a
    meeting, nor the letter's own day (its header "| Datum | 10 december 2026 |")."""
    if not (context.meta.government and "|" in sentence.text and len(cells) >= 2):
        return False
    first, last = cells[0], cells[-1]
    if not _THING.search(first.text) or _search(cues.KAMER_MEETING, first.text):
        return False
    return any(
        match.date is not None
        and match.date > context.reference
        and not match.backward
        and match.start <= last.start + CELL_SLACK
        and match.end >= last.end - CELL_SLACK
        for match in _part_of(matches, last)
    )


def _labelled_by_a_moment(sentence: Sentence, matches: list[Deadline], context: _Context) -> str | None:
    """What an item of a list in the government's letter says after the moment that labels it: after its
    mark, a dated moment ahead within a cabinet's reach and a colon ("- Tweede kwartaal 2025: het
    wetsvoorstel gaat in consultatie", "- 2026: invoering van het loket"); None for any other sentence, as
    for a moment behind ("- 2023: 1.287 meldingen"), a goal's far year ("- 2035: de helft minder uitstoot")
    or a label that is more than the moment ("- Doel voor 2026: ...")."""
    mark = LIST_ITEM.match(sentence.text)
    if not (context.meta.government and mark):
        return None
    label, colon, rest = sentence.text[mark.end() :].partition(":")
    if not colon:
        return None
    label_start = sentence.start + mark.end()
    label_end = label_start + len(label.rstrip())
    labelled = any(
        match.start <= label_start + CELL_SLACK
        and match.end >= label_end - CELL_SLACK
        and Need.DATED in _needs_met([match], context.reference)
        for match in matches
    )
    return rest.strip() if labelled else None


def _others_item(rest: str | None) -> bool:
    """Whether an item labelled by a moment (its ``rest``, :func:`_labelled_by_a_moment`) has another party as
    its subject ("- Q3 2025: de netbeheerders publiceren hun plannen"): that party's plan, not the
    government's, though a cue reads a promise in its words."""
    return rest is not None and _search(cues.VETOES["other_party_subject"], rest) is not None


def _plans_a_thing(rest: str | None, sentence: Sentence) -> bool:
    """Whether an item labelled by a moment (its ``rest``) that no cue reads as a promise still plans what it
    names by that moment, as a row of a planning table does (:func:`_planning_row`): words that name a
    thing, not a meeting of the Kamer ("- 12 maart: commissiedebat"). A perfect is done by the moment ("-
    Voor de zomer: de politie heeft de teams ingericht"), a noun phrase is the act ("- 2026: invoering van
    het loket")."""
    return (
        rest is not None
        and _THING.search(rest) is not None
        and not _search(cues.KAMER_MEETING, sentence.text)
    )


def _follows_on(part: Sentence, matches: list[Deadline], reference: date) -> bool:
    """Whether a clause says that something follows by a dated moment ahead of its own ("de oostelijke boog
    volgt in 2027"): after a clause that promises an act, the same act for it; not a meeting of the Kamer
    ("het debat volgt in juni")."""
    dated = any(match.date is not None for match in matches)
    return (
        dated
        and _own_moment(matches, reference)
        and cues.FOLLOWS.search(part.text) is not None
        and _search(cues.KAMER_MEETING, part.text) is None
    )


def _cheap_conditions(
    matches: list[Deadline], text: str, reference: date
) -> tuple[tuple[Need, ...], tuple[Cue, ...]]:
    """What the deadline phrases ``matches`` give the cues, and the cues that allows whose anchor words
    ``text`` holds (:func:`_cues_passed`): a promise's conditions that are cheap to test, so tested first."""
    met = _needs_met(matches, reference)
    return met, _cues_passed(met, _anchor_bits(text))


def _part_of(matches: list[Deadline], part: Sentence) -> list[Deadline]:
    return [match for match in matches if part.start <= match.start < part.end]


def _own_moment(matches: list[Deadline], reference: date) -> bool:
    """Whether a clause names a moment ahead of its own: not a recurrence, which continues the promise before
    it ("De eerste rapportage ontvangt u in juni; daarna informeer ik u ieder half jaar")."""
    return any(_is_forward(match, reference) and not match.recurring for match in matches)


def _sequel_promises(
    sentence: Sentence, matches: list[Deadline], context: _Context, fulfilled: bool
) -> list[_Candidate]:
    """The two promises of a sentence whose sequel, opened by ", waarna", promises by a moment of its own what
    follows the first ("Het eindrapport wordt in het derde kwartaal opgeleverd, waarna u mijn reactie zo
    spoedig mogelijk ontvangt"); none when either part holds no promise or names no moment of its own."""
    joint = cues.SEQUEL.search(sentence.text)
    if joint is None:
        return []
    first_end = sentence.start + joint.start()
    second_start = sentence.start + joint.end()
    parts = (
        Sentence(sentence.start, first_end, sentence.text[: joint.start()]),
        Sentence(second_start, sentence.end, sentence.text[joint.end() :]),
    )
    found: list[_Candidate] = []
    for part in parts:
        own = _part_of(matches, part)
        promises = (
            _sentence_promise(part, part.text, own, context, fulfilled)
            if _own_moment(own, context.reference)
            else []
        )
        if not promises:
            return []
        found.extend(promises)
    return found


def _separate_clauses(sentence: Sentence) -> list[Sentence]:
    """The clauses of ``sentence`` that its semicolons separate, or the cells of a table row ("Omschrijving |
    Vindplaats | Stand van zaken"), each without its surrounding spaces; none when it has no semicolon or cell
    separator outside brackets and quotes ("(AVP; 2011-2017)", "«...; ...»")."""
    text = sentence.text
    if ";" not in text and "|" not in text:
        return []
    bounds, depth = [0], 0
    for index, character in enumerate(text):
        if character in "(«“[":
            depth += 1
        elif character in ")»”]":
            depth = max(0, depth - 1)
        elif character in ";|" and depth == 0:
            bounds.append(index + 1)
    bounds.append(len(text) + 1)
    parts = []
    for first, last in itertools.pairwise(bounds):
        piece = text[first : last - 1]
        stripped = piece.strip()
        if stripped:
            start = sentence.start + first + piece.index(stripped[0])
            parts.append(Sentence(start, start + len(stripped), stripped))
    return parts if len(parts) > 1 else []


def _sentence_promise(
    sentence: Sentence,
    text: str,
    matches: list[Deadline],
    context: _Context,
    fulfilled: bool,
    intro: Sentence | None = None,
    cheap: tuple[tuple[Need, ...], tuple[Cue, ...]] | None = None,
) -> list[_Candidate]:
    """The promise in ``sentence``; ``text`` is the sentence with the
    introduction of a list it is an item of ("In de komende periode zal ik:"), read before the item because
    it holds the item's subject and auxiliary. ``cheap`` is :func:`_cheap_conditions` of ``matches`` and
    ``text`` when the caller has them already."""
    met, passed = cheap or _cheap_conditions(matches, text, context.reference)
    shift = len(text) - len(sentence.text)
    for cue in passed:
        if cue.requires is not None and _search(cue.requires, text) is None:
            continue  # it cannot apply (_cue_applies); the other words it needs are quicker to look for
        cue_match = _search_all(cue.pattern, text)
        if (
            cue_match is None
            or _in_others_relative_clause(text, cue_match)
            or _perfect_of_a_passed_moment(cue, cue_match, matches, context.reference)
            or _moment_only_in_others_clause(cue, text, sentence.start - shift, matches, context.reference)
            or not _cue_applies(cue, text, met, context, _clause_at(text, cue_match.start()))
        ):
            continue
        if _vetoed(_main_clause(_after_contrast(text, cue_match.start()))):  # read only where a cue applies
            continue
        confidence = cue.confidence + (DATED_BONUS if any(m.date for m in matches) else 0.0)
        if not context.meta.government:
            confidence -= INDEPENDENT_SENDER_PENALTY
        focus = (
            (sentence.start + cue_match.start() - shift, sentence.start + cue_match.end() - shift)
            if cue_match.start() >= shift
            else None
        )
        kind = _cue_kind(cue, _without_moments(text, matches, sentence.start - shift)) or (
            _kind(text) if intro is not None else None
        )
        intro_span = (intro.start, intro.end) if intro is not None else None
        joint = _joint(sentence, cue, matches, context.reference)
        if joint is None and intro is None:
            joint = _gapped_joint(sentence, matches, context.reference)
        if joint is None and intro is None:
            joint = _elided_joint(sentence, matches, context, fulfilled)
            kind = kind if joint is None else None  # each clause its own kind
        found = _clauses(sentence, kind, confidence, focus, intro_span, joint)
        if _search(cues.TOLD_BEFORE, sentence.text):  # "heeft toegezegd u … te sturen": made before, recalled
            return [dataclasses.replace(candidate, recalled=True) for candidate in found]
        return found
    recalled = _search(cues.RECALLED_PROMISE, text)
    kept = fulfilled or not context.meta.government
    if recalled and not kept and _acts(recalled.group(0)) and not _vetoed(text):
        return [
            _Candidate("toezegging", sentence.start, sentence.end, cues.RECALLED_CONFIDENCE, recalled=True)
        ]
    return []


def _without_moments(text: str, matches: list[Deadline], start: int) -> str:
    """``text`` (starting at ``start`` in the letter) with its deadline phrases blanked: a product that names
    a moment is not what the promise makes ("Uw Kamer ontvangt de toetsen tegelijk met het wetsvoorstel")."""
    for match in matches:
        first, last = max(0, match.start - start), max(0, match.end - start)
        text = text[:first] + " " * (last - first) + text[last:]
    return text


def _perfect_of_a_passed_moment(
    cue: Cue, cue_match: re.Match[str], matches: list[Deadline], reference: date
) -> bool:
    """Whether a present cue that ends in a participle of completion ("is in april afgerond", "zijn in mei
    gepubliceerd") is a perfect, told of the past: every dated moment of the sentence names no year and has
    already come this year ("Die herziening is in april afgerond" in a letter of May). "gereed",
    "beschikbaar" are no participles, "gepland" is no completion, and a moment still ahead this year ("is in
    oktober afgerond" in May) leaves it a plan."""
    words = cue_match.group(0)
    if not cue.present_tense or _PARTICIPLE_END.search(words) is None or _COMPLETION.search(words) is None:
        return False
    dated = [match for match in matches if match.date is not None and not match.recurring]
    return bool(dated) and all(_passed_this_year(match, reference) for match in dated)


def _moment_only_in_others_clause(
    cue: Cue, text: str, start: int, matches: list[Deadline], reference: date
) -> bool:
    """Whether a present cue that needs a moment ahead has one only inside a relative clause where others act:
    on what a product is about ("stuur ik u een overzicht van de regelingen die de komende jaren worden
    geëvalueerd"), the moment is the regelingen's, and the present tense tells what this letter does; on
    another party ("De rapportage wordt opgesteld door het RIVM, dat in april de gegevens verzamelt"), the
    moment is that party's act."""
    if not cue.present_tense or cue.need is Need.NOTHING:
        return False
    forward = [match for match in matches if _is_forward(match, reference)]
    if not forward:
        return False
    clauses = [clause.span("clause") for clause in cues.NOUN_RELATIVE_OF_OTHERS.finditer(text)]
    if _RELATIVE_AFTER_COMMA.search(text):  # what PARTY_RELATIVE_CLAUSE needs, found far faster
        clauses.extend(
            clause.span("clause")
            for clause in cues.PARTY_RELATIVE_CLAUSE.finditer(text)
            if _on_the_party(clause)
        )
    return bool(clauses) and all(
        any(lo <= match.start - start and match.end - start <= hi for lo, hi in clauses) for match in forward
    )


def _on_the_party(clause: re.Match[str]) -> bool:
    """Whether a relative clause after a capitalised name is about a party: its pronoun agrees with the
    name's article ("het RIVM, dat", "de NZa, die"; not "het advies van de Raad, dat", whose "dat" is the
    advies's), and the name is no document ("de Defensienota, die later dit jaar verschijnt")."""
    name = clause.group(0)[: clause.start("clause") - clause.start()].rstrip(" ,")
    words = name.split()
    article, pronoun = words[0].lower(), clause.group("clause").split(maxsplit=1)[0].lower()
    if (article == "de" and pronoun == "dat") or (article == "het" and pronoun == "die"):
        return False
    return cues.PRODUCT_RE.fullmatch(words[-1]) is None


def _passed_this_year(match: Deadline, reference: date) -> bool:
    """Whether a moment without a year ("in april", "begin maart") lay before ``reference`` in its year."""
    if match.date is None or _YEAR_WORD.search(match.text):
        return False
    try:
        return match.date.replace(year=reference.year) < reference
    except ValueError:  # 29 February
        return False


def _in_others_relative_clause(text: str, cue_match: re.Match[str]) -> bool:
    """Whether a cue's words lie within a relative clause in which another party acts ("De rest gaat naar
    het Rode Kruis, dat in mei met een programma begint"): that party's act, not the government's."""
    return any(
        clause.start() <= cue_match.start() and cue_match.end() <= clause.end()
        for clause in cues.OTHERS_RELATIVE_CLAUSE.finditer(text)
    )


def _clauses(
    sentence: Sentence,
    kind: str | None,
    confidence: float,
    focus: tuple[int, int] | None,
    intro: tuple[int, int] | None = None,
    joint: tuple[int, int] | None = None,
) -> list[_Candidate]:
    """A sentence, or its coordinated clauses ("zal ... besluiten over X en tevens een reactie geven", or
    those that ``joint`` separates: where the first ends and the second starts, in the sentence's text);
    without a ``kind``, each one's kind is read from its own words when it is reported."""
    if joint is None:
        split = _search(cues.SPLIT_COORDINATION, sentence.text)
        if not split:
            return [_Candidate(kind, sentence.start, sentence.end, confidence, focus=focus, intro=intro)]
        second = sentence.text[split.start() :].lstrip(", ")
        joint = (split.start(), len(sentence.text) - len(second))
    return [
        _Candidate(kind, sentence.start, sentence.start + joint[0], confidence, intro=intro),
        _Candidate(kind, sentence.start + joint[1], sentence.end, confidence, intro=intro),
    ]


def _joint(sentence: Sentence, cue: Cue, matches: list[Deadline], reference: date) -> tuple[int, int] | None:
    """Where a sentence of two main clauses joined by ", en", each a promise in the cue's words with a moment
    ahead of its own, splits into them ("Het loket wordt per 1 januari uitgebreid, en in de loop van volgend
    jaar wordt een pool opgezet"): the end of the first and the start of the second, in its text."""
    forward = [match for match in matches if _is_forward(match, reference)]
    for joint in cues.MAIN_CLAUSE_JOINT.finditer(sentence.text):
        first, second = sentence.start + joint.start(), sentence.start + joint.end()
        if (
            any(match.end <= first for match in forward)
            and any(match.start >= second for match in forward)
            and cue.pattern.search(sentence.text, 0, joint.start())
            and cue.pattern.search(sentence.text, joint.end())
        ):
            return joint.start(), joint.end()
    return None


def _gapped_joint(sentence: Sentence, matches: list[Deadline], reference: date) -> tuple[int, int] | None:
    """Where a sentence splits whose second conjunct leaves out the verb and subject of the first and names
    only its own moment and thing ("In het voorjaar ontvangt uw Kamer de eerste resultaten en in het najaar
    de eindrapportage"): each conjunct is a promise of the first's verb, due by its own moment."""
    dated = [match for match in matches if match.date is not None and _is_forward(match, reference)]
    for joint in _GAP_JOINT.finditer(sentence.text):
        second = sentence.start + joint.end()
        own = next((match for match in dated if match.start == second), None)
        if (
            own is not None
            and any(match.end <= sentence.start + joint.start() for match in dated)
            and _GAPPED_THING.fullmatch(sentence.text, own.end - sentence.start) is not None
        ):
            return joint.start(), joint.end()
    return None


def _elided_joint(
    sentence: Sentence, matches: list[Deadline], context: _Context, fulfilled: bool
) -> tuple[int, int] | None:
    """Where a sentence splits into two main clauses joined by ", en" whose second leaves out the writer as
    its subject ("Ik laat dit jaar een voorstel opstellen, dat in 2025 ingaat, en informeer u uiterlijk 1
    oktober"): each is a promise on its own (the second read with the writer as its subject) with a moment
    ahead of its own."""
    for joint in cues.MAIN_CLAUSE_JOINT.finditer(sentence.text):
        rest = sentence.text[joint.end() :]
        subject = _FIRST_PERSON.search(sentence.text, 0, joint.start())
        if subject is None or not cues.ELIDED_SUBJECT.match(rest):
            continue
        first, second = sentence.start + joint.start(), sentence.start + joint.end()
        before = [match for match in matches if match.end <= first]
        after = [match for match in matches if match.start >= second]
        if not (_own_moment(before, context.reference) and _own_moment(after, context.reference)):
            continue
        lead = Sentence(sentence.start, first, sentence.text[: joint.start()])
        part = Sentence(second, sentence.end, rest)
        if _sentence_promise(lead, lead.text, before, context, fulfilled) and _sentence_promise(
            part, f"{subject.group(0).lower()} {rest}", after, context, fulfilled
        ):
            return joint.start(), joint.end()
    return None


def _deadline(candidate: _Candidate, context: _Context) -> Deadline | None:
    matches = _in_sentence(context, candidate.start, candidate.end)
    if candidate.kind == "motie":  # the moment the motie asks for (in its own words), even when it has passed
        if candidate.focus is None:
            return None
        first, last = candidate.focus
        asked = [m for m in _in_sentence(context, first, last + PHRASE_REACH) if m.start < last]
        if candidate.motie_status == "afgedaan":  # a motie carried out asks nothing more: no next time
            asked = [m for m in asked if m.recurring is None]
        return primary(asked, context.reference, allow_past=True)
    matches = [match for match in matches if not _refused(context.view.text, match, candidate.end)]
    if not matches and candidate.intro is not None:
        matches = _in_sentence(context, *candidate.intro)
    if not matches:
        matches = _enclosing(context, candidate.start, candidate.end)
    if not matches:
        matches = _moment_pointed_back_at(
            context, context.view.text[candidate.start : candidate.end], candidate.start
        )
    if candidate.focus:
        focused = [m for m in matches if m.start < candidate.focus[1] and candidate.focus[0] < m.end]
        matches = focused or matches
    relative, joined = _other_clauses(candidate, context)
    attached = [match for match in matches if not _within(match, relative + joined)]
    if not any(_is_forward(match, context.reference) for match in attached):
        attached = matches
    elif all(_for_which_year(match) for match in attached if _is_forward(match, context.reference)):
        # a year that says for which year a thing is ("de inkoopkaders voor 2024, die in april worden
        # gepubliceerd"): the moment of the thing the promise goes into, in its relative clause
        made = [
            m
            for m in matches
            if _within(m, relative) and m.date and m.strength > Strength.WEAK and not m.recurring
        ]
        attached = [m for m in made if _is_forward(m, context.reference)] or attached
    own = [match for match in attached if not _qualifies_a_noun(context, match)]
    if any(match.date is not None and _is_forward(match, context.reference) for match in own):
        attached = own
    chosen = primary(attached, context.reference, allow_past=candidate.recalled) if attached else None
    if chosen is None:
        forward = [match for match in attached if _is_forward(match, context.reference)]
        chosen = forward[0] if forward else None
    if chosen is not None:
        chosen = _counted_from_promise(candidate, context, chosen)
    # a recurrence said in a clause of its own ("De eerste rapportage ontvangt u in juni; daarna informeer ik
    # u ieder half jaar"), not of what the promise is about ("de monitor, die jaarlijks verschijnt")
    recurrence = next((m.recurring for m in matches if m.recurring and not _within(m, relative)), None)
    if chosen is not None and chosen.recurring is None and recurrence is not None:
        chosen = dataclasses.replace(chosen, recurring=recurrence)
    return _next_time(candidate, context, chosen) if chosen is not None and chosen.recurring else chosen


def _for_which_year(match: Deadline) -> bool:
    """Whether a moment is a weak one that is no start ("voor 2024" as "for 2024", not "vanaf 1 augustus")."""
    return match.strength is Strength.WEAK and not match.starts and not match.recurring


def _refused(text: str, match: Deadline, end: int) -> bool:
    """Whether a moment is denied for the one after "maar" ("Ik informeer u niet voor de zomer, zoals de leden
    vragen, maar in oktober"): "niet" right before it, ", maar" after it before ``end``."""
    return _NOT_BEFORE.search(text, max(0, match.start - len("niet ")), match.start) is not None and (
        text.find(", maar", match.end, end) >= 0
    )


def _counted_from_promise(candidate: _Candidate, context: _Context, chosen: Deadline) -> Deadline:
    """``chosen`` counted from the day the promise was made, when the sentence tells the promise as made
    earlier and names that day before its verb ("In het debat van 4 maart 2025 heb ik toegezegd u in het
    najaar te informeren" is the najaar of 2025, not the one after the letter; "Op 3 oktober heb ik
    toegezegd binnen drie maanden ..." is 3 January). A moment with its own year stays as it is; a
    recurrence is due one period after the letter, whenever it was promised."""
    text = context.view.text[candidate.start : candidate.end]
    told = _search(cues.PROMISED_EARLIER, text)
    if told is None or chosen.recurring is not None or chosen.start < candidate.start + told.end():
        return chosen
    # the day before the verb, read from the words alone: the letter's reading drops a meeting's past day
    made = [
        match
        for match in find(text[: told.start()], context.reference)
        if match.rule.startswith(_DAY_RULE) and match.date is not None and match.date < context.reference
    ]
    again = resolve(chosen.text, made[-1].date) if made and made[-1].date else None
    if again is None or again.date is None:
        return chosen
    return dataclasses.replace(chosen, date=again.date, estimate=again.estimate)


def _next_time(candidate: _Candidate, context: _Context, recurring: Deadline) -> Deadline:
    """A recurring promise with its first or next time named apart, in its own clause or another of its
    sentence ("ieder voorjaar ..., voor het eerst in het voorjaar van 2026", "U ontvangt jaarlijks een
    monitor; de eerste verschijnt in oktober"), or its times listed right after it ("tweemaal per jaar
    informeren, in maart en in september"): the first of those ahead is the next due date, the recurrence
    stays."""
    span = candidate.intro or (candidate.start, candidate.end)
    ahead = [
        match
        for match in _in_sentence(context, *span)
        if match.recurring is None and _is_forward(match, context.reference)
    ]
    first = next((match for match in ahead if _names_first_time(context, match)), None)
    if first is not None and first.date is not None:
        first = _in_first_year(first, first.date.year, ahead)
    if first is None and recurring.rule == _RECURRING_RULE:
        listed = _listed_times(context.view.text, recurring, ahead)
        first = min(listed, key=lambda match: (match.date, match.start), default=None)
    return recurring if first is None else dataclasses.replace(first, recurring=recurring.recurring)


def _in_first_year(first: Deadline, year: int, ahead: list[Deadline]) -> Deadline:
    """The first time of a recurrence whose first year (``first``) is named apart from the moment in each year
    ("ieder jaar vóór 1 oktober, voor het eerst in 2026", "jaarlijks in juni, voor het eerst in 2026"): that
    moment in that year; else ``first``."""
    start = date(year, 1, 1)
    within: list[Deadline] = []
    for match in ahead:
        again = resolve(match.text, start) if match is not first else None
        if again is not None and again.date is not None and again.date.year == year:
            within.append(dataclasses.replace(match, date=again.date))
    kept = finest([first, *within])
    if any(match is first for match in kept):  # no year that a moment of each time lies within
        return first
    return min(kept, key=lambda match: (match.date or start, match.start))


def _listed_times(text: str, recurring: Deadline, ahead: list[Deadline]) -> list[Deadline]:
    """The dated moments that list the times of ``recurring`` right after it: after at most its verb and a
    comma, colon or bracket ("twee keer per jaar informeren, in maart en in september", "halfjaarlijks (voor
    de zomer en voor het kerstreces)"), each next one joined to the one before by "en", "of" or a comma."""
    listed: list[Deadline] = []
    end = recurring.end
    for match in sorted(ahead, key=lambda found: found.start):
        if match.start < end:
            continue
        gap = _LIST_JOINT if listed else _TIMES_AFTER_RECURRENCE
        if match.date is None or gap.fullmatch(text, end, match.start) is None:
            break
        listed.append(match)
        end = match.end
    return listed


def _other_clauses(
    candidate: _Candidate, context: _Context
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where the candidate's sentence speaks of something other than the promise, whose moments are not the
    promise's: its relative and time clauses in which neither the government nor the Kamer acts ("Ik informeer
    u in het voorjaar over de subsidieronde die in februari sluit"), and, beside the promise's words, the
    clauses joined to its own by a semicolon ("Het doel is dat in 2030 ...; ik informeer u jaarlijks")."""
    text, offset = context.view.text[candidate.start : candidate.end], candidate.start
    focus = candidate.focus
    folded = _folded(text)
    relative = [
        (offset + clause.start(), offset + clause.end())
        for pattern in _OTHER_CLAUSE_TWINS
        for clause in pattern.finditer(folded)
        if focus is None or not (offset + clause.start() < focus[1] and focus[0] < offset + clause.end())
    ]
    joined: list[tuple[int, int]] = []
    if focus is not None:
        own_start = offset + text.rfind(";", 0, focus[0] - offset) + 1
        own_end = text.find(";", focus[0] - offset)
        joined = [(offset, own_start), (offset + own_end if own_end >= 0 else candidate.end, candidate.end)]
    return relative, joined


def _qualifies_a_noun(context: _Context, match: Deadline) -> bool:
    """Whether a moment "in ..." follows a noun after a preposition ("met het oog op de evaluatie in 2027"),
    or a moment follows a noun and "van" ("de Landbouwraad van juni", "het overleg van 3 april"): it says
    which thing is meant, not when the promise is due."""
    before = context.view.text[max(0, match.start - NOUN_REACH) : match.start]
    if not match.text.lower().startswith("in "):
        return cues.NOUN_OF_MOMENT.search(before) is not None
    return cues.NOUN_BEFORE_MOMENT.search(before) is not None


def _within(match: Deadline, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= match.start and match.end <= end for start, end in spans)


def _names_first_time(context: _Context, match: Deadline) -> bool:
    """Whether a dated phrase names the first time of something recurring ("voor het eerst in ...")."""
    before = context.view.text[max(0, match.start - FIRST_TIME_REACH) : match.start]
    return match.date is not None and cues.FIRST_TIME.search(before) is not None


def _refs(candidate: _Candidate, context: _Context) -> tuple[str, ...]:
    quote = context.view.text[candidate.start : candidate.end]
    # a motie that knows its own references is not given the others its quote names ("de moties-Bikker en
    # -Tielen (Kamerstuk 36 200 XVI, nrs. 12 en 15)")
    own = candidate.kind == "motie" and bool(candidate.refs)
    refs = list(candidate.refs) + ([] if own else [ref.ref for ref in real_refs(quote)])
    for _, note in markers(quote, context.notes):
        refs.extend(ref.ref for ref in real_refs(note.text))
    return tuple(dict.fromkeys(refs))


def _actor(quote: str, meta: LetterMeta) -> tuple[str | None, str | None]:
    subject = _SUBJECT_POST.match(quote)
    if subject:
        posts = [post for post in find_posts(quote) if post.post]
        if posts:
            return posts[0].post, posts[0].ministry
        colleague = _colleague(subject["role"], meta)
        if colleague is not None:
            return colleague, meta.ministry
    if _CABINET.search(quote) and not re.search(r"\b(?:ik|wij|we)\b", quote, re.IGNORECASE):
        return "het kabinet", meta.ministry
    return meta.post, meta.ministry


def _colleague(role: str, meta: LetterMeta) -> str | None:
    """The post a bare role names in a letter ("De staatssecretaris zal …" in the minister's letter): that
    role at the sender's ministry, whose promise it is; None for the sender's own role (the sender, or one
    the letter does not name) or a letter of no known ministry."""
    own = role.capitalize()
    if meta.ministry not in ministries() or (meta.post or "").startswith(own):
        return None
    return role_at(own, meta.ministry)


def _without_letter_head(candidate: _Candidate, view: AnalysisText) -> _Candidate:
    """The candidate without the letter's opening lines that the sentence splitter left on it."""
    head = LETTER_HEAD.match(view.text, candidate.start, candidate.end)
    if head is None or head.end() >= candidate.end:
        return candidate
    return dataclasses.replace(candidate, start=head.end())


def _found(text: str, offset: int, candidate: _Candidate, context: _Context) -> Found:
    kind = candidate.kind or _kind(context.view.text[candidate.start : candidate.end])
    candidate = _without_letter_head(candidate, context.view)
    start, end = context.view.span_in_original(candidate.start, candidate.end)
    start, end = start + offset, end + offset
    deadline = _deadline(candidate, context)
    actor, ministry = (
        (context.meta.post, context.meta.ministry)
        if kind == "motie"  # a motie asks the government, whoever its text names
        else _actor(context.view.text[candidate.start : candidate.end], context.meta)
    )
    return Found(
        kind=kind,
        quote=text[start:end],
        start=start,
        end=end,
        deadline=deadline.date if deadline else None,
        deadline_text=deadline.text if deadline else None,
        recurring=deadline.recurring if deadline else None,
        actor=actor,
        ministry=ministry,
        refs=_refs(candidate, context),
        motie_status=candidate.motie_status if kind == "motie" else None,
        confidence=round(min(1.0, max(0.0, candidate.confidence)), 2),
        estimate=bool(deadline and deadline.date and deadline.estimate),
        antecedent=_antecedent(text, offset, candidate, context, deadline),
    )


def _antecedent(
    text: str, offset: int, candidate: _Candidate, context: _Context, deadline: Deadline | None
) -> str | None:
    """The letter's own text of the sentence a promise points back at (Found.antecedent): a recalled promise
    it restates, the sentence naming the thing its demonstrative points at ("Dit plan …"), or a sentence
    before one whose own words name nothing it is about, or whose subject its "hierover" is."""
    if candidate.antecedent is None:
        return None
    first, last = context.view.span_in_original(*candidate.antecedent)
    own = context.view.text[candidate.start : candidate.end]
    before = context.view.text[candidate.antecedent[0] : candidate.antecedent[1]]
    restated = _search(cues.RECALLED_PROMISE, before)
    if (
        restated is None
        and pointed_at(before, own) is None
        and pointer_resolved(before, own) is None
        and not names_nothing(own, context.reference, deadline.text if deadline else None)
    ):
        return None
    return text[first + offset : last + offset]
