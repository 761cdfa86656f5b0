"""A chat message that proposes a commitment, e.g. ``/nieuw MinJenV: Kamer voor de zomer informeren over de
handreiking gegevensdeling (Kamerstuk 28 638, nr. 178) @piet``, read into a draft."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from commitments.accents import fold, places
from commitments.deadlines import Deadline, find, resolve_typed
from commitments.extraction.cues import PRODUCT_RE
from commitments.extraction.metadata import real_refs
from commitments.extraction.sentences import Sentence, split_sentences
from commitments.ministries import (
    agent_ministry,
    budget_ministry,
    find_posts,
    in_office,
    leading_ministry,
    noted_ministry,
    parse_post,
    role_at,
    tagged_ministry,
)
from commitments.titles import OWNER, pointer_resolved, subject_title

_COMMAND = re.compile(r"^\s*/\w+(?:@\w+)?\s*")
_PREFIX = re.compile(r"^\s*(?P<who>[^:\n]{1,80}?)\s*:\s+")
_MOTIE = re.compile(r"\bmoties?\b", re.IGNORECASE)
_PROMISED = re.compile(
    r"\b(?:toegezegd|zegden?\b.{0,120}?\btoe|beloofden?|beloofd)\b", re.IGNORECASE | re.DOTALL
)
"""A promise told in the past tense: "zegde de minister toe", "heeft toegezegd", "beloofde"."""
_YEAR = re.compile(r"\b\d{4}\b")
_MARKUP = re.compile(
    r"<(?P<code>script|style)\b[^<>]{0,200}>[^<]{0,2000}</(?P=code)\s*>"
    r"|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]{0,200})?/?>",
    re.IGNORECASE,
)
"""A tag typed as text ("<b>VWS</b>"), or a script or style element with its code
("<script>alert(1)</script>"): markup, no word of the promise; the quote keeps it as typed."""
_INFORMS = re.compile(
    r"\b(?:inform\w*|ge[iï]nformeerd|brief|sturen|toesturen|toezenden|rapporter\w*|delen|terugkomen|reactie)\b",
    re.IGNORECASE,
)
_PRODUCT = re.compile(
    r"\b(?:wetsvoorstel\w*|publiceren|opleveren|gereed|afronden|starten|uitvoeren|ontwikkelen|realiseren"
    r"|invoeren|indienen|aanbesteden|opstellen|besluit\w*)\b",
    re.IGNORECASE,
)
_ACT_STEMS = "stuur|verstuur|informeer|deel|rapporteer|publiceer|lever|meld|presenteer"
"""The stems of the (weak) verbs of a promise's act: informing, sending, sharing, delivering."""
_STRONG_PARTICIPLE = r"(?:toe|ge|ver)zonden|(?:aan)?geboden|geschreven|gegeven|teruggekomen"
_STRONG_PAST = r"zond|zonden|verzond|bood|boden|schreef|schreven|gaf|gaven|kwam|kwamen"
_AUXILIARY = r"(?:heeft|hebben|had|hadden|is|zijn|was|waren|werd|werden)"
_PARTICIPLE = rf"(?:(?:toe|op|aan|door|rond)?ge(?:{_ACT_STEMS})d|(?:{_ACT_STEMS})d|{_STRONG_PARTICIPLE})"
"""A participle or simple past of the act: "(toe)gestuurd", "verstuurd", "gedeeld", "gezonden", "aangeboden"
(a stem with an inseparable prefix, "verstuur", takes no "ge"; "verstuurt" with a t is the present)."""
_DONE = re.compile(
    rf"\b(?:(?P<aux>{_AUXILIARY})\b(?:[^.;:!?]{{0,80}}?)\b(?P<part>{_PARTICIPLE})"
    rf"|(?P<part2>{_PARTICIPLE})\s+(?P<aux2>{_AUXILIARY})"
    rf"|(?P<past>(?:{_ACT_STEMS})(?:de|den)|{_STRONG_PAST}))\b",
    re.IGNORECASE,
)
"""The act told as done: in the perfect ("heeft … gestuurd", "is … verstuurd", "verstuurd is") or the simple
past ("stuurde", "informeerde", "zond")."""
_STILL_TO_COME = re.compile(
    rf"\b(?:zal|zullen|zou|zouden|gaat|gaan|wil|willen|moet|moeten|wordt|worden|komt|komen|te\s+\w+en"
    rf"|niet|geen|nog|(?:{_ACT_STEMS})(?:t|en)?|zendt|zend|zenden|biedt|bieden|schrijft|schrijven|geeft)\b",
    re.IGNORECASE,
)
"""What keeps an act ahead: a verb of the future, intent or duty, the present passive ("wordt verstuurd"), the
act in the present or as an infinitive ("stuurt", "te informeren"), or a negation ("nog niet gestuurd")."""
_SUBORDINATE = re.compile(
    r"\b(?:dat|die|wat|waar\w+|nadat|zodra|als|wanneer|indien|omdat)\b[^,;:]*$", re.IGNORECASE
)
"""A clause that only describes a thing ("het rapport dat is gepubliceerd") or a condition: its tense says
nothing of the promise."""
_BY = re.compile(r"^(?:voor|vóór|uiterlijk|binnen|over|tegen|eind|einde)\b", re.IGNORECASE)
"""A moment by which something is due ("voor 1 maart is de brief verstuurd" promises it)."""


