"""Scoring a statement against open commitments, and when a proposal is made."""

from __future__ import annotations

from datetime import UTC, date, datetime

from commitments.matching.action import Action
from commitments.matching.scoring import (
    MIN_SCORE,
    Candidate,
    LetterSide,
    Score,
    choose,
    rank,
    score,
    similarity,
)
from commitments.matching.service import ALTERNATIVES, MOST_OFFERED, runners_up
from commitments.matching.statements import Statement, Target
from commitments.records import CommitmentRecord

NOW = datetime(2025, 1, 1, tzinfo=UTC)


def _record(number: int, title: str, kind: str = "motie", **fields: object) -> CommitmentRecord:
    values: dict[str, object] = {
        "id": number, "kind": kind, "title": title, "quote": None, "deadline": None, "deadline_text": None,
        "estimate": False, "recurring": None, "status": "open", "motie_status": None, "ministry": "JenV",
        "post": None, "person": None, "refs": (), "owner": None, "team": 1, "document_id": None,
        "fulfilled_by": None, "created_at": NOW, "updated_at": NOW, "version": 1,
    }  # fmt: skip
    values.update(fields)
    return CommitmentRecord(**values)  # type: ignore[arg-type]


def _statement(
    words: str, kind: str | None = "motie", action: Action = Action.FULFIL, **target: object
) -> Statement:
    values: dict[str, object] = {
        "kind": kind,
        "refs": (),
        "members": (),
        "register_numbers": (),
        "words": words,
    }
    values.update(target)
    return Statement(action, words, 0, len(words), Target(**values))  # type: ignore[arg-type]


JENV = LetterSide("JenV", "Staatssecretaris van Justitie en Veiligheid")


def test_same_reference_wins_with_a_margin() -> None:
    statement = _statement(
        "Hiermee geef ik uitvoering aan de motie Kuik over de meldplicht", refs=("28638-180",)
    )
    right = Candidate.of(_record(1, "Motie Kuik over een landelijke meldplicht", refs=("28638-180",)))
    other = Candidate.of(_record(2, "Motie Kuik over registratie door gemeenten", refs=("28638-181",)))
    ranked = rank(statement, [other, right], JENV)
    assert [item.commitment_id for item in ranked] == [1, 2]
    assert choose(ranked) == ranked[0]
    assert "motie 28638-180 genoemd" in ranked[0].evidence
    assert ranked[0].label == "motie 28638-180"
    assert any(note.startswith("andere Kamerstukken") for note in ranked[1].evidence)


def test_register_number_decides() -> None:
    statement = _statement(
        "Met deze brief kom ik mijn toezegging na", "toezegging", register_numbers=("TZ202405-031",)
    )
    first = Candidate.of(
        _record(1, "Kamer informeren over de Omgevingswet", "toezegging", register_number="TZ202405-031")
    )
    second = Candidate.of(
        _record(2, "Kamer informeren over de Omgevingswet", "toezegging", register_number="TZ202405-032")
    )
    best = choose(rank(statement, [first, second], LetterSide()))
    assert best is not None
    assert best.commitment_id == 1


def test_other_members_and_other_ministry_count_against() -> None:
    statement = _statement("invulling aan de motie Holman-Vedder over stikstof", members=("holman-vedder",))
    named = score(statement, Candidate.of(_record(1, "Motie Holman-Vedder over stikstofemissie")), JENV)
    other = score(statement, Candidate.of(_record(2, "Motie Bromet over stikstof", ministry="LVVN")), JENV)
    assert named.value > MIN_SCORE > other.value
    assert "andere indieners" in other.evidence
    assert "ander ministerie (LVVN)" in other.evidence


def test_postponement_uses_the_old_deadline() -> None:
    statement = Statement(
        Action.POSTPONE, "x", 0, 1,
        Target("toezegging", (), (), (), "evaluatie van de Wet verplichte ggz"),
        old_deadline=date(2025, 4, 1),
    )  # fmt: skip
    due = Candidate.of(_record(1, "Evaluatie Wet verplichte ggz", "toezegging", deadline=date(2025, 4, 1)))
    assert "oude termijn 1 april 2025" in score(statement, due, LetterSide()).evidence


