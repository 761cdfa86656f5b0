"""A chat message as a proposed commitment: what ``/nieuw <zin>`` proposes, and when a plain message in a
private chat counts as one (otherwise it is ordinary talk and the bot says what it expects)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum

from commitments import drafts, pending
from commitments.deadline_input import day_and_reason
from commitments.deadlines import NO_DEADLINE
from commitments.drafts import DraftRecord
from commitments.errors import InvalidInput
from commitments.extraction import Draft, cues, parse_message, parse_promises
from commitments.letters import kind_of, known_ministry
from commitments.ministries import ministry_code
from commitments.pending import CardStep, ChangeStep, LetterDateStep
from commitments.refs import usable_refs
from commitments.services import NewCommitment, known_people
from commitments.unit_of_work import UnitOfWork

MIN_TITLE_WORDS = 3
_WORD = re.compile(r"[\w-]*[^\W\d_][\w-]*")  # with a letter: "F-35", not "2027" or an emoji
_WHO = """
de het een van voor en minister ministers ministerie staatssecretaris staatssecretarissen premier
minister-president kabinet regering bewindspersoon zegt toe
"""
_WHO_WORDS = frozenset(_WHO.split())
"""Words that say who promises, not what."""


_TO_A_PERSON = re.compile(
    r"\b(?:stuur|stuurt|sturen|mail|mailt|app|appt|geef|geeft|herinner|herinnert|laat|informeer|informeert"
    r"|bel|belt|breng|brengt|lever|levert|zend|zendt|deel|deelt|bezorg|bezorgt)\s+(?:je|jou|jullie|me|mij)\b"
    r"|\b(?:je|jij|jullie)\s+(?:me|mij)\b",
    re.IGNORECASE,
)
"""An act whose receiver is the one spoken to or the writer ("Ik stuur je de notitie", "Herinner me aan …",
"Kun je me … sturen"): talk between colleagues or to the bot."""


def to_a_person(draft: Draft) -> str | None:
    """The words that address a message to a person instead of the Kamer ("stuur je", "herinner me"),
    when it names neither the Kamer nor a bewindspersoon: no promise of the government to the Kamer. "Ik
    stuur je de brief die de minister voor de zomer aan de Kamer stuurt" names the Kamer, and a promise."""
    found = _TO_A_PERSON.search(draft.quote)
    if found is None or draft.post or cues.KAMER_ADDRESSEE.search(draft.quote):
        return None
    return found.group()


def names_what(draft: Draft) -> bool:
    """Whether a message names what is promised: a word beyond who promises and by when. "De minister",
    "voor het zomerreces", "Minister van VWS voor 1 maart" or "🎉🎉🎉" name nothing."""
    rest = draft.title
    if draft.deadline_text:
        rest = re.sub(re.escape(draft.deadline_text), " ", rest, flags=re.IGNORECASE)
    post = set(draft.post.lower().replace(",", " ").split()) if draft.post else set()
    return any(
        word.lower() not in _WHO_WORDS and word.lower() not in post and ministry_code(word) is None
        for word in _WORD.findall(rest)
        if len(word) > 1
    )


def reads_as_commitment(draft: Draft) -> bool:
    """Whether a plain message reads as a commitment: a description, with two of a deadline, a
    bewindspersoon and a Kamerstuk (who and when: "De minister van EZ stuurt voor Prinsjesdag de
    groeibrief"), or with one of them when the description has a few words. A deadline alone is a word of
    time that any sentence may hold ("Het regent vandaag in Den Haag"): then the message must also name
    what a promise is made of, an act, a product or the Kamer ("Brief over de jeugdzorg voor de zomer")."""
    words = len(draft.title.split())
    found = sum(map(bool, (draft.deadline_text, draft.post, draft.refs)))
    if words == 0 or found == 0:
        return False
    if found >= 2:
        return True
    return words >= MIN_TITLE_WORDS and (not draft.deadline_text or names_a_promised_thing(draft.quote))