@dataclass(frozen=True)
class Draft:
    """A proposed commitment read from a chat message; the bot shows it for confirmation."""

    kind: str
    title: str
    quote: str
    deadline: date | None
    deadline_text: str | None
    estimate: bool
    recurring: str | None
    ministry: str | None
    post: str | None
    person: str | None
    refs: tuple[str, ...]
    owner: str | None
    happened: str | None = None
    """The words that tell the act as done ("heeft … gestuurd"): no promise, and so no deadline."""

    def to_json(self) -> dict[str, object]:
        """The draft as in the ``parse`` command's JSON contract."""
        return {
            "kind": self.kind,
            "title": self.title,
            "quote": self.quote,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "deadline_text": self.deadline_text,
            "estimate": self.estimate,
            "recurring": self.recurring,
            "ministry": self.ministry,
            "post": self.post,
            "person": self.person,
            "refs": list(self.refs),
            "owner": self.owner,
            "happened": self.happened,
        }


_BARE_ROLE = re.compile(
    r"\s*(?:de\s+)?(?P<role>minister|staatssecretaris)\b(?!\s+(?:van|voor)\b)", re.IGNORECASE
)


def _who(
    text: str, known_people: Mapping[str, tuple[str, str]]
) -> tuple[str | None, str | None, str | None, str]:
    """(post, ministry code, person, the text without the "Who:" prefix)."""
    prefix = _PREFIX.match(text)
    candidates = [prefix["who"]] if prefix else []
    candidates.append(text)
    for candidate in candidates:
        for name, (post, code) in known_people.items():
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", candidate, re.IGNORECASE):
                return post, code, name, _rest(text, prefix, candidate)
        found = parse_post(candidate) if candidate is not text else next(iter(find_posts(candidate)), None)
        if found is not None and (found.post or candidate is not text):
            rest = _rest(text, prefix, candidate)
            ministry_only = candidate is not text and not any(post.post for post in find_posts(candidate))
            post = _role_of(rest, found.ministry) if ministry_only or not found.post else found.post
            return post, found.ministry, None, rest
    if prefix and (after_label := leading_ministry(text[prefix.end() :])) is not None:
        # a note's label before who acts ("CD Politie: MinJenV zegt toe …"): the occasion, not who
        return _minister_of(after_label.ministry), after_label.ministry, None, text[prefix.end() :]
    opening = leading_ministry(text) or tagged_ministry(text) or agent_ministry(text)
    if opening is not None:
        return _minister_of(opening.ministry), opening.ministry, None, text
    if (noted := noted_ministry(text)) is not None:  # "jeugdzorg brief VWS 1 juni": the tag is no subject
        rest = " ".join(f"{text[: noted.start]} {text[noted.end :]}".split())
        return _minister_of(noted.ministry), noted.ministry, None, rest
    return None, None, None, text


