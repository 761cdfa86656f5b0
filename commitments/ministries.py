"""Ministries and the posts of bewindspersonen, read from ``config/data/ministries.toml``.

Turns "Minister van Justitie en Veiligheid", "staatssecretaris VWS", "MinJenV" or an old name such as
"Minister van Veiligheid en Justitie" into a post and the ministry code (``JenV``).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from rapidfuzz import process
from rapidfuzz.distance import OSA

from commitments.accents import fold, places
from commitments.errors import InvalidInput


@dataclass(frozen=True)
class Ministry:
    """One ministry: its code, its names (current first) and the extra posts that sit there."""

    code: str
    names: tuple[str, ...]
    abbreviations: tuple[str, ...]
    posts: tuple[str, ...]
    lineage: tuple[str, ...] = ()  # ministries it became or came from, posts with a code that sit at it
    chapters: tuple[str, ...] = ()  # its budget chapters ("XV"; "XIV@36600": from that budget on)
    ended: date | None = None  # the day a ministry that no longer exists ended
    successors: tuple[str, ...] = ()  # the codes of the ministries that took over its work

    @property
    def name(self) -> str:
        return self.names[0]


@dataclass(frozen=True)
class PostMatch:
    """A post found in text: ``post`` as recorded (None for "het ministerie van X"), the code, the span."""

    post: str | None
    ministry: str
    start: int
    end: int


@dataclass(frozen=True)
class _Index:
    ministries: dict[str, Ministry]
    by_name: dict[str, tuple[str, str]]  # folded name -> (code, name as written in the data)
    by_abbreviation: dict[str, str]  # lower-case abbreviation or code -> code
    by_portfolio_word: dict[str, frozenset[tuple[str, str]]]  # folded word -> (code, name) it is part of
    post_pattern: re.Pattern[str]
    misspelt_pattern: re.Pattern[str]
    abbreviation_pattern: re.Pattern[str]
    agent_pattern: re.Pattern[str]
    by_chapter: dict[str, tuple[tuple[int, str], ...]]  # budget chapter -> (first budget, code), latest first
    by_written_form: dict[str, str]  # code or abbreviation as written ("VWS", "MinVWS") -> code
    predecessors: dict[str, tuple[str, ...]]  # code -> the codes of the ministries whose work it took over


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@cache
def _index() -> _Index:
    raw = tomllib.loads(resources.files("config").joinpath("data/ministries.toml").read_text("utf-8"))
    ministries: dict[str, Ministry] = {}
    by_name: dict[str, tuple[str, str]] = {}
    by_abbreviation: dict[str, str] = {}
    for entry in raw["ministry"]:
        ministry = Ministry(
            code=entry["code"],
            names=tuple(entry["names"]),
            abbreviations=tuple(entry["abbreviations"]),
            posts=tuple(entry["posts"]),
            lineage=tuple(entry.get("lineage", ())),
            chapters=tuple(entry.get("chapters", ())),
            ended=entry.get("ended"),
            successors=tuple(entry.get("successors", ())),
        )
        ministries[ministry.code] = ministry
        for name in (*ministry.names, *ministry.posts):
            by_name.setdefault(fold(name), (ministry.code, name))
        for short in entry.get("short_names", ()):  # "Minister van Landbouw": the post with the full name
            by_name.setdefault(fold(short), (ministry.code, ministry.name))
        for abbreviation in (ministry.code, *ministry.abbreviations):
            by_abbreviation[abbreviation.lower()] = ministry.code
            if not abbreviation.lower().startswith("min"):
                by_abbreviation["min" + abbreviation.lower()] = ministry.code
    names = _alternation(list(by_name))
    abbreviations = _alternation(list(by_abbreviation))
    by_portfolio_word = _portfolio_words(ministries.values())
    portfolio = _alternation(list(by_portfolio_word))
    # What follows a role: a name, an abbreviation or words of a portfolio ("staatssecretaris jeugd")
    after_role = (
        rf"\s+(?:(?P<preposition>van|voor)\s+)?(?P<name>{names})(?![\w-])"
        rf"|\s+(?:(?:van|voor)\s+)?(?P<abbr>{abbreviations})\b"
        rf"|\s+(?:(?P<part_preposition>van|voor)\s+)?"
        rf"(?P<part>(?:{portfolio})(?:(?:\s*,\s*|\s+en\s+|\s+)(?:{portfolio})){{0,3}})(?![\w-])"
    )
    second = r"(?:\s+en\s+(?P<second>minister|staatssecretaris)\b)?"
    post_pattern = re.compile(
        rf"\b(?P<role>minister-president|premier|ministerie|ministers?|staatssecretaris(?:sen)?|sts|stas)\b"
        rf"{second}(?:{after_role})?",
        re.IGNORECASE,
    )
    # A word that may be a role misspelt ("minsiter van Defensie"): only where a ministry or portfolio follows
    misspelt_pattern = re.compile(rf"\b(?P<role>[^\W\d_]{{5,20}}){second}(?:{after_role})", re.IGNORECASE)
    abbreviation_pattern = re.compile(rf"(?<![\w&-])(?P<abbr>{abbreviations})(?![\w&-])", re.IGNORECASE)
    agent_pattern = re.compile(
        rf"\b(?:door\s+(?:het\s+)?(?:ministerie\s+(?:van\s+|voor\s+)?)?|bewindspersoon\s+(?:van|voor)\s+)"
        rf"(?:(?P<name>{names})|(?P<abbr>{abbreviations}))(?![\w&-])",
        re.IGNORECASE,
    )
    by_chapter = _chapters(ministries.values())
    by_written_form = {
        form: code
        for code, found in ministries.items()
        for form in (code, f"Min{code}", *found.abbreviations)
    }
    predecessors: dict[str, tuple[str, ...]] = {}
    for older in ministries.values():
        for successor in older.successors:
            predecessors[successor] = (*predecessors.get(successor, ()), older.code)
    return _Index(
        ministries,
        by_name,
        by_abbreviation,
        by_portfolio_word,
        post_pattern,
        misspelt_pattern,
        abbreviation_pattern,
        agent_pattern,
        by_chapter,
        by_written_form,
        predecessors,
    )


def _chapters(ministries: Iterable[Ministry]) -> dict[str, tuple[tuple[int, str], ...]]:
    """Each budget chapter's ministries with the first budget (its Kamerstuk number) that was theirs, the
    latest first: "XIV" (LNV) and "XIV@36600" (LVVN, from the budget for 2025 on)."""
    held: dict[str, list[tuple[int, str]]] = {}
    for ministry in ministries:
        for chapter in ministry.chapters:
            numeral, _, first = chapter.upper().partition("@")
            held.setdefault(numeral, []).append((int(first or 0), ministry.code))
    return {numeral: tuple(sorted(owners, reverse=True)) for numeral, owners in held.items()}


_WORD = re.compile(r"[^\W\d_]+")
_SHORTEST_PORTFOLIO_WORD = 4  # "zorg", "jeugd"; not "en", "van"


def _portfolio_words(ministries: Iterable[Ministry]) -> dict[str, frozenset[tuple[str, str]]]:
    """Each word of a ministry's names and of its posts' portfolios, with the (code, name) it is part of: a
    post named by a part of its portfolio ("staatssecretaris jeugd") is the one whose portfolio holds it."""
    found: dict[str, set[tuple[str, str]]] = {}
    for ministry in ministries:
        named = [(name, ministry.name) for name in ministry.names] + [(post, post) for post in ministry.posts]
        for written, recorded in named:
            for word in _WORD.findall(fold(written)):
                if len(word) >= _SHORTEST_PORTFOLIO_WORD:
                    found.setdefault(word, set()).add((ministry.code, recorded))
    return {word: frozenset(owners) for word, owners in found.items()}


def ministries() -> dict[str, Ministry]:
    """All ministries by code."""
    return _index().ministries


def gone_by(code: str | None, today: date) -> Ministry | None:
    """The ministry ``code`` when it no longer existed on ``today`` (EZK, split into EZ and KGG in 2024): a
    promise typed for it now names a post that is no more."""
    found = _index().ministries.get(code or "")
    return found if found is not None and found.ended is not None and found.ended <= today else None


def in_office(code: str, today: date) -> str:
    """The ministry that answers for ``code``'s work on ``today``: ``code`` itself, or its one successor once
    it ended (a motie on the LNV budget of 2023, open now, is LVVN's)."""
    gone = gone_by(code, today)
    return gone.successors[0] if gone is not None and len(gone.successors) == 1 else code


def with_predecessors(code: str) -> list[str]:
    """``code`` and the codes of the ministries whose work it took over ("KGG": KGG and EZK): a list asked
    for a ministry holds the items of the ones it came from."""
    return [code, *_index().predecessors.get(code, ())]


def same_line(one: str, other: str) -> bool:
    """Whether two ministry codes are one ministry or of one line (renamed, split, a post within it): an item
    recorded under "LNV" is the "LVVN" letter's own, one under "KGG" that of a letter of "EZK"."""
    if one == other:
        return True
    known = _index().ministries
    return any(
        code in known and partner in known[code].lineage for code, partner in ((one, other), (other, one))
    )


_ROLES = {
    "minister-president": "Minister-President",
    "premier": "Minister-President",
    "ministers": "Minister",
    "staatssecretarissen": "Staatssecretaris",
    "sts": "Staatssecretaris",  # the abbreviations of notes: "sts Fin", "stas VWS"; only before a ministry
    "stas": "Staatssecretaris",
}


def role_at(role: str, code: str) -> str:
    """The post of ``role`` ("Minister", "Staatssecretaris") at the ministry ``code``: "Staatssecretaris van
    Justitie en Veiligheid"."""
    return f"{role} van {ministries()[code].name}"


def _role(written: str) -> str:
    lowered = written.lower()
    return _ROLES.get(lowered, lowered.capitalize())


def _named_post(role: str, written_preposition: str, code: str, name: str) -> str:
    """The post for "<role> van|voor <name>" ("van" also when the name follows the role directly, as in
    "Staatssecretaris Financiën"). A portfolio ("Minister voor Primair en Voortgezet Onderwijs")
    takes "voor"; "van" names a ministry, so "Minister van Onderwijs", a portfolio's words that open the
    ministry's own name, is the ministry's minister, not a "Minister voor Onderwijs"."""
    ministry = _index().ministries[code]
    if name not in ministry.posts:
        return f"{role} van {name}"
    if written_preposition.lower() == "van" and ministry.name.lower().startswith(name.lower()):
        return f"{role} van {ministry.name}"
    return f"{role} voor {name}"


def find_posts(text: str) -> list[PostMatch]:
    """Every post of a bewindspersoon (or "ministerie van X") named in ``text``, in order; also with its role
    misspelt ("minsiter van Defensie") or named by a part of its portfolio ("staatssecretaris jeugd") when
    that part is of one post only."""
    index = _index()
    found: list[PostMatch] = []
    spots = places(text)  # the matches are of the folded text
    for match, written_role in _role_matches(text):
        roles = [_role(written_role)] + ([_role(match["second"])] if match["second"] else [])
        for role in roles:
            if match["name"]:
                code, name = index.by_name[match["name"]]
                post = (
                    name
                    if name == "Minister-President"
                    else _named_post(role, match["preposition"] or "van", code, name)
                )
            elif match["abbr"]:
                code = index.by_abbreviation[match["abbr"].lower()]
                post = role_at(role, code)
            elif match["part"] and (owner := _portfolio_owner(match["part"])):
                code, name = owner
                post = _named_post(role, match["part_preposition"] or "voor", code, name)
            elif role == "Minister-President":
                code, post = "AZ", role
            else:
                continue
            who = None if role == "Ministerie" else post
            found.append(PostMatch(who, code, spots[match.start()], spots[match.end()]))
    return found


_MISSPELT_ROLES = ("minister", "ministers", "ministerie", "staatssecretaris", "staatssecretarissen")
_ONE_SLIP = 1
"""A role word is taken as misspelt at most one slip away (OSA distance): a letter missing, added or wrong, or
two swapped ("minsiter", "minster", "staatsecretaris"); "ministeriële" or "ministerraad" are words of their
own."""


def _role_matches(text: str) -> list[tuple[re.Match[str], str]]:
    """The matches of a role and what follows it in ``text``, with the role as written or, for a misspelt
    one, as meant; in order."""
    index = _index()
    folded = fold(text)
    found = [(match, match["role"]) for match in index.post_pattern.finditer(folded)]
    for match in index.misspelt_pattern.finditer(folded):
        meant = process.extractOne(
            match["role"].lower(), _MISSPELT_ROLES, scorer=OSA.distance, score_cutoff=_ONE_SLIP
        )
        if meant is not None and not any(_overlap(match, other) for other, _ in found):
            found.append((match, meant[0]))
    return sorted(found, key=lambda pair: pair[0].start())


def _overlap(one: re.Match[str], other: re.Match[str]) -> bool:
    return one.start() < other.end() and other.start() < one.end()


def _portfolio_owner(part: str) -> tuple[str, str] | None:
    """The one (code, name) whose names or portfolio hold every word of ``part`` ("jeugd", "jeugd en sport"),
    None when the words are of several ("wonen": "Wonen en Rijksdienst" and "Milieu en Wonen") or none."""
    by_word = _index().by_portfolio_word
    owners = [by_word[word] for word in _WORD.findall(fold(part)) if word in by_word]
    common = frozenset.intersection(*owners) if owners else frozenset()
    return next(iter(common)) if len(common) == 1 else None


def parse_post(text: str) -> PostMatch | None:
    """The first post in ``text``, or a bare ministry abbreviation ("BZK", "MinJenV") as its minister."""
    posts = [post for post in find_posts(text) if post.post]
    if posts:
        return posts[0]
    code = ministry_code(text)
    if code is None:
        return None
    ministry = _index().ministries[code]
    return PostMatch(f"Minister van {ministry.name}", code, 0, len(text))


def read_post(written: str) -> tuple[str, str]:
    """The post and ministry a person typed (a card's answer, ``/wijzig ID bewindspersoon``,
    ``/bewindspersoon``), or a Dutch :class:`InvalidInput` when it names no post."""
    found = parse_post(written)
    if found is None or found.post is None:
        shown = " ".join(written.split())
        raise InvalidInput(f"Ik herken geen bewindspersoon in ‘{shown}’, bijvoorbeeld ‘Minister van VWS’.")
    return found.post, found.ministry


@dataclass(frozen=True)
class Who:
    """The post and ministry an item records."""

    post: str | None
    ministry: str | None


def post_and_ministry(post: str | None, ministry: str | None = None) -> Who:
    """The post and ministry to record from what was written (a command line, a spreadsheet row, the
    register): a known post in its standard form (an unknown one as written); the ministry named (its code
    when known, else as written, for the service layer to refuse), else the post's."""
    found = parse_post(post) if post else None
    named = (ministry_code(ministry) or ministry) if ministry else None
    return Who(
        post=(found.post if found else None) or post, ministry=named or (found.ministry if found else None)
    )


def is_abbreviation(text: str) -> bool:
    """Whether ``text`` is a ministry's code or abbreviation ("VWS", "MinJenV"): a word no person's name
    ends in, so a list asked for by it looks up no bewindspersoon."""
    return text.strip().lower() in _index().by_abbreviation


def ministry_code(text: str) -> str | None:
    """The ministry code for a code, abbreviation, name or post ("VWS", "MinJenV", "Defensie"), else None."""
    index = _index()
    cleaned = text.strip()
    if is_abbreviation(cleaned):
        return index.by_abbreviation[cleaned.lower()]
    if fold(cleaned) in index.by_name:
        return index.by_name[fold(cleaned)][0]
    posts = find_posts(cleaned)
    if posts:
        return posts[0].ministry
    match = index.abbreviation_pattern.search(cleaned)
    return index.by_abbreviation[match["abbr"].lower()] if match else None


_LEADING = re.compile(r"^\s*(?P<abbr>[\w&-]+)(?=\s*[:,]?\s)")


def leading_ministry(text: str) -> PostMatch | None:
    """A ministry's short name opening a chat message ("MinJenV zegt toe …", "IenW: …", "VRO stuurt …"),
    as the ministry (``post`` None) and the span of the short name."""
    match = _LEADING.match(text)
    if match is None:
        return None
    code = _index().by_abbreviation.get(match["abbr"].lower())
    return PostMatch(None, code, match.start("abbr"), match.end("abbr")) if code else None


def agent_ministry(text: str) -> PostMatch | None:
    """A ministry named as who acts, after "door" ("beantwoording door IenW", "wordt uitgevoerd door het
    ministerie van Defensie") or as the one whose bewindspersoon acts ("de bewindspersoon van LVVN komt
    met …"), as the ministry (``post`` None) and the span of its name."""
    index = _index()
    match = index.agent_pattern.search(fold(text))
    if match is None:
        return None
    group = "name" if match["name"] else "abbr"
    code = index.by_name[match["name"]][0] if match["name"] else index.by_abbreviation[match["abbr"].lower()]
    spots = places(text)
    return PostMatch(None, code, spots[match.start(group)], spots[match.end(group)])


_OTHER_PARTY = re.compile(
    r"(?:^|[.!?;:]|\b(?:aan|bij|dan|de|door|en|het|met|naar|namens|of|over|tussen|van|voor|zonder))\s*$",
    re.IGNORECASE,
)


def noted_ministry(text: str) -> PostMatch | None:
    """A ministry's code standing as a word of its own amid a short note, written as the code is written
    ("jeugdzorg brief VWS 1 juni", "rapport JenV stikstof eind maart"): the ministry the note is about, when
    it is the only one named. Not a code after a word that makes the ministry another party or part of the
    subject ("overleg met VWS", "de VWS begroting"), nor one opening a sentence (who acts there, "… . VWS
    informeert de Kamer", is for the sentence to say), nor one joined to a word ("VWS-subsidies"), nor a
    code in small letters ("fin")."""
    index = _index()
    written = index.by_written_form
    named = [match for match in index.abbreviation_pattern.finditer(text) if match["abbr"] in written]
    found = [match for match in named if not _OTHER_PARTY.search(text[: match.start()])]
    if len(found) != 1 or len({written[match["abbr"]] for match in named}) != 1:
        return None
    return PostMatch(None, written[found[0]["abbr"]], found[0].start(), found[0].end())


_BUDGET_REF = re.compile(r"^(?P<budget>\d{5})-(?P<chapter>[IVXL]+)(?:-|$)")


def budget_ministry(refs: Iterable[str]) -> str | None:
    """The ministry whose budget chapter a Kamerstuk belongs to ("36200-XV-45": SZW; "36200-XIV-45": LNV,
    whose chapter XIV was LVVN's from the budget 36600 on), for the first reference with a chapter known
    (see ``chapters`` in ``config/data/ministries.toml``)."""
    by_chapter = _index().by_chapter
    for ref in refs:
        found = _BUDGET_REF.match(ref)
        owners = by_chapter.get(found["chapter"], ()) if found else ()
        owner = next((code for first, code in owners if found and first <= int(found["budget"])), None)
        if owner is not None:
            return owner
    return None


_TAGGED = re.compile(r"\s*\(\s*(?P<abbr>[\w&-]+)\s*\)|\s*,\s*(?P<last>[\w&-]+)\s*[.!]?\s*$")


def tagged_ministry(text: str) -> PostMatch | None:
    """A ministry's short name as a chat message tags its ministry: in parentheses ("… versoepelen (LVVN)")
    or after a comma closing it ("… uitvoeren, VWS"); as the ministry (``post`` None) and the span of the
    whole tag, so that taking it out leaves no brackets; the first such tag counts."""
    by_abbreviation = _index().by_abbreviation
    for match in _TAGGED.finditer(text):
        code = by_abbreviation.get((match["abbr"] or match["last"]).lower())
        if code:
            return PostMatch(None, code, match.start(), match.end())
    return None
