"""How well an acting statement fits an open commitment: one score in [0, 1] with the evidence in Dutch.

Pieces of evidence combine like independent witnesses (``1 - Π(1 - p)``): a Kamerstuk or register number
that both name is strong, the members of a motie fairly strong, the subject's wording (rapidfuzz) as strong
as it is similar, the kind, ministry, post and the old deadline a little. Contradictions (another motie
number, other members, another ministry) multiply the score down. A proposal needs a minimum score and a
margin over the runner-up: a wrong proposal costs more trust than a missed one.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz

from commitments.deadlines.patterns import MONTHS
from commitments.dutch import KIND_LABELS, dutch_date
from commitments.matching.action import Action
from commitments.matching.cues import COUNTED, FOCUS_WORDS, PROGRESS_OF, sent_as_promised
from commitments.matching.statements import Statement, Target
from commitments.matching.text import member_groups, same_name, same_stem
from commitments.ministries import same_line
from commitments.records import CommitmentRecord
from commitments.subject_words import content_words, stems

MIN_SCORE = 0.6
MARGIN = 0.15
REF_MATCH = 0.75
REGISTER_MATCH = 0.85
MEMBERS_MATCH = 0.55
KIND_MATCH = 0.1
MINISTRY_MATCH = 0.1
POST_MATCH = 0.05
OLD_DEADLINE_MATCH = 0.3
OLD_DEADLINE_NEAR = 0.15
NEAR_DAYS = 31
EARLY_DAYS = 120
EARLY_CONFLICT = 0.6
TEXT_WEIGHT = 0.7
TEXT_FLOOR = 0.4  # similarity below this says nothing
SHARED_WORDS = 3  # fewer shared subject words than this weaken the similarity
SHORT_SUBJECT = 2  # an item's subject of this many words or fewer may be named whole by one act's object
SPECIFIC_RARITY = 2.0  # a word this rare among the open items is specific
SPECIFIC_LENGTH = 12  # and so is a word this long (a compound: "mestverwerking", "woningbouwcijfers")
SHOWN_WORDS = 3  # shared subject words named in the evidence
REF_CONFLICT_MOTIE = 0.4
REF_CONFLICT = 0.8
MEMBERS_CONFLICT = 0.3
REGISTER_CONFLICT = 0.3
KIND_CONFLICT = 0.6
MINISTRY_CONFLICT = 0.7
STILL_TO_COME = 0.3  # the letter itself says the item's subject comes later
STILL_TO_COME_SLACK = 0.05
ANNOUNCED_FLOOR = 0.6  # a moment ahead moves only an item whose subject is clearly the same
ANNOUNCED_MOVE = 0.3
DAY_CONFLICT = 0.4  # "de Raad van 27 januari" is not "de Raad van 16 december"
FRAME_WEIGHT = 0.6
CONTEXT_SHARE = 0.5
PROGRESS_ONLY = 0.5  # the state of a product is not the product
_PROGRESS_ITEM = re.compile(r"\b(?:voortgang\w*|stand\s+van\s+zaken|tussenstand|\w*rapportage)\b", re.I)
OWN_SUBJECT_MATCH = 0.35  # the letter says it is about the item's subject (subject line, opening)
OWN_SUBJECT_FLOOR = 0.6  # the words around an object ("tijdens het commissiedebat RBZ …") weigh less than it
# "informatie": the letter informs about something (an item to inform), which does not deliver a product.
TARGET_KINDS = {
    "motie": {"motie"},
    "toezegging": {"toezegging", "deliverable"},
    "vragen": {"toezegging"},
    "informatie": {"toezegging"},
}
Weights = Mapping[str, float]


@dataclass(frozen=True)
class LetterSide:
    """What the letter says about its sender (the ministry code and the post) and its date."""

    ministry: str | None = None
    post: str | None = None
    day: date | None = None
    ahead: tuple[str, ...] = ()  # sentences announcing something for later, each with its heading


@dataclass(frozen=True)
class Candidate:
    """An open commitment prepared once for comparison with every statement of a letter."""

    record: CommitmentRecord
    members: frozenset[str]
    subjects: tuple[tuple[str, ...], ...]
    """The stemmed words of the title and, apart, of the quote. Compared one at a time: a register's quote is
    a whole sentence, mostly frame ("Ik zal uw Kamer voor de zomer informeren over …"), and joined to the
    title it drowns the subject in words no letter repeats."""
    stems: frozenset[str]
    source: str | None = None
    """The own Kamerstuk number of the letter the item was promised in ("In mijn brief van 6 oktober
    (Kamerstuk 36 800 X, nr. 11) heb ik toegezegd …" names it)."""

    @classmethod
    def of(cls, record: CommitmentRecord, source: str | None = None) -> Candidate:
        texts = [part for part in (record.title, record.quote or "") if part.strip()]
        groups = [group for text in texts for group in member_groups(text)]
        members = frozenset(name for group in groups for name in group.surnames)
        subjects = tuple(tuple(dict.fromkeys(stems(content_words(text)))) for text in texts)
        words = tuple(words for words in subjects if words)
        return cls(record, members, words, frozenset(sum(subjects, ())), source)

    @property
    def named_by(self) -> tuple[str, ...]:
        """The Kamerstuk numbers that name the item: its own references and its letter's number."""
        return (*self.record.refs, self.source) if self.source else self.record.refs

    def ref_noun(self, ref: str) -> str:
        """What a number names, for the evidence: the motie, a Kamerstuk of the item, or its letter."""
        if ref not in self.record.refs:
            return "brief"
        return "motie" if self.record.kind == "motie" else "Kamerstuk"


@dataclass(frozen=True)
class Score:
    """The fit of one statement with one commitment; ``label`` is the short "why" shown in the chat."""

    commitment_id: int
    value: float
    evidence: tuple[str, ...]
    label: str
    telling: bool = False
    """Whether the fit rests on the item itself (a number, members or subject words the letter shares), not
    only on its kind, ministry, post or deadline, which many items share."""


class _Tally:
    """Collects supporting evidence (noisy-or) and contradictions (factors), each with a Dutch note."""

    def __init__(self) -> None:
        self.missing = 1.0
        self.factor = 1.0
        self.notes: list[str] = []
        self.telling = False

    def support(self, weight: float, note: str, telling: bool = False) -> None:
        self.missing *= 1.0 - weight
        self.notes.append(note)
        self.telling = self.telling or telling

    def contradict(self, factor: float, note: str) -> None:
        self.factor *= factor
        self.notes.append(note)

    @property
    def value(self) -> float:
        return round((1.0 - self.missing) * self.factor, 3)


def holders(candidates: Sequence[Candidate]) -> Counter[str]:
    """How many open items hold each Kamerstuk reference: the report of a debate is the reference of every
    promise made in it, so naming it tells none of them apart."""
    return Counter(ref for candidate in candidates for ref in set(candidate.named_by))


def shared_ref(ref: str, named: str, holding: int) -> tuple[float, str]:
    """The weight and note of a reference the letter names, split over the items that hold it."""
    others = holding - 1
    also = (
        f" (ook van {others} ander{'e' if others > 1 else ''} item{'s' if others > 1 else ''})"
        if others
        else ""
    )
    return REF_MATCH / max(1, holding), f"{named} {ref} genoemd{also}"


def rarity(candidates: Sequence[Candidate]) -> dict[str, float]:
    """How telling each subject stem is among the open items (smoothed inverse document frequency): a word
    every item shares ("rapportage", the ministry's dossier) says little about which item a letter means."""
    counts = Counter(stem for candidate in candidates for stem in candidate.stems)
    total = len(candidates)
    return {stem: math.log((total + 1) / (count + 0.5)) + 1 for stem, count in counts.items()}


def score(
    statement: Statement,
    candidate: Candidate,
    letter: LetterSide,
    weights: Weights | None = None,
    held: Mapping[str, int] | None = None,
) -> Score:
    """The fit of ``statement`` with ``candidate``, with the evidence for and against (``held``:
    :func:`holders` of the open items; without it every reference is the item's own)."""
    record, target = candidate.record, statement.target
    tally = _Tally()
    label = _identifiers(statement, candidate, tally, held or {})
    _members(target.members, candidate.members, tally)
    _kind(target.kind, record.kind, tally)
    _sender(letter, record, tally)
    if statement.action is Action.POSTPONE or statement.kept_as_recalled:
        _old_deadline(statement.old_deadline, record.deadline, tally)
    if statement.announced:
        _moved_past(statement, record.deadline, tally)
    named_apart = frozenset(target.members) | candidate.members if target.members else frozenset()
    whole = bool(letter.ministry and record.ministry and same_line(letter.ministry, record.ministry))
    alike, own = _wording(target, candidate, tally, named_apart, weights, whole)
    _days(target.focus or target.words, record.title, tally)
    if statement.announced and alike < ANNOUNCED_FLOOR:
        tally.contradict(0.0, "onderwerp niet duidelijk hetzelfde")
    if statement.action is not Action.POSTPONE and _progress_only(target, record):
        tally.contradict(PROGRESS_ONLY, "alleen de stand van zaken")
    if statement.own_subject and own >= OWN_SUBJECT_FLOOR:
        tally.support(OWN_SUBJECT_MATCH, "onderwerp van de brief zelf")
    unnamed = not (target.refs or target.members or target.register_numbers)
    kept = statement.kept_as_recalled or sent_as_promised(statement.quote)
    if unnamed and statement.action is not Action.POSTPONE and not kept:
        if statement.action is not Action.PARTIAL:  # a part sent now is early by nature
            _due_far_ahead(letter.day, record.deadline, tally)
        _still_to_come(letter.ahead, alike, candidate, tally, weights)
    kind = KIND_LABELS.get(record.kind, record.kind)
    label = f"{kind} {label}" if label else kind
    return Score(record.id, tally.value, tuple(tally.notes), label, tally.telling)


def _identifiers(
    statement: Statement, candidate: Candidate, tally: _Tally, held: Mapping[str, int]
) -> str | None:
    """Kamerstuk and register numbers; returns the one that matched, for the label."""
    record, target = candidate.record, statement.target
    label = None
    if record.register_number and record.register_number in target.register_numbers:
        tally.support(REGISTER_MATCH, f"registernummer {record.register_number}", telling=True)
        label = record.register_number
    elif record.register_number and target.register_numbers:
        tally.contradict(REGISTER_CONFLICT, f"ander registernummer ({record.register_number})")
    shared = [ref for ref in target.refs if ref in candidate.named_by]
    if shared:
        tally.support(
            *shared_ref(shared[0], candidate.ref_noun(shared[0]), held.get(shared[0], 1)), telling=True
        )
        label = label or shared[0]
    elif target.refs and record.refs:
        both_moties = target.kind == "motie" and record.kind == "motie"
        factor = REF_CONFLICT_MOTIE if both_moties else REF_CONFLICT
        tally.contradict(factor, f"andere Kamerstukken ({', '.join(record.refs)})")
    return label


def _members(named: Sequence[str], known: frozenset[str], tally: _Tally) -> None:
    if not named or not known:
        return
    shared = [name for name in named if any(same_name(name, other) for other in known)]
    if not shared:
        tally.contradict(MEMBERS_CONFLICT, "andere indieners")
        return
    share = len(shared) / max(len(named), len(known))
    names = ", ".join(name.title() for name in shared)
    tally.support(MEMBERS_MATCH * (0.5 + 0.5 * share), f"indieners: {names}", telling=True)


def _kind(target: str | None, kind: str, tally: _Tally) -> None:
    if target is None or target not in TARGET_KINDS:
        return
    if kind in TARGET_KINDS[target]:
        tally.support(KIND_MATCH, f"soort: {KIND_LABELS.get(kind, kind)}")
    else:
        tally.contradict(KIND_CONFLICT, f"andere soort ({KIND_LABELS.get(kind, kind)})")


def _sender(letter: LetterSide, record: CommitmentRecord, tally: _Tally) -> None:
    if letter.ministry and record.ministry:
        if same_line(letter.ministry, record.ministry):
            tally.support(MINISTRY_MATCH, f"zelfde ministerie ({record.ministry})")
        else:
            tally.contradict(MINISTRY_CONFLICT, f"ander ministerie ({record.ministry})")
    if letter.post and record.post and letter.post.lower() == record.post.lower():
        tally.support(POST_MATCH, "zelfde bewindspersoon")


def _old_deadline(recalled: date | None, deadline: date | None, tally: _Tally) -> None:
    if recalled is None or deadline is None:
        return
    if recalled == deadline:
        tally.support(OLD_DEADLINE_MATCH, f"oude termijn {dutch_date(deadline)}")
    elif abs((recalled - deadline).days) <= NEAR_DAYS:
        tally.support(OLD_DEADLINE_NEAR, f"oude termijn rond {dutch_date(deadline)}")


_DAY = re.compile(r"\b(\d{1,2})\s+(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", re.I)


def _days(words: str, title: str, tally: _Tally) -> None:
    """An item whose title names the day of its occasion ("Verslag van de Raad van 16 december") is not
    the one a letter about another day's occasion answers."""
    theirs = {(int(day), month.lower()) for day, month in _DAY.findall(title)}
    mine = {(int(day), month.lower()) for day, month in _DAY.findall(words)}
    if theirs and mine and not theirs & mine:
        day, month = sorted(theirs)[0]
        tally.contradict(DAY_CONFLICT, f"andere dag ({day} {month})")


def _moved_past(statement: Statement, deadline: date | None, tally: _Tally) -> None:
    """A moment ahead postpones only an item that was due clearly earlier; one due by then, or with no
    deadline, keeps its place (the letter restates it)."""
    new = statement.new_deadline.date if statement.new_deadline else None
    if new is None or deadline is None or (new - deadline).days <= NEAR_DAYS:
        tally.contradict(0.0, "geen later moment dan de termijn")
    else:
        tally.support(ANNOUNCED_MOVE, f"termijn {dutch_date(deadline)}, nu {dutch_date(new)}")


def _progress_only(target: Target, record: CommitmentRecord) -> bool:
    """Whether the letter tells the state of a product still being made ("de stand van zaken van die
    evaluatie") for an item that is the product, not a progress report itself."""
    return bool(PROGRESS_OF.search(target.focus or target.words)) and not _PROGRESS_ITEM.search(record.title)


def _due_far_ahead(day: date | None, deadline: date | None, tally: _Tally) -> None:
    """A letter that names no item and answers one due many months later is more likely an interim letter
    on the same subject than that item's answer."""
    if day is not None and deadline is not None and (deadline - day).days > EARLY_DAYS:
        tally.contradict(EARLY_CONFLICT, f"termijn pas {dutch_date(deadline)}")


def similarity(
    words: str,
    candidate: Candidate,
    names: frozenset[str] = frozenset(),
    weights: Weights | None = None,
    context: str = "",
    whole: bool = False,
) -> float:
    """How alike the subjects are, 0..1: rapidfuzz on the stemmed subject words averaged with the share of the
    commitment's words the statement has (a compound counts for its part), each word weighed by how rare it
    is among the open items (``weights``), damped when only a few words are shared. A word found only in the
    ``context`` (the paragraph around an object) counts for half. Members' ``names`` are left out: they are
    evidence of their own, and two moties of one member share them without sharing a subject. With
    ``whole``, a subject of one or two words is not damped when ``words`` hold all of it."""
    left_out = set(_stemmed(" ".join(sorted(names))))
    mine = [word for word in _stemmed(words) if word not in left_out]
    around = [word for word in _stemmed(context) if word not in left_out]
    return max(
        (
            _alike(mine, around, [word for word in subject if word not in left_out], weights or {}, whole)
            for subject in candidate.subjects
        ),
        default=0.0,
    )


def _alike(
    mine: list[str], around: list[str], theirs: list[str], weigh: Weights, whole: bool = False
) -> float:
    """:func:`similarity` against one of the candidate's texts."""
    if not mine or not theirs:
        return 0.0
    joined, their_words = " ".join(mine), " ".join(theirs)
    shorter, longer = sorted((joined, their_words), key=len)
    ratio = max(fuzz.token_set_ratio(joined, their_words), fuzz.partial_ratio(shorter, longer)) / 100
    found = 0.0
    count = 0.0
    for word in theirs:
        share = 1.0 if _among(word, mine) else CONTEXT_SHARE if _among(word, around) else 0.0
        found += share * weigh.get(word, 1.0)
        count += share
    coverage = found / sum(weigh.get(word, 1.0) for word in theirs)
    needed = len(theirs) if whole and len(theirs) <= SHORT_SUBJECT else min(SHARED_WORDS, len(theirs) + 1)
    return (ratio + coverage) / 2 * min(1.0, count / needed)


def _among(word: str, stems_: Sequence[str]) -> bool:
    return any(same_stem(word, other) for other in stems_)


@lru_cache(maxsize=256)
def _stemmed(words: str) -> tuple[str, ...]:
    """The stemmed subject words of a statement, once per statement rather than once per candidate."""
    return tuple(stems(content_words(words)))


def _wording(
    target: Target,
    candidate: Candidate,
    tally: _Tally,
    names: frozenset[str],
    weights: Weights | None,
    whole: bool = False,
) -> tuple[float, float]:
    """Support by subject; the object of the act (``focus``) counts fully, the words around it less.
    Returns the similarity and that of the object alone (the whole when no object is told). An item of the
    letter's ministry (``whole``) whose short, specific subject ends the object, or the object of the promise
    a postponement recalls (``recalled``), is named by it in full (:func:`_ends_in_subject`)."""
    alike = similarity(target.words, candidate, names, weights)
    own = alike
    if len(_stemmed(target.focus)) >= FOCUS_WORDS:  # "over de voortgang" is too thin to stand alone
        own = similarity(target.focus, candidate, names, weights, target.context)
        alike = max(own, FRAME_WEIGHT * alike)
    for named in (target.focus, target.recalled):
        if whole and named and _ends_in_subject(_stemmed(named), candidate, weights or {}):
            own = max(own, similarity(named, candidate, names, weights, target.context, whole=True))
            alike = max(alike, own)
    if alike > TEXT_FLOOR:
        weight = TEXT_WEIGHT * (alike - TEXT_FLOOR) / (1 - TEXT_FLOOR)
        shown = ", ".join(_shared_words(target.focus or target.words, candidate, names))
        note = f"onderwerp {shown} ({alike:.0%})" if shown else f"onderwerp ({alike:.0%})"
        tally.support(weight, note, telling=True)
    return alike, own


def _ends_in_subject(focus: Sequence[str], candidate: Candidate, weights: Weights) -> bool:
    """Whether the object of an act ends in the whole of one of the item's subjects of one or two specific
    words (rare among the open items, or a long compound): a Dutch noun phrase names what it is about last
    ("de brief over de mestverwerking", "de eerste helft van de woningbouwcijfers"), and "de gevolgen van de
    begroting voor gemeenten" is not about the begroting."""
    for subject in candidate.subjects:
        if not 0 < len(subject) <= SHORT_SUBJECT or len(focus) < len(subject):
            continue
        tail = focus[-len(subject) :]
        specific = all(
            weights.get(word, 1.0) >= SPECIFIC_RARITY or len(word) >= SPECIFIC_LENGTH for word in subject
        )
        if specific and all(any(same_stem(word, other) for other in tail) for word in subject):
            return True
    return False


def _still_to_come(
    ahead: Sequence[str], alike: float, candidate: Candidate, tally: _Tally, weights: Weights | None
) -> None:
    """A letter that announces the item's subject for later ("Het wetsvoorstel wordt in het najaar
    ingediend") has not delivered it, however much of the letter is about the same subject."""
    later = max((similarity(sentence, candidate, weights=weights) for sentence in ahead), default=0.0)
    if later > TEXT_FLOOR and later >= alike - STILL_TO_COME_SLACK:
        tally.contradict(STILL_TO_COME, "de brief kondigt dit nog aan")


def _shared_words(words: str, candidate: Candidate, names: frozenset[str]) -> list[str]:
    """The item's own words (as written in its title) that the letter shares, the most telling first."""
    shared = set(_stemmed(words)) - set(_stemmed(" ".join(sorted(names))))
    written = [
        word
        for word in content_words(candidate.record.title)
        if any(same_stem(own, theirs) for own in shared for theirs in stems([word]))
    ]
    return sorted(dict.fromkeys(written), key=len, reverse=True)[:SHOWN_WORDS]


def rank(
    statement: Statement,
    candidates: Sequence[Candidate],
    letter: LetterSide,
    weights: Weights | None = None,
    held: Mapping[str, int] | None = None,
) -> list[Score]:
    """Every candidate's score for ``statement``, best first (``weights``: :func:`rarity` of the
    candidates, ``held``: their :func:`holders`, computed here when not given)."""
    weights = rarity(candidates) if weights is None else weights
    held = holders(candidates) if held is None else held
    scores = [score(statement, candidate, letter, weights, held) for candidate in candidates]
    return sorted(scores, key=lambda item: (-item.value, item.commitment_id))


def among_several(candidate: Candidate, candidates: Sequence[Candidate], text: str) -> bool:
    """Whether ``text`` counts several things of a kind ("twee evaluaties", "beide onderzoeken") that the
    item's title and another open item's of its ministry both name: the kind speaks of a group, so it does
    not tell the item from that look-alike."""
    kinds = stems([found["kind"] for found in COUNTED.finditer(text)])

    def of_kind(item: Candidate) -> bool:
        title = item.subjects[0] if item.subjects else ()
        return any(same_stem(kind, word) for kind in kinds for word in title)

    return (
        bool(kinds)
        and of_kind(candidate)
        and any(
            other is not candidate and other.record.ministry == candidate.record.ministry and of_kind(other)
            for other in candidates
        )
    )


def choose(ranked: Sequence[Score]) -> Score | None:
    """The best score, when it is high enough and clearly ahead of the runner-up; else no proposal."""
    if not ranked or ranked[0].value < MIN_SCORE:
        return None
    runner_up = ranked[1].value if len(ranked) > 1 else 0.0
    return ranked[0] if ranked[0].value - runner_up >= MARGIN else None
