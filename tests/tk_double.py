"""A local stand-in for the Tweede Kamer's OData API (entity set ``Toezegging``), over real HTTP on 127.0.0.1.

It holds records (tests/fixtures/tk/register.json) and answers a query the way the service does, for the
part of OData the importer uses: ``$filter`` with ``and``/``or``/parentheses, ``eq``/``ne``/``ge``/``gt``/
``le``/``lt`` on fields (strings, ``null``, booleans, unquoted timestamps) and ``contains(Field,'text')``;
``$orderby``; ``$select``; ``$expand`` with nested ``$select``/``$expand`` (navigation properties it is not
asked for are left out, as the service leaves them out); and server paging with ``@odata.nextLink`` (the
same query with ``$skip`` appended, as observed on the live service). Tests change records between runs and
can make any request fail.
"""

from __future__ import annotations

import copy
import json
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

REGISTER = Path(__file__).parent / "fixtures" / "tk" / "register.json"
NAVIGATION = ("KamerbriefNakoming", "Kamerstukdossier", "ToegezegdAan")
_TOKEN = re.compile(r"\s*('(?:[^']|'')*'|\(|\)|,|[\w:.+-]+)")


def _tokens(text: str) -> list[str]:
    tokens, position = [], 0
    text = text.strip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            raise ValueError(f"cannot read $filter at {text[position:]!r}")
        tokens.append(match.group(1))
        position = match.end()
    return tokens


def _value(token: str) -> object:
    if token.startswith("'"):
        return token[1:-1].replace("''", "'")
    if token in ("null", "true", "false"):
        return {"null": None, "true": True, "false": False}[token]
    return _moment(token) or float(token)


def _moment(value: object) -> datetime | None:
    if not isinstance(value, str) or "T" not in value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _sort_key(value: object) -> tuple[datetime, str]:
    return (_moment(value) or datetime.min.replace(tzinfo=UTC), str(value or ""))


def _compare(left: object, operator: str, right: object) -> bool:
    left = _moment(left) or left
    if operator == "eq":
        return left == right
    if operator == "ne":
        return left != right
    if left is None or right is None:
        return False
    checks: dict[str, Callable[[Any, Any], bool]] = {
        "ge": lambda a, b: a >= b,
        "gt": lambda a, b: a > b,
        "le": lambda a, b: a <= b,
        "lt": lambda a, b: a < b,
    }
    return checks[operator](left, right)


class _Filter:
    """A recursive-descent reader of the ``$filter`` subset, evaluated against one record."""

    def __init__(self, text: str) -> None:
        self.tokens = _tokens(text)

    def matches(self, record: dict[str, Any]) -> bool:
        self.position, self.record = 0, record
        result = self._or()
        if self.position != len(self.tokens):
            raise ValueError(f"unread $filter tokens: {self.tokens[self.position :]}")
        return result

    def _next(self) -> str:
        token = self.tokens[self.position]
        self.position += 1
        return token

    def _peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def _or(self) -> bool:
        result = self._and()
        while self._peek() == "or":
            self._next()
            result = self._and() or result
        return result

    def _and(self) -> bool:
        result = self._factor()
        while self._peek() == "and":
            self._next()
            result = self._factor() and result
        return result

    def _factor(self) -> bool:
        token = self._next()
        if token == "(":
            result = self._or()
            if self._next() != ")":
                raise ValueError("missing )")
            return result
        if token == "contains":
            if self._next() != "(":
                raise ValueError("contains without (")
            name, comma, literal, close = (self._next() for _ in range(4))
            if (comma, close) != (",", ")"):
                raise ValueError("bad contains()")
            value = self.record.get(name)
            needle = _value(literal)
            return isinstance(value, str) and isinstance(needle, str) and needle in value
        operator = self._next()
        return _compare(self.record.get(token), operator, _value(self._next()))


