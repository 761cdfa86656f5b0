"""Finding the commitments in a letter: toezeggingen, deliverables and moties, each with its deadline.

The text is read through its analysis view (hyphenated line breaks joined), split into sentences, and each
sentence is matched against the cues of :mod:`commitments.extraction.cues`. Deadlines come from the deadline
resolver, resolved against the letter date (or the date the caller gives).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from commitments.deadlines import Deadline, primary
from commitments.extraction import cues
from commitments.extraction.cues import Cue, Need
from commitments.extraction.documents import SOURCE_PREFIX
from commitments.extraction.footnotes import Footnote, find_footnotes, markers
from commitments.extraction.metadata import LetterMeta, read_meta, real_refs
from commitments.extraction.moments import deadline_phrases
from commitments.extraction.moties import find_moties
from commitments.extraction.normalise import AnalysisText, analysis_view
from commitments.extraction.sentences import Sentence, split_sentences
from commitments.ministries import find_posts

INDEPENDENT_SENDER_PENALTY = 0.2
DATED_BONUS = 0.05
MOTIE_CONFIDENCE = 0.8
_SUBJECT_POST = re.compile(r"^(?:\S+\s+){0,3}?(?:de|De)\s+(?:minister|staatssecretaris)", re.IGNORECASE)
_CABINET = re.compile(r"\b(?:het|dit)\s+kabinet\b|\bde\s+regering\b", re.IGNORECASE)
_INFORMS_KAMER_BY_ITSELF = re.compile(
    r"\binform\w*|\bge[iï]nformeerd\b|\breactie\b|\brapport\w*|\bbrief\b|\bkabinetsreactie\b", re.IGNORECASE
)


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
    estimate: bool = False  # the deadline rests on an estimated calendar date ("schatting")

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
    kind: str
    start: int  # in the analysis text
    end: int
    confidence: float
    refs: tuple[str, ...] = ()
    motie_status: str | None = None
    # The words of the promise, or the motie's own words ("verzoekt de regering ..."): the deadline is there.
    focus: tuple[int, int] | None = None
    recalled: bool = False  # an earlier promise the letter recalls: its deadline may have passed


@dataclass(frozen=True)
class _Context:
    view: AnalysisText
    meta: LetterMeta
    reference: date
    deadlines: Sequence[Deadline]
    notes: dict[int, Footnote]


def body_start_of(text: str) -> int:
    """Where the letter starts: after a first ``SOURCE:`` line, which is not part of it."""
    if not text.startswith(SOURCE_PREFIX):
        return 0
    newline = text.find("\n")
    return len(text) if newline < 0 else newline + 1


def extract(text: str, reference: date | None = None, body_start: int | None = None) -> Extraction:
    """The commitments in a letter's ``text``; ``reference`` overrides the letter date for deadlines."""
    offset = body_start_of(text) if body_start is None else body_start
    view = analysis_view(text[offset:])
    meta = read_meta(view.text)
    day = reference or meta.date or datetime.now().date()
    sentences = split_sentences(view.text)
    context = _Context(view, meta, day, deadline_phrases(view.text, day), find_footnotes(sentences))
    candidates = [
        _Candidate("motie", item.start, item.end, MOTIE_CONFIDENCE, item.refs, item.status, item.dictum)
        for item in find_moties(view.text, sentences, context.notes)
    ]
    for index, sentence in enumerate(sentences):
        if cues.KAMERSTUK_HEADING.match(sentence.text):
            continue
        candidates.extend(
            _promises(sentence, context, functools.partial(_fulfilled_by_letter, sentences, index))
        )
    found = [_found(text, offset, candidate, context) for candidate in _best_per_span(candidates)]
    return Extraction(meta, text, tuple(sorted(found, key=lambda item: (item.start, item.end))), day)


def _best_per_span(candidates: list[_Candidate]) -> list[_Candidate]:
    """One candidate per span: a motie item wins over a promise read from the same sentence."""
    best: dict[tuple[int, int], _Candidate] = {}
    for candidate in candidates:
        key = (candidate.start, candidate.end)
        if key not in best or (best[key].kind != "motie" and candidate.confidence > best[key].confidence):
            best[key] = candidate
    return list(best.values())


