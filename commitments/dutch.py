"""Dutch presentation of domain values, shared by the CLI and the bot."""

from __future__ import annotations

from datetime import date

MONTH_NAMES = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
WEEKDAY_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
REASON_WORD = r"(?:wegens|want|omdat|vanwege|doordat|aangezien|i\.v\.m\.|in verband met)"
"""A word that starts a reason ("1 maart wegens drukte"), as a regular expression (match it case-blind)."""
FIELD_LABELS = ("titel", "termijn", "bewindspersoon", "ministerie", "soort", "eigenaar")
"""The fields a person edits (``/wijzig ID veld``), named so in the history ("termijn: … → …")."""
NEUTER_FIELDS = frozenset({"ministerie"})
"""Fields whose noun is a het-word ("het ministerie"); the others take "de"."""
NO_OWNER = "niemand"
"""An owner cleared, as the history names it."""
KIND_LABELS = {"toezegging": "toezegging", "motie": "motie", "deliverable": "product"}
STATUS_LABELS = {
    "open": "open",
    "voldaan": "voldaan",
    "deels_voldaan": "deels voldaan",
    "vervallen": "vervallen",
    "afgedaan": "afgedaan",
}
RECURRENCE_LABELS = {
    "yearly": "jaarlijks",
    "half-yearly": "halfjaarlijks",
    "quarterly": "elk kwartaal",
    "monthly": "maandelijks",
}
EVENT_LABELS = {
    "created": "aangemaakt",
    "status_changed": "status gewijzigd",
    "postponed": "uitgesteld",
    "reassigned": "toegewezen",
    "edited": "gewijzigd",
}


def the_field(label: str) -> str:
    """A field's label with its article: "het ministerie", "de termijn"."""
    return f"{'het' if label in NEUTER_FIELDS else 'de'} {label}"


def recurrence_label(recurring: str) -> str:
    """How often a recurring item comes back, as a person reads it: the stored "yearly" (the JSON contract's
    value) is "jaarlijks"; a value a migrated register brought in stays as written."""
    return RECURRENCE_LABELS.get(recurring, recurring)


def dutch_date(day: date) -> str:
    """ "2 juli 2020"."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def dutch_day(day: date) -> str:
    """ "vrijdag 11 december 2026"."""
    return f"{WEEKDAY_NAMES[day.weekday()]} {dutch_date(day)}"


def deadline_label(day: date | None, estimate: bool = False, text: str | None = None) -> str:
    """The deadline as a person reads it: the date (marked "schatting" when estimated) or the phrase."""
    if day is None:
        return f"geen datum ({text})" if text else "geen termijn"
    return dutch_date(day) + (" (schatting)" if estimate else "")


REMINDER_STATES = {
    "planned": "gepland",
    "claimed": "wordt verstuurd",
    "sent": "verstuurd",
    "late": "te laat verstuurd",
    "cancelled": "vervallen",
    "failed": "mislukt",
}


def reminder_label(kind: str) -> str:
    """A reminder slot in Dutch: "before_5" is "5 werkdagen vooraf", "overdue_3" the 3rd overdue one."""
    if kind.startswith("before_"):
        days = kind.removeprefix("before_")
        return f"{days} werkdag{'en' if days != '1' else ''} vooraf"
    if kind.startswith("overdue_"):
        return f"verlopen, {kind.removeprefix('overdue_')}e herinnering"
    return {"on_day": "op de dag zelf", "digest": "weekoverzicht"}.get(kind, kind)