def shows_a_promise(draft: Draft) -> bool:
    """Whether a message bears any sign of a promise: a deadline, a bewindspersoon, a Kamerstuk, or words
    a promise is made of (:func:`names_a_promised_thing`). Without one ("asdfkjh qwerty", "Goedemorgen
    allemaal") it is no commitment, whether typed after /nieuw or plain, in a group or in private."""
    return bool(draft.deadline_text or draft.post or draft.refs) or names_a_promised_thing(draft.quote)


def names_a_promised_thing(text: str) -> bool:
    """Whether ``text`` names an act of promising, a product or the Kamer: the stuff of a promise."""
    return any(
        pattern.search(text) is not None
        for pattern in (cues.ACT_OR_MESSAGE, cues.PRODUCT_RE, cues.KAMER_ADDRESSEE, cues.GOVERNMENT_RE)
    )


def stands_alone(draft: Draft) -> bool:
    """Whether a message says who promises what by when: a bewindspersoon, a deadline and a description of a
    few words. Such a message is a commitment of its own, also while a question waits for an answer."""
    return bool(draft.post and draft.deadline_text and len(draft.title.split()) >= MIN_TITLE_WORDS)


def names_more_than_a_day(draft: Draft) -> bool:
    """Whether a message answering "what day?" says more than a day: it :func:`reads as a commitment
    <reads_as_commitment>` by a subject of its own ("Kamer wordt voor de zomer geïnformeerd over stikstof",
    "De minister van Defensie stuurt een brief over de F-35"), not only a deadline phrase, whose title is the
    phrase itself ("Voor de zomer")."""
    whole = " ".join(draft.quote.split()).strip(" .,;:")
    return reads_as_commitment(draft) and draft.title.casefold() != whole.casefold()


def _asks_a_day(question: DraftRecord) -> bool:
    """Whether a question asks for a day and nothing else: a card's deadline, an undated letter's date (a
    postponement asks for its reason too, so a sentence is its expected answer)."""
    try:
        step = drafts.any_step(question)
    except drafts.DraftGone:
        return False
    return isinstance(step, LetterDateStep) or (isinstance(step, CardStep) and step.asking != "post")


def private_answer(
    uow: UnitOfWork, team: int, user_id: int, text: str, replied_to: int | None
) -> tuple[DraftRecord | None, bool]:
    """The question a message in a private chat answers: the one it replies to (``replied_to``, a message of
    the bot), else the newest one put to the person; and whether the message also :func:`stands alone
    <stands_alone>` as a new commitment, or, to a question that asks a day alone, :func:`names more than a
    day <names_more_than_a_day>`, so that the person is asked which it is. (The bot's questions force a
    reply, so a reply there is no sign that the person meant to answer.)"""
    if replied_to is not None:
        question = drafts.question_for(uow, team, replied_to, user_id)
    else:
        question = drafts.waiting_for(uow, team, user_id)
    if question is None:
        return None, False
    draft = parse_message(text, uow.today(), known_people(uow, team))
    return question, stands_alone(draft) or (_asks_a_day(question) and names_more_than_a_day(draft))


