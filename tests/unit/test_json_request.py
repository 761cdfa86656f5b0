"""The bot's Bot API calls go out as JSON, uploads as a multipart form (bot.json_request)."""

from __future__ import annotations

import json

import httpx
import pytest
from telegram import InputFile
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.json_request import JsonRequest

URL = "https://api.telegram.invalid/bot123:abc/sendMessage"


def _recording() -> tuple[JsonRequest, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        request.read()
        sent.append(request)
        return httpx.Response(200, json={"ok": True, "result": True})

    return JsonRequest(httpx_kwargs={"transport": httpx.MockTransport(answer)}), sent


def _data(**values: object) -> RequestData:
    return RequestData([RequestParameter.from_input(name, value) for name, value in values.items()])


@pytest.mark.asyncio
async def test_a_call_without_files_sends_its_parameters_as_a_json_object() -> None:
    request, sent = _recording()
    keyboard = {"inline_keyboard": [[{"text": "Volgende ▶", "callback_data": "p:2"}]]}
    text = "<b>Open</b> & ‘jeugdzorg’ 🎉\n• #1 · 1 maart"
    async with request:
        await request.post(URL, _data(chat_id=-100, text=text, reply_markup=keyboard))
    (call,) = sent
    assert call.headers["content-type"] == "application/json"
    assert json.loads(call.content) == {
        "chat_id": "-100",
        "text": text,
        "reply_markup": json.dumps(keyboard),
    }


@pytest.mark.asyncio
async def test_a_call_that_uploads_a_file_stays_a_multipart_form() -> None:
    request, sent = _recording()
    upload = InputFile(b"kolom;waarde\n", filename="lijst.csv")
    async with request:
        await request.post(URL.replace("sendMessage", "sendDocument"), _data(chat_id=-100, document=upload))
    (call,) = sent
    assert call.headers["content-type"].startswith("multipart/form-data")
    assert b"kolom;waarde" in call.content
