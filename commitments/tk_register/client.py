"""HTTP client for the ``Toezegging`` entity set of the Tweede Kamer's OData v4 API (gegevensmagazijn).

Incremental by ``ApiGewijzigdOp`` (the API's own change time, UTC), ordered by it and ``Id`` so the order is
stable; pages are followed through the server's ``@odata.nextLink`` as given (the server pages by 250; with
``$top`` it sends no next link, so we never set one and never compute a ``$skip`` of our own).
``KamerbriefNakoming`` is a navigation property and comes only with ``$expand``, with the Kamerstuk dossier of
each letter, so a fulfilled toezegging names the Kamerstuk that fulfilled it. Deleted records are fetched by
a query of their own (``Verwijderd eq true``).

Connection failures are retried by httpx's transport; busy or failing answers (429, 5xx) and timeouts by
our own loop, with exponential back-off that honours ``Retry-After``. Every page is read before anything is
written, so no database transaction waits on the network.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import Any, Self
from urllib.parse import quote

import httpx

from commitments.errors import DomainError

DEFAULT_API_URL = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0"
ENTITY_SET = "Toezegging"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_PAGES = 10_000
ORDER = "ApiGewijzigdOp asc,Id asc"
FULFILMENT = (
    "KamerbriefNakoming($select=Id,DocumentNummer,Soort,Titel,Datum,Volgnummer;"
    "$expand=Kamerstukdossier($select=Nummer,Toevoeging))"
)
"""The letters that fulfilled a toezegging, each with its dossier: ``Nummer`` + ``Volgnummer`` is the
Kamerstuk (``Toevoeging`` for a budget chapter, "36600 XVI")."""
DELETED_FIELDS = "Id,Nummer,Verwijderd,ApiGewijzigdOp"
_SAFE = "(),':=;"


class RegisterUnavailable(DomainError):
    """The register could not be read (after retries), or answered with something unusable."""


def odata_literal(text: str) -> str:
    """A string literal for ``$filter``: single quotes, doubled inside."""
    return "'" + text.replace("'", "''") + "'"


def _any_contains(field: str, names: Sequence[str]) -> str:
    return " or ".join(f"contains({field},{odata_literal(name)})" for name in names)


def ministry_filter(names: Sequence[str]) -> str:
    """The ministry's name in ``Ministerie``, or, when that field is empty, in ``Functie`` (always filled:
    "Minister van Landbouw, Visserij, Voedselzekerheid en Natuur")."""
    empty = "(Ministerie eq null or Ministerie eq '')"
    return f"({_any_contains('Ministerie', names)} or ({empty} and ({_any_contains('Functie', names)})))"


def register_filter(ministry_names: Sequence[str], since: str | None, deleted: bool = False) -> str:
    """Deleted or not, of the ministry (when names are given), and changed in the API on or after ``since``
    (an OData timestamp literal such as ``2025-04-03T14:15:05.9556542Z``)."""
    parts = [f"Verwijderd eq {'true' if deleted else 'false'}"]
    if ministry_names:
        parts.append(ministry_filter(ministry_names))
    if since is not None:
        parts.append(f"ApiGewijzigdOp ge {since}")
    return " and ".join(parts)


def _query(options: dict[str, str]) -> str:
    # OData expects the literal "$" in option names; spaces as %20, as the service's own next links do.
    return "&".join(f"{name}={quote(value, safe=_SAFE)}" for name, value in options.items())


class RegisterClient:
    """Reads toezeggingen, all pages of a query at once. Use as a context manager, or call :meth:`close`."""

    def __init__(
        self,
        base_url: str = DEFAULT_API_URL,
        *,
        timeout: float = 30.0,
        attempts: int = 5,
        backoff: float = 1.0,
        max_wait: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.attempts = attempts
        self.backoff = backoff
        self.max_wait = max_wait
        self._sleep = sleep
        self._http = httpx.Client(
            transport=httpx.HTTPTransport(retries=2),
            timeout=timeout,
            headers={"Accept": "application/json", "User-Agent": "toezegbot (register-import)"},
            follow_redirects=True,
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def first_page_url(self, ministry_names: Sequence[str], since: str | None, deleted: bool = False) -> str:
        options = {"$filter": register_filter([] if deleted else ministry_names, since, deleted)}
        if deleted:
            # a deleted record is matched by its number alone; its other fields may no longer be filled
            options["$select"] = DELETED_FIELDS
        else:
            options["$expand"] = FULFILMENT
        options["$orderby"] = ORDER
        return f"{self.base_url}/{ENTITY_SET}?{_query(options)}"

    def records(
        self, ministry_names: Sequence[str], since: str | None = None, deleted: bool = False
    ) -> list[dict[str, Any]]:
        """Every record of the query, oldest API change first, following the server's next links."""
        url: str | None = self.first_page_url(ministry_names, since, deleted)
        seen: set[str] = set()
        found: list[dict[str, Any]] = []
        while url is not None:
            if url in seen or len(seen) >= MAX_PAGES:
                raise RegisterUnavailable("Het register van de Tweede Kamer blijft dezelfde pagina sturen.")
            seen.add(url)
            page = self._get_json(url)
            values = page.get("value")
            if not isinstance(values, list):
                raise RegisterUnavailable("Het register van de Tweede Kamer gaf een onverwacht antwoord.")
            found.extend(record for record in values if isinstance(record, dict))
            next_link = page.get("@odata.nextLink")
            url = str(httpx.URL(url).join(next_link)) if isinstance(next_link, str) and next_link else None
        return found

    def _wait(self, attempt: int, response: httpx.Response | None) -> float:
        retry_after = response.headers.get("Retry-After") if response is not None else None
        if retry_after is not None and retry_after.strip().isdigit():
            return min(float(retry_after), self.max_wait)
        return min(self.backoff * 2.0**attempt, self.max_wait)

    def _get_json(self, url: str) -> dict[str, Any]:
        problem = ""
        for attempt in range(self.attempts):
            response: httpx.Response | None = None
            try:
                response = self._http.get(url)
            except (httpx.TimeoutException, httpx.TransportError) as exc:
                problem = f"geen verbinding ({type(exc).__name__})"
            else:
                if response.status_code not in RETRY_STATUSES:
                    return self._decode(response)
                problem = f"HTTP {response.status_code}"
            if attempt + 1 < self.attempts:
                self._sleep(self._wait(attempt, response))
        raise RegisterUnavailable(
            f"Het register van de Tweede Kamer is niet bereikbaar ({problem}, {self.attempts} pogingen). "
            "Probeer het later opnieuw."
        )

    @staticmethod
    def _decode(response: httpx.Response) -> dict[str, Any]:
        if response.status_code >= 400:
            raise RegisterUnavailable(
                f"Het register van de Tweede Kamer weigert de vraag (HTTP {response.status_code}): "
                f"{response.text[:200]}"
            )
        try:
            data = response.json()
        except ValueError as exc:
            raise RegisterUnavailable("Het register van de Tweede Kamer gaf geen geldige JSON.") from exc
        if not isinstance(data, dict):
            raise RegisterUnavailable("Het register van de Tweede Kamer gaf een onverwacht antwoord.")
        return data