def commitments_in_message(
    text: str, today: date, known_people: Mapping[str, tuple[str, str]], plain: bool = False
) -> list[NewCommitment]:
    """The commitments a chat message proposes, one per promise it holds (:func:`parse_promises`) that is
    still to come; none when its first such promise :func:`names nothing promised <names_what>` or
    :func:`shows no sign of a promise <shows_a_promise>`, or (``plain``: a message without a command, in a
    private chat, where people also just talk) does not :func:`read as one <reads_as_commitment>`. A
    message that only tells what already happened is refused in Dutch."""
    found = parse_promises(text, today, known_people)
    ahead = [draft for draft in found if draft.happened is None]
    if not ahead:
        raise InvalidInput(
            f"Dit lijkt al gebeurd (‘{found[0].happened}’): wat al gebeurd is, is geen toezegging. "
            "Schrijf wie wat nog toezegt en wanneer, bijvoorbeeld ‘De minister stuurt voor 1 maart een "
            "brief over …’."
        )
    first, *others = ahead
    if (addressed := to_a_person(first)) is not None:
        raise InvalidInput(
            f"Dit bericht is aan een persoon gericht (‘{addressed}’), niet aan de Kamer: dat is geen "
            "toezegging. Een toezegging is wat een bewindspersoon de Kamer belooft, bijvoorbeeld ‘De "
            "minister stuurt voor 1 maart een brief over …’; voor elke opgeslagen toezegging komen de "
            "herinneringen vanzelf."
        )
    if not names_what(first) or not shows_a_promise(first) or (plain and not reads_as_commitment(first)):
        return []
    return [_new_commitment(draft) for draft in (first, *others) if names_what(draft)]


def _new_commitment(draft: Draft) -> NewCommitment:
    return NewCommitment(
        title=draft.title,
        quote=draft.quote,
        kind=kind_of(draft.kind),
        deadline=draft.deadline,
        deadline_text=draft.deadline_text,
        estimate=draft.estimate,
        recurring=draft.recurring,
        ministry=known_ministry(draft.ministry),
        post=draft.post,
        person=draft.person,
        refs=usable_refs(draft.refs),
        owner=draft.owner,
    )


def cards_for_message(
    text: str, today: date, known_people: Mapping[str, tuple[str, str]], plain: bool = False
) -> list[CardStep]:
    """The cards a chat message proposes, one per promise (see :func:`commitments_in_message`); "geen
    termijn" written in the message means an item without a deadline is saved so instead of asking for one."""
    said_none = NO_DEADLINE.search(text) is not None
    return [
        CardStep(new=new, no_deadline=new.deadline is None and said_none)
        for new in commitments_in_message(text, today, known_people, plain)
    ]


class Typed(Enum):
    """What a message typed while a change waits for "Ja, deze datum" was taken as."""

    YES = "yes"
    NO = "no"
    REASON = "reason"
    UNUSED = "unused"


@dataclass(frozen=True)
class WhileConfirming:
    """A message typed while the change ``step`` (its draft ``draft_id``) waits for its date's
    confirmation, and what it was taken as."""

    draft_id: int
    step: ChangeStep
    taken_as: Typed


def typed_while_confirming(
    uow: UnitOfWork, team: int, user_id: int, text: str, replied_to: int | None
) -> WhileConfirming | None:
    """A message typed (in a private chat, or in reply to the question in a group) while a change of this
    person waits for "Ja, deze datum": "ja" confirms and "nee" (or "annuleer") ends the change; a sentence
    answers, for a postponement without a reason yet, why (kept as its reason, the confirmation still
    asked); anything else (a new date with its reason, a new commitment, a reason beside one already
    given) is not used, and the person is told so. None when no confirmation waits."""
    waiting = drafts.confirmation_for(uow, team, user_id, replied_to)
    if waiting is None:
        return None
    draft, step = waiting
    if pending.is_keep(text):
        return WhileConfirming(draft.id, step, Typed.YES)
    if pending.is_no(text) or pending.is_cancel(text):
        drafts.delete_draft(uow, draft.id, team)
        return WhileConfirming(draft.id, step, Typed.NO)
    reason = " ".join(text.split())
    if (
        step.action != "postpone"
        or step.reason
        or day_and_reason(reason, uow.today())
        or stands_alone(parse_message(reason, uow.today(), known_people(uow, team)))
    ):
        return WhileConfirming(draft.id, step, Typed.UNUSED)
    step = step.model_copy(update={"reason": reason})
    drafts.update_draft(uow, draft.id, team, payload=pending.dump(step))
    return WhileConfirming(draft.id, step, Typed.REASON)
