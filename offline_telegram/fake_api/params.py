"""Bot API request parameters and error answers.

Clients send parameters as a JSON body, form-encoded or as multipart/form-data. In the latter two every
value is a string, and non-string values (numbers, keyboards, lists) are JSON inside that string — which
is what python-telegram-bot does. :class:`Params` gives typed access either way and records the typed
value, so that :attr:`ApiCall.params` shows ``chat_id`` as an int, ``reply_markup`` as a dict, etc.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from offline_telegram.fake_api.state import JsonDict


class ApiError(Exception):
    """An error answer: ``{"ok": false, "error_code": status, "description": ...}``."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def payload(self) -> JsonDict:
        body: JsonDict = {"ok": False, "error_code": self.status, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def bad_request(detail: str) -> ApiError:
    return ApiError(400, f"Bad Request: {detail}")


@dataclass(frozen=True)
class Upload:
    """A file part of a multipart request."""

    filename: str | None
    content_type: str | None
    content: bytes


class Params:
    """Typed access to one request's parameters; ``values`` is recorded as the call's params."""

    def __init__(self, values: JsonDict) -> None:
        self.values = values

    def __contains__(self, name: str) -> bool:
        return self.values.get(name) is not None

    def _typed(self, name: str, value: Any) -> Any:
        self.values[name] = value
        return value

    def text(self, name: str) -> str | None:
        value = self.values.get(name)
        if value is None or isinstance(value, str):
            return value
        raise bad_request(f"{name} must be a string")

    def integer(self, name: str) -> int | None:
        value = self.values.get(name)
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        try:
            return int(self._typed(name, int(str(value))))
        except ValueError:
            raise bad_request(f"invalid {name} specified") from None

    def require_int(self, name: str) -> int:
        value = self.integer(name)
        if value is None:
            raise bad_request(f"{name} is empty")
        return value

    def number(self, name: str, default: float) -> float:
        value = self.values.get(name)
        if value is None:
            return default
        try:
            return float(self._typed(name, float(str(value))))
        except ValueError:
            raise bad_request(f"invalid {name} specified") from None

    def flag(self, name: str) -> bool:
        value = self.values.get(name)
        if isinstance(value, str):
            value = self._typed(name, value.lower() in {"true", "1"})
        return bool(value)

    def json(self, name: str) -> Any:
        """A structured value (keyboard, list, object): JSON in a string, or as is in a JSON body."""
        value = self.values.get(name)
        if not isinstance(value, str):
            return value
        try:
            return self._typed(name, json.loads(value))
        except json.JSONDecodeError:
            raise bad_request(f"can't parse {name} JSON object") from None

    def upload(self, name: str) -> Upload | str | None:
        """A file: an uploaded part, an ``attach://<part>`` reference to one, or a file_id string."""
        value = self.values.get(name)
        if isinstance(value, str) and value.startswith("attach://"):
            value = self.values.get(value.removeprefix("attach://"))
        if value is None or isinstance(value, Upload | str):
            return value
        raise bad_request(f"invalid {name} specified")
