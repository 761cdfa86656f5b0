"""Searching for text finds it literally: % and _ (and the escape character) are not LIKE wildcards."""

from __future__ import annotations

import pytest

from commitments import services
from commitments.db import Database
from commitments.services import CommitmentQuery, NewCommitment
from tests.use_case import use_case

TEAM = -1001
TITLES = ["Rapport over 50% minder regels", "Bestand sub_map opruimen", "Pad C:\\tmp\\x", "Gewone brief"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("%", ["Rapport over 50% minder regels"]),
        ("_", ["Bestand sub_map opruimen"]),
        ("\\", ["Pad C:\\tmp\\x"]),
        ("sub_m", ["Bestand sub_map opruimen"]),
        ("BRIEF", ["Gewone brief"]),
        ("%brief", []),
    ],
)
def test_search_text_is_literal(db: Database, text: str, expected: list[str]) -> None:
    for title in TITLES:
        use_case(db, services.add_commitment, NewCommitment(title=title, team=TEAM), by="t")
    found = use_case(db, services.list_commitments, CommitmentQuery(team=TEAM, statuses=(), text=text))
    assert sorted(item.title for item in found) == expected


def test_post_filter_is_literal(db: Database) -> None:
    new = NewCommitment(title="Eerste", post="Minister voor Klimaat", team=TEAM)
    use_case(db, services.add_commitment, new, by="t")
    found = use_case(db, services.list_commitments, CommitmentQuery(team=TEAM, post="%"))
    assert found == []