def test_subject_similarity_needs_shared_words() -> None:
    candidate = Candidate.of(
        _record(1, "Onderzoek naar de toegankelijkheid van het openbaar vervoer", "toezegging")
    )
    assert (
        similarity(
            "uitkomsten van het onderzoek naar de toegankelijkheid van het openbaar vervoer", candidate
        )
        > 0.8
    )
    assert similarity("de sociale veiligheid op stations", candidate) < 0.3
    assert similarity("", candidate) == 0.0


def test_no_proposal_without_a_clear_winner() -> None:
    assert choose([]) is None
    assert choose([Score(1, 0.5, (), "motie")]) is None
    assert choose([Score(1, 0.9, (), "motie"), Score(2, 0.85, (), "motie")]) is None
    assert choose([Score(1, 0.9, (), "motie"), Score(2, 0.2, (), "motie")]) == Score(1, 0.9, (), "motie")


def test_subject_words_are_stemmed_and_members_names_do_not_count_twice() -> None:
    report = Candidate.of(_record(1, "Halfjaarlijkse voortgangsrapportages over de jeugdzorg", "toezegging"))
    assert similarity("de voortgangsrapportage over jeugdzorg en de halfjaarlijkse rapportage", report) > 0.8
    other = Candidate.of(
        _record(2, "Motie Kuik over de registratie van slachtoffers door gemeenten", "motie")
    )
    told = "de motie van het lid Kuik over een meldplicht voor slachtoffers bij CoMensha"
    assert similarity(told, other, frozenset({"kuik"})) < similarity(told, other)


def test_a_long_quote_does_not_drown_the_subject_of_its_title() -> None:
    """A register's item carries the promise's whole sentence as its quote; joined to the title, its frame
    words ("uw Kamer", "informeren", "voor de zomer") made the letter cover only a sliver of the item."""
    quote = (
        "De minister zegt toe de Kamer voor het zomerreces per brief te informeren over de stand van zaken "
        "van de uitvoering en de vervolgstappen die het kabinet in overleg met de betrokken partijen zet"
    )
    bare = Candidate.of(_record(1, "Voortgangsrapportage jeugdzorg", kind="toezegging"))
    quoted = Candidate.of(_record(1, "Voortgangsrapportage jeugdzorg", kind="toezegging", quote=quote))
    letter = "hierbij ontvangt u de voortgangsrapportage jeugdzorg"
    assert similarity(letter, quoted) == similarity(letter, bare) > 0.5
    assert similarity("de vervolgstappen in overleg met de betrokken partijen", quoted) > similarity(
        "de vervolgstappen in overleg met de betrokken partijen", bare
    )  # the quote still counts, on its own


def test_andere_kiezen_offers_the_letters_own_ministry_first_then_others_with_some_fit() -> None:
    """The runners-up: the letter's ministry's items (those that fit a little before the rest), then other
    ministries' items that fit a little; an item of another ministry that does not fit at all is left out."""
    ranked = [
        Score(1, 0.4, (), "", telling=True),  # another ministry, some fit of its own
        Score(2, 0.3, (), ""),  # own, some fit
        Score(3, 0.2, (), "", telling=True),  # another ministry, some fit of its own
        Score(4, 0.0, (), ""),  # own, no fit
        Score(5, 0.0, (), ""),  # another ministry, no fit
    ]
    ministries = {1: "BZK", 2: "JenV", 3: "LVVN", 4: "JenV", 5: "DEF"}
    candidates = [Candidate.of(_record(n, f"item {n}", ministry=m)) for n, m in ministries.items()]
    assert [s.commitment_id for s in runners_up(ranked, candidates, JENV)] == [2, 4, 1, 3]
    unknown = [s.commitment_id for s in runners_up(ranked, candidates, LetterSide())]
    assert unknown == [1, 3]  # a letter of no known ministry: by a fit of their own alone
    assert len(runners_up(ranked * 3, candidates * 3, JENV)) == 6 + ALTERNATIVES