def _minister_of(ministry: str) -> str:
    return role_at("Minister", ministry)


def _role_of(text: str, ministry: str) -> str:
    """The post of a message that names only a ministry before it ("VWS: …"): its staatssecretaris when
    the text opens with a bare one ("VWS: de staatssecretaris stuurt …"), else its minister."""
    bare = _BARE_ROLE.match(text)
    role = "Staatssecretaris" if bare and bare["role"].lower() == "staatssecretaris" else "Minister"
    return role_at(role, ministry)


def _rest(text: str, prefix: re.Match[str] | None, candidate: str) -> str:
    return text[prefix.end() :] if prefix and candidate == prefix["who"] else text


def _said_on(body: str, today: date) -> Deadline | None:
    """The day a promise told after the fact was made, when the message names it: a past day with its year
    in a message that tells the promise in the past tense ("In het debat van 4 september 2024 zegde de
    minister toe voor het einde van het jaar een brief te sturen"). A deadline said relative to that moment
    counts from it, not from today; a message in the present tense is about now."""
    if not _PROMISED.search(body):
        return None
    return next(
        (
            found
            for found in find(body, today)
            if found.backward and found.date is not None and found.date < today and _YEAR.search(found.text)
        ),
        None,
    )


def _happened(text: str, today: date) -> str | None:
    """The words that tell the act of ``text`` as already done ("heeft op 1 december een brief gestuurd",
    "De brief is verstuurd", "stuurde"), as "heeft … gestuurd"; None when the text holds the act still to
    come, a promise made ("heeft toegezegd … te sturen"), a moment by which it is due, or the done act only
    in a clause that describes a thing."""
    folded = fold(text)  # "geïnformeerd" is "geinformeerd"
    if _PROMISED.search(folded) or _STILL_TO_COME.search(folded):
        return None
    if any(_BY.match(found.text) and not found.backward for found in find(text, today)):
        return None
    for done in _DONE.finditer(folded):
        if _SUBORDINATE.search(folded, 0, done.start()):
            continue
        spots = places(text)  # where the folded words stand in the text as written
        if done["past"]:
            return text[spots[done.start()] : spots[done.end()]]
        first, last = ("aux", "part") if done["aux"] else ("part2", "aux2")
        words = [text[spots[done.start(group)] : spots[done.end(group)]] for group in (first, last)]
        return " … ".join(words) if len(done[0].split()) > 2 else " ".join(words)
    return None


_LABELLED_DEADLINE = re.compile(
    r"(?:^|(?<=[,;(]))\s*termijn\s*:?\s*(?P<value>[^,;:()\n]+?)\s*(?=[,;)\n]|$)", re.IGNORECASE
)
"""A deadline after the card's own label, opening a part of the note ("…, termijn: 2 weken", "termijn eind
januari"), not "de termijn van …"."""


def _unlabelled(text: str, today: date) -> str:
    """``text`` with a labelled deadline read as the phrase it is: the value itself ("termijn: 1 maart" is
    "1 maart"), or a bare period the time within which it is due ("termijn: 2 weken" is "binnen 2 weken")."""

    def phrase(label: re.Match[str]) -> str:
        for read in (label["value"], f"binnen {label['value']}"):
            found = resolve_typed(read, today, allow_past=True)
            if found is not None and found.text.casefold() == read.casefold():  # the value is the phrase
                return f" {read}"
        return label[0]

    return _LABELLED_DEADLINE.sub(phrase, text)


