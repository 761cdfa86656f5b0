"""Reading an edit a person types (``termijn 1 december 2027``, ``soort motie``) as a field change."""

from __future__ import annotations

from datetime import date

from commitments.deadline_input import read_deadline
from commitments.dutch import FIELD_LABELS, KIND_LABELS, NO_OWNER, deadline_label
from commitments.errors import InvalidInput
from commitments.ministries import ministries, ministry_code, read_post
from commitments.model import Kind
from commitments.pending import is_no_deadline
from commitments.services import FieldChange
from commitments.usernames import bare_username, refuse_several_owners

FIELDS = FIELD_LABELS
KIND_WORDS = {"toezegging": Kind.TOEZEGGING, "motie": Kind.MOTIE, "deliverable": Kind.DELIVERABLE}
KIND_WORDS["product"] = Kind.DELIVERABLE
USAGE = (
    "Gebruik: /wijzig ID veld waarde, met veld titel, termijn, bewindspersoon, ministerie, soort of "
    "eigenaar. "
    "Bijvoorbeeld /wijzig 12 termijn 1 december."
)
NO_OWNER_WORDS = ("geen", "niemand")
"""Written as the new owner (without "@"), these clear it: an empty value never does."""
ASK_OWNER = (
    "Geef een nieuwe eigenaar, bijvoorbeeld /wijzig 12 eigenaar @jan, of wis de eigenaar met "
    "/wijzig 12 eigenaar geen."
)


def read_change(field: str, value: str, today: date) -> FieldChange:
    """The change ``field`` = ``value`` means, or a Dutch :class:`InvalidInput` naming what is wrong."""
    name, written = field.strip().lower(), " ".join(value.split())
    if name not in FIELDS:
        raise InvalidInput(f"Onbekend veld ‘{field}’. {USAGE}")
    if not written and name != "eigenaar":
        raise InvalidInput(f"Geef een nieuwe waarde voor {name}. {USAGE}")
    if name == "titel":
        return FieldChange(name, written, written)
    if name == "termijn":
        if is_no_deadline(written):
            return FieldChange(name, None, "geen termijn")
        deadline = read_deadline(written, today)
        return FieldChange(name, deadline, deadline_label(deadline.date, deadline.estimate))
    if name == "bewindspersoon":
        post, _ = read_post(written)
        return FieldChange(name, post, post)
    if name == "ministerie":
        code = ministry_code(written)
        if code is None:
            raise InvalidInput(f"Onbekend ministerie: ‘{written}’. Gebruik bijvoorbeeld JenV, VWS of BZK.")
        return FieldChange(name, code, f"{code} ({ministries()[code].name})")
    if name == "soort":
        kind = KIND_WORDS.get(written.lower())
        if kind is None:
            raise InvalidInput("Kies als soort toezegging, motie of product.")
        return FieldChange(name, kind, KIND_LABELS[kind.value])
    refuse_several_owners(written)
    owner = bare_username(written)
    if not owner:
        raise InvalidInput(ASK_OWNER)
    if written.lower() in NO_OWNER_WORDS:
        return FieldChange(name, None, NO_OWNER)
    return FieldChange(name, owner, f"@{owner}")