def test_andere_kiezen_leaves_out_other_ministries_items_that_share_only_their_kind() -> None:
    """Found in a user trial: a VWS letter on the mondzorg offered F-35, AOW and netcongestie items, which
    fit it only by being toezeggingen too."""
    mondzorg = _statement(
        "Hierbij stuur ik u de brief over de toegankelijkheid van de mondzorg", "toezegging"
    )
    records = [
        _record(1, "Brief over de mondzorg", "toezegging", ministry="VWS"),
        _record(2, "Kamer informeren over de stand van zaken F-35 onderhoud", "toezegging", ministry="DEF"),
        _record(3, "Kamer informeren over de AOW-leeftijd", "toezegging", ministry="SZW"),
        _record(4, "Toegankelijkheid van de mondzorg in Caribisch Nederland", "toezegging", ministry="BZK"),
        _record(5, "Brief over de huisartsenzorg", "toezegging", ministry="VWS"),
    ]
    candidates = [Candidate.of(record) for record in records]
    ranked = rank(mondzorg, candidates, LetterSide("VWS"))
    assert ranked[0].commitment_id == 1
    assert {s.commitment_id for s in ranked if s.commitment_id in {2, 3}} == {2, 3}  # scored, kind shared
    offered = [s.commitment_id for s in runners_up(ranked[1:], candidates, LetterSide("VWS"))]
    assert offered == [5, 4]  # the own ministry's other item, then the other ministry's on the mondzorg


def test_andere_kiezen_offers_every_open_item_of_the_letters_ministry() -> None:
    """Found in a user trial: of a letter's eight open items of its ministry, "Andere kiezen" listed six (the
    proposal and five more), leaving out the right one."""
    ranked = [Score(n, 0.5 - n / 100 if n < 6 else 0.0, (), "") for n in range(1, 10)]
    candidates = [Candidate.of(_record(n, f"item {n}", ministry="JenV")) for n in range(1, 10)]
    offered = [s.commitment_id for s in runners_up(ranked[1:], candidates, JENV)]
    assert offered == [2, 3, 4, 5, 6, 7, 8, 9]
    many = [Score(n, 0.0, (), "") for n in range(MOST_OFFERED + 10)]
    crowded = [Candidate.of(_record(n, f"item {n}", ministry="JenV")) for n in range(MOST_OFFERED + 10)]
    assert len(runners_up(many, crowded, JENV)) == MOST_OFFERED


def test_the_object_of_a_recalled_promise_names_an_item_with_a_short_subject_in_full() -> None:
    """A postponement that recalls "heb ik toegezegd u te informeren over de wijkverpleging" names the item
    "Brief over de wijkverpleging" whole; one word shared no longer halves the fit (trial 9, #1)."""
    words = (
        "In mijn vorige brief heb ik toegezegd u voor 1 juni te informeren over de wijkverpleging. Dat lukt "
        "niet. Ik informeer u na de zomer over de wijkverpleging."
    )
    item = Candidate.of(_record(1, "Brief over de wijkverpleging", "toezegging", ministry="VWS"))
    other = Candidate.of(_record(2, "Brief over de geboortezorg", "toezegging", ministry="VWS"))
    vws = LetterSide("VWS")

    def fit(recalled: str) -> float:
        statement = _statement(words, "toezegging", Action.POSTPONE, recalled=recalled)
        return rank(statement, [item, other], vws)[0].value

    assert fit("de wijkverpleging") >= MIN_SCORE
    assert fit("") < MIN_SCORE  # as before: the words alone
    assert fit("de wijkverpleging in de regio Zeeland") < MIN_SCORE  # an object about more than the item
