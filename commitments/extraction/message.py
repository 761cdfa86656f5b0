"""A chat message that proposes a commitment, e.g. ``/nieuw MinJenV: Kamer voor de zomer informeren over de
handreiking gegevensdeling (Kamerstuk 28 638, nr. 178) @piet``, read into a draft."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from commitments.deadlines import Deadline, find, resolve_typed
from commitments.extraction.metadata import real_refs
from commitments.extraction.sentences import split_sentences
from commitments.ministries import (
    agent_ministry,
    budget_ministry,
    find_posts,
    leading_ministry,
    ministries,
    parse_post,
    tagged_ministry,
)
from commitments.titles import subject_title

_COMMAND = re.compile(r"^\s*/\w+(?:@\w+)?\s*")
_OWNER = re.compile(r"(?<![\w.])@(?P<owner>[A-Za-z][\w.-]*)")
_PREFIX = re.compile(r"^\s*(?P<who>[^:\n]{1,80}?)\s*:\s+")
_MOTIE = re.compile(r"\bmoties?\b", re.IGNORECASE)
_PROMISED = re.compile(
    r"\b(?:toegezegd|zegden?\b.{0,120}?\btoe|beloofden?|beloofd)\b", re.IGNORECASE | re.DOTALL
)
"""A promise told in the past tense: "zegde de minister toe", "heeft toegezegd", "beloofde"."""
_YEAR = re.compile(r"\b\d{4}\b")
_MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]{0,200})?/?>")
"""A tag typed as text ("<b>VWS</b>"): markup, no word of the promise; the quote keeps it as typed."""
_INFORMS = re.compile(
    r"\b(?:inform\w*|ge[iï]nformeerd|brief|sturen|toesturen|toezenden|rapporter\w*|delen|terugkomen|reactie)\b",
    re.IGNORECASE,
)
_PRODUCT = re.compile(
    r"\b(?:wetsvoorstel\w*|publiceren|opleveren|gereed|afronden|starten|uitvoeren|ontwikkelen|realiseren"
    r"|invoeren|indienen|aanbesteden|opstellen|besluit\w*)\b",
    re.IGNORECASE,
)


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
    opening = leading_ministry(text) or tagged_ministry(text) or agent_ministry(text)
    if opening is not None:
        return _minister_of(opening.ministry), opening.ministry, None, text
    return None, None, None, text


def _minister_of(ministry: str) -> str:
    return f"Minister van {ministries()[ministry].name}"


def _role_of(text: str, ministry: str) -> str:
    """The post of a message that names only a ministry before it ("VWS: …"): its staatssecretaris when
    the text opens with a bare one ("VWS: de staatssecretaris stuurt …"), else its minister."""
    bare = _BARE_ROLE.match(text)
    role = "Staatssecretaris" if bare and bare["role"].lower() == "staatssecretaris" else "Minister"
    return f"{role} van {ministries()[ministry].name}"


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


def parse_message(message: str, today: date, known_people: Mapping[str, tuple[str, str]]) -> Draft:
    """Read a chat message into a draft commitment; deadlines resolve against ``today``."""
    text = _COMMAND.sub("", message).strip()
    owner = _OWNER.search(text)
    post, ministry, person, body = _who(" ".join(_MARKUP.sub(" ", text).split()), known_people)
    said = _said_on(body, today)
    if said is None:
        deadline = resolve_typed(body, today, allow_past=True)  # typed by a person: "morgen" is a day
    else:  # the moment the promise was made is no deadline, and the deadline counts from it
        blanked = body[: said.start] + " " * (said.end - said.start) + body[said.end :]
        deadline = resolve_typed(blanked, said.date or today, allow_past=True)
    refs = tuple(dict.fromkeys(ref.ref for ref in real_refs(body)))
    if ministry is None and (budget := budget_ministry(refs)) is not None:  # a motie on the SZW budget
        post, ministry = _minister_of(budget), budget
    return Draft(
        kind=_kind(body),
        title=subject_title(_first_sentence(body), today, deadline.text if deadline else None, person),
        quote=text,
        deadline=deadline.date if deadline else None,
        deadline_text=deadline.text if deadline else None,
        estimate=deadline.estimate if deadline else False,
        recurring=deadline.recurring if deadline else None,
        ministry=ministry,
        post=post,
        person=person,
        refs=refs,
        owner=owner["owner"] if owner else None,
    )
