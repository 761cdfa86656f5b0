"""One ``Toezegging`` record of the Tweede Kamer's register as one of our commitments.

What the register lacks, and we add: a deadline. The register only knows when an item was fulfilled
(``DatumNakoming``; open items may carry ``0001-01-01``); the promised moment is in the ``Tekst`` ("De
minister stuurt in maart 2025 …"), so our resolver reads it, against the record's ``Aanmaakdatum``.

The live data differs from the XSD (see shared/data/tk): statuses are ``Afgedaan``/``Deels Afgedaan`` where
the schema says ``Voldaan``/``Deels Voldaan``; some records have none; a few third-party tools saw others.
Unknown or missing statuses become ``open`` and the raw value is kept in the history. ``KamerbriefNakoming``
(expanded: the letters with their Kamerstuk dossier) may hold several letters; the newest one counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from commitments.deadlines import resolve
from commitments.ministries import post_and_ministry
from commitments.model import Kind, Status
from commitments.refs import refs_in
from commitments.services import NewCommitment
from commitments.titles import subject_title

REGISTER_STATUSES = {
    "openstaand": Status.OPEN,
    "afgedaan": Status.VOLDAAN,
    "voldaan": Status.VOLDAAN,
    "deels afgedaan": Status.DEELS_VOLDAAN,
    "deels voldaan": Status.DEELS_VOLDAAN,
    "vervallen": Status.VERVALLEN,
}
ORIGIN = "toezeggingenregister Tweede Kamer"
"""How the history of an item the register created begins."""


@dataclass(frozen=True)
class RegisterItem:
    """A register record in our terms, plus what only the register knows."""

    number: str
    new: NewCommitment
    status: Status
    raw_status: str | None
    fulfilled_on: date | None
    fulfilled_by: str | None
    activity: str | None

    @property
    def status_note(self) -> str | None:
        """Why the status is ``open`` although the register did not say ``Openstaand``, if so."""
        if self.raw_status is None:
            return "het register geeft geen status; als open vastgelegd"
        if self.raw_status.strip().lower() not in REGISTER_STATUSES:
            return f"onbekende status ‘{self.raw_status}’ in het register; als open vastgelegd"
        return None

    @property
    def origin(self) -> str:
        activity = f", activiteit {self.activity}" if self.activity else ""
        note = f"; {self.status_note}" if self.status_note else ""
        return f"{ORIGIN} {self.number}{activity}{note}"


def _text(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    if not isinstance(value, str):
        return None
    cleaned = " ".join(value.split())
    return cleaned or None


def register_day(value: object) -> date | None:
    """The calendar day of an OData timestamp as written (local offset kept); ``0001-01-01`` means none."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return None if moment.year <= 1 else moment.date()


def person_name(record: dict[str, Any]) -> str | None:
    """ "Wiersma, F.M." becomes "F.M. Wiersma"; without ``Naam``, the name parts are joined."""
    written = _text(record, "Naam")
    if written and "," in written:
        surname, given = (part.strip() for part in written.split(",", 1))
        return f"{given} {surname}".strip()
    if written:
        return written
    parts = (_text(record, name) for name in ("Initialen", "Tussenvoegsel", "Achternaam"))
    return " ".join(part for part in parts if part) or None


def _strings(value: object) -> list[str]:
    """Every string inside a value, object or list: the shapes a (repeated) element arrives in."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


def _as_list(value: object) -> list[Any]:
    if isinstance(value, list):
        return value
    return [] if value is None else [value]


def letter_ref(letter: object) -> str | None:
    """The Kamerstuk of one expanded ``KamerbriefNakoming`` document: its dossier's ``Nummer`` (and
    ``Toevoeging``) with its ``Volgnummer``; failing those, the first reference written in its fields."""
    if isinstance(letter, dict):
        number = letter.get("Volgnummer")
        for dossier in _as_list(letter.get("Kamerstukdossier")):
            if isinstance(dossier, dict) and dossier.get("Nummer") and number:
                extra = f"-{dossier['Toevoeging']}" if dossier.get("Toevoeging") else ""
                found = refs_in(f"Kamerstuk {dossier['Nummer']}{extra}, nr. {number}")
                if found:
                    return found[0]
    for written in _strings(letter):
        found = refs_in(written)
        if found:
            return found[0]
    return None


def fulfilling_ref(record: dict[str, Any]) -> str | None:
    """The Kamerstuk of the newest letter in ``KamerbriefNakoming`` (one, or several: it repeats)."""
    letters = _as_list(record.get("KamerbriefNakoming"))
    dated = sorted(
        letters,
        key=lambda letter: str(letter.get("Datum") or "") if isinstance(letter, dict) else "",
        reverse=True,
    )
    for letter in dated:
        ref = letter_ref(letter)
        if ref:
            return ref
    return None


def map_record(record: dict[str, Any], today: date) -> RegisterItem | None:
    """The record as a commitment, or None when it has no ``Nummer`` (it could never be matched again)."""
    number = _text(record, "Nummer")
    if number is None:
        return None
    text = _text(record, "Tekst")
    created = register_day(record.get("Aanmaakdatum")) or register_day(record.get("GewijzigdOp")) or today
    deadline = resolve(text, created) if text else None
    when = deadline.text if deadline else None
    function = _text(record, "Functie")
    who = post_and_ministry(function, _text(record, "Ministerie"))
    raw_status = _text(record, "Status")
    new = NewCommitment(
        title=subject_title(text, created, when) if text else f"Toezegging {number}",
        kind=Kind.TOEZEGGING,
        quote=text,
        deadline=deadline.date if deadline else None,
        deadline_text=deadline.text if deadline else None,
        estimate=deadline.estimate if deadline else False,
        recurring=deadline.recurring if deadline else None,
        ministry=who.ministry,
        post=who.post,
        person=person_name(record),
    )
    return RegisterItem(
        number=number[:32],
        new=new,
        status=REGISTER_STATUSES.get((raw_status or "").lower(), Status.OPEN),
        raw_status=raw_status,
        fulfilled_on=register_day(record.get("DatumNakoming")),
        fulfilled_by=fulfilling_ref(record),
        activity=_text(record, "ActiviteitNummer"),
    )
