"""The one title of an item: *what* was promised, in at most :data:`TITLE_LENGTH` characters.

Every source (a chat message, a letter's sentence, a row of the Tweede Kamer's register) keeps its whole
text as the quote, which is searched; the title is for lists. It leaves out who promises and by when (the
item records those separately), Kamerstuk references and @owners, and is cut at a word, never in one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from commitments.deadlines import NO_DEADLINE, find
from commitments.ministries import find_posts, leading_ministry, tagged_ministry
from commitments.subject_words import content_words, stems

TITLE_LENGTH = 80

_REFS = re.compile(
    r"\(\s*(?:Kamerstuk(?:ken)?\s*(?:I{1,2}\s*)?)?[^()]*?\d[^()]*\)"
    r"|\b(?:Kamerstuk(?:ken)?|kst)[-\s]?[\dA-Z ,.-]*\d",
    re.IGNORECASE,
)
OWNER = re.compile(r"(?:\beigenaar\s*:?\s*)?(?<![\w.])@(?P<owner>[A-Za-z][\w.-]*)", re.IGNORECASE)
"""An owner typed as @name, with the card's own label before it or not ("eigenaar @anna",
"eigenaar: @anna")."""
_PROMISES = re.compile(
    r"\b(?:zegt|zeggen|zei|zal|zullen)\s+(?:de\s+kamer\s+|uw\s+kamer\s+)?toe\b"
    r"|\b(?:heeft|hebben)\s+(?:de\s+kamer\s+|uw\s+kamer\s+)?toegezegd\b"
    r"|\bbelooft\b|\b(?:toezegging|product|deliverable)\s*:"
    r"|,?\s*\b(?:zoals|conform)\s+(?:(?:eerder|reeds|ook)\s+)?(?:(?:aan\s+)?(?:uw|de)\s+kamer\s+)?toegezegd\b,?",
    re.IGNORECASE,
)
"""Who promises, and that it was promised ("zegt toe", "zoals toegezegd"): no part of what is promised."""
_NOTE_LABEL = re.compile(
    r"^(?:toezegging(?:en)?|tz)\b(?!\s*(?:over|aan|van|om|dat|die|is|wordt)\b)(?:[^:.;]{0,40}:(?=\s))?"
    r"|^(?:cd|ao|wgo|commissiedebat|debat|notaoverleg|wetgevingsoverleg|vragenuur)\b[^:.;]{0,40}:(?=\s)",
    re.IGNORECASE,
)
"""The label a note opens with, the word "toezegging" and the occasion it was made at ("toezegging LVVN
stikstof brief …", "Toezegging CD Onderwijs 12/11: minister OCW komt …", "AO Jeugd: …"): what kind of note
it is, not what was promised ("Toezegging over de jeugdzorg" keeps its words)."""
_UNKNOWN_POST = re.compile(
    r"^(?:de\s+)?(?:minister|staatssecretaris|bewindspersoon)\s+(?:van|voor)\s+(?:[^\s,.;:]+\s+){1,5}?"
    r"(?=(?:zal|zullen|zou|zouden|gaat|wil|moet|stuurt|zendt|informeert|bericht|biedt|levert|rapporteert"
    r"|komt|zegt|belooft|heeft|deelt)\b)",
    re.IGNORECASE,
)
"""A post that opens the text, named in words that give no one post ("Minister voor wonen stuurt …",
"Staatssecretaris van Toeslagen en Douane zal …"): up to its verb, who promises all the same."""
_LEADING_NOISE = re.compile(
    r"^(?:(?:de|het|dat|om|en|te|ook|zal|zullen|zou|zouden|gaat|gaan|moet|moeten|wil"
    r"|(?:komt|komen)\s+met"
    r"|(?:minister|staatssecretaris)(?![\w-])|(?:(?:uw\s+)?(?:tweede\s+)?kamer|u)(?=\s+(?:een|de|het)\b))\b[\s,]*)+"
    r"(?!ik\b|wij\b|we\b)",
    re.IGNORECASE,
)
"""Words before the subject: articles, a bare "de minister" (a post with its ministry is out already), the
verb of coming with it ("komt met een plan"), and the Kamer something is sent to ("de Kamer de evaluatie", "u
het plan"; "Kamer informeren over …" keeps its Kamer). A verb of sending is left to :data:`_HANDED_OVER`."""
_CONNECTIVES = (
    r"(?:tevens|daarnaast|verder|voorts|bovendien|eveneens|vervolgens|daarna|nadien|hierna"
    r"|daarom|derhalve|tegelijkertijd|allereerst|ten\s+(?:eerste|tweede|derde|slotte)|tenslotte|tot\s+slot"
    r"|tot\s+besluit|(?:de\s+)?(?:komende|aankomende|nabije)\s+(?:periode|tijd))"
)
_CONNECTIVE = re.compile(rf"^(?:(?:en|maar)\s+)?{_CONNECTIVES}\b[\s,]*", re.IGNORECASE)
"""A connective adverb (or a vague "komende periode") that ties the sentence to the one before it: it opens
the sentence, not its subject ("Daarnaast stuur ik u …", "en tevens een reactie geven op …")."""
_CS_FOOTNOTE = re.compile(r"(?<=\bc\.s\.)\d{1,3}(?![\d.,])", re.IGNORECASE)
"""A footnote mark glued to "c.s." ("de leden Van den Berg c.s.1"): no part of the names."""
_CS_END = re.compile(r"\bc\.s$", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:(?:van|door|namens)\s+)?(?:de|het)\s+$", re.IGNORECASE)
_FOOTNOTE_LABEL = re.compile(r"^\d{1,3}\s*:\s*")
"""What is left of a footnote's opening "5 Kamerstuk 28 638, nr. 178: …" once the reference is out."""
_INVERTED = re.compile(r"^(?P<verb>[a-zà-ÿ]+)\s+(?P<who>ik|wij|we)\b", re.IGNORECASE)
"""What is left of "Dit najaar zal ik …" or "Voor 1 juli informeer ik …" once the deadline is out: a
finite verb before its pronoun, put back in the order "ik zal …"."""
_KAMER_RECEIVES = re.compile(
    r"^(?:(?:ontvangt|ontvangen|krijgt|krijgen)\s+(?:uw\s+kamer|de\s+kamer|u)"
    r"|(?:uw\s+kamer|de\s+kamer|u)\s+(?:ontvangt|krijgt|zal|kan)(?:\s+(?:ontvangen|krijgen))?)"
    r"(?:\s+van\s+(?:mij|ons))?\b[\s,]*",
    re.IGNORECASE,
)
"""The Kamer as the one who receives ("In maart ontvangt uw Kamer de rapportage", "U krijgt van mij …"): what
it receives is the subject."""
_HAND_OVER = r"(?:stuur|stuurt|sturen|zend|zendt|zenden|bied|biedt|bieden|lever|levert|leveren)"
"""A finite verb of handing something over (its particle "toe" or "aan" may follow the object)."""
_GOVERNMENT_WILL = re.compile(
    r"^(?:ik|wij|we|het\s+kabinet|de\s+regering)\s+(?:(?:zal|zullen|ga|gaan|wil|willen|verwacht|verwachten"
    r"|streef|streven|hoop|hopen)\s+(?:ernaar\s+)?(?=\w)"
    rf"|(?=(?:informeer|informeert|informeren|bericht|berichten|{_HAND_OVER})\b))[\s,]*",
    re.IGNORECASE,
)
"""The government and its verb of the future or intent opening what is left ("Ik zal uw Kamer informeren over
…", "Het kabinet verwacht de evaluatie te sturen"), or the government before its verb of informing or sending
("Wij sturen u …"): who promises, not what (a post was taken out already)."""
_OPENING_ARTICLE = re.compile(r"^een\s+(?=\S)", re.IGNORECASE)
"""The indefinite article opening a title ("Een brief over …"): a title names its thing bare, as "Brief
over …"."""
_KAMER = re.compile(r"\bkamer\b(?!\s+van\b)")
"""The Kamer written in lower case ("brief aan kamer"): the Tweede Kamer, a name (a "kamer van …" is
another)."""
_RELATIVE_DAY = re.compile(r"(?<!\bvan\s)\b(?:(?:eer|over)?(?:gisteren|morgen)|vandaag)\b", re.IGNORECASE)
"""A day counted from today ("gisteren", "morgen"): when something happens, never what (unless it names a
thing: "de brief van gisteren")."""
_TRAILING_NOISE = re.compile(
    r"(?:[\s,]+\b(?:van|voor|op|in|per|uiterlijk|tot|na|vanaf|met|te|de|het|en|of|bij|rond|omstreeks|toe"
    r"|voor\s+het\s+eerst)\b)+$",
    re.IGNORECASE,
)
_EDGES = " \t.,;:-–—•▪◦"
_CLAUSE_TEXT = r"(?:[^.;:]|\.(?=\s+[a-zà-ÿ]))*?"
"""Words within one clause: a period of an abbreviation before a word in lower case ("12 november jl. heb
ik") ends none."""
_RECALLED_PROMISE = re.compile(
    rf"^(?:{_CLAUSE_TEXT}\b(?:heb|hebben|had|hadden)\s+(?:ik|wij|we)\s+(?:[^\s.;:]+\s+){{0,6}}?(?:toegezegd|beloofd)"
    rf"|{_CLAUSE_TEXT}\b(?:ik|wij|we)\s+(?:heb|hebben|had|hadden)\s+(?:[^\s.;:]+\s+){{0,6}}?(?:toegezegd|beloofd)"
    rf"|{_CLAUSE_TEXT}\b(?:heeft|hebben|had|hadden)\s+(?:(?:[^\s.;:]+|[a-z]{{1,4}}\.)\s+){{0,6}}?(?:toegezegd|beloofd)"
    rf"|{_CLAUSE_TEXT}\b(?:zeg|zegde|zeggen|zegden)\s+(?:ik|wij|we)\s+(?:[^\s.;:]+\s+){{0,4}}?toe"
    r"|(?:ik|wij|we)\s+(?:zeg|zeggen)\s+(?:[^\s.;:]+\s+){0,4}?toe"
    rf"|{_CLAUSE_TEXT}\b(?:is|werd)\s+(?:[^\s.;:]+\s+){{0,6}}?toegezegd)\b[\s,]*(?:dat\s+|om\s+)?",
    re.IGNORECASE,
)
"""The clause that recalls or makes the promise ("Tijdens het debat heb ik toegezegd", "Ook zeg ik toe dat",
"Uw Kamer is toegezegd"): what follows it is what was promised."""
_INFORM_CLAUSE = re.compile(
    r"^(?:(?:(?:ik|wij|we)\s+)?(?:(?:uw\s+|de\s+)?kamer|u)\s+(?:te\s+)?(?:informeer|informeert|informeren"
    r"|bericht|berichten)"
    r"|(?:informeer|informeert|informeren|bericht|berichten)(?:\s+(?:(?:(?:uw|de)\s+)?kamer|u)(?:\s+[^\s,]+){0,2}?)?"
    r"|(?:(?:uw|de)\s+)?kamer\s+(?:wordt|zal\s+worden)\s+ge[iï]nformeerd)\s+(?=over\b)",
    re.IGNORECASE,
)
"""Informing the Kamer as a clause ("uw Kamer te informeren over", "ik de Kamer informeer over", "informeert
de Kamer (schriftelijk) over", "informeer u nu over", "informeert over" with the Kamer left out): the item
reads "Kamer informeren over …"."""
_FRONTED_ABOUT = re.compile(
    r"^(?P<about>over\s+[^,;:]+?),?\s+(?P<verb>informeer|informeren|bericht|berichten)\s+(?:ik|wij|we)\s+"
    r"(?:(?:uw\s+|de\s+)?kamer|u)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
"""What the Kamer is informed about, put first ("Over de jeugd-ggz informeer ik u in een aparte brief"): the
item reads "Kamer informeren over …" and what else the clause says of how."""
_KAMER_TO = re.compile(
    r"^(?:(?:uw|de)\s+)?kamer\s+te\s+(?:(?:kunnen|willen|gaan)\s+)?(?=[^\W\d_]{2,}en\b)", re.IGNORECASE
)
"""The Kamer before "te" and an infinitive ("de Kamer te consulteren over", "Kamer te infomreren" mistyped,
"uw Kamer te kunnen informeren"): what the government does with the Kamer, read as the item "Kamer consulteren
over …" without its "te" (and a verb of being able or willing)."""
_COMES_BACK = re.compile(
    r"^(?P<how>(?:[^\s,]+\s+){0,2}?)(?:terug\s+te\s+komen|(?:kom|komt|komen)\s+(?P<later>(?:[^\s,]+\s+){0,2}?)terug)"
    r"\s+(?=op\b)",
    re.IGNORECASE,
)
"""Coming back on something, finite or after "te" ("komt terug op", "schriftelijk terug te komen op"): the
item reads "Terugkomen op …", as "Kamer informeren over …"."""
_REPORTS = re.compile(r"^rapporteert\s+(?:aan\s+(?:de|uw)\s+kamer\s+)?(?=over\b)", re.IGNORECASE)
_RECIPIENT = r"(?:(?:(?:uw|de)\s+)?(?:tweede\s+)?kamer|u)"
"""The Kamer that receives, in a note also without its article ("stuurt Kamer in Q1 een reactie")."""
_SEND = r"(?:sturen|zenden|versturen|toesturen|toezenden|aanbieden|leveren|doen\s+toekomen)"
_LEADING_MOMENT = re.compile(
    rf"^(?P<verb>(?:{_HAND_OVER}\s+(?:{_RECIPIENT}\s+)?)?)(?:voor|vóór|na|rond|tijdens|bij)\s+(?:de|het)\s+"
    rf"[^\W\d_]+\s+(?=(?:een|de|het|{_HAND_OVER})\s)",
    re.IGNORECASE,
)
"""A moment before the thing itself, where the subject opens or after its verb of sending ("voor de
begrotingsbehandeling een brief over …", "stuurt na de verkiezingen een brief over …"): when, not what,
even where no rule dates it; after the thing it may name it ("een plan voor de verkiezingen")."""
_HANDED_OVER = re.compile(
    rf"^{_HAND_OVER}\s+"
    rf"(?:(?:{_RECIPIENT}|je|jou|jullie)\s+)?(?:{_CONNECTIVES}\s+)?(?:(?:de|het|een)\s+)?(?P<thing>.+?)(?:\s+(?:aan|toe|in))?$",
    re.IGNORECASE,
)
"""A verb of handing over before its object, its particle after it ("levert het wetsvoorstel … aan", "stuur u
het rapport"): the object (without a connective between them: "stuur u bovendien het rapport")."""
_SENT_THING = re.compile(
    # "(u) een brief (te) sturen over X", "ik u een brief stuur over X", "zij een overzicht ontvangt": a
    # clause with its verb after the object
    rf"^(?:(?:{_RECIPIENT}\s+)?(?:een|de|het)\s+(?P<np>.+?)\s+(?:te\s+)?(?:kunnen\s+)?{_SEND}"
    rf"|(?:ik|wij|we)\s+{_RECIPIENT}\s+(?:een|de|het)\s+(?P<np2>.+?)\s+(?:toe)?(?:stuur|stuurt|sturen|zend|zendt|zenden)"
    rf"|(?:zij|{_RECIPIENT})\s+(?:een|de|het)\s+(?P<np3>.+?)\s+(?:ontvangt|krijgt))\b\s*(?P<rest>[^,;]*)$",
    re.IGNORECASE,
)
"""A thing sent to the Kamer as a clause, its verb after its object: the item is the thing ("Brief over X",
"Overzicht van de kosten")."""
_MOTIE_REQUEST = re.compile(
    r"\b(?:verzoek\w*|vraagt|vragen|roept|roepen)\s+(?:de\s+regering|het\s+kabinet)\s+(?:op\s+)?(?:om\s+)?"
    r"|\b(?:de\s+regering|het\s+kabinet)\s+(?:[^\s.;:]+\s+){0,3}?(?:verzoekt|verzoeken|verzocht|vraagt|vragen"
    r"|gevraagd|oproept|opgeroepen)\s+(?:op\s+)?(?:om\s+)?",
    re.IGNORECASE,
)
"""What a motie asks the government, after its verb: its subject."""
_PARTICLES = r"(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Ii]n\s+'t)\s+)"
_NAME = rf"{_PARTICLES}*[A-ZÀ-Ý][\w'’-]+(?:\s+{_PARTICLES}+[A-ZÀ-Ý][\w'’-]+)?"
"""A member's name, with a first name before a lower-case particle ("Van der Graaf", "Inge van Dijk")."""
_ROLE_AND_NAME = re.compile(
    rf"\b(?:(?i:de)\s+)?(?i:minister-president|minister|staatssecretaris|premier)\s+(?!(?:Tweede\s+)?Kamer\b)"
    rf"(?P<name>{_NAME})"
)
"""A bewindspersoon named by role and name ("Minister Agema stuurt …", "staatssecretaris Van der Burg"): who
acts, also when the name is of no known post."""
_MEMBERS = re.compile(
    rf"\b[Mm]otie(?:-|\s+(?:van\s+)?(?:het\s+lid|de\s+leden)\s+|\s+(?=[A-ZÀ-Ý]))"
    rf"(?P<names>{_NAME}(?:\s*(?:,|\ben\b|&)\s*{_NAME})*(?:\s+c\.s\.)?)"
)
"""The members a motie is named by, as written ("de motie van het lid Van der Graaf", "motie-Kuik", "de
motie Van Nispen")."""


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    kept, last = [], 0
    for start, end in sorted(spans):
        if start >= last:
            kept.append(text[last:start])
            last = end
        else:  # overlapping spans ("volgende week" within "volgende week vrijdag") are left out as one
            last = max(last, end)
    kept.append(text[last:])
    return _EMPTIED_ASIDE.sub(" ", " ".join("".join(kept).split()))


_EMPTIED_ASIDE = re.compile(r"\s*,(?:\s*,)+\s*")
"""The commas of an aside whose words were all taken out ("informeer ik u jaarlijks, voor 1 mei, over …"):
nothing is set apart any more."""


def shorten(text: str, limit: int = TITLE_LENGTH) -> str:
    """``text`` on one line, cut at a word boundary (with "…") to at most ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0].rstrip(_EDGES)
    return (cut or flat[: limit - 1]) + "…"


def telling_part(text: str, others: Iterable[str], limit: int) -> str:
    """``text`` in at most ``limit`` characters, keeping what tells it apart from ``others`` (look-alike
    titles side by side): its start (as :func:`shorten`) when the word where it parts from the most alike of
    them fits there, else "…" and the words from just before that word on."""
    words = text.split()
    head = shorten(text, limit)
    parts_at = max((_shared_start(words, other.split()) for other in others), default=0)
    if parts_at >= len(words):  # the same words as another: nothing of the text tells it apart
        return head
    if len(" ".join(words[: parts_at + 1])) <= len(head.removesuffix("…")):
        return head
    start = (
        parts_at - 1
        if parts_at and len(" ".join(words[parts_at - 1 : parts_at + 1])) <= limit - 2
        else parts_at
    )
    return "… " + shorten(" ".join(words[start:]), limit - 2)


def _shared_start(words: list[str], other: list[str]) -> int:
    """How many leading words two titles share (ignoring case)."""
    count = 0
    for word, other_word in zip(words, other, strict=False):
        if word.casefold() != other_word.casefold():
            break
        count += 1
    return count


def _with_article(text: str, start: int) -> int:
    """Where a noun phrase starting at ``start`` starts with its article, and the preposition that makes it
    the agent of a noun ("de minister van LVVN", "een brief van de minister van LVVN"), so that taking out
    the phrase leaves no "de" or "van" behind."""
    article = _ARTICLE_BEFORE.search(text, max(0, start - len("namens het ")), start)
    return article.start() if article else start


_RECALLED_IN_RELATIVE = re.compile(
    r"^(?P<thing>(?:de|het|een|dit|deze)\s+[^,;:]+?),?\s+(?:die|dat)\s+(?:ik|wij|we)\s+(?:[^\s,;:]+\s+){0,6}?"
    r"(?:heb|hebben|had|hadden)\s+(?:toegezegd|beloofd|aangekondigd)\b",
    re.IGNORECASE,
)
"""A noun phrase opening the sentence with a relative clause that recalls promising it ("De brief over de
mondzorg die ik u voor 1 maart heb toegezegd, ontvangt u …"): the noun phrase is the thing promised."""


def recalled_thing(sentence: str) -> str | None:
    """The thing a sentence recalls as promised in a relative clause on its opening noun phrase ("Het plan
    dat ik u in mei had beloofd, …" → "Het plan"), else None: what the main clause then says of it (comes
    later, comes now) is no part of what was promised."""
    found = _RECALLED_IN_RELATIVE.match(sentence.strip())
    return found["thing"] if found is not None else None


def _promised(subject: str) -> str:
    """What a promise clause promises: the rest after the clause that makes or recalls it, or the thing a
    relative clause recalls as promised (:func:`recalled_thing`)."""
    thing = recalled_thing(subject)
    if thing is not None:
        return thing
    clause = _RECALLED_PROMISE.match(subject)
    rest = subject[clause.end() :] if clause else subject
    return subject if clause and len(rest.split()) < 2 else rest


_SENDING_AT_END = re.compile(
    rf"\s+(?:(?:zal|zullen)\s+(?:ik|wij|we)\s+(?:{_RECIPIENT}\s+)?)?(?:(?:aan|naar)\s+{_RECIPIENT}\s+)?(?:te\s+)?"
    rf"(?:kunnen\s+)?{_SEND}$"
    rf"|\s+(?:wordt|worden|zal\s+worden|zullen\s+worden)\s+(?:(?:aan|met)\s+{_RECIPIENT}\s+)?"
    r"(?:toegestuurd|gestuurd|verstuurd|toegezonden|gezonden|verzonden|aangeboden|geleverd|opgeleverd|gedeeld)$"
    rf"|\s+{_HAND_OVER}\s+(?:ik|wij|we)(?:\s+{_RECIPIENT})?(?:\s+(?:toe|aan))?$",
    re.IGNORECASE,
)
"""The verb of sending closing what is left ("de evaluatie aan uw Kamer sturen", "het plan te kunnen doen
toekomen", "de brief naar uw Kamer te versturen", "wordt aan de Kamer gestuurd", the thing first: "het rapport
stuur ik u", "de informatie zal ik u doen toekomen"): the thing sent is the item."""


_READY_THEN_SENT = re.compile(
    rf"^(?P<thing>.+?)\s+(?:is|zijn|wordt|worden|zal|zullen)\s+(?:[^\s,]+\s+){{0,6}}?"
    r"(?:gereed|klaar|afgerond|beschikbaar|opgeleverd|voltooid)\b.*?\s+(?:en|waarna)\s+.*?"
    rf"(?:{_SEND}|(?:toe)?(?:stuur|zend)|informeren)$",
    re.IGNORECASE,
)
"""A thing that will be ready, after which it is sent ("Het rapport is in maart gereed en zal ik uw Kamer
direct daarna toesturen", "…, waarna ik het u stuur"): the thing is the item."""
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2})[.!?]\s+(?=[A-ZÀ-Ý])")
"""The end of a sentence before the next ("… te sturen. Ik zal dat voor de zomer doen"), not the period of an
abbreviation ("jl. heb", "c.s. De")."""


_CLAUSE_END = re.compile(rf"{_SENTENCE_END.pattern}|(?<=;)\s+")
"""The end of a sentence or of a clause after a semicolon: what a demonstrative after it may point back at."""


_INFORMED_ABOUT_IT = re.compile(
    rf"^{_RECIPIENT}\s+(?:(?P<rest>.+?)\s+)?(?P<pointer>(?:hier|daar)over)\s+(?:te\s+)?informeren$",
    re.IGNORECASE,
)
"""Informing the Kamer about what was said before ("uw Kamer na ontvangst van het advies hierover
informeren"): "Kamer informeren" and what else the clause says."""


_NO_VERB = r"(?:(?!\b(?:is|zijn|wordt|worden|zal|zullen|heeft|hebben|en|nadat|als|wanneer)\b)[^,;:])"
_READY = re.compile(
    rf"^(?:(?P<thing>{_NO_VERB}+?)\s+(?:is|zijn|wordt|worden|zal|zullen)(?:\s+naar\s+verwachting)?(?:\s+zijn)?"
    rf"|{_NO_VERB}+?\s+(?:zal|zullen|heeft|hebben)\s+(?:(?:een|de|het)\s+)?(?P<had>{_NO_VERB}+?))"
    r"\s+(?P<state>gereed|klaar|afgerond|beschikbaar|voltooid)(?(had)\s+hebben|(?:\s+(?:zijn|komen))?)$",
    re.IGNORECASE,
)
"""A thing that will be ready ("Dit plan zal gereed zijn", "Rijkswaterstaat zal een beheerplan gereed
hebben"): the item is the thing and its state ("Beheerplan gereed")."""


def _as_item(subject: str) -> str:
    """A promise clause read as an item: informing the Kamer ("Kamer informeren over …"), reporting
    ("Rapportage over …"), or the thing handed over or sent ("een brief te sturen over X" → "Brief over
    X", "het plan aan uw Kamer sturen" → "Plan")."""
    ready = _READY_THEN_SENT.match(subject)
    if ready is not None:
        return ready["thing"]
    state = _READY.match(subject)
    if state is not None:
        return f"{state['thing'] or state['had']} {state['state'].lower()}"
    fronted = _FRONTED_ABOUT.match(subject)
    if fronted is not None:
        return f"Kamer informeren {fronted['about'][:1].lower()}{fronted['about'][1:]}{fronted['rest']}"
    about_it = _INFORMED_ABOUT_IT.match(subject)
    if about_it is not None:
        return " ".join(
            ("Kamer informeren", about_it["rest"])
            if about_it["rest"]
            else ("Kamer", about_it["pointer"], "informeren")
        )
    subject = _REPORTS.sub("rapportage ", _INFORM_CLAUSE.sub("Kamer informeren ", subject))
    subject = _KAMER_TO.sub("Kamer ", subject)
    subject = _COMES_BACK.sub(lambda found: f"{found['how']}{found['later'] or ''}terugkomen ", subject)
    subject = _HANDED_OVER.sub(lambda found: found["thing"], subject)
    sent = _SENT_THING.match(subject)
    if sent is None:
        thing = _SENDING_AT_END.sub("", subject)
        return thing if thing.strip(_EDGES) else subject
    thing = sent["np"] or sent["np2"] or sent["np3"]
    return " ".join(part for part in (thing, sent["rest"]) if part)


_MOTIE_TOPIC = re.compile(
    r"\s+over\s+(?P<topic>(?:(?!\b(?:wordt|worden|werd|is|zijn|was|heb|heeft|hebben|zal|zullen|kan|kunnen"
    r"|blijft|blijven|vraagt|vragen|vergt|behelst|gaat|loopt|als|die|dat|welke|waarin|ik|wij|we|hiermee"
    r"|daarmee)\b|[^\W\d_]+\s+(?:ik|wij|we)\b)[^.;:,!?])+)"
)
"""What a motie is about, right after its members ("de motie van het lid X over de werkdruk van het personeel
voer ik uit"): up to the verb (before its subject: "voer ik") or clause that says what becomes of it."""


_REQUEST_END = re.compile(r"[.;]\s|,\s+[^\W\d_]+\s+(?:ik|wij|we)\b")


def _motie_title(subject: str) -> str | None:
    """A motie's title: its members and what it asks the government ("Motie Pietersen: een plan op te
    stellen voor …"), when the text names both; else its members and what it is about ("Motie Pietersen
    over de werkdruk"), as a letter names a motie it carries out or considers done."""
    members = _MEMBERS.search(subject)
    if members is None:
        return None
    names = " ".join(members["names"].split())
    request = _MOTIE_REQUEST.search(subject)
    if request is None:
        about = _MOTIE_TOPIC.match(subject, members.end())
        topic = about["topic"].strip(_EDGES) if about else ""
        return f"Motie {names} over {topic}" if topic else None
    # the request ends with its clause: a sentence, or a relative clause the main clause resumes after
    # ("De motie …, die de regering verzoekt X te onderzoeken, voer ik uit")
    asked = _REQUEST_END.split(subject[request.end() :], maxsplit=1)[0].strip(_EDGES)
    asked = re.sub(r"^(?:een|de|het)\s+", "", asked, flags=re.IGNORECASE)
    return f"Motie {names}: {asked}" if asked else None


_POINTER_WORDS = frozenset(
    (
        *("kamer", "u", "uw", "ik", "wij", "we", "op", "over", "aan", "terug", "kom", "komt", "komen"),
        *("hier", "daar", "hierover", "daarover", "hierop", "daarop", "hieraan", "daaraan"),
        *("informeren", "informeer", "berichten", "nader", "nog", "graag", "verder", "dan", "terugkomen"),
    )
)
"""The words of a title that only points back: who informs whom, "hierover", and coming back to it."""


_DEMONSTRATIVE = re.compile(r"^\W*(?:dit|deze|dat|die)\s+(?P<noun>[^\W\d_]{3,})\b", re.IGNORECASE)
PRONOUN_OBJECT = (
    r"\b(?:ontvangt|ontvangen|krijgt|krijgen|stuur|stuurt|sturen|zend|zendt|zenden|bied|biedt|bieden)\s+"
    r"(?:(?:ik|wij|we)\s+)?(?:(?:u|uw\s+Kamer|de\s+Kamer)\s+)?(?P<pronoun>deze|dit|die|dat)"
    r"(?=\s*(?:[,.;]|$|(?:zoals|conform|uiterlijk|voor|vóór|na|in|eind|begin|medio|rond|binnen|nog|dan|op|bij"
    r"|later|volgend\w*|met|toe|aan)\b))"
)
"""A thing sent or received named by a demonstrative alone ("U ontvangt deze eind 2027", "stuur ik u dit
voor de zomer"), not "dit voorjaar" nor "deze brief": it stands for a thing the sentence before names."""
_PRONOUN_OBJECT = re.compile(PRONOUN_OBJECT, re.IGNORECASE)
_CLAUSE_GOES_ON = re.compile(
    r"\s+(?:dat|die|waarin|waarmee|waarvan|om|te|en|is|zijn|wordt|worden|zal|zullen|heeft|hebben)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
_NAMED_WORDS = 6  # words after the noun that may still belong to the thing named ("… voor penitentiair …")
_NAMING_PREPOSITIONS = frozenset(("voor", "van", "over", "naar", "inzake", "tegen", "met"))
"""The prepositions that go on naming a thing ("plan voor", "onderzoek naar"), not placing it in time."""


def pointed_at(before: str, promise: str) -> str | None:
    """``promise`` with the demonstrative that opens it ("Dit plan zal …") replaced by the thing of the
    sentence ``before`` it points back at: the word that is or ends in its noun ("wervingsplan") with what
    names it further in its clause ("wervingsplan voor penitentiair inrichtingswerkers"); None when the
    promise opens with no demonstrative or ``before`` names no such thing."""
    pointer = _DEMONSTRATIVE.match(promise)
    if pointer is None:
        return _pronoun_resolved(before, promise)
    noun = re.escape(pointer["noun"])
    named = re.search(rf"(?<![\w-])([^\W\d_][\w-]*?)?{noun}(?![\w-])(?P<rest>[^.;:,()]*)", before, re.I)
    if named is None:
        return None
    rest = _CLAUSE_GOES_ON.sub("", named["rest"]).split()[:_NAMED_WORDS]
    if rest and rest[0].lower() not in _NAMING_PREPOSITIONS:  # "rapport in september op te leveren"
        rest = []
    thing = " ".join([before[named.start() : named.start("rest")], *rest])
    return f"{thing[:1].upper()}{thing[1:]}{promise[pointer.end() :]}"


_POINTER = re.compile(
    r"\b(?:hier|daar)(?:over|op|van)\b|\b(?:hier|daar)\s+(?:[^\s,.;]+\s+){1,6}?(?:op|over)\b", re.IGNORECASE
)
"""A pronoun that points back at what was said before ("hierover", "daarop", "hier … op")."""
_INFORMS = re.compile(
    r"\b(?:informeer|informeert|informeren|bericht|berichten|rapporteer|rapporteert|rapporteren)\b", re.I
)
_COMES_BACK_ON_IT = re.compile(r"\bterug(?:komen|\b)", re.IGNORECASE)
_OWN_TOPIC = re.compile(r"\bover\s+(?!dit\b|dat\b|deze\b|die\b)[^\W\d_]", re.IGNORECASE)
_SUBJECT = re.compile(
    r"^\W*(?P<article>de|het|een|dit|deze|dat|die)\s+(?P<rest>[^,;:.!?]+?)\s+"
    r"(?:is|zijn|was|waren|wordt|worden|werd|werden|zal|zullen|heeft|hebben|had|kan|kunnen|moet|moeten"
    r"|gaat|gaan|komt|komen|loopt|lopen|blijft|blijven|staat|staan|ligt|liggen|verzoekt|verzoeken|vraagt"
    r"|vragen|volgt|volgen|start|starten|begint|beginnen|duurt|verschijnt|verschijnen|vergt|behelst"
    r"|telt|tellen|bevat|bevatten|omvat|omvatten|beschrijft|beschrijven|toont|tonen|bestaat|bestaan)\b",
    re.IGNORECASE,
)
"""The subject that opens a sentence, up to its finite verb ("Het onderzoek naar de wachttijden loopt nog",
"De motie van het lid X verzoekt …", "De brief van de commissie telt 41 pagina's en wordt bestudeerd"): what a
pronoun in the next sentence points back at."""
_DEFINITE = {"dit": "het", "dat": "het", "deze": "de", "die": "de"}


def _opening_subject(sentence: str) -> str | None:
    """The subject ``sentence`` opens with, up to its finite verb, with a definite article ("het onderzoek
    naar de wachttijden" of "Dit onderzoek naar de wachttijden loopt nog"); None when it opens otherwise."""
    subject = _SUBJECT.match(" ".join(_REFS.sub(" ", sentence).split()))
    if subject is None:
        return None
    article = subject["article"].lower()
    return f"{_DEFINITE.get(article, article)} {subject['rest']}"


def pointer_resolved(before: str, promise: str) -> str | None:
    """The title of a ``promise`` that informs or comes back only on what the sentence ``before`` it was
    about ("Ik voer deze motie uit en informeer uw Kamer daarover", "Ik kom hier op terug"): "Kamer
    informeren over" or "Terugkomen op" that sentence's subject; None when the promise names a topic of its
    own, points back at nothing, or ``before`` opens with no subject."""
    if _POINTER.search(promise) is None or _OWN_TOPIC.search(promise):
        return None
    thing = _opening_subject(before)
    if thing is None:
        return None
    if _INFORMS.search(promise):
        return f"Kamer informeren over {thing}"
    if _COMES_BACK_ON_IT.search(promise):
        return f"Terugkomen op {thing}"
    return None


def _pronoun_resolved(before: str, promise: str) -> str | None:
    """``promise`` with the demonstrative that is all it names its thing by ("U ontvangt deze eind 2027")
    replaced by the subject the sentence ``before`` opens with; None when there is no such pair."""
    pronoun = _PRONOUN_OBJECT.search(promise)
    thing = _opening_subject(before) if pronoun is not None else None
    if pronoun is None or thing is None:
        return None
    return f"{promise[: pronoun.start('pronoun')]}{thing}{promise[pronoun.end('pronoun') :]}"


def names_nothing(text: str, today: date, deadline_text: str | None = None) -> bool:
    """Whether a promise's title says only that it points back ("Ik kom hier op terug", "Kamer hierover
    informeren"): what it is about is in the sentence before it."""
    words = subject_title(text, today, deadline_text).lower().split()
    return _points_back(words) and set(words) <= _POINTER_WORDS


def names_its_own_subject(text: str, today: date, deadline_text: str | None = None) -> bool:
    """Whether a promise's title names what it is about without pointing back ("Kamer informeren over de
    wachttijden", not "Eerste versie daarvan" nor "Dit plan …"), so that it needs no sentence before it."""
    words = subject_title(text, today, deadline_text).lower().split()
    return not _points_back(words) and _DEMONSTRATIVE.match(text) is None and not _PRONOUN_OBJECT.search(text)


def subject_stems(text: str, today: date, deadline_text: str | None = None) -> frozenset[str]:
    """The words that name what a promise in ``text`` is about (its title's content words as Dutch stems):
    not who promises, when, or to whom; to tell whether two promises are about the same thing."""
    return frozenset(stems(content_words(subject_title(text, today, deadline_text))))


def _points_back(words: list[str]) -> bool:
    return any(word.startswith(("hier", "daar")) for word in words)


def subject_title(
    text: str, today: date, deadline_text: str | None = None, person: str | None = None, motie: bool = False
) -> str:
    """The subject of a promise in ``text`` as a short title.

    ``Staatssecretaris van VWS zegt toe in het najaar van 2027 een brief te sturen over de wachttijden in
    de jeugdzorg`` becomes ``Een brief te sturen over de wachttijden in de jeugdzorg``. When nothing is left
    after taking out who and when, the text itself (shortened) is the title. A moment before ``today`` is one
    the text looks back on, and stays, unless it is ``deadline_text``, the phrase that gave the item its
    deadline ("uiterlijk 1 maart 2026" saved after its date, "morgen"): that is the promise's "when" always.
    The ``person`` who promises ("Van Weel stuurt …") is a "who" as their post is. A connective adverb that
    opens the sentence ("Daarnaast", "Tevens") and the particle of a separable verb left at its end ("zendt
    … de evaluatie toe") are no part of the subject, nor is the clause that makes or recalls the promise
    ("Ook zeg ik toe dat …"). Of a text of several sentences (a promise after the one it points back
    at) the first says what was promised, unless the second opens with a demonstrative for a thing the
    first names ("… werkt aan een wervingsplan. Dit plan zal …"): then the second, with that thing. A
    ``motie`` is titled by its members and what it asks the government, or else what it is about.
    """
    flat = _promised(" ".join(OWNER.sub(" ", _REFS.sub(" ", _CS_FOOTNOTE.sub("", text))).split()))
    sentences = _CLAUSE_END.split(flat)
    if len(sentences) >= 2 and not motie:  # a motie is named by its members, not by what points at it
        resolved = pointer_resolved(sentences[-2], sentences[-1])
        if resolved is not None:
            return shorten(resolved)
        flat = pointed_at(sentences[-2], sentences[-1]) or flat
    own = " ".join(deadline_text.split()) if deadline_text else ""
    spans = [  # the "when" of the promise: a moment ahead, not a date looked back on ("mijn brief van …")
        (found.start, found.end)
        for found in find(flat, today)
        if not found.backward
        and (found.date >= today if found.date is not None else not own or found.recurring is not None)
    ]  # an undated moment besides the item's own deadline qualifies it ("na ontvangst van het advies")
    phrase = re.search(rf"(?<!\w){re.escape(own)}(?!\w)", flat, re.IGNORECASE) if own else None
    if phrase is not None:
        spans.append(phrase.span())
    spans += [(_with_article(flat, post.start), post.end) for post in find_posts(flat)]
    spans += [match.span() for match in _ROLE_AND_NAME.finditer(flat)]
    unknown_post = _UNKNOWN_POST.match(flat)
    if unknown_post is not None:
        spans.append(unknown_post.span())
    if person:
        spans += [m.span() for m in re.finditer(rf"(?<!\w){re.escape(person)}(?!\w)", flat, re.IGNORECASE)]
    spans += [(match.start(), match.end()) for match in _PROMISES.finditer(flat)]
    spans += [match.span() for match in _NOTE_LABEL.finditer(flat)]
    spans += [(match.start(), match.end()) for match in NO_DEADLINE.finditer(flat)]
    spans += [(match.start(), match.end()) for match in _RELATIVE_DAY.finditer(flat)]
    spans += [(found.start, found.end) for found in (leading_ministry(flat), tagged_ministry(flat)) if found]
    subject = _without(flat, spans)
    asked = _motie_title(subject) if motie else None
    if asked is not None:
        return shorten(asked)
    subject = _SENTENCE_END.split(_FOOTNOTE_LABEL.sub("", subject.strip(_EDGES)), maxsplit=1)[0]
    subject = _CONNECTIVE.sub("", subject)
    subject = _KAMER_RECEIVES.sub("", subject)
    subject = _INVERTED.sub(lambda m: f"{m['who']} {m['verb']}", subject)
    subject = _GOVERNMENT_WILL.sub("", subject)
    subject = _as_item(_LEADING_MOMENT.sub(r"\g<verb>", _LEADING_NOISE.sub("", subject)).strip(_EDGES))
    subject = _TRAILING_NOISE.sub("", subject).strip(_EDGES)
    subject = re.sub(r"\s*\(\s*\)", "", subject)  # brackets emptied of who or an owner
    subject = re.sub(r"\s+([,.;:])", r"\1", subject).strip(_EDGES)
    if not subject:
        subject = flat.strip(_EDGES)
    subject = _CS_END.sub("c.s.", subject)  # the period of the abbreviation is no sentence end
    subject = _OPENING_ARTICLE.sub("", subject)
    subject = _KAMER.sub("Kamer", subject)
    return shorten(subject[:1].upper() + subject[1:])


_PROMISE_ITSELF = re.compile(r"^(?:toegezegde|beloofde|aangekondigde)\b", re.IGNORECASE)
"""A title that names its thing as the promise itself ("Toegezegde informatie"): what was promised is told
where the promise is recalled."""
_STOP = r"(?:is|zijn|was|waren|wordt|worden|werd|zal|zullen|heeft|hebben|had|kan|kunnen|moet|te|niet|die|dat)"
_NAMED_IN_FULL = r"(?P<tail>\s+(?:van|over|voor|inzake|naar|met)\s+(?:(?!\b{stop}\b)[^,;:.()])+)"


def completed(title: str, before: Sequence[str], today: date) -> str:
    """A letter item's ``title`` completed from the sentences ``before`` it in its paragraph (nearest first)
    where it names no object of its own. A bare noun ("Evaluatie", "Brief") takes what the nearest sentence
    that names that noun adds to it ("De evaluatie van de Jeugdwet is vertraagd": "Evaluatie van de
    Jeugdwet"); a title without words of a subject ("Informeer u") or one that names the promise itself
    ("Toegezegde informatie") takes the subject of the promise the paragraph recalls ("Ik heb u toegezegd een
    brief over de munitievoorraad te sturen"). Otherwise, or when the paragraph tells nothing more, the
    title stays."""
    words = title.split()
    if len(words) == 1 and words[0].isalpha():
        pattern = re.compile(rf"\b{re.escape(words[0])}{_NAMED_IN_FULL.format(stop=_STOP)}", re.IGNORECASE)
        for sentence in before:
            found = pattern.search(sentence)
            if found is not None:
                return shorten(f"{title}{found['tail'].rstrip()}")
        return title
    if subject_stems(title, today) and not _PROMISE_ITSELF.match(title):
        return title
    for sentence in before:
        if _RECALLED_PROMISE.match(sentence) and _promised(sentence) != sentence:
            recalled = subject_title(sentence, date.min)  # every moment of a recalled promise is its "when"
            if subject_stems(recalled, today):
                return recalled
    return title