def _in_sentence(context: _Context, start: int, end: int) -> list[Deadline]:
    # The deadlines are sorted by start: a binary search finds the first, so a letter costs n log n.
    first = bisect.bisect_left(context.deadlines, start, key=lambda match: match.start)
    found = []
    for index in range(first, len(context.deadlines)):
        match = context.deadlines[index]
        if match.start >= end:
            break
        if match.end <= end:
            found.append(match)
    return found


def _enclosing(context: _Context, start: int, end: int) -> list[Deadline]:
    # Deadline phrases do not overlap, so only the last one starting at or before ``start`` can hold it.
    last = bisect.bisect_right(context.deadlines, start, key=lambda match: match.start) - 1
    return [context.deadlines[last]] if last >= 0 and end <= context.deadlines[last].end else []


def _fulfilled_by_letter(sentences: Sequence[Sentence], index: int) -> bool:
    """Whether the letter keeps a promise recalled here ("Met deze brief kom ik deze toezegging na")."""
    following = sentences[index : index + 1 + cues.FULFILMENT_REACH]
    return any(cues.VETOES["fulfilled_here"].search(sentence.text) for sentence in following)


def _is_forward(match: Deadline, reference: date) -> bool:
    return not match.backward and (match.date is None or match.date >= reference)


def _moment_ok(cue: Cue, matches: list[Deadline], reference: date) -> bool:
    forward = [match for match in matches if _is_forward(match, reference)]
    if cue.need is Need.DATED:  # the letter's own date is no deadline
        return any(match.date is not None and match.date > reference for match in forward)
    if cue.need is Need.MOMENT:
        return bool(forward)
    return True


def _kind(text: str) -> str:
    if cues.LEGISLATION.search(text):
        return "deliverable"
    informs = re.search(cues.INFORM_VERB, text, re.IGNORECASE)
    if informs and (re.search(cues.KAMER, text) or _INFORMS_KAMER_BY_ITSELF.search(text)):
        return "toezegging"
    return "deliverable"


def _vetoed(text: str) -> bool:
    return any(veto.search(text) for veto in cues.VETOES.values())


def _cue_applies(cue: Cue, text: str, matches: list[Deadline], context: _Context) -> bool:
    government = context.meta.government
    explicit_government = cues.GOVERNMENT_RE.search(text) is not None
    if not government and not explicit_government:
        return False  # an independent sender's "ik" is not the government
    first_person = government and re.search(cues.FIRST_PERSON, text, re.IGNORECASE) is not None
    checks = (
        not cue.first_person or first_person or explicit_government,
        not cue.needs_kamer or re.search(cues.KAMER, text) is not None,
        cue.requires is None or cue.requires.search(text) is not None,
        not cue.present_tense or not cues.THIS_LETTER.search(text),
        not (cue.present_tense and cue.need is Need.DATED and cues.KAMER_MEETING.search(text)),
        not cue.needs_act
        or re.search(cues.ACT_VERB, text, re.IGNORECASE) is not None
        or _moment_ok(Cue("", cue.pattern, Need.MOMENT, 0), matches, context.reference),
        _moment_ok(cue, matches, context.reference),
        cue.name != "intention"
        or not cues.INTENT_NEEDS_MOMENT.match(_intent_word(cue, text))
        or _moment_ok(Cue("", cue.pattern, Need.MOMENT, 0), matches, context.reference),
    )
    return all(checks)


def _intent_word(cue: Cue, text: str) -> str:
    match = cue.pattern.search(text)
    return match.group(0) if match else ""


def _promises(sentence: Sentence, context: _Context, fulfilled: Callable[[], bool]) -> list[_Candidate]:
    text = sentence.text
    if cues.MOTIE_DICTUM.search(text):
        return []
    matches = _in_sentence(context, sentence.start, sentence.end)
    for cue in cues.PROMISE_CUES:
        if (
            not _moment_ok(cue, matches, context.reference)  # needed by _cue_applies, and cheap: first
            or not cue.pattern.search(text)
            or not _cue_applies(cue, text, matches, context)
        ):
            continue
        if _vetoed(text):
            return []
        confidence = cue.confidence + (DATED_BONUS if any(m.date for m in matches) else 0.0)
        if not context.meta.government:
            confidence -= INDEPENDENT_SENDER_PENALTY
        cue_match = cue.pattern.search(text)
        focus = (sentence.start + cue_match.start(), sentence.start + cue_match.end()) if cue_match else None
        return _clauses(sentence, cue.kind, confidence, focus)
    recalled = cues.RECALLED_PROMISE.search(text)
    if recalled and context.meta.government and not fulfilled() and not _vetoed(text):
        return [
            _Candidate("toezegging", sentence.start, sentence.end, cues.RECALLED_CONFIDENCE, recalled=True)
        ]
    return []


