"""Bot API calls with their parameters as a JSON body instead of a form.

python-telegram-bot hands each call's parameters to httpx as a form, every value already a string (a
keyboard as its JSON). httpx encodes a form character by character in Python: about 90 µs for one page of
a list, as much as the rest of the bot's own work on that page. The Bot API takes the same parameters as a
JSON object, string values included, which the standard library encodes in C. A call that uploads a file
stays a multipart form.
"""

from __future__ import annotations

from typing import Any

import httpx
from telegram.request import HTTPXRequest


class _JsonBodies(httpx.AsyncClient):
    """An httpx client that sends form parameters without files as a JSON object."""

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        if kwargs.get("data") is not None and not kwargs.get("files") and kwargs.get("json") is None:
            kwargs["json"] = kwargs.pop("data")
        return super().build_request(method, url, **kwargs)


class JsonRequest(HTTPXRequest):
    """python-telegram-bot's HTTPX request with JSON bodies (:class:`_JsonBodies`)."""

    def _build_client(self) -> httpx.AsyncClient:
        return _JsonBodies(**self._client_kwargs)