def _split_top(text: str, separator: str) -> list[str]:
    """Split at ``separator`` outside parentheses."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += (char == "(") - (char == ")")
        if char == separator and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current] if current else parts


def _expansions(text: str) -> dict[str, dict[str, str]]:
    """``A($select=x;$expand=B($select=y))`` as ``{"A": {"$select": "x", "$expand": "B($select=y)"}}``."""
    found: dict[str, dict[str, str]] = {}
    for part in _split_top(text, ","):
        name, _, inner = part.partition("(")
        options = {}
        for option in _split_top(inner[:-1], ";") if inner else []:
            key, _, value = option.partition("=")
            options[key] = value
        found[name.strip()] = options
    return found


def shape(record: dict[str, Any], select: str | None, expand: str | None) -> dict[str, Any]:
    """The record as the service sends it for these ``$select`` and ``$expand`` options."""
    expanded = _expansions(expand) if expand else {}
    chosen = set(select.split(",")) if select else None
    result: dict[str, Any] = {}
    for key, value in record.items():
        if key in NAVIGATION:
            if key in expanded:
                options = expanded[key]
                items = value if isinstance(value, list) else [value]
                result[key] = [shape(item, options.get("$select"), options.get("$expand")) for item in items]
            continue
        if chosen is None or key in chosen:
            result[key] = value
    return result


@dataclass
class ODataDouble:
    """The records it serves, what it was asked, and the failures to answer with first."""

    base_url: str = ""
    records: list[dict[str, Any]] = field(default_factory=list)
    page_size: int = 250
    failures: list[int] = field(default_factory=list)
    fail_when: Callable[[str], int | None] = lambda path: None
    requests: list[str] = field(default_factory=list)

    def load(self, path: Path = REGISTER) -> None:
        self.records = json.loads(path.read_text("utf-8"))["value"]

    def record(self, number: str) -> dict[str, Any]:
        return next(record for record in self.records if record["Nummer"] == number)

    def change(self, number: str, api_changed: str, **fields: Any) -> None:
        """Change a record as the source would: new values and a later ``ApiGewijzigdOp``."""
        self.record(number).update(fields, ApiGewijzigdOp=api_changed)

    def queries(self) -> list[dict[str, str]]:
        """The query options of every request, decoded."""
        return [
            {key: values[0] for key, values in parse_qs(urlsplit(path).query).items()}
            for path in self.requests
        ]

    def answer(self, path: str) -> tuple[int, dict[str, str], str]:
        self.requests.append(path)
        if self.failures:
            status = self.failures.pop(0)
            return status, {"Retry-After": "2"} if status == 429 else {}, "{}"
        failure = self.fail_when(path)
        if failure is not None:
            return failure, {}, "{}"
        options = {key: values[0] for key, values in parse_qs(urlsplit(path).query).items()}
        selected = [copy.deepcopy(record) for record in self.records]
        if "$filter" in options:
            condition = _Filter(options["$filter"])
            selected = [record for record in selected if condition.matches(record)]
        for clause in reversed(options.get("$orderby", "").split(",") if "$orderby" in options else []):
            name, _, direction = clause.strip().partition(" ")
            selected.sort(key=lambda record: _sort_key(record.get(name)), reverse=direction == "desc")
        skip = int(options.get("$skip", "0"))
        page = selected[skip : skip + self.page_size]
        body: dict[str, Any] = {
            "@odata.context": f"{self.base_url}/$metadata#Toezegging",
            "value": [shape(record, options.get("$select"), options.get("$expand")) for record in page],
        }
        if skip + self.page_size < len(selected):
            without_skip = re.sub(r"&\$skip=\d+", "", path)
            body["@odata.nextLink"] = (
                f"{self.base_url.split('/OData')[0]}{without_skip}&$skip={skip + self.page_size}"
            )
        return 200, {}, json.dumps(body, ensure_ascii=False)


@contextmanager
def odata_double() -> Iterator[ODataDouble]:
    """Serve an :class:`ODataDouble` (loaded with the fixture register) on a free loopback port."""
    double = ODataDouble()
    double.load()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, headers, body = double.answer(self.path)
            data = body.encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; odata.metadata=minimal")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    double.base_url = f"http://127.0.0.1:{server.server_port}/OData/v4/2.0"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield double
    finally:
        server.shutdown()
        server.server_close()