def _clauses(
    sentence: Sentence, kind: str | None, confidence: float, focus: tuple[int, int] | None
) -> list[_Candidate]:
    """A sentence, or its coordinated clauses ("zal ... besluiten over X en tevens een reactie geven")."""
    split = cues.SPLIT_COORDINATION.search(sentence.text)
    if not split:
        return [
            _Candidate(kind or _kind(sentence.text), sentence.start, sentence.end, confidence, focus=focus)
        ]
    first = sentence.text[: split.start()]
    second = sentence.text[split.start() :].lstrip(", ")
    middle = sentence.start + len(sentence.text) - len(second)
    return [
        _Candidate(kind or _kind(first), sentence.start, sentence.start + split.start(), confidence),
        _Candidate(kind or _kind(second), middle, sentence.end, confidence),
    ]


def _deadline(candidate: _Candidate, context: _Context) -> Deadline | None:
    matches = _in_sentence(context, candidate.start, candidate.end)
    if candidate.kind == "motie":  # the moment the motie asks for, even when it has passed
        asked = [m for m in matches if candidate.focus and candidate.focus[0] <= m.start < candidate.focus[1]]
        return primary(asked, context.reference, allow_past=True)
    if not matches:
        matches = _enclosing(context, candidate.start, candidate.end)
    if candidate.focus:
        focused = [m for m in matches if m.start < candidate.focus[1] and candidate.focus[0] < m.end]
        matches = focused or matches
    chosen = primary(matches, context.reference, allow_past=candidate.recalled) if matches else None
    if chosen is None:
        forward = [match for match in matches if _is_forward(match, context.reference)]
        chosen = forward[0] if forward else None
    return chosen


def _refs(candidate: _Candidate, context: _Context) -> tuple[str, ...]:
    quote = context.view.text[candidate.start : candidate.end]
    refs = list(candidate.refs) + [ref.ref for ref in real_refs(quote)]
    for _, note in markers(quote, context.notes):
        refs.extend(ref.ref for ref in real_refs(note.text))
    return tuple(dict.fromkeys(refs))


def _actor(quote: str, meta: LetterMeta) -> tuple[str | None, str | None]:
    if _SUBJECT_POST.match(quote):
        posts = [post for post in find_posts(quote) if post.post]
        if posts:
            return posts[0].post, posts[0].ministry
    if _CABINET.search(quote) and not re.search(r"\b(?:ik|wij|we)\b", quote, re.IGNORECASE):
        return "het kabinet", meta.ministry
    return meta.post, meta.ministry


def _found(text: str, offset: int, candidate: _Candidate, context: _Context) -> Found:
    start, end = context.view.span_in_original(candidate.start, candidate.end)
    start, end = start + offset, end + offset
    deadline = _deadline(candidate, context)
    actor, ministry = (
        (context.meta.post, context.meta.ministry)
        if candidate.kind == "motie"  # a motie asks the government, whoever its text names
        else _actor(context.view.text[candidate.start : candidate.end], context.meta)
    )
    return Found(
        kind=candidate.kind,
        quote=text[start:end],
        start=start,
        end=end,
        deadline=deadline.date if deadline else None,
        deadline_text=deadline.text if deadline else None,
        estimate=deadline.estimate if deadline else False,
        recurring=deadline.recurring if deadline else None,
        actor=actor,
        ministry=ministry,
        refs=_refs(candidate, context),
        motie_status=candidate.motie_status if candidate.kind == "motie" else None,
        confidence=round(min(1.0, max(0.0, candidate.confidence)), 2),
    )
