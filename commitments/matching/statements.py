"""Statements in a letter that act on commitments made earlier: fulfilment, partial fulfilment, postponement.

A statement is read by its structure: an act, the object it acts on, and for a postponement the new moment.

- Acts of fulfilment: giving effect ("Hiermee geef ik uitvoering aan de motie …", "Ter uitvoering van de
  motie …", "wordt aan deze behoefte invulling gegeven"), keeping or discharging ("zoals toegezegd",
  "worden de volgende moties afgedaan: …", "beschouwen beide moties als …"), and sending in the present tense
  ("stuur ik u het rapport …", "bied ik u … aan", "treft u … aan"). A letter that opens by recalling a promise
  or a request of the Kamer ("Ik heb toegezegd …", "heeft de Kamer verzocht om een brief") and names no delay
  is the answer to it.
- Acts of postponement: an earlier promise recalled ("Ik heb toegezegd …", "terugkomen op mijn toezegging",
  "de toegezegde reactie", "in tegenstelling tot wat ik heb toegezegd") with a sign of delay, or a slip named
  outright next to its object ("de kabinetsreactie kan niet binnen de termijn geleverd worden", "voor het
  onderzoek uit de motie is meer tijd nodig", "De brief volgt nu in …"); the new moment comes from the
  deadline rules (null when the letter names none), and the reason.
- Objects: a motie by number or by its members ("motie-Van der Staaij c.s.", "de motie van het lid Kuik"),
  also through "deze motie" / "beide moties" back to where the letter named them; a toezegging; Kamervragen;
  or a product by its subject. Each statement points at one target, so a sentence that discharges two moties
  gives two statements; an act that is still to come ("zal ik uitvoering geven", "zend ik medio juli") or
  describes how ("de wijze waarop ik uitvoering geef aan …") acts on nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from commitments.deadlines import Deadline, find, primary
from commitments.extraction.sentences import TRAILING_NOTE, ends_a_sentence
from commitments.matching.action import Action
from commitments.matching.cues import (
    AFTER_EVENT,
    ANAPHOR,
    ANAPHOR_REACH,
    ANAPHOR_WORD,
    ANCHOR,
    ANCHOR_KIND,
    ANSWER_HERE,
    ANSWERING,
    ANTECEDENT_SENTENCES,
    AS_PROMISED,
    ASKED_GOVERNMENT,
    BACK,
    BLANK_LINE,
    BY_PHRASE,
    CAUSE,
    CAUSE_CLAUSE,
    CAUSE_SENTENCE,
    CLAUSE_END,
    COME_BACK,
    DELAY,
    DENIED_DELAY,
    DICTUM,
    DUE_DATE,
    ELSEWHERE,
    EVENT_DATE,
    FINDING,
    FINDS,
    FOCUS_WORDS,
    FRONTED_PERFECT,
    FULFIL_CUES,
    FUTURE,
    GO_INTO,
    HERE,
    INFINITIVE_ACT,
    INFORM_NOW,
    INFORM_OBJECT,
    INTENT,
    INTERIM,
    INTRODUCTION,
    INVOLVED,
    LATE_DELIVERY,
    LATER,
    LIST_ITEM,
    MANNER,
    MEANS,
    MEANS_CLAUSE,
    MISSED,
    MODAL,
    MOVED,
    MOVED_TO,
    NEEDS,
    NEGATION,
    NOT_BUT,
    NOT_THEN,
    OBJECT,
    OBJECT_TAIL,
    OBLIGED,
    ON_SCHEDULE,
    OPENING,
    OTHER_LETTER,
    PARTIAL,
    PARTICIPLE_NEXT,
    PAST_AUXILIARY,
    PLURAL,
    PLURAL_OBJECT,
    PROGRESS,
    PROGRESS_OF,
    PROMISE_MADE,
    PROMISED_AT,
    REACH,
    REASON_LIMIT,
    RECALL,
    RECEIVES,
    REFERS_BACK,
    REGISTER,
    REMAINDER,
    REQUEST,
    SEND_ACT,
    SENDING,
    SENDS,
    SEPARATOR,
    SHIFTED,
    STILL_OPEN,
    SUBJECT_LINE,
    SUBORDINATE,
    SUBORDINATE_OPENS,
    THEREFORE,
    THIS_LETTER,
    TOPIC_SPLIT,
    TOPIC_WORDS,
    UNAFFECTED,
    UNASSERTED_CLAUSE,
    VERB_FINAL_PERFECT,
    WINDOW,
    WITHDRAWN,
    kept_as_recalled,
)
from commitments.matching.text import (
    Members,
    Sentences,
    Span,
    member_groups,
    member_mentions,
    same_stem,
)
from commitments.refs import refs_in
from commitments.subject_words import content_words, stems
from commitments.titles import recalled_thing, shorten, subject_title


@dataclass(frozen=True)
class Target:
    """What a statement points at: the kind of item, its references, members and register numbers, and the
    words around it (with its footnotes) to compare subjects."""

    kind: str | None
    refs: tuple[str, ...]
    members: tuple[str, ...]
    register_numbers: tuple[str, ...]
    words: str
    focus: str = ""  # the object itself ("de stand van zaken van het sanctiepakket"), when it can be told
    context: str = ""  # the paragraph the object stands in (a letter's introduction), counted for half
    # the object of the promise a postponement recalls ("heb ik toegezegd u te informeren over <X>"): it
    # names an item whose subject is X, however short
    recalled: str = ""


@dataclass(frozen=True)
class Statement:
    """One act on one earlier commitment; ``quote == text[start:end]`` of the letter."""

    action: Action
    quote: str
    start: int
    end: int
    target: Target
    new_deadline: Deadline | None = None
    old_deadline: date | None = None
    reason: str | None = None
    # The letter names it as what it answers: its subject line, its opening, a promise recalled and then
    # kept ("… heb ik toegezegd … Daarmee is deze toezegging afgedaan").
    own_subject: bool = False
    # A moment ahead named for a subject, with no word of delay: a postponement only of an item due earlier.
    announced: bool = False
    # The sentence before recalls the promise on this subject that this one keeps with the letter ("… heb ik
    # toegezegd u te informeren over X. Met deze brief informeer ik u over X"): kept however early.
    kept_as_recalled: bool = False


@dataclass(frozen=True)
class _Letter:
    text: str
    read: Sentences
    reference: date

    @property
    def spans(self) -> list[Span]:
        return self.read.spans

    def sentence(self, index: int) -> str:
        span = self.spans[index]
        return self.text[span.start : span.end]


def find_statements(text: str, reference: date, start: int = 0) -> list[Statement]:
    """Every acting statement in ``text[start:]``, in order; deadlines resolved against ``reference``."""
    found, _ = _read(_Letter(text, Sentences.of(text, start), reference))
    return found


def find_announcements(text: str, reference: date, start: int = 0) -> list[Statement]:
    """The moments ahead the letter names outside its acting statements ("Het wetsvoorstel wordt in het
    voorjaar van 2025 ingediend"): postponements of items on the same subject that were due earlier."""
    letter = _Letter(text, Sentences.of(text, start), reference)
    _, used = _read(letter)
    announced = (_announcement(letter, index) for index in range(len(letter.spans)) if index not in used)
    return [statement for statement in announced if statement is not None]


def _read(letter: _Letter) -> tuple[list[Statement], set[int]]:
    """The acting statements and the sentences they were read from."""
    found: list[Statement] = []
    used: set[int] = set()
    for index in range(len(letter.spans)):
        if index not in used:
            postponement = _postponement(letter, index)
            if postponement is not None:
                statements, consumed = postponement
                if not (found and _names_nothing(letter.sentence(index))):
                    found.extend(statements)
                used.update(consumed)
    opening = _opening(letter)
    introductory = [index for index in _introductory(letter) if index not in used]
    topics, introduced = _introduction(letter, introductory)
    found.extend(topic for topic in topics if not _postponed(topic, found))
    used.update(introduced)
    for index in range(len(letter.spans)):
        if index not in used:
            statements, consumed = _fulfilments(letter, index, index in opening)
            found.extend(statements)
            used.update(consumed)
    return sorted(found, key=lambda statement: (statement.start, statement.end)), used


def _names_nothing(sentence: str) -> bool:
    """A delay said of no object of its own ("Ik betreur het dat ik u later informeer dan ik heb
    toegezegd"): after a postponement the letter stated with its object, it repeats that one."""
    own = RECALL.sub(" ", DELAY.sub(" ", sentence))
    return not (OBJECT.search(own) or refs_in(sentence) or member_groups(sentence))


# --- fulfilment -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Cue:
    start: int
    action: Action | None  # None: progress or a negated act, which acts on nothing


def _cues(sentence: str, reference: date) -> list[_Cue]:
    cues = []
    # "stuur ik u, zoals toegezegd, voor de zomer", "ontvangt u, zoals toegezegd, na de verkiezingen": not
    # done now, the act is one of sending that this letter does not do
    restates = _ahead(sentence, reference) or sent_later(sentence)
    for pattern in FULFIL_CUES:
        for match in pattern.finditer(sentence):
            kept = not (restates and pattern is AS_PROMISED)
            action = _fulfil_action(sentence, match.start(), match.end()) if kept else None
            cues.append(_Cue(match.start(), action))
    cues.extend(_Cue(match.start(), None) for match in PROGRESS.finditer(sentence))
    return sorted(cues, key=lambda cue: cue.start)


def sent_later(sentence: str) -> bool:
    """Whether the sentence sends or informs, but not with this letter ("de evaluatie ontvangt u na die
    verkiezingen", "bericht ik u afzonderlijk")."""
    return SEND_ACT.search(sentence) is not None and sends_now(sentence) is None


def acts_now(text: str) -> bool:
    """Whether a cue of fulfilling in ``text`` acts now: not negated, not still to come."""
    later = sent_later(text)
    return any(
        _fulfil_action(text, match.start(), match.end()) is not None
        for pattern in FULFIL_CUES
        if not (later and pattern is AS_PROMISED)
        for match in pattern.finditer(text)
    )


def _fulfil_action(sentence: str, start: int, end: int) -> Action | None:
    """Fulfil or partial for a cue; None when it is negated or still to come ("zal ik uitvoering geven")."""
    if without_unasserted(sentence)[start:end].isspace():
        return None  # "of daarmee aan de motie is voldaan, beoordeel ik later"
    before = sentence[max(0, start - 80) : start]
    after = sentence[end : end + 60]
    if NEGATION.search(before[-50:]) or NEGATION.search(after) or MANNER.search(before[-40:]):
        return None
    if NEGATION.search(sentence[max(start, sentence.rfind(",", start, end) + 1) : end]):
        return None  # negated in its own clause: "(de motie, waar X om vraagt,) is niet uitgevoerd"
    clause = sentence[max(sentence.rfind(mark, 0, start) for mark in ",;:") + 1 : start]
    if (FUTURE.search(before) or OBLIGED.search(before) or FUTURE.search(clause)) and INFINITIVE_ACT.search(
        sentence[start : end + 60]
    ):
        return None  # "zal ik uitvoering geven", "moet ook invulling geven aan de motie", "Ik verwacht de
        # motie … na de zomer als afgedaan te kunnen beschouwen" (the whole clause, however long its object)
    if OTHER_LETTER.search(sentence, end, _clause_end(sentence, end)):
        return None  # "Die vraag beantwoord ik in een afzonderlijke brief": another letter does it
    return Action.PARTIAL if PARTIAL.search(sentence[max(0, start - 60) : end + 60]) else Action.FULFIL


def _fulfilments(letter: _Letter, index: int, opening: bool) -> tuple[list[Statement], set[int]]:
    sentence = letter.sentence(index)
    cues = _cues(sentence, letter.reference)
    if not any(cue.action for cue in cues):
        return _sent_promise(letter, index) or _answer(letter, index, opening), set()
    if left_for_later(*neighbours(letter.text, letter.spans, index)) or means_to_come(
        sentence, letter.reference
    ):
        return [], {index}
    items = _list_items(letter, index) if sentence.rstrip().endswith(":") else []
    if items:
        lead = next(cue.action for cue in cues if cue.action)
        listed = [_statement(letter, lead, _after_marker(letter.text, item), item.end) for item in items]
        return [statement for statement in listed if _identified(statement)], {index}
    statements: list[Statement] = []
    base = letter.spans[index].start
    for segment_start, segment_end, anchor_start in _segments(sentence):
        action = _governing(cues, segment_start, segment_end, anchor_start)
        if action is None:
            continue
        found = _split(letter, action, base + segment_start, base + segment_end, letter.spans[index])
        if not any(_named(statement.target) for statement in found):
            reach = max(0, segment_start - ANAPHOR_REACH)  # "beide" stands before the anchor "moties"
            anaphor = ANAPHOR.search(sentence, reach, segment_end)
            if anaphor is not None:
                earlier = _antecedents(letter, index, action, base + anaphor.end())
                found = earlier or _recalled_promise(letter, index, action) or found
        statements.extend(statement for statement in found if _identified(statement))
    return statements, {index}


def neighbours(text: str, spans: Sequence[Span], index: int) -> tuple[str, str, str]:
    """The sentence before ``index`` in its paragraph, the sentence, and the one after it there ("" where
    a blank line or the letter's edge stands between)."""

    def joined(first: int) -> bool:
        return (
            first >= 0
            and first + 1 < len(spans)
            and not BLANK_LINE.search(text, spans[first].end, spans[first + 1].start)
        )

    def sentence(at: int) -> str:
        return text[spans[at].start : spans[at].end]

    return (
        sentence(index - 1) if joined(index - 1) else "",
        sentence(index),
        sentence(index + 1) if joined(index) else "",
    )


def left_for_later(before: str, sentence: str, after: str) -> bool:
    """Whether an act in ``sentence`` is left for later by its paragraph: the motie is said to stay open
    there ("Daarmee wordt invulling gegeven aan de motie. Tot die tijd houd ik haar open."), the sentence
    comes back to it later ("De motie-X werk ik uit; ik kom daarop in het najaar terug") or takes it into
    account in other work ("De motie-X betrek ik bij de herziening"), or the means it names is still to
    come in the sentence before ("… zal u de uitkomsten in mei sturen. Met de uitkomsten geef ik invulling
    aan de motie.")."""
    if STILL_OPEN.search(sentence) or STILL_OPEN.search(after):
        return True
    if (COME_BACK.search(sentence) and not THIS_LETTER.search(sentence)) or INVOLVED.search(sentence):
        return True
    means = MEANS.match(sentence)
    if means is None or not (FUTURE.search(before) or LATER.search(before)):
        return False
    named = means["means"]
    return named is None or any(
        same_stem(stem, other) for stem in stems([named]) for other in stems(content_words(before))
    )


def means_to_come(sentence: str, reference: date) -> bool:
    """Whether the means of the act is said, in a clause of its own, to come later ("Met het actieplan, dat
    u in het najaar ontvangt, geef ik uitvoering aan de motie"): the act is done then, not now."""
    return any(_ahead(found.group(), reference) for found in MEANS_CLAUSE.finditer(sentence))


def _named(target: Target) -> bool:
    return bool(target.refs or target.members or target.register_numbers)


_THE_MOTIE = re.compile(r"\b(?:de|deze|die)\s+motie\b", re.IGNORECASE)  # one motie, named before


def _antecedents(letter: _Letter, index: int, action: Action, end: int) -> list[Statement]:
    """The moties or promises "deze motie" / "beide moties" / "hiermee" points back to: those named (by
    members, with the Kamerstuk after them) in the sentences before, the nearest one for a singular."""
    start = letter.spans[max(0, index - ANTECEDENT_SENTENCES)].start
    if not member_mentions(letter.text[start:end]) and _THE_MOTIE.search(letter.sentence(index)):
        # "Hiermee is de motie afgedaan": the motie named last, however far back
        start = letter.spans[max(0, index - REACH)].start
    window = letter.text[start:end]
    mentions = member_mentions(window)
    found: list[tuple[Members | None, tuple[str, ...]]] = []
    for position, (mention_start, _, members) in enumerate(mentions):
        stop = mentions[position + 1][0] if position + 1 < len(mentions) else len(window)
        # its number, inside the mention ("de motie van het lid X (Kamerstuk …)") or after it ("… een motie
        # ingediend (Kamerstuk 36 200 VI, nr. 76)")
        after = window[mention_start:stop]
        found.append((members, tuple(refs_in(" ".join([after, *letter.read.notes_in(after)])))))
    if not found and ANCHOR.search(window):
        found = [(None, (ref,)) for ref in refs_in(window)]
    plural = PLURAL.search(letter.text[letter.spans[index].start : end])
    sentence = letter.spans[index]
    quote = letter.text[sentence.start : sentence.end]
    return [
        Statement(action, quote, sentence.start, sentence.end, _target(letter, window, named, refs))
        for named, refs in (found if plural else found[-1:])
    ]


def _recalled_promise(letter: _Letter, index: int, action: Action) -> list[Statement]:
    """ "Daarmee is deze toezegging afgedaan" after a sentence that recalls a promise without a number ("In
    het commissiedebat … heb ik toegezegd uw Kamer te informeren over X"): the act is on that promise, and
    its object is what the recalling sentence names."""
    for other in range(index - 1, max(-1, index - 1 - REACH), -1):
        if index - other > ANTECEDENT_SENTENCES and not _same_paragraph(letter, other, index):
            break  # further back only within the paragraph
        recalled = letter.sentence(other)
        if RECALL.search(recalled) or REQUEST.search(recalled) or PROMISE_MADE.search(recalled):
            span = letter.spans[index]
            words = " ".join([recalled, *letter.read.notes_in(recalled), letter.sentence(index)])
            anchor = ANCHOR.search(recalled)  # "mij in een motie verzocht": a motie
            moved = anchor is not None and ANCHOR_KIND.get(anchor.group(0).lower()[:4]) == "motie"
            kind = "motie" if moved or ASKED_GOVERNMENT.search(recalled) else "toezegging"
            target = Target(kind, (), (), tuple(REGISTER.findall(words)), words, _focus(recalled))
            quote = letter.sentence(index)
            return [Statement(action, quote, span.start, span.end, target, own_subject=True)]
    return []


def _focus(sentence: str) -> str:
    """The object of an informing or sending act ("informeer ik u over <…>"), or "" when none is told."""
    match = _object(sentence)
    return OBJECT_TAIL.sub("", match["object"]).strip() if match is not None else ""


def _object(sentence: str) -> re.Match[str] | None:
    """The first informing or sending act with its object."""
    for pattern in INFORM_OBJECT:
        match = pattern.search(sentence)
        if match is not None:
            return match
    return None


def _introduction(letter: _Letter, opening: Sequence[int]) -> tuple[list[Statement], set[int]]:
    """What the letter itself says it is about: its subject line ("Betreft …") and an opening sentence that
    says what this letter does ("Met deze brief informeer ik u over X en over Y", "Hierbij zend ik u …").
    A Kamerbrief is the act of informing, so each subject it names answers the promise to inform about it,
    even when no "hiermee is de toezegging afgedaan" follows; one statement per subject named. A subject
    that names a delay ("Uitstel evaluatie …") answers nothing."""
    found: list[Statement] = []
    used: set[int] = set()
    paragraph = " ".join(letter.sentence(index) for index in opening)
    for index in opening:
        sentence = letter.sentence(index)
        act = _object(sentence)
        if (
            act is None
            or not (
                THIS_LETTER.search(sentence)
                or ANSWERING.match(sentence)
                or (  # "Daarnaast informeer ik uw Kamer over …": present, with no moment ahead
                    INFORM_NOW.search(sentence)
                    and not (_ahead(sentence, letter.reference) or LATER.search(sentence))
                )
            )
            or FUTURE.search(sentence[: act.start()])  # "zal ik u informeren over", not "ga ik in op"
            or any(c.action for c in _cues(sentence, letter.reference))
        ):
            continue
        if any(INTERIM.search(letter.sentence(other)) for other in opening if other > index):
            continue  # "Over de uitkomsten hiervan zal ik u nader informeren": not the answer yet
        focus = _focus(sentence)
        if len(content_words(focus)) < FOCUS_WORDS or DELAY.search(sentence):
            continue  # "een afschrift treft u bijgaand aan": no subject named

        span = letter.spans[index]
        part_after = _part_said_after(letter, index)
        before = letter.sentence(index - 1) if index > 0 and ANAPHOR_WORD.search(focus) else ""
        kind = "toezegging" if SENDS.search(sentence) else "informatie"  # a reply delivers no product
        for topic in _topics(focus):
            words = " ".join(part for part in (before, topic) if part)
            target = Target(kind, (), (), (), sentence, words, paragraph)
            kept = _keeps_recalled(letter, index, topic)
            found.append(
                Statement(
                    Action.PARTIAL if part_after else _topic_action(topic),
                    sentence,
                    span.start,
                    span.end,
                    target,
                    own_subject=True,
                    kept_as_recalled=kept,
                )
            )
        listed = _list_items(letter, index) if sentence.rstrip().endswith(":") else []
        for item in listed:  # "… over de volgende onderwerpen: • Het Bestuursakkoord Bonaire; • …"
            topic = letter.text[_after_marker(letter.text, item) : item.end].rstrip(" ;.,")
            target = Target(kind, (), (), (), topic, topic, paragraph)
            found.append(
                Statement(_topic_action(topic), topic, item.start, item.end, target, own_subject=True)
            )
        used.add(index)
    line = SUBJECT_LINE.search(letter.text)
    if line is not None:
        start = line.start("subject")
        for topic in _topics(line["subject"]):
            target = Target("informatie", (), (), (), line["subject"], topic)
            end = start + len(line["subject"])
            found.append(
                Statement(_topic_action(topic), line["subject"], start, end, target, own_subject=True)
            )
    return [
        _as_part_of(statement, found) for statement in found if not DELAY.search(statement.target.focus)
    ], used


def _as_part_of(statement: Statement, introduced: Sequence[Statement]) -> Statement:
    """A subject the letter names that its opening sends only part of ("Hierbij stuur ik u het eerste deel
    van de voortgangsrapportage …" under "Betreft: Voortgangsrapportage …") is partly fulfilled."""
    words = set(content_words(statement.target.focus))
    part = any(
        other.action is Action.PARTIAL and words <= set(content_words(other.target.focus))
        for other in introduced
    )
    return (
        replace(statement, action=Action.PARTIAL) if part and statement.action is Action.FULFIL else statement
    )


def _postponed(topic: Statement, statements: Sequence[Statement]) -> bool:
    """Whether a subject the letter names (its subject line, its opening) is what a postponement in it
    speaks of: "Betreft Kabinetsreactie IBO …" over "De kabinetsreactie op het IBO … kan ik u niet eerder
    dan in december sturen" announces the delay, it delivers nothing."""
    own = stems(content_words(topic.target.focus))
    if not own:
        return False
    for statement in statements:
        if statement.action is Action.POSTPONE:
            theirs = stems(content_words(statement.quote))
            held = [word for word in own if any(same_stem(word, other) for other in theirs)]
            if len(held) * 2 > len(own):
                return True
    return False


def _keeps_recalled(letter: _Letter, index: int, topic: str) -> bool:
    """Whether sentence ``index`` keeps with this letter a promise on ``topic`` that the sentence before it,
    in its paragraph, recalls (:func:`~commitments.matching.cues.kept_as_recalled`): most of the topic's
    words are the recalled promise's."""
    if index == 0 or not _same_paragraph(letter, index - 1, index):
        return False
    before = letter.sentence(index - 1)
    if not kept_as_recalled(before, letter.sentence(index)):
        return False
    recalled = stems(content_words(before))
    own = stems(content_words(topic))
    shared = [word for word in own if any(same_stem(word, other) for other in recalled)]
    return bool(own) and 2 * len(shared) > len(own)


def _part_said_after(letter: _Letter, index: int) -> bool:
    """Whether the next sentence of the paragraph points back at what sentence ``index`` sends and calls it a
    part ("Met deze brief stuur ik u de monitor. Daarmee doe ik een deel van mijn toezegging gestand.")."""
    if index + 1 >= len(letter.spans) or not _same_paragraph(letter, index, index + 1):
        return False
    after = letter.sentence(index + 1)
    return BACK.match(after) is not None and PARTIAL.search(after) is not None


def _topic_action(topic: str) -> Action:
    return Action.PARTIAL if PARTIAL.search(topic) else Action.FULFIL


def _topics(text: str) -> list[str]:
    """The subjects one line names: "de voortgang van X en over Y" → X…, Y…; a piece of one or two words
    ("Cultuur", "Wetenschap") stays with the one before."""
    topics: list[str] = []
    for piece in TOPIC_SPLIT.split(text):
        piece = re.sub(r"^(?:over|op)\s+", "", piece.strip(), flags=re.IGNORECASE)
        if topics and len(piece.split()) <= TOPIC_WORDS:
            topics[-1] = f"{topics[-1]} en {piece}"
        elif piece:
            topics.append(piece)
    return topics


def ahead(text: str, reference: date, start: int = 0) -> tuple[str, ...]:
    """The sentences that announce something for later ("Het wetsvoorstel wordt in het najaar ingediend",
    "Voor de zomer ontvangt u de rapportage", "In de volgende voortgangsbrief informeer ik u …")."""
    letter = _Letter(text, Sentences.of(text, start), reference)
    return tuple(letter.sentence(index) for index in range(len(letter.spans)) if _announces(letter, index))


def _announces(letter: _Letter, index: int) -> bool:
    """Whether the sentence announces something for later. A sentence that sends something now counts only
    with a moment it is due by ("voor de zomer"), not one it names an event by ("het vragenuur van
    7 november")."""
    sentence = letter.sentence(index)
    if not ends_a_sentence(sentence):
        return False
    sends = (SEND_ACT.search(sentence) or THIS_LETTER.search(sentence)) and not FUTURE.search(sentence)
    told = _without_recalled(sentence)
    return bool(
        LATER.search(told)
        or ((FUTURE.search(told) or INTENT.search(told)) and _ahead(told, letter.reference, not sends))
    )


_PROMISED = re.compile(r"\b(?:toegezegd|beloofd|aangekondigd|verzekerd)$", re.IGNORECASE)


def _without_recalled(sentence: str) -> str:
    """The sentence without what a promise recalled in the perfect said, up to the end of its clause: "heb
    ik toegezegd de resultaten te sturen zodra het rapport gereed was" told then what was to come, so the
    sentence announces nothing by it ("Zoals ik heb toegezegd, ontvangt u … zodra …" keeps its main
    clause; "Ik zeg u toe …" and "de toegezegde brief" are no recalled perfect)."""
    recalled = next((found for found in RECALL.finditer(sentence) if _PROMISED.search(found.group())), None)
    if recalled is None:
        return sentence
    ends = [at for at in (sentence.find(mark, recalled.end()) for mark in ",;:") if at >= 0]
    return sentence[: recalled.end()] + sentence[min(ends, default=len(sentence)) :]


def _announcement(letter: _Letter, index: int) -> Statement | None:
    """A moment ahead named for a subject ("Het wetsvoorstel wordt in het voorjaar van 2025 ingediend"): it
    postpones an item on that subject that was due clearly earlier, however the letter words it (no
    "uitstel" needed); scoring checks the item's deadline, so an item due by then is left alone."""
    sentence = letter.sentence(index)
    if not _announces(letter, index) or ON_SCHEDULE.search(sentence):
        return None
    moment = _moment_ahead(sentence, letter.reference)
    if moment is None or moment.date is None or moment.date <= letter.reference or moment.starts:
        return (
            None  # "waarin de opvang vanaf 2027 … wordt betaald": from when a thing holds, not when it is due
        )
    span = letter.spans[index]
    target = _target(letter, sentence)
    # "Ik verwacht uw Kamer hierover dit najaar te informeren": the subject is in the sentence before, unless
    # that sentence announces a moment of its own (then "hierover" is a further step, not the same subject).
    if index > 0 and REFERS_BACK.search(sentence) and not _announces(letter, index - 1):
        earlier = letter.sentence(index - 1)
        target = Target(
            target.kind, target.refs, target.members, target.register_numbers, f"{earlier} {sentence}"
        )
    return Statement(
        Action.POSTPONE, sentence, span.start, span.end, target, new_deadline=moment, announced=True
    )


def opening_sentences(text: str, reference: date, start: int = 0) -> set[int]:
    """The indexes (into :attr:`Sentences.spans`) of the letter's opening: its first prose sentences."""
    return _opening(_Letter(text, Sentences.of(text, start), reference))


def _opening(letter: _Letter) -> set[int]:
    """The first prose sentences of the letter (not its heading, addressee or date line, and not past its
    first heading); once the first has said what the letter does ("Met deze brief informeer ik u over X")
    or which promise or request it takes up ("Zoals toegezegd ontvangt u X"), a new paragraph is its body."""
    found = _introductory(letter)[:OPENING]
    if len(found) > 1 and not _same_paragraph(letter, found[0], found[1]):
        first = letter.sentence(found[0])
        if (
            THIS_LETTER.search(first)
            or SENDING.search(first)
            or ANSWERING.match(first)
            or AS_PROMISED.search(first)
            or RECALL.search(first)
            or REQUEST.search(first)
        ):
            return {found[0]}
    return set(found)


def _introductory(letter: _Letter) -> list[int]:
    """The prose before the letter's first heading (at most ``INTRODUCTION`` sentences): where a letter
    says what it is about ("In deze brief informeren wij uw Kamer over …" may follow a few lines)."""
    found: list[int] = []
    for index in range(len(letter.spans)):
        sentence = letter.sentence(index)
        if _is_prose(sentence):
            found.append(index)
        elif LIST_ITEM.match(letter.text, letter.spans[index].start):
            continue  # the subjects listed after "… over de volgende onderwerpen:"
        elif found and TRAILING_NOTE.sub("", sentence.rstrip())[-1:] not in {".", ":", "?"}:
            break  # a heading: no full stop
        if len(found) == INTRODUCTION:
            break
    return found


def _is_prose(sentence: str) -> bool:
    words = sentence.split()
    lower = sum(1 for word in words if word[:1].islower())
    return ends_a_sentence(sentence) and lower / len(words) >= 0.6


def _answer(letter: _Letter, index: int, opening: bool) -> list[Statement]:
    """A letter answering a promise or request: something sent now ("stuur ik u het rapport …", "bied ik u
    mijn voortgangsrapportage aan"), or an opening that recalls a promise or request with no delay after it.
    It names no motie, so it points at a toezegging by its subject."""
    sentence = letter.sentence(index)
    send = sends_now(sentence)
    if send is not None and (
        _ahead(sentence[send.end() :], letter.reference) or FUTURE.search(sentence[: send.start()][-40:])
    ):
        send = None
    # "… ontvangt u, zoals ik heb toegezegd, na de verkiezingen" recalls a promise it says is kept later
    recalled = (
        opening
        and not sent_later(sentence)
        and (RECALL.search(sentence) or REQUEST.search(sentence) or PROMISE_MADE.search(sentence))
    )
    if send is None and not recalled:
        return []
    # A delay next to a recalled promise is its postponement; a thing sent now is sent whatever else is late.
    around = range(max(0, index - 1), min(len(letter.spans), index + 3))
    if any(DELAY.search(letter.sentence(other)) for other in (around if send is None else [index])):
        return []
    if any(INTERIM.search(letter.sentence(other)) for other in around if other > index):
        return []  # "Over de uitkomsten hiervan zal ik u nader informeren": this letter is not the answer yet
    if _progress_told(letter, index, around):
        return []
    if send is None:
        window = range(index + 1, min(len(letter.spans), index + WINDOW + 1))
        later = next((other for other in window if _announces(letter, other)), None)
        if later is not None:
            # "De vaste commissie vroeg om een reactie. … Die zal ik u na de zomer sturen": not answered now;
            # a request (not a promise of the minister's, whose delays are read above) is thereby moved.
            return _request_moved(letter, index, later) if REQUEST.search(sentence) else []
    refers_back = opening or ANAPHOR.search(sentence) or BACK.match(sentence)
    earlier = letter.sentence(index - 1) if index > 0 and refers_back else ""
    words = " ".join(part for part in (earlier, sentence) if part)
    action = _answered(letter, index)
    target = Target("toezegging", (), (), tuple(dict.fromkeys(REGISTER.findall(words))), words)
    span = letter.spans[index]
    return [Statement(action, sentence, span.start, span.end, target, own_subject=opening)]


def sends_now(text: str) -> re.Match[str] | None:
    """A present act of sending or informing done by this letter: not one done apart or later ("bericht ik u
    afzonderlijk, zodra de datum bekend is"), nor one that points to another document ("Informatie over X
    vindt u in de halfjaarlijkse rapportage"); read in the act's own clause."""
    send = SEND_ACT.search(text)
    if send is None or for_later(text, send):
        return None
    start, end = _clause_of(text, send)
    clause = text[start:end]
    if RECEIVES.match(text, send.start()) and not HERE.search(clause):
        return None
    if FINDS.search(clause) and ELSEWHERE.search(clause) and not ANSWER_HERE.search(clause):
        return None
    return send


def for_later(text: str, act: re.Match[str]) -> bool:
    """Whether an act in the present tense is for later, read in its own clause: done apart or later
    ("afzonderlijk", "zodra"), or after an event still to come ("bericht ik u na afloop ervan", "informeer ik
    u na de vaststelling ervan"), unless this letter does it ("Hierbij stuur ik u, na overleg met …")."""
    start, end = _clause_of(text, act)
    clause = text[start:end]
    if LATER.search(clause):
        return True
    now = SENDING.search(clause) or THIS_LETTER.search(clause)
    return not now and AFTER_EVENT.search(text, act.end(), end) is not None


def _clause_end(text: str, start: int) -> int:
    """Where the clause going on at ``start`` ends: at the next semicolon or full stop."""
    ends = [at for at in (text.find(";", start), text.find(". ", start)) if at >= 0]
    return min(ends, default=len(text))


def _clause_of(text: str, act: re.Match[str]) -> tuple[int, int]:
    """Where the clause of ``act`` starts and ends: at the semicolon or full stop before and after it."""
    start = max(text.rfind(";", 0, act.start()), text.rfind(". ", 0, act.start())) + 1
    return start, _clause_end(text, act.end())


def _request_moved(letter: _Letter, index: int, later: int) -> list[Statement]:
    """A request of the Kamer recalled in the opening and answered at a later moment: a postponement of the
    item that holds the request, to that moment (null when the letter names none: "zo spoedig mogelijk")."""
    announcing = letter.sentence(later)
    matches = [match for match in find(announcing, letter.reference) if not match.backward]
    moment = primary(matches, letter.reference)
    request = letter.sentence(index)
    if index > 0 and (ANAPHOR_WORD.search(request) or REFERS_BACK.search(request)):
        request = f"{letter.sentence(index - 1)} {request}"  # "ten aanzien van dit dossier": named before
    words = " ".join([request, announcing])
    span = Span(letter.spans[index].start, letter.spans[later].end)
    target = Target("toezegging", (), (), tuple(REGISTER.findall(words)), words, request)
    quote = letter.text[span.start : span.end]
    return [Statement(Action.POSTPONE, quote, span.start, span.end, target, new_deadline=moment)]


def _ahead(sentence: str, reference: date, named_events: bool = True) -> bool:
    """Whether the sentence names a moment after the letter date ("zend ik u medio juli een brief"); a
    recurrence ("de jaarlijkse monitor") names what is sent, not when. Without ``named_events`` a moment
    that names an event ("het vragenuur van 7 november") does not count."""
    return any(
        match.date is not None
        and match.date > reference
        and not match.backward
        and not match.recurring
        and not in_the_past(sentence, match)
        and (named_events or not EVENT_DATE.search(sentence[: match.start]))
        for match in find(sentence, reference)
    )


def _governing(cues: list[_Cue], start: int, end: int, anchor: int) -> Action | None:
    """The act of the last cue before the target's anchor, else of the first cue inside its segment."""
    before = [cue for cue in cues if cue.start <= anchor]
    if before:
        return before[-1].action
    inside = [cue for cue in cues if start <= cue.start < end]
    return inside[0].action if inside else None


def _segments(sentence: str) -> list[tuple[int, int, int]]:
    """(start, end, anchor start) per target: a new one begins at an anchor after "en", "," or ";"."""
    anchors = [match.start() for match in ANCHOR.finditer(sentence)]
    starts = [0]
    for previous, anchor in pairwise(anchors):
        if SEPARATOR.search(sentence[previous:anchor]):
            starts.append(anchor)
    bounds = [*starts[1:], len(sentence)]
    segments = []
    for start, end in zip(starts, bounds, strict=False):
        inside = [anchor for anchor in anchors if start <= anchor < end]
        segments.append((start, end, inside[0] if inside else start))
    return segments


def _list_items(letter: _Letter, index: int) -> list[Span]:
    """The list items after a lead-in ("worden de volgende moties afgedaan:"), each with its sentences."""
    items: list[Span] = []
    for span in letter.spans[index + 1 :]:
        if LIST_ITEM.match(letter.text, span.start):
            items.append(span)
        elif items and not letter.text[items[-1].end : span.start].count("\n\n"):
            items[-1] = Span(items[-1].start, span.end)  # a second sentence of the same item
        else:
            break
    return items


def _after_marker(text: str, item: Span) -> int:
    marker = LIST_ITEM.match(text, item.start)
    return marker.end() if marker else item.start


def _sent_promise(letter: _Letter, index: int) -> list[Statement]:
    """A recalled promise or request next to an answer given here ("In de bijlage vindt u …", "Hieronder
    ga ik daarop in") with no sign of delay: the letter fulfils it, wherever in the letter it stands."""
    sentence = letter.sentence(index)
    if not (RECALL.search(sentence) or PROMISE_MADE.search(sentence) or REQUEST.search(sentence)):
        return []
    around = range(max(0, index - 1), min(len(letter.spans), index + 3))
    answering = [other for other in around if _answers_here(letter.sentence(other))]
    # a delay counts in the paragraphs of the promise and of its answer: one in another paragraph is another
    # thing's
    told = [
        other
        for other in around
        if any(_same_paragraph(letter, min(one, other), max(one, other)) for one in (index, *answering))
    ]
    if any(DELAY.search(letter.sentence(other)) or _announces(letter, other) for other in told):
        return []
    answers = [letter.sentence(other) for other in answering]
    if not answers or _progress_told(letter, index, around):
        return []
    # "Met deze brief doe ik een deel van die toezegging gestand": the answer says it is a part
    action = Action.PARTIAL if any(PARTIAL.search(answer) for answer in answers) else _answered(letter, index)
    span = letter.spans[index]
    # recalled in the letter's opening, the promise is what the letter is about
    statement = replace(
        _statement(letter, action, span.start, span.end), own_subject=index in _opening(letter)
    )
    # kept with this letter ("Met deze brief informeer ik u …" after it): the promised thing, however early,
    # and the moment it was recalled with tells which
    if not any(kept_as_recalled(sentence, answer) for answer in answers):
        return [statement]
    old = _old_deadline(letter.read.unmarked(sentence), letter.reference)
    target = replace(statement.target, recalled=subject_title(sentence, letter.reference))
    return [replace(statement, target=target, kept_as_recalled=True, old_deadline=old)]


def _progress_told(letter: _Letter, index: int, around: range) -> bool:
    """Whether the recalled promise at ``index`` is answered only with the state of what was promised ("Met
    deze brief informeer ik u over de stand van zaken van die evaluatie"): not delivered yet."""
    return any(tells_progress(letter.sentence(other)) for other in around if other >= index)


def tells_progress(sentence: str) -> bool:
    """Whether the object ``sentence`` informs about is the state of a product still being made ("informeer
    ik u over de stand van zaken van die evaluatie"), which does not deliver the product."""
    return PROGRESS_OF.search(_focus(sentence)) is not None


def _answered(letter: _Letter, index: int) -> Action:
    """Partly when the answer or the sentence after it says so ("gedeeltelijk", "het eerste onderwerp") or a
    sentence on the same subject soon after names a remainder still to come ("De herberekeningen van de
    overige 33 kunstwerken … zijn in het voorjaar afgerond"); else wholly."""
    if PARTIAL.search(letter.sentence(index)):
        return Action.PARTIAL
    following = index + 1 < len(letter.spans) and _same_paragraph(letter, index, index + 1)
    if following and PARTIAL.search(letter.sentence(index + 1)):
        return Action.PARTIAL  # "… over twee onderwerpen: X en Y. Over het eerste onderwerp kan ik u nu …"
    subject = _subject_stems(letter.sentence(index), letter.reference)
    for other in range(index + 1, min(len(letter.spans), index + REACH + 1)):
        sentence = letter.sentence(other)
        if not REMAINDER.search(sentence) or not subject & _subject_stems(sentence, letter.reference):
            continue
        if any(_announces(letter, later) for later in range(other, min(len(letter.spans), other + 2))):
            return Action.PARTIAL
    return Action.FULFIL


def _answers_here(sentence: str) -> bool:
    """Whether the sentence gives the answer in this letter, now: "Hierbij stuur ik …", "Hieronder ga ik
    daarop in", "In deze brief …"."""
    present = GO_INTO.sub("", sentence)  # "ga ik daarop in" is now, not a future "ga"
    return bool(SENDING.search(sentence) or (ANSWER_HERE.search(sentence) and not FUTURE.search(present)))


def _split(letter: _Letter, action: Action, start: int, end: int, sentence: Span) -> list[Statement]:
    """One statement per motion when a segment names several ("de moties van de leden A1 en B2")."""
    fragment = letter.text[start:end]
    groups = member_groups(fragment)
    refs = refs_in(fragment)
    plural = PLURAL_OBJECT.search(fragment) is not None
    if plural and len(groups) > 1:
        return [_statement(letter, action, start, end, group, sentence) for group in groups]
    if plural and len(refs) > 1 and len(groups) <= 1:
        return [_statement(letter, action, start, end, refs=(ref,), sentence=sentence) for ref in refs]
    return [_statement(letter, action, start, end, sentence=sentence)]


def _statement(
    letter: _Letter,
    action: Action,
    start: int,
    end: int,
    members: Members | None = None,
    sentence: Span | None = None,
    refs: tuple[str, ...] | None = None,
) -> Statement:
    """A fulfilment statement quoting the whole sentence, pointing at the target in ``text[start:end]``."""
    quote = sentence or Span(start, end)
    target = _target(letter, letter.text[start:end], members, refs)
    return Statement(action, letter.text[quote.start : quote.end], quote.start, quote.end, target)


def _identified(statement: Statement) -> bool:
    """Whether a statement names what it acts on: a motie, toezegging or question, a Kamerstuk or TZ number.

    "uitvoering gegeven aan de afspraak uit het coalitieakkoord" acts on no commitment of the Kamer.
    """
    target = statement.target
    return bool(target.kind or target.refs or target.register_numbers or ANCHOR.search(target.words))


def _target(
    letter: _Letter, fragment: str, members: Members | None = None, refs: tuple[str, ...] | None = None
) -> Target:
    if members is not None:
        note = letter.read.notes.get(members.note) if members.note else None
        notes = [note.text] if note else []
        names = members.surnames
    else:
        notes = letter.read.notes_in(fragment)
        names = tuple(dict.fromkeys(name for group in member_groups(fragment) for name in group.surnames))
    cited = refs if refs is not None else tuple(refs_in(" ".join([fragment, *notes])))
    anchor = ANCHOR.search(fragment)
    kind = ANCHOR_KIND.get(anchor.group(0).lower()[:4]) if anchor else None
    words = " ".join([fragment, *notes])
    register = tuple(dict.fromkeys(REGISTER.findall(words)))
    return Target(kind, cited, names, register, words, "" if names or cited else _focus(fragment))


# --- postponement ---------------------------------------------------------------------------------------


def _postponement(letter: _Letter, index: int) -> tuple[list[Statement], set[int]] | None:
    sentence = letter.sentence(index)
    cued = _own_words(
        sentence
    )  # "verzocht een overzicht van de projecten die vertraging oplopen" is no delay
    recalled = RECALL.search(cued)
    moved = False
    if recalled is None:
        recalled = MOVED.search(cued) or MISSED.search(cued) or WITHDRAWN.search(cued)
        if recalled is None or not OBJECT.search(sentence) or not ends_a_sentence(sentence):
            return None  # not a slip, or a heading ("Betreft Uitstel evaluatie …")
        moved = recalled.re is MOVED
        if UNAFFECTED.search(sentence):
            return None  # "Het uitstel … heeft geen gevolgen voor de openstelling": that is not delayed
    elif not DELAY.search(cued) and any(
        kept.start() < recalled.end() <= kept.end() for kept in AS_PROMISED.finditer(cued)
    ):
        return None  # "Over de uitkomsten informeer ik u, zoals ik heb toegezegd, in het najaar": restated
    window = list(range(index, min(len(letter.spans), index + WINDOW + 1)))
    notes = letter.read.notes_in(sentence)
    # The promise as recalled ends where a moved moment starts ("… is de verwachting dat het pas in mei …");
    # the moment after a missed one ("niet voor de gestelde datum van 1 mei") is the one recalled.
    delay = DELAY.search(cued, recalled.end())
    if delay is not None and MISSED.match(cued, delay.start()):
        delay = None
    # With no word of delay, a clause after the recalled one may name the moment it comes now ("Het plan,
    # dat ik u in mei had willen sturen, ontvangt u in september"): compared with the recalled moment below.
    news = None if delay is not None or moved else _next_clause(sentence, recalled.start(), recalled.end())
    recall = sentence[: delay.start()] if delay is not None else sentence[:news] if news else sentence
    if moved:
        recall = sentence[
            : recalled.start()
        ]  # "verschuift naar het voorjaar": the moment after is the new one
    # "… zal later gereed zijn dan ik u had gemeld; ik verwacht haar in het tweede kwartaal …": the delay is
    # a comparison with the recalled promise, so the moment after the recall is the new one
    # (also inside the recalled clause: "stuur ik u na de zomer, later dan ik eerder heb gemeld")
    comparisons = [  # a word of delay that is not the recall itself ("terugkomen op mijn toezegging")
        found.start()
        for found in DELAY.finditer(cued, 0, recalled.end())
        if found.end() < recalled.end() and found.start() != recalled.start()
    ]
    compared = recalled.re is RECALL and delay is None and bool(comparisons)
    if compared:
        recall = sentence[: recalled.end()]
    old = _old_deadline(letter.read.unmarked(" ".join([recall, *notes])), letter.reference)
    if old is None:  # "…, kan ik de visie niet dit najaar aanbieden", "niet voor het kerstreces, maar …"
        old = _denied(sentence[news:] if news else sentence, letter.reference)
    # the moment comes after the delay is told, in its paragraph or the next ("… toegezegd. ¶ Helaas lukt
    # het niet … ¶ Ik zend u het rapport in het derde kwartaal")
    delays = (other for other in window if DELAY.search(_own_words(letter.sentence(other))))
    told = next(delays, index)
    reach = range(index, max(_reach(letter, index).stop, _reach(letter, told).stop))
    new_index, new = _new_deadline(
        letter, index, news or recalled.end(), reach, moved or compared or bool(news)
    )
    if compared and new is None:  # "Het plan stuur ik u na de zomer, later dan ik heb gemeld": main clause
        comparison = comparisons[-1]
        new = _moment_ahead(without_causes(sentence[:comparison]), letter.reference)
        new_index = index if new is not None else None
        old = _old_deadline(letter.read.unmarked(sentence[comparison : recalled.end()]), letter.reference)
    if new is not None and new.date is not None and old is not None and new.date <= old:
        if new_index == index:
            new_index, new = None, None  # the moment missed, named again
        else:
            old = None  # the sentence named the moment it will be, not the one missed
    # a promise its own paragraph says is kept now ("Met deze brief doe ik die toezegging gestand") is not
    # delayed by a word of delay in the next paragraph, which speaks of something else ("de besluitvorming
    # heeft de inzet vertraagd")
    own = [other for other in window if _same_paragraph(letter, index, other)]
    if recalled.re is RECALL and _in_time(letter, index):
        return None  # "X, die ik heb toegezegd, ontvangt u zoals toegezegd voor de zomer": restated
    if recalled.re is RECALL and on_schedule([_own_words(letter.sentence(other)) for other in own]):
        return None  # "… heb ik toegezegd … Het onderzoek ligt op schema": a delay further on is another's
    # kept by a fulfilling act or by this letter's own answer ("Met deze brief informeer ik u over …")
    kept = any(acts_now(letter.sentence(other)) or _answers_here(letter.sentence(other)) for other in own)
    delayed = recalled.re is not RECALL or any(
        DELAY.search(_own_words(letter.sentence(other))) for other in (own if kept else window)
    )
    # a later moment further on moves a promise its paragraph says is kept now ("Hiermee kom ik die
    # toezegging na") only with a word of delay there: else it is another thing's moment
    later = not kept and new is not None and new.date is not None and old is not None and new.date > old
    withdrawing = [other for other in own if WITHDRAWN.search(_own_words(letter.sentence(other)))]
    if withdrawing:  # withdrawn: no new moment, whatever moment the reasons name ("vanaf 2027 Europees")
        new_index, new = None, None
    elif not (delayed or later):
        return None
    part = None if withdrawing else _part_sent_now(letter, own, new_index, new, old)
    if part is not None:  # a part sent now, the rest in time: partly kept, not delayed
        new_index, new = part, None
    last = new_index if new_index is not None else index
    span = Span(letter.spans[index].start, letter.spans[last].end)
    # the sentence before often says what was promised, unless it restates a promise as coming in time
    context = [letter.sentence(index - 1)] if index > 0 and not _in_time(letter, index - 1) else []
    first = index
    while first > 0 and _same_paragraph(letter, first - 1, index):
        first -= 1
    if first < index - 1:  # and the paragraph's first one its topic: "Voor de verkenning ligt dat anders."
        context.insert(0, letter.sentence(first))
    line = SUBJECT_LINE.search(letter.text)
    if line is not None and index in _opening(letter):  # "Betreft Uitstel evaluatie …" / "Dat lukt niet."
        context.append(line["subject"])
    words = " ".join([*context, sentence, *notes, letter.sentence(last) if last != index else ""])
    target = _target(letter, sentence)
    named = target.members or target.refs or recalled.re is not RECALL
    recalled_object = "" if named else _focus(recall[recalled.start() :]) or recalled_thing(recall) or ""
    reason = _reason(letter, index, new_index, window) if part is None else None
    statements = [
        Statement(
            Action.POSTPONE if part is None else Action.PARTIAL,
            letter.text[span.start : span.end],
            span.start,
            span.end,
            Target(
                target.kind or "toezegging",
                refs,
                target.members,
                target.register_numbers,
                words,
                recalled=recalled_object,
            ),
            new_deadline=new,
            old_deadline=old,
            reason=reason,
        )
        for refs in ([(ref,) for ref in target.refs] if len(target.refs) > 1 else [target.refs])
    ]  # "de Railmap en de Lange Termijnagenda (nrs. 334 en 378)" postpones two items
    consumed = set(range(index, last + 1)) | set(withdrawing)
    return statements, consumed | _reason_sentences(letter, window, reason)


def _part_sent_now(
    letter: _Letter, own: Sequence[int], rest_at: int | None, rest: Deadline | None, old: date | None
) -> int | None:
    """The sentence of a recalled promise's paragraph that sends a part of it with this letter ("Met deze
    brief stuur ik u het deel over het hbo"), when the rest is said to come in time ("Het deel over het wo
    ontvangt u, zoals toegezegd, voor het zomerreces", or by the old deadline); else None."""
    in_time = (rest_at is not None and _in_time(letter, rest_at)) or bool(
        rest is not None and rest.date is not None and old is not None and rest.date <= old
    )
    if not in_time:
        return None
    parts = (other for other in own if PARTIAL.search(letter.sentence(other)))
    return next((other for other in parts if sends_now(letter.sentence(other))), None)


def on_schedule(paragraph: Sequence[str]) -> bool:
    """Whether the paragraph of a recalled promise says it keeps its moment ("ligt op schema", "volgens
    planning") and names no delay of its own."""
    return any(ON_SCHEDULE.search(sentence) for sentence in paragraph) and not any(
        DELAY.search(sentence) for sentence in paragraph
    )


def _in_time(letter: _Letter, index: int) -> bool:
    """Whether the sentence restates a promise as coming at its moment ("… ontvangt u, zoals toegezegd, voor
    de zomer"), naming no delay: a delay in the next sentence is another thing's."""
    sentence = letter.sentence(index)
    restated = AS_PROMISED.search(sentence) or ON_SCHEDULE.search(sentence)
    return bool(restated and _ahead(sentence, letter.reference) and not DELAY.search(_own_words(sentence)))


def _next_clause(sentence: str, start: int, end: int) -> int | None:
    """Where the main clause starts after a subordinate clause that recalls a promise (``start``–``end``):
    "Het plan, dat ik u in mei had willen sturen, | ontvangt u in september", "Anders dan ik u heb gemeld,
    | …"."""
    opening = sentence.rfind(",", 0, start) + 1
    comma = sentence.find(",", end)
    if comma < 0 or not SUBORDINATE.match(sentence, opening) or not sentence[comma + 1 :].strip(" ."):
        return None
    return comma + 1


def _own_words(sentence: str) -> str:
    """``sentence`` with a motie's dictum and any denied delay blanked (offsets kept): what the Kamer asked is
    not what the letter says of it, "loopt geen vertraging op" says of it that it is on time, and "Met enige
    vertraging stuur ik u hierbij …" that it is delivered now."""
    blank = DICTUM.sub(
        lambda found: " " * len(found.group()), without_late_delivery(without_findings(sentence))
    )
    return DENIED_DELAY.sub(lambda found: " " * len(found.group()), blank)


def _reason_sentences(letter: _Letter, window: Sequence[int], reason: str | None) -> set[int]:
    """The sentence(s) the reason came from: they explain the delay and act on nothing themselves."""
    return {other for other in window if reason and _tidy(letter.sentence(other)).endswith(reason)}


def _old_deadline(recall: str, reference: date) -> date | None:
    """The moment the recalled promise was due ("in het eerste kwartaal van 2020", "voor 1 april"), not the
    one it was made ("wat ik u in maart heb toegezegd")."""
    dated = [
        match
        for match in find(recall, reference)
        if match.date is not None and not promised_at(recall, match) and not _occasion(recall[: match.start])
    ]
    if not dated:
        return None
    return max(dated, key=lambda match: (match.strength, match.start)).date


def _reach(letter: _Letter, index: int) -> range:
    """The sentences that may hold a recalled promise's new moment: the rest of its paragraph and the next
    one, where letters explain the delay before they name the new moment, at most ``REACH`` sentences."""
    end = min(len(letter.spans), index + REACH + 1)
    paragraphs = 0
    for other in range(index + 1, end):
        if not _same_paragraph(letter, other - 1, other):
            paragraphs += 1
            if paragraphs == 2:
                return range(index, other)
    return range(index, end)


def _subject_stems(sentence: str, reference: date) -> set[str]:
    """The stems of what a sentence speaks of, without its moments ("voor de zomer" says when, not what)."""
    for match in reversed(find(sentence, reference)):
        sentence = sentence[: match.start] + " " + sentence[match.end :]
    return set(stems(content_words(sentence)))


def promised_at(text: str, match: Deadline) -> bool:
    """Whether ``match`` names when a promise was made or what was meant then: a moment right before the
    participle or a past "had willen" that is no "by" phrase ("in maart heb toegezegd", "in mei had willen
    sturen", not "voor 1 juni had beloofd")."""
    return PROMISED_AT.match(text, match.end) is not None and not BY_PHRASE.match(match.text)


def in_the_past(text: str, match: Deadline) -> bool:
    """Whether ``match`` stands in a clause in the perfect ("Het onderzoek is in april gestart"): a bare
    month then names a moment gone by, whatever year the deadline rules gave it. A moment belongs to the act
    of its own clause, so a subordinate clause counts with its verbs at its end ("waarvoor in de zomer
    meetpunten zijn geplaatst", "die ik u voor medio dit jaar heb toegezegd"): that act is done, whatever the
    main clause does."""
    clause = text[: match.start].rsplit(",", 1)[-1]
    if PAST_AUXILIARY.search(clause) and not MODAL.search(clause) and PARTICIPLE_NEXT.match(text, match.end):
        return True
    opens = not re.split(r"[.;:(]\s", clause)[-1].strip()
    if opens and FRONTED_PERFECT.match(text, match.end):
        return True  # "Op 3 maart is de regeling opengesteld": the moment first, the perfect after it
    return SUBORDINATE_OPENS.search(clause) is not None and _ends_in_perfect(text, match.end)


def _ends_in_perfect(text: str, start: int) -> bool:
    """Whether the clause going on at ``start`` ends in a perfect with no modal in it: the verb-final order of
    a subordinate clause ("… meetpunten zijn geplaatst", "… geplaatst zijn")."""
    end = CLAUSE_END.search(text, start)
    rest = text[start : end.start() if end else len(text)]
    return VERB_FINAL_PERFECT.search(rest) is not None and not MODAL.search(rest)


def _moment_ahead(text: str, reference: date) -> Deadline | None:
    """The new moment in ``text``: ahead, not recurring, not the moment missed."""
    found = [match for match in find(text, reference) if not (match.backward or match.recurring)]
    return primary([match for match in found if not _missed(text, match)], reference)


def _denied(text: str, reference: date) -> date | None:
    """The first moment ``text`` says something will not come by ("niet dit najaar")."""
    denied = (match for match in find(text, reference) if NOT_THEN.search(text[: match.start]))
    return next((match.date for match in denied if match.date), None)


def _occasion(before: str) -> bool:
    """Whether a moment after ``before`` names an occasion ("het commissiedebat van 5 december"), not a
    moment due ("de gestelde datum van 1 mei")."""
    return EVENT_DATE.search(before) is not None and DUE_DATE.search(before) is None


def _missed(text: str, match: Deadline) -> bool:
    """Whether ``match`` is no new moment: when the promise was made or meant ("in maart heb toegezegd"), or
    the moment denied ("kan ik … niet dit najaar aanbieden")."""
    return (
        promised_at(text, match)
        or in_the_past(text, match)
        or NOT_THEN.search(text[: match.start]) is not None
    )


def without_unasserted(text: str) -> str:
    """``text`` with the clauses that do not assert their act blanked (offsets kept): "of daarmee aan de motie
    is voldaan", "zodra het onderzoek is afgerond" say nothing is done."""
    return UNASSERTED_CLAUSE.sub(lambda found: " " * len(found.group()), text)


def without_findings(text: str) -> str:
    """``text`` with what a study found blanked (offsets kept): "Uit de toets blijkt dat organisaties die niet
    tijdig zijn aangesloten een overgangsregeling nodig hebben" is the world the study saw; its word of delay
    is not the letter's about its own promise."""
    return FINDING.sub(
        lambda found: found.group()[: found.start("found") - found.start()] + " " * len(found["found"]), text
    )


def without_late_delivery(text: str) -> str:
    """``text`` with a delay blanked that only says how an act of sending done now was done (offsets kept):
    "Met enige vertraging stuur ik u hierbij de evaluatie" keeps the promise, late; it moves nothing."""

    def blank(found: re.Match[str]) -> str:
        group = "late" if found["late"] is not None else "aside"
        start, end = found.start(group) - found.start(), found.end(group) - found.start()
        return found.group()[:start] + " " * (end - start) + found.group()[end:]

    return LATE_DELIVERY.sub(blank, text)


def without_causes(text: str) -> str:
    """``text`` with its clauses of cause blanked (offsets kept): "omdat de gegevens pas in april kwamen"
    explains a delay, its moment is not the new one."""
    return CAUSE_CLAUSE.sub(lambda found: " " * len(found.group()), text)


def _new_deadline(
    letter: _Letter, index: int, recall_end: int, reach: Sequence[int], moved: bool = False
) -> tuple[int | None, Deadline | None]:
    """The new moment: a dated forward phrase after the delay in the recalling sentence ("wordt uitgesteld
    tot na de zomer"), else in a later sentence of intent on the same thing, else a vague one. A later
    sentence speaks of the same thing when it stands close by in the same paragraph or shares a subject word
    with the recalling sentence ("… dat overzicht niet voor de toegezegde datum …" and, a paragraph on,
    "Ik stuur u het overzicht uiterlijk 15 april"), or states what follows from the delay ("U ontvangt het
    rapport daarom in februari"); "Over de onderzeeboten ontvangt u in mei …" after a blank line does not."""
    vague: tuple[int | None, Deadline | None] = (None, None)
    recalled = _subject_stems(letter.sentence(index), letter.reference)
    for other in reach:
        sentence = letter.sentence(other)
        offset = 0
        if other == index:
            delay = None if moved else DELAY.search(sentence, recall_end)
            if (delay is None and not moved) or (delay is not None and MISSED.match(sentence, delay.start())):
                continue  # "kan niet voor de gestelde datum van 1 mei": the moment missed
            offset = delay.start() if delay is not None else recall_end  # "pas na het zomerreces"
        elif not _names_what_comes(sentence) or not (
            (other <= index + WINDOW and _same_paragraph(letter, index, other))
            or recalled & _subject_stems(sentence, letter.reference)
            or _consequence(sentence)
        ):
            continue
        ahead = without_causes(sentence[offset:])
        chosen = _moment_ahead(ahead, letter.reference)
        if chosen is None and (other == index or SHIFTED.search(sentence)):  # "verschuift naar het najaar"
            moved_to = _moment_ahead(MOVED_TO.sub("in  ", ahead), letter.reference)
            chosen = moved_to and replace(moved_to, text=ahead[moved_to.start : moved_to.end])
        if chosen is None:
            continue
        if chosen.date is not None:
            return _sent_instead(letter, other, reach) or (other, chosen)
        if vague[1] is None:
            vague = (other, chosen)
    return vague


def _sent_instead(letter: _Letter, index: int, reach: Sequence[int]) -> tuple[int, Deadline] | None:
    """The moment the Kamer receives the thing, when the sentence after a new moment's own, in its
    paragraph, names it: "Het onderzoek wordt in de loop van de zomer afgerond. Ik zend u het rapport in het
    derde kwartaal toe" (the work's end is not the promise's moment)."""
    after = index + 1
    if (
        SEND_ACT.search(letter.sentence(index))
        or after not in reach
        or not _same_paragraph(letter, index, after)
    ):
        return None
    sentence = letter.sentence(after)
    if not SEND_ACT.search(sentence) or SENDING.search(sentence) or THIS_LETTER.search(sentence):
        return None  # "Hierbij zend ik u …" sends now
    moment = _moment_ahead(without_causes(sentence), letter.reference)
    return (after, moment) if moment is not None and moment.date is not None else None


def _names_what_comes(sentence: str) -> bool:
    """Whether a sentence after a recalled promise may name its new moment: one of intent outside a clause of
    cause ("omdat de Douane wil vergelijken" explains), a shift, or the consequence of the delay ("Het besluit
    neem ik daarom begin volgend jaar", not "De onderzoekers hebben daarom in oktober … gedaan")."""
    own = without_causes(sentence)  # "Die brief komt niet voor de zomer, maar voor het kerstreces": a shift
    shift = SHIFTED.search(own) or NOT_BUT.search(own)
    sending = SEND_ACT.search(own) and not SENDING.search(own)  # "Ik zend u het rapport in oktober toe"
    return bool(INTENT.search(own) or shift or sending or _states_consequence(own))


def _consequence(sentence: str) -> bool:
    """Whether a sentence states, outside a clause of cause, what follows from the delay told before it ("U
    ontvangt het rapport daarom in maart"): it speaks of the delayed thing even in another paragraph and
    without its words."""
    return _states_consequence(without_causes(sentence))


def _states_consequence(own: str) -> bool:
    """:func:`_consequence` of a sentence whose clauses of cause are blanked already."""
    return bool(THEREFORE.search(own) and not PAST_AUXILIARY.search(own))


def _same_paragraph(letter: _Letter, first: int, last: int) -> bool:
    """Whether no blank line stands between two sentences."""
    between = letter.text[letter.spans[first].end : letter.spans[last].start]
    return not BLANK_LINE.search(between)


def _reason(letter: _Letter, index: int, new_index: int | None, window: Sequence[int]) -> str | None:
    """Why: a cause stated (:func:`cause_given`), the sentence before "daarom", or the first sentence that
    names a need ("meer tijd nodig", "nog in gesprek")."""
    acting = {position for position, other in enumerate(window) if other in {index, new_index}}
    cause = cause_given([letter.sentence(other) for other in window], acting)
    if cause is not None:
        return cause
    if index > 0 and THEREFORE.search(letter.sentence(index)):
        return _tidy(letter.sentence(index - 1))
    for need in NEEDS:
        for other in window:
            if other not in {index, new_index} and need.search(letter.sentence(other)):
                return _tidy(letter.sentence(other))
    return None


def cause_given(sentences: Sequence[str], acting: Collection[int] = ()) -> str | None:
    """The first cause the sentences state: a sentence that gives one ("Dit komt doordat …", "Door
    vertraging bij … lukt dat niet"), or one with a clause of cause ("omdat", "vanwege", "als gevolg van"),
    of which only that clause in the sentences that themselves act (positions in ``acting``); else a sentence
    that says what the act waits for is late (:func:`_late_means`)."""
    for position, sentence in enumerate(sentences):
        if CAUSE_SENTENCE.match(sentence):
            return _tidy(sentence)
        cause = CAUSE.search(sentence)
        if cause is not None:
            return _tidy(sentence if position not in acting else sentence[cause.start() :])
    told = (sentence for position, sentence in enumerate(sentences) if position not in acting)
    return next((_tidy(sentence) for sentence in told if _late_means(sentence)), None)


def _late_means(sentence: str) -> bool:
    """Whether a sentence tells what the act waits for is late, in the third person ("De benodigde cijfers
    komen later beschikbaar dan verwacht"): the cause of the delay, not an act of the letter's writer."""
    own = _own_words(sentence)
    return bool(DELAY.search(own)) and not _WRITER.search(own)


_WRITER = re.compile(r"\b(?:ik|wij|we|mij|mijn|ons|onze)\b", re.IGNORECASE)


def _tidy(text: str) -> str:
    return shorten(re.sub(r"(?<=[^\W\d_])-\s*\n\s*(?=[a-z])", "", text), REASON_LIMIT)