def _kind(text: str) -> str:
    if _MOTIE.search(text):
        return "motie"
    if _PRODUCT.search(text) and not _INFORMS.search(text):
        return "deliverable"
    return "toezegging"


def _first_sentence(text: str) -> str:
    """What a long message is about is said first; its title does not run on into what follows."""
    sentences = split_sentences(text)
    return sentences[0].text if sentences else text


_JOIN = re.compile(r"\s*;\s*|,?\s+en\s+", re.IGNORECASE)
"""Where a sentence may join two clauses: "…; …", "… en …"."""
_POINTS_BACK = re.compile(r"\W*(?:die|deze|dit|dat)\b", re.IGNORECASE)
"""A sentence that opens by pointing back ("Dit is belangrijk voor de zomer", "Die volgt in mei") says more
about the promise before it; it is no promise of its own."""
_OBJECT = re.compile(r"\b(?:een|de|het)\s+[^\W\d_]", re.IGNORECASE)
"""A noun phrase: a clause that names a thing of its own ("en voor 1 juni een brief over X") promises that
thing; one with only a verb ("en zal begin oktober gereed zijn") says more of the same one."""


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` blanked out, each character's place kept."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _thing_and_moments(clause: str, today: date) -> tuple[bool, list[Deadline]]:
    """Whether ``clause`` names a thing besides its moments (:data:`_OBJECT`), and those moments."""
    moments = find(clause, today)
    return bool(_OBJECT.search(_blanked(clause, [(m.start, m.end) for m in moments]))), moments


def _own_sentence(sentence: str, today: date) -> bool:
    """Whether a sentence after the first promises something of its own: an act of informing or delivering,
    a thing besides its moment, and a moment or a post of its own; not one that points back."""
    if not (_INFORMS.search(sentence) or _PRODUCT.search(sentence)) or _POINTS_BACK.match(sentence):
        return False
    thing, moments = _thing_and_moments(sentence, today)
    return thing and (bool(moments) or bool(find_posts(sentence)))


_OPENS_THING = re.compile(
    r"\s*(?P<article>een|de|het)\s+(?P<words>[^\W\d_]+(?:\s+[^\W\d_]+)?)", re.IGNORECASE
)
"""A clause that opens with a noun phrase ("een brief over B", "een tweede brief", "het plan van aanpak")."""
_ABOUT = re.compile(r"\bover\s+\S", re.IGNORECASE)


def _another_product(before: str, after: str) -> bool:
    """Whether ``after`` names a second product of the act ``before`` it, the verb and moment shared ("stuurt
    voor 1 maart een brief over A en een brief over B", "de brief over A en de brief over B"): a product
    noun after "een", or the product noun of ``before`` again. Not a second subject of one product ("een
    brief over A en de huisartsenzorg", "over A en de evaluatie daarvan")."""
    opens = _OPENS_THING.match(after)
    if opens is None or not PRODUCT_RE.search(before):
        return False
    nouns = [word.lower() for word in opens["words"].split() if PRODUCT_RE.fullmatch(word)]
    said = {word.lower() for word in before.split()}
    return bool(nouns) and (opens["article"].lower() == "een" or nouns[0] in said)


_HEAD_ABOUT = re.compile(r"^(?P<head>[^\W\d_][\w-]*)\s+over\s", re.IGNORECASE)


def _with_elided_thing(title: str, before: str) -> str:
    """The title of a clause that left out the thing the clause before named ("een brief over A; MinVRO voor 1
    mei over B"): "Brief over B", that thing again, when the title opens with its "over"."""
    head = _HEAD_ABOUT.match(before)
    if head is None or not title.lower().startswith("over "):
        return title
    return f"{head['head']} {title[:1].lower()}{title[1:]}"


def _own_clause(before: str, after: str, today: date) -> bool:
    """Whether the clause ``after`` a join is a promise of its own beside the one ``before`` it: a second
    product of the same act (:func:`_another_product`); or each has a moment, and the one after a thing
    of its own ("voor 1 maart een brief over A en voor 1 juni een brief over B", its verb shared) or its
    own post and subject ("MinBZK voor 1 april een brief over A; MinVRO voor 1 mei over B"); not a range or
    a list of moments ("tussen 1 maart en 1 juni een brief", "in maart en in september"), where the join
    stands between two moments."""
    if _another_product(before, after):
        return True
    thing, moments = _thing_and_moments(after, today)
    own_who = leading_ministry(after) is not None or bool(find_posts(after))
    earlier = find(before, today)
    if not ((thing or (own_who and _ABOUT.search(after))) and moments and earlier):
        return False
    between = not before[earlier[-1].end :].strip() and not after[: moments[0].start].strip()
    return not between


def _clauses(body: str, sentence: Sentence, today: date) -> list[tuple[int, int]]:
    """The sentence as one span, or split where it joins :func:`clauses of their own <_own_clause>`: one
    promise each. A clause is judged up to the next join ("de brief over asiel en migratie en in mei het
    plan" splits before "in mei", not inside the subject)."""
    spans = [(sentence.start, sentence.end)]
    joins = list(_JOIN.finditer(body, sentence.start, sentence.end))
    for join, following in itertools.zip_longest(joins, joins[1:]):
        start, _ = spans[-1]
        upto = following.start() if following else sentence.end
        if _own_clause(body[start : join.start()], body[join.end() : upto], today):
            spans[-1:] = [(start, join.start()), (join.end(), sentence.end)]
    return spans


def _promise_spans(body: str, today: date) -> list[tuple[int, int]]:
    """Where each promise of a message stands: the first sentence's first clause, then each later sentence
    that :func:`promises something of its own <_own_sentence>`, and each :func:`clause of its own
    <_own_clause>`. What else the message says belongs to the first promise."""
    spans: list[tuple[int, int]] = []
    for sentence in split_sentences(body) or [Sentence(0, len(body), body)]:
        clauses = _clauses(body, sentence, today)
        first, *joined = clauses
        if not spans or _own_sentence(body[first[0] : first[1]], today):
            spans.append((sentence.start, sentence.end) if not joined else first)
        spans.extend(joined)
    return spans


def _dated_or(found: Deadline | None, own: Deadline | None) -> Deadline | None:
    """``found`` elsewhere in the message when it gives a date or the promise's ``own`` phrase gives none:
    "zo snel mogelijk …. Uiterlijk 1 maart." is due 1 March."""
    return found if own is None or (found is not None and found.date is not None) else own


Who = tuple[str | None, str | None, str | None]
"""Who makes a promise: (post, ministry code, person)."""


def _later_who(clause: str, first: Who, known_people: Mapping[str, tuple[str, str]]) -> Who:
    """Who makes a promise after the first: the post or person the clause names, else a bare role of the first
    promise's ministry ("…; de staatssecretaris stuurt …"), else the first promise's post."""
    post, ministry, person, _ = _who(clause, known_people)
    if post is not None or ministry is not None:
        return post, ministry, person
    if first[1] is not None and _BARE_ROLE.match(clause):
        return _role_of(clause, first[1]), first[1], None
    return first


def _draft(
    quote: str,
    title: str,
    kind: str,
    deadline: Deadline | None,
    who: Who,
    refs: tuple[str, ...],
    owner: str | None,
) -> Draft:
    post, ministry, person = who
    return Draft(
        kind=kind,
        title=title,
        quote=quote,
        deadline=deadline.date if deadline else None,
        deadline_text=deadline.text if deadline else None,
        estimate=deadline.estimate if deadline else False,
        recurring=deadline.recurring if deadline else None,
        ministry=ministry,
        post=post,
        person=person,
        refs=refs,
        owner=owner,
    )


def _with_pointed_at(body: str, start: int, end: int) -> str:
    """A later promise's text to title it by, with the sentence before it when it informs or comes back only
    on what that sentence was about ("… VWS informeert de Kamer daarover voor de zomer")."""
    own = body[start:end]
    before = split_sentences(body[:start])
    if before and pointer_resolved(before[-1].text, own) is not None:
        return f"{before[-1].text} {own}"
    return own


def parse_message(message: str, today: date, known_people: Mapping[str, tuple[str, str]]) -> Draft:
    """Read a chat message into a draft commitment (its first promise, see :func:`parse_promises`)."""
    return parse_promises(message, today, known_people)[0]


def parse_promises(message: str, today: date, known_people: Mapping[str, tuple[str, str]]) -> list[Draft]:
    """Read a chat message into a draft commitment per promise; deadlines resolve against ``today``.

    Each promise takes the deadline of its own sentence or clause, never another promise's ("voor 1 maart een
    brief over A en voor 1 juni een brief over B"), and its own post when it names one (else the first's); the
    first promise also takes what the rest of the message says (a moment told in a sentence after it, a
    Kamerstuk, who makes it), but not what a later promise says of itself (its post). Every draft quotes the
    whole message."""
    text = _COMMAND.sub("", message).strip()
    typed_owner = OWNER.search(text)
    owner = typed_owner["owner"] if typed_owner else None
    # an owner is no who or what
    plain = " ".join(_unlabelled(OWNER.sub(" ", _MARKUP.sub(" ", text)), today).split()).strip(" :;,")
    who = _who(plain, known_people)
    body = who[3]
    named_up_front = body != plain  # "MinJenV: …" names who makes every promise of the message
    said = _said_on(body, today)
    reference = today if said is None or said.date is None else said.date
    # the moment the promise was made is no deadline, and the deadline counts from it
    read = body if said is None else _blanked(body, [(said.start, said.end)])
    spans = _promise_spans(read, reference)
    drafts: list[Draft] = []
    shared: Deadline | None = None  # the moment of the clause before, for a product joined to it
    for index, (start, end) in enumerate(spans):
        own = read[start:end]
        whole = _blanked(read, spans[1:]) if index == 0 else own  # the first promise keeps the rest
        if index > 0:
            post, ministry, person = _later_who(own, who[:3], known_people)
        elif named_up_front or len(spans) == 1:
            post, ministry, person = who[:3]
        else:  # not the post a later promise names as its own
            post, ministry, person = _who(whole, known_people)[:3]
        happened = _happened(own, reference)
        deadline = resolve_typed(own, reference, allow_past=True)  # typed by a person: "morgen" is a day
        if index == 0 and (deadline is None or deadline.date is None):  # a date told after it
            deadline = _dated_or(resolve_typed(whole, reference, allow_past=True), deadline)
        if deadline is None and index > 0 and _JOIN.fullmatch(read[spans[index - 1][1] : start]):
            deadline = shared  # "voor 1 maart een brief over A en een brief over B": both by 1 March
        shared = deadline
        if happened is not None:  # its moment lies behind: no deadline a year ahead
            deadline = None
        refs = tuple(dict.fromkeys(ref.ref for ref in real_refs(whole)))
        if ministry is None and (budget := budget_ministry(refs)) is not None:  # a motie on the SZW budget
            ministry = in_office(budget, today)  # the LNV budget of 2023: LVVN answers for it now
            post = _minister_of(ministry)
        title_text = _first_sentence(body[start:end]) if index == 0 else _with_pointed_at(body, start, end)
        kind = _kind(whole)
        when = deadline.text if deadline else None
        title = subject_title(title_text, today, when, person, motie=kind == "motie")
        if drafts:
            title = _with_elided_thing(title, drafts[-1].title)
        draft = _draft(text, title, kind, deadline, (post, ministry, person), refs, owner)
        drafts.append(replace(draft, happened=happened))
    return drafts
